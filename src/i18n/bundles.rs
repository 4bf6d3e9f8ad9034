//! The Fluent bundles, one per language, built once from the locale files embedded in the
//! binary (`locales/<code>/*.ftl`).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::Entry;

use super::{Arg, Lang};

macro_rules! locale_files {
    ($code:literal) => {
        &[
            include_str!(concat!("../../locales/", $code, "/candor.ftl")),
            include_str!(concat!("../../locales/", $code, "/email.ftl")),
            include_str!(concat!("../../locales/", $code, "/questions.ftl")),
            include_str!(concat!("../../locales/", $code, "/survey_admin.ftl")),
            include_str!(concat!("../../locales/", $code, "/workspace.ftl")),
            include_str!(concat!("../../locales/", $code, "/team.ftl")),
            include_str!(concat!("../../locales/", $code, "/lead_email.ftl")),
            include_str!(concat!("../../locales/", $code, "/admin.ftl")),
            include_str!(concat!("../../locales/", $code, "/refusals.ftl")),
            include_str!(concat!("../../locales/", $code, "/sso.ftl")),
            include_str!(concat!("../../locales/", $code, "/admin_people.ftl")),
            include_str!(concat!("../../locales/", $code, "/admin_ops.ftl")),
        ]
    };
}

/// Every language's files, in [`Lang::ALL`] order.
const SOURCES: [(Lang, &[&str]); 5] = [
    (Lang::En, locale_files!("en")),
    (Lang::De, locale_files!("de")),
    (Lang::Fr, locale_files!("fr")),
    (Lang::Es, locale_files!("es")),
    (Lang::Ar, locale_files!("ar")),
];

struct Loaded {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
    problems: Vec<String>,
}

/// Numbers in Arabic messages in Arabic-Indic digits, as [`super::format_number`] writes them.
fn arabic_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 => Some(super::format_number(Lang::Ar, n.value, 0)),
        FluentValue::Number(n) => Some(super::numbers::localize_digits(Lang::Ar, &n.as_string())),
        _ => None,
    }
}

fn load(lang: Lang, files: &[&str]) -> Loaded {
    let mut problems = Vec::new();
    let langid = lang.code().parse().map_err(|e| problems.push(format!("{lang}: {e}"))).ok();
    let mut bundle = FluentBundle::new_concurrent(langid.into_iter().collect());
    // Isolation marks keep a Latin team name in its place inside Arabic sentences; the
    // other languages are written left to right like the names they quote.
    bundle.set_use_isolating(lang.dir() == "rtl");
    if lang == Lang::Ar {
        bundle.set_formatter(Some(arabic_numbers));
    }
    let mut ids = Vec::new();
    for source in files {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, errors)| {
            problems.extend(errors.iter().map(|e| format!("{lang}: {e:?}")));
            partial
        });
        ids.extend(resource.entries().filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        }));
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{lang}: {e:?}")));
        }
    }
    for problem in &problems {
        tracing::error!(%problem, "a locale file does not load");
    }
    Loaded { lang, bundle, ids, problems }
}

fn loaded() -> &'static [Loaded] {
    static LOADED: OnceLock<Vec<Loaded>> = OnceLock::new();
    LOADED.get_or_init(|| SOURCES.iter().map(|(lang, files)| load(*lang, files)).collect())
}

fn of(lang: Lang) -> Option<&'static Loaded> {
    loaded().iter().find(|l| l.lang == lang)
}

/// Message `id` in `lang` with `args`; in English when `lang` lacks it, and the id itself
/// when English lacks it too (a bug `tests/i18n.rs` catches).
pub fn t(lang: Lang, id: &str, args: &[Arg<'_>]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        fluent_args
    });
    for loaded in [of(lang), of(Lang::En)].into_iter().flatten() {
        let bundle = &loaded.bundle;
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, lang = %loaded.lang, ?errors, "a message was formatted with errors");
            }
            return text.into_owned();
        }
    }
    id.to_string()
}

/// The message ids `lang` defines, in file order, and what did not load (parse errors,
/// duplicate ids): for the test that keeps the locales complete.
pub fn message_ids(lang: Lang) -> (Vec<String>, Vec<String>) {
    of(lang).map(|l| (l.ids.clone(), l.problems.clone())).unwrap_or_default()
}
