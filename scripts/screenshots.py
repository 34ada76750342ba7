"""Screenshots of each role's main pages on the demo shop, for the README.

    .venv/bin/python scripts/screenshots.py                 # -> docs/screenshots/*.png
    .venv/bin/python scripts/screenshots.py --size 1280x720 --out shots --all-tabs
    .venv/bin/python scripts/screenshots.py --lang de --out shots-de   # the German screens and demo shop

Builds the demo shop in a temporary folder (or uses ``--data-dir``), opens the real main window
off-screen as the owner (owner), a member of staff (sam) and the bookkeeper (bea), shows each of
their pages at a laptop size (1366×768 unless told) and saves what the window draws. The PNGs are
quantised to a 256-colour palette (Pillow, installed with fpdf2) so the whole set stays small
enough to keep in the repository.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROLES = (("owner", "owner"), ("sam", "staff"), ("bea", "bookkeeper"))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    p.add_argument("--data-dir", type=Path, help="an existing demo shop (default: build one)")
    p.add_argument("--all-tabs", action="store_true", help="every tab, not only each page's first")
    p.add_argument("--colours", type=int, default=256, help="palette size of the saved PNGs")
    p.add_argument("--lang", default="en", help="the language of the screens and the demo shop (en, de, es)")
    return p.parse_args(argv)


def save_small(image, path: Path, colours: int) -> None:
    """Save a QImage as a palette PNG (a screenshot has few colours; this is ~4x smaller)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    import io
    img = Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB")
    img.quantize(colors=colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE) \
        .save(path, optimize=True)


def write_index(out: Path, index: dict[str, list[tuple[str, str]]], size: str) -> None:
    """``README.md`` beside the pictures: one section per role, each page with its picture."""
    who = {"owner": "owner (Olivia)", "staff": "staff (Sam)", "bookkeeper": "bookkeeper (Bea)"}
    lines = ["# Deskmate on the demo shop, by role", "",
             f"Taken by `scripts/screenshots.py` at {size} on the demo shop (`./dev demo`).", ""]
    for role, shots in index.items():
        lines += [f"## {role.capitalize()}", "", f"Logged in as the {who.get(role, role)}.", ""]
        for label, name in shots:
            lines += [f"### {label}", "", f"![{label} as the {role}]({name})", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    width, height = (int(x) for x in args.size.lower().split("x"))

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from core.app import Deskmate
    from core.demo import build_demo
    from desktop.bridge import Bridge
    from desktop.context import DesktopContext
    from desktop.shell import MainWindow
    from desktop.tasks import TaskRunner
    from desktop.tour import walk
    from desktop.ui import apply_style

    qapp = QApplication.instance() or QApplication([])
    scratch = Path(tempfile.mkdtemp(prefix="deskmate-shots-"))
    # window geometry and splitters from a person's own use must not leak into the pictures
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    apply_style(qapp)
    from desktop import i18n
    lang = i18n.install(args.lang, qapp)      # before the first widget: widgets read their words once
    try:
        data = args.data_dir
        if data is None:
            data = scratch / "shop"
            print("building the demo shop…", flush=True)
            app = Deskmate.open(data)
            build_demo(app, lang=lang)
        else:
            app = Deskmate.open(data)
        args.out.mkdir(parents=True, exist_ok=True)
        total = 0
        index: dict[str, list[tuple[str, str]]] = {}
        for username, role in ROLES:
            actor = app.users.by_name(username).actor
            tasks = TaskRunner()
            ctx = DesktopContext(app=app, actor=actor, tasks=tasks, bridge=Bridge())

            def settle(tasks: TaskRunner = tasks) -> None:
                for _ in range(6):
                    tasks.wait(30_000)
                    qapp.processEvents()

            win = MainWindow(ctx, shop_name=app.settings.get("shop.name"))
            win.setWindowState(win.windowState() & ~Qt.WindowState.WindowMaximized)
            win.resize(width, height)
            win.show()
            settle()
            shot_pages: set[str] = set()
            for stop in walk(win, settle):
                if not args.all_tabs and stop.key in shot_pages:
                    continue
                shot_pages.add(stop.key)
                settle()
                name = f"{role}-{stop.slug if args.all_tabs else stop.key}.png"
                path = args.out / name
                save_small(win.grab().toImage(), path, args.colours)
                total += path.stat().st_size
                index.setdefault(role, []).append((stop.label, name))
                print(f"{path}  {stop.label} as {username}", flush=True)
            win.close()
            settle()
            # Delete each window while Qt and Python are both alive, not at the interpreter's
            # shutdown. (The aborts at exit seen once were PySide6 6.12.0 losing references to
            # None: tests/desktop/test_qt_binding.py.)
            win.deleteLater()
            qapp.processEvents()
            del win, ctx, tasks
        app.close()
        write_index(args.out, index, f"{width}×{height}")
        print(f"{total / 1e6:.2f} MB in {args.out}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
