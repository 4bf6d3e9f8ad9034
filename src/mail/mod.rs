//! Email: the outbox table is the only way mail leaves. Producers queue rows in their own
//! transaction ([`outbox::enqueue`]); [`deliver::deliver_due`] is the one step that sends.

pub mod about;
pub mod compose;
pub mod deliver;
pub mod delivery;
pub mod outbox;
pub mod search;
pub mod transport;
pub mod webhook;

pub use compose::{Composed, Composer};
pub use deliver::{DeliveryPolicy, DeliveryReport, deliver_due, deliver_due_until};
pub use transport::{MailOptions, Mailer};
