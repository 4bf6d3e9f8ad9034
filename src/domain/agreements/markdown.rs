//! An agreement's markdown as HTML that is safe to put in a page: pulldown-cmark renders it,
//! then ammonia keeps only harmless tags and attributes (no script, no event handlers, no
//! `javascript:` links, no frames), whatever the markdown held.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Renders `markdown` to sanitized HTML. Headings move one level down (`#` becomes `<h2>`),
/// as the page's own `<h1>` is the agreement's title.
pub fn to_safe_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let events = Parser::new_ext(markdown, options).map(demote_heading);
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::clean(&html)
}

fn demote_heading(event: Event<'_>) -> Event<'_> {
    match event {
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: lower(level), id, classes, attrs })
        }
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(lower(level))),
        other => other,
    }
}

fn lower(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

#[cfg(test)]
mod tests {
    use super::to_safe_html;

    #[test]
    fn markdown_becomes_html() {
        let html = to_safe_html(
            "# Review SLA\n\nReviews within **one** day.\n\n- small PRs\n- [docs](https://example.org)\n",
        );
        assert!(html.contains("<h2>Review SLA</h2>"), "{html}");
        assert!(html.contains("<strong>one</strong>"), "{html}");
        assert!(html.contains("<li>small PRs</li>"), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
    }

    #[test]
    fn scripts_handlers_and_javascript_links_never_survive() {
        let hostile = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n\n\
                       <iframe src=\"https://evil.example\"></iframe>\n\n<a href=\"#\" onclick=\"steal()\">y</a>\n\n\
                       <p style=\"background:url(javascript:alert(1))\">z</p>\n\n[w](JaVaScRiPt:alert(1))";
        let html = to_safe_html(hostile);
        let lower = html.to_lowercase();
        for bad in ["<script", "alert(1)</", "onerror", "onclick", "javascript:", "<iframe", "style="] {
            assert!(!lower.contains(bad), "{bad} survived in {html}");
        }
        assert!(html.contains(">x</a>") && html.contains(">y</a>"), "link texts stay: {html}");
    }

    #[test]
    fn text_is_escaped() {
        let html = to_safe_html("1 < 2 & \"quotes\"");
        assert!(html.contains("1 &lt; 2 &amp;"), "{html}");
    }
}
