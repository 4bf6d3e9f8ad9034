//! `candor backup FILE [--force]`: a consistent copy of the SQLite database while `candor serve`
//! keeps running (docs/deploy.md, "Backups"). SQLite's `VACUUM INTO` reads one snapshot (a read
//! transaction: in WAL mode writers go on meanwhile) into a temporary file beside FILE, which is
//! checked (`PRAGMA quick_check`), synced and then renamed into place, so FILE is either the
//! whole backup or not there at all.
//! The copy is not migrated: it is the database as the running version left it.
//!
//! On PostgreSQL nothing is copied: the command says to use `pg_dump` and fails (exit 1), so a
//! scheduled backup that was pointed at the wrong tool is noticed rather than silently empty.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Instant;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::config::Settings;
use crate::db::schema::pulse_keys;
use crate::db::{ConnectionManager, DatabaseUrl, redact};
use crate::error::AppError;

/// What a finished backup wrote.
#[derive(Debug)]
pub struct Backup {
    /// The backup file.
    pub file: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// How long the copy took.
    pub elapsed: std::time::Duration,
    /// Pulses open at the moment of the copy: their answers in it are sealed (`None` for a
    /// database from before sealed answers, which has no such table).
    pub sealed_pulses: Option<i64>,
}

/// Runs `candor backup`: the copy, then what it wrote and the reminder about the answer key.
pub fn run(settings: &Settings, target: &Path, force: bool) -> Result<(), AppError> {
    let source = match settings.database()? {
        DatabaseUrl::Sqlite(path) => path,
        DatabaseUrl::Postgres(raw) => return Err(AppError::Startup(use_pg_dump(&raw, target))),
    };
    let backup = copy_sqlite(&source, target, force)?;
    println!(
        "Backed up {} to {}: {} in {:.2} s.",
        source.display(),
        backup.file.display(),
        human_size(backup.bytes),
        backup.elapsed.as_secs_f64()
    );
    println!("{}", key_reminder(settings, backup.sealed_pulses));
    Ok(())
}

/// The message on PostgreSQL: the command to run instead, with the password left out.
fn use_pg_dump(raw: &str, target: &Path) -> String {
    format!(
        "candor backup copies SQLite databases only; nothing was written. On PostgreSQL use pg_dump, \
         which takes a consistent snapshot while Candor runs:\n  pg_dump --format=custom --file {} '{}'\n\
         and restore with pg_restore --clean --dbname URL FILE. Keep the answer key apart from the dump, \
         as for any backup (docs/deploy.md).",
        target.display(),
        redact(raw)
    )
}

/// Why the answer key must be kept, and apart from the backup.
fn key_reminder(settings: &Settings, sealed_pulses: Option<i64>) -> String {
    let open = match sealed_pulses {
        None => "Answers of pulses open at the backup are sealed under the answer key.".to_string(),
        Some(0) => "No pulse was open: the backup holds no sealed answers.".to_string(),
        Some(1) => "1 pulse was open: its answers in the backup are sealed under the answer key.".to_string(),
        Some(n) => {
            format!("{n} pulses were open: their answers in the backup are sealed under the answer key.")
        }
    };
    format!(
        "{open}\nKeep the answer key ({}) too, but apart from this backup: without it the sealed answers \
         of a pulse open at the backup cannot be read after a restore, and whoever holds both can read them.",
        settings.answer_key_source().describe()
    )
}

/// `VACUUM INTO` a temporary file beside `target`, synced, then moved to `target` (replacing it
/// only with `force`). The temporary file is removed on every failure.
pub fn copy_sqlite(source: &Path, target: &Path, force: bool) -> Result<Backup, AppError> {
    let fail = |why: String| AppError::Startup(format!("backup to {} failed: {why}", target.display()));
    if !source.is_file() {
        return Err(fail(format!("there is no SQLite database at {}", source.display())));
    }
    if target.exists() && !force {
        return Err(fail("the file exists already; give another name, or --force to replace it".into()));
    }
    let partial = partial_path(target).ok_or_else(|| fail("the name is not a file name".into()))?;
    let started = Instant::now();
    let copied = vacuum_into(source, &partial)
        .and_then(|sealed| sync(&partial).map(|()| sealed))
        .and_then(|sealed| move_into_place(&partial, target, force).map(|()| sealed));
    let sealed_pulses = match copied {
        Ok(sealed) => sealed,
        Err(why) => {
            let _ = std::fs::remove_file(&partial);
            return Err(fail(why));
        }
    };
    let elapsed = started.elapsed();
    let bytes = std::fs::metadata(target).map_err(|e| fail(e.to_string()))?.len();
    Ok(Backup { file: target.to_path_buf(), bytes, elapsed, sealed_pulses })
}

/// `.NAME.partial-RANDOM` in the target's folder (which must exist), so the rename stays on one
/// file system.
fn partial_path(target: &Path) -> Option<PathBuf> {
    let name = target.file_name()?.to_string_lossy();
    Some(target.with_file_name(format!(".{name}.partial-{}", uuid::Uuid::new_v4().simple())))
}

