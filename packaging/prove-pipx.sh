#!/usr/bin/env bash
# Prove "the Python way": build the wheel, `pipx install` it into a throw-away pipx home, and use
# the installed `deskmate` (version, a demo shop, `check`, the main window offscreen to its first
# page). CI runs it. Nothing outside a temporary folder is touched; pipx itself is installed into
# a temporary venv when the machine has none.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || ./dev setup

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "prove-pipx: $*" >&2; exit 1; }

.venv/bin/python -m pip wheel -q --no-deps --no-build-isolation -w "$tmp/dist" . 2>/dev/null \
  || .venv/bin/python -m pip wheel -q --no-deps -w "$tmp/dist" .
wheel=$(ls "$tmp"/dist/deskmate-*.whl)
for f in core/resources/icons/deskmate.svg core/resources/style.qss core/resources/invoicing/invoice_template.json \
         core/users/common_passwords.txt core/migrations/script.py.mako; do
  .venv/bin/python -c "import sys, zipfile; sys.exit('$f' not in zipfile.ZipFile('$wheel').namelist())" \
    || fail "the wheel lacks $f"
done

if command -v pipx >/dev/null; then
  pipx=pipx
else
  python3 -m venv "$tmp/pipx-venv"
  "$tmp/pipx-venv/bin/python" -m pip install -q pipx
  pipx="$tmp/pipx-venv/bin/pipx"
fi
export PIPX_HOME="$tmp/pipx" PIPX_BIN_DIR="$tmp/bin" PIPX_MAN_DIR="$tmp/man"
"$pipx" install --quiet --python "$(.venv/bin/python -c 'import sys; print(sys.executable)')" "$wheel" >/dev/null 2>&1 \
  || "$pipx" install --python "$(.venv/bin/python -c 'import sys; print(sys.executable)')" "$wheel"
app="$tmp/bin/deskmate"
version=$(.venv/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
[ "$("$app" --version)" = "deskmate $version" ] || fail "deskmate --version says $("$app" --version)"
"$app" --data-dir "$tmp/shop" init --demo >/dev/null
"$app" --data-dir "$tmp/shop" backup >/dev/null
"$app" --data-dir "$tmp/shop" check >/dev/null || fail "deskmate check failed"
probe=$(QT_QPA_PLATFORM=offscreen DESKMATE_STARTUP_PROBE=1 "$app" --data-dir "$tmp/shop")
grep -q '^first_page_seconds=' <<<"$probe" || fail "the main window did not show its first page: $probe"
echo "prove-pipx: pipx install of $(basename "$wheel") works ($(sed -n 's/^first_page_seconds=//p' <<<"$probe") s to the first page)"
