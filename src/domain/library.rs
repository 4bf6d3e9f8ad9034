//! The question library: the default set and the ready sets a team can add to its survey, in
//! this project's own words. Each question's English text is here; its other languages are the
//! Fluent messages `question-<key>` (locales/*/questions.ftl), and each set's name
//! `set-<key>`. Keys are reserved: a team's own questions cannot take them.

use super::survey::Kind;

/// A question of the library.
#[derive(Debug, Clone, Copy)]
pub struct LibraryQuestion {
    /// Stable key, also the Fluent message `question-<key>`.
    pub key: &'static str,
    /// The dimension it scores.
    pub dimension: &'static str,
    /// How it is answered.
    pub kind: Kind,
    /// The English text.
    pub text: &'static str,
    /// Whether an answer is needed.
    pub required: bool,
}

/// A set of questions a team can choose.
#[derive(Debug, Clone, Copy)]
pub struct QuestionSet {
    /// Stable key used by `candor survey use --set KEY`.
    pub key: &'static str,
    /// English name (Fluent `set-<key>` in other languages).
    pub name: &'static str,
    /// One line on what it is for.
    pub about: &'static str,
    /// Its questions, in the order asked.
    pub questions: &'static [LibraryQuestion],
}

const fn q(key: &'static str, dimension: &'static str, kind: Kind, text: &'static str) -> LibraryQuestion {
    LibraryQuestion { key, dimension, kind, text, required: true }
}

const fn optional(question: LibraryQuestion) -> LibraryQuestion {
    LibraryQuestion { required: false, ..question }
}

use Kind::{Comment, Enps, Likert5, Three};

/// The default set: two items each for trust, clarity and workload, eNPS and a comment (the
/// questions the first migration created; "did the changes help?" is asked apart from sets).
const DEFAULT: &[LibraryQuestion] = &[
    q(
        "trust_1",
        "trust",
        Likert5,
        "I can raise a problem in this team without worrying about how it will be received.",
    ),
    q("trust_2", "trust", Likert5, "People in this team do what they say they will do."),
    q("clarity_1", "clarity", Likert5, "I know what is expected of me this month."),
    q("clarity_2", "clarity", Likert5, "It is clear who decides what between Product and Engineering."),
    q("workload_1", "workload", Likert5, "My workload over the past month was manageable."),
    q(
        "workload_2",
        "workload",
        Likert5,
        "I had enough time for focused work without constant interruptions.",
    ),
    optional(q(
        "enps",
        "enps",
        Enps,
        "How likely is it that you would recommend this team to a friend as a place to work?",
    )),
    optional(q("comment", "comment", Comment, "Is there anything else you want your leads to hear?")),
];

/// A squad health check: eleven areas, each answered red, amber or green.
const SQUAD_HEALTH: &[LibraryQuestion] = &[
    q("squad_value", "value", Three, "What we deliver matters to the people who use it."),
    q("squad_release", "release", Three, "Getting our work released is simple and safe."),
    q("squad_fun", "fun", Three, "We enjoy working together."),
    q("squad_codebase", "codebase", Three, "Our code is in good shape and easy to change."),
    q("squad_learning", "learning", Three, "We keep learning things that interest us."),
    q("squad_mission", "mission", Three, "We know why this team exists, and it motivates us."),
    q("squad_players", "players", Three, "We decide what to build and how, instead of just taking orders."),
    q("squad_speed", "speed", Three, "We get things done quickly, without long waits on others."),
    q("squad_process", "process", Three, "The way we work suits us."),
    q("squad_support", "support", Three, "We get help when we ask for it."),
    q("squad_teamwork", "teamwork", Three, "We work as one team, not as individuals side by side."),
];

/// Decision rights and collaboration between Product and Engineering.
const DECISION_RIGHTS: &[LibraryQuestion] = &[
    q("decisions_1", "decisions", Likert5, "I know who has the final say on scope and priorities."),
    q(
        "decisions_2",
        "decisions",
        Likert5,
        "When Product and Engineering disagree, it is settled quickly and in the open.",
    ),
    q("collaboration_1", "collaboration", Likert5, "Reviews of my work come back within the time we agreed."),
    q(
        "collaboration_2",
        "collaboration",
        Likert5,
        "Product and Engineering bring each other in early enough.",
    ),
];

