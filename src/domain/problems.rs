//! Problems found in an imported file, each with its line and field, reported all at once.

use std::fmt;

use crate::error::AppError;

/// One bad cell or row of an imported file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    /// Column name, or `row` / `header`.
    pub field: String,
    /// What is wrong and, where it helps, the fix.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, {}: {}", self.line, self.field, self.message)
    }
}

/// How many problems are spelled out before "and N more".
const SHOWN: usize = 20;

/// All the problems of one file; nothing is imported while there is one.
#[derive(Debug, Default, Clone)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Records a problem.
    pub fn push(&mut self, line: u64, field: &str, message: impl Into<String>) {
        self.0.push(Problem { line, field: field.to_string(), message: message.into() });
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(())` when empty, else the problems as one error naming the file.
    pub fn into_result(mut self, file: &str) -> Result<(), AppError> {
        if self.is_empty() {
            return Ok(());
        }
        self.0.sort_by_key(|p| p.line);
        let count = self.0.len();
        let mut text =
            format!("{file}: {count} problem{}; nothing was imported", if count == 1 { "" } else { "s" });
        for problem in self.0.iter().take(SHOWN) {
            text.push_str(&format!("\n  {problem}"));
        }
        if count > SHOWN {
            text.push_str(&format!("\n  … and {} more", count - SHOWN));
        }
        Err(AppError::BadRequest(text))
    }
}

/// The position of the csv header's columns, by name (trimmed, case-insensitive).
pub fn column_index(headers: &csv::StringRecord, name: &str) -> Option<usize> {
    headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name))
}

/// The 1-based line of a csv record or error.
pub fn line_of(position: Option<&csv::Position>) -> u64 {
    position.map(csv::Position::line).unwrap_or(0)
}
