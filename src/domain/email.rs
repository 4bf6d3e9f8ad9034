//! A validated, lower-cased email address.

use std::fmt;

/// An email address that passed validation; stored lower-cased so one person is one row.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Email(String);

impl Email {
    /// Validates `raw` (trimmed) as an address per RFC 5322 rules as `email_address` applies them.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err("is empty".into());
        }
        // The stored form is checked, not the typed one: lower-casing can lengthen a name
        // ('İ' becomes 'i' and a combining dot), past a limit the typed form was within.
        let lowered = trimmed.to_lowercase();
        if lowered.len() > 254 {
            return Err("is longer than 254 characters".into());
        }
        if !email_address::EmailAddress::is_valid(&lowered) || !lowered.contains('@') {
            return Err(format!("'{trimmed}' is not a valid email address"));
        }
        Ok(Email(lowered))
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Email;

    #[test]
    fn valid_addresses_are_lower_cased() {
        assert_eq!(Email::parse(" Ana@Example.ORG ").unwrap().as_str(), "ana@example.org");
    }

    #[test]
    fn invalid_addresses_are_refused() {
        for bad in ["", "ana", "ana@", "@example.org", "a b@example.org"] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
