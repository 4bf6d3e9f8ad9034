//! Who the client is behind a reverse proxy (`CANDOR_TRUSTED_PROXIES`): the TCP peer, unless
//! the peer is a proxy the operator trusts; then the hops its `Forwarded` (RFC 7239) or, when
//! there is none, `X-Forwarded-For` header lists are walked from the right, skipping trusted
//! proxies, and the right-most address that is not one is the client. A client can write
//! anything at the left of those headers, but each trusted proxy appends what it saw at the
//! right, so prepending a made-up address gains nothing. The list is a setting
//! (`config.rs`); the client it finds is used by the rate limits (`rate_limit.rs`) and the
//! request log (`logging.rs`), nothing else.
//!
//! A hop that does not parse (`unknown`, an obfuscated `_name`, garbage) ends the walk: the
//! client is then the last address that was believed, at worst the proxy itself, so a broken
//! header shares a budget rather than opening a new one.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use actix_web::http::header::HeaderMap;
use ipnet::IpNet;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The proxies whose forwarding headers are believed: addresses and CIDR ranges. Empty (the
/// default) believes nobody: the client is always the TCP peer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

/// An entry of `CANDOR_TRUSTED_PROXIES` that is neither an address nor a CIDR range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "CANDOR_TRUSTED_PROXIES: '{0}' is not an address or a CIDR range (give e.g. 127.0.0.1, ::1, 10.0.0.0/8, separated by commas)"
)]
pub struct BadProxyEntry(String);

impl FromStr for TrustedProxies {
    type Err = BadProxyEntry;

    /// A comma (or whitespace) separated list: `127.0.0.1, 10.0.0.0/8, ::1`.
    fn from_str(list: &str) -> Result<Self, Self::Err> {
        Self::from_entries(list.split([',', ' ', '\t', '\n']))
    }
}

impl TrustedProxies {
    /// The list from separate entries (a TOML array); blank entries are skipped.
    pub fn from_entries<'a>(entries: impl IntoIterator<Item = &'a str>) -> Result<Self, BadProxyEntry> {
        let mut nets = Vec::new();
        for entry in entries.into_iter().map(str::trim).filter(|e| !e.is_empty()) {
            nets.push(parse_entry(entry).ok_or_else(|| BadProxyEntry(entry.to_string()))?);
        }
        Ok(Self(nets))
    }

    /// Whether no proxy is trusted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `ip` is one of the trusted proxies.
    pub fn trusts(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client behind `peer`: `peer` itself unless it is trusted, else the right-most hop
    /// of the forwarding headers that is not trusted (see the module's header). `None` when
    /// there is no peer (a Unix socket, a test request): headers are then not believed either.
    pub fn client_address(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        let mut client = peer?.to_canonical();
        if !self.trusts(client) {
            return Some(client);
        }
        for hop in forwarded_hops(headers).iter().rev() {
            let Some(ip) = hop.as_deref().and_then(parse_hop) else { break };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        Some(client)
    }
}

/// An address (`10.0.0.1`, a whole /32) or a range (`10.0.0.0/8`).
fn parse_entry(entry: &str) -> Option<IpNet> {
    match entry.parse::<IpAddr>() {
        Ok(ip) => Some(IpNet::from(ip.to_canonical())),
        Err(_) => entry.parse::<IpNet>().ok().map(|net| net.trunc()),
    }
}

/// The hops the headers list, left (the first client) to right (the last proxy): every
/// `Forwarded` header's `for=` values when there is any `Forwarded` header, else every
/// `X-Forwarded-For` header's entries. `None` is an element without a `for=`.
fn forwarded_hops(headers: &HeaderMap) -> Vec<Option<String>> {
    if headers.contains_key("forwarded") {
        // A `Forwarded` line that is not even text is one hop nobody can read.
        return headers
            .get_all("forwarded")
            .flat_map(|v| match v.to_str() {
                Ok(text) => split_outside_quotes(text, ',').into_iter().map(for_of_element).collect(),
                Err(_) => vec![None],
            })
            .collect();
    }
    headers
        .get_all("x-forwarded-for")
        .flat_map(|v| match v.to_str() {
            Ok(text) => text.split(',').map(|hop| Some(hop.trim().to_string())).collect(),
            // A header that is not even text is one hop nobody can read.
            Err(_) => vec![None],
        })
        .collect()
}

/// The `for=` value of one `Forwarded` element (`for=192.0.2.60;proto=http;by=203.0.113.43`),
/// unquoted.
fn for_of_element(element: &str) -> Option<String> {
    split_outside_quotes(element, ';').into_iter().find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim().eq_ignore_ascii_case("for").then(|| unquote(value.trim()))
    })
}

