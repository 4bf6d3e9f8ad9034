//! Readable differences between two versions of an agreement, line by line (similar's diff):
//! as a unified text diff with `+`/`-` markers for the terminal, and as HTML with
//! `<ins>`/`<del>` (changed words in `<strong>`) for the page.

use std::fmt::Write;

use similar::{ChangeTag, DiffOp, TextDiff};

/// Unchanged lines shown around each change.
const CONTEXT: usize = 3;

/// The difference between two texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyDiff {
    /// Lines only in the newer text.
    pub added: usize,
    /// Lines only in the older text.
    pub removed: usize,
    /// A unified diff (`--- old`, `+++ new`, `@@` hunks, `+`/`-`/space lines); empty when equal.
    pub text: String,
    /// The same as escaped HTML: a `<div class="diff">` of lines, `<del>`/`<ins>` for changes.
    pub html: String,
}

/// Compares `old` with `new`; the labels head the text diff (e.g. "review-sla v1").
pub fn diff_bodies(old: &str, new: &str, old_label: &str, new_label: &str) -> BodyDiff {
    let diff = TextDiff::from_lines(old, new);
    let count = |tag| diff.iter_all_changes().filter(|c| c.tag() == tag).count();
    let (added, removed) = (count(ChangeTag::Insert), count(ChangeTag::Delete));
    let text = if added + removed == 0 {
        String::new()
    } else {
        diff.unified_diff().context_radius(CONTEXT).header(old_label, new_label).to_string()
    };
    BodyDiff { added, removed, text, html: html(&diff) }
}

fn html<'a>(diff: &'a TextDiff<'a, 'a, 'a, str>) -> String {
    let mut out = String::from("<div class=\"diff\">");
    let groups = diff.grouped_ops(CONTEXT);
    if groups.is_empty() {
        out.push_str("<p class=\"diff-skip\">The two versions have the same text.</p>");
    }
    let mut shown_to = 0;
    for group in &groups {
        let (Some(first), Some(last)) = (group.first(), group.last()) else { continue };
        skipped(&mut out, first.old_range().start.saturating_sub(shown_to));
        for op in group {
            lines(&mut out, diff, op);
        }
        shown_to = last.old_range().end;
    }
    if !groups.is_empty() {
        skipped(&mut out, diff.old_slices().len().saturating_sub(shown_to));
    }
    out.push_str("</div>");
    out
}

fn skipped(out: &mut String, lines: usize) {
    if lines > 0 {
        let s = if lines == 1 { "" } else { "s" };
        let _ = write!(out, "<p class=\"diff-skip\">… {lines} unchanged line{s} …</p>");
    }
}

fn lines<'a>(out: &mut String, diff: &'a TextDiff<'a, 'a, 'a, str>, op: &DiffOp) {
    for change in diff.iter_inline_changes(op) {
        let (class, mark, open, close) = match change.tag() {
            ChangeTag::Equal => ("same", " ", "<span>", "</span>"),
            ChangeTag::Delete => {
                ("del", "−", "<del><span class=\"visually-hidden\">Removed: </span>", "</del>")
            }
            ChangeTag::Insert => {
                ("ins", "+", "<ins><span class=\"visually-hidden\">Added: </span>", "</ins>")
            }
        };
        let _ = write!(
            out,
            "<div class=\"diff-line diff-{class}\"><span class=\"diff-mark\" aria-hidden=\"true\">{mark}</span>{open}"
        );
        for (emphasized, part) in change.iter_strings_lossy() {
            let part = escape(part.trim_end_matches(['\n', '\r']));
            if emphasized && change.tag() != ChangeTag::Equal && !part.trim().is_empty() {
                let _ = write!(out, "<strong>{part}</strong>");
            } else {
                out.push_str(&part);
            }
        }
        let _ = write!(out, "{close}</div>");
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = "# Review SLA\n\nReviews within two days.\nSmall PRs.\n";
    const V3: &str = "# Review SLA\n\nReviews within one day.\nSmall PRs.\nPair on big ones.\n";

    #[test]
    fn text_diff_has_plus_and_minus_lines() {
        let d = diff_bodies(V1, V3, "review-sla v1", "review-sla v3");
        assert_eq!((d.added, d.removed), (2, 1));
        let lines: Vec<&str> = d.text.lines().collect();
        assert_eq!(lines[0], "--- review-sla v1");
        assert_eq!(lines[1], "+++ review-sla v3");
        assert!(lines.contains(&"-Reviews within two days."), "{}", d.text);
        assert!(lines.contains(&"+Reviews within one day."), "{}", d.text);
        assert!(lines.contains(&"+Pair on big ones."), "{}", d.text);
        assert!(lines.contains(&" Small PRs."), "{}", d.text);
    }

    #[test]
    fn html_diff_marks_lines_and_words() {
        let d = diff_bodies(V1, V3, "a", "b");
        assert!(d.html.starts_with("<div class=\"diff\">") && d.html.ends_with("</div>"));
        assert_eq!(d.html.matches("<del>").count(), 1, "{}", d.html);
        assert_eq!(d.html.matches("<ins>").count(), 2, "{}", d.html);
        assert!(d.html.contains("<strong>two</strong>"), "changed words stand out: {}", d.html);
        assert!(d.html.contains("<strong>one</strong>"), "{}", d.html);
        assert!(
            d.html.contains("Removed: </span>") && d.html.contains("Added: </span>"),
            "for screen readers"
        );
    }

    #[test]
    fn html_diff_escapes_text_and_skips_long_unchanged_runs() {
        let old: String = (1..=20).map(|i| format!("line {i}\n")).collect();
        let new = old.replace("line 10\n", "<script>x</script> & 'q'\n");
        let d = diff_bodies(&old, &new, "a", "b");
        assert!(!d.html.contains("<script>"), "{}", d.html);
        assert!(d.html.contains("&lt;script&gt;x&lt;/script&gt; &amp; &#39;q&#39;"), "{}", d.html);
        assert!(d.html.contains("… 6 unchanged lines …"), "lines 1–6 are folded: {}", d.html);
        assert!(d.html.contains("… 7 unchanged lines …"), "lines 14–20 are folded: {}", d.html);
        assert_eq!(d.html.matches("diff-same").count(), 6, "three lines of context each side");
    }

    #[test]
    fn equal_texts_say_so() {
        let d = diff_bodies(V1, V1, "a", "b");
        assert_eq!((d.added, d.removed, d.text.as_str()), (0, 0, ""));
        assert!(d.html.contains("The two versions have the same text."));
    }
}
