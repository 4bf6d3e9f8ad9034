//! The rules of Candor: validated values and the operations on teams, people and pulses.
//! Functions here take `&mut DbConnection`, never open their own transaction, and know
//! nothing of HTTP.

pub mod agreements;
pub mod anonymity;
pub mod answer_order;
pub mod audit;
pub mod cadence;
pub mod email;
pub mod followups;
pub mod history;
pub mod home_team;
pub mod ids;
pub mod invite_mail;
pub mod launch;
pub mod library;
pub mod participation;
pub mod people;
pub mod period;
pub mod problems;
pub mod provisioning;
pub mod publication;
pub mod pulse_board;
pub mod pulse_state;
pub mod pulses;
pub use ids::{InvitationId, PulseId, TeamId};
pub use pulse_state::PulseState;
pub mod reminders;
pub mod responses;
pub mod role;
pub mod sealed;
pub mod slug;
pub mod survey;
pub mod team_changes;
pub mod team_survey;
pub mod team_tree;
pub mod teams;
pub mod tokens;
pub mod webhooks;

pub use email::Email;
pub use role::Role;
pub use slug::Slug;
