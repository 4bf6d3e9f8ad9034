//! Property tests for every parser at the boundary (no services): none panics on any input,
//! valid input round-trips, and invalid input is refused with an error naming the field or line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use actix_web::web::Query;
use candor::config::Settings;
use candor::db::DatabaseUrl;
use candor::domain::followups::NewAction;
use candor::domain::history::parse_history;
use candor::domain::people::parse_people_csv;
use candor::domain::period::Period;
use candor::domain::responses::{MAX_COMMENT_CHARS, Submission, parse_submission};
use candor::domain::survey::{Kind, Question};
use candor::domain::{Email, Role, Slug};
use candor::http::rate_limit::RateLimits;
use chrono::NaiveDate;
use proptest::prelude::*;

/// 256 cases per property (`PROPTEST_CASES` sets another number): 21 properties, 5376 cases.
fn config() -> ProptestConfig {
    ProptestConfig { failure_persistence: None, ..ProptestConfig::default() }
}

/// Text with the characters that break parsers: separators, quotes, whitespace, control
/// characters, NUL, multi-byte letters and marks.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[-a-zA-Z0-9 ,;:@.+%&=\"'\\\\\t\r\n\u{0}\u{7f}éßİ中🙂\u{301}\u{202e}\u{feff}]{0,40}",
    ]
}

// ---------------------------------------------------------------- Email, Slug, Period, Role

