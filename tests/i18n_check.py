"""Find words a person reads in core/ that bypass the translation functions.

Used by tests/test_i18n_core.py. A literal is "bare" when it holds a letter and is not the argument of
``_``, ``N_``, ``ngettext`` or ``pgettext``. Where such a literal is checked:

* the message of every error core raises (``DeskmateError`` and all its subclasses, found in the
  code, plus ``Problem``'s reason);
* what the command line prints (``print`` in ``cli.py`` / ``cli_*.py`` modules);
* the help texts of the command line (``help=``, ``description=``);
* keyword arguments that name words on a screen or in a document (``title=``, ``reason=``,
  ``explanation=``, ``summary=``, ``label=``, ``message=``, ``detail=``, ``heading=``, ``header=``,
  ``sheet=``, ``caption=``, ``text=``, ``note=``, ``verdict=``, ``why=``).
"""
from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# tmsg/stored keep a message with its arguments, translated when read (core/inbox/texts.py)
TRANSLATORS = frozenset({"_", "N_", "ngettext", "pgettext", "tmsg", "stored", "tmsg_n", "stored_n"})
TEXT_KEYWORDS = frozenset({"title", "reason", "explanation", "summary", "label", "message", "detail",
                           "heading", "header", "sheet", "caption", "text", "note", "verdict", "why",
                           "help", "description", "epilog"})
ERROR_ROOTS = frozenset({"DeskmateError", "Problem", "UsageError"})


@dataclass(frozen=True)
class Bare:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def bare_literals(node: ast.AST | None) -> Iterator[ast.AST]:
    """The literal pieces of ``node`` a person would read untranslated."""
    if node is None:
        return
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and _has_letter(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if any(isinstance(v, ast.Constant) and _has_letter(str(v.value)) for v in node.values):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from bare_literals(node.left)
        yield from bare_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from bare_literals(node.body)
        yield from bare_literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for v in node.values:
            yield from bare_literals(v)
    elif isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TRANSLATORS:
            return
        if name in ("format", "join") and isinstance(node.func, ast.Attribute):
            yield from bare_literals(node.func.value)   # "x {a}".format(...) / "; ".join(parts)


def error_classes(files: list[Path]) -> set[str]:
    """Every class in core that derives, directly or not, from one of ERROR_ROOTS."""
    bases: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(n for b in node.bases if (n := _name(b)))
    found = set(ERROR_ROOTS)
    changed = True
    while changed:
        changed = False
        for cls, parents in bases.items():
            if cls not in found and parents & found:
                found.add(cls)
                changed = True
    return found


def _is_cli(path: Path) -> bool:
    return path.name == "cli.py" or path.name.startswith("cli_")


def _checked_arguments(node: ast.Call, path: Path, errors: set[str]) -> Iterator[ast.expr]:
    name = _name(node.func)
    if name in errors and node.args:
        yield node.args[0]
    if name == "print" and _is_cli(path) and node.args:
        yield node.args[0]
    for kw in node.keywords:
        if kw.arg in TEXT_KEYWORDS or (name in errors and kw.arg in ("reason", "message")):
            yield kw.value


def bare_in(path: Path, errors: set[str]) -> list[Bare]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(ROOT).as_posix()
    found: list[Bare] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for arg in _checked_arguments(node, path, errors):
                for lit in bare_literals(arg):
                    found.append(Bare(rel, getattr(lit, "lineno", node.lineno), ast.unparse(lit)[:80]))
    return found


def core_files() -> list[Path]:
    return sorted(p for p in (ROOT / "core").rglob("*.py") if "migrations" not in p.parts)


@cache
def all_bare() -> dict[str, list[Bare]]:
    files = core_files()
    errors = error_classes(files)
    out: dict[str, list[Bare]] = {}
    for path in files:
        found = bare_in(path, errors)
        if found:
            out[found[0].path] = found
    return out
