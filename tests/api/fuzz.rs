//! Long randomized runs against the real survey POST and the CSV imports of the CLI: every
//! answer is a clear 4xx or a 200 — never a 5xx, a panic or an "unexpected error" — each answer
//! is the one the parsers predict, and the database holds exactly what was accepted.
//!
//! `CANDOR_FUZZ_POSTS` and `CANDOR_FUZZ_IMPORTS` set the number of cases per backend (defaults
//! 3000 and 100); `CANDOR_FUZZ_SEED` replays a run (every run prints its seed).

use std::collections::BTreeSet;

use candor::db::schema::{answers, comments, invitations, memberships, people, pulses, responses};
use candor::domain::participation::waiting;
use candor::domain::responses::{Submission, parse_submission};
use candor::domain::survey::Question;
use candor::submissions::find_ballot;
use diesel::dsl::not;
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(random_survey_posts, random_imports);

/// The body limit of the app (`candor::http::security::MAX_BODY_BYTES`).
const LIMIT: usize = candor::http::security::MAX_BODY_BYTES;

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A seeded generator of hostile input.
struct Gen {
    rng: StdRng,
}

/// Pieces random text is made of: letters, digits, form syntax, whitespace, control characters,
/// accents, combining marks, right-to-left override, emoji, a BOM, NUL.
const PIECES: &[&str] = &[
    "a", "Z", "q", "0", "7", " ", "  ", "\t", "\n", "\r\n", "é", "ß", "İ", "中文", "🙂", "\u{202e}",
    "e\u{301}", "\0", "\u{7f}", "\u{1b}", "%", "&", "=", "+", ";", ",", "\"", "'", "<b>", "\\", "\u{feff}",
    "\u{fffd}",
];

/// Values a scored answer may be sent as: valid, out of range, not numbers at all.
const NUMBERS: &[&str] = &[
    "1",
    "2",
    "3",
    "4",
    "5",
    "0",
    "10",
    "-1",
    "6",
    "11",
    "+3",
    " 4 ",
    "4.0",
    "0x3",
    "٣",
    "99999999999",
    "",
    "NaN",
    "1e1",
    "５",
];

impl Gen {
    fn new(seed: u64) -> Self {
        Gen { rng: StdRng::seed_from_u64(seed) }
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    fn upto(&mut self, n: usize) -> usize {
        self.rng.random_range(0..=n)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.choose(&mut self.rng).copied().unwrap_or("")
    }

    fn text(&mut self, pieces: usize) -> String {
        let n = self.upto(pieces);
        (0..n).map(|_| self.pick(PIECES)).collect()
    }

    fn value(&mut self) -> String {
        match self.upto(9) {
            0..=3 => self.pick(NUMBERS).to_string(),
            4 => "x".repeat(self.rng.random_range(1990..2010)),
            5 => format!("{}", self.rng.random::<i64>()),
            _ => self.text(12),
        }
    }
}

fn encode(pairs: &[(String, String)]) -> String {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        out.append_pair(k, v);
    }
    out.finish()
}

/// A plausible, complete set of answers; optional ones sometimes left out.
fn valid_pairs(g: &mut Gen, questions: &[Question]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for q in questions {
        if !q.required && g.chance(0.3) {
            continue;
        }
        let value = match q.range() {
            Some(range) => g.rng.random_range(range).to_string(),
            None => g.text(40),
        };
        let value = if g.chance(0.1) { format!(" {value} ") } else { value };
        pairs.push((q.key.clone(), value));
    }
    pairs
}

