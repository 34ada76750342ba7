"""Keep Deskmate's message catalogues in step with the code.

    python scripts/i18n.py extract     # core/: write core/locale/deskmate.pot from the sources
    python scripts/i18n.py update      # extract, then merge into every core/locale/<lang>/.../deskmate.po
    python scripts/i18n.py compile     # .po -> .mo (shipped beside the .po)
    python scripts/i18n.py all         # the three in order (what a translator runs after editing)
    python scripts/i18n.py init LANG   # start a new language from the .pot
    python scripts/i18n.py resolve     # after a merge/rebase conflict in the catalogues: keep the
                                       # translations of both sides, update, compile, `git add`

Core's words use gettext (Babel's tools); the desktop's widgets use Qt's own .ts/.qm files, which
``desktop`` keeps with pyside6-lupdate/lrelease: see the README's "Translating Deskmate".
"""
from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "core" / "locale"
POT = LOCALE / "deskmate.pot"
DOMAIN = "deskmate"
KEYWORDS = ["-k", "_", "-k", "N_", "-k", "ngettext:1,2", "-k", "pgettext:1c,2"]


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
    if languages():
        _pybabel("compile", "-D", DOMAIN, "-d", str(LOCALE), "--statistics")


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
        return 0
    if cmd in ("extract", "update", "all"):
        extract()   # the .pot is made fresh each time (not kept in the repository)
    if cmd in ("update", "all"):
        update()
    if cmd in ("compile", "all"):
        compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
