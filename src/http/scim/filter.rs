//! The filters Candor answers (RFC 7644 §3.4.2.2): `ATTRIBUTE eq "VALUE"` on one attribute per
//! resource type (`userName` for Users, `displayName` for Groups), which is what identity
//! providers send to find a resource before they create it. Anything else is refused with
//! `invalidFilter`, never ignored (an ignored filter would list everyone as a match).

use super::ScimError;

/// The value of `attribute eq "value"` in `filter`; attribute names are case-insensitive.
pub fn equals(filter: &str, attribute: &str) -> Result<String, ScimError> {
    let refuse = || {
        ScimError::bad(
            "invalidFilter",
            format!("the filter '{filter}' is not supported: use {attribute} eq \"VALUE\""),
        )
    };
    let mut parts = filter.trim().splitn(3, char::is_whitespace);
    let (Some(name), Some(op), Some(value)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(refuse());
    };
    if !name.eq_ignore_ascii_case(attribute) || !op.eq_ignore_ascii_case("eq") {
        return Err(refuse());
    }
    let value = value.trim();
    let quoted = value.len() >= 2 && value.starts_with('"') && value.ends_with('"');
    if !quoted {
        return Err(refuse());
    }
    serde_json::from_str::<String>(value).map_err(|_| refuse())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_equality_on_the_one_attribute_is_read_and_the_rest_refused() {
        assert_eq!(
            equals(r#"userName eq "ana@example.org""#, "userName").ok().as_deref(),
            Some("ana@example.org")
        );
        assert_eq!(equals(r#"USERNAME EQ "a b""#, "userName").ok().as_deref(), Some("a b"));
        assert_eq!(equals(r#"displayName eq "R\"D""#, "displayName").ok().as_deref(), Some("R\"D"));
        assert!(equals(r#"userName co "ana""#, "userName").is_err());
        assert!(equals(r#"emails eq "ana""#, "userName").is_err());
        assert!(equals("userName eq ana", "userName").is_err());
        assert!(equals("userName", "userName").is_err());
    }
}
