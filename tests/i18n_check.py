"""Find words a person reads in core/ that bypass the translation functions.

Used by tests/test_i18n_core.py. A literal is "bare" when it holds a letter and is not the argument of
``_``, ``N_``, ``ngettext`` or ``pgettext``. Where such a literal is checked:

* the message of every error core raises (``DeskmateError`` and all its subclasses, found in the
  code, plus ``Problem``'s reason);
* what the command line prints (``print`` in ``cli.py`` / ``cli_*.py`` modules);
* the help texts of the command line (``help=``, ``description=``);
* keyword arguments that name words on a screen or in a document (``title=``, ``reason=``,
  ``explanation=``, ``summary=``, ``label=``, ``message=``, ``detail=``, ``heading=``, ``header=``,
  ``sheet=``, ``caption=``, ``text=``, ``note=``, ``verdict=``, ``why=``, ``how=``, ``columns=``,
  ``words=``, ``empty=``), and the same keys in a dict literal (a chart dict's ``"title"``);
* the text arguments of the report and export builders, by position (:data:`TEXT_POSITIONS`: a
  series' name, a figure's label and note, a table's title and column headers, a report's title and
  help, an export column's header, a sheet's name, the keys of an export's "About" filters);
* what a function named for words returns (``*verdict*``, ``*title*``, ``*label*``, ``*words*``,
  ``*heading*``, ``*caption*``) when it is built there: an f-string or ``"…".format()``. A plain
  literal returned is a code more often than a sentence (``return "keep", sentence``), so it is not
  counted.

Tuples, lists and conditional expressions are looked into: ``how=("…", "…")`` and
``Table(title, ("Person", "Hours"), …)`` hide words as well as a bare argument does.
"""
from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Set
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# tmsg/stored keep a message with its arguments, translated when read (core/inbox/texts.py)
TRANSLATORS = frozenset({"_", "N_", "ngettext", "pgettext", "tmsg", "stored", "tmsg_n", "stored_n"})
TEXT_KEYWORDS = frozenset({"title", "reason", "explanation", "summary", "label", "message", "detail",
                           "heading", "header", "sheet", "caption", "text", "note", "verdict", "why",
                           "help", "description", "epilog", "how", "columns", "words", "empty"})
#: Keywords holding (code, words) pairs: a setting's choices in words, a template's placeholders.
PAIR_KEYWORDS = frozenset({"choice_labels", "placeholders"})
#: Builders whose positional arguments at these indexes are words a person reads.
TEXT_POSITIONS: dict[str, tuple[int, ...]] = {
    "Series": (0,),                   # core.kernel.reports: the series' name (chart legend, column)
    "Figure": (1, 5),                 # label, note
    "FigureRow": (1, 6),
    "Table": (0, 1),                  # title, column headers
    "ReportSpec": (1, 3),             # title, help
    "WeeklyMeasure": (2,),            # about: a sentence of "how it was worked out"
    "Column": (0,),                   # core.io.xlsx: a column's header
    "add_table_sheet": (1,),          # the sheet's name
    "add_about_sheet": (1, 2),        # the export's title, its filters' names (the dict's keys)
    "Conflict": (2,),                 # core.scheduling.solver: why a roster cannot keep a rule
    "PilotComparison": (1,),          # core.automation.pilot: what people's own work is, in words
}
#: Keys of a dict literal whose literal value is words on a screen (a chart dict, a reason card).
DICT_TEXT_KEYS = frozenset({"title", "empty", "heading", "caption", "label", "explanation", "verdict"})
#: A function whose name holds one of these returns words a person reads.
WORD_FUNCTIONS = ("verdict", "title", "label", "words", "heading", "caption")
ERROR_ROOTS = frozenset({"DeskmateError", "Problem", "UsageError", "LimitError"})


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
        else:   # f"{label} {'changed' if secret else 'set'}": the words hide in a placeholder
            for v in node.values:
                if isinstance(v, ast.FormattedValue):
                    yield from bare_literals(v.value)
    elif isinstance(node, ast.BinOp):
        yield from bare_literals(node.left)
        yield from bare_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from bare_literals(node.body)
        yield from bare_literals(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for v in node.values:
            yield from bare_literals(v)
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for v in node.elts:
            yield from bare_literals(v)
    elif isinstance(node, ast.Starred):
        yield from bare_literals(node.value)
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


def _checked_arguments(node: ast.Call, path: Path, errors: Set[str]) -> Iterator[ast.expr]:
    name = _name(node.func)
    if name in errors and node.args:
        yield node.args[0]
    if name == "print" and _is_cli(path) and node.args:
        yield node.args[0]
    for i in TEXT_POSITIONS.get(name or "", ()):
        if i < len(node.args) and not isinstance(node.args[i], ast.Starred):
            arg = node.args[i]
            yield from (arg.keys if isinstance(arg, ast.Dict) else [arg])   # type: ignore[misc]
    for kw in node.keywords:
        if kw.arg in TEXT_KEYWORDS or (name in errors and kw.arg in ("reason", "message")):
            yield kw.value
        elif kw.arg in PAIR_KEYWORDS and isinstance(kw.value, (ast.Tuple, ast.List)):
            # ((value, "Plain words"), ...): the words, not the stored value or placeholder name
            for pair in kw.value.elts:
                if isinstance(pair, ast.Tuple) and len(pair.elts) == 2:
                    yield pair.elts[1]


#: Three words in a row: a formula written in words ("next level when days overdue ≥ …"), not in
#: symbols ("ROP = d × L + z × σ × √L"), which reads the same in every language.
_WORDS_IN_A_ROW = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}\s+[^\W\d_]{2,}")


