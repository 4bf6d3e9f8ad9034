//! From loaded data to the view model: group answers by round, apply the anonymity rules to
//! every group of the subtree, then compute the figures of the groups that may be shown.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::changes;
use super::data::{AnswerRow, SubtreeData, TeamNode};
use super::model::{ChoiceFigures, ChoiceOption, DIMENSIONS, DimensionFigures, PeriodReport};
use crate::domain::anonymity::{Group, visible_groups};
use crate::domain::survey::{self, Kind};
use crate::stats;

/// eNPS needs at least this many answers (and the round's threshold).
pub const ENPS_MIN: i64 = 10;

/// The questions of the loaded answers, by a small index: one slot per question key (a key
/// has a row in each survey that asks it), with each dimension's slots, its kind and order.
pub struct QuestionIndex {
    slot: HashMap<i64, usize>,
    width: usize,
    dimensions: HashMap<String, Vec<usize>>,
    kinds: HashMap<String, Kind>,
    order: Vec<String>,
    options: HashMap<(i64, String), Vec<survey::Texts>>,
    wordings: HashMap<i64, HashMap<String, Vec<(String, i32)>>>,
}

impl QuestionIndex {
    /// Indexes `questions` (ordered by key, so a dimension's items keep their order).
    pub fn new(questions: &[super::data::QuestionInfo]) -> Self {
        let mut keys: Vec<&str> = questions.iter().map(|q| q.key.as_str()).collect();
        keys.dedup();
        let key_slot: HashMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
        let mut dimensions: HashMap<String, Vec<usize>> = HashMap::new();
        let mut kinds = HashMap::new();
        let mut first_seen: HashMap<String, (i32, String)> = HashMap::new();
        let mut options = HashMap::new();
        let mut wordings: HashMap<i64, HashMap<String, Vec<(String, i32)>>> = HashMap::new();
        for q in questions {
            let slot = key_slot[q.key.as_str()];
            let slots = dimensions.entry(q.dimension.clone()).or_default();
            if !slots.contains(&slot) {
                slots.push(slot);
            }
            let kind = Kind::parse(&q.kind).unwrap_or(Kind::Likert5);
            kinds.insert(q.dimension.clone(), kind);
            if kind == Kind::Choice {
                options.insert(
                    (q.survey_id, q.dimension.clone()),
                    serde_json::from_str(&q.options).unwrap_or_default(),
                );
            }
            let here = (q.position, q.key.clone());
            first_seen
                .entry(q.dimension.clone())
                .and_modify(|s| *s = s.clone().min(here.clone()))
                .or_insert(here);
            wordings
                .entry(q.survey_id)
                .or_default()
                .entry(q.dimension.clone())
                .or_default()
                .push((q.key.clone(), q.version));
        }
        let order = display_order(&kinds, &first_seen);
        let slot = questions.iter().map(|q| (q.id, key_slot[q.key.as_str()])).collect();
        Self { slot, width: keys.len(), dimensions, kinds, order, options, wordings }
    }

