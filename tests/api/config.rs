//! Settings: candor.toml is read, and CANDOR_* variables win over it.

use crate::helpers::{candor_with, texts};

#[test]
fn environment_wins_over_candor_toml() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("candor.toml"),
        "database_url = \"sqlite://from-file.db\"\nmin_group = 2\n",
    )
    .unwrap();
    // min_group = 2 in the file is refused with the setting's name …
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(["team", "list"])
        .current_dir(dir.path())
        .env_remove("CANDOR_DATABASE_URL")
        .env_remove("CANDOR_MIN_GROUP")
        .output()
        .unwrap();
    assert!(texts(&out).1.contains("CANDOR_MIN_GROUP is 2"), "{:?}", texts(&out));
    // … and the environment overrides both settings.
    let out = candor_with(
        "sqlite://from-env.db",
        dir.path().into(),
        &["team", "list"],
        &[("CANDOR_MIN_GROUP", "4")],
    );
    assert!(out.status.success(), "{:?}", texts(&out));
    assert!(dir.path().join("from-env.db").exists());
    assert!(!dir.path().join("from-file.db").exists());
}

#[test]
fn a_named_config_file_that_is_missing_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out =
        candor_with("sqlite://x.db", dir.path().into(), &["--config", "nope.toml", "team", "list"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(texts(&out).1.contains("nope.toml not found"));
}

#[test]
fn trusted_proxies_come_from_the_file_or_the_environment_and_a_bad_entry_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("candor.toml"), "trusted_proxies = [\"10.0.0.1\", \"10.1.0.0/16\"]\n")
        .unwrap();
    let listed = candor_with("sqlite://p.db", dir.path().into(), &["team", "list"], &[]);
    assert!(listed.status.success(), "a TOML array: {:?}", texts(&listed));
    for bad in ["10.0.0.1, proxy.example.org", "10.0.0.0/40"] {
        let out = candor_with(
            "sqlite://p.db",
            dir.path().into(),
            &["team", "list"],
            &[("CANDOR_TRUSTED_PROXIES", bad)],
        );
        assert_eq!(out.status.code(), Some(1), "{bad}: {:?}", texts(&out));
        let entry = bad.rsplit(", ").next().unwrap();
        let stderr = texts(&out).1;
        assert!(
            stderr.contains(&format!("CANDOR_TRUSTED_PROXIES: '{entry}' is not an address or a CIDR range")),
            "{bad}: {stderr}"
        );
    }
    let good = candor_with(
        "sqlite://p.db",
        dir.path().into(),
        &["team", "list"],
        &[("CANDOR_TRUSTED_PROXIES", "::1, 127.0.0.1")],
    );
    assert!(good.status.success(), "a comma list: {:?}", texts(&good));
}
