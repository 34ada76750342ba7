"""Deskmate's one version number.

It comes from the installed package's metadata (``pyproject.toml``'s ``version``), so the wheel,
the PyInstaller bundle (which copies the metadata), the Debian package's name, ``deskmate
--version``, About, exports and backups all show the same number without a second copy to keep in
step. A source tree that was never installed says so rather than guessing.
"""
from __future__ import annotations

from functools import lru_cache

#: Shown when the package metadata is missing (a checkout run without ``pip install``).
UNKNOWN = "0+unknown"


@lru_cache(maxsize=1)
def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("deskmate")
    except PackageNotFoundError:
        return UNKNOWN