/// Valid answers with one to three things broken.
fn mutated_pairs(g: &mut Gen, questions: &[Question]) -> Vec<(String, String)> {
    let mut pairs = valid_pairs(g, questions);
    for _ in 0..=g.upto(2) {
        let at = g.upto(pairs.len().saturating_sub(1));
        match g.upto(4) {
            0 if !pairs.is_empty() => {
                pairs.remove(at);
            }
            1 if !pairs.is_empty() => {
                let copy = (pairs[at].0.clone(), g.value());
                pairs.push(copy);
            }
            2 if !pairs.is_empty() => pairs[at].1 = g.value(),
            3 if !pairs.is_empty() => pairs[at].0 = pairs[at].0.to_uppercase(),
            _ => pairs.push((g.text(6), g.value())),
        }
    }
    pairs
}

fn random_pairs(g: &mut Gen, questions: &[Question]) -> Vec<(String, String)> {
    (0..g.upto(12))
        .map(|_| {
            let key = if g.chance(0.6) {
                questions.choose(&mut g.rng).map(|q| q.key.clone()).unwrap_or_default()
            } else {
                g.text(5)
            };
            (key, g.value())
        })
        .collect()
}

/// Form syntax gone wrong: bad percent escapes, escapes of invalid UTF-8, stray separators.
fn garbage(g: &mut Gen) -> String {
    const BITS: &[&str] = &[
        "%", "%z", "%e9", "%00", "%ff%fe", "%C3%A9", "&", "&&", "=", "==", "+", "trust_1", "comment", "a",
        "é", " ",
    ];
    (0..g.upto(30)).map(|_| g.pick(BITS)).collect()
}

/// One random request body and its content type.
fn random_post(g: &mut Gen, questions: &[Question]) -> (String, &'static str) {
    const FORM: &str = "application/x-www-form-urlencoded";
    match g.upto(99) {
        0..=24 => (encode(&valid_pairs(g, questions)), FORM),
        25..=54 => (encode(&mutated_pairs(g, questions)), FORM),
        55..=79 => (encode(&random_pairs(g, questions)), FORM),
        80..=91 => (garbage(g), FORM),
        92..=95 => {
            let size = g.rng.random_range(LIMIT - 100..LIMIT + 5000);
            let mut pairs = valid_pairs(g, questions);
            pairs.push(("comment".into(), "a".repeat(size)));
            (encode(&pairs), FORM)
        }
        _ => (
            encode(&valid_pairs(g, questions)),
            g.pick(&["application/json", "text/plain", "multipart/form-data"]),
        ),
    }
}