    fn slots(&self, dimension: &str) -> &[usize] {
        self.dimensions.get(dimension).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The kind of a dimension's questions.
    pub fn kind(&self, dimension: &str) -> Option<Kind> {
        self.kinds.get(dimension).copied()
    }

    /// Dimensions with a mean (1–5 and 1–3 scales) and single-choice ones, in display order:
    /// the default set's first, then as their questions come in the surveys, "helped" last.
    pub fn reported(&self) -> &[String] {
        &self.order
    }

    /// The options of a choice dimension as `surveys` asked it: one list when they agree, else
    /// `None` (teams of one round asked different options).
    fn options(&self, surveys: &[i64], dimension: &str) -> Option<&[survey::Texts]> {
        let mut lists = surveys.iter().filter_map(|s| self.options.get(&(*s, dimension.to_string())));
        let first = lists.next()?;
        lists.all(|l| l == first).then_some(first.as_slice())
    }

    /// Which keys and wording versions `surveys` ask for `dimension`, sorted.
    fn wording(&self, surveys: &[i64], dimension: &str) -> Vec<(String, i32)> {
        let mut out: Vec<(String, i32)> = surveys
            .iter()
            .filter_map(|s| self.wordings.get(s).and_then(|d| d.get(dimension)))
            .flatten()
            .cloned()
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

fn display_order(kinds: &HashMap<String, Kind>, first_seen: &HashMap<String, (i32, String)>) -> Vec<String> {
    let mut order: Vec<&String> = kinds
        .iter()
        .filter(|(_, k)| matches!(k, Kind::Likert5 | Kind::Three | Kind::Choice))
        .map(|(d, _)| d)
        .collect();
    let rank = |d: &str| {
        let default = DIMENSIONS.iter().position(|x| *x == d).unwrap_or(DIMENSIONS.len());
        (d == survey::CHANGES_HELPED, default, first_seen.get(d).cloned())
    };
    order.sort_by_key(|d| rank(d));
    order.into_iter().cloned().collect()
}

/// One respondent's answers in one round, by question slot.
#[derive(Debug, Default, Clone)]
pub struct Respondent {
    values: Vec<Option<i32>>,
}

impl Respondent {
    /// This respondent's answers to a dimension's items, in key order.
    pub fn items<'a>(&'a self, index: &'a QuestionIndex, dimension: &str) -> impl Iterator<Item = i32> + 'a {
        index.slots(dimension).iter().filter_map(|s| self.values.get(*s).copied().flatten())
    }

    /// Mean of this respondent's answers to a dimension.
    pub fn score(&self, index: &QuestionIndex, dimension: &str) -> Option<f64> {
        let (sum, n) =
            self.items(index, dimension).fold((0.0, 0usize), |(s, n), v| (s + f64::from(v), n + 1));
        (n > 0).then(|| sum / n as f64)
    }
}

/// Who is where: for each team, itself and every team below it.
pub struct Tree {
    below: HashMap<i64, HashSet<i64>>,
    teams: Vec<TeamNode>,
}

impl Tree {
    /// Builds the closure of `teams` (a subtree).
    pub fn new(teams: &[TeamNode]) -> Self {
        let mut below: HashMap<i64, HashSet<i64>> =
            teams.iter().map(|t| (t.id, HashSet::from([t.id]))).collect();
        for t in teams {
            let mut up = t.parent_id;
            while let Some(p) = up {
                match below.get_mut(&p) {
                    Some(set) => set.insert(t.id),
                    None => break,
                };
                up = teams.iter().find(|x| x.id == p).and_then(|x| x.parent_id);
            }
        }
        Self { below, teams: teams.to_vec() }
    }
}

/// The respondents of each round of the subtree, by pulse id.
pub fn respondents_by_pulse<'a>(
    answers: &'a [AnswerRow],
    index: &QuestionIndex,
) -> HashMap<i64, BTreeMap<&'a str, Respondent>> {
    let mut out: HashMap<i64, BTreeMap<&str, Respondent>> = HashMap::new();
    let width = index.width;
    for a in answers {
        let Some(&slot) = index.slot.get(&a.question_id) else { continue };
        let r = out.entry(a.pulse_id).or_default().entry(a.response_id.as_str()).or_default();
        if r.values.is_empty() {
            r.values = vec![None; width];
        }
        r.values[slot] = Some(a.value);
    }
    out
}

/// Which groups of one round may be shown: overall, per dimension and for eNPS, and whose
/// comments may be shown.
struct Visibility {
    overall: HashSet<i64>,
    dimension: HashMap<String, HashSet<i64>>,
    comments: HashSet<i64>,
}

/// Runs the anonymity rule over every group of the subtree at once, with `count` respondents
/// and `threshold` for each team, so that no two shown groups subtract to a smaller one.
fn shown_groups(tree: &Tree, count: &dyn Fn(i64) -> i64, threshold: &dyn Fn(i64) -> i64) -> HashSet<i64> {
    let groups: Vec<Group> = tree
        .teams
        .iter()
        .map(|t| Group { id: t.id, parent: t.parent_id, n: count(t.id), min_group: threshold(t.id) })
        .collect();
    visible_groups(&groups)
}

fn visibility(index: &QuestionIndex, tree: &Tree, round: &Round<'_>) -> Visibility {
    let respondents = |team| round.respondents(tree, team);
    let overall = shown_groups(tree, &respondents, &|team| round.min_group(tree, team));
    let mut dimension = HashMap::new();
    for dim in index.reported().iter().map(String::as_str).chain([survey::ENPS]) {
        let floor = if dim == survey::ENPS { ENPS_MIN } else { 0 };
        let shown = shown_groups(tree, &|team| round.answered(tree, team, dim), &|team| {
            round.min_group(tree, team).max(floor)
        });
        dimension.insert(dim.to_string(), shown.intersection(&overall).copied().collect());
    }
    // Comments have their own threshold, and subtraction is closed for them with it: a parent's
    // comments minus a child's are the comments of the parent's other respondents.
    let comments = shown_groups(tree, &respondents, &|team| round.comment_min(tree, team))
        .intersection(&overall)
        .copied()
        .collect();
    Visibility { overall, dimension, comments }
}

/// Respondents per dimension in each round, by pulse id.
pub type DimensionCounts = HashMap<i64, HashMap<String, i64>>;

/// Counts, per pulse, the respondents who answered each dimension.
pub fn dimension_counts(
    respondents: &HashMap<i64, BTreeMap<&str, Respondent>>,
    index: &QuestionIndex,
) -> DimensionCounts {
    respondents
        .iter()
        .map(|(pulse, rs)| {
            let counts = index
                .dimensions
                .keys()
                .map(|dim| {
                    (dim.clone(), rs.values().filter(|r| r.items(index, dim).next().is_some()).count() as i64)
                })
                .collect();
            (*pulse, counts)
        })
        .collect()
}

/// The closed pulses of one period across the subtree, with their respondents.
pub struct Round<'a> {
    /// The period.
    pub period: String,
    by_team: HashMap<i64, &'a super::data::ClosedPulse>,
    respondents: &'a HashMap<i64, BTreeMap<&'a str, Respondent>>,
    dimension_counts: &'a DimensionCounts,
    responded: &'a HashMap<i64, i64>,
}

