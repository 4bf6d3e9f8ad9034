//! Slugs: the short lower-case names of teams and agreements used in URLs and the CLI.

use std::fmt;

use crate::error::Said;

/// `[a-z0-9]` words joined by single hyphens, 1 to 48 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

const MAX_LEN: usize = 48;

impl Slug {
    /// Accepts `raw` only if it is already a valid slug; the refusal in English words.
    pub fn parse(raw: &str) -> Result<Self, String> {
        Self::read(raw).map_err(|said| crate::i18n::english(&said))
    }

    /// Accepts `raw` only if it is already a valid slug; the refusal as a message to say in
    /// any language.
    pub fn read(raw: &str) -> Result<Self, Said> {
        let s = raw.trim();
        let ok_chars = s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        let ok_shape = !s.is_empty() && !s.starts_with('-') && !s.ends_with('-') && !s.contains("--");
        let shown: String = s.chars().take(60).collect();
        if s.len() > MAX_LEN {
            return Err(Said::new("refused-slug-long").text("slug", shown).number("max", MAX_LEN));
        }
        if !ok_chars || !ok_shape {
            return Err(Said::new("refused-slug").text("slug", shown));
        }
        Ok(Slug(s.to_string()))
    }

    /// Makes a slug from a title: "Review SLA (v2)" becomes `review-sla-v2`.
    pub fn from_title(title: &str) -> Result<Self, String> {
        let mut out = String::new();
        for c in title.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let trimmed: String = out.trim_end_matches('-').chars().take(MAX_LEN).collect();
        Slug::parse(trimmed.trim_end_matches('-'))
            .map_err(|_| format!("cannot make a slug from '{title}': it needs some letters or digits"))
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Slug;

    #[test]
    fn parse_accepts_and_refuses() {
        assert!(Slug::parse("platform-2").is_ok());
        for bad in ["", "Platform", "a--b", "-a", "a-", "a b", "é"] {
            assert!(Slug::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn titles_become_slugs() {
        assert_eq!(Slug::from_title("Review SLA (v2)").unwrap().as_str(), "review-sla-v2");
        assert!(Slug::from_title("!!!").is_err());
    }
}
