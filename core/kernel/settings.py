"""Typed settings with their defaults in one place (after Picard's option registry).

Each setting is declared once with its type, default, label and who may change it; areas declare
their own at import time. Values live in the ``setting`` table as JSON; a missing row means the
default, so adding a setting never needs a data migration.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import String, event, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.kernel.i18n import N_, _
from core.kernel.actor import Actor, Role
from core.kernel.audit import record
from core.kernel.db import Base
from core.kernel.errors import DeskmateError, PermissionDenied, Problem, ValidationError
from core.kernel.parsers import p_bool, p_positive_int, p_text
from core.kernel.registry import AreaRegistry
from core.kernel.types import JSONText


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText())


Parser = Callable[[Any], Any]


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    #: The English words (marked with ``N_`` where declared); ``label`` and ``help`` give them in the
    #: reader's language, so every screen and message that names a setting speaks it.
    label_msg: str
    help_msg: str
    parse: Parser
    area: str = "shop"
    edit_roles: frozenset[Role] = frozenset({Role.OWNER})
    choices: tuple[Any, ...] | None = None
    kind: str = "text"   # text | int | bool | decimal | choice | json | multiline
    #: Kept in the keyring (or a private file), never in the database: shown only as "set" / "not
    #: set", audited only as "(secret changed)". See core/kernel/secrets.py.
    secret: bool = False
    # How each choice reads to a person ((value, "Plain words"), ...); without it the value is shown.
    choice_labels: tuple[tuple[Any, str], ...] = ()
    # For text templates: the {placeholders} they accept and what each becomes ((name, meaning), ...).
    placeholders: tuple[tuple[str, str], ...] = ()
    #: Words the shop writes to customers (a reminder letter, payment details): besides the value
    #: every customer gets, the shop may keep one per language (stored as ``KEY@LANG``), and a
    #: customer who reads that language gets it (:meth:`SettingsService.read_in_language`).
    per_language: bool = False
    #: How a language version is read (default: ``parse``); e.g. a reminder letter's wording
    #: without its timing, which stays the shop's.
    parse_language: Parser | None = None

    @property
    def label(self) -> str:
        return _(self.label_msg)

    @property
    def help(self) -> str:
        return _(self.help_msg) if self.help_msg else ""

    def choice_label(self, value: Any) -> str:
        """The words a person sees for one of ``choices`` (in their language)."""
        words = dict(self.choice_labels).get(value)
        return _(words) if words else str(value)


#: Every setting by key: the kernel's own (``shop.*``, ``app.*``, below) and each area's, declared
#: in ``core/<area>/settings.py`` and imported the first time the registry is read.
REGISTRY: AreaRegistry[SettingSpec] = AreaRegistry("settings", key=lambda spec: spec.key)
#: What listings show instead of a secret's value.
SECRET_SET, SECRET_NOT_SET = "set", "not set"
#: What the audit log records for a secret's old and new value.
SECRET_CHANGED = "(secret changed)"
_generation = 0  # counts writes, so caches of settings-derived things (formats) know to refresh
#: The key prefixes the kernel declares itself; every other prefix belongs to an area.
KERNEL_PREFIXES = frozenset({"shop", "app"})
_generation_lock = threading.Lock()


def generation() -> int:
    """How many times settings were written in this process (see ``core.kernel.formats``)."""
    return _generation


def _bump_generation() -> None:
    global _generation
    with _generation_lock:
        _generation += 1


def register(spec: SettingSpec) -> SettingSpec:
    """Declare a setting; areas call this in their ``settings.py`` only."""
    return REGISTRY.register(spec)


def spec_for(key: str) -> SettingSpec:
    """The setting ``key`` declares; for ``KEY@LANG`` (a language version) the setting ``KEY``."""
    base, lang = split_language(key)
    spec = REGISTRY.get(base)
    if spec is None:
        raise DeskmateError(_("unknown setting '{key}'").format(key=key))
    if lang is not None:
        from core.kernel.i18n import LANGUAGES
        if not spec.per_language:
            raise DeskmateError(_("'{key}' has no version per language").format(key=base))
        if lang not in LANGUAGES:
            raise DeskmateError(_("'{lang}' is not a language Deskmate speaks: one of {languages}").format(
                lang=lang, languages=", ".join(LANGUAGES)))
    return spec


def language_name(lang: str) -> str:
    """A language as it calls itself ("Deutsch"), the code when Deskmate does not know it."""
    from core.kernel.i18n import LANGUAGES
    return LANGUAGES.get(lang, lang)


def language_key(key: str, lang: str) -> str:
    """Where the version of ``key`` for readers of ``lang`` is stored: ``invoicing.reminders@de``."""
    return f"{key}@{lang}"


def split_language(key: str) -> tuple[str, str | None]:
    """``invoicing.reminders@de`` -> (``invoicing.reminders``, ``de``); a plain key -> (key, None)."""
    base, sep, lang = key.partition("@")
    return (base, lang) if sep else (key, None)


# --- the settings' own parsers, built on core.kernel.parsers: each takes what a person typed or
# what JSON held and returns the canonical (JSON-able) value ---

def p_shop_name(v: Any) -> str:
    """The shop's name is printed on every invoice and shown in the sidebar: never empty."""
    text = p_text("" if v is None else v)
    if not text:
        raise ValueError("enter the shop's name: it is printed on invoices and rosters")
    return text


