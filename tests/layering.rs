//! Keeps the house acyclic (docs/design.md, "Layers"): reads the `use crate::…`, `use super::…`
//! and inline `crate::…` paths of every file in `src/` (tests and comments left out), builds the
//! graph of modules, and fails on an import circle or on an arrow the layering forbids.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`crate::domain::pulses`) to the source of that file.
fn sources() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&root).unwrap().with_extension("");
                let mut parts: Vec<String> =
                    relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
                if parts.last().is_some_and(|p| p == "mod") {
                    parts.pop();
                }
                let name = match parts.as_slice() {
                    [one] if one == "lib" || one == "main" => "crate".to_string(),
                    _ => format!("crate::{}", parts.join("::")),
                };
                out.insert(name, without_tests_and_comments(&std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    out
}

/// The code of a file without `//` comments and without its `#[cfg(test)] mod tests`.
fn without_tests_and_comments(text: &str) -> String {
    let code = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    code.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every path a `use` tree names, braces expanded: `a::{b, c::{d}}` gives a::b, a::c::d.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or("").trim().to_string()];
    };
    let head = tree[..open].trim_end_matches("::");
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut current) = (Vec::new(), 0, String::new());
    for ch in inner.chars() {
        match ch {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(ch);
    }
    parts.push(current);
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| {
            expand(p).into_iter().map(|e| match (e.as_str(), head) {
                ("self", _) => head.to_string(),
                (_, "") => e,
                _ => format!("{head}::{e}"),
            })
        })
        .collect()
}

/// The modules `module` (whose code is `code`) refers to, as the longest known module prefix.
/// A parent's bare paths to its own children (`build::compute` in `report/mod.rs`) are not
/// read: declaring a child is not importing it.
fn imports(module: &str, code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    // `super` is the parent module, for `a/b.rs` (crate::a::b) and `a/b/mod.rs` alike.
    let base_of_super =
        if module == "crate" { "crate".to_string() } else { module.rsplit_once("::").unwrap().0.to_string() };
    let mut paths = Vec::new();
    for statement in code.split(';') {
        let Some(at) = statement.find("use ") else { continue };
        let tree = statement[at + 4..].trim();
        if let Some(rest) = tree.strip_prefix("crate::") {
            paths.extend(expand(rest).into_iter().map(|p| format!("crate::{p}")));
        } else if let Some(rest) = tree.strip_prefix("super::") {
            paths.extend(expand(rest).into_iter().map(|p| format!("{base_of_super}::{p}")));
        }
    }
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let tail: String =
            rest[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        paths.push(tail);
        rest = &rest[at + 7..];
    }
    paths
        .iter()
        .filter_map(|p| {
            let segments: Vec<&str> = p.split("::").collect();
            (1..=segments.len()).rev().map(|n| segments[..n].join("::")).find(|c| known.contains(c))
        })
        .filter(|m| m != module && m != "crate")
        .collect()
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let sources = sources();
    let known: BTreeSet<String> = sources.keys().cloned().collect();
    sources.iter().map(|(module, code)| (module.clone(), imports(module, code, &known))).collect()
}

/// The strongly connected parts of the graph with more than one module (Tarjan).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(w: &mut Walk<'g>, v: &'g str) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        for u in w.graph.get(v).into_iter().flatten() {
            let u = u.as_str();
            if !w.index.contains_key(u) {
                visit(w, u);
                let low = w.low[v].min(w.low[u]);
                w.low.insert(v, low);
            } else if w.stack.contains(&u) {
                let low = w.low[v].min(w.index[u]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut part = Vec::new();
            while let Some(u) = w.stack.pop() {
                part.push(u.to_string());
                if u == v {
                    break;
                }
            }
            if part.len() > 1 {
                part.sort();
                w.found.push(part);
            }
        }
    }
    let mut walk =
        Walk { graph, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: Vec::new() };
    for v in graph.keys() {
        if !walk.index.contains_key(v.as_str()) {
            visit(&mut walk, v);
        }
    }
    walk.found
}

#[test]
fn no_module_imports_another_that_imports_it_back() {
    let circles = circles(&graph());
    assert!(circles.is_empty(), "import circles (largest first): {circles:#?}");
}

/// (importer prefix, forbidden prefixes) as docs/design.md states them.
const FORBIDDEN: &[(&str, &[&str])] = &[
    ("crate::error", &["crate::"]),
    ("crate::stats", &["crate::db", "crate::http", "crate::domain", "crate::report", "crate::mail"]),
    ("crate::sealing", &["crate::db", "crate::http", "crate::domain", "crate::report"]),
    ("crate::domain::anonymity", &["crate::db", "crate::http"]),
    (
        "crate::domain",
        &["crate::http", "crate::report", "crate::startup", "crate::cli", "crate::submissions"],
    ),
    ("crate::submissions", &["crate::http", "crate::report", "crate::startup"]),
    ("crate::db", &["crate::domain", "crate::http", "crate::report"]),
    ("crate::report", &["crate::http", "crate::startup", "crate::mail", "crate::summaries"]),
    ("crate::summaries", &["crate::http", "crate::startup"]),
    ("crate::mail", &["crate::http", "crate::report", "crate::startup"]),
    // Texts only: the language of a page or an email is decided by its callers.
    (
        "crate::i18n",
        &[
            "crate::db",
            "crate::http",
            "crate::domain",
            "crate::mail",
            "crate::report",
            "crate::submissions",
            "crate::summaries",
            "crate::startup",
        ],
    ),
];

fn within(module: &str, prefix: &str) -> bool {
    module == prefix.trim_end_matches("::")
        || module.starts_with(&format!("{}::", prefix.trim_end_matches("::")))
}

#[test]
fn every_arrow_goes_the_way_the_layers_allow() {
    let mut wrong = Vec::new();
    for (module, targets) in graph() {
        for (importer, forbidden) in FORBIDDEN.iter().filter(|(importer, _)| within(&module, importer)) {
            for target in targets.iter().filter(|t| !within(t, importer)) {
                if forbidden.iter().any(|f| *f == "crate::" || within(target, f)) {
                    wrong.push(format!("{module} -> {target} ({importer} may not import it)"));
                }
            }
        }
        let starts = targets.iter().any(|t| t == "crate::startup");
        if starts && !within(&module, "crate::cli") && module != "crate" {
            wrong.push(format!("{module} -> crate::startup (only main and cli start the app)"));
        }
    }
    assert!(wrong.is_empty(), "arrows against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn the_reader_sees_what_it_must() {
    // The checks above are only as good as the graph: known arrows must be in it.
    let graph = graph();
    assert!(graph["crate::domain::pulses"].contains("crate::domain::publication"), "super:: braces");
    assert!(graph["crate::report"].contains("crate::db"), "a mod.rs file");
    assert!(graph["crate::http::state"].contains("crate::submissions"), "use crate:: paths");
    assert!(graph["crate::startup"].contains("crate::http::state"), "pub use");
    assert!(!graph["crate::error"].iter().any(|m| m.starts_with("crate::http")), "comments are left out");
}
