#!/usr/bin/env bash
# Checks the deployment examples of docs/deploy.md: `systemd-analyze verify` on the units in
# deploy/, their `systemd-analyze security --offline` exposure score, and `nginx -t` on
# deploy/nginx.conf with a throw-away self-signed certificate, then that site live in front
# of `candor serve` (built here if needed). Installs systemd and nginx (nginx-light where the
# release has it) when missing. Run by .ci/run before the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
log() { printf "[deploy] %s\n" "$*" >&2; }

work=$(mktemp -d)

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

# The site for real: nginx (with the example's settings, on free loopback ports) in front of a
# `candor serve` that trusts 127.0.0.1, and clients on 127.0.0.2 and 127.0.0.3. Each gets a
# sign-in budget of its own, a client's own Forwarded / X-Forwarded-For buys it nothing, http
# redirects to https, /metrics is 404 and the access log holds no path.
check_nginx_live() {
  local bin="$(pwd)/target/debug/candor" live="$work/live" candor_port https_port http_port
  cargo build --quiet --bin candor
  candor_port=$(free_port); https_port=$(free_port); http_port=$(free_port)
  mkdir -p "$live"
  sed -e "s#listen 80;#listen 127.0.0.1:$http_port;#" -e "s#listen 443 ssl http2;#listen 127.0.0.1:$https_port ssl http2;#" \
      -e '/listen \[::\]/d' -e "s#server 127.0.0.1:8080;#server 127.0.0.1:$candor_port;#" \
      "$work/nginx/candor.conf" >"$work/nginx/live.conf"
  sed "s#include .*#include $work/nginx/live.conf;#" "$work/nginx/nginx.conf" >"$work/nginx/live-nginx.conf"
  chmod 755 "$work" "$work/nginx"
  (cd "$live" && exec env -u CANDOR_CONFIG CANDOR_DATABASE_URL="sqlite://$live/candor.db" \
    CANDOR_BIND="127.0.0.1:$candor_port" CANDOR_BASE_URL="https://candor.example.org" \
    CANDOR_TRUSTED_PROXIES=127.0.0.1 CANDOR_LOGIN_BURST=2 CANDOR_LOGIN_RATE_PER_MINUTE=1 \
    CANDOR_METRICS_BIND=off CANDOR_BACKGROUND_JOBS=false "$bin" serve >"$live/candor.log" 2>&1) &
  LIVE_CANDOR_PID=$!
  nginx -p "$work/nginx" -c "$work/nginx/live-nginx.conf" -g 'daemon off;' &
  LIVE_NGINX_PID=$!
  local site="https://candor.example.org:$https_port" resolve="candor.example.org:$https_port:127.0.0.1"
  for _ in $(seq 1 300); do
    curl -fsk --resolve "$resolve" "$site/healthz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fsk --resolve "$resolve" "$site/healthz" >/dev/null || { cat "$live/candor.log" >&2; return 1; }
  # attempt CLIENT [HEADER…]: the status of one sign-in attempt from 127.0.0.CLIENT.
  attempt() {
    local from=$1; shift
    local headers=()
    for h in "$@"; do headers+=(-H "$h"); done
    curl -sk -o /dev/null -w '%{http_code}' --resolve "$resolve" --interface "127.0.0.$from" "${headers[@]}" \
      -H 'content-type: application/x-www-form-urlencoded' --data 'email=a%40example.org&password=x&csrf=forged' \
      "$site/login/password"
  }
  expect() { [ "$1" = "$2" ] || { log "nginx live: $3: got $1, wanted $2"; cat "$live/candor.log" >&2; return 1; }; }
  local a1 a2 a3 b1 b2 b3
  a1=$(attempt 2); a2=$(attempt 2); a3=$(attempt 2)
  b1=$(attempt 3); b2=$(attempt 3 'Forwarded: for=198.51.100.1' 'X-Forwarded-For: 198.51.100.2')
  b3=$(attempt 3 'Forwarded: for=198.51.100.3' 'X-Forwarded-For: 198.51.100.4')
  [ "$a1" != 429 ] && [ "$a2" != 429 ] || { log "nginx live: the first client's burst was refused ($a1 $a2)"; return 1; }
  expect "$a3" 429 "the first client's third attempt"
  [ "$b1" != 429 ] && [ "$b2" != 429 ] || { log "nginx live: the second client shares the first's budget ($b1 $b2)"; return 1; }
  expect "$b3" 429 "the second client's headers of its own"
  expect "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/p/secret-token-42")" 301 "http redirects"
  expect "$(curl -sk -o /dev/null -w '%{http_code}' --resolve "$resolve" "$site/metrics")" 404 "/metrics"
  curl -sk -o /dev/null --resolve "$resolve" "$site/p/secret-token-43"
  if grep -q 'secret-token' "$work/nginx/logs/candor.access.log"; then
    log "nginx live: a path reached the access log"; return 1
  fi
  log "nginx live: two clients behind nginx, two budgets; their own headers ignored; no path logged"
}

stop_live() {
  [ -n "${LIVE_NGINX_PID:-}" ] && kill "$LIVE_NGINX_PID" 2>/dev/null && wait "$LIVE_NGINX_PID" 2>/dev/null
  [ -n "${LIVE_CANDOR_PID:-}" ] && kill "$LIVE_CANDOR_PID" 2>/dev/null && wait "$LIVE_CANDOR_PID" 2>/dev/null
  rm -rf "$work"
}
trap stop_live EXIT

ensure_deploy_tools
check_units
check_nginx
check_nginx_live
log "deploy examples: fine"
