#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and smoke-test it:
#   packaging/build.sh          -> dist/deskmate/deskmate  (run it; copy the folder anywhere)
# Needs the project's .venv (./dev setup); installs PyInstaller into it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || ./dev setup
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6"
fi

.venv/bin/python -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/deskmate.spec

app=dist/deskmate/deskmate
echo "Smoke test: $app --help"
"$app" --help >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "Smoke test: create a shop (runs the bundled Alembic migrations)"
echo "smoke-test-pw" | "$app" --data-dir "$tmp" init --owner owner --password-stdin >/dev/null
"$app" --data-dir "$tmp" user list --json | grep -q '"owner"'
echo "Smoke test: open the main window offscreen and quit"
QT_QPA_PLATFORM=offscreen DESKMATE_STARTUP_PROBE=1 "$app" --data-dir "$tmp" | grep startup_seconds

echo "Built $(du -sh dist/deskmate | cut -f1) in dist/deskmate/ — run dist/deskmate/deskmate"
echo "For a Debian package (menu entry, icons, /usr/bin/deskmate): packaging/build-deb.sh"