/// Copies one snapshot of `source` to `partial`; the number of pulses whose answers are sealed,
/// when the copy can tell.
fn vacuum_into(source: &Path, partial: &Path) -> Result<Option<i64>, String> {
    if let Some(dir) = partial.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(format!("the folder {} does not exist", dir.display()));
    }
    let text = partial.to_str().ok_or("the path is not valid UTF-8")?;
    let into = text.replace('\'', "''");
    let manager = ConnectionManager::new(DatabaseUrl::Sqlite(source.to_path_buf()));
    let mut conn = diesel::r2d2::ManageConnection::connect(&manager).map_err(|e| e.to_string())?;
    conn.batch_execute(&format!("VACUUM INTO '{into}'"))
        .map_err(|e| format!("SQLite could not copy the database: {e}"))?;
    drop(conn);
    let mut copy =
        diesel::SqliteConnection::establish(text).map_err(|e| format!("the copy cannot be opened: {e}"))?;
    check_integrity(&mut copy)?;
    // Counted in the copy itself: the pulses whose keys it holds were open at its snapshot.
    // A database from before sealed answers has no such table: the copy is fine all the same.
    Ok(pulse_keys::table.count().get_result(&mut copy).ok())
}

/// One row of `PRAGMA quick_check`: `ok`, or a problem found.
#[derive(QueryableByName)]
struct CheckRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    quick_check: String,
}

/// SQLite's own check of the copy (pages, indexes, constraints), before it is moved into place.
fn check_integrity(copy: &mut diesel::SqliteConnection) -> Result<(), String> {
    let rows: Vec<CheckRow> = diesel::sql_query("PRAGMA quick_check")
        .load(copy)
        .map_err(|e| format!("the copy cannot be checked: {e}"))?;
    match rows.first().map(|r| r.quick_check.as_str()) {
        Some("ok") => Ok(()),
        Some(problem) => Err(format!("the copy does not pass SQLite's check: {problem}")),
        None => Err("the copy cannot be checked: SQLite said nothing".into()),
    }
}

/// Makes the copy readable by its owner only (it holds names and addresses), and flushes it
/// to disk.
fn sync(path: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|e| format!("making the copy private failed: {e}"))?;
    }
    File::open(path).and_then(|f| f.sync_all()).map_err(|e| format!("syncing the copy failed: {e}"))
}

/// Moves `partial` to `target`: a rename with `force`, else a hard link that fails when
/// `target` appeared meanwhile (then the partial file goes). The folder is synced after.
fn move_into_place(partial: &Path, target: &Path, force: bool) -> Result<(), String> {
    if force {
        std::fs::rename(partial, target).map_err(|e| format!("moving the copy into place failed: {e}"))?;
    } else {
        match std::fs::hard_link(partial, target) {
            Ok(()) => std::fs::remove_file(partial)
                .map_err(|e| format!("removing the temporary copy failed: {e}"))?,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(
                    "the file appeared while copying; give another name, or --force to replace it".into()
                );
            }
            // A file system without hard links: a rename, after one more look.
            Err(_) if !target.exists() => std::fs::rename(partial, target)
                .map_err(|e| format!("moving the copy into place failed: {e}"))?,
            Err(e) => return Err(format!("moving the copy into place failed: {e}")),
        }
    }
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    File::open(dir).and_then(|d| d.sync_all()).map_err(|e| format!("syncing the folder failed: {e}"))
}

/// `812 kB`, `3.4 MB`: decimal units, one decimal above a megabyte.
fn human_size(bytes: u64) -> String {
    match bytes {
        b if b < 1_000 => format!("{b} bytes"),
        b if b < 1_000_000 => format!("{} kB", b.div_ceil(1_000)),
        b if b < 1_000_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b => format!("{:.2} GB", b as f64 / 1e9),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(811_500), "812 kB");
        assert_eq!(human_size(3_400_000), "3.4 MB");
        assert_eq!(human_size(2_500_000_000), "2.50 GB");
    }

    #[test]
    fn the_postgres_message_names_pg_dump_and_hides_the_password() {
        let text = use_pg_dump("postgres://candor:hunter2@db:5432/candor", Path::new("/b/candor.dump"));
        assert!(text.contains("pg_dump --format=custom --file /b/candor.dump"), "{text}");
        assert!(text.contains("nothing was written") && !text.contains("hunter2"), "{text}");
    }

    #[test]
    fn the_partial_file_sits_beside_the_target_and_is_hidden() {
        let partial = partial_path(Path::new("/var/backups/candor.db")).unwrap_or_default();
        assert_eq!(partial.parent(), Some(Path::new("/var/backups")));
        assert!(partial.file_name().is_some_and(|n| n.to_string_lossy().starts_with(".candor.db.partial-")));
    }
}
