"""Keep Deskmate's message catalogues in step with the code.

    python scripts/i18n.py extract     # core/: write core/locale/deskmate.pot from the sources
    python scripts/i18n.py update      # extract, then merge into every core/locale/<lang>/.../deskmate.po
    python scripts/i18n.py compile     # .po -> .mo (shipped beside the .po)
    python scripts/i18n.py all         # the three in order (what a translator runs after editing)
    python scripts/i18n.py init LANG   # start a new language from the .pot
    python scripts/i18n.py resolve     # after a merge/rebase conflict in the catalogues: keep the
                                       # translations of both sides, update, compile, `git add`

Core's words use gettext (Babel's tools). The desktop's widgets use Qt's own catalogues, and each
command does the desktop's part too: ``extract``/``update`` run ``pyside6-lupdate`` over desktop/
into ``desktop/translations/deskmate_<lang>.ts`` (new texts are added unfinished, vanished ones kept
as obsolete for reuse), ``compile`` runs ``pyside6-lrelease`` into the ``.qm`` the app loads
(committed, so the wheel and the bundle need no build step), ``init LANG`` starts ``deskmate_LANG.ts``.
English has a desktop catalogue too, for its plurals ("%n products" -> "1 product" / "2 products").
See the README's "Translating Deskmate".
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "core" / "locale"
POT = LOCALE / "deskmate.pot"
DOMAIN = "deskmate"
# tmsg/stored: a message kept with its arguments and translated when read (core/inbox/texts.py)
KEYWORDS = ["-k", "_", "-k", "N_", "-k", "ngettext:1,2", "-k", "pgettext:1c,2", "-k", "tmsg", "-k", "stored",
            "-k", "tmsg_n:1,2", "-k", "stored_n:1,2"]


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def _drop_clocks(path: Path) -> None:
    """Babel stamps creation and revision times into the header; in a repository they only make
    every run a change (and every two branches a conflict), so they are left out."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if not ln.startswith(('"POT-Creation-Date:', '"PO-Revision-Date:'))]
    if kept != lines:
        path.write_text("".join(kept), encoding="utf-8")