proptest! {
    #![proptest_config(config())]

    #[test]
    fn email_never_panics_and_what_it_accepts_is_stable(raw in hostile()) {
        if let Ok(email) = Email::parse(&raw) {
            prop_assert_eq!(email.as_str(), raw.trim().to_lowercase());
            prop_assert_eq!(Email::parse(email.as_str()), Ok(email.clone()), "parsing is idempotent");
        }
    }

    #[test]
    fn plain_addresses_are_accepted_lower_cased(
        local in "[a-zA-Z0-9]([._+-]?[a-zA-Z0-9]){0,10}",
        domain in "[a-zA-Z0-9]{1,20}(\\.[a-zA-Z]{2,6}){1,2}",
        pad in "[ \t]{0,2}",
    ) {
        let raw = format!("{pad}{local}@{domain}{pad}");
        let email = Email::parse(&raw).map_err(|e| TestCaseError::fail(format!("{raw:?}: {e}")))?;
        prop_assert_eq!(email.as_str(), format!("{local}@{domain}").to_lowercase());
    }

    #[test]
    fn addresses_near_the_length_limit_stay_within_it(
        local in "[a-zİ]{1,60}",
        labels in prop::collection::vec("[a-zİ]{1,60}", 1..5),
    ) {
        let raw = format!("{local}@{}.org", labels.join("."));
        if let Ok(email) = Email::parse(&raw) {
            prop_assert!(email.as_str().len() <= 254, "{} bytes stored", email.as_str().len());
            prop_assert_eq!(Email::parse(email.as_str()), Ok(email.clone()));
        }
    }

    #[test]
    fn slugs_parse_round_trip_and_refuse_the_rest(raw in hostile(), valid in "[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}") {
        prop_assert_eq!(Slug::parse(&valid).map(|s| s.to_string()), Ok(valid.clone()));
        if let Ok(slug) = Slug::parse(&raw) {
            prop_assert_eq!(slug.as_str(), raw.trim());
            prop_assert!(is_slug(slug.as_str()), "{:?}", slug);
        } else {
            prop_assert!(!is_slug(raw.trim()));
        }
    }

    #[test]
    fn titles_make_valid_slugs(title in hostile(), valid in "[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}") {
        if let Ok(slug) = Slug::from_title(&title) {
            prop_assert!(is_slug(slug.as_str()), "{:?} from {:?}", slug, title);
            prop_assert_eq!(Slug::from_title(slug.as_str()), Ok(slug.clone()), "a slug is its own title");
        } else {
            prop_assert!(!title.chars().flat_map(char::to_lowercase).any(|c| c.is_ascii_alphanumeric()));
        }
        prop_assert_eq!(Slug::from_title(&valid).map(|s| s.to_string()), Ok(valid.clone()));
    }

    #[test]
    fn periods_round_trip(raw in prop_oneof![hostile(), "[ +-]?[0-9+-]{1,5}-[+-]?[0-9+-]{1,3}", "[0-9+]{4}-[0-9+]{2}"], year in 2000i32..=2999, month in 1u32..=12) {
        let text = format!("{year:04}-{month:02}");
        prop_assert_eq!(Period::parse(&text).map(|p| p.to_string()), Ok(text.clone()));
        if let Ok(period) = Period::parse(&raw) {
            prop_assert_eq!(period.to_string(), raw.trim(), "only the canonical form is accepted");
        }
    }

    #[test]
    fn roles_parse_in_any_case_and_name_the_choices(raw in hostile(), upper in any::<bool>()) {
        for role in [Role::Member, Role::Lead, Role::Admin] {
            let text = if upper { role.as_str().to_uppercase() } else { format!(" {role} ") };
            prop_assert_eq!(text.parse::<Role>(), Ok(role));
        }
        match raw.parse::<Role>() {
            Ok(role) => prop_assert_eq!(role.as_str(), raw.trim().to_ascii_lowercase()),
            Err(e) => prop_assert!(e.contains("use member, lead or admin"), "{}", e),
        }
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 48
        && s.split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

// ---------------------------------------------------------------- people CSV

/// A valid people row: (name, team, role); emails are made unique by row.
fn person() -> impl Strategy<Value = (String, String, Role)> {
    (
        "[A-Za-zéß李 '.-]{0,20}[A-Za-zéß李]",
        "[a-z0-9]{1,8}(-[a-z0-9]{1,8})?",
        prop_oneof![Just(Role::Member), Just(Role::Lead), Just(Role::Admin)],
    )
}

fn people_csv(rows: &[(String, String, String, String)]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["email", "name", "team", "role"]).unwrap();
    for (e, n, t, r) in rows {
        w.write_record([e, n, t, r]).unwrap();
    }
    w.into_inner().unwrap()
}

/// A bad value for each column of a people file.
const BAD_PEOPLE_CELLS: [(&str, &str); 4] =
    [("email", "not-an-address"), ("name", "   "), ("team", "Not A Slug"), ("role", "boss")];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn people_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300), text in hostile()) {
        let _ = parse_people_csv(bytes.as_slice(), "f.csv");
        let _ = parse_people_csv(format!("email,name,team,role\n{text}").as_bytes(), "f.csv");
    }

    #[test]
    fn valid_people_files_round_trip(people in prop::collection::vec(person(), 0..10)) {
        let rows: Vec<_> = people
            .iter()
            .enumerate()
            .map(|(i, (n, t, r))| (format!("Person{i}@Example.org"), n.clone(), t.clone(), r.to_string()))
            .collect();
        let parsed = parse_people_csv(people_csv(&rows).as_slice(), "f.csv").map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(parsed.len(), rows.len());
        for (i, (row, (name, team, role))) in parsed.iter().zip(&people).enumerate() {
            prop_assert_eq!(row.line, i as u64 + 2);
            prop_assert_eq!(row.email.as_str(), format!("person{i}@example.org"));
            prop_assert_eq!(&row.name, name.trim());
            prop_assert_eq!(row.team.as_str(), team);
            prop_assert_eq!(row.role, *role);
        }
    }

    #[test]
    fn a_bad_people_cell_is_named_by_line_and_column(
        people in prop::collection::vec(person(), 1..10),
        pick in any::<prop::sample::Index>(),
        column in 0usize..4,
    ) {
        let mut rows: Vec<_> = people
            .iter()
            .enumerate()
            .map(|(i, (n, t, r))| [format!("p{i}@example.org"), n.clone(), t.clone(), r.to_string()])
            .collect();
        let at = pick.index(rows.len());
        let (field, bad) = BAD_PEOPLE_CELLS[column];
        rows[at][column] = bad.to_string();
        let rows: Vec<_> = rows.into_iter().map(|[e, n, t, r]| (e, n, t, r)).collect();
        let err = parse_people_csv(people_csv(&rows).as_slice(), "f.csv").unwrap_err().to_string();
        let want = format!("line {}, {field}:", at + 2);
        prop_assert!(err.contains(&want), "{} not in {}", want, err);
        prop_assert!(err.starts_with("f.csv: 1 problem; nothing was imported"), "{}", err);
    }
}

// ---------------------------------------------------------------- history CSV