impl<'a> Round<'a> {
    /// The round's pulses of `group` and every team below it.
    fn pulses_of(&self, tree: &Tree, group: i64) -> impl Iterator<Item = &'a super::data::ClosedPulse> {
        tree.below.get(&group).into_iter().flatten().filter_map(|team| self.by_team.get(team).copied())
    }

    fn respondents(&self, tree: &Tree, group: i64) -> i64 {
        self.pulses_of(tree, group).map(|p| self.responded.get(&p.id).copied().unwrap_or(0)).sum()
    }

    fn answered(&self, tree: &Tree, group: i64, dimension: &str) -> i64 {
        self.pulses_of(tree, group)
            .filter_map(|p| self.dimension_counts.get(&p.id).and_then(|c| c.get(dimension)))
            .sum()
    }

    fn min_group(&self, tree: &Tree, group: i64) -> i64 {
        let root = tree.teams.iter().find(|t| t.id == group).map(|t| i64::from(t.min_group)).unwrap_or(5);
        self.pulses_of(tree, group).map(|p| i64::from(p.min_group)).max().unwrap_or(root)
    }

    fn invited(&self, tree: &Tree, group: i64) -> Option<i64> {
        let pulses: Vec<_> = self.pulses_of(tree, group).collect();
        if pulses.iter().any(|p| p.imported) {
            return None;
        }
        Some(pulses.iter().map(|p| i64::from(p.invited.unwrap_or(0))).sum())
    }

    /// Every respondent of the group in this round.
    pub fn members(&self, tree: &Tree, group: i64) -> Vec<&'a Respondent> {
        self.pulses_of(tree, group)
            .filter_map(|p| self.respondents.get(&p.id))
            .flat_map(|rs| rs.values())
            .collect()
    }

    /// The surveys the group's pulses of this round asked.
    fn surveys_of(&self, tree: &Tree, group: i64) -> Vec<i64> {
        self.pulses_of(tree, group).map(|p| p.survey_id).collect()
    }

    /// The pulse ids of the group in this round.
    pub fn pulse_ids(&self, tree: &Tree, group: i64) -> Vec<i64> {
        self.pulses_of(tree, group).map(|p| p.id).collect()
    }

    /// The comment threshold of the group in this round.
    pub fn comment_min(&self, tree: &Tree, group: i64) -> i64 {
        self.pulses_of(tree, group).map(|p| i64::from(p.comment_min)).max().unwrap_or(5)
    }
}

