#!/usr/bin/env bash
# Smoke test of the built app (packaging/build.sh first): does the bundle start and work?
#
#   packaging/smoke_test.sh [dist/dsar-desk/dsar-desk]
#
# 1. `dsar-desk self-test` offscreen: temporary database, a letter rendered with the embedded
#    font, the keyring backend reported, Qt's platform plugin started; exit 0.
# 2. The sample organisations and demo cases loaded into a temporary database by the bundle.
# 3. The desktop app started offscreen on it, the main window shown with its list filled, then
#    closed (DSAR_DESK_EXIT_AFTER_SHOWN=1); exit 0.
# 4. 1 and 3 again under a virtual X server (xcb platform plugin) when xvfb-run is installed.
# Everything lives in a temporary folder: the user's data, settings and logs are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${1:-dist/dsar-desk/dsar-desk}
[ -x "$exe" ] || exe=${exe}.exe
if [ ! -x "$exe" ]; then
  echo "smoke: no built app at $exe (run packaging/build.sh)" >&2
  exit 2
fi
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DSAR_DESK_DATA=$tmp/data DSAR_DESK_CONFIG=$tmp/config DSAR_DESK_LOGS=$tmp/logs
db=$tmp/data/smoke.sqlite3
failures=0

step() {  # step NAME EXPECTED-TEXT COMMAND...
  local name=$1 expect=$2
  shift 2
  local start end code=0
  start=$(date +%s.%N)
  timeout 120 "$@" >"$tmp/out" 2>&1 || code=$?
  end=$(date +%s.%N)
  if [ "$code" -eq 0 ] && { [ -z "$expect" ] || grep -q -- "$expect" "$tmp/out"; }; then
    printf 'smoke: ok   %-34s %s s\n' "$name" "$(awk "BEGIN { printf \"%.2f\", $end - $start }")"
  else
    printf 'smoke: FAIL %-34s exit %s\n' "$name" "$code"
    sed 's/^/    /' "$tmp/out"
    failures=$((failures + 1))
  fi
  grep -E '^(ok  |warn|FAIL) ' "$tmp/out" | sed 's/^/    /' || true
}

step "self-test (offscreen)" "ok   letter:" env QT_QPA_PLATFORM=offscreen "$exe" self-test
if grep -rqs "PySide6.QtPdf" dsar_desk && ! grep -q "PDF preview available" "$tmp/out"; then
  echo "smoke: FAIL the letter preview (QtPdf) is missing from the bundle"
  failures=$((failures + 1))
fi
step "demo data into a new database" "" env QT_QPA_PLATFORM=offscreen "$exe" --db "$db" demo --cases 40
step "desktop app (offscreen)" "^shown .* rows [1-9]" \
  env QT_QPA_PLATFORM=offscreen DSAR_DESK_EXIT_AFTER_SHOWN=1 "$exe" --db "$db"
grep '^shown' "$tmp/out" | sed 's/^/    /' || true

if command -v xvfb-run >/dev/null 2>&1; then
  step "self-test (Xvfb, xcb)" "platform xcb starts" env -u QT_QPA_PLATFORM xvfb-run -a "$exe" self-test
  step "desktop app (Xvfb, xcb)" "^shown .* rows [1-9]" \
    env -u QT_QPA_PLATFORM DSAR_DESK_EXIT_AFTER_SHOWN=1 xvfb-run -a "$exe" --db "$db"
  grep '^shown' "$tmp/out" | sed 's/^/    /' || true
else
  echo "smoke: skip Xvfb runs (xvfb-run is not installed)"
fi

if command -v gnome-keyring-daemon >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
  # A real Secret Service on a private session bus: the bundled keyring backends must find it.
  step "keyring (GNOME Keyring, private bus)" "ok   keyring: keyring: SecretService" \
    env QT_QPA_PLATFORM=offscreen dbus-run-session -- sh -c \
    'echo -n smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" self-test' "$exe"
else
  echo "smoke: skip keyring run (gnome-keyring-daemon or dbus-run-session is not installed)"
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke: $failures step(s) failed"
  exit 1
fi
echo "smoke: all steps passed ($exe)"
