//! A team's own survey (docs/design.md, "Surveys"): library sets and own questions from the CLI
//! through the survey page and answers to the report; wording versions and their marker; a
//! pulse keeps the survey it opened with; single-choice shares; clear refusals.

use candor::stats;
use serde_json::Value;

use crate::backend_tests;
use crate::helpers::*;

backend_tests!(
    a_custom_survey_goes_from_creation_through_answers_to_the_report,
    a_wording_change_is_marked_and_never_compared_across,
    a_pulse_keeps_its_survey_when_the_survey_changes,
    a_rotated_set_is_asked_every_other_pulse,
    each_month_of_a_choice_is_counted_with_the_options_it_asked,
    bad_survey_changes_are_refused_and_change_nothing
);

fn ok(db: &TestDb, args: &[&str]) -> String {
    let out = db.candor(args);
    assert!(out.status.success(), "{args:?}: {:?}", texts(&out));
    texts(&out).0
}

fn refused(db: &TestDb, args: &[&str]) -> String {
    let out = db.candor(args);
    assert!(!out.status.success(), "{args:?} should be refused: {:?}", texts(&out));
    let (stdout, stderr) = texts(&out);
    format!("{stdout}{stderr}")
}

fn report_json(db: &TestDb, team: &str) -> Value {
    serde_json::from_str(&ok(db, &["report", "--team", team, "--format", "json"])).unwrap()
}

/// Opens `team`'s pulse for `period`, has every invited person answer with `answers(i)`,
/// closes it; returns the pulse id.
async fn round(
    app: &TestApp,
    team: &str,
    period: &str,
    answers: impl Fn(usize) -> Vec<(String, String)>,
) -> String {
    let pulse_id = ok(&app.db, &["pulse", "open", "--team", team, "--period", period]).trim().to_string();
    let tokens = queued_tokens(app, &format!("invite:{pulse_id}:"));
    assert_eq!(tokens.len(), 6);
    for (i, (_, token)) in tokens.iter().enumerate() {
        let fields = answers(i);
        let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let response = post_survey(app, token, &pairs).await;
        let status = response.status();
        assert_eq!(status, 200, "{}", response.text().await.unwrap());
    }
    ok(&app.db, &["pulse", "close", &pulse_id]);
    pulse_id
}

