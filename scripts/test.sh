#!/usr/bin/env bash
# Runs the whole test suite against real services: installs MailDev, Chromium, chromedriver,
# axe-core and node's oidc-provider if missing, starts MailDev, the identity provider and
# chromedriver on free ports, makes sure
# PostgreSQL runs, runs `cargo test`, and stops what it started.
# Extra arguments go to `cargo test` (e.g. `scripts/test.sh --test api people`).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh

ensure_build_deps
trap 'stop_maildev; stop_chromedriver; stop_oidc_provider' EXIT
start_maildev
start_oidc_provider
ensure_axe
ensure_scim_tester
ensure_schemathesis
start_chromedriver
ensure_postgres
log=$(mktemp)
cargo test "$@" 2>&1 | tee "$log"
# One closing line over every test binary, e.g. "tests: 118 passed, 0 failed".
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
