#!/usr/bin/env bash
# Runs only the browser suite (tests/browser.rs): installs Chromium, chromedriver, axe-core and
# MailDev if missing, starts MailDev and chromedriver on free ports, runs
# `cargo test --test browser`, and stops what it started. Extra arguments go to the test binary
# (e.g. `scripts/browser.sh survey`). Failure screenshots land in target/browser-failures/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh

ensure_build_deps
trap 'stop_maildev; stop_chromedriver; stop_oidc_provider' EXIT
start_maildev
start_oidc_provider
ensure_axe
start_chromedriver
cargo test --test browser -- "$@"