def _card_words(node: ast.Call) -> Iterator[ast.AST]:
    """``reason_card(...)``: its input labels, data window, calculation lines and warnings are read
    on the card; its formula too when it is written in words."""
    if _name(node.func) != "reason_card":
        return
    for kw in node.keywords:
        if kw.arg == "inputs" and isinstance(kw.value, ast.Dict):
            for key in kw.value.keys:
                yield from bare_literals(key)
        elif kw.arg in ("window", "calculation", "warnings"):
            yield from bare_literals(kw.value)
        elif kw.arg == "formula":
            yield from (lit for lit in bare_literals(kw.value) if _WORDS_IN_A_ROW.search(ast.unparse(lit)))


def _built_text(node: ast.AST | None) -> Iterator[ast.AST]:
    """The words in a returned value that were put together there (f-strings, ``"…".format()``),
    not plain literals (codes); tuples and conditional expressions are looked into."""
    if isinstance(node, (ast.Tuple, ast.List)):
        for v in node.elts:
            yield from _built_text(v)
    elif isinstance(node, ast.IfExp):
        yield from _built_text(node.body)
        yield from _built_text(node.orelse)
    elif isinstance(node, (ast.JoinedStr, ast.BinOp, ast.Call)):
        yield from bare_literals(node)


def _returned_words(func: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.AST]:
    if func.name == "rule":        # core.kernel.rules: a field rule returns the message beside the field
        for node in ast.walk(func):
            if isinstance(node, ast.Return):
                yield from bare_literals(node.value)
        return
    if not any(w in func.name.lower() for w in WORD_FUNCTIONS):
        return
    for node in ast.walk(func):
        if isinstance(node, ast.Return):
            yield from _built_text(node.value)


def _dict_words(node: ast.Dict) -> Iterator[ast.AST]:
    """``{"title": "Sales by week", ...}``: a chart's or a card's words. Only keys that are never
    data: a ``"reason"`` or ``"summary"`` in a dict is as often a stored record (a stock movement's
    reason, an audit entry) as words on a screen, and a tuple under a key is a list of aliases."""
    for key, value in zip(node.keys, node.values):
        if isinstance(key, ast.Constant) and key.value in DICT_TEXT_KEYS and not isinstance(value, (ast.Tuple, ast.List)):
            yield from bare_literals(value)


def bare_in(path: Path, errors: Set[str]) -> list[Bare]:
    return bare_in_source(path.read_text(encoding="utf-8"), path.relative_to(ROOT), errors)


def bare_in_source(source: str, path: Path, errors: Set[str] = ERROR_ROOTS) -> list[Bare]:
    """The bare literals of ``source`` as if it were the file ``path`` (relative to the repository;
    its name says whether it is a command-line module)."""
    tree = ast.parse(source)
    rel = path.as_posix()
    found: list[Bare] = []
    for node in ast.walk(tree):
        lits: list[ast.AST] = []
        if isinstance(node, ast.Call):
            for arg in _checked_arguments(node, path, errors):
                lits.extend(bare_literals(arg))
            lits.extend(_card_words(node))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lits.extend(_returned_words(node))
        elif isinstance(node, ast.Dict):
            lits.extend(_dict_words(node))
        found.extend(Bare(rel, getattr(lit, "lineno", 0), ast.unparse(lit)[:80]) for lit in lits)
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
