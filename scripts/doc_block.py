"""A generated block inside a hand-written document, kept in step with the code it describes.

The block sits between two HTML comments (``<!-- NAME:start -->`` and ``<!-- NAME:end -->``), so
the rest of the page stays prose. Each generator script gives its document, markers and renderer to
:func:`run`, which prints the block, writes it (``--write``) or fails when the document is out of
date (``--check``, run by the tests).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def replaced(doc: str, start: str, end: str, body: str, where: Path) -> str:
    if start not in doc or end not in doc:
        raise SystemExit(f"{where} has no {start} ... {end} block")
    before, _, rest = doc.partition(start)
    _, _, after = rest.partition(end)
    return f"{before}{start}\n{body}{end}{after}"


def run(description: str, script: str, doc_path: Path, start: str, end: str, render: Callable[[], str]) -> int:
    ap = argparse.ArgumentParser(description=description)
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--write", action="store_true")
    g.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if not (args.write or args.check):
        print(render())
        return 0
    doc = doc_path.read_text(encoding="utf-8")
    new = replaced(doc, start, end, render(), doc_path)
    if args.check:
        if new != doc:
            print(f"{doc_path} is out of date: run python scripts/{script} --write")
            return 1
        return 0
    doc_path.write_text(new, encoding="utf-8")
    return 0
