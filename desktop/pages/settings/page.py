"""The Settings page: the shop's typed settings (one tab per area) and the people who use Deskmate."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from core.kernel.errors import ValidationError
from core.kernel.settings import REGISTRY, SettingSpec
from core.users.permissions import Perm
from desktop.context import DesktopContext
from desktop.pages.settings.fields import SettingsForm
from desktop.pages.settings.users import users_widget
from desktop.ui import PageHeader, show_error
from desktop.widgets import HelpButton

HELP = QT_TRANSLATE_NOOP("pages.settings.page", """
<p><b>Settings</b> are the facts about your shop that every part of Deskmate uses: the name and
address printed on invoices, the currency, the tax rates products and invoice lines refer to, the
time zone that decides what "today" is for automation, and the opening hours used for appointment
slots and roster cover.</p>
<p>Each setting is checked before anything is saved; a problem is shown under the field and
nothing is written until all are fine. Every change is recorded in the <b>Audit</b> log with the
value before and after.</p>
<p>Only the owner changes shop settings and manages users. Roles are enforced by Deskmate itself,
not just by this page: a staff member cannot change them from the command line either.</p>
<p><b>Single-user shop</b> skips the login for a shop with one person; every change is still
recorded as the owner's.</p>
""")

AREA_TITLES = {"shop": QT_TRANSLATE_NOOP("pages.settings.page", "Shop"), "app": QT_TRANSLATE_NOOP("pages.settings.page", "Application"),
               "automation": QT_TRANSLATE_NOOP("pages.settings.page", "Automation"),
               "customers": QT_TRANSLATE_NOOP("pages.settings.page", "Customers"),
               "inbox": QT_TRANSLATE_NOOP("pages.settings.page", "Inbox"),
               "inventory": QT_TRANSLATE_NOOP("pages.settings.page", "Inventory"),
               "invoicing": QT_TRANSLATE_NOOP("pages.settings.page", "Invoicing"),
               "mail": QT_TRANSLATE_NOOP("pages.settings.page", "Mail"),
               "scheduling": QT_TRANSLATE_NOOP("pages.settings.page", "Scheduling"),
               "reports": QT_TRANSLATE_NOOP("pages.settings.page", "Reports")}


def _tab_title(area: str) -> str:
    return QCoreApplication.translate("pages.settings.page", AREA_TITLES[area]) if area in AREA_TITLES else area.replace("_", " ").capitalize()


class SettingsPage(QWidget):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.dirty = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        self.help_button = HelpButton(self.tr("Settings — why and how"), QCoreApplication.translate("pages.settings.page", HELP))
        self.header = PageHeader(self.tr("Settings"), self.tr("Your shop's details, how Deskmate counts money and time, "
                                 "and who may use it."), self.help_button)
        lay.addWidget(self.header)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.forms: dict[str, SettingsForm] = {}
        by_area: dict[str, list[SettingSpec]] = defaultdict(list)
        for spec in REGISTRY.values():
            by_area[spec.area].append(spec)
        areas = sorted(by_area, key=lambda a: (a != "shop", a != "app", a))
        for area in areas:
            form = SettingsForm(by_area[area])
            form.setObjectName(f"form:{area}")
            form.changed.connect(self._mark_dirty)
            form.validity_changed.connect(lambda _ok: self._sync_bar())
            self.forms[area] = form
            scroll = QScrollArea()
            scroll.setObjectName("settingsScroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            inner = QWidget()
            inner.setObjectName("settingsInner")
            inner_lay = QVBoxLayout(inner)
            inner_lay.setContentsMargins(16, 14, 16, 14)
            inner.setMaximumWidth(860)
            inner_lay.addWidget(form)
            inner_lay.addStretch(1)
            scroll.setWidget(inner)
            self.tabs.addTab(scroll, _tab_title(area))
        self.users = users_widget(ctx)
        self.users.setObjectName("usersPanel")
        self.users_tab_index = self.tabs.addTab(
            self.users, self.tr("Users") if ctx.can(Perm.MANAGE_USERS) else self.tr("My account"))
        from desktop.pages.settings.database import DatabasePanel
        self.database = DatabasePanel(ctx)
        self.database_tab_index = self.tabs.addTab(self.database, self.tr("Database"))
        from desktop.pages.settings.language import LanguagePanel
        self.language = LanguagePanel(ctx)
        self.language_tab_index = self.tabs.addTab(self.language, self.tr("Language"))
        lay.addWidget(self.tabs, 1)

        bar = QHBoxLayout()
        self.note = QLabel()
        self.note.setObjectName("pageSubtitle")
        bar.addWidget(self.note, 1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revertButton")
        self.revert_button.setToolTip(self.tr("Forget unsaved changes and show the saved values again"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        self.button_bar = QWidget()
        self.button_bar.setLayout(bar)
        lay.addWidget(self.button_bar)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tabs.currentChanged.connect(self._sync_bar)
        for form in self.forms.values():
            form.set_editable(self._can_edit)
        self._sync_bar()
        self.refresh()

    # ---------------------------------------------------------------- permissions
    def _can_edit(self, spec: SettingSpec) -> bool:
        return self.ctx.actor.role in spec.edit_roles and not self.ctx.actor.is_system

    @property
    def can_edit_any(self) -> bool:
        return any(self._can_edit(s) for s in REGISTRY.values())

    # ---------------------------------------------------------------- state
    def _mark_dirty(self) -> None:
        if self.loaded and not self.dirty:
            self.dirty = True
            self._sync_bar()

    def _sync_bar(self) -> None:
        # Users, Database and Language save by themselves: no Save/Revert bar (nor its "owner only" note).
        on_own_tab = self.tabs.currentIndex() in (self.users_tab_index, getattr(self, "database_tab_index", -1),
                                                  getattr(self, "language_tab_index", -1))
        self.button_bar.setVisible(not on_own_tab)
        editable = self.can_edit_any and self.loaded
        self.save_button.setVisible(self.can_edit_any)
        self.revert_button.setVisible(self.can_edit_any)
        invalid = [msg for form in self.forms.values() for msg in form.invalid.values()]
        self.save_button.setEnabled(editable and self.dirty and not invalid)
        self.revert_button.setEnabled(editable and self.dirty)
        if not self.can_edit_any:
            self.note.setText(self.tr("Only the shop's owner can change these settings."))
        elif invalid:
            self.note.setText(self.tr("Fix the fields marked in red to save."))
        elif self.dirty:
            self.note.setText(self.tr("You have unsaved changes."))
        else:
            self.note.setText("")

    def refresh(self) -> None:
        """(Re)load the stored values (F5); unsaved edits are kept unless Revert is pressed."""
        if self.dirty:
            self.ctx.status(self.tr("Unsaved changes kept; press Revert to reload the saved settings."))
            return
        self.ctx.tasks.run_latest((id(self), "settings"), self.ctx.app.settings.all_with_languages,
                                  on_done=self.set_values)
        reload = getattr(self.users, "reload", None)
        if reload:
            reload()

    def set_values(self, values: dict[str, Any]) -> None:
        for form in self.forms.values():
            form.set_values(values)
        self.loaded = True
        self.dirty = False
        self._sync_bar()

    def revert(self) -> None:
        self.dirty = False
        self.refresh()
        self.ctx.status(self.tr("Settings reverted to the saved values"))

    def save(self) -> None:
        if not self.loaded or not self.can_edit_any:
            return
        changes: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for form in self.forms.values():
            c, e = form.changed_values()
            changes.update({k: v for k, v in c.items() if self._can_edit(form.specs[k])})
            errors.update(e)
        self._show_errors(errors)
        if errors:
            self.ctx.status(self.tr("Nothing saved: fix the fields marked in red first."))
            return
        if not changes:
            self.dirty = False
            self._sync_bar()
            self.ctx.status(self.tr("Nothing to save: no setting was changed."))
            return
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(self.ctx.app.settings.update, self.ctx.actor, changes,
                           on_done=lambda values: self._saved(values, len(changes)),
                           on_error=self._save_failed)

    def _show_errors(self, errors: dict[str, str]) -> None:
        first_tab = None
        for i, (_area, form) in enumerate(self.forms.items()):
            mine = {k: v for k, v in errors.items() if k in form.editors}
            form.show_errors(mine)
            if mine and first_tab is None:
                first_tab = i
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    def _saved(self, values: dict[str, Any], n: int) -> None:
        self.set_values(values)
        self.ctx.status(QCoreApplication.translate("SettingsPage", "%n settings saved", None, n))

    def _save_failed(self, exc: BaseException) -> None:
        self._sync_bar()
        if isinstance(exc, ValidationError) and exc.problems:
            errors = {}
            for p in exc.problems:
                for form in self.forms.values():
                    key = form.key_for_label(p.column or "")
                    if key:
                        errors[key] = p.reason
            if errors:
                self._show_errors(errors)
                return
        show_error(self, exc, self.tr("Settings were not saved"))

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def on_shown(self) -> None:
        """Show what is stored now (someone may have changed it meanwhile), unless mid-edit."""
        if self.loaded and not self.dirty:
            self.refresh()

    def focus_search(self) -> None:
        self.tabs.setFocus()