fn pairs(list: &[(&str, i32)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

const SQUAD: [&str; 11] = [
    "squad_value",
    "squad_release",
    "squad_fun",
    "squad_codebase",
    "squad_learning",
    "squad_mission",
    "squad_players",
    "squad_speed",
    "squad_process",
    "squad_support",
    "squad_teamwork",
];

/// Respondent `i`'s answers to the squad set (value: 3,3,2,1,3,2), the own on-call question
/// (1–5) and the choice question (options 1,1,2,3,1,2).
fn custom_answers(i: usize) -> Vec<(String, String)> {
    let value = [3, 3, 2, 1, 3, 2][i];
    let mut out: Vec<(&str, i32)> =
        SQUAD.iter().map(|k| (*k, if *k == "squad_value" { value } else { 2 })).collect();
    out.push(("oncall", [4, 5, 3, 2, 4, 4][i]));
    out.push(("office", [1, 1, 2, 3, 1, 2][i]));
    pairs(&out)
}

fn close_to(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9
}

async fn a_custom_survey_goes_from_creation_through_answers_to_the_report(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "squad", 6));
    let db = &app.db;
    ok(db, &["survey", "drop", "--team", "squad", "--set", "default"]);
    assert!(
        ok(db, &["survey", "use", "--team", "squad", "--set", "squad-health"]).contains("11 questions added")
    );
    ok(
        db,
        &[
            "question",
            "add",
            "--team",
            "squad",
            "--key",
            "oncall",
            "--dimension",
            "on_call",
            "--kind",
            "likert5",
            "--text",
            "Being on call last month was bearable.",
            "--text-de",
            "Die Rufbereitschaft war erträglich.",
        ],
    );
    ok(
        db,
        &[
            "question",
            "add",
            "--team",
            "squad",
            "--key",
            "office",
            "--dimension",
            "office",
            "--kind",
            "choice",
            "--text",
            "Where do you work best?",
            "--option",
            "At home",
            "--option",
            "In the office",
            "--option",
            "Either",
            "--option-de",
            "Zu Hause",
            "--option-de",
            "Im Büro",
            "--option-de",
            "Egal",
        ],
    );
    let shown = ok(db, &["survey", "show", "--team", "squad"]);
    assert!(shown.contains("squad_release (release, three, v1, set squad-health)"), "{shown}");
    assert!(
        shown.contains(
            "office (office, choice, v1, own): Where do you work best? [At home / In the office / Either]"
        ),
        "{shown}"
    );
    assert!(!shown.contains("trust_1"), "the default set was dropped: {shown}");
    assert!(shown.contains("asks 13 questions"), "{shown}");

    // The invitation counts what the pulse really asks, and the page asks it.
    let pulse_id = ok(db, &["pulse", "open", "--team", "squad", "--period", "2026-09"]).trim().to_string();
    let tokens = queued_tokens(&app, &format!("invite:{pulse_id}:"));
    let page = app.get(&format!("/p/{}?lang=de", tokens[0].1)).await.text().await.unwrap();
    assert!(
        page.contains("Unsere Arbeit zu veröffentlichen ist einfach und sicher."),
        "library question in German"
    );
    assert!(page.contains("Die Rufbereitschaft war erträglich."), "own question's German text");
    assert!(page.contains("Im Büro") && page.contains("Grün: gut"), "options and traffic light in German");
    assert!(page.contains("lang=\"en\">Where do you work best?</span>"), "no German text: English, marked");
    assert!(page.contains("noch nicht übersetzt"));
    ok(db, &["pulse", "close", &pulse_id]);

    round(&app, "squad", "2026-10", custom_answers).await;
    let report = report_json(db, "squad");
    let order: Vec<(&str, &str)> = report["dimension_order"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["key"].as_str().unwrap(), d["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(order.first(), Some(&("value", "three")), "{order:?}");
    assert!(order.contains(&("on_call", "likert5")) && order.contains(&("office", "choice")), "{order:?}");
    assert!(!order.iter().any(|(k, _)| *k == "trust"));

    let october = report["periods"].as_array().unwrap().iter().find(|p| p["period"] == "2026-10").unwrap();
    let value = &october["dimensions"]["value"];
    let scores = [3.0, 3.0, 2.0, 1.0, 3.0, 2.0];
    assert!(close_to(value["mean"].as_f64().unwrap(), scores.iter().sum::<f64>() / 6.0));
    assert!(close_to(value["favorable"].as_f64().unwrap(), 3.0 / 6.0), "favourable = share at 3 (green)");
    assert_eq!(value["distribution"], serde_json::json!([1, 2, 3]));
    let on_call = &october["dimensions"]["on_call"];
    assert!(close_to(on_call["mean"].as_f64().unwrap(), 22.0 / 6.0));
    assert!(close_to(on_call["favorable"].as_f64().unwrap(), 4.0 / 6.0));

    let office = &october["choices"]["office"];
    assert_eq!(office["n"], 6);
    assert!(office.get("mean").is_none(), "choices have no mean");
    let options = office["options"].as_array().unwrap();
    let counts: Vec<i64> = options.iter().map(|o| o["count"].as_i64().unwrap()).collect();
    assert_eq!(counts, vec![3, 2, 1]);
    assert_eq!(options[1]["label"], "In the office");
    let (lo, hi) = stats::wilson95(3, 6).unwrap();
    assert!(close_to(options[0]["share"].as_f64().unwrap(), 0.5));
    assert!(
        close_to(options[0]["ci95"][0].as_f64().unwrap(), lo)
            && close_to(options[0]["ci95"][1].as_f64().unwrap(), hi)
    );

    // The team page shows the traffic light on its own scale and the shares.
    let page = app.admin_client().await.get(format!("{}/teams/squad", app.address)).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(page.contains("of 3</span>"), "a three-point mean is out of 3");
    assert!(page.contains("score is 3 (green)"));
    assert!(page.contains("Where do you work best?") || page.contains("Office"));
    assert!(page.contains("3 (50%, 95% interval"), "choice shares with their interval");
}

async fn a_wording_change_is_marked_and_never_compared_across(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "words", 6));
    let db = &app.db;
    let answers = |i: usize| {
        pairs(&[
            ("trust_1", [4, 5, 3, 4, 2, 4][i]),
            ("trust_2", 4),
            ("clarity_1", [2, 3, 3, 2, 4, 3][i]),
            ("clarity_2", 3),
            ("workload_1", 3),
            ("workload_2", 3),
        ])
    };
    let first = round(&app, "words", "2026-09", answers).await;
    ok(
        db,
        &[
            "question",
            "edit",
            "--team",
            "words",
            "--key",
            "trust_1",
            "--text",
            "I can raise any problem here.",
        ],
    );
    assert!(ok(db, &["survey", "show", "--team", "words"]).contains("trust_1 (trust, likert5, v2"));
    round(&app, "words", "2026-10", answers).await;
    let third = round(&app, "words", "2026-11", answers).await;

    let report = report_json(db, "words");
    let periods = report["periods"].as_array().unwrap();
    let month = |p: &str| periods.iter().find(|x| x["period"] == p).unwrap();
    let october = &month("2026-10")["dimensions"];
    assert_eq!(october["trust"]["wording_changed"], true);
    assert!(october["trust"].get("change").is_none(), "two wordings are not compared");
    assert_eq!(october["clarity"]["wording_changed"], false);
    assert!(october["clarity"]["change"].is_object(), "an unchanged dimension is compared");
    let november = &month("2026-11")["dimensions"];
    assert_eq!(november["trust"]["wording_changed"], false);
    assert!(november["trust"]["change"].is_object(), "the same wording again is compared");

    // Each pulse keeps the wording it asked; the JSON and page say where it changed.
    let asked = |pulse: &str| {
        let id: i64 = pulse.parse().unwrap();
        app.with_conn(|c| {
            use candor::db::schema::pulses;
            use diesel::prelude::*;
            let survey: i64 = pulses::table.find(id).select(pulses::survey_id).first(c).unwrap();
            candor::domain::survey::load_questions(c, survey).unwrap()
        })
    };
    let text_of =
        |qs: Vec<candor::domain::survey::Question>| qs.into_iter().find(|q| q.key == "trust_1").unwrap().text;
    assert!(text_of(asked(&first)).starts_with("I can raise a problem in this team"));
    assert_eq!(text_of(asked(&third)), "I can raise any problem here.");
    let text = ok(db, &["report", "--team", "words"]);
    assert!(text.contains('*'), "the text report marks the month: {text}");
}

