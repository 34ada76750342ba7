#!/usr/bin/env bash
# Prove the Debian package on this machine, as a shop owner would use it:
#   packaging/prove-install.sh        (root, or a user with sudo; CI runs it)
# 1. builds the PyInstaller folder and the .deb (packaging/build-deb.sh), validates its metadata;
# 2. installs the package (apt resolves the Qt libraries it depends on);
# 3. runs the INSTALLED `deskmate`: --version, a demo shop, the main window offscreen to its first
#    page with data (timed), `deskmate check`, a register export read back, an invoice PDF, a roster
#    planned by OR-Tools, the worker starting and stopping on SIGTERM;
# 4. removes the package and checks that the program is gone and the shop's data is not.
# Prints the figures the README quotes: bundle size, package size, start-up of the installed app.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
say() { printf '\n== %s\n' "$*"; }
fail() { echo "prove-install: $*" >&2; exit 1; }

say "Build the bundle and the package"
packaging/build-deb.sh
version=$(dist/deskmate/deskmate --version | awk '{print $2}')
deb="dist/deskmate_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "$deb was not built"

say "Check the package's contents and metadata"
contents=$(dpkg-deb --contents "$deb")
for f in ./opt/deskmate/deskmate ./usr/bin/deskmate ./usr/share/applications/org.deskmate.Deskmate.desktop \
         ./usr/share/icons/hicolor/48x48/apps/deskmate.png ./usr/share/icons/hicolor/256x256/apps/deskmate.png \
         ./usr/share/icons/hicolor/scalable/apps/deskmate.svg ./usr/share/metainfo/org.deskmate.Deskmate.metainfo.xml \
         ./usr/share/doc/deskmate/copyright ./usr/share/doc/deskmate/changelog.gz; do
  grep -q " $f" <<<"$contents" || fail "the package lacks $f"
done
if grep -q " ./home\| ./root\| ./var/lib" <<<"$contents"; then fail "the package carries user data paths"; fi
dpkg-deb --field "$deb" Depends | grep -q libxcb-cursor0 || fail "the Qt libraries are not package dependencies"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/x"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$work/x/usr/share/metainfo/org.deskmate.Deskmate.metainfo.xml" \
    || fail "AppStream metadata does not validate"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/x/usr/share/applications/org.deskmate.Deskmate.desktop"
fi

say "Install"
if dpkg-query -W -f='${Status}' deskmate 2>/dev/null | grep -q "ok installed"; then
  echo "an older deskmate package is installed: removing it first (its users' data stays)"
fi
$SUDO dpkg --purge deskmate >/dev/null 2>&1 || true
if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null; then
  $SUDO dpkg -i "$deb"      # offline: the dependencies must already be there
fi
trap '$SUDO dpkg --purge deskmate >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
[ "$(command -v deskmate)" = /usr/bin/deskmate ] || fail "deskmate is not on the PATH after installing"
[ "$(deskmate --version)" = "deskmate $version" ] || fail "deskmate --version says $(deskmate --version)"

say "Use the installed app on a demo shop"
shop="$work/shop"
/usr/bin/deskmate --data-dir "$shop" init --demo >/dev/null
/usr/bin/deskmate --data-dir "$shop" backup >/dev/null
probe=$(QT_QPA_PLATFORM=offscreen DESKMATE_STARTUP_PROBE=1 /usr/bin/deskmate --data-dir "$shop")
grep -q '^startup_seconds=' <<<"$probe" || fail "the main window did not appear: $probe"
installed_start=$(sed -n 's/^first_page_seconds=//p' <<<"$probe")
[ -n "$installed_start" ] || fail "the first page did not show its data: $probe"
/usr/bin/deskmate --data-dir "$shop" check >/dev/null || fail "deskmate check failed on the installed app"
echo demo1234 | /usr/bin/deskmate --data-dir "$shop" export register --from 2000-01-01 --to 2100-12-31 \
  -o "$work/register.xlsx" --as bea --password-stdin >/dev/null
.venv/bin/python - "$work/register.xlsx" <<'PY' || fail "the exported register cannot be read back"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
about = {r[0]: r[1] for r in wb["About this export"].iter_rows(values_only=True)}
assert wb["Invoice register"].max_row > 10, "no invoices in the register"
assert about.get("Deskmate version"), about
print("register:", wb["Invoice register"].max_row - 1, "rows; written by Deskmate", about["Deskmate version"])
PY
invoice=$(echo demo1234 | /usr/bin/deskmate --data-dir "$shop" invoice list --json --as bea --password-stdin \
  | .venv/bin/python -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
echo demo1234 | /usr/bin/deskmate --data-dir "$shop" invoice pdf "$invoice" -o "$work/invoice.pdf" --as bea \
  --password-stdin >/dev/null
[ "$(head -c 5 "$work/invoice.pdf")" = "%PDF-" ] || fail "the invoice PDF is not a PDF"
week=$(date -u -d "next monday" +%G-W%V)
echo demo1234 | /usr/bin/deskmate --data-dir "$shop" roster plan --week "$week" --time-limit 5 --json --as owner \
  --password-stdin > "$work/plan.json" || fail "the roster optimiser (OR-Tools) failed in the installed app"
.venv/bin/python -c "import json,sys; d=json.load(open(sys.argv[1])); assert d, d" "$work/plan.json" \
  || fail "the roster optimiser returned nothing"
/usr/bin/deskmate --data-dir "$shop" worker > "$work/worker.log" 2>&1 &
worker=$!
for _ in $(seq 1 60); do grep -qi "scheduler\|lease\|started" "$work/worker.log" && break; sleep 1; done
kill -TERM "$worker"
wait "$worker" || fail "the worker did not stop cleanly on SIGTERM: $(cat "$work/worker.log")"

say "Start-up beside the development checkout"
venv_probe=$(QT_QPA_PLATFORM=offscreen DESKMATE_STARTUP_PROBE=1 .venv/bin/deskmate --data-dir "$shop")
venv_start=$(sed -n 's/^first_page_seconds=//p' <<<"$venv_probe")

say "Remove (purge: the strongest removal still leaves the shop's data)"
$SUDO dpkg --purge deskmate >/dev/null
trap 'rm -rf "$work"' EXIT
[ ! -e /usr/bin/deskmate ] && [ ! -e /opt/deskmate ] || fail "removing the package left the program behind"
[ -s "$shop/deskmate.sqlite3" ] || fail "removing the package touched the shop's data"

say "Figures"
echo "bundle (dist/deskmate):      $(du -sh dist/deskmate | cut -f1)"
echo "package ($deb): $(du -h "$deb" | cut -f1)"
echo "first page with data, installed app: ${installed_start} s; from the checkout's venv: ${venv_start} s"
echo "prove-install: the package installs, works and removes cleanly"
