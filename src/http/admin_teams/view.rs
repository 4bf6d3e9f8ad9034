//! What the two team pages show, as ready-to-print values: the tree of teams with their
//! counts, and one team's settings form.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use serde::Serialize;

use super::form::{NewTyped, SettingsTyped, field_of, in_form_words};
use crate::domain::TeamId;
use crate::domain::cadence::Cadence;
use crate::domain::team_tree::{self, Parents, ThresholdGap};
use crate::domain::teams::Team;
use crate::error::AppError;
use crate::http::page_lang;
use crate::i18n::{self, Lang};

/// Indentation stops at this depth (the stylesheet has a class for each).
const MAX_DEPTH: usize = 6;

/// Everything the list reads, in one database job.
pub(super) struct Overview {
    /// Every team, by name.
    pub teams: Vec<Team>,
    /// Active members and people answering, by slug.
    pub counts: HashMap<String, (i64, i64)>,
    /// Each team's parent.
    pub parents: Parents,
}

/// A refused form's message and the field it is about.
#[derive(Debug, Default, Serialize)]
pub(super) struct Refusal {
    message: Option<String>,
    field: &'static str,
}

impl Refusal {
    /// The refusal of `error`.
    pub fn of(error: &AppError) -> Self {
        Refusal { message: Some(in_form_words(error)), field: field_of(error) }
    }
}

/// `/admin/teams`.
#[derive(Debug, Serialize)]
pub(super) struct ListPage {
    active: Vec<Row>,
    archived: Vec<Row>,
    parents: Vec<Choice>,
    typed: NewTyped,
    error: Refusal,
}

/// One team in the list.
#[derive(Debug, Serialize)]
struct Row {
    slug: String,
    name: String,
    depth: usize,
    parent: Option<String>,
    members: i64,
    answering: i64,
    /// People answering for its group (it and the teams below).
    group: i64,
    min_group: i32,
    cadence: String,
    launched: Option<String>,
    below_threshold: bool,
    archived: Option<String>,
}

/// One option of a parent `<select>`.
#[derive(Debug, Serialize)]
pub(super) struct Choice {
    slug: String,
    label: String,
    selected: bool,
}

fn long_date(lang: Lang, at: NaiveDateTime) -> String {
    i18n::format_date(lang, "format-date-full", at.date())
}

/// A stored cadence in a few words for the list ("monthly", "every 6 weeks").
fn cadence_short(lang: Lang, stored: &str) -> String {
    match Cadence::parse(stored) {
        Ok(Cadence::Monthly) => i18n::t(lang, "ap-cadence-monthly", &[]),
        Ok(Cadence::Quarterly) => i18n::t(lang, "ap-cadence-quarterly", &[]),
        Ok(Cadence::EveryWeeks(n)) => i18n::t(lang, "ap-cadence-weeks", &[("weeks", n.into())]),
        Ok(Cadence::Manual) => i18n::t(lang, "ap-cadence-manual", &[]),
        Err(_) => stored.to_string(),
    }
}

/// A cadence in full words for the settings' select.
fn cadence_long(lang: Lang, cadence: Cadence) -> String {
    match cadence {
        Cadence::Monthly => i18n::t(lang, "ap-cadence-monthly-long", &[]),
        Cadence::Quarterly => i18n::t(lang, "ap-cadence-quarterly-long", &[]),
        Cadence::EveryWeeks(n) => i18n::t(lang, "ap-cadence-weeks-long", &[("weeks", n.into())]),
        Cadence::Manual => i18n::t(lang, "ap-cadence-manual-long", &[]),
    }
}

/// "Product / Design": the team's name after the names above it.
fn path_label(by_id: &HashMap<TeamId, &Team>, team: &Team) -> String {
    let mut names = vec![team.name.as_str()];
    let mut up = team.parent_id;
    while let Some(parent) = up.and_then(|id| by_id.get(&id)) {
        if names.len() > MAX_DEPTH * 2 {
            break;
        }
        names.push(parent.name.as_str());
        up = parent.parent_id;
    }
    names.reverse();
    names.join(" / ")
}

/// The parent options: `teams` in tree order, labelled with their path, `chosen` selected.
fn choices(all: &[Team], parents: &Parents, keep: impl Fn(&Team) -> bool, chosen: &str) -> Vec<Choice> {
    let lang = page_lang::current();
    let by_id: HashMap<TeamId, &Team> = all.iter().map(|t| (t.id, t)).collect();
    let order: Vec<TeamId> = all.iter().filter(|t| keep(t)).map(|t| t.id).collect();
    team_tree::display_order(parents, &order)
        .into_iter()
        .filter_map(|(id, _)| by_id.get(&id))
        .map(|t| Choice {
            slug: t.slug.clone(),
            label: match t.archived_at {
                Some(_) => i18n::t(lang, "ap-team-archived-mark", &[("path", path_label(&by_id, t).into())]),
                None => path_label(&by_id, t),
            },
            selected: t.slug == chosen,
        })
        .collect()
}

