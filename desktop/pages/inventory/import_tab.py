"""The Import tab: sales, products, suppliers or stock counts from a CSV/XLSX file, through the
shared import panel (check first, then import; progress, cancel, every problem by row and column)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.users.permissions import Perm
from desktop.widgets.import_panel import ImportPanel, ImportTarget

if TYPE_CHECKING:
    from desktop.context import DesktopContext

# (kind, title, mapping example, needs the right to edit inventory besides importing)
KINDS = (("sales", QT_TRANSLATE_NOOP("ImportTab", "Sales history"), "day=Date, sku=Item, quantity=Qty", False),
         ("products", QT_TRANSLATE_NOOP("ImportTab", "Products"), "sku=Code, name=Description, cost=Unit cost", True),
         ("suppliers", QT_TRANSLATE_NOOP("ImportTab", "Suppliers"), "name=Company, lead_time_days=Lead", True),
         ("stock", QT_TRANSLATE_NOOP("ImportTab", "Stock counts"), "sku=Code, quantity=Counted", True))


class ImportTab(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        inv, actor = ctx.app.inventory, ctx.actor

        def runner(kind: str) -> Any:
            def run(path: Path, mapping: dict[str, str], dry_run: bool, skip: bool, progress: Any) -> Any:
                return inv.import_file(actor, kind, path, mapping=mapping, dry_run=dry_run, skip_invalid=skip,
                                       progress=progress)
            return run

        can_import = ctx.can(Perm.IMPORT_DATA)
        self.panel = ImportPanel(ctx, [
            ImportTarget(kind, self.tr(title), runner(kind), hint, can_import and (not edits or ctx.can(Perm.EDIT_INVENTORY)))
            for kind, title, hint, edits in KINDS], self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.panel)
        self.finished = self.panel.finished
