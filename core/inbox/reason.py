"""The reason card: why a suggestion says what it says.

Stored as plain JSON on the suggestion so it reads the same years later, whatever the code then
computes. Build one with :func:`reason_card`; the desktop renders every field, the CLI prints it.
"""
from __future__ import annotations

from typing import Any

from core.kernel.types import to_jsonable


def reason_card(*, explanation: str, inputs: dict[str, Any] | list[tuple[str, Any]] | None = None,
                window: str | None = None, formula: str | None = None,
                calculation: list[str] | None = None, confidence: str | float | None = None,
                warnings: list[str] | None = None, chart: dict[str, Any] | None = None,
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
        "calculation": calculation or [],
        "confidence": confidence,
        "warnings": warnings or [],
    }
    if chart:
        card["chart"] = to_jsonable(chart)
    if evidence:
        card["evidence"] = to_jsonable(evidence)
    card.update(to_jsonable(extra))
    return card


def render_text(card: dict[str, Any]) -> str:
    """The card as plain text, for the CLI and for exports."""
    lines = [card.get("explanation", "")]
    for label, value in card.get("inputs", []):
        lines.append(f"  {label}: {value}")
    if card.get("window"):
        lines.append(f"Data window: {card['window']}")
    if card.get("formula"):
        lines.append(f"Formula: {card['formula']}")
    for step in card.get("calculation", []):
        lines.append(f"  {step}")
    if card.get("confidence") is not None:
        lines.append(f"Confidence: {card['confidence']}")
    for w in card.get("warnings", []):
        lines.append(f"Warning: {w}")
    return "\n".join(lines)