async fn a_pulse_keeps_its_survey_when_the_survey_changes(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "keeps", 6));
    let db = &app.db;
    let pulse_id = ok(db, &["pulse", "open", "--team", "keeps", "--period", "2026-09"]).trim().to_string();
    ok(db, &["survey", "use", "--team", "keeps", "--set", "psychological-safety"]);
    ok(db, &["question", "retire", "--team", "keeps", "--key", "clarity_2"]);
    let tokens = queued_tokens(&app, &format!("invite:{pulse_id}:"));
    let page = app.get(&format!("/p/{}", tokens[0].1)).await.text().await.unwrap();
    assert!(page.contains("It is clear who decides what"), "the open pulse still asks what it opened with");
    assert!(!page.contains("held against"), "and not what was added since");
    let mut with_safety = VALID_ANSWERS.to_vec();
    with_safety.push(("safety_1", "4"));
    let refused = post_survey(&app, &tokens[0].1, &with_safety).await;
    assert_eq!(refused.status(), 422, "a question the pulse does not ask is refused");
    assert_eq!(post_survey(&app, &tokens[0].1, VALID_ANSWERS).await.status(), 200);
    ok(db, &["pulse", "close", &pulse_id]);

    let next = ok(db, &["pulse", "open", "--team", "keeps", "--period", "2026-10"]).trim().to_string();
    let tokens = queued_tokens(&app, &format!("invite:{next}:"));
    let page = app.get(&format!("/p/{}", tokens[0].1)).await.text().await.unwrap();
    assert!(page.contains("held against"), "the next pulse asks the new set");
    assert!(!page.contains("It is clear who decides what"), "and not the retired question");
    let report = report_json(db, "keeps");
    assert!(report["periods"].as_array().unwrap().iter().any(|p| p["period"] == "2026-09"), "history stays");
}

async fn bad_survey_changes_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "careful", 6));
    let db = &app.db;
    let before = ok(db, &["survey", "show", "--team", "careful"]);
    let add = |extra: &[&str]| {
        let mut args = vec!["question", "add", "--team", "careful", "--text", "Fine?"];
        args.extend_from_slice(extra);
        refused(db, &args)
    };
    assert!(
        add(&["--key", "x", "--dimension", "d", "--kind", "slider"])
            .contains("use likert5, three, enps, choice or comment")
    );
    assert!(
        add(&["--key", "trust_1", "--dimension", "trust", "--kind", "likert5"])
            .contains("'trust_1' is taken")
    );
    assert!(
        add(&["--key", "Bad Key", "--dimension", "d", "--kind", "likert5"]).contains("lower-case letters")
    );
    assert!(
        add(&["--key", "one", "--dimension", "d", "--kind", "choice", "--option", "Only"])
            .contains("2 to 12 options")
    );
    assert!(add(&["--key", "mix", "--dimension", "trust", "--kind", "three"]).contains("share one kind"));
    assert!(
        add(&["--key", "c2", "--dimension", "comment", "--kind", "comment"])
            .contains("comment question already")
    );
    assert!(refused(db, &["survey", "use", "--team", "careful", "--set", "nope"]).contains("no set 'nope'"));
    assert!(
        refused(db, &["question", "retire", "--team", "careful", "--key", "nope"])
            .contains("no question 'nope'")
    );
    assert_eq!(ok(db, &["survey", "show", "--team", "careful"]), before, "nothing changed");
}

