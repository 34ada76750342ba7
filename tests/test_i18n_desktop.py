"""Nothing a person reads in desktop/ escapes Qt's translation, and the catalogues are sound.

1. An AST check: a string literal that reaches a widget's text (a ``QLabel("…")``, ``setText``,
   ``setToolTip``, a message box, a file dialog's caption, the project's own ``show_error``,
   ``EmptyState``, ``PageHeader``… — the table below) must be wrapped in ``self.tr(…)`` or
   ``QCoreApplication.translate(…)``; a module-level table marks its words with
   ``QT_TRANSLATE_NOOP`` (checked where the table is handed to a widget: a page's title).
2. Every ``desktop/translations/*.ts``: the placeholders of each translation (``{name}``, ``%1``,
   ``%n``) are those of its source; German and Spanish have no unfinished entry; and every ``.qm``
   is what ``pyside6-lrelease`` makes of its ``.ts`` today (the wheel and the bundle ship the .qm).
"""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "desktop"
TRANSLATIONS = DESKTOP / "translations"

# call name -> the positional indexes and keyword names that carry words a person reads
SINKS: dict[str, tuple[int | str, ...]] = {
    # Qt widgets made with their text
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0,), "QCommandLinkButton": (0, 1), "QMessageBox": (1, 2), "QProgressDialog": (0, 1),
    "QTableWidgetItem": (0,), "QListWidgetItem": (0,),
    # Qt setters
    "setText": (0,), "setToolTip": (0,), "setWindowTitle": (0,), "setPlaceholderText": (0,),
    "setStatusTip": (0,), "setWhatsThis": (0,), "setTitle": (0,), "setSubTitle": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "setLabelText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setSuffix": (0,), "setPrefix": (0,), "setSpecialValueText": (0,),
    "setButtonText": (1,), "setTabText": (1,), "setTabToolTip": (1,), "addTab": (1, 2), "insertTab": (2, 3),
    "addItem": (0,), "addItems": (0,), "insertItem": (1,), "setItemText": (1,), "addRow": (0,),
    "insertRow": (1,), "addButton": (0,), "addMenu": (0,), "addAction": (0,), "showMessage": (0,),
    "setHtml": (0,), "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,), "setOkButtonText": (0,), "setCancelButtonText": (0,),
    # Qt's ready-made dialogs
    "question": (1, 2), "warning": (1, 2), "information": (1, 2), "critical": (1, 2),
    "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2), "getDouble": (1, 2),
    "getSaveFileName": (1, 3), "getOpenFileName": (1, 3), "getExistingDirectory": (1,),
    # Deskmate's own widgets and helpers that put words on screen
    "show_error": (1, 2, "title"), "show_notice": (1, 2, "headline"), "show_status": (0,), "status": (0,),
    "show_message": (0, 1), "EmptyState": (0, 1, 2, "title", "text", "action_text"), "HelpButton": (0, 1),
    "PageHeader": (0, 1, "subtitle"), "LazyColumn": (0,), "ask_text": (1, 2), "_FormPage": (0, 1),
    "set_automation_state": (0,), "ImportTarget": (1, "mapping_hint"), "register_section": (0,),
    "PageSpec": ("title",),
}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls whose text comes one place later when an icon comes first: addItem(icon, "Text", data).
ICON_FIRST = {"addItem", "insertItem", "QListWidgetItem", "addAction", "QAction", "addMenu"}
LOGGERS = {"log", "logging", "logger"}


def words(text: str) -> bool:
    """A literal a person reads: it has a word in it (not "", "—", "%", "…", "×", "<br>", "{name}")."""
    text = re.sub(r"<[^<>]*>|\{[^{}]*\}|&\w+;", "", text)
    return re.search(r"[^\W\d_]{2}", text) is not None


def _literals(expr: ast.expr) -> Iterator[ast.expr]:
    """The string literals that flow into a call argument as they are: through ``a if c else b``,
    ``a + b``, ``a or b``, lists and tuples, and ``"…".format(…)``; not into other calls (whose
    result is some other function's business) and never into a tr/translate call."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str) or isinstance(expr, ast.JoinedStr):
        yield expr
    elif isinstance(expr, ast.IfExp):
        yield from _literals(expr.body)
        yield from _literals(expr.orelse)
    elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        yield from _literals(expr.left)
        yield from _literals(expr.right)
    elif isinstance(expr, ast.BoolOp):
        for v in expr.values:
            yield from _literals(v)
    elif isinstance(expr, (ast.List, ast.Tuple)):
        for v in expr.elts:
            yield from _literals(v)
    elif (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "format"):
        yield from _literals(expr.func.value)


def _text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in getattr(node, "values", []))


def _is_icon(arg: ast.expr | None) -> bool:
    """An icon argument: ``icon("x")``, ``QIcon(...)``, ``app_icon()``, ``self.style().standardIcon(...)``."""
    if not isinstance(arg, ast.Call):
        return False
    f = arg.func
    name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
    return "icon" in name.lower()


def _call_name(call: ast.Call) -> str | None:
    f = call.func
    if isinstance(f, ast.Attribute):
        if isinstance(f.value, ast.Name) and f.value.id in LOGGERS:
            return None
        return f.attr
    return f.id if isinstance(f, ast.Name) else None


def unwrapped(source: str, filename: str = "<src>") -> list[str]:
    """``file:line: text`` for each user-visible literal in ``source`` that is not translated."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = SINKS.get(name or "")
        if not where:
            continue
        first = min((i for i in where if isinstance(i, int)), default=None)
        shift = int(name in ICON_FIRST and first is not None and len(node.args) > first
                    and _is_icon(node.args[first]))
        args = [a for i, a in enumerate(node.args) if i - shift in where]
        args += [k.value for k in node.keywords if k.arg in where]
        for arg in args:
            for lit in _literals(arg):
                if words(_text(lit)):
                    found.append(f"{filename}:{lit.lineno}: {name}({_text(lit)[:60]!r})")
    return found