/// Everything computed for the root team, per period, before the report is put together.
pub struct Computed<'a> {
    /// Rounds in period order.
    pub rounds: Vec<Round<'a>>,
    /// The report's periods, in the same order.
    pub periods: Vec<PeriodReport>,
    /// Whether the root's comments of each round may be shown, in the same order.
    pub comments_shown: Vec<bool>,
    /// The closure of the subtree.
    pub tree: Tree,
    /// Which question belongs to which dimension.
    pub index: &'a QuestionIndex,
}

/// Groups the data into rounds and computes every shown figure of `root`.
pub fn compute<'a>(
    data: &'a SubtreeData,
    respondents: &'a HashMap<i64, BTreeMap<&'a str, Respondent>>,
    dimension_counts: &'a DimensionCounts,
    index: &'a QuestionIndex,
    root: i64,
) -> Computed<'a> {
    let tree = Tree::new(&data.teams);
    let periods: BTreeSet<&str> = data.pulses.iter().map(|p| p.period.as_str()).collect();
    let rounds: Vec<Round> = periods
        .into_iter()
        .map(|period| Round {
            period: period.to_string(),
            by_team: data.pulses.iter().filter(|p| p.period == period).map(|p| (p.team_id, p)).collect(),
            respondents,
            dimension_counts,
            responded: &data.responded,
        })
        .collect();
    let mut reports = Vec::new();
    let mut scores = Vec::new();
    let mut comments_shown = Vec::new();
    for round in &rounds {
        let seen = visibility(index, &tree, round);
        let (report, dims) = period_report(index, &tree, round, &seen, root);
        reports.push(report);
        scores.push(dims);
        comments_shown.push(seen.comments.contains(&root));
    }
    mark_wording_changes(index, &tree, &rounds, &mut reports, root);
    changes::add_changes(&mut reports, &scores);
    Computed { rounds, periods: reports, comments_shown, tree, index }
}