/// `text` split at `separator` where it is not inside a quoted string.
fn split_outside_quotes(text: &str, separator: char) -> Vec<&str> {
    let (mut parts, mut start, mut quoted, mut escaped) = (Vec::new(), 0, false, false);
    for (at, ch) in text.char_indices() {
        match ch {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c == separator && !quoted => {
                parts.push(&text[start..at]);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// A quoted string's content (`"[2001:db8::1]:4711"` → `[2001:db8::1]:4711`), or the token.
fn unquote(value: &str) -> String {
    match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) => inner.replace("\\\"", "\"").replace("\\\\", "\\"),
        None => value.to_string(),
    }
}

/// One hop's address: `192.0.2.60`, `192.0.2.60:4711`, `2001:db8::1`, `[2001:db8::1]` or
/// `[2001:db8::1]:4711`. Anything else (`unknown`, `_hidden`, garbage) is `None`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    if let Ok(ip) = hop.parse::<IpAddr>() {
        return Some(ip.to_canonical());
    }
    let host = match hop.strip_prefix('[') {
        Some(rest) => {
            let (inside, after) = rest.split_once(']')?;
            (after.is_empty() || is_port(after)).then_some(inside)?
        }
        None => {
            let (host, port) = hop.rsplit_once(':')?;
            is_port(&format!(":{port}")).then_some(host)?
        }
    };
    host.parse::<IpAddr>().ok().map(|ip| ip.to_canonical())
}

/// `:4711` (a port, or RFC 7239's obfuscated `:_port`).
fn is_port(text: &str) -> bool {
    text.strip_prefix(':')
        .is_some_and(|p| !p.is_empty() && (p.parse::<u16>().is_ok() || (p.starts_with('_') && p.len() > 1)))
}

impl fmt::Display for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: Vec<String> = self.0.iter().map(IpNet::to_string).collect();
        f.write_str(&shown.join(", "))
    }
}

impl Serialize for TrustedProxies {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(IpNet::to_string))
    }
}

