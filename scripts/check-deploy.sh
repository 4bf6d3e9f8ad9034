#!/usr/bin/env bash
# Checks the deployment examples of docs/deploy.md: `systemd-analyze verify` on the units in
# deploy/, their `systemd-analyze security --offline` exposure score, and `nginx -t` on
# deploy/nginx.conf with a throw-away self-signed certificate. Installs systemd and nginx
# (nginx-light where the release has it) when missing. Run by .ci/run before the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
log() { printf "[deploy] %s\n" "$*" >&2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

ensure_deploy_tools() {
  command -v systemd-analyze >/dev/null || apt_install systemd
  command -v openssl >/dev/null || apt_install openssl
  command -v nginx >/dev/null && return 0
  if apt-cache show nginx-light >/dev/null 2>&1; then apt_install nginx-light; else apt_install nginx; fi
}

check_units() {
  # The units name /usr/local/bin/candor, which verify wants to exist: the copies checked here
  # name a stand-in executable instead (the built binary when there is one).
  local bin
  bin="$(pwd)/target/debug/candor"
  [ -x "$bin" ] || bin=$(command -v true)
  mkdir -p "$work/units"
  for unit in deploy/*.service deploy/*.timer; do
    sed "s#/usr/local/bin/candor#$bin#g" "$unit" >"$work/units/$(basename "$unit")"
  done
  log "systemd-analyze verify deploy/*.service deploy/*.timer"
  # verify exits 0 on a setting it ignores ("Failed to parse …, ignoring"): any line it
  # prints is a failure here.
  local said
  said=$(cd "$work/units" && systemd-analyze verify ./*.service ./*.timer 2>&1) || {
    printf '%s\n' "$said" >&2; return 1; }
  if [ -n "$said" ]; then printf '%s\n' "$said" >&2; log "systemd-analyze verify complained"; return 1; fi
  for unit in "$work"/units/*.service; do
    local score
    score=$(systemd-analyze security --offline=yes "$unit" 2>&1 | grep 'Overall exposure level' || true)
    [ -n "$score" ] || { log "no security score for $(basename "$unit")"; return 1; }
    log "${score#→ }"
  done
}

check_nginx() {
  local site="$work/nginx/candor.conf"
  mkdir -p "$work/nginx/logs"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=candor.example.org" \
    -keyout "$work/nginx/privkey.pem" -out "$work/nginx/fullchain.pem" 2>/dev/null
  sed -e "s#/etc/letsencrypt/live/candor.example.org#$work/nginx#g" \
      -e "s#/var/log/nginx#$work/nginx/logs#g" deploy/nginx.conf >"$site"
  cat >"$work/nginx/nginx.conf" <<CONF
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events {}
http {
    access_log off;
    include $site;
}
CONF
  log "nginx -t on deploy/nginx.conf ($(nginx -v 2>&1 | cut -d/ -f2))"
  nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;'
}

ensure_deploy_tools
check_units
check_nginx
log "deploy examples: fine"
