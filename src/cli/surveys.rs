//! `candor survey show|use|drop|sets` and `candor question add|edit|retire`: a team's survey
//! from the command line (the same changes as `/admin/teams/{slug}/survey`).

use chrono::{NaiveDateTime, Utc};
use clap::{Args, Subcommand};

use super::open;
use crate::config::Settings;
use crate::db::{self, DbConnection};
use crate::domain::audit;
use crate::domain::library;
use crate::domain::survey::{self, Kind, Question, Texts};
use crate::domain::team_survey::{self, NewQuestion, NewWording, SurveyChange};
use crate::domain::teams::{self, Team};
use crate::error::AppError;
use crate::i18n::Lang;

/// `candor survey …`
#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// The questions a team's next pulse asks, with key, dimension, kind and wording version.
    #[command(after_help = "Example:\n  candor survey show --team platform")]
    Show {
        /// The team's slug.
        #[arg(long)]
        team: String,
    },
    /// Add a library set's questions to a team's survey.
    #[command(after_help = "Example:\n  candor survey use --team platform --set squad-health")]
    Use {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The set: default, squad-health, decision-rights or psychological-safety.
        #[arg(long)]
        set: String,
    },
    /// Stop asking a library set's questions (their history stays in the reports).
    Drop {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The set's key.
        #[arg(long)]
        set: String,
    },
    /// Ask one of the survey's sets every other pulse only (or, with --none, at every pulse).
    #[command(after_help = "Example:\n  candor survey rotate --team platform --set squad-health")]
    Rotate {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The set asked every other pulse.
        #[arg(long, required_unless_present = "none", conflicts_with = "none")]
        set: Option<String>,
        /// Ask every set at every pulse again.
        #[arg(long)]
        none: bool,
    },
    /// The library's sets and their questions.
    Sets,
}

/// Texts in each language, `--text-de …`; for options `--option-de …` once per option.
#[derive(Debug, Args)]
pub struct LanguageTexts {
    /// The text in English (when the question's own language is another).
    #[arg(long)]
    text_en: Option<String>,
    /// The text in German.
    #[arg(long)]
    text_de: Option<String>,
    /// The text in French.
    #[arg(long)]
    text_fr: Option<String>,
    /// The text in Spanish.
    #[arg(long)]
    text_es: Option<String>,
    /// The text in Arabic.
    #[arg(long)]
    text_ar: Option<String>,
    /// A choice question's option in the question's language; repeat, in order.
    #[arg(long = "option")]
    options: Vec<String>,
    /// The options in German, in the same order.
    #[arg(long = "option-de")]
    options_de: Vec<String>,
    /// The options in French.
    #[arg(long = "option-fr")]
    options_fr: Vec<String>,
    /// The options in Spanish.
    #[arg(long = "option-es")]
    options_es: Vec<String>,
    /// The options in Arabic.
    #[arg(long = "option-ar")]
    options_ar: Vec<String>,
}

impl LanguageTexts {
    fn translations(&self) -> Texts {
        [
            ("en", &self.text_en),
            ("de", &self.text_de),
            ("fr", &self.text_fr),
            ("es", &self.text_es),
            ("ar", &self.text_ar),
        ]
        .into_iter()
        .filter_map(|(lang, text)| text.as_ref().map(|t| (lang.to_string(), t.clone())))
        .collect()
    }

    fn options(&self, own: Lang) -> Result<Vec<Texts>, AppError> {
        let others = [
            ("de", &self.options_de),
            ("fr", &self.options_fr),
            ("es", &self.options_es),
            ("ar", &self.options_ar),
        ];
        let mut options: Vec<Texts> =
            self.options.iter().map(|o| Texts::from([(own.code().to_string(), o.clone())])).collect();
        for (lang, labels) in others {
            if labels.is_empty() {
                continue;
            }
            if labels.len() != options.len() {
                return Err(AppError::invalid(
                    format!("--option-{lang}"),
                    format!("give one for each --option ({} of them)", options.len()),
                ));
            }
            for (option, label) in options.iter_mut().zip(labels) {
                option.insert(lang.to_string(), label.clone());
            }
        }
        Ok(options)
    }
}

/// `candor question …`
#[derive(Debug, Subcommand)]
pub enum QuestionCommand {
    /// Add a question of the team's own to its survey.
    #[command(
        after_help = "Examples:\n  candor question add --team platform --key oncall --dimension workload --kind likert5 \\\n    --text \"Being on call last month was bearable.\" --text-de \"Die Rufbereitschaft war erträglich.\"\n  candor question add --team platform --key office_days --dimension office --kind choice \\\n    --text \"Where do you work best?\" --option \"At home\" --option \"In the office\" --option \"Either\""
    )]
    Add {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// Stable key (lower-case letters, digits and _).
        #[arg(long)]
        key: String,
        /// The dimension it scores: an existing one (trust, workload, …) or a new one.
        #[arg(long)]
        dimension: String,
        /// likert5 (1–5), three (red/amber/green), enps (0–10), choice or comment.
        #[arg(long)]
        kind: String,
        /// The text, in --lang.
        #[arg(long)]
        text: String,
        /// The language of --text (en, de, fr, es or ar).
        #[arg(long, default_value = "en")]
        lang: String,
        /// May be left unanswered.
        #[arg(long)]
        optional: bool,
        /// Texts in other languages and options.
        #[command(flatten)]
        texts: LanguageTexts,
    },
    /// Change a question's wording: a new version (the trend marks the month it changed).
    #[command(
        after_help = "Example:\n  candor question edit --team platform --key oncall --text \"Being on call was bearable.\""
    )]
    Edit {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The question's key.
        #[arg(long)]
        key: String,
        /// The new text in the question's own language.
        #[arg(long)]
        text: Option<String>,
        /// Texts in other languages and options (all options anew).
        #[command(flatten)]
        texts: LanguageTexts,
    },
    /// Stop asking a question; its answers stay in the reports' history.
    Retire {
        /// The team's slug.
        #[arg(long)]
        team: String,
        /// The question's key.
        #[arg(long)]
        key: String,
    },
}

