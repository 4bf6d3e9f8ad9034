#!/usr/bin/env bash
# Pulse fan-out: one team of N people (default 10,000); times `candor pulse open` (queuing one
# invitation per person in the outbox) and `candor outbox flush` (delivering them over SMTP to
# MailDev) separately, prints emails/second for each, then checks that MailDev holds N emails.
# SQLite, then PostgreSQL when it is available. Prints figures; asserts nothing.
# Usage: scripts/bench-fanout.sh [PEOPLE]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
people="${1:-10000}"
rate=100000   # CANDOR_MAIL_RATE_PER_SECOND for the flush, far above what is reached

cargo build --release --quiet
bin="$PWD/target/release/candor"
work=$(mktemp -d)
pg_admin_url=
schema=
cleanup() {
  stop_maildev
  if [ -n "$schema" ]; then
    psql -q "$pg_admin_url" -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS $schema CASCADE" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
start_maildev

python3 - "$people" >"$work/people.csv" <<'PY'
import sys
print("email,name,team,role")
for i in range(int(sys.argv[1])):
    print(f"person{i}@example.org,Person {i},fanout,{'lead' if i == 0 else 'member'}")
PY

seconds_since() { python3 -c "import time; print(f'{time.time() - $1:.2f}')"; }
per_second() { python3 -c "print(f'{$1 / $2:.0f}' if $2 > 0 else 'n/a')"; }

# Emails MailDev holds: the length of GET /api/email (the whole inbox, bodies included), and
# the number of distinct recipients in it.
maildev_count() {
  curl -fsS "$CANDOR_TEST_MAILDEV_API/api/email" | python3 -c '
import json, sys
mails = json.load(sys.stdin)
print(len(mails), len({r["address"] for m in mails for r in m.get("to", [])}))'
}

bench() {
  local label="$1" url="$2"
  export CANDOR_DATABASE_URL="$url"
  export CANDOR_BASE_URL="http://127.0.0.1:8080"
  unset CANDOR_SMTP_URL CANDOR_MAIL_RATE_PER_SECOND
  curl -fsS -X DELETE "$CANDOR_TEST_MAILDEV_API/api/email/all" >/dev/null

  # Setup (not measured): the team and its people.
  (cd "$work" && "$bin" team add fanout --name "Fan-out" >/dev/null &&
    "$bin" people import people.csv >/dev/null)

  # Phase 1, queuing: `pulse open` creates the pulse, one invitation and token per person and
  # one email per person in the outbox, in one transaction.
  local start open_s flush_s
  start=$(date +%s.%N)
  (cd "$work" && "$bin" pulse open --team fanout --closes-in 7 >/dev/null 2>"$work/open.log") ||
    { cat "$work/open.log" >&2; return 1; }
  open_s=$(seconds_since "$start")

  # Phase 2, delivery: `outbox flush` sends every queued email to MailDev over SMTP. The rate
  # limit is raised so that pacing does not hold it back; MailDev's speed is part of this figure.
  start=$(date +%s.%N)
  (cd "$work" && CANDOR_SMTP_URL="$CANDOR_TEST_SMTP_URL" CANDOR_MAIL_RATE_PER_SECOND="$rate" \
    "$bin" outbox flush >"$work/flush.out" 2>"$work/flush.log") ||
    { cat "$work/flush.log" >&2; return 1; }
  flush_s=$(seconds_since "$start")
  local sent
  sent=$(sed -n 's/^sent \([0-9]*\),.*/\1/p' "$work/flush.out")

  # Afterwards: what MailDev received, against N.
  local received recipients
  read -r received recipients < <(maildev_count)

  printf '%s, %d people:\n' "$label" "$people"
  printf '  pulse open      %6ss  %6s emails/s queued\n' "$open_s" "$(per_second "$people" "$open_s")"
  printf '  outbox flush    %6ss  %6s emails/s delivered  (CANDOR_MAIL_RATE_PER_SECOND=%d, so pacing is not the limit)\n' \
    "$flush_s" "$(per_second "$sent" "$flush_s")" "$rate"
  printf '  flush said      %s\n' "$(cat "$work/flush.out")"
  printf '  MailDev         %d emails (%d distinct recipients) for %d people  -> %s\n' \
    "$received" "$recipients" "$people" "$([ "$received" -eq "$people" ] && echo match || echo MISMATCH)"
}

bench SQLite "sqlite://$work/bench.db"
ensure_postgres
if [ -n "${CANDOR_TEST_POSTGRES_URL:-}" ]; then
  pg_admin_url="$CANDOR_TEST_POSTGRES_URL"
  schema="bench_fanout_$$"
  psql -q "$pg_admin_url" -c "CREATE SCHEMA $schema"
  bench PostgreSQL "$pg_admin_url?options=-c%20search_path%3D$schema"
fi