/// The answer the parsers predict for `body` on a link that is `used` or not.
fn expected_status(
    body: &str,
    content_type: &str,
    used: bool,
    questions: &[Question],
) -> (u16, Option<Submission>) {
    if body.len() > LIMIT {
        return (413, None);
    }
    if content_type != "application/x-www-form-urlencoded" {
        return (400, None);
    }
    if used {
        return (409, None);
    }
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(body.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    match parse_submission(questions, &pairs) {
        Ok(submission) => (200, Some(submission)),
        Err(_) => (422, None),
    }
}

/// What the database should hold after the run.
#[derive(Default)]
struct Accepted {
    responses: i64,
    answers: i64,
    comments: Vec<String>,
}

async fn random_survey_posts(backend: Backend) {
    let posts = setting("CANDOR_FUZZ_POSTS", 3000);
    let seed = setting("CANDOR_FUZZ_SEED", rand::random());
    let app = spawn_app_with(backend, |s| s.survey_rate_per_second = 0).await;
    let (team, _) = app.with_conn(|c| seed_team(c, "fuzz", (posts * 2 / 5 + 5) as usize));
    let pulse = open_pulse(&app, &team, 7);
    let tokens: Vec<String> = queued_tokens(&app, "invite:").into_iter().map(|(_, t)| t).collect();
    let now = chrono::Utc::now().naive_utc();
    let questions = app.with_conn(|c| find_ballot(c, &tokens[0], now)).unwrap().questions;
    let mut g = Gen::new(seed);
    let (mut fresh, mut accepted, mut statuses) =
        (0usize, Accepted::default(), std::collections::BTreeMap::new());
    for n in 0..posts {
        let replay = fresh >= tokens.len() || (fresh > 0 && g.chance(0.03));
        let token = if replay { &tokens[g.upto(fresh.saturating_sub(1))] } else { &tokens[fresh] };
        let (body, content_type) = random_post(&mut g, &questions);
        let (want, submission) = expected_status(&body, content_type, replay, &questions);
        let response = app
            .client
            .post(format!("{}/p/{token}", app.address))
            .header("content-type", content_type)
            .body(body.clone())
            .send()
            .await
            .unwrap_or_else(|e| panic!("seed {seed}, post {n}: no answer ({e}) to {}", shown(&body)));
        let status = response.status().as_u16();
        *statuses.entry(status).or_insert(0u64) += 1;
        assert!(
            [200, 400, 409, 413, 422].contains(&status) && status == want,
            "seed {seed}, post {n}: {status} where {want} was due, for {content_type} {}\n{}",
            shown(&body),
            response.text().await.unwrap_or_default()
        );
        if let Some(s) = submission {
            fresh += 1;
            accepted.responses += 1;
            accepted.answers += s.answers.len() as i64;
            accepted.comments.extend(s.comment);
        }
    }
    // Closing opens the sealed answers and writes them out: each must come back as sent.
    app.close(pulse.id);
    assert_stored(&app, &accepted);
    eprintln!("fuzz ({backend:?}, seed {seed}): {posts} survey posts, answers by status {statuses:?}");
}

fn shown(body: &str) -> String {
    let head: String = body.chars().take(300).collect();
    format!("{head:?} ({} bytes)", body.len())
}

fn assert_stored(app: &TestApp, accepted: &Accepted) {
    app.with_conn(|c| {
        let n: i64 = responses::table.count().get_result(c).unwrap();
        let flipped: i64 = invitations::table.filter(not(waiting())).count().get_result(c).unwrap();
        let answers: i64 = answers::table.count().get_result(c).unwrap();
        let mut stored: Vec<String> = comments::table.select(comments::body).load(c).unwrap();
        let mut expected = accepted.comments.clone();
        stored.sort();
        expected.sort();
        assert_eq!((n, flipped, answers), (accepted.responses, accepted.responses, accepted.answers));
        assert_eq!(stored, expected, "every accepted comment is stored exactly as sent");
    });
}

/// What the people and history imports should have stored so far.
#[derive(Default)]
struct Expected {
    people: BTreeSet<String>,
    memberships: BTreeSet<(String, String)>,
    periods: BTreeSet<String>,
    responses: i64,
}

async fn random_imports(backend: Backend) {
    let imports = setting("CANDOR_FUZZ_IMPORTS", 100);
    let seed = setting("CANDOR_FUZZ_SEED", rand::random());
    let app = spawn_app(backend).await;
    let mut expected = Expected::default();
    for slug in ["alpha", "beta"] {
        let (_, emails) = app.with_conn(|c| seed_team(c, slug, 2));
        for e in emails {
            expected.memberships.insert((e.clone(), slug.to_string()));
            expected.people.insert(e);
        }
    }
    let questions = app.with_conn(|c| {
        let survey = candor::domain::survey::survey_id(c, "default").unwrap();
        candor::domain::survey::load_questions(c, survey).unwrap()
    });
    let mut g = Gen::new(seed);
    let mut outcomes = [0u64; 2];
    for n in 0..imports {
        let ok = if n % 2 == 0 {
            people_import_case(&app, &mut g, &mut expected, seed, n)
        } else {
            history_import_case(&app, &mut g, &questions, &mut expected, seed, n)
        };
        outcomes[usize::from(!ok)] += 1;
        assert_imported(&app, &expected, seed, n);
    }
    eprintln!(
        "fuzz ({backend:?}, seed {seed}): {imports} imports, {} accepted, {} refused",
        outcomes[0], outcomes[1]
    );
}

/// Runs `candor ARGS` on a file with `bytes`; checks the exit code is the one predicted.
fn run_import(app: &TestApp, bytes: &[u8], args: &[&str], want_ok: bool, seed: u64, n: u64) -> bool {
    let path = app.db.dir.path().join(format!("fuzz-{n}.csv"));
    std::fs::write(&path, bytes).unwrap();
    let path = path.display().to_string();
    let mut full: Vec<&str> = args.to_vec();
    full.insert(2, &path);
    let out = app.db.candor(&full);
    let (_, stderr) = texts(&out);
    let file = String::from_utf8_lossy(bytes);
    assert!(!stderr.contains("panicked"), "seed {seed}, import {n}: a panic\n{stderr}\nfile:\n{file}");
    assert!(!stderr.contains("unexpected error"), "seed {seed}, import {n}: {stderr}\nfile:\n{file}");
    assert!(matches!(out.status.code(), Some(0 | 1)), "seed {seed}, import {n}: exit {:?}", out.status);
    assert_eq!(out.status.success(), want_ok, "seed {seed}, import {n}: {stderr}\nfile:\n{file}");
    want_ok
}

/// One cell of a people file; a `dirty` file has a bad cell now and then.
fn people_cell(g: &mut Gen, column: &str, dirty: bool) -> String {
    let good = !dirty || g.chance(0.8);
    match (column, good) {
        ("email", true) => format!("{}{}@fuzz.test", g.pick(&["ana", "Bo", "c.d", "e+f"]), g.upto(50)),
        ("name", true) if g.chance(0.1) => format!("A{}z", g.text(4)),
        ("name", true) => {
            format!("{} {}", g.pick(&["Ana", "Bo", "Zoë", "李"]), g.pick(&["Li", "Ng", "Ó Sé"]))
        }
        ("team", true) => g.pick(&["alpha", "beta", "alpha", "beta", "gamma"]).to_string(),
        ("role", true) => g.pick(&["member", "lead", "admin", " Lead "]).to_string(),
        ("name", false) if g.chance(0.2) => "n".repeat(201),
        _ => g.text(8),
    }
}

/// A people file: half of them clean; the other half with now and then a broken header,
/// bad cells, ragged rows, CRLF, a BOM or bytes that are not UTF-8.
fn people_file(g: &mut Gen) -> Vec<u8> {
    let dirty = g.chance(0.5);
    let mut columns = vec!["email", "name", "team", "role"];
    if dirty && g.chance(0.15) {
        columns.remove(g.upto(3));
    }
    if dirty && g.chance(0.1) {
        columns.push(g.pick(&["email", "extra", "Role"]));
    }
    let header: Vec<String> = columns
        .iter()
        .map(|c| if g.chance(0.1) { format!(" {} ", c.to_uppercase()) } else { c.to_string() })
        .collect();
    let mut rows = vec![header];
    for _ in 0..g.upto(8) {
        let mut row: Vec<String> = columns.iter().map(|c| people_cell(g, c, dirty)).collect();
        if dirty && g.chance(0.05) {
            row.pop();
        }
        rows.push(row);
    }
    csv_bytes(g, &rows, dirty)
}

/// The rows as CSV; a `dirty` file may get a BOM, CRLF line ends or a byte that is not UTF-8.
fn csv_bytes(g: &mut Gen, rows: &[Vec<String>], dirty: bool) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    let mut bytes = writer.into_inner().unwrap();
    if dirty && g.chance(0.05) {
        bytes.splice(0..0, [0xEF, 0xBB, 0xBF]);
    }
    if dirty && g.chance(0.05) {
        let at = g.upto(bytes.len());
        bytes.insert(at, 0xFF);
    }
    if dirty && g.chance(0.1) {
        bytes = String::from_utf8_lossy(&bytes).replace('\n', "\r\n").into_bytes();
    }
    bytes
}

