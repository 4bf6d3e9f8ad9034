#!/usr/bin/env bash
# Report generation on a generated organisation (benches/report.rs): 50 teams × 24 months ×
# 30 respondents, and 500 teams; on SQLite and on PostgreSQL when it is available.
# Prints criterion's figures; asserts nothing. Usage: scripts/bench-report.sh [SCALES, e.g. 1]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
ensure_postgres
export CANDOR_BENCH_SCALES="${1:-1,10}"
cargo bench --bench report 2>&1 | grep -E "built|SKIP|^(sqlite|postgres)/|time:"