def p_currency(v: Any) -> str:
    from babel.numbers import get_currency_name  # imported when validating, not at start-up

    code = str(v).strip().upper()
    if len(code) != 3 or get_currency_name(code) == code:
        raise ValueError(f"'{v}' is not an ISO 4217 currency code such as EUR or GBP")
    return code


def p_locale(v: Any) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(str(v).strip().replace("-", "_")))
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"'{v}' is not a known locale such as en_GB or de_DE") from None


def p_timezone(v: Any) -> str:
    try:
        ZoneInfo(str(v).strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{v}' is not a time zone such as Europe/London") from None
    return str(v).strip()


def p_tax_rates(v: Any) -> list[dict[str, str]]:
    """A list of {"code", "name", "rate"} with rate a percentage, e.g. 20 for 20 %."""
    if isinstance(v, str):
        # "standard=20, reduced=5, zero=0"
        items = []
        for part in filter(None, (x.strip() for x in v.split(","))):
            code, _eq, rate = part.partition("=")
            items.append({"code": code.strip(), "name": code.strip().capitalize(), "rate": rate})
        v = items
    if not isinstance(v, (list, tuple)):
        raise ValueError("tax rates are a list of code, name and rate")
    out = []
    seen = set()
    for item in v:
        if not isinstance(item, dict) or "code" not in item or "rate" not in item:
            raise ValueError("each tax rate needs a code and a rate")
        code = str(item["code"]).strip()
        if not code or code in seen:
            raise ValueError("each tax rate needs its own code")
        seen.add(code)
        try:
            rate = Decimal(str(item["rate"]).strip())
        except InvalidOperation:
            raise ValueError(f"tax rate {code}: '{item['rate']}' is not a number") from None
        if not rate.is_finite() or rate < 0 or rate > 100:
            raise ValueError(f"tax rate {code} must be between 0 and 100 %")
        out.append({"code": code, "name": str(item.get("name") or code), "rate": str(rate)})
    if not out:
        raise ValueError("at least one tax rate is needed (it may be 0 %)")
    return out


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def p_opening_hours(v: Any) -> dict[str, list[str]]:
    """{"mon": ["08:00", "18:00"], ..., "sun": []}: closed days have an empty list."""
    if not isinstance(v, dict):
        raise ValueError('opening hours are given per day, e.g. {"mon": ["09:00", "17:30"]}')
    unknown = set(v) - set(DAYS)
    if unknown:
        raise ValueError(f"unknown day(s) {', '.join(sorted(map(str, unknown)))}: use mon..sun")
    out: dict[str, list[str]] = {}
    for day in DAYS:
        span = v.get(day) or []
        if isinstance(span, str):
            span = [s.strip() for s in span.split("-")] if span.strip() else []
        if span:
            if len(span) != 2:
                raise ValueError(f"{day}: give an opening and a closing time like 09:00-17:30")
            try:
                opens, closes = (time.fromisoformat(str(span[0])), time.fromisoformat(str(span[1])))
            except ValueError:
                raise ValueError(f"{day}: '{span[0]}-{span[1]}' is not a time span like 09:00-17:30") from None
            if closes <= opens:
                raise ValueError(f"{day}: closing time must be after opening time")
            out[day] = [opens.strftime("%H:%M"), closes.strftime("%H:%M")]
        else:
            out[day] = []
    return out


def p_week_start(v: Any) -> int:
    if isinstance(v, str) and v.strip()[:3].lower() in DAYS:
        return DAYS.index(v.strip()[:3].lower())
    try:
        n = int(v)
    except (TypeError, ValueError):
        raise ValueError(f"'{v}' is not a day of the week") from None
    if not 0 <= n <= 6:
        raise ValueError("week start is a day from 0 (Monday) to 6 (Sunday)")
    return n


_OWNER = frozenset({Role.OWNER})

for _spec in (
    SettingSpec("shop.name", "My shop", N_("Shop name"), N_("Printed on invoices, rosters and exports."), p_shop_name),
    SettingSpec("shop.address", "", N_("Address"), N_("Postal address printed on invoices."), p_text, kind="multiline"),
    SettingSpec("shop.tax_id", "", N_("Tax / VAT number"), N_("Printed on invoices where the law requires it."), p_text),
    SettingSpec("shop.email", "", N_("E-mail"), N_("Shown on documents as the contact address."), p_text),
    SettingSpec("shop.phone", "", N_("Phone"), N_("Shown on invoices and letters as the number to call."), p_text),
    SettingSpec("shop.currency", "EUR", N_("Currency"), N_("The money the shop works in (a three-letter code such as "
                "GBP or EUR); every amount is shown in it."), p_currency),
    SettingSpec("shop.locale", "en_GB", N_("Language and region"),
                N_("How numbers and dates are written, e.g. English (United Kingdom) writes 1,234.50 and 30 Nov 2026."),
                p_locale),
    SettingSpec("shop.timezone", "Europe/London", N_("Time zone"), N_("What 'today' means for jobs and reports."), p_timezone),
    SettingSpec("shop.tax_rates", [{"code": "standard", "name": "Standard", "rate": "20"},
                                   {"code": "reduced", "name": "Reduced", "rate": "5"},
                                   {"code": "zero", "name": "Zero", "rate": "0"}],
                N_("Tax rates"), N_("Codes and percentages; items and invoice lines refer to a code."),
                p_tax_rates, kind="json"),
    SettingSpec("shop.week_start", 0, N_("Week starts on"), N_("First day of the week in rosters and reports."),
                p_week_start, kind="choice", choices=tuple(range(7)),
                choice_labels=tuple(enumerate((N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
                                               N_("Saturday"), N_("Sunday"))))),
    SettingSpec("shop.opening_hours", {d: (["09:00", "17:30"] if d not in ("sun",) else []) for d in DAYS},
                N_("Opening hours"), N_("Used for appointment slots and roster cover."), p_opening_hours, kind="json"),
    SettingSpec("app.single_user", False, N_("Single-user shop"),
                N_("Skip the login: Deskmate opens as the owner. Only for a shop with one person."), p_bool,
                area="app", kind="bool"),
    SettingSpec("app.backups_keep", 14, N_("Backups to keep"), N_("The daily backup job keeps this many files."),
                p_positive_int, area="app", kind="int"),
):
    register(_spec)


#: ``session.info`` key: the stored settings, read once per unit of work. Code reads settings one
#: at a time, often the same ones many times in one unit of work (an invoice reads its whole
#: configuration per line); most are defaults, never stored, and looking up a missing row always
#: costs a query — a round trip to the server on PostgreSQL. One query per unit of work instead.
_STORED = "deskmate_settings_stored"


def _stored(session: Session) -> dict[str, Any]:
    cache: dict[str, Any] | None = session.info.get(_STORED)
    if cache is None:
        cache = {r.key: r.value for r in session.scalars(select(SettingRow))}
        session.info[_STORED] = cache
    return cache


@event.listens_for(Session, "after_soft_rollback")
def _forget_stored(session: Session, _previous: Any) -> None:
    """A rolled-back write (a savepoint too) must not linger in the unit of work's copy."""
    session.info.pop(_STORED, None)


@event.listens_for(Session, "after_flush")
def _forget_stored_after_a_setting_write(session: Session, _ctx: Any) -> None:
    """Code that writes ``SettingRow`` itself (an applier, a test kit) is read back too: the copy
    is read again after any flush that wrote a setting."""
    if _STORED in session.info and any(isinstance(o, SettingRow)
                                       for o in (*session.new, *session.dirty, *session.deleted)):
        session.info.pop(_STORED, None)


@event.listens_for(Session, "do_orm_execute")
def _forget_stored_after_setting_sql(state: Any) -> None:
    if (_STORED in state.session.info and (state.is_insert or state.is_update or state.is_delete)
            and getattr(getattr(state.statement, "table", None), "name", None) == SettingRow.__tablename__):
        state.session.info.pop(_STORED, None)


def _secret_store(session: Session) -> Any:
    from core.kernel.identity import database_id
    from core.kernel.secrets import store_for

    return store_for(database_id(session))


class SettingsService:
    def __init__(self, db: Any) -> None:
        self.db = db

    @staticmethod
    def read(session: Session, key: str) -> Any:
        """The value, a secret's included (for the code that uses it, e.g. to log in to the mail
        server). Anything shown to a person goes through :meth:`read_many`."""
        spec = spec_for(key)
        if split_language(key)[1] is not None:
            return _stored(session).get(key)          # a language version: None when the shop has none
        if spec.secret:
            value = _secret_store(session).get(key)
            return spec.default if value is None else value
        return _stored(session).get(key, spec.default)

    @classmethod
    def read_in_language(cls, session: Session, key: str, lang: str | None) -> Any:
        """What a reader of ``lang`` gets: the shop's version for that language where it keeps one,
        else the value every customer gets (which is Deskmate's own words until the shop writes its)."""
        if lang and spec_for(key).per_language:
            value = _stored(session).get(language_key(key, lang))
            if value not in (None, "", []):
                return value
        return cls.read(session, key)

    @classmethod
    def in_language(cls, session: Session, values: dict[str, Any], lang: str | None) -> dict[str, Any]:
        """``values`` (from :meth:`read_many`) with each per-language setting as readers of ``lang``
        get it: what a document in the customer's language prints."""
        out = dict(values)
        for key in values:
            spec = REGISTRY.get(key)
            if spec is not None and spec.per_language:
                out[key] = cls.read_in_language(session, key, lang)
        return out

    @staticmethod
    def language_versions(session: Session, prefix: str = "") -> dict[str, Any]:
        """Every language version the shop keeps (``KEY@LANG``: value), for listings."""
        return {k: v for k, v in sorted(_stored(session).items())
                if split_language(k)[1] is not None and k.startswith(prefix)}

    @staticmethod
    def read_many(session: Session, prefix: str = "", reveal: bool = False) -> dict[str, Any]:
        """Every setting under ``prefix``. Secrets appear as "set" / "not set" unless ``reveal``
        (only code that must use them, such as sending mail, asks for that)."""
        stored = {r.key: r.value for r in session.scalars(select(SettingRow))}
        out: dict[str, Any] = {}
        store = None
        for k, spec in REGISTRY.items():
            if not k.startswith(prefix):
                continue
            if spec.secret:
                store = store or _secret_store(session)
                value = store.get(k)
                out[k] = (spec.default if value is None else value) if reveal else \
                    (SECRET_SET if value else SECRET_NOT_SET)
            else:
                out[k] = stored.get(k, spec.default)
        return out

    def get(self, key: str) -> Any:
        with self.db.read() as s:
            return self.read(s, key)

    def all(self, prefix: str = "") -> dict[str, Any]:
        """For showing: secrets appear as "set" / "not set"."""
        with self.db.read() as s:
            return self.read_many(s, prefix)

    def all_with_languages(self) -> dict[str, Any]:
        """:meth:`all` and every language version the shop keeps (``KEY@LANG``): the Settings page."""
        with self.db.read() as s:
            return self.read_many(s) | self.language_versions(s)

    @staticmethod
    def validate(actor: Actor, values: dict[str, Any]) -> dict[str, Any]:
        """Check permission and parse every value; raise with all problems at once, or return
        the canonical values."""
        parsed: dict[str, Any] = {}
        problems = []
        for key, raw in values.items():
            spec = spec_for(key)
            if actor.is_system or actor.role not in spec.edit_roles:
                raise PermissionDenied(_("{user} ({role}) may not change '{label}': only {names}").format(
                                           user=actor.username, role=actor.role, label=spec.label, names=', '.join(sorted(spec.edit_roles))))
            try:
                if split_language(key)[1] is not None:      # a language version: empty removes it
                    parsed[key] = None if raw in (None, "", []) else (spec.parse_language or spec.parse)(raw)
                    continue
                value = spec.parse(raw)
                if spec.choices is not None and value not in spec.choices:
                    raise ValueError(f"'{raw}' is not one of the choices")
                parsed[key] = value
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, InvalidOperation) as exc:
                problems.append(Problem(str(exc) or _("invalid value"), column=spec.label))
        if problems:
            raise ValidationError("; ".join(str(p) for p in problems), problems)
        return parsed

    @classmethod
    def write(cls, session: Session, actor: Actor, values: dict[str, Any]) -> list[str]:
        """Validate and store inside the caller's unit of work (e.g. an inbox applier), one audit
        entry per changed setting. Returns the keys that actually changed."""
        parsed = cls.validate(actor, values)
        changed = []
        secrets: dict[str, Any] = {}
        for key, value in parsed.items():
            old = cls.read(session, key)
            if old == value:
                continue
            if spec_for(key).secret:
                record(session, actor, area="settings", action="change setting", entity="setting",
                       entity_id=key, before={key: SECRET_CHANGED}, after={key: SECRET_CHANGED},
                       summary=_("{label} changed (secret changed)").format(label=spec_for(key).label))
                secrets[key] = value
                changed.append(key)
                continue
            row = session.get(SettingRow, key)
            lang = split_language(key)[1]
            if value is None and lang is not None:
                if row is not None:
                    session.delete(row)
                _stored(session).pop(key, None)
            elif row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value
            if value is not None:
                _stored(session)[key] = value
            summary = (_("{label} changed").format(label=spec_for(key).label) if lang is None else
                       _("{label} for readers of {language} changed").format(label=spec_for(key).label,
                                                                              language=language_name(lang)))
            record(session, actor, area="settings", action="change setting", entity="setting",
                   entity_id=key, before={key: old}, after={key: value}, summary=summary)
            changed.append(key)
        if secrets:
            # Last, once the audit entries are flushed: if the keyring refuses, the unit of work
            # rolls back and nothing claims a change that did not happen.
            session.flush()
            store = _secret_store(session)
            for key, value in secrets.items():
                if value in ("", None):
                    store.delete(key)
                else:
                    store.set(key, str(value))
        if changed:
            _bump_generation()
        return changed

    def update(self, actor: Actor, values: dict[str, Any]) -> dict[str, Any]:
        """Validate every value first; write all or nothing, with one audit entry per change."""
        self.validate(actor, values)
        with self.db.uow() as s:
            self.write(s, actor, values)
            result = self.read_many(s) | self.language_versions(s)
        _bump_generation()  # again after the commit: nobody keeps what they read in between
        return result