/// The default survey's questions: six Likert items, eNPS and a comment.
fn questions() -> Vec<Question> {
    let keys =
        ["trust_1", "trust_2", "clarity_1", "clarity_2", "workload_1", "workload_2", "enps", "comment"];
    keys.iter()
        .enumerate()
        .map(|(i, key)| {
            let kind = match *key {
                "enps" => Kind::Enps,
                "comment" => Kind::Comment,
                _ => Kind::Likert5,
            };
            Question {
                id: i as i64 + 1,
                key: key.to_string(),
                dimension: key.split('_').next().unwrap_or(key).to_string(),
                text: format!("Question {key}"),
                kind,
                required: kind == Kind::Likert5,
                version: 1,
                set_key: Some("default".into()),
                text_lang: candor::i18n::Lang::En,
                translations: Default::default(),
                options: Vec::new(),
                position: i as i32 + 1,
            }
        })
        .collect()
}

/// One history row: a period, an answer or none per scored question, maybe a comment.
type HistoryRow = ((i32, u32), Vec<Option<i32>>, Option<String>);

/// A history row with at least one answer (the first question always has one).
fn history_row() -> impl Strategy<Value = HistoryRow> {
    let likert = prop::option::weighted(0.8, 1i32..=5);
    let scores = (1i32..=5, prop::collection::vec(likert, 5), prop::option::of(0i32..=10)).prop_map(
        |(first, rest, enps)| std::iter::once(Some(first)).chain(rest).chain(std::iter::once(enps)).collect(),
    );
    let comment = prop::option::of("[a-zA-Z0-9éß李 ,.!?\"';\n]{1,60}");
    ((2000i32..=2030, 1u32..=12), scores, comment)
}

fn history_csv(rows: &[HistoryRow]) -> Vec<u8> {
    let qs = questions();
    let mut w = csv::Writer::from_writer(Vec::new());
    let header: Vec<&str> = std::iter::once("period").chain(qs.iter().map(|q| q.key.as_str())).collect();
    w.write_record(&header).unwrap();
    for ((y, m), scores, comment) in rows {
        let mut record = vec![format!("{y:04}-{m:02}")];
        record.extend(scores.iter().map(|s| s.map(|v| v.to_string()).unwrap_or_default()));
        record.push(comment.clone().unwrap_or_default());
        w.write_record(&record).unwrap();
    }
    w.into_inner().unwrap()
}

/// What parsing `rows` must give.
fn expected_history(rows: &[HistoryRow]) -> BTreeMap<Period, Vec<Submission>> {
    let mut out: BTreeMap<Period, Vec<Submission>> = BTreeMap::new();
    for ((y, m), scores, comment) in rows {
        let answers = scores.iter().enumerate().filter_map(|(i, s)| s.map(|v| (i as i64 + 1, v))).collect();
        let comment = comment.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(String::from);
        let period = Period::parse(&format!("{y:04}-{m:02}")).unwrap();
        out.entry(period).or_default().push(Submission { answers, comment });
    }
    out
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn history_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300), text in hostile()) {
        let qs = questions();
        let _ = parse_history(bytes.as_slice(), &qs, "h.csv");
        let _ = parse_history(format!("period,trust_1,enps,comment\n{text}").as_bytes(), &qs, "h.csv");
    }

    #[test]
    fn valid_history_files_round_trip(rows in prop::collection::vec(history_row(), 1..12)) {
        let parsed = parse_history(history_csv(&rows).as_slice(), &questions(), "h.csv")
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(parsed, expected_history(&rows));
    }

    #[test]
    fn a_bad_history_cell_is_named_by_line_and_column(
        rows in prop::collection::vec(history_row(), 1..8),
        pick in any::<prop::sample::Index>(),
        column in 0usize..8,
        bad in prop_oneof![Just("-1"), Just("x"), Just("4.5"), Just("11"), Just("2026-13")],
    ) {
        // Column 0 is the period, 1 to 7 the scored questions (none of the values fits any).
        let at = pick.index(rows.len());
        let qs = questions();
        let key = if column == 0 { "period" } else { qs[column - 1].key.as_str() };
        let text = replace_cell(&String::from_utf8(history_csv(&rows)).unwrap(), at + 1, column, bad);
        let err = parse_history(text.as_bytes(), &qs, "h.csv").unwrap_err().to_string();
        let newlines: usize = rows[..at].iter().map(|r| r.2.as_deref().map_or(0, |c| c.matches('\n').count())).sum();
        let want = format!("line {}, {key}:", 2 + at + newlines);
        prop_assert!(err.contains(&want), "{} not in {}", want, err);
    }

    #[test]
    fn repeated_history_columns_are_refused_by_name(column in 0usize..8) {
        let qs = questions();
        let key = if column == 0 { "period" } else { qs[column - 1].key.as_str() };
        let text = format!("period,trust_1,trust_2,clarity_1,clarity_2,workload_1,workload_2,enps,comment,{key}\n\
                            2026-01,1,2,3,4,5,1,9,ok,1\n");
        let err = parse_history(text.as_bytes(), &qs, "h.csv").unwrap_err().to_string();
        let want = format!("line 1, header: the column '{key}' appears twice");
        prop_assert!(err.contains(&want), "{}", err);
    }
}

