# The admin overview page (/admin); the other admin pages are in admin_people.ftl and admin_ops.ftl.
# Every id here must exist in every locale (tests/i18n.rs).

admin-teams-what = create teams, and change their names, parents, thresholds and settings, or archive them.
admin-pulses-what = launch teams, open a pulse, preview the invitation, and follow each pulse's delivery.
admin-people-what = add, move, deactivate or remove people, or import a people file.
admin-outbox = Outbox
admin-outbox-what = every email, by state, kind, team and pulse, with what went wrong.
admin-tokens = API tokens
admin-tokens-what = make and revoke tokens for scripts that read reports.
admin-audit = Audit log
admin-audit-what = who changed what, and when.
admin-no-email = No email yet.
admin-webhooks = Webhooks
admin-webhooks-what = signed POSTs to other systems when a pulse closes, a summary goes out or an agreement changes, with their deliveries.