async fn a_rotated_set_is_asked_every_other_pulse(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "turns", 6));
    let db = &app.db;
    assert!(
        refused(db, &["survey", "rotate", "--team", "turns", "--set", "squad-health"])
            .contains("add it first")
    );
    ok(db, &["survey", "use", "--team", "turns", "--set", "squad-health"]);
    assert!(
        ok(db, &["survey", "rotate", "--team", "turns", "--set", "squad-health"])
            .contains("every other pulse")
    );
    let mut asked = Vec::new();
    for period in ["2026-08", "2026-09", "2026-10"] {
        let id = ok(db, &["pulse", "open", "--team", "turns", "--period", period]).trim().to_string();
        let tokens = queued_tokens(&app, &format!("invite:{id}:"));
        let page = app.get(&format!("/p/{}", tokens[0].1)).await.text().await.unwrap();
        assert!(page.contains("I know what is expected of me"), "the default set is always asked");
        asked.push(page.contains("Getting our work released is simple and safe."));
        ok(db, &["pulse", "close", &id]);
    }
    assert_eq!(asked, vec![true, false, true], "asked, left out, asked");
    ok(db, &["survey", "rotate", "--team", "turns", "--none"]);
    let id = ok(db, &["pulse", "open", "--team", "turns", "--period", "2026-11"]).trim().to_string();
    let tokens = queued_tokens(&app, &format!("invite:{id}:"));
    let page = app.get(&format!("/p/{}", tokens[0].1)).await.text().await.unwrap();
    assert!(page.contains("Getting our work released"), "without rotation every set is asked");
}

async fn each_month_of_a_choice_is_counted_with_the_options_it_asked(backend: Backend) {
    let app = spawn_app(backend).await;
    app.with_conn(|c| seed_team(c, "opts", 6));
    let db = &app.db;
    let add = [
        "question",
        "add",
        "--team",
        "opts",
        "--key",
        "ort",
        "--dimension",
        "ort",
        "--kind",
        "choice",
        "--lang",
        "de",
        "--text",
        "Wo arbeitest du am besten?",
        "--option",
        "Zu Hause",
        "--option",
        "Im Büro",
        "--option",
        "Egal",
    ];
    ok(db, &add);
    let with_choice = |choice: i32| {
        move |_: usize| {
            let mut answers: Vec<(String, String)> =
                VALID_ANSWERS.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            answers.push(("ort".into(), choice.to_string()));
            answers
        }
    };
    round(&app, "opts", "2026-09", with_choice(3)).await;
    // New options, given in the question's own language (German).
    ok(db, &["question", "edit", "--team", "opts", "--key", "ort", "--option", "Ja", "--option", "Nein"]);
    assert!(ok(db, &["survey", "show", "--team", "opts"]).contains("[Ja / Nein]"));
    round(&app, "opts", "2026-10", with_choice(1)).await;

    let report = report_json(db, "opts");
    let month =
        |p: &str| report["periods"].as_array().unwrap().iter().find(|x| x["period"] == p).unwrap().clone();
    let shares = |p: &str| -> Vec<(String, i64)> {
        month(p)["choices"]["ort"]["options"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| (o["label"].as_str().unwrap().to_string(), o["count"].as_i64().unwrap()))
            .collect()
    };
    let pairs = |list: &[(&str, i64)]| list.iter().map(|(l, c)| (l.to_string(), *c)).collect::<Vec<_>>();
    assert_eq!(
        shares("2026-09"),
        pairs(&[("Zu Hause", 0), ("Im Büro", 0), ("Egal", 6)]),
        "September's options"
    );
    assert_eq!(shares("2026-10"), pairs(&[("Ja", 6), ("Nein", 0)]), "October's options");
    assert_eq!(month("2026-10")["choices"]["ort"]["wording_changed"], true);
}