def desktop_modules() -> list[Path]:
    return sorted(p for p in DESKTOP.rglob("*.py") if "translations" not in p.parts)


def test_every_user_visible_literal_in_desktop_is_translated() -> None:
    problems = []
    for path in desktop_modules():
        problems += unwrapped(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    assert not problems, "wrap these in self.tr(…) / QCoreApplication.translate(…):\n" + "\n".join(problems)


@pytest.mark.parametrize("source, bad", [
    ('QLabel("Total")', True),
    ('w.setToolTip(f"{n} left")', True),
    ('box.setText("Yes please" if x else "No thanks")', True),
    ('show_error(self, exc, title="Not saved")', True),
    ('QMessageBox.question(self, "Delete?", "Delete it for good?")', True),
    ('lbl.setText("{n} left".format(n=n))', True),
    ('QLabel(self.tr("Total"))', False),
    ('w.setToolTip(self.tr("{n} left").format(n=n))', False),
    ('QLabel(QCoreApplication.translate("Ctx", "Total"))', False),
    ('QLabel("—")', False),
    ('box.addItem(self.tr("Invoice"), "invoice")', False),
    ('nav.addItem(QListWidgetItem(icon("x"), "Orders"))', True),
    ('combo.addItem(icon("x"), self.tr("Orders"), "orders")', False),
    ('QLabel(f"<b>{title}</b>")', False),
    ('w.setObjectName("totalLabel")', False),
    ('log.warning("not for people: %s", x)', False),
])
def test_the_check_tells_wrapped_from_bare(source: str, bad: bool) -> None:
    assert bool(unwrapped(source)) is bad


# --------------------------------------------------------------------------- the catalogues
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def catalogues() -> list[Path]:
    return sorted(TRANSLATIONS.glob("deskmate_*.ts"))


def messages(ts: Path) -> Iterator[tuple[str, ET.Element, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        ctx = context.findtext("name") or ""
        for msg in context.iter("message"):
            yield ctx, msg, msg.find("translation")  # type: ignore[misc]


def test_there_are_catalogues_for_english_german_and_spanish() -> None:
    assert {p.stem for p in catalogues()} >= {"deskmate_en", "deskmate_de", "deskmate_es"}


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.stem)
def test_placeholders_match_between_source_and_translation(ts: Path) -> None:
    problems = []
    for ctx, msg, tr in messages(ts):
        source = msg.findtext("source") or ""
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in tr.iter("numerusform")] if msg.get("numerus") == "yes" else [tr.text or ""]
        want = placeholders(source)
        for form in forms:
            got = placeholders(form)
            # a plural's singular may say "one" instead of %n
            if msg.get("numerus") == "yes" and "%n" in want and "%n" not in got:
                got = sorted(got + ["%n"])
            if got != want:
                problems.append(f"{ctx}: {source!r} -> {form!r}: {got} != {want}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["de", "es"])
def test_german_and_spanish_are_complete(lang: str) -> None:
    ts = TRANSLATIONS / f"deskmate_{lang}.ts"
    open_ = [f"{ctx}: {msg.findtext('source')!r}" for ctx, msg, tr in messages(ts)
             if tr is None or tr.get("type") == "unfinished"
             or not (tr.text or "").strip() and not any((f.text or "").strip() for f in tr.iter("numerusform"))]
    assert not open_, f"{len(open_)} untranslated:\n" + "\n".join(open_[:50])


def test_english_spells_plurals_out() -> None:
    """English has its own catalogue only for the %n plurals: '1 product', '2 products'."""
    numerus = [msg for _c, msg, _t in messages(TRANSLATIONS / "deskmate_en.ts") if msg.get("numerus") == "yes"]
    assert numerus
    for msg in numerus:
        forms = [f.text or "" for f in msg.find("translation").iter("numerusform")]  # type: ignore[union-attr]
        assert len(forms) == 2 and all(forms), msg.findtext("source")
        assert "(s)" not in forms[1], forms


def test_every_qm_is_compiled_from_its_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    for ts in catalogues():
        fresh = tmp_path / f"{ts.stem}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.is_file(), f"{shipped.name} is missing: run scripts/i18n.py all"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is older than its .ts: run scripts/i18n.py all"


def test_the_sources_and_the_catalogues_agree() -> None:
    """Every translatable text in desktop/ is in the catalogues (scripts/i18n.py was run after the
    last change of words), checked by extracting into a scratch catalogue."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    extracted = i18n.extract_desktop_sources()
    known = {(c, m.findtext("source")) for c, m, _t in messages(TRANSLATIONS / "deskmate_de.ts")
             if (_t is None or _t.get("type") not in ("vanished", "obsolete"))}
    missing = sorted(extracted - known)
    assert not missing, f"{len(missing)} texts are not in the catalogues (run scripts/i18n.py all):\n" + \
        "\n".join(f"{c}: {s!r}" for c, s in missing[:40])
