"""Which database a desktop opens: the data folder's SQLite file, or a PostgreSQL server.

Order of precedence: an explicit ``--db-url``, then ``DESKMATE_DB_URL``, then the connection saved
for the data folder (Settings → Database), then the SQLite file in the data folder.

A saved connection keeps its URL *without* the password in ``<data folder>/connection.json`` and
the password in the secret store (keyring or private file, :mod:`core.kernel.secrets`) under the
URL it belongs to: the data folder is copied into backups and support bundles, the password must
not be. URLs are only ever shown through :func:`display_url`, which masks the password.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from core.kernel.i18n import _
from core.kernel.errors import ValidationError


DB_URL_ENV = "DESKMATE_DB_URL"
CONNECTION_FILE = "connection.json"
#: Secrets of saved connections are filed under this name instead of a database identity.
SECRETS_NAMESPACE = "connections"
SERVER_DRIVERS = ("postgresql+psycopg",)


def parse(url: str) -> URL:
    """A URL Deskmate can open, or ValidationError saying why not (password never echoed)."""
    try:
        u = make_url(url.strip())
    except Exception:  # noqa: BLE001 - any parse failure is the same mistake to a person
        raise ValidationError(_("not a database URL; expected postgresql+psycopg://USER:PASSWORD@HOST:PORT/DATABASE "
                              "or sqlite:///PATH")) from None
    backend = u.get_backend_name()
    if backend == "postgresql":
        if u.drivername != "postgresql+psycopg":
            raise ValidationError(_("use the psycopg driver: postgresql+psycopg://... (not {drivername})").format(
                                      drivername=u.drivername))
        if not u.database:
            raise ValidationError(_("the URL names no database (…/DATABASE at the end)"))
        return u
    if backend == "sqlite":
        return u
    raise ValidationError(_("Deskmate works with SQLite and PostgreSQL, not {backend}").format(backend=backend))


def with_password(u: URL, password: str | None) -> URL:
    """``u`` with ``password`` (None: without one). ``URL.set`` ignores None, so it cannot remove one."""
    return u._replace(password=password)  # noqa: SLF001 - NamedTuple's public _replace


def display_url(url: str | URL) -> str:
    """The URL as a person may see it: the password replaced by ***."""
    try:
        u = make_url(url) if isinstance(url, str) else url
    except Exception:  # noqa: BLE001 - not parseable: show nothing that could hold a secret
        return "(invalid database URL)"
    return u.render_as_string(hide_password=True)


def is_server(url: str) -> bool:
    return make_url(url).get_backend_name() != "sqlite"


def _file(data_root: Path) -> Path:
    return Path(data_root) / CONNECTION_FILE


def _secret_key(u: URL) -> str:
    return with_password(u, None).render_as_string(hide_password=False)


def saved_url(data_root: Path) -> str | None:
    """The connection saved for this data folder, with its password from the secret store."""
    path = _file(data_root)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    raw = data.get("url") if isinstance(data, dict) else None
    if not raw:
        return None
    u = make_url(raw)
    from core.kernel.secrets import store_for
    password = store_for(SECRETS_NAMESPACE).get(_secret_key(u))
    if password is not None:
        u = with_password(u, password)
    return u.render_as_string(hide_password=False)


def save(data_root: Path, url: str | None) -> None:
    """Remember ``url`` for this data folder (None: forget it, back to the SQLite file)."""
    from core.kernel.secrets import store_for
    from core.kernel.userconfig import write_private_json

    path = _file(data_root)
    store = store_for(SECRETS_NAMESPACE)
    if url is None:
        try:
            old = json.loads(path.read_text(encoding="utf-8")).get("url")
        except (OSError, ValueError, AttributeError):
            old = None
        if old:
            store.delete(_secret_key(make_url(old)))
        path.unlink(missing_ok=True)
        return
    u = parse(url)
    if u.password:
        store.set(_secret_key(u), str(u.password))
    write_private_json(path, {"url": _secret_key(u)})


def database_url(data_root: Path, explicit: str | None = None) -> str | None:
    """The URL to open for this data folder, or None for its SQLite file."""
    if explicit:
        return explicit
    env = os.environ.get(DB_URL_ENV)
    if env:
        return env
    return saved_url(data_root)


# ---------------------------------------------------------------- Settings → Database

#: How long a connection test waits for the server.
PROBE_TIMEOUT_S = 5


@dataclass(frozen=True)
class Probe:
    """What a connection test found, in words a person can act on (never the password)."""
    ok: bool
    message: str
    shown_url: str


def _scrub(message: str, password: str | None) -> str:
    line = (message.strip().splitlines() or ["unknown error"])[0]
    return line.replace(password, "***") if password else line


def probe(url: str) -> Probe:
    """Connect to ``url`` and say whether Deskmate can use it: reachable, logged in, and whether it
    holds a Deskmate shop of a schema this version knows (or is empty: a new shop). Read-only."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.pool import NullPool

    try:
        u = parse(url)
    except ValidationError as exc:
        return Probe(False, str(exc), "(invalid URL)")
    shown = display_url(u)
    if u.get_backend_name() == "sqlite":
        return Probe(False, "that is an SQLite file, not a server: the data folder's file needs no connection",
                     shown)
    password = None if u.password is None else str(u.password)
    try:
        engine = create_engine(u, poolclass=NullPool, connect_args={"connect_timeout": PROBE_TIMEOUT_S})
    except Exception as exc:  # noqa: BLE001 - a missing driver, a bad option: one line
        return Probe(False, _scrub(f"cannot use this URL: {exc}", password), shown)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            tables = set(inspect(conn).get_table_names())
            revs = ({r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
                    if "alembic_version" in tables else set())
    except Exception as exc:  # noqa: BLE001 - refused, unknown host, wrong password: say which
        return Probe(False, _scrub(f"could not connect: {getattr(exc, 'orig', exc)}", password), shown)
    finally:
        engine.dispose()
    from core.kernel.storage import is_current, known_revisions
    server = f"PostgreSQL {str(version).split()[0]}"
    if not tables:
        return Probe(True, f"connected to {server}: an empty database, ready for a new shop", shown)
    if not revs:
        return Probe(False, f"connected to {server}, but this database holds tables that are not a Deskmate shop",
                     shown)
    if revs - known_revisions():
        return Probe(False, f"connected to {server}: a shop written by a newer Deskmate; update Deskmate first",
                     shown)
    state = "up to date" if is_current(revs) else "an older schema (upgraded on first open by the owner role)"
    return Probe(True, f"connected to {server}: a Deskmate shop, {state}", shown)
