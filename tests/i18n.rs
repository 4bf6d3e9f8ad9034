//! Every locale defines the same message ids, and every id the templates and the code use is
//! defined in English (docs/design.md, "Languages").

use std::collections::BTreeSet;
use std::path::Path;

use candor::domain::library;
use candor::i18n::{Lang, message_ids};

fn ids(lang: Lang) -> BTreeSet<String> {
    let (ids, problems) = message_ids(lang);
    assert!(problems.is_empty(), "{lang} does not load: {problems:?}");
    let set: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(set.len(), ids.len(), "{lang} defines an id twice");
    set
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The ids quoted after `t(id="` in templates and after `i18n::t(lang, "` style calls in code.
fn used_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("templates"), &mut paths);
    files(&root.join("src"), &mut paths);
    let mut used = BTreeSet::new();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for marker in
            ["t(id=\"", "::t(lang, \"", "FieldError::new(\"", "format_date(lang, \"", "Said::new(\""]
        {
            for (at, _) in text.match_indices(marker) {
                let rest = &text[at + marker.len()..];
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                // A doc comment's `t(id="…")` names no message.
                if !id.is_empty() && rest[id.len()..].starts_with('"') {
                    used.insert(id);
                }
            }
        }
    }
    used
}

#[test]
fn every_locale_has_every_message_and_every_use_is_defined() {
    let english = ids(Lang::En);
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let theirs = ids(lang);
        missing.extend(english.difference(&theirs).map(|id| format!("{lang} lacks {id}")));
        missing.extend(theirs.difference(&english).map(|id| format!("en lacks {id} (defined in {lang})")));
    }
    let mut used = used_ids();
    // Ids made from a key or a number: each built-in question, the five labels, the refusals.
    used.extend(library::all_questions().map(|q| format!("question-{}", q.key)));
    used.extend(library::SETS.iter().map(|s| format!("set-{}", s.key)));
    used.extend(library::SETS.iter().map(|s| format!("set-{}-about", s.key)));
    used.extend((1..=5).map(|v| format!("likert-{v}")));
    used.extend((1..=3).map(|v| format!("three-{v}")));
    used.extend([404, 409, 410].map(|s| format!("refusal-title-{s}")));
    used.extend(["format-date-day", "format-date-full", "format-month"].map(String::from));
    missing.extend(
        used.iter().filter(|id| !english.contains(*id)).map(|id| format!("used but not in en: {id}")),
    );
    println!(
        "{} message ids per locale ({} locales), {} used by name, {} missing",
        english.len(),
        Lang::ALL.len(),
        used.len(),
        missing.len()
    );
    assert!(missing.is_empty(), "missing messages:\n{}", missing.join("\n"));
    assert!(used.len() > 40, "the scan finds the templates' ids ({} found)", used.len());
}
