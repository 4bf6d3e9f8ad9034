#!/usr/bin/env bash
# Times `candor people import` of a generated people file (default 10,000 rows, 20 teams)
# on SQLite, and on PostgreSQL when it is available. Prints figures; asserts nothing.
# Usage: scripts/bench-import.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
rows="${1:-10000}"
cargo build --release --quiet
bin="$PWD/target/release/candor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$rows" >"$work/people.csv" <<'PY'
import sys
rows = int(sys.argv[1])
print("email,name,team,role")
for i in range(rows):
    role = "lead" if i % 50 == 0 else "member"
    print(f"person{i}@example.org,Person {i},team-{i % 20},{role}")
PY

bench() {
  local label="$1" url="$2"
  export CANDOR_DATABASE_URL="$url"
  (cd "$work" && for t in $(seq 0 19); do "$bin" team add "team-$t" --name "Team $t" >/dev/null; done)
  local start end
  start=$(date +%s.%N)
  (cd "$work" && "$bin" people import people.csv >/dev/null)
  end=$(date +%s.%N)
  local first
  first=$(python3 -c "print(f'{$end - $start:.2f}')")
  start=$(date +%s.%N)
  (cd "$work" && "$bin" people import people.csv >/dev/null)
  end=$(date +%s.%N)
  printf '%-10s %6d rows: first import %6ss, re-import (no changes) %6ss\n' \
    "$label" "$rows" "$first" "$(python3 -c "print(f'{$end - $start:.2f}')")"
}

bench SQLite "sqlite://$work/bench.db"
ensure_postgres
if [ -n "${CANDOR_TEST_POSTGRES_URL:-}" ]; then
  schema="bench_$$"
  psql -q "$CANDOR_TEST_POSTGRES_URL" -c "CREATE SCHEMA $schema"
  bench PostgreSQL "$CANDOR_TEST_POSTGRES_URL?options=-c%20search_path%3D$schema"
  psql -q "$CANDOR_TEST_POSTGRES_URL" -c "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE"
fi
