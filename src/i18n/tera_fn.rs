//! The Tera function `t` and the filters `number` and `percent`. `t`: `{{ t(id="survey-send", lang=lang) }}`, with any other named
//! argument passed to the message (`{{ t(id="survey-heading", lang=lang, team=team) }}`).

use std::collections::HashMap;

use fluent_bundle::FluentValue;
use tera::Value;

use super::{Lang, t};

/// The `t` function of the page and email templates.
pub struct Translate;

fn fluent_value(value: &Value) -> FluentValue<'static> {
    match value {
        Value::Number(n) => match n.as_i64() {
            Some(i) => FluentValue::from(i),
            None => FluentValue::from(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => FluentValue::from(s.clone()),
        Value::Null => FluentValue::from(""),
        other => FluentValue::from(other.to_string()),
    }
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let id = args
            .get("id")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs id=\"message-id\""))?;
        let lang = lang_of(args);
        let values: Vec<(&str, FluentValue<'static>)> = args
            .iter()
            .filter(|(name, _)| name.as_str() != "id" && name.as_str() != "lang")
            .map(|(name, value)| (name.as_str(), fluent_value(value)))
            .collect();
        Ok(Value::String(t(lang, id, &values)))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

fn lang_of(args: &HashMap<String, Value>) -> Lang {
    args.get("lang").and_then(Value::as_str).and_then(Lang::parse).unwrap_or_default()
}

fn decimals_of(args: &HashMap<String, Value>) -> usize {
    args.get("decimals").and_then(Value::as_u64).and_then(|d| usize::try_from(d).ok()).unwrap_or(0).min(6)
}

/// The Tera filter `number`: `{{ mean | number(lang=lang, decimals=1) }}` is "3,8" in German.
/// A value that is not a number is printed as it is.
pub struct FormatNumber;

impl tera::Filter for FormatNumber {
    fn filter(&self, value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
        Ok(match value.as_f64() {
            Some(x) => Value::String(super::format_number(lang_of(args), x, decimals_of(args))),
            None => value.clone(),
        })
    }
}

/// The Tera filter `percent`: `{{ 46 | percent(lang=lang) }}` is "46 %" in German (the value
/// is already times 100).
pub struct FormatPercent;

impl tera::Filter for FormatPercent {
    fn filter(&self, value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
        Ok(match value.as_f64() {
            Some(x) => Value::String(super::format_percent(lang_of(args), x, decimals_of(args))),
            None => value.clone(),
        })
    }
}