/// Psychological safety.
const SAFETY: &[LibraryQuestion] = &[
    q(
        "safety_1",
        "safety",
        Likert5,
        "A mistake made in this team is not held against the person who made it.",
    ),
    q("safety_2", "safety", Likert5, "I can ask for help here without feeling judged."),
    q("safety_3", "safety", Likert5, "A different view is welcome here, even when it questions a plan."),
];

/// "Did the changes since last month help?", asked by the pulses of teams that opt in
/// (`teams.ask_changes_helped`) whatever sets they chose.
pub const CHANGES_HELPED: LibraryQuestion =
    optional(q("helped", "helped", Likert5, "The changes our leads made since the last pulse helped."));

/// Every set, the default first.
pub const SETS: [QuestionSet; 4] = [
    QuestionSet {
        key: "default",
        name: "Team pulse",
        about: "Trust, clarity and workload balance (two items each), eNPS and a comment.",
        questions: DEFAULT,
    },
    QuestionSet {
        key: "squad-health",
        name: "Squad health check",
        about: "Eleven areas of a team's health, each answered red, amber or green.",
        questions: SQUAD_HEALTH,
    },
    QuestionSet {
        key: "decision-rights",
        name: "Decision rights and collaboration",
        about: "Who decides, review turnaround and escalation between Product and Engineering.",
        questions: DECISION_RIGHTS,
    },
    QuestionSet {
        key: "psychological-safety",
        name: "Psychological safety",
        about: "Whether mistakes, questions and different views are safe in the team.",
        questions: SAFETY,
    },
];

/// The set with this key.
pub fn set(key: &str) -> Option<&'static QuestionSet> {
    SETS.iter().find(|s| s.key == key)
}

/// The library question with this key, with the set it belongs to.
pub fn question(key: &str) -> Option<(&'static QuestionSet, &'static LibraryQuestion)> {
    if key == CHANGES_HELPED.key {
        return Some((&SETS[0], &CHANGES_HELPED));
    }
    SETS.iter().find_map(|s| s.questions.iter().find(|q| q.key == key).map(|q| (s, q)))
}

/// Every library question, "did the changes help?" included.
pub fn all_questions() -> impl Iterator<Item = &'static LibraryQuestion> {
    SETS.iter().flat_map(|s| s.questions.iter()).chain(std::iter::once(&CHANGES_HELPED))
}

/// The English name of a library dimension, `None` for a team's own.
pub fn dimension_name(dimension: &str) -> Option<&'static str> {
    Some(match dimension {
        "trust" => "Trust",
        "clarity" => "Clarity",
        "workload" => "Workload balance",
        "helped" => "Changes helped",
        "enps" => "eNPS",
        "value" => "Delivering value",
        "release" => "Easy to release",
        "fun" => "Fun",
        "codebase" => "Health of the codebase",
        "learning" => "Learning",
        "mission" => "Mission",
        "players" => "Pawns or players",
        "speed" => "Speed",
        "process" => "Suitable process",
        "support" => "Support",
        "teamwork" => "Teamwork",
        "decisions" => "Decision rights",
        "collaboration" => "Collaboration",
        "safety" => "Psychological safety",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn keys_are_unique_and_every_dimension_is_named() {
        let mut keys = HashSet::new();
        for set in &SETS {
            for q in set.questions {
                assert!(keys.insert(q.key), "{} twice", q.key);
                assert!(dimension_name(q.dimension).is_some() || q.kind == Comment, "{}", q.dimension);
            }
        }
        assert!(keys.len() >= 26);
    }

    #[test]
    fn a_dimension_has_one_kind() {
        for set in &SETS {
            for a in set.questions {
                for b in set.questions.iter().filter(|b| b.dimension == a.dimension) {
                    assert_eq!(a.kind, b.kind, "{} and {}", a.key, b.key);
                }
            }
        }
    }
}