def _po_files() -> list[Path]:
    return [LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po" for lang in languages()]


def extract() -> None:
    LOCALE.mkdir(parents=True, exist_ok=True)
    # --no-location keeps the catalogues stable when code moves; --sort-output keeps diffs small
    _pybabel("extract", "--no-default-keywords", *KEYWORDS, "--no-location", "--sort-output",
             "--project", "Deskmate", "--copyright-holder", "The Deskmate developers",
             "--width", "100", "-o", str(POT), str(ROOT / "core"))
    _drop_clocks(POT)


def languages() -> list[str]:
    return sorted(p.name for p in LOCALE.iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.po").exists())


def update() -> None:
    if languages():
        _pybabel("update", "-D", DOMAIN, "-i", str(POT), "-d", str(LOCALE), "--no-fuzzy-matching",
                 "--ignore-obsolete", "--width", "100")
        for po in _po_files():
            _drop_clocks(po)


def compile_all() -> None:
    """``pybabel compile`` stamps the time of the run into each .mo (the .po carries none), so every
    compile changed the committed binaries; this writes the same .mo with a fixed stamp instead."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    for po in _po_files():
        lang = po.parent.parent.name
        with po.open("rb") as f:
            catalog = read_po(f, locale=lang, domain=DOMAIN)
        catalog.creation_date = datetime(2000, 1, 1, tzinfo=timezone.utc)
        catalog.revision_date = catalog.creation_date
        errors = [(msg.id, err) for msg, errs in catalog.check() for err in errs]
        for msgid, err in errors:
            print(f"{po}: {msgid!r}: {err}", file=sys.stderr)
        if errors:
            raise SystemExit(1)
        real = [m for m in list(catalog)[1:] if m.id]
        done = sum(1 for m in real if m.string and not m.fuzzy
                   and (not isinstance(m.string, tuple) or all(m.string)))
        print(f"{lang}: {done} of {len(real)} messages translated")
        with po.with_suffix(".mo").open("wb") as f:
            write_mo(f, catalog)


def init(lang: str) -> None:
    _pybabel("init", "-D", DOMAIN, "-i", str(POT), "-d", str(LOCALE), "-l", lang, "--width", "100")
    _drop_clocks(LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po")


def _stage(path: Path, n: int) -> bytes | None:
    rel = path.relative_to(ROOT).as_posix()
    out = subprocess.run(["git", "show", f":{n}:{rel}"], cwd=ROOT, capture_output=True)
    return out.stdout if out.returncode == 0 else None


def resolve() -> None:
    """Two branches that both translated messages conflict in the .po files (and always in the
    binary .mo). The union of both sides' translations is what both meant: read each side, keep
    every translated message (the side being applied wins where both changed one), then update
    against the code and compile."""
    from babel.messages.pofile import read_po, write_po
    for po in _po_files():
        sides = [_stage(po, 2), _stage(po, 3)]
        if not all(sides):
            continue
        lang = po.parent.parent.name
        merged = read_po(BytesIO(sides[0]), locale=lang)   # type: ignore[arg-type]
        for msg in read_po(BytesIO(sides[1]), locale=lang):  # type: ignore[arg-type]
            if msg.id and msg.string and (not isinstance(msg.string, tuple) or all(msg.string)):
                merged[msg.id] = msg
        buf = BytesIO()
        write_po(buf, merged, width=100, sort_output=True)
        po.write_bytes(buf.getvalue())
    extract()
    update()
    compile_all()
    for po in _po_files():
        subprocess.run(["git", "add", str(po), str(po.with_suffix(".mo"))], cwd=ROOT, check=True)


# --------------------------------------------------------------------------- the desktop (Qt)
DESKTOP = ROOT / "desktop"
DESKTOP_TS = DESKTOP / "translations"


def _qt_tool(name: str) -> str:
    """A PySide6 tool installed beside this Python (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install Deskmate's dependencies (./dev setup)")
    return found


def desktop_catalogues() -> list[Path]:
    return sorted(DESKTOP_TS.glob("deskmate_*.ts"))


#: pyside6-lupdate reads the plural argument of a Python ``translate(context, text, None, n)`` from
#: 6.12 on; an older one would turn every plural of the catalogues into a single form. The app runs
#: on an older PySide6 (6.12.0 loses references to None: pyproject.toml), so an update of the
#: desktop's catalogues may use another environment's lupdate: DESKMATE_LUPDATE=/path/to/it.
LUPDATE_READS_PLURALS = (6, 12)


def _lupdate_tool() -> str:
    return os.environ.get("DESKMATE_LUPDATE") or _qt_tool("pyside6-lupdate")


def _lupdate(ts_files: list[Path]) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in DESKTOP.rglob("*.py"))
    subprocess.run([_lupdate_tool(), "-silent", "-locations", "none", *sources,
                    "-ts", *map(str, ts_files)], cwd=ROOT, check=True)


def _lupdate_keeping_plurals(ts_files: list[Path]) -> None:
    """``_lupdate`` into the committed catalogues, refused with a way out when the lupdate found
    would lose their plurals."""
    tool = _lupdate_tool()
    out = subprocess.run([tool, "-version"], capture_output=True, text=True, check=False).stdout
    found = re.search(r"(\d+)\.(\d+)", out)
    if found is None or (int(found[1]), int(found[2])) < LUPDATE_READS_PLURALS:
        raise SystemExit(
            f"{tool} ({out.strip() or 'version unknown'}) would drop the plural forms of the desktop's "
            "catalogues. Use a lupdate from PySide6 6.12 or newer:\n"
            "  python3 -m venv /tmp/lupdate && /tmp/lupdate/bin/pip install 'PySide6-Essentials>=6.12'\n"
            "  DESKMATE_LUPDATE=/tmp/lupdate/bin/pyside6-lupdate python scripts/i18n.py update")
    _lupdate(ts_files)


def desktop_update() -> None:
    """Extract the desktop's texts and merge them into every ``.ts``."""
    if desktop_catalogues():
        _lupdate_keeping_plurals(desktop_catalogues())


def desktop_compile() -> None:
    for ts in desktop_catalogues():
        subprocess.run([_qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)


def desktop_init(lang: str) -> None:
    DESKTOP_TS.mkdir(parents=True, exist_ok=True)
    _lupdate_keeping_plurals([DESKTOP_TS / f"deskmate_{lang}.ts"])


def extract_desktop_sources() -> set[tuple[str, str]]:
    """(context, source text) of every translatable text in desktop/ today (into a scratch .ts)."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "deskmate_xx.ts"
        _lupdate([scratch])
        root = ET.parse(scratch).getroot()
        return {(c.findtext("name") or "", m.findtext("source") or "")
                for c in root.iter("context") for m in c.iter("message")}


def main(argv: list[str]) -> int:
    if argv[:1] == ["resolve"]:
        resolve()
        return 0
    if not argv or argv[0] not in ("extract", "update", "compile", "all", "init"):
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "init":
        if len(argv) != 2:
            print("usage: scripts/i18n.py init LANG", file=sys.stderr)
            return 2
        extract()
        init(argv[1])
        desktop_init(argv[1])
        return 0
    if cmd in ("extract", "update", "all"):
        extract()   # the .pot is made fresh each time (not kept in the repository)
        desktop_update()
    if cmd in ("update", "all"):
        update()
    if cmd in ("compile", "all"):
        compile_all()
        desktop_compile()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