/// `text` (a CSV file) with cell `column` of record `record` (0 = header) set to `value`.
fn replace_cell(text: &str, record: usize, column: usize, value: &str) -> String {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    let mut w = csv::Writer::from_writer(Vec::new());
    for (i, r) in reader.records().enumerate() {
        let mut cells: Vec<String> = r.unwrap().iter().map(String::from).collect();
        if i == record {
            cells[column] = value.to_string();
        }
        w.write_record(&cells).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

// ---------------------------------------------------------------- survey form and query

/// A complete valid form for the default questions, optional ones sometimes left out.
fn valid_form() -> impl Strategy<Value = Vec<(String, String)>> {
    (
        prop::collection::vec(1i32..=5, 6),
        prop::option::of(0i32..=10),
        prop::option::of("[^\u{0}]{0,100}"),
        "[ \t]{0,2}",
    )
        .prop_map(|(likert, enps, comment, pad)| {
            let qs = questions();
            let mut form: Vec<(String, String)> =
                qs.iter().zip(&likert).map(|(q, v)| (q.key.clone(), format!("{pad}{v}{pad}"))).collect();
            if let Some(e) = enps {
                form.push(("enps".into(), e.to_string()));
            }
            if let Some(c) = comment {
                form.push(("comment".into(), c.chars().take(MAX_COMMENT_CHARS).collect()));
            }
            form
        })
}

fn keys() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "trust_1",
            "trust_2",
            "clarity_1",
            "clarity_2",
            "workload_1",
            "workload_2",
            "enps",
            "comment"
        ])
        .prop_map(String::from),
        hostile(),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_form_is_parsed_or_refused_field_by_field(form in prop::collection::vec((keys(), hostile()), 0..12)) {
        let qs = questions();
        match parse_submission(&qs, &form) {
            Ok(s) => {
                prop_assert_eq!(s.answers.len(), s.answers.iter().map(|a| a.0).collect::<std::collections::BTreeSet<_>>().len());
                prop_assert!(s.comment.as_deref().is_none_or(|c| !c.contains('\0') && c.chars().count() <= MAX_COMMENT_CHARS));
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for key in errors.keys() {
                    prop_assert!(key == "form" || qs.iter().any(|q| &q.key == key), "{}", key);
                }
            }
        }
    }

    #[test]
    fn valid_forms_give_their_answers(form in valid_form()) {
        let submission = parse_submission(&questions(), &form).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let scored = form.iter().filter(|(k, _)| k != "comment").count();
        prop_assert_eq!(submission.answers.len(), scored);
        for ((key, value), (id, answer)) in form.iter().filter(|(k, _)| k != "comment").zip(&submission.answers) {
            prop_assert_eq!(value.trim().parse::<i32>().ok(), Some(*answer), "{}", key);
            prop_assert_eq!(&questions()[(*id - 1) as usize].key, key);
        }
    }

    #[test]
    fn a_bad_answer_is_reported_by_its_field(
        form in valid_form(),
        pick in any::<prop::sample::Index>(),
        bad in prop_oneof![Just("0"), Just("11"), Just("-3"), Just("three"), Just(""), Just("2.5")],
        repeat in any::<bool>(),
    ) {
        let mut form = form;
        let at = pick.index(6);
        let key = form[at].0.clone();
        if repeat {
            form.push((key.clone(), "3".into()));
        } else {
            form[at].1 = bad.to_string();
        }
        let errors = parse_submission(&questions(), &form).unwrap_err();
        prop_assert!(errors.contains_key(&key), "{:?}", errors);
        prop_assert_eq!(errors.len(), 1, "{:?}", errors);
    }

    #[test]
    fn query_strings_never_panic_and_round_trip(raw in hostile(), pairs in prop::collection::vec((hostile(), hostile()), 0..6)) {
        let _ = Query::<Vec<(String, String)>>::from_query(&raw);
        let mut encoded = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            encoded.append_pair(k, v);
        }
        let decoded = Query::<Vec<(String, String)>>::from_query(&encoded.finish()).unwrap().into_inner();
        prop_assert_eq!(decoded, pairs);
    }
}

