//! The report as CSV and as text for a terminal (JSON is the view model serialized).

use std::fmt::Write;

use super::model::{TeamReport, dimension_label};
use super::words::month_label;

fn num(x: Option<f64>, digits: usize) -> String {
    x.map(|v| format!("{v:.digits$}")).unwrap_or_default()
}

/// One row per period and dimension; a suppressed period has one row with only its counts.
pub fn to_csv(report: &TeamReport) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record([
        "team",
        "period",
        "invited",
        "responded",
        "suppressed",
        "dimension",
        "n",
        "mean",
        "sd",
        "ci95_low",
        "ci95_high",
        "favorable",
        "delta",
        "welch_t",
        "df",
        "p",
        "q",
        "enps",
    ])?;
    for p in &report.periods {
        let invited = p.invited.map(|i| i.to_string()).unwrap_or_default();
        let responded = p.responded.map(|i| i.to_string()).unwrap_or_default();
        if p.suppressed || p.dimensions.is_empty() {
            let mut row =
                vec![report.team.clone(), p.period.clone(), invited, responded, p.suppressed.to_string()];
            row.resize(18, String::new());
            out.write_record(&row)?;
            continue;
        }
        for (dim, f) in &p.dimensions {
            let c = f.change.as_ref();
            out.write_record([
                report.team.clone(),
                p.period.clone(),
                invited.clone(),
                responded.clone(),
                "false".into(),
                dim.clone(),
                f.n.to_string(),
                num(Some(f.mean), 4),
                num(f.sd, 4),
                num(f.ci95.map(|c| c.0), 4),
                num(f.ci95.map(|c| c.1), 4),
                num(Some(f.favorable), 4),
                num(c.map(|c| c.delta), 4),
                num(c.and_then(|c| c.welch_t), 4),
                num(c.and_then(|c| c.df), 2),
                num(c.and_then(|c| c.p), 4),
                num(c.and_then(|c| c.q), 4),
                num(p.enps, 1),
            ])?;
        }
    }
    let bytes = out.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn truncated(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// A readable summary for a terminal (`*` marks a month whose wording changed).
pub fn to_text(report: &TeamReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}) — groups of at least {} respondents are shown",
        report.name, report.team, report.min_group
    );
    for line in &report.summary {
        let _ = writeln!(out, "  {line}");
    }
    let _ = writeln!(out);
    let dims: Vec<&str> = report.scored_dimensions().collect();
    let header: String = dims.iter().map(|d| format!("  {:>16}", truncated(d, 16))).collect();
    let _ = writeln!(out, "{:<15} {:>8} {:>10}{header}", "month", "invited", "responded");
    for p in &report.periods {
        let invited = p.invited.map(|i| i.to_string()).unwrap_or_else(|| "-".into());
        if p.suppressed {
            let _ = writeln!(
                out,
                "{:<15} {:>8} {:>10}  (too few answers to show)",
                month_label(&p.period),
                invited,
                "-"
            );
            continue;
        }
        let cells: String = dims
            .iter()
            .map(|d| match p.dimensions.get(*d) {
                Some(f) => {
                    let mark = if f.wording_changed { "*" } else { "" };
                    format!("{mark}{:.2} ±{:.2}", f.mean, f.ci95.map(|c| (c.1 - c.0) / 2.0).unwrap_or(0.0))
                }
                None => "-".into(),
            })
            .map(|cell| format!("  {cell:>16}"))
            .collect();
        let responded = p.responded.map(|r| r.to_string()).unwrap_or_default();
        let _ = writeln!(out, "{:<15} {:>8} {:>10}{cells}", month_label(&p.period), invited, responded);
    }
    if !report.trends.is_empty() {
        let _ = writeln!(out);
        for (dim, t) in &report.trends {
            let _ = writeln!(
                out,
                "{} trend over {} months: {:+.3} points a month (p = {}), Mann–Kendall S = {}, p = {:.3}",
                dimension_label(dim),
                t.months,
                t.slope,
                num(t.slope_p, 3),
                t.mann_kendall_s,
                t.mann_kendall_p
            );
        }
    }
    out
}
