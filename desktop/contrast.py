"""Text contrast of the style sheet, measured the way WCAG 2.x defines it.

``core/resources/style.qss`` is parsed into rules; each rule that sets a text colour or a background is
paired with the background (or text colour) it is drawn on. A rule without its own background
takes it from, in order: an ``/* on: SELECTOR */`` note inside the rule (for text that sits on a
surface styled elsewhere, e.g. the sidebar's labels on ``QWidget#sidebar``), the same selector
without its ``:state``/``::part``, the enclosing selector of a descendant selector (``A B`` → ``A``),
and finally the window background. The test suite fails any pair below AA (4.5:1 for normal
text), so a colour change that makes text hard to read is caught before anyone ships it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

AA_NORMAL = 4.5
WINDOW_SELECTOR = "QMainWindow"
DEFAULT_TEXT = "#000000"        # the platform palette's window text where a rule sets none

_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\b")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}", re.S)
_COMMENT = re.compile(r"/\*(.*?)\*/", re.S)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of an sRGB colour like ``#1f2d3a``."""
    h = colour.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass
class Rule:
    selector: str
    props: dict[str, str]
    on: str | None = None           # the "/* on: ... */" note


@dataclass(frozen=True)
class Pair:
    selector: str
    what: str                       # "color", "selection-color", ...
    text: str
    background: str

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.text, self.background)


def parse(qss: str) -> dict[str, Rule]:
    """Selector -> rule (a rule listing several selectors is entered under each)."""
    rules: dict[str, Rule] = {}
    outside = _COMMENT.sub(lambda m: "" if "on:" not in m.group(1) else m.group(0), qss)
    for m in _RULE.finditer(outside):
        selectors = _COMMENT.sub("", m.group(1))
        body = m.group(2)
        note = next((c.split("on:", 1)[1].strip() for c in _COMMENT.findall(body) if "on:" in c), None)
        props: dict[str, str] = {}
        for decl in _COMMENT.sub("", body).split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                props[k.strip().lower()] = v.strip()
        for sel in (s.strip() for s in selectors.split(",")):
            if not sel:
                continue
            old = rules.get(sel)
            if old is not None:         # later rules for the same selector add to it
                old.props.update(props)
                old.on = note or old.on
            else:
                rules[sel] = Rule(sel, dict(props), note)
    return rules


def _colour(value: str | None) -> str | None:
    if not value:
        return None
    m = _HEX.search(value)
    return m.group(0) if m else None


def _base(selector: str) -> str | None:
    """The selector one step more general: without the last ::part/:state, or the enclosing
    selector of a descendant/child selector."""
    s = selector.strip()
    m = re.match(r"^(.*?)(::?[A-Za-z-]+(\([^)]*\))?)$", s)
    if m and m.group(1) and not m.group(1).endswith((" ", ">")):
        return m.group(1)
    parts = re.split(r"\s*>\s*|\s+", s)
    if len(parts) > 1:
        return " ".join(parts[:-1])
    return None


def background_of(rules: dict[str, Rule], selector: str, _seen: frozenset[str] = frozenset()) -> str:
    if selector in _seen:
        return background_of(rules, WINDOW_SELECTOR)
    rule = rules.get(selector)
    if rule is not None:
        own = _colour(rule.props.get("background-color") or rule.props.get("background"))
        if own:
            return own
        if rule.on:
            return background_of(rules, rule.on, _seen | {selector})
    base = _base(selector)
    if base:
        return background_of(rules, base, _seen | {selector})
    if selector != WINDOW_SELECTOR:
        return background_of(rules, WINDOW_SELECTOR, _seen | {selector})
    return "#ffffff"


def text_of(rules: dict[str, Rule], selector: str) -> str:
    rule = rules.get(selector)
    if rule is not None:
        own = _colour(rule.props.get("color"))
        if own:
            return own
    base = _base(selector)
    return text_of(rules, base) if base else DEFAULT_TEXT


def pairs(qss: str) -> list[Pair]:
    """Every (text, background) pair the style sheet draws text with."""
    rules = parse(qss)
    out: list[Pair] = []
    for sel, rule in rules.items():
        p = rule.props
        if "::indicator" in sel or "::handle" in sel or "::groove" in sel:
            continue                   # no text drawn there
        has_text = "color" in p
        has_bg = _colour(p.get("background") or p.get("background-color")) is not None
        if has_text or has_bg:
            out.append(Pair(sel, "color", text_of(rules, sel), background_of(rules, sel)))
        if "selection-color" in p or "selection-background-color" in p:
            out.append(Pair(sel, "selection-color", _colour(p.get("selection-color")) or DEFAULT_TEXT,
                            _colour(p.get("selection-background-color")) or background_of(rules, sel)))
        if "alternate-background-color" in p:
            out.append(Pair(sel, "alternate rows", text_of(rules, sel),
                            _colour(p["alternate-background-color"]) or "#ffffff"))
    return out


def failing(qss: str, minimum: float = AA_NORMAL) -> list[Pair]:
    return [pr for pr in pairs(qss) if pr.ratio < minimum]


def style_sheet_path() -> Path:
    from core.kernel.paths import resources_dir
    return resources_dir() / "style.qss"