// ---------------------------------------------------------------- actions, settings, database URL

proptest! {
    #![proptest_config(config())]

    #[test]
    fn actions_round_trip_and_refuse_the_rest(
        raw in hostile(),
        text in "[a-zA-Z0-9éß李][a-zA-Z0-9éß李 ,.]{0,40}",
        owner in "[a-zA-Z0-9éß李][a-zA-Z0-9 ]{0,20}",
        due in prop::option::of((1970i32..2100, 1u32..=12, 1u32..=28)),
    ) {
        let due_on = due.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap());
        let line = match due_on {
            Some(d) => format!(" {text} ; {owner} ; {d} "),
            None => format!("{text};{owner}"),
        };
        let want = NewAction { text: text.trim().to_string(), owner: owner.trim().to_string(), due_on };
        prop_assert_eq!(NewAction::parse(&line), Ok(want));
        if let Ok(action) = NewAction::parse(&raw) {
            prop_assert!(!action.text.is_empty() && !action.owner.is_empty());
            prop_assert!(raw.matches(';').count() <= 2 && !raw.contains('\0'));
        }
    }

    #[test]
    fn settings_are_checked_without_panicking(
        database_url in prop_oneof![Just("sqlite://candor.db".to_string()), Just("postgres://u:p@db:5432/x".to_string()), hostile()],
        base_url in prop_oneof![Just("https://candor.example".to_string()), hostile()],
        min_group in prop_oneof![3i32..=10, any::<i32>()],
        mail_rate in prop_oneof![0.1f64..1000.0, any::<f64>()],
        db_pool_size in prop_oneof![1u32..64, any::<u32>()],
        limits in (0u32..3, any::<u32>(), 0u32..3, any::<u32>()),
    ) {
        let settings = Settings {
            database_url,
            base_url,
            min_group,
            mail_rate_per_second: mail_rate,
            db_pool_size,
            login_burst: limits.0,
            login_rate_per_minute: limits.1,
            survey_burst: limits.2,
            survey_rate_per_second: limits.3,
            ..Settings::default()
        };
        match settings.validate() {
            Ok(()) => {
                prop_assert!((3..=10).contains(&settings.min_group) && settings.mail_rate_per_second > 0.0);
                prop_assert!(settings.db_pool_size >= 1 && url::Url::parse(&settings.base_url).is_ok());
                prop_assert!(RateLimits::new(&candor::startup::limit_options(&settings)).is_ok(), "valid settings build the limiters");
            }
            Err(e) => {
                let e = e.to_string();
                let named = ["DATABASE_URL", "MIN_GROUP", "mail_rate_per_second", "POOL_SIZE", "LOGIN_BURST", "SURVEY_BURST", "BASE_URL"];
                prop_assert!(named.iter().any(|n| e.contains(n)), "the error names the setting: {}", e);
            }
        }
    }

    #[test]
    fn database_urls_pick_their_backend_and_hide_passwords(
        raw in hostile(),
        path in "[a-zA-Z0-9_./-]{0,15}[a-zA-Z0-9_]",
        user in "[a-z]{1,8}",
        password in "[a-zA-Z0-9]{6,12}",
        host in "[a-z]{1,10}",
        port in 1u16..,
    ) {
        if let Ok(url) = raw.parse::<DatabaseUrl>() {
            let _ = (url.location(), url.to_string(), url.backend());
        } else {
            prop_assert!(raw.parse::<DatabaseUrl>().unwrap_err().to_string().starts_with("CANDOR_DATABASE_URL"));
        }
        let sqlite = format!("sqlite://{path}");
        prop_assert_eq!(sqlite.parse::<DatabaseUrl>().map(|u| u.to_string()).ok(), Some(sqlite.clone()));
        let pg = format!("postgres://{user}:{password}@{host}:{port}/db");
        let parsed: DatabaseUrl = pg.parse().map_err(|e: candor::db::DatabaseUrlError| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(parsed.location(), format!("{host}:{port}"));
        prop_assert!(!parsed.to_string().contains(&format!(":{password}@")), "{}", parsed);
        let debug = format!("{parsed:?}");
        prop_assert!(!debug.contains(&format!(":{password}@")), "{}", debug);
    }
}