/// Runs a survey command.
pub fn run_survey(settings: &Settings, command: SurveyCommand) -> Result<(), AppError> {
    let (team, change) = match command {
        SurveyCommand::Show { team } => return show(settings, &team),
        SurveyCommand::Sets => {
            print_sets();
            return Ok(());
        }
        SurveyCommand::Rotate { team, set, .. } => return rotate(settings, &team, set.as_deref()),
        SurveyCommand::Use { team, set } => (team, SurveyChange::UseSet(set)),
        SurveyCommand::Drop { team, set } => (team, SurveyChange::DropSet(set)),
    };
    change_survey(settings, &team, &change)
}

/// Runs a question command.
pub fn run_question(settings: &Settings, command: QuestionCommand) -> Result<(), AppError> {
    let (team, change) = match command {
        QuestionCommand::Add { team, key, dimension, kind, text, lang, optional, texts } => {
            let text_lang = Lang::parse(&lang)
                .ok_or_else(|| AppError::invalid("--lang", format!("'{lang}': use en, de, fr, es or ar")))?;
            let kind = Kind::parse(&kind).ok_or_else(|| {
                AppError::invalid("--kind", format!("'{kind}': use likert5, three, enps, choice or comment"))
            })?;
            let new = NewQuestion {
                key,
                dimension,
                kind,
                text,
                text_lang,
                translations: texts.translations(),
                options: texts.options(text_lang)?,
                required: !optional,
            };
            (team, SurveyChange::Add(new))
        }
        QuestionCommand::Edit { team, key, text, texts } => {
            return for_team(settings, &team, |c, t, actor, now| {
                // Options are given in the question's own language, whichever that is.
                let asked = team_survey::current_questions(c, t.id.0)?;
                let own = asked.iter().find(|q| q.key == key).map_or(Lang::En, |q| q.text_lang);
                let options = if texts.options.is_empty() { None } else { Some(texts.options(own)?) };
                let wording = NewWording { text, translations: texts.translations(), options };
                team_survey::apply(c, t, &SurveyChange::Edit(key, wording), actor, now)
            });
        }
        QuestionCommand::Retire { team, key } => (team, SurveyChange::Retire(key)),
    };
    change_survey(settings, &team, &change)
}

/// Runs `job` on the team `slug` in one write transaction as the CLI's actor, and prints
/// the line it returns (also audited by the job).
fn for_team(
    settings: &Settings,
    slug: &str,
    job: impl FnOnce(&mut DbConnection, &Team, &str, NaiveDateTime) -> Result<String, AppError>,
) -> Result<(), AppError> {
    let pool = open(settings)?;
    let said = db::write(&mut *pool.get()?, |c| {
        let team = teams::find_team(c, slug)?;
        job(c, &team, &audit::cli_actor(), Utc::now().naive_utc())
    })?;
    println!("{slug}: {said}");
    Ok(())
}

fn change_survey(settings: &Settings, slug: &str, change: &SurveyChange) -> Result<(), AppError> {
    for_team(settings, slug, |c, team, actor, now| team_survey::apply(c, team, change, actor, now))
}

fn rotate(settings: &Settings, slug: &str, set: Option<&str>) -> Result<(), AppError> {
    for_team(settings, slug, |c, team, actor, now| team_survey::set_rotation(c, team, set, actor, now))
}

fn show(settings: &Settings, slug: &str) -> Result<(), AppError> {
    let pool = open(settings)?;
    let mut conn = pool.get()?;
    let team = teams::find_team(&mut conn, slug)?;
    let questions = team_survey::current_questions(&mut conn, team.id.0)?;
    println!(
        "{} asks {} questions (about {} min):",
        team.name,
        questions.len(),
        survey::minutes_to_answer(&questions)
    );
    for q in &questions {
        println!("{}", describe(q));
    }
    Ok(())
}

/// One line of `candor survey show`.
fn describe(q: &Question) -> String {
    let from = q.set_key.as_deref().map_or_else(|| "own".to_string(), |s| format!("set {s}"));
    let optional = if q.required { "" } else { ", optional" };
    let options = if q.options.is_empty() {
        String::new()
    } else {
        let labels: Vec<String> = (1..=q.options.len())
            .filter_map(|v| survey::option_wording(q, v as i32, q.text_lang))
            .map(|w| w.text)
            .collect();
        format!(" [{}]", labels.join(" / "))
    };
    format!(
        "  {:>2}. {} ({}, {}, v{}, {from}{optional}): {}{options}",
        q.position,
        q.key,
        q.dimension,
        q.kind.as_str(),
        q.version,
        q.text
    )
}

fn print_sets() {
    for set in &library::SETS {
        println!("{} — {}: {}", set.key, set.name, set.about);
        for q in set.questions {
            println!("    {} ({}, {}): {}", q.key, q.dimension, q.kind.as_str(), q.text);
        }
    }
}
