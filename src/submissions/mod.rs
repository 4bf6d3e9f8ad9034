//! Answering a pulse, from the link to the durable commit: the one path every answer takes,
//! from the survey page, the demo and the tests alike (docs/design.md, "Data flow").
//!
//! 1. [`find_ballot`] looks the link up once: the invitation it belongs to, the pulse, its
//!    team and questions, or the plain reason it cannot be answered.
//! 2. [`crate::domain::responses::parse_submission`] checks the form against the questions.
//! 3. A [`Pending`] submission goes to the [`SubmissionWriter`], which stores whatever arrived
//!    together in one transaction through [`store_all`], and says what became of each as an
//!    [`Outcome`] once that transaction committed.

mod ballot;
mod store;
mod writer;

pub use ballot::{Ballot, Refusal, answered_already, find_ballot, open_ballot};
pub use store::{Outcome, Pending, store_all, store_batch};
pub use writer::{SubmissionWriter, WriterTasks};
