//! The rules of Candor: validated values and the operations on teams, people and pulses.
//! Functions here take `&mut DbConnection`, never open their own transaction, and know
//! nothing of HTTP.

pub mod email;
pub mod people;
pub mod problems;
pub mod role;
pub mod slug;
pub mod teams;

pub use email::Email;
pub use role::Role;
pub use slug::Slug;
