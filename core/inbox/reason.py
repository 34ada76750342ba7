"""The reason card: why a suggestion says what it says.

Stored as plain JSON on the suggestion so it reads the same years later, whatever the code then
computes. Build one with :func:`reason_card`; the desktop renders every field, the CLI prints it.

Its words are stored as messages (``core.inbox.texts.tmsg``) and input labels as the catalogue's
English keys, so :func:`card_shown` gives each reader the card in their own language.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.inbox.texts import shown
from core.kernel.i18n import N_, _
from core.kernel.types import to_jsonable

Text = str | dict[str, Any]


def reason_card(*, explanation: Text, inputs: dict[str, Any] | list[tuple[str, Any]] | None = None,
                window: Text | None = None, formula: Text | None = None,
                calculation: Sequence[Text] | None = None, confidence: Text | float | None = None,
                warnings: Sequence[Text] | None = None, chart: dict[str, Any] | None = None,
                evidence: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    """
    explanation  one or two sentences a person reads first
    inputs       the figures used, label -> value
    window       the data window ("sales 2026-05-01 to 2026-10-31, 184 days")
    formula      the rule in symbols ("ROP = d x L + z x sigma x sqrt(L)")
    calculation  the same with the numbers filled in, line by line
    confidence   "high"/"medium"/"low" or a number in 0..1
    warnings     e.g. "not enough history: fell back to the owner's min/max"
    chart        {"type": "line"|"bar", "title", "x": [...], "series": [{"name", "values"}],
                  "markers": [{"name", "value"}]} drawn by the desktop
    evidence     rows that back a parameter change (past overrides and their reasons)
    """
    if isinstance(inputs, dict):
        inputs = list(inputs.items())
    card: dict[str, Any] = {
        "explanation": explanation,
        "inputs": [[str(k), to_jsonable(v)] for k, v in (inputs or [])],
        "window": window,
        "formula": formula,
        "calculation": list(calculation or []),
        "confidence": confidence,
        "warnings": list(warnings or []),
    }
    if chart:
        card["chart"] = to_jsonable(chart)
    if evidence:
        card["evidence"] = to_jsonable(evidence)
    card.update(to_jsonable(extra))
    return card


def _value(value: Any) -> Any:
    """An input's value: a stored message is translated, a figure or a name stays as it is."""
    return shown(value) if isinstance(value, dict) and "msg" in value else value


def _chart_shown(chart: dict[str, Any]) -> dict[str, Any]:
    out = dict(chart)
    if out.get("title"):
        out["title"] = shown(out["title"])
    out["series"] = [{**s, "name": shown(s.get("name"))} for s in chart.get("series", [])]
    if "markers" in chart:
        out["markers"] = [{**m, "name": shown(m.get("name"))} for m in chart.get("markers", [])]
    return out


#: What a card says of its confidence, when it says it in a word.
CONFIDENCE_WORDS = {"high": N_("high"), "medium": N_("medium"), "low": N_("low")}


def card_shown(card: dict[str, Any]) -> dict[str, Any]:
    """The card in the reader's language: explanation, labels, window, calculation, confidence
    words, warnings and the chart's names (cards written by an older version show as written)."""
    if not card:
        return {}
    out = dict(card)
    out["explanation"] = shown(card.get("explanation", ""))
    out["inputs"] = [[shown(label), _value(value)] for label, value in card.get("inputs", [])]
    if card.get("window"):
        out["window"] = shown(card["window"])
    if card.get("formula"):
        out["formula"] = shown(card["formula"])
    out["calculation"] = [shown(step) for step in card.get("calculation", [])]
    confidence = card.get("confidence")
    if isinstance(confidence, dict):
        out["confidence"] = shown(confidence)
    elif isinstance(confidence, str):
        out["confidence"] = _(CONFIDENCE_WORDS[confidence]) if confidence in CONFIDENCE_WORDS else shown(confidence)
    out["warnings"] = [shown(w) for w in card.get("warnings", [])]
    if isinstance(card.get("chart"), dict):
        out["chart"] = _chart_shown(card["chart"])
    return out


def render_text(card: dict[str, Any]) -> str:
    """The card as plain text, for the CLI and for exports (in the reader's language)."""
    card = card_shown(card)
    lines = [card.get("explanation", "")]
    for label, value in card.get("inputs", []):
        lines.append(f"  {label}: {value}")
    if card.get("window"):
        lines.append(_("Data window: {window}").format(window=card["window"]))
    if card.get("formula"):
        lines.append(_("Formula: {formula}").format(formula=card["formula"]))
    for step in card.get("calculation", []):
        lines.append(f"  {step}")
    if card.get("confidence") is not None:
        lines.append(_("Confidence: {confidence}").format(confidence=card["confidence"]))
    for w in card.get("warnings", []):
        lines.append(_("Warning: {warning}").format(warning=w))
    return "\n".join(lines)
