//! Pages of a long list (the outbox, the audit log): `?page=N` read in plain words, "Page 2 of 5",
//! and the neighbouring pages' addresses with the list's filters kept.

use serde::Serialize;

use crate::error::{AppError, Said};

/// Where a list is: which page of how many, over how many rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paging {
    /// This page, from 1.
    pub page: i64,
    /// How many pages there are (at least 1).
    pub pages: i64,
    /// How many rows in all.
    pub total: i64,
    /// The previous page's address, with the filters kept.
    pub prev_url: Option<String>,
    /// The next page's address, with the filters kept.
    pub next_url: Option<String>,
}

/// The page asked for in `raw` (empty is the first); anything but a whole number from 1 is a
/// mistake that names the field.
pub fn requested(raw: &str) -> Result<i64, AppError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(1);
    }
    match raw.parse::<i64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(crate::i18n::refused("page", Said::new("ao-refused-page").text("typed", raw))),
    }
}

impl Paging {
    /// Page `asked` (moved to the last page when past it) of `total` rows, `per_page` a page;
    /// the neighbours are at `path` with `filters` (empty ones left out) and their page.
    pub fn new(asked: i64, total: i64, per_page: i64, path: &str, filters: &[(&str, &str)]) -> Self {
        let pages = ((total + per_page - 1) / per_page).max(1);
        let page = asked.clamp(1, pages);
        let url = |n: i64| {
            let mut query = url::form_urlencoded::Serializer::new(String::new());
            for (key, value) in filters.iter().filter(|(_, v)| !v.is_empty()) {
                query.append_pair(key, value);
            }
            query.append_pair("page", &n.to_string());
            format!("{path}?{}", query.finish())
        };
        Paging {
            page,
            pages,
            total,
            prev_url: (page > 1).then(|| url(page - 1)),
            next_url: (page < pages).then(|| url(page + 1)),
        }
    }

    /// How many rows come before this page.
    pub fn offset(&self, per_page: i64) -> i64 {
        (self.page - 1) * per_page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_count_from_one_and_keep_the_filters() {
        let p =
            Paging::new(2, 213, 50, "/admin/outbox", &[("kind", "invite"), ("team", "a b"), ("state", "")]);
        assert_eq!((p.page, p.pages, p.total, p.offset(50)), (2, 5, 213, 50));
        assert_eq!(p.prev_url.as_deref(), Some("/admin/outbox?kind=invite&team=a+b&page=1"));
        assert_eq!(p.next_url.as_deref(), Some("/admin/outbox?kind=invite&team=a+b&page=3"));
        let last = Paging::new(9, 213, 50, "/x", &[]);
        assert_eq!((last.page, last.next_url), (5, None));
        let empty = Paging::new(1, 0, 50, "/x", &[]);
        assert_eq!((empty.page, empty.pages, empty.prev_url), (1, 1, None));
    }

    #[test]
    fn a_page_is_a_whole_number_from_one() {
        assert_eq!(requested("").unwrap(), 1);
        assert_eq!(requested(" 3 ").unwrap(), 3);
        for bad in ["0", "-1", "two", "1.5"] {
            assert!(matches!(requested(bad), Err(AppError::Invalid { .. })), "{bad}");
        }
    }
}
