#!/usr/bin/env bash
# Build the one-folder app: dist/dsar-desk/dsar-desk (Linux; the same spec on macOS and Windows,
# see packaging/README.md).
#
#   packaging/build.sh                 use the active virtual environment, else .venv, else make
#                                      build/venv; install the pinned PyInstaller; build
#   PYTHON=/path/to/python packaging/build.sh    use that interpreter's environment
#
# The environment must have DSAR Desk's dependencies (pip install -e . or pip install .); the
# build installs only the `build` extra (PyInstaller, pinned in pyproject.toml) into it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

if [ -n "${PYTHON:-}" ]; then
  py=$PYTHON
elif [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
  py=$VIRTUAL_ENV/bin/python
elif [ -x .venv/bin/python ]; then
  py=.venv/bin/python
else
  if [ ! -x build/venv/bin/python ]; then
    echo "build: creating build/venv"
    python3 -m venv build/venv
  fi
  py=build/venv/bin/python
  "$py" -m pip install -q -e .
fi

# The pinned PyInstaller of pyproject.toml's `build` extra (without reinstalling the app itself).
pin=$("$py" - <<'EOF'
import tomllib
with open("pyproject.toml", "rb") as fh:
    print(" ".join(tomllib.load(fh)["project"]["optional-dependencies"]["build"]))
EOF
)
# shellcheck disable=SC2086
"$py" -m pip install -q --disable-pip-version-check $pin

echo "build: icons"
"$py" packaging/make_icons.py build/icons >/dev/null

echo "build: PyInstaller ($("$py" -m PyInstaller --version))"
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/dsar-desk.spec
end=$(date +%s)

exe=dist/dsar-desk/dsar-desk
[ -x "$exe" ] || exe=dist/dsar-desk/dsar-desk.exe
echo "build: $exe in $((end - start)) s; folder size $(du -sh dist/dsar-desk | cut -f1)"
