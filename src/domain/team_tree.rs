//! The team tree in numbers: which teams sit below a team, whether a move would put a team
//! under itself, how many people answer for a team's group (the team and every team below it,
//! as the report counts a group: `src/report/build.rs`), and the warning for a group that can
//! never reach its threshold. Pure: no database.

use std::collections::{HashMap, HashSet};

use super::ids::TeamId;
use crate::i18n::{self, Lang};

/// Each team's parent, by team id.
pub type Parents = HashMap<TeamId, Option<TeamId>>;

/// Whether `ancestor` is `team` or one of the teams above it (a circle stops the walk).
fn is_at_or_above(parents: &Parents, ancestor: TeamId, team: TeamId) -> bool {
    let mut seen = HashSet::new();
    let mut at = Some(team);
    while let Some(t) = at {
        if t == ancestor {
            return true;
        }
        if !seen.insert(t) {
            return false;
        }
        at = parents.get(&t).copied().flatten();
    }
    false
}

/// `root` and every team below it.
pub fn subtree(parents: &Parents, root: TeamId) -> HashSet<TeamId> {
    let mut below: HashSet<TeamId> =
        parents.keys().copied().filter(|t| is_at_or_above(parents, root, *t)).collect();
    below.insert(root);
    below
}

/// Whether putting `team` under `new_parent` would make a circle: the new parent is the team
/// itself or one of the teams below it.
pub fn would_cycle(parents: &Parents, team: TeamId, new_parent: TeamId) -> bool {
    is_at_or_above(parents, team, new_parent)
}

/// The people who answer for `root`'s group: those whose home is `root` or a team below it.
pub fn group_size(parents: &Parents, answering: &HashMap<TeamId, i64>, root: TeamId) -> i64 {
    subtree(parents, root).iter().map(|t| answering.get(t).copied().unwrap_or(0)).sum()
}

/// Teams in tree order for a list: each root, then the teams below it, depth first, with their
/// depth (0 for a root). `order` gives the teams in the order siblings are listed; a team
/// whose parent is not in `order` is a root of the list.
pub fn display_order(parents: &Parents, order: &[TeamId]) -> Vec<(TeamId, usize)> {
    let listed: HashSet<TeamId> = order.iter().copied().collect();
    let parent_in_list = |t: &TeamId| parents.get(t).copied().flatten().filter(|p| listed.contains(p));
    let mut out = Vec::with_capacity(order.len());
    let mut placed = HashSet::new();
    let mut stack: Vec<(TeamId, usize)> =
        order.iter().rev().filter(|t| parent_in_list(t).is_none()).map(|t| (*t, 0)).collect();
    while let Some((team, depth)) = stack.pop() {
        if !placed.insert(team) {
            continue;
        }
        out.push((team, depth));
        let children = order.iter().rev().filter(|c| parent_in_list(c) == Some(team));
        stack.extend(children.map(|c| (*c, depth + 1)));
    }
    // Teams in a circle (which the rules never let happen) are still listed.
    out.extend(order.iter().filter(|t| !placed.contains(t)).map(|t| (*t, 0)));
    out
}

/// A team whose group has fewer people than its threshold: its results can never be shown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ThresholdGap {
    /// The team's display name.
    pub team: String,
    /// People who answer for its group.
    pub answering: i64,
    /// Its threshold.
    pub min_group: i32,
    /// Whether teams below it are part of its group.
    pub with_teams_below: bool,
    /// The parent's display name, whose results its answers still count in.
    pub parent: Option<String>,
}

impl ThresholdGap {
    /// The gap of a team with `answering` people in its group and threshold `min_group`, if
    /// there is one.
    pub fn of(
        team: &str,
        answering: i64,
        min_group: i32,
        with_teams_below: bool,
        parent: Option<&str>,
    ) -> Option<ThresholdGap> {
        (answering < i64::from(min_group)).then(|| ThresholdGap {
            team: team.to_string(),
            answering,
            min_group,
            with_teams_below,
            parent: parent.map(str::to_string),
        })
    }

    /// The warning in plain English (the command line).
    pub fn sentence(&self) -> String {
        self.sentence_in(Lang::En)
    }