fn people_import_case(app: &TestApp, g: &mut Gen, expected: &mut Expected, seed: u64, n: u64) -> bool {
    let bytes = people_file(g);
    let parsed = candor::domain::people::parse_people_csv(bytes.as_slice(), "f");
    let rows = parsed.ok().filter(|rows| rows.iter().all(|r| ["alpha", "beta"].contains(&r.team.as_str())));
    let ok = run_import(app, &bytes, &["people", "import"], rows.is_some(), seed, n);
    for row in rows.unwrap_or_default() {
        expected.people.insert(row.email.to_string());
        expected.memberships.insert((row.email.to_string(), row.team.to_string()));
    }
    ok
}

/// A history file: `period` and a random choice of question columns; half of them clean, the
/// other half with now and then an unknown or repeated column and bad cells.
fn history_file(g: &mut Gen, questions: &[Question]) -> Vec<u8> {
    let dirty = g.chance(0.5);
    let mut columns: Vec<String> =
        questions.iter().filter(|_| g.chance(0.7)).map(|q| q.key.clone()).collect();
    if !dirty || !g.chance(0.05) {
        let at = g.upto(columns.len());
        columns.insert(at, "period".into());
    }
    if dirty && g.chance(0.1) {
        columns.push(g.pick(&["trust_1", "period", "unknown", ""]).to_string());
    }
    let mut rows = vec![columns.clone()];
    for _ in 0..g.upto(10) {
        rows.push(columns.iter().map(|c| history_cell(g, c, questions, dirty)).collect());
    }
    csv_bytes(g, &rows, dirty)
}

