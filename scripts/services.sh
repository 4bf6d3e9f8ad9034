#!/usr/bin/env bash
# Helpers to install and start what the tests need. Sourced by scripts/test.sh and the
# bench scripts; every function is safe to call twice.

TOOLS_DIR="${CANDOR_TOOLS_DIR:-$HOME/.cache/candor-tools}"
MAILDEV_BIN="$TOOLS_DIR/node_modules/.bin/maildev"
PG_DEFAULT_URL="postgres://postgres@127.0.0.1:5432/test"

log() { printf '[services] %s\n' "$*" >&2; }

apt_install() {
  # Installs Debian packages that are missing; runs apt-get update once, only when needed.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_build_deps() {
  # libpq for diesel's PostgreSQL backend; SQLite is bundled.
  apt_install libpq-dev pkg-config
}

ensure_maildev() {
  [ -x "$MAILDEV_BIN" ] && return 0
  command -v npm >/dev/null || apt_install nodejs npm
  log "installing MailDev into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" maildev@3 >/dev/null
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

wait_for_service() {
  # wait_for_service NAME URL LOG: waits up to 10 s for URL to answer; else shows LOG and fails.
  local name=$1 url=$2 logfile=$3
  for _ in $(seq 1 100); do
    curl -fs "$url" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  log "$name did not start; its log:"; cat "$logfile" >&2
  return 1
}

start_maildev() {
  # Starts MailDev on free ports; exports CANDOR_TEST_SMTP_URL, CANDOR_TEST_MAILDEV_API and
  # CANDOR_TEST_MAILDEV_BIN.
  ensure_maildev
  local smtp web dir
  smtp=$(free_port); web=$(free_port); dir=$(mktemp -d)
  "$MAILDEV_BIN" --ip 127.0.0.1 --web-ip 127.0.0.1 -s "$smtp" -w "$web" --mail-directory "$dir" \
    >"$dir/maildev.log" 2>&1 &
  MAILDEV_PID=$!
  wait_for_service MailDev "http://127.0.0.1:$web/api/email" "$dir/maildev.log" || return 1
  export CANDOR_TEST_SMTP_URL="smtp://127.0.0.1:$smtp"
  export CANDOR_TEST_MAILDEV_API="http://127.0.0.1:$web"
  # Tests that stop and restart an SMTP server start MailDevs of their own (tests/resilience).
  export CANDOR_TEST_MAILDEV_BIN="$MAILDEV_BIN"
  log "MailDev: SMTP $smtp, web $web (pid $MAILDEV_PID)"
}

stop_maildev() {
  [ -n "${MAILDEV_PID:-}" ] && kill "$MAILDEV_PID" 2>/dev/null || true
}

ensure_postgres() {
  # Makes sure the machine's PostgreSQL runs (where there is one); exports CANDOR_TEST_POSTGRES_URL.
  local url="${CANDOR_TEST_POSTGRES_URL:-$PG_DEFAULT_URL}"
  if ! pg_isready -q -d "$url" 2>/dev/null && command -v pg_ctlcluster >/dev/null; then
    local version
    version=$(ls /etc/postgresql 2>/dev/null | head -n1)
    if [ -n "$version" ]; then
      log "starting PostgreSQL $version"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
      for _ in $(seq 1 50); do pg_isready -q -d "$url" && break; sleep 0.2; done
    fi
  fi
  if pg_isready -q -d "$url" 2>/dev/null; then
    export CANDOR_TEST_POSTGRES_URL="$url"
    log "PostgreSQL: ready"
  else
    log "PostgreSQL: not available; its tests will SKIP (or fail with CANDOR_REQUIRE_SERVICES=1)"
  fi
}

AXE_JS="$TOOLS_DIR/node_modules/axe-core/axe.min.js"

ensure_chromium() {
  # Debian's Chromium and its WebDriver server, for the browser tests (tests/browser.rs).
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && return 0
  apt_install chromium chromium-driver
}

ensure_axe() {
  # axe-core, injected into pages by the browser tests; exports CANDOR_TEST_AXE_JS.
  if [ ! -f "$AXE_JS" ]; then
    command -v npm >/dev/null || apt_install nodejs npm
    log "installing axe-core into $TOOLS_DIR"
    mkdir -p "$TOOLS_DIR"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" axe-core@4 >/dev/null
  fi
  export CANDOR_TEST_AXE_JS="$AXE_JS"
}

ensure_scim_tester() {
  # scim2-tester (PyPI) in a virtualenv of its own, pinned; exports CANDOR_TEST_SCIM_PYTHON,
  # the interpreter that runs scripts/scim/check.py (tests/api/scim.rs).
  local venv="$TOOLS_DIR/scim-venv"
  if ! "$venv/bin/python" -c "import scim2_tester, httpx2" >/dev/null 2>&1; then
    log "installing scim2-tester into $venv"
    command -v python3 >/dev/null || apt_install python3 python3-venv
    python3 -m venv "$venv" || { apt_install python3-venv && python3 -m venv "$venv"; }
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
      scim2-tester==0.5.2 scim2-client==0.13.2 scim2-models==0.12.3 httpx2==2.16.2
  fi
  export CANDOR_TEST_SCIM_PYTHON="$venv/bin/python"
}

OIDC_DIR="$TOOLS_DIR/oidc-provider"

ensure_oidc_provider() {
  # node's oidc-provider (and jose) for the single sign-on tests, pinned by scripts/oidc/package.json.
  if [ ! -d "$OIDC_DIR/node_modules/oidc-provider" ] || ! cmp -s scripts/oidc/package.json "$OIDC_DIR/package.json"; then
    command -v npm >/dev/null || apt_install nodejs npm
    log "installing oidc-provider into $OIDC_DIR"
    mkdir -p "$OIDC_DIR"
    cp scripts/oidc/package.json "$OIDC_DIR/package.json"
    npm install --silent --no-audit --no-fund --prefix "$OIDC_DIR" >/dev/null
  fi
}

start_oidc_provider() {
  # Starts the test identity provider (scripts/oidc/provider.mjs) on a free port; exports
  # CANDOR_TEST_OIDC_ISSUER and CANDOR_TEST_OIDC_SECRET.
  ensure_oidc_provider
  local port dir
  port=$(free_port); dir=$(mktemp -d)
  cp scripts/oidc/provider.mjs "$OIDC_DIR/provider.mjs"
  node "$OIDC_DIR/provider.mjs" "$port" >"$dir/oidc.log" 2>&1 &
  OIDC_PID=$!
  wait_for_service "the identity provider" "http://127.0.0.1:$port/.well-known/openid-configuration" "$dir/oidc.log" || return 1
  export CANDOR_TEST_OIDC_ISSUER="http://127.0.0.1:$port"
  export CANDOR_TEST_OIDC_SECRET="candor-test-secret"
  log "identity provider: $CANDOR_TEST_OIDC_ISSUER (pid $OIDC_PID)"
}

stop_oidc_provider() {
  [ -n "${OIDC_PID:-}" ] && kill "$OIDC_PID" 2>/dev/null || true
}

ensure_schemathesis() {
  # schemathesis (PyPI) in a virtualenv of its own, pinned; exports CANDOR_TEST_SCHEMATHESIS,
  # the `st` executable that fuzzes /api/v1 against its OpenAPI document (tests/api/schemathesis.rs).
  local venv="$TOOLS_DIR/schemathesis-venv"
  if ! "$venv/bin/st" --version 2>/dev/null | grep -q "4.32.5"; then
    log "installing schemathesis into $venv"
    command -v python3 >/dev/null || apt_install python3 python3-venv
    python3 -m venv "$venv" || { apt_install python3-venv && python3 -m venv "$venv"; }
    "$venv/bin/pip" install --quiet --disable-pip-version-check schemathesis==4.32.5
  fi
  export CANDOR_TEST_SCHEMATHESIS="$venv/bin/st"
}

start_chromedriver() {
  # Starts chromedriver on a free port; exports CANDOR_TEST_WEBDRIVER_URL. Each test starts
  # its own headless Chromium through it (see tests/browser/harness.rs).
  ensure_chromium
  local port dir
  port=$(free_port); dir=$(mktemp -d)
  chromedriver --port="$port" >"$dir/chromedriver.log" 2>&1 &
  CHROMEDRIVER_PID=$!
  CHROMEDRIVER_LOG="$dir/chromedriver.log"
  wait_for_service chromedriver "http://127.0.0.1:$port/status" "$CHROMEDRIVER_LOG" || return 1
  export CANDOR_TEST_WEBDRIVER_URL="http://127.0.0.1:$port"
  log "chromedriver: port $port (pid $CHROMEDRIVER_PID, $(chromedriver --version | cut -d' ' -f2))"
}

stop_chromedriver() {
  [ -n "${CHROMEDRIVER_PID:-}" ] && kill "$CHROMEDRIVER_PID" 2>/dev/null || true
}
