//! Tera templates, embedded in the binary so one file is all an operator needs.

use tera::Tera;

/// Every template, by the name handlers render it with.
const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("agreement.html", include_str!("../../templates/agreement.html")),
    ("agreement_diff.html", include_str!("../../templates/agreement_diff.html")),
    ("agreement_form.html", include_str!("../../templates/agreement_form.html")),
    ("agreement_list.html", include_str!("../../templates/agreement_list.html")),
    ("admin.html", include_str!("../../templates/admin.html")),
    ("admin_audit.html", include_str!("../../templates/admin_audit.html")),
    ("admin_outbox.html", include_str!("../../templates/admin_outbox.html")),
    ("admin_tokens.html", include_str!("../../templates/admin_tokens.html")),
    ("admin_webhooks.html", include_str!("../../templates/admin_webhooks.html")),
    ("admin_people.html", include_str!("../../templates/admin_people.html")),
    ("admin_person.html", include_str!("../../templates/admin_person.html")),
    ("admin_people_import.html", include_str!("../../templates/admin_people_import.html")),
    ("admin_pulse.html", include_str!("../../templates/admin_pulse.html")),
    ("admin_pulse_invitation.html", include_str!("../../templates/admin_pulse_invitation.html")),
    ("admin_pulse_launch.html", include_str!("../../templates/admin_pulse_launch.html")),
    ("admin_pulse_launch_all.html", include_str!("../../templates/admin_pulse_launch_all.html")),
    ("admin_pulse_open.html", include_str!("../../templates/admin_pulse_open.html")),
    ("admin_pulses.html", include_str!("../../templates/admin_pulses.html")),
    ("admin_team.html", include_str!("../../templates/admin_team.html")),
    ("admin_team_survey.html", include_str!("../../templates/admin_team_survey.html")),
    ("admin_teams.html", include_str!("../../templates/admin_teams.html")),
    ("chart_figure.html", include_str!("../../templates/chart_figure.html")),
    ("followup_list.html", include_str!("../../templates/followup_list.html")),
    ("followup_form.html", include_str!("../../templates/followup_form.html")),
    ("followup_rows.html", include_str!("../../templates/followup_rows.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("login.html", include_str!("../../templates/login.html")),
    ("login_sent.html", include_str!("../../templates/login_sent.html")),
    ("login_confirm.html", include_str!("../../templates/login_confirm.html")),
    ("logout.html", include_str!("../../templates/logout.html")),
    ("survey.html", include_str!("../../templates/survey.html")),
    ("team.html", include_str!("../../templates/team.html")),
    ("thanks.html", include_str!("../../templates/thanks.html")),
    ("survey_refused.html", include_str!("../../templates/survey_refused.html")),
];

/// Builds the template set, with `t(id=…, lang=…)` for texts in the page's language; fails
/// only if a template does not parse (a bug caught by tests).
pub fn load() -> Result<Tera, tera::Error> {
    let mut tera = Tera::default();
    tera.register_function("t", crate::i18n::Translate);
    tera.register_filter("number", crate::i18n::FormatNumber);
    tera.register_filter("percent", crate::i18n::FormatPercent);
    tera.add_raw_templates(TEMPLATES.iter().copied())?;
    Ok(tera)
}
