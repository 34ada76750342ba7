"""Words stored on an inbox item, read in the reader's language.

Why not store the translated text: a job drafts in the worker's language, at night, for people who
read in theirs (an English owner and a Spanish assistant share one inbox). So what a job or an area
writes into an item's title, summary, reason card or result is the English message (the catalogue's
key) with its arguments, and :func:`shown` translates it whenever an item is read.

* :func:`tmsg` — a message with arguments as a small dict (``{"msg": ..., "args": {...}}``), for
  JSON fields such as the reason card; an argument may itself be a :func:`tmsg` (a translated word).
* :func:`stored` — the same as a JSON string, for text columns (title, summary, result).
* :func:`shown` — any of these, or plain text, in the current language. Plain text that is not a
  catalogue key (a person's note, an item written by an older version) shows as it was written.

* :func:`tmsg_n` / :func:`stored_n` — the same for a count ("{n} product" / "{n} products").

``tmsg``, ``stored``, ``tmsg_n`` and ``stored_n`` are extraction keywords of ``scripts/i18n.py``: their
literal messages go into the catalogue as they are written.
"""
from __future__ import annotations

import json
from typing import Any

from core.kernel.i18n import _, ngettext
from core.kernel.types import to_jsonable

_KEY = "msg"
_PREFIX = '{"msg": '


def tmsg(message: str, **args: Any) -> dict[str, Any]:
    """``message`` with its named arguments, kept for translation when read (see :func:`shown`)."""
    out: dict[str, Any] = {_KEY: message}
    if args:
        out["args"] = {k: v if isinstance(v, dict) else to_jsonable(v) for k, v in args.items()}
    return out


def tmsg_n(singular: str, plural: str, n: int, **args: Any) -> dict[str, Any]:
    """A message whose words follow a count (``ngettext`` when read); ``n`` is also an argument."""
    out = tmsg(singular, n=n, **args)
    out["plural"] = plural
    out["count"] = n
    return out


def stored_n(singular: str, plural: str, n: int, **args: Any) -> str:
    """:func:`tmsg_n` as text, for a text column."""
    return json.dumps(tmsg_n(singular, plural, n, **args), ensure_ascii=False)


def stored(message: str, **args: Any) -> str:
    """:func:`tmsg` as text, for a text column: ``{"msg": "Reorder from {supplier}", "args": ...}``."""
    return json.dumps(tmsg(message, **args), ensure_ascii=False)


def as_stored(message: dict[str, Any]) -> str:
    """A :func:`tmsg` made elsewhere, as text for a text column."""
    return json.dumps(message, ensure_ascii=False)


def _decode(text: str) -> dict[str, Any] | None:
    if not text.startswith(_PREFIX):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) and isinstance(value.get(_KEY), str) else None


def is_message(value: Any) -> bool:
    return (isinstance(value, dict) and isinstance(value.get(_KEY), str)) or (
        isinstance(value, str) and _decode(value) is not None)


def _arg(value: Any) -> Any:
    """An argument as it is shown: a message translated, a list of parts joined ("2 cover gaps,
    every wish met"), anything else as it is."""
    if is_message(value):
        return shown(value)
    if isinstance(value, list):
        return ", ".join(str(_arg(v)) for v in value)
    return "" if value is None else value


def _render(message: dict[str, Any]) -> str:
    args = {k: _arg(v) for k, v in (message.get("args") or {}).items()}
    source = message[_KEY]
    if isinstance(message.get("plural"), str) and isinstance(message.get("count"), int):
        source = message["plural"] if message["count"] != 1 else source
        translated = ngettext(message[_KEY], message["plural"], message["count"])
    else:
        translated = _(source)
    try:
        return translated.format(**args)
    except (KeyError, IndexError, ValueError):   # a translation that lost a placeholder: the English
        try:
            return source.format_map(_Missing(args))
        except (KeyError, IndexError, ValueError):   # not a format string at all: as it was written
            return source


class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def shown(value: Any) -> str:
    """What a person reads for a stored text, in the current language."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return _render(value) if _KEY in value else str(value)
    text = str(value)
    if not text:
        return text
    decoded = _decode(text)
    if decoded is not None:
        return _render(decoded)
    return _(text)


def shown_or_none(value: Any) -> str | None:
    return None if value is None else shown(value)
