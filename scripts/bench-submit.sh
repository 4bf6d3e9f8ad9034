#!/usr/bin/env bash
# Survey submissions per second: 64 concurrent clients (wrk, scripts/bench/submit.lua) POST
# answers to a running `candor serve`, each with its own one-time token, on SQLite (its
# default synchronous=FULL, with group commit) and on PostgreSQL when it is available. Prints requests/s,
# latency p50/p90/p99, the non-2xx answers, and then checks in the database that the rows
# stored match the 200s wrk saw. Prints figures; asserts nothing about timings.
# Usage: scripts/bench-submit.sh [TOKENS] [SECONDS]
#   TOKENS   people invited, so one-time tokens available (default 30000)
#   SECONDS  how long submissions are sent (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
tokens="${1:-30000}"
seconds="${2:-10}"
connections=64
threads=2
grace=5   # wrk runs on this long after SECONDS so every submission sent gets its answer

apt_install wrk
cargo build --release --quiet
bin="$PWD/target/release/candor"
lua="$PWD/scripts/bench/submit.lua"
work=$(mktemp -d)
server_pid=
pg_admin_url=
schema=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  if [ -n "$schema" ]; then
    psql -q "$pg_admin_url" -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS $schema CASCADE" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# One team with everyone in it: each invitation is one token, each token answers once.
python3 - "$tokens" >"$work/people.csv" <<'PY'
import sys
print("email,name,team,role")
for i in range(int(sys.argv[1])):
    print(f"person{i}@example.org,Person {i},bench,{'lead' if i == 0 else 'member'}")
PY

# Runs SQL ($2) against the database of URL $1 and prints the single value it returns.
query() {
  case "$1" in
    sqlite://*) python3 - "${1#sqlite://}" "$2" <<'PY'
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])
PY
    ;;
    *) psql -qAt "$1" -c "$2" ;;
  esac
}

# Writes the token of every queued invitation (one per email) to $2, one a line.
extract_tokens() {
  case "$1" in
    sqlite://*) python3 - "${1#sqlite://}" >"$2" <<'PY'
import re, sqlite3, sys
link = re.compile(r"/p/([A-Za-z0-9_-]{43})")
for (body,) in sqlite3.connect(sys.argv[1]).execute("SELECT body_text FROM outbox WHERE state = 'queued'"):
    m = link.search(body)
    if m:
        print(m.group(1))
PY
    ;;
    *) psql -qAt "$1" -c "SELECT substring(body_text from '/p/([A-Za-z0-9_-]{43})') FROM outbox
                          WHERE state = 'queued' AND body_text ~ '/p/[A-Za-z0-9_-]{43}'" >"$2" ;;
  esac
}

