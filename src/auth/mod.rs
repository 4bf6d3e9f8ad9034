//! Accounts and access: sign-in by magic link or password, database sessions, roles, CSRF
//! tokens and API tokens.

pub mod access;
pub mod api_tokens;
pub mod csrf;
pub mod login;
pub mod password;
pub mod session_store;

pub use access::{TeamAccess, Viewer};
