"""Alembic environment. Each area keeps its own branch of revisions (``branch_labels`` = area), so
areas evolve independently; the app always upgrades to ``heads``.

``DESKMATE_MIGRATION_AREA`` limits autogenerate to one area's tables (see scripts/new-migration).
"""
from __future__ import annotations

import os

from alembic import context
from core.areas import load_models
from core.kernel.db import Base, make_engine

load_models()
target_metadata = Base.metadata
config = context.config


def _table_area(table_name: str) -> str | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table_name:
            return mapper.class_.__module__.split(".")[1]
    return None


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    areas = os.environ.get("DESKMATE_MIGRATION_AREA")
    if not areas:
        return True
    table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table is None or _table_area(table) in areas.split(",")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, compare_type=True, include_object=include_object)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
