//! A database that cannot be reached gets a message naming the backend, the place and the cause.

use crate::helpers::{candor_with, texts};

#[test]
fn postgres_down_names_backend_host_and_cause() {
    let dir = tempfile::tempdir().unwrap();
    // Port 1 on loopback: nothing listens there.
    let out = candor_with("postgres://postgres@127.0.0.1:1/test", dir.path().into(), &["team", "list"], &[]);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("PostgreSQL") && err.contains("127.0.0.1:1"), "{err}");
    assert!(err.to_lowercase().contains("refused"), "names the cause: {err}");
}

#[test]
fn sqlite_url_naming_a_folder_is_refused_not_guessed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data.db")).unwrap();
    let out = candor_with("sqlite://data.db", dir.path().into(), &["team", "list"], &[]);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("SQLite") && err.contains("folder"), "{err}");
    let out = candor_with("sqlite://missing/dir/x.db", dir.path().into(), &["team", "list"], &[]);
    assert!(texts(&out).1.contains("does not exist"), "{:?}", texts(&out));
}

#[test]
fn unknown_scheme_says_which_are_supported() {
    let dir = tempfile::tempdir().unwrap();
    let out = candor_with("mysql://root@localhost/x", dir.path().into(), &["team", "list"], &[]);
    let (_, err) = texts(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("sqlite://PATH") && err.contains("postgres://"), "{err}");
}