    /// The warning in `lang`'s words.
    pub fn sentence_in(&self, lang: Lang) -> String {
        let below = if self.with_teams_below { "yes" } else { "no" };
        let who = i18n::t(
            lang,
            "threshold-gap-who",
            &[
                ("count", self.answering.into()),
                ("team", self.team.as_str().into()),
                ("below", below.into()),
                ("min", self.min_group.into()),
            ],
        );
        match &self.parent {
            Some(parent) => i18n::t(
                lang,
                "threshold-gap-under-parent",
                &[("who", who.into()), ("parent", parent.as_str().into())],
            ),
            None => i18n::t(lang, "threshold-gap-root", &[("who", who.into())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 1 root; 2 and 3 below it; 4 below 2; 9 a root of its own.
    fn tree() -> Parents {
        [(1, None), (2, Some(1)), (3, Some(1)), (4, Some(2)), (9, None)]
            .into_iter()
            .map(|(t, p)| (TeamId(t), p.map(TeamId)))
            .collect()
    }

    fn ids(set: HashSet<TeamId>) -> Vec<i64> {
        let mut out: Vec<i64> = set.into_iter().map(|t| t.0).collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn a_subtree_is_the_team_and_everything_below_it() {
        assert_eq!(ids(subtree(&tree(), TeamId(1))), [1, 2, 3, 4]);
        assert_eq!(ids(subtree(&tree(), TeamId(2))), [2, 4]);
        assert_eq!(ids(subtree(&tree(), TeamId(4))), [4]);
    }

    #[test]
    fn a_team_cannot_go_under_itself_or_a_team_below_it() {
        let t = tree();
        assert!(would_cycle(&t, TeamId(2), TeamId(2)), "under itself");
        assert!(would_cycle(&t, TeamId(1), TeamId(4)), "under a grandchild");
        assert!(!would_cycle(&t, TeamId(4), TeamId(3)), "under a cousin");
        assert!(!would_cycle(&t, TeamId(2), TeamId(9)), "under another root");
        assert!(!would_cycle(&t, TeamId(4), TeamId(1)), "under a grandparent");
    }

    #[test]
    fn a_circle_in_the_data_does_not_loop() {
        let circle: Parents = [(TeamId(1), Some(TeamId(2))), (TeamId(2), Some(TeamId(1)))].into();
        assert!(would_cycle(&circle, TeamId(1), TeamId(2)));
        assert!(!would_cycle(&circle, TeamId(3), TeamId(1)));
        assert_eq!(display_order(&circle, &[TeamId(1), TeamId(2)]).len(), 2);
    }

    #[test]
    fn a_group_counts_the_people_of_the_teams_below() {
        let answering: HashMap<TeamId, i64> = [(TeamId(2), 3), (TeamId(4), 2), (TeamId(9), 7)].into();
        assert_eq!(group_size(&tree(), &answering, TeamId(1)), 5);
        assert_eq!(group_size(&tree(), &answering, TeamId(2)), 5);
        assert_eq!(group_size(&tree(), &answering, TeamId(3)), 0);
    }

    #[test]
    fn the_list_shows_children_under_their_parent() {
        let order = [9, 4, 3, 2, 1].map(TeamId);
        let shown: Vec<(i64, usize)> =
            display_order(&tree(), &order).into_iter().map(|(t, d)| (t.0, d)).collect();
        assert_eq!(shown, [(9, 0), (1, 0), (3, 1), (2, 1), (4, 2)]);
        let without_parent: Vec<i64> =
            display_order(&tree(), &[TeamId(4), TeamId(3)]).into_iter().map(|(t, _)| t.0).collect();
        assert_eq!(without_parent, [4, 3], "a team whose parent is not listed is a root");
    }

    #[test]
    fn the_warning_names_the_parent_or_says_what_to_do() {
        assert_eq!(ThresholdGap::of("Design", 5, 5, false, Some("Product")), None);
        let gap = ThresholdGap::of("Design", 3, 5, false, Some("Product")).unwrap();
        assert_eq!(
            gap.sentence(),
            "3 people answer for Design and its threshold is 5: its results can never be shown on their own. \
             Its answers still count in Product's results."
        );
        let root = ThresholdGap::of("Product", 1, 5, true, None).unwrap();
        assert_eq!(
            root.sentence(),
            "1 person answers for Product and the teams below it, and its threshold is 5: its results can \
             never be shown; add people or lower the threshold."
        );
        assert!(
            ThresholdGap::of("Empty", 0, 3, false, None).unwrap().sentence().starts_with("Nobody answers")
        );
        assert_eq!(
            gap.sentence_in(Lang::De),
            "3 Personen antworten für Design und die Schwelle liegt bei 5: Die Ergebnisse können nie für sich \
             allein gezeigt werden. Die Antworten zählen weiter in den Ergebnissen von Product."
        );
        let arabic = root.sentence_in(Lang::Ar).replace(['\u{2068}', '\u{2069}'], "");
        assert!(arabic.starts_with("يجيب شخص واحد عن Product والفرق التي تحته، وعتبته ٥"), "{arabic}");
    }
}