bench() {
  local label="$1" url="$2"
  local port metrics_port; port=$(free_port); metrics_port=$(free_port)
  export CANDOR_DATABASE_URL="$url"
  export CANDOR_BIND="127.0.0.1:$port"
  export CANDOR_METRICS_BIND="127.0.0.1:$metrics_port"   # the operator's listener, read below
  export CANDOR_BASE_URL="http://127.0.0.1:$port"
  export CANDOR_BACKGROUND_JOBS=false   # no scheduler, no mail worker: only submissions load it
  export CANDOR_SURVEY_RATE_PER_SECOND=0   # every client comes from 127.0.0.1: no per-address limit
  unset CANDOR_SMTP_URL

  # Setup (not measured): people, an open pulse with its invitations queued but never sent,
  # so that their tokens can still be read from the outbox.
  local pulse
  (cd "$work" && "$bin" team add bench --name "Bench" >/dev/null &&
    "$bin" people import people.csv >/dev/null)
  pulse=$(cd "$work" && "$bin" pulse open --team bench --closes-in 7 2>"$work/open.log") ||
    { cat "$work/open.log" >&2; return 1; }
  extract_tokens "$url" "$work/tokens.txt"
  local available; available=$(wc -l <"$work/tokens.txt")

  # The server, in the background; ready when /healthz answers 200.
  (cd "$work" && exec "$bin" serve) >"$work/serve-$label.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  if ! curl -fs "http://127.0.0.1:$port/healthz" >/dev/null; then
    echo "$label: the server did not become healthy; its log:" >&2
    cat "$work/serve-$label.log" >&2
    return 1
  fi

  # The measured phase: 64 clients submit for SECONDS, each request with a token of its own.
  local result="$work/wrk-$label.env"
  local cmd=(wrk -t"$threads" -c"$connections" -d"$((seconds + grace))s" --timeout 30s
    -s "$lua" "http://127.0.0.1:$port")
  echo "$label: ${cmd[*]}   (submissions for ${seconds}s, $available tokens)"
  BENCH_TOKENS="$work/tokens.txt" BENCH_THREADS="$threads" BENCH_SECONDS="$seconds" \
    BENCH_RESULT="$result" "${cmd[@]}" >"$work/wrk-$label.out" 2>&1 || {
    echo "$label: wrk failed:" >&2; cat "$work/wrk-$label.out" >&2; return 1; }
  local sent answered ok conflict unprocessable unavailable other ran_out window req_rate rate
  local p50_ms p90_ms p99_ms max_ms socket_errors socket_errors_detail
  source "$result"

  # Group commit: how many transactions stored them (from the server's own /metrics, on its
  # metrics listener).
  local commits
  commits=$(curl -fs "http://127.0.0.1:$metrics_port/metrics" | awk '
    /^candor_submission_batch_size_sum/ { s = $2 } /^candor_submission_batch_size_count/ { c = $2 }
    END { if (c > 0) printf "%d transactions, %.1f submissions each on average", c, s / c; else print "none" }')

  # The server's CPU time (user+system) over its life, nearly all of it the measured phase:
  # on a small machine wrk and the server share the cores.
  local cpu_s
  cpu_s=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server_pid/stat")
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=

  # Afterwards: what the database holds for this pulse, against what wrk saw.
  local stored responded
  # While the pulse is open its answers are sealed (src/domain/sealed.rs), one row each.
  stored=$(query "$url" "SELECT count(*) FROM sealed_responses WHERE pulse_id = $pulse")
  # An answered invitation has its links spent (deleted) until the pulse closes.
  responded=$(query "$url" "SELECT count(*) FROM invitations i WHERE i.pulse_id = $pulse
    AND NOT EXISTS (SELECT 1 FROM invitation_tokens t WHERE t.invitation_id = i.id)")

  local non2xx=$((conflict + unprocessable + unavailable + other))
  printf '%s, %d clients, %ss of submissions:\n' "$label" "$connections" "$seconds"
  printf '  requests/s      %s  (%d answered in %ss); stored submissions/s %s (%d x 200)\n' \
    "$req_rate" "$answered" "$window" "$rate" "$ok"
  printf '  latency         p50 %s ms, p90 %s ms, p99 %s ms (max %s ms)\n' "$p50_ms" "$p90_ms" "$p99_ms" "$max_ms"
  printf '  non-2xx         %d  (409 used: %d, 422 invalid: %d, 503 busy: %d, other: %d); socket errors %d (%s)\n' \
    "$non2xx" "$conflict" "$unprocessable" "$unavailable" "$other" "$socket_errors" "$socket_errors_detail"
  printf '  group commit    %s\n' "$commits"
  printf '  server CPU      %ss over the %ss window = %s of the %d cores, which wrk shares\n' \
    "$cpu_s" "$window" "$(python3 -c "print(f'{$cpu_s / $window:.2f}')")" "$(nproc)"
  printf '  sent %d, answered %d' "$sent" "$answered"
  [ "$sent" -ne "$answered" ] && printf '  (%d still in flight when wrk stopped: raise the grace)' "$((sent - answered))"
  [ "$ran_out" -ne 0 ] && printf '  (tokens ran out before %ss: give more TOKENS)' "$seconds"
  printf '\n'
  printf '  database        %d responses stored, %d invitations answered; wrk saw %d x 200  -> %s\n' \
    "$stored" "$responded" "$ok" "$([ "$stored" -eq "$ok" ] && [ "$responded" -eq "$ok" ] && echo match || echo MISMATCH)"
  # Closing opens the sealed answers and writes them in random order, destroys the pulse key
  # and empties the WAL or VACUUMs (src/domain/answer_order.rs, sealed.rs): how long that
  # takes at this size, and that every answer is there afterwards.
  local close_started close_ms after_close
  close_started=$(date +%s%N)
  (cd "$work" && "$bin" pulse close --team bench >/dev/null)
  close_ms=$(( ($(date +%s%N) - close_started) / 1000000 ))
  local flagged
  after_close=$(query "$url" "SELECT count(*) FROM responses WHERE pulse_id = $pulse")
  flagged=$(query "$url" "SELECT count(*) FROM invitations WHERE pulse_id = $pulse AND responded")
  printf '  closing         %d ms (answers opened, written in random order, scrubbed); then %d responses, %d invitations flagged -> %s\n' \
    "$close_ms" "$after_close" "$flagged" \
    "$([ "$after_close" -eq "$stored" ] && [ "$flagged" -eq "$stored" ] && echo match || echo MISMATCH)"
  local errors; errors=$(grep -ciE 'error|panic' "$work/serve-$label.log" || true)
  [ "$errors" -gt 0 ] && printf '  server log      %d error lines, e.g.: %s\n' "$errors" \
    "$(grep -iE 'error|panic' "$work/serve-$label.log" | head -n1 | cut -c1-200)"
  return 0
}

bench SQLite "sqlite://$work/bench.db"
ensure_postgres
if [ -n "${CANDOR_TEST_POSTGRES_URL:-}" ]; then
  pg_admin_url="$CANDOR_TEST_POSTGRES_URL"
  schema="bench_submit_$$"
  psql -q "$pg_admin_url" -c "CREATE SCHEMA $schema"
  bench PostgreSQL "$pg_admin_url?options=-c%20search_path%3D$schema"
fi