impl<'de> Deserialize<'de> for TrustedProxies {
    /// A comma list (`CANDOR_TRUSTED_PROXIES=10.0.0.1,10.1.0.0/16`) or a list of strings
    /// (`trusted_proxies = ["10.0.0.1", "10.1.0.0/16"]` in candor.toml).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            List(Vec<String>),
            Text(String),
        }
        let parsed = match Raw::deserialize(deserializer)? {
            Raw::List(entries) => Self::from_entries(entries.iter().map(String::as_str)),
            Raw::Text(list) => list.parse(),
        };
        parsed.map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            let name = HeaderName::from_bytes(name.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
            map.append(name, HeaderValue::from_str(value).unwrap_or_else(|e| panic!("{e}")));
        }
        map
    }

    fn proxies(list: &str) -> TrustedProxies {
        list.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    fn client(trusted: &str, peer: &str, pairs: &[(&str, &str)]) -> IpAddr {
        proxies(trusted).client_address(Some(ip(peer)), &headers(pairs)).unwrap_or_else(|| panic!("a client"))
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_writes() {
        let spoof = [("x-forwarded-for", "203.0.113.7"), ("forwarded", "for=203.0.113.8")];
        assert_eq!(client("", "198.51.100.1", &spoof), ip("198.51.100.1"));
        assert_eq!(client("10.0.0.0/8", "198.51.100.1", &spoof), ip("198.51.100.1"));
    }

    #[test]
    fn behind_a_trusted_proxy_the_right_most_untrusted_hop_is_the_client() {
        let xff = [("x-forwarded-for", "203.0.113.7")];
        assert_eq!(client("10.0.0.1", "10.0.0.1", &xff), ip("203.0.113.7"));
        // Two trusted proxies in a row: both are skipped.
        let chain = [("x-forwarded-for", "203.0.113.7, 10.1.2.3")];
        assert_eq!(client("10.0.0.0/8", "10.0.0.1", &chain), ip("203.0.113.7"));
        // Several header lines are one list, in order.
        let lines = [("x-forwarded-for", "203.0.113.7"), ("x-forwarded-for", "10.1.2.3")];
        assert_eq!(client("10.0.0.0/8", "10.0.0.1", &lines), ip("203.0.113.7"));
    }

    #[test]
    fn a_client_cannot_spoof_by_prepending() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended what it saw.
        let spoofed = [("x-forwarded-for", "1.2.3.4, 203.0.113.7")];
        assert_eq!(client("10.0.0.1", "10.0.0.1", &spoofed), ip("203.0.113.7"));
        let spoofed = [("forwarded", "for=1.2.3.4, for=203.0.113.7;proto=https")];
        assert_eq!(client("10.0.0.1", "10.0.0.1", &spoofed), ip("203.0.113.7"));
        // A client that claims to be a trusted proxy gains nothing either.
        let spoofed = [("x-forwarded-for", "1.2.3.4, 10.0.0.1, 203.0.113.7")];
        assert_eq!(client("10.0.0.1", "10.0.0.1", &spoofed), ip("203.0.113.7"));
    }

    #[test]
    fn forwarded_wins_over_x_forwarded_for_and_reads_rfc_7239() {
        let both =
            [("x-forwarded-for", "198.51.100.9"), ("forwarded", "for=192.0.2.60;proto=http;by=10.0.0.1")];
        assert_eq!(client("10.0.0.1", "10.0.0.1", &both), ip("192.0.2.60"));
        for (value, expected) in [
            (r#"for="[2001:db8:cafe::17]:4711""#, "2001:db8:cafe::17"),
            (r#"For="[2001:db8::1]""#, "2001:db8::1"),
            (r#"for="192.0.2.43:47011""#, "192.0.2.43"),
            ("for=192.0.2.43:_hidden", "192.0.2.43"),
            ("proto=https; for=192.0.2.44 ;host=example.org", "192.0.2.44"),
            // nginx writes IPv6 bare unless told otherwise; it is read the same.
            ("for=2001:db8::2", "2001:db8::2"),
        ] {
            assert_eq!(client("10.0.0.1", "10.0.0.1", &[("forwarded", value)]), ip(expected), "{value}");
        }
    }

    #[test]
    fn ipv6_proxies_ranges_and_mapped_addresses() {
        let v6 = [("x-forwarded-for", "2001:db8::7, [2001:db8:1::1]:443")];
        assert_eq!(client("2001:db8:1::/48", "2001:db8:1::2", &v6), ip("2001:db8::7"));
        // A dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d.
        let xff = [("x-forwarded-for", "::ffff:203.0.113.7")];
        assert_eq!(client("127.0.0.1", "::ffff:127.0.0.1", &xff), ip("203.0.113.7"));
        assert_eq!(client("::1", "::1", &[("x-forwarded-for", "203.0.113.7:5555")]), ip("203.0.113.7"));
    }

    #[test]
    fn garbage_ends_the_walk_at_the_last_address_believed() {
        for value in ["unknown", "not an address", "_hidden", "", "300.1.1.1", "[::1", "1.2.3.4:99999"] {
            assert_eq!(
                client("10.0.0.1", "10.0.0.1", &[("x-forwarded-for", value)]),
                ip("10.0.0.1"),
                "{value}"
            );
        }
        // Garbage left of a good hop is never reached.
        let mixed = [("x-forwarded-for", "garbage, 203.0.113.7")];
        assert_eq!(client("10.0.0.1", "10.0.0.1", &mixed), ip("203.0.113.7"));
        // Garbage between two trusted proxies stops at the inner one.
        let inner = [("x-forwarded-for", "203.0.113.7, garbage, 10.0.0.2")];
        assert_eq!(client("10.0.0.0/8", "10.0.0.1", &inner), ip("10.0.0.2"));
        // An element without for= ends the walk; a Forwarded header, even broken, wins.
        let broken = [("forwarded", "proto=https"), ("x-forwarded-for", "203.0.113.7")];
        assert_eq!(client("10.0.0.1", "10.0.0.1", &broken), ip("10.0.0.1"));
        let quoted = [("forwarded", r#"for="203.0.113.7, for=1.2.3.4""#)];
        assert_eq!(client("10.0.0.1", "10.0.0.1", &quoted), ip("10.0.0.1"), "a comma inside quotes");
        // No header at all: the proxy is the client.
        assert_eq!(client("10.0.0.1", "10.0.0.1", &[]), ip("10.0.0.1"));
        // Bytes that are not text, in either header.
        for name in ["forwarded", "x-forwarded-for"] {
            let mut map = headers(&[("x-forwarded-for", "203.0.113.7")]);
            map.append(
                HeaderName::from_static(name),
                HeaderValue::from_bytes(b"for=\xff").unwrap_or_else(|e| panic!("{e}")),
            );
            let found = proxies("10.0.0.1").client_address(Some(ip("10.0.0.1")), &map);
            assert_eq!(found, Some(ip("10.0.0.1")), "{name} with bytes that are not text");
        }
    }

    #[test]
    fn no_peer_believes_no_header() {
        let spoof = headers(&[("x-forwarded-for", "203.0.113.7")]);
        assert_eq!(proxies("0.0.0.0/0").client_address(None, &spoof), None);
    }

    #[test]
    fn the_list_parses_addresses_and_ranges_and_names_a_bad_entry() {
        let list = proxies(" 127.0.0.1, 10.0.0.0/8 ::1,192.168.1.7/16");
        assert_eq!(list.to_string(), "127.0.0.1/32, 10.0.0.0/8, ::1/128, 192.168.0.0/16");
        assert!(list.trusts(ip("10.200.0.1")) && list.trusts(ip("::ffff:127.0.0.1")));
        assert!(!list.trusts(ip("11.0.0.1")));
        assert!(proxies("").is_empty() && proxies(" , ").is_empty());
        let bad = "10.0.0.1, proxy.example.org".parse::<TrustedProxies>().unwrap_err();
        assert!(bad.to_string().contains("'proxy.example.org' is not an address or a CIDR range"), "{bad}");
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
    }

    #[test]
    fn it_reads_a_comma_list_or_a_toml_array() {
        #[derive(Deserialize)]
        struct Holder {
            trusted_proxies: TrustedProxies,
        }
        let text: Holder =
            serde_json::from_str(r#"{"trusted_proxies": "10.0.0.1,::1"}"#).unwrap_or_else(|e| panic!("{e}"));
        let list: Holder = serde_json::from_str(r#"{"trusted_proxies": ["10.0.0.1", "::1"]}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(text.trusted_proxies, list.trusted_proxies);
        assert_eq!(
            serde_json::to_string(&list.trusted_proxies).ok().as_deref(),
            Some(r#"["10.0.0.1/32","::1/128"]"#)
        );
        let bad = serde_json::from_str::<Holder>(r#"{"trusted_proxies": ["10.0.0.1", "x"]}"#);
        assert!(bad.is_err_and(|e| e.to_string().contains("'x' is not an address")));
    }
}