impl ListPage {
    /// The list with the create form as typed, refused by `error` if any.
    pub fn new(overview: &Overview, typed: NewTyped, error: Refusal) -> Self {
        let (archived, active): (Vec<&Team>, Vec<&Team>) =
            overview.teams.iter().partition(|t| t.archived_at.is_some());
        ListPage {
            active: rows(overview, &active),
            archived: rows(overview, &archived),
            parents: choices(&overview.teams, &overview.parents, |t| t.archived_at.is_none(), &typed.parent),
            typed,
            error,
        }
    }
}

fn rows(overview: &Overview, teams: &[&Team]) -> Vec<Row> {
    let lang = page_lang::current();
    let by_id: HashMap<TeamId, &Team> = overview.teams.iter().map(|t| (t.id, t)).collect();
    let answering: HashMap<TeamId, i64> =
        overview.teams.iter().map(|t| (t.id, overview.counts.get(&t.slug).map_or(0, |c| c.1))).collect();
    let order: Vec<TeamId> = teams.iter().map(|t| t.id).collect();
    team_tree::display_order(&overview.parents, &order)
        .into_iter()
        .filter_map(|(id, depth)| by_id.get(&id).map(|t| (*t, depth)))
        .map(|(t, depth)| {
            let (members, own) = overview.counts.get(&t.slug).copied().unwrap_or((0, 0));
            let group = team_tree::group_size(&overview.parents, &answering, t.id);
            Row {
                slug: t.slug.clone(),
                name: t.name.clone(),
                depth: depth.min(MAX_DEPTH),
                parent: t.parent_id.and_then(|p| by_id.get(&p)).map(|p| p.name.clone()),
                members,
                answering: own,
                group,
                min_group: t.min_group,
                cadence: cadence_short(lang, &t.cadence),
                launched: t.launched_at.map(|at| long_date(lang, at)),
                below_threshold: group < i64::from(t.min_group),
                archived: t.archived_at.map(|at| long_date(lang, at)),
            }
        })
        .collect()
}

/// Every cadence, as the settings form offers them, in `lang`.
fn cadence_choices(lang: Lang) -> Vec<(String, String)> {
    use crate::domain::cadence::WEEKS;
    let mut all = vec![Cadence::Monthly, Cadence::Quarterly];
    all.extend(WEEKS.map(Cadence::EveryWeeks));
    all.push(Cadence::Manual);
    all.into_iter().map(|c| (c.as_stored(), cadence_long(lang, c))).collect()
}

/// Everything the settings page reads, in one database job.
pub(super) struct Loaded {
    /// The team.
    pub team: Team,
    /// Every team, by name.
    pub all: Vec<Team>,
    /// Each team's parent.
    pub parents: Parents,
    /// The teams the viewer leads (all for an admin).
    pub led: HashSet<TeamId>,
    /// The threshold gap, if the team's group is too small.
    pub warning: Option<ThresholdGap>,
}

impl Loaded {
    /// The slug of the team's parent.
    pub fn parent_slug(&self) -> Option<&str> {
        let parent = self.team.parent_id?;
        self.all.iter().find(|t| t.id == parent).map(|t| t.slug.as_str())
    }
}

/// `/admin/teams/{slug}`.
#[derive(Debug, Serialize)]
pub(super) struct SettingsPage {
    name: String,
    slug: String,
    is_admin: bool,
    typed: SettingsTyped,
    parents: Vec<Choice>,
    /// Whether "no parent" is a choice (admins, or the team is at the top already).
    top_level: bool,
    timezones: Vec<&'static str>,
    /// (stored value, words) of every cadence the select offers.
    cadences: Vec<(String, String)>,
    min_group: i32,
    comment_min: i32,
    launched: Option<String>,
    archived: Option<String>,
    warning: Option<String>,
    error: Refusal,
    saved: bool,
}

impl SettingsPage {
    /// The page for `loaded` with the form as typed.
    pub fn new(loaded: &Loaded, is_admin: bool, typed: SettingsTyped, error: Refusal, saved: bool) -> Self {
        let team = &loaded.team;
        let below = team_tree::subtree(&loaded.parents, team.id);
        let current = team.parent_id;
        let keep = |t: &Team| {
            !below.contains(&t.id) && (is_admin || loaded.led.contains(&t.id) || Some(t.id) == current)
        };
        let chosen = typed.parent.clone().unwrap_or_default();
        let lang = page_lang::current();
        SettingsPage {
            name: team.name.clone(),
            slug: team.slug.clone(),
            is_admin,
            parents: choices(&loaded.all, &loaded.parents, keep, &chosen),
            top_level: is_admin || current.is_none(),
            typed,
            timezones: chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect(),
            cadences: cadence_choices(lang),
            min_group: team.min_group,
            comment_min: team.comment_min,
            launched: team.launched_at.map(|at| long_date(lang, at)),
            archived: team.archived_at.map(|at| long_date(lang, at)),
            warning: loaded.warning.as_ref().map(|gap| gap.sentence_in(lang)),
            error,
            saved,
        }
    }
}
