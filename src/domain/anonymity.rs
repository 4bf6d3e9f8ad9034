//! The anonymity rules that decide what may be shown, as a pure function over group sizes.
//!
//! A group is a team's answers for one round, including those of the teams below it. A group
//! is shown only with at least `min_group` respondents. Nested groups are also checked
//! against subtraction: for a shown group, the respondents not covered by its largest shown
//! subgroups must number 0 or at least `min_group`; otherwise the group itself is hidden, and
//! the check repeats up the tree until nothing changes.

use std::collections::{HashMap, HashSet};

/// One group of one round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    /// The team.
    pub id: i64,
    /// The team above it, if any.
    pub parent: Option<i64>,
    /// Respondents in the group (its own and every team below it).
    pub n: i64,
    /// The threshold that applies to it.
    pub min_group: i64,
}

/// The ids of the groups that may be shown.
pub fn visible_groups(groups: &[Group]) -> HashSet<i64> {
    let children = children_of(groups);
    let by_id: HashMap<i64, &Group> = groups.iter().map(|g| (g.id, g)).collect();
    let mut shown: HashSet<i64> =
        groups.iter().filter(|g| g.n >= g.min_group && g.n > 0).map(|g| g.id).collect();
    loop {
        let leaking: Vec<i64> = shown
            .iter()
            .copied()
            .filter(|id| {
                let g = by_id[id];
                let covered: i64 =
                    largest_shown_below(*id, &children, &shown).iter().map(|c| by_id[c].n).sum();
                let residual = g.n - covered;
                residual > 0 && residual < g.min_group
            })
            .collect();
        if leaking.is_empty() {
            return shown;
        }
        for id in leaking {
            shown.remove(&id);
        }
    }
}

fn children_of(groups: &[Group]) -> HashMap<i64, Vec<i64>> {
    let mut children: HashMap<i64, Vec<i64>> = HashMap::new();
    for g in groups {
        if let Some(p) = g.parent {
            children.entry(p).or_default().push(g.id);
        }
    }
    children
}

/// The shown groups below `id` that are not inside another shown group below `id`.
fn largest_shown_below(id: i64, children: &HashMap<i64, Vec<i64>>, shown: &HashSet<i64>) -> Vec<i64> {
    let mut found = Vec::new();
    let mut stack: Vec<i64> = children.get(&id).cloned().unwrap_or_default();
    while let Some(child) = stack.pop() {
        if shown.contains(&child) {
            found.push(child);
        } else if let Some(grand) = children.get(&child) {
            stack.extend(grand);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(id: i64, parent: Option<i64>, n: i64) -> Group {
        Group { id, parent, n, min_group: 5 }
    }

    #[test]
    fn small_groups_are_hidden() {
        let shown = visible_groups(&[g(1, None, 4), g(2, None, 5)]);
        assert_eq!(shown, HashSet::from([2]));
    }

    #[test]
    fn a_parent_that_would_reveal_a_small_child_by_subtraction_is_hidden() {
        // Parent 12 = child A (10, shown) + child B (2, hidden): 12 - 10 reveals B.
        let shown = visible_groups(&[g(1, None, 12), g(2, Some(1), 10), g(3, Some(1), 2)]);
        assert_eq!(shown, HashSet::from([2]));
    }

    #[test]
    fn sums_of_several_shown_children_are_covered() {
        // 20 = 6 + 6 + 3 (hidden) + 5 of its own: residual 8 is enough.
        let groups = [g(1, None, 20), g(2, Some(1), 6), g(3, Some(1), 6), g(4, Some(1), 3)];
        assert_eq!(visible_groups(&groups), HashSet::from([1, 2, 3]));
        // 15 = 6 + 6 + 3: residual 3 would reveal the small team.
        let groups = [g(1, None, 15), g(2, Some(1), 6), g(3, Some(1), 6), g(4, Some(1), 3)];
        assert_eq!(visible_groups(&groups), HashSet::from([2, 3]));
    }

    #[test]
    fn hiding_cascades_up_the_tree() {
        // Root 40 = mid 12 (= 10 + 2) + 28 own. Mid is hidden; root's residual is 40 - 10 = 30.
        let groups = [g(1, None, 40), g(2, Some(1), 12), g(3, Some(2), 10), g(4, Some(2), 2)];
        assert_eq!(visible_groups(&groups), HashSet::from([1, 3]));
        // Root 13 = mid 12 + 1 own: the mid is hidden, then root's residual 3 hides root too.
        let groups = [g(1, None, 13), g(2, Some(1), 12), g(3, Some(2), 10), g(4, Some(2), 2)];
        assert_eq!(visible_groups(&groups), HashSet::from([3]));
    }
}
