"""The bootstrap: one object that wires the database, the clock and every area's service.

Both front ends (the CLI and the desktop) build a :class:`Deskmate` and call its services; nothing
else constructs services. Area services are created on first use so start-up stays fast.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from core.areas import load_settings
from core.kernel.clock import Clock, SystemClock, local_today
from core.kernel.db import Database
from core.kernel.paths import DataPaths, resolve_data_dir
from core.kernel.settings import SettingsService
from core.kernel.storage import open_database
from core.users.service import UserService

if TYPE_CHECKING:
    from datetime import date

    from core.audit_service import AuditService
    from core.reports.service import ReportsService
    from core.automation.service import AutomationService
    from core.customers.service import CustomerService
    from core.inbox.service import InboxService
    from core.inventory.service import InventoryService
    from core.kernel.formats import ShopFormats
    from core.invoicing.service import InvoicingService
    from core.scheduling.service import SchedulingService


class Deskmate:
    def __init__(self, db: Database, clock: Clock | None = None, paths: DataPaths | None = None) -> None:
        self.db = db
        self.clock: Clock = clock or SystemClock()
        db.clock = self.clock  # audit entries written with only a session still use this clock
        self.paths = paths or resolve_data_dir()
        load_settings()
        self.settings = SettingsService(db)
        self.users = UserService(db, self.clock)
        #: Temporary files a killed export or backup had left, removed when the store was opened.
        self.startup_cleanup: list = []

    @classmethod
    def open(cls, data_dir: str | Path | None = None, db_url: str | None = None,
             clock: Clock | None = None) -> "Deskmate":
        """Open (create, back up, upgrade) the store; raises StorageError with a clear message."""
        from core.io import outputs
        from core.kernel.connection import database_url
        from core.kernel.storage import sqlite_path
        paths = resolve_data_dir(data_dir)
        url = database_url(paths.root, db_url) or paths.sqlite_url
        # Private files (issue 10): the data folder 0700, the database and its side files 0600.
        created = outputs.prepare_data_folder(paths.root, sqlite_path(url))
        try:
            db = open_database(url, backups=paths.backups, clock=clock)
        except BaseException:
            new = sqlite_path(url)
            if created and new is not None and new.exists() and new.stat().st_size == 0:
                new.unlink()   # refused before anything was written: leave nothing behind
            raise
        app = cls(db, clock, paths)
        app.startup_cleanup = outputs.tidy_at_startup(app)
        return app

    def is_demo(self) -> bool:
        """The demo shop (``init --demo``): the app says so wherever one logs in."""
        from core.kernel.identity import is_demo
        with self.db.read() as s:
            return is_demo(s)

    @cached_property
    def formats(self) -> "ShopFormats":
        """``app.formats()`` is the shop's :class:`~core.kernel.formats.Formats` (locale, currency,
        time zone) for everything a person reads: money, quantities, percentages, dates."""
        from core.kernel.formats import ShopFormats
        return ShopFormats(self.db)

    def today(self) -> "date":
        return local_today(self.clock, self.settings.get("shop.timezone"))

    @cached_property
    def audit(self) -> "AuditService":
        from core.audit_service import AuditService
        return AuditService(self)

    @cached_property
    def reports(self) -> "ReportsService":
        from core.reports.service import ReportsService
        return ReportsService(self)

    @cached_property
    def inbox(self) -> "InboxService":
        from core.inbox.service import InboxService
        return InboxService(self)

    @cached_property
    def automation(self) -> "AutomationService":
        from core.automation.service import AutomationService
        return AutomationService(self)

    @cached_property
    def customers(self) -> "CustomerService":
        from core.customers.service import CustomerService
        return CustomerService(self)

    @cached_property
    def inventory(self) -> "InventoryService":
        from core.inventory.service import InventoryService
        return InventoryService(self)

    @cached_property
    def scheduling(self) -> "SchedulingService":
        from core.scheduling.service import SchedulingService
        return SchedulingService(self)

    @cached_property
    def invoicing(self) -> "InvoicingService":
        from core.invoicing.service import InvoicingService
        return InvoicingService(self)

    def close(self) -> None:
        self.db.dispose()
