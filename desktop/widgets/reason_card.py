"""Shows a suggestion's reason card: explanation, inputs, window, formula with numbers,
confidence, warnings and, where the card has one, its chart."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.widgets.chart import ChartWidget


def card_html(card: dict[str, Any]) -> str:
    """The card as rich text; its headings in the user's language (the card's own words come
    from core, in core's language)."""
    e = html.escape
    inputs_h = QCoreApplication.translate("ReasonCard", "Inputs")
    window_h = QCoreApplication.translate("ReasonCard", "Data window:")
    formula_h = QCoreApplication.translate("ReasonCard", "Formula:")
    confidence_h = QCoreApplication.translate("ReasonCard", "Confidence:")
    evidence_h = QCoreApplication.translate("ReasonCard", "Evidence")
    parts = [f"<p style='font-size:11pt'>{e(str(card.get('explanation') or ''))}</p>"]
    warnings = card.get("warnings") or []
    for w in warnings:
        parts.append(f"<p style='color:#a05a00'><b>⚠ {e(str(w))}</b></p>")
    inputs = card.get("inputs") or []
    if inputs:
        rows = "".join(f"<tr><td style='color:#555;padding-right:12px'>{e(str(k))}</td>"
                       f"<td><b>{e(str(v))}</b></td></tr>" for k, v in inputs)
        parts.append(f"<h4>{e(inputs_h)}</h4><table>{rows}</table>")
    if card.get("window"):
        parts.append(f"<p><b>{e(window_h)}</b> "
                     f"{e(str(card['window']))}</p>")
    if card.get("formula"):
        parts.append(f"<p><b>{e(formula_h)}</b> "
                     f"<code>{e(str(card['formula']))}</code></p>")
    calc = card.get("calculation") or []
    if calc:
        parts.append("<pre style='background:#f4f6f8;padding:6px'>" + e("\n".join(map(str, calc))) + "</pre>")
    if card.get("confidence") is not None:
        parts.append(f"<p><b>{e(confidence_h)}</b> "
                     f"{e(str(card['confidence']))}</p>")
    evidence = card.get("evidence") or []
    if evidence:
        keys = list(evidence[0].keys())
        head = "".join(f"<th align='left'>{e(k)}</th>" for k in keys)
        body = "".join("<tr>" + "".join(f"<td>{e(str(r.get(k, '')))}</td>" for k in keys) + "</tr>"
                       for r in evidence)
        parts.append(f"<h4>{e(evidence_h)}</h4><table cellspacing=4><tr>{head}</tr>{body}</table>")
    return "".join(parts)


class ReasonCardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self.tr("Why this suggestion"))
        self.header.setObjectName("sectionTitle")
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.chart = ChartWidget()
        self.chart.hide()
        lay.addWidget(self.header)
        lay.addWidget(self.text, 3)
        lay.addWidget(self.chart, 2)

    def set_card(self, card: dict[str, Any] | None) -> None:
        card = card or {}
        self.text.setHtml(card_html(card))
        chart = card.get("chart")
        self.chart.set_chart(chart)
        self.chart.setVisible(bool(chart))