/// Marks each shown dimension whose keys or wording versions differ from those of the last
/// month it was shown before: the trend starts again there and no change is computed across.
fn mark_wording_changes(
    index: &QuestionIndex,
    tree: &Tree,
    rounds: &[Round<'_>],
    reports: &mut [PeriodReport],
    root: i64,
) {
    let mut last: HashMap<String, Vec<(String, i32)>> = HashMap::new();
    for (round, report) in rounds.iter().zip(reports.iter_mut()) {
        let surveys = round.surveys_of(tree, root);
        for (dim, figures) in &mut report.dimensions {
            let wording = index.wording(&surveys, dim);
            figures.wording_changed = last.get(dim).is_some_and(|w| *w != wording);
            last.insert(dim.clone(), wording);
        }
        for (dim, figures) in &mut report.choices {
            let wording = index.wording(&surveys, dim);
            figures.wording_changed = last.get(dim).is_some_and(|w| *w != wording);
            last.insert(dim.clone(), wording);
        }
    }
}

fn period_report(
    index: &QuestionIndex,
    tree: &Tree,
    round: &Round<'_>,
    seen: &Visibility,
    root: i64,
) -> (PeriodReport, BTreeMap<String, Vec<f64>>) {
    let shown = seen.overall.contains(&root);
    let mut report = PeriodReport {
        period: round.period.clone(),
        invited: round.invited(tree, root),
        responded: shown.then(|| round.respondents(tree, root)),
        suppressed: !shown,
        min_group: round.min_group(tree, root),
        dimensions: BTreeMap::new(),
        choices: BTreeMap::new(),
        enps: None,
        enps_se: None,
    };
    let mut scores = BTreeMap::new();
    if !shown {
        return (report, scores);
    }
    let members = round.members(tree, root);
    for dim in index.reported() {
        if !seen.dimension.get(dim).is_some_and(|s| s.contains(&root)) {
            continue;
        }
        let kind = index.kind(dim).unwrap_or(Kind::Likert5);
        if kind == Kind::Choice {
            let options = index.options(&round.surveys_of(tree, root), dim);
            if let Some(figures) = options.and_then(|o| choice_figures(index, &members, dim, o)) {
                report.choices.insert(dim.clone(), figures);
            }
            continue;
        }
        let values: Vec<f64> = members.iter().filter_map(|r| r.score(index, dim)).collect();
        if let Some(figures) = dimension_figures(index, &members, dim, kind, &values) {
            report.dimensions.insert(dim.clone(), figures);
            scores.insert(dim.clone(), values);
        }
    }
    if seen.dimension.get(survey::ENPS).is_some_and(|s| s.contains(&root)) {
        let values: Vec<f64> = members.iter().filter_map(|r| r.score(index, survey::ENPS)).collect();
        if let Some(e) = stats::enps(&values) {
            report.enps = Some(e.score);
            report.enps_se = Some(e.se);
        }
    }
    (report, scores)
}

fn dimension_figures(
    index: &QuestionIndex,
    members: &[&Respondent],
    dim: &str,
    kind: Kind,
    scores: &[f64],
) -> Option<DimensionFigures> {
    let described = stats::describe(scores);
    let (scale, points) = match kind {
        Kind::Three => (stats::AnswerScale::ThreePoint, 3),
        _ => (stats::AnswerScale::FivePoint, 5),
    };
    let favorable = stats::favorable_on(scores, scale)?;
    let mut distribution = vec![0i64; points];
    for value in members.iter().flat_map(|r| r.items(index, dim)) {
        if let Some(slot) = usize::try_from(value - 1).ok().and_then(|i| distribution.get_mut(i)) {
            *slot += 1;
        }
    }
    Some(DimensionFigures {
        n: scores.len() as i64,
        mean: described.mean?,
        sd: described.sd,
        ci95: described.ci95,
        favorable: favorable.share,
        favorable_ci95: favorable.wilson95,
        kind,
        distribution,
        wording_changed: false,
        change: None,
    })
}

/// How many respondents chose each option of a single-choice dimension, with shares and
/// Wilson intervals, labelled with the options the round asked; no mean (the options are not
/// a scale). A group whose teams asked different options gets none: they are not one question.
fn choice_figures(
    index: &QuestionIndex,
    members: &[&Respondent],
    dim: &str,
    options: &[survey::Texts],
) -> Option<ChoiceFigures> {
    let values: Vec<f64> = members.iter().flat_map(|r| r.items(index, dim)).map(f64::from).collect();
    if values.is_empty() {
        return None;
    }
    let shares = stats::choice_shares(&values, options.len()).ok()?;
    let label = |i: usize| options.get(i).and_then(|o| o.get("en").or_else(|| o.values().next())).cloned();
    Some(ChoiceFigures {
        n: i64::try_from(values.len()).unwrap_or(i64::MAX),
        options: shares
            .iter()
            .map(|s| ChoiceOption {
                option: s.option,
                label: label(s.option - 1).unwrap_or_else(|| s.option.to_string()),
                count: i64::try_from(s.count).unwrap_or(i64::MAX),
                share: s.share.unwrap_or(0.0),
                ci95: s.wilson95.unwrap_or((0.0, 0.0)),
            })
            .collect(),
        wording_changed: false,
    })
}