/// One cell of a history file; a `dirty` file has a bad cell now and then.
fn history_cell(g: &mut Gen, column: &str, questions: &[Question], dirty: bool) -> String {
    let roll = if dirty { g.upto(9) } else { g.rng.random_range(2..=9) };
    if column == "period" {
        return match roll {
            0 | 1 => g.pick(&["2026-13", "2026-+1", "26-01", "", "x", " 2001-02"]).to_string(),
            _ => format!("20{:02}-{:02}", g.rng.random_range(1..=20), g.rng.random_range(1..=12)),
        };
    }
    let range = questions.iter().find(|q| q.key == column).and_then(|q| q.range());
    match (range, roll) {
        (_, 0) => String::new(),
        (_, 1) => g.value(),
        (Some(r), _) => g.rng.random_range(r).to_string(),
        (None, 2) if dirty => "c".repeat(2001),
        (None, _) => g.text(20),
    }
}

fn history_import_case(
    app: &TestApp,
    g: &mut Gen,
    questions: &[Question],
    expected: &mut Expected,
    seed: u64,
    n: u64,
) -> bool {
    let bytes = history_file(g, questions);
    let parsed = candor::domain::history::parse_history(bytes.as_slice(), questions, "f");
    let history = parsed.ok().filter(|h| h.keys().all(|p| !expected.periods.contains(&p.to_string())));
    let ok = run_import(app, &bytes, &["responses", "import", "--team", "alpha"], history.is_some(), seed, n);
    for (period, rows) in history.unwrap_or_default() {
        expected.periods.insert(period.to_string());
        expected.responses += rows.len() as i64;
    }
    ok
}

/// The database holds what the accepted imports brought, and nothing of the refused ones.
fn assert_imported(app: &TestApp, expected: &Expected, seed: u64, n: u64) {
    app.with_conn(|c| {
        let people: i64 = people::table.count().get_result(c).unwrap();
        let members: i64 = memberships::table.count().get_result(c).unwrap();
        let periods: i64 = pulses::table.count().get_result(c).unwrap();
        let stored: i64 = responses::table.count().get_result(c).unwrap();
        let want = (
            expected.people.len() as i64,
            expected.memberships.len() as i64,
            expected.periods.len() as i64,
            expected.responses,
        );
        assert_eq!((people, members, periods, stored), want, "seed {seed}, after import {n}");
    });
}
