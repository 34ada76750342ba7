"""Starting the desktop app: options, opening the store, first run, login, the main window.

The flow is event driven (no nested event loops), so it is the same in production and under
pytest-qt:

    open the store (or build the demo shop on a worker thread behind a progress dialog)
      -> no users yet:   "Open the demo shop" / "Set up my shop" (wizard)
      -> single-user:    straight in as the owner
      -> otherwise:      the login dialog
    -> main window; automation is started through the automation page's hook if it exists.

``DESKMATE_STARTUP_PROBE=1`` prints ``startup_seconds=<float>`` (process start to main window
shown), then ``first_page_seconds=<float>`` (process start to the first page with its data shown:
every background task the window started has finished and delivered its result, with nothing
new started for two ticks) and ``loaded_modules=<names>`` (heavy libraries loaded by then), and
quits, for ``benchmarks/startup.py``. A probe run that would need a login opens as the first
active owner: the login dialog is a person's time, not the app's.
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from core.app import Deskmate
from core.kernel.actor import Actor, Role
from core.kernel.errors import DeskmateError, StorageError, UpgradeNeedsOwner
from desktop.bridge import Bridge
from desktop.context import DesktopContext
from desktop.tasks import TaskRunner
from desktop.ui import APPLICATION, ORGANISATION, app_icon, apply_style, show_error

log = logging.getLogger("deskmate.desktop")

PROBE_ENV = "DESKMATE_STARTUP_PROBE"
#: The desktop entry's id (packaging/deskmate.desktop is installed as DESKTOP_ID.desktop).
DESKTOP_ID = "org.deskmate.Deskmate"


# --------------------------------------------------------------------------- timing
def process_age_seconds() -> float:
    """Seconds since this process started, from /proc (Linux); falls back to the time since the
    launcher module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])             # field 22 overall: starttime in clock ticks
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        launcher = sys.modules.get("desktop.launcher")
        t0 = getattr(launcher, "STARTED", None)
        return time.perf_counter() - t0 if t0 is not None else 0.0


# --------------------------------------------------------------------------- options
def parse_options(argv: Sequence[str]) -> argparse.Namespace:
    """The global options of ``deskmate`` (the same as core.cli's), ignoring anything else."""
    p = argparse.ArgumentParser(prog="deskmate", add_help=False)
    p.add_argument("--data-dir")
    p.add_argument("--db-url")
    p.add_argument("--demo", action="store_true")
    p.add_argument("--lang")
    args, _rest = p.parse_known_args(list(argv))
    return args


def _build_demo_store(data_dir: Path | str | None, db_url: str | None,
                      clock: Any = None) -> tuple[Deskmate, bool]:
    """Open the store and fill it with the demo shop if it is empty. Runs on a worker thread."""
    from core.demo import build_demo
    app = Deskmate.open(data_dir, db_url, clock=clock)
    try:
        if app.users.has_users():
            return app, False
        build_demo(app)
        return app, True
    except BaseException:
        app.close()
        raise


# --------------------------------------------------------------------------- the controller
class AppController(QObject):
    """Owns the store, the task runner, the bridge and the windows for one run of the app."""

    main_window_shown = Signal(object)
    finished = Signal(int)          # exit code; run_gui quits the event loop with it

    def __init__(self, argv: Sequence[str] = (), data_dir: str | Path | None = None,
                 db_url: str | None = None, demo: bool | None = None, clock: Any = None,
                 probe: bool | None = None, automation: bool = True) -> None:
        super().__init__()
        self.automation_enabled = automation
        opts = parse_options(argv)
        self.data_dir = str(data_dir) if data_dir is not None else opts.data_dir
        self.db_url = db_url if db_url is not None else opts.db_url
        self.demo = opts.demo if demo is None else demo
        self.clock = clock
        self.probe = (os.environ.get(PROBE_ENV) == "1") if probe is None else probe
        self.app: Deskmate | None = None
        self.temp_dir: Path | None = None
        self.demo_built = False
        self.bridge = Bridge()
        self.tasks = TaskRunner(on_unhandled=self._unhandled)
        self.window: Any = None
        self.dialog: QWidget | None = None
        self.ctx: DesktopContext | None = None
        self.exit_code: int | None = None
        self._automation_running = False
        self._probe_reported = False
        self.restart_args: list[str] | None = None     # set by restart_after_quit()
        self.argv = list(argv)

    # ---------------------------------------------------------------- start
    def start(self) -> None:
        if self.demo:
            if self.data_dir is None and self.db_url is None:
                self.temp_dir = Path(tempfile.mkdtemp(prefix="deskmate-demo-"))
                self.build_demo_then_continue(self.temp_dir, None)
            else:
                self.build_demo_then_continue(self.data_dir, self.db_url)
            return
        try:
            self.app = Deskmate.open(self.data_dir, self.db_url, clock=self.clock)
        except StorageError as exc:
            self.fail_storage(exc)
            return
        self.after_open()

    def build_demo_then_continue(self, data_dir: Path | str | None, db_url: str | None) -> None:
        progress = QProgressDialog(self.tr("Building the demo shop: products, 18 months of sales, staff, "
                                   "customers and invoices…"), "", 0, 0)
        progress.setObjectName("demoProgress")
        progress.setWindowTitle(self.tr("Deskmate demo shop"))
        progress.setWindowIcon(app_icon())
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(440)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.show()
        self.dialog = progress
        started = time.perf_counter()
        base_text = progress.labelText()
        ticker = QTimer(progress)
        ticker.setInterval(1000)
        ticker.timeout.connect(lambda: progress.setLabelText(
            self.tr("{base_text}\n{value:.0f} s — usually under a minute.").format(base_text=base_text, value=time.perf_counter() - started)))
        ticker.start()

        def done(result: tuple[Deskmate, bool]) -> None:
            ticker.stop()
            progress.close()
            if self.exit_code is not None:      # quit while it was building
                result[0].close()
                return
            self.app, self.demo_built = result
            log.info("demo shop ready in %.1f s", time.perf_counter() - started)
            self.after_open()

        def failed(exc: BaseException) -> None:
            ticker.stop()
            progress.close()
            if isinstance(exc, StorageError):
                self.fail_storage(exc)
            else:
                self.fail(exc, self.tr("The demo shop could not be built"))

        self.tasks.run(_build_demo_store, data_dir, db_url, self.clock,
                       on_done=done, on_error=failed)

    def after_open(self) -> None:
        assert self.app is not None
        app = self.app
        from core.kernel.logs import configure
        configure(app.paths.root)
        if not app.users.has_users():
            if self.probe:
                self._probe_fail("the store has no users yet")
                return
            self.show_first_run()
            return
        single = app.users.single_user_actor()
        if single is not None:
            self.show_main(single)
        elif self.demo_built or self.probe:
            self.show_main(self._first_owner(prefer="owner"))
        else:
            hint = ""
            if app.is_demo():
                from core.demo import DEMO_PASSWORD
                hint = self.tr("This is the demo shop, with made-up data: log in as owner, sam (staff) or bea "
                               "(bookkeeper); every demo password is {password}.").format(password=DEMO_PASSWORD)
            self.show_login(hint)

    def _first_owner(self, prefer: str = "") -> Actor:
        assert self.app is not None
        owners = [u for u in self.app.users.list() if u.role == Role.OWNER and u.active]
        owners.sort(key=lambda u: (u.username != prefer, u.id))
        return owners[0].actor

    # ---------------------------------------------------------------- dialogs
    def show_first_run(self) -> None:
        from desktop.firstrun import FirstRunDialog
        assert self.app is not None
        dlg = FirstRunDialog(str(self.app.paths.root))
        self.dialog = dlg
        dlg.finished.connect(lambda _r: self._first_run_chosen(dlg.choice))
        dlg.open()

    def _first_run_chosen(self, choice: int) -> None:
        from desktop.firstrun import FirstRunDialog
        if choice == FirstRunDialog.SETUP:
            self.show_wizard()
        elif choice == FirstRunDialog.DEMO:
            # The real store stays empty: the demo lives in a folder removed on exit.
            assert self.app is not None
            self.bridge.detach_changes()
            self.app.close()
            self.app = None
            self.temp_dir = Path(tempfile.mkdtemp(prefix="deskmate-demo-"))
            self.build_demo_then_continue(self.temp_dir, None)
        else:
            self.finish(0)

    def show_wizard(self) -> None:
        from desktop.firstrun import SetupWizard
        assert self.app is not None
        wiz = SetupWizard(self.app, self.tasks)
        self.dialog = wiz
        wiz.shop_created.connect(self.show_main)
        wiz.rejected.connect(lambda: self.finish(0) if wiz.created is None else None)
        wiz.open()

    def show_login(self, hint: str = "") -> None:
        from desktop.login import LoginDialog
        assert self.app is not None
        shop = str(self.app.settings.get("shop.name"))
        dlg = LoginDialog(self.app, self.tasks, shop_name=shop, hint=hint, demo=self.app.is_demo())
        self.dialog = dlg
        dlg.logged_in.connect(self.show_main)
        dlg.rejected.connect(lambda: self.finish(0))
        dlg.open()

    # ---------------------------------------------------------------- main window
    def show_main(self, actor: Actor) -> None:
        from desktop.shell import MainWindow
        assert self.app is not None
        self.dialog = None
        self.ctx = DesktopContext(app=self.app, actor=actor, tasks=self.tasks, bridge=self.bridge)
        self.ctx.extras["controller"] = self
        # Other desktops' and the worker's changes refresh the open pages too (core/kernel/live.py).
        self.app.db.watch_other_processes()
        shop = str(self.app.settings.get("shop.name"))
        win = MainWindow(self.ctx, shop_name=shop)
        self.window = win
        win.logout_requested.connect(self.logout)
        win.restore_requested.connect(self.restore)
        win.closed.connect(lambda w=win: self._window_closed(w))
        win.first_shown.connect(self._on_first_shown)
        win.show()
        if self.demo_built:
            win.show_status(self.tr("Demo shop: you are the owner. Log out (Ctrl+Shift+L) to try 'sam' (staff) "
                            "or 'bea' (bookkeeper); every demo password is demo1234."), 30_000)

    def _on_first_shown(self) -> None:
        if self.probe and not self._probe_reported:
            self._probe_reported = True
            print(f"startup_seconds={process_age_seconds():.3f}", flush=True)
            self._probe_wait_for_data()
            return
        self.main_window_shown.emit(self.window)
        QTimer.singleShot(0, self.start_automation)

    def _window_closed(self, win: Any) -> None:
        if win.logging_out or win is not self.window:
            return
        self.finish(0)

    def logout(self) -> None:
        win = self.window
        self.stop_automation()
        self.window = None
        if win is not None:
            win.close()
            win.deleteLater()
        self.show_login()

    def restore(self, path: str) -> None:
        """Stop everything that uses the database, swap in the backup, and close."""
        from core.kernel.storage import sqlite_path
        assert self.app is not None
        # the SQLite file, or the server database (pg_restore into a checked copy, then swapped)
        target: Path | str = sqlite_path(self.app.db.url) or self.app.db.url
        self.stop_automation()
        self.tasks.wait()
        self.bridge.detach_changes()
        self.app.close()
        self._run_restore(path, target, force=False)

    def _run_restore(self, path: str, target: Path | str, force: bool) -> None:
        from core.io.backup import restore as audited_restore
        from core.kernel.storage import UntrustedBackup
        assert self.app is not None
        actor = self.ctx.actor if self.ctx is not None else None
        # core.io.backup.restore checks the role and records the restore in the restored audit log.
        try:
            kept = audited_restore(Path(path), target, actor=actor, now=self.app.clock.now(), force=force)
        except UntrustedBackup as exc:
            self._ask_forced_restore(path, target, exc)
            return
        except DeskmateError as exc:
            # Nothing was replaced: carry on (the engine reconnects on its next use).
            show_error(self.window, exc, self.tr("The backup was not restored"))
            self.start_automation()
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"),
                          self.tr("The shop's data was restored from {path}.").format(path=path), parent=self.window)
        box.setInformativeText((self.tr("The data it replaced was kept as {kept}. ").format(kept=kept) if kept else "")
                               + self.tr("Deskmate will now close; start it again to continue."))
        box.finished.connect(lambda _r: self.quit())
        box.open()
        self._restored_box = box

    def _ask_forced_restore(self, path: str, target: Path | str, exc: Any) -> None:
        """The same refusal as ``deskmate restore``; an owner may still restore after ticking that
        they understand, and the restore is then recorded as forced in the audit log."""
        from PySide6.QtWidgets import QCheckBox
        # Restoring is an owner's right (Perm.BACKUP_RESTORE), and core refuses a forced restore to
        # anyone else: no second role check here.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This backup's audit log shows tampering"),
                          self.tr("The backup was not restored: its audit log was changed outside Deskmate."),
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("untrustedBackup")
        details = "\n".join(f"• {p[0].upper()}{p[1:]}." for p in exc.problems)
        box.setInformativeText(
            self.tr("{details}\n\nRestore it only if you know why (for example, it is the only copy left). "
            "The restore will be recorded as forced, naming what was found, as the first entry after it.").format(details=details))
        understood = QCheckBox(self.tr("I understand that this backup's history was changed outside Deskmate"))
        understood.setObjectName("understoodCheck")
        box.setCheckBox(understood)
        anyway = box.addButton(self.tr("Restore anyway and close Deskmate"), QMessageBox.ButtonRole.DestructiveRole)
        anyway.setObjectName("forceRestoreButton")
        anyway.setEnabled(False)
        understood.toggled.connect(anyway.setEnabled)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def decided(_result: int) -> None:
            if box.clickedButton() is anyway and understood.isChecked():
                self._run_restore(path, target, force=True)
            else:
                self.start_automation()
        box.finished.connect(decided)
        box.open()
        self._untrusted_box = box

    # ---------------------------------------------------------------- automation hook
    def start_automation(self) -> None:
        if self._automation_running or self.ctx is None or not self.automation_enabled:
            return
        try:
            from desktop.pages.automation import runtime
        except ImportError:
            return
        starter = getattr(runtime, "start_automation", None)
        if starter is None:
            return
        try:
            starter(self.ctx)
            self._automation_running = True
        except Exception as exc:  # noqa: BLE001 - the app works without automation
            log.exception("automation did not start")
            if self.window is not None:
                self.window.set_automation_state(self.tr("could not start"))
                self.window.show_status(self.tr("Automation did not start: {exc}").format(exc=exc))

    def stop_automation(self) -> None:
        if not self._automation_running:
            return
        self._automation_running = False
        try:
            from desktop.pages.automation import runtime
            stopper = getattr(runtime, "stop_automation", None)
            if stopper is not None:
                stopper()
        except Exception:  # noqa: BLE001
            log.exception("stopping automation failed")

    # ---------------------------------------------------------------- errors and ending
    def _unhandled(self, exc: BaseException) -> None:
        if not isinstance(exc, DeskmateError):
            log.error("a background task failed", exc_info=(type(exc), exc, exc.__traceback__))
        parent = self.window if self.window is not None else self.dialog
        show_error(parent, exc)

    def fail_storage(self, exc: StorageError) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Deskmate cannot open the shop's data"), str(exc))
        box.setObjectName("storageError")
        box.setWindowIcon(app_icon())
        if isinstance(exc, UpgradeNeedsOwner):   # a shared server this desktop may not upgrade
            box.setInformativeText(self.tr("The shop's server holds an older version of its "
                                   "data than this Deskmate. Ask whoever looks after the server to run "
                                   "'deskmate server init --db-url <the owner's URL>' once (it upgrades the "
                                   "shop for every computer), then start Deskmate again."))
        else:
            box.setInformativeText(self.tr("Nothing was changed. If this is a backup from a newer Deskmate, update "
                                   "Deskmate; if the file is damaged, restore a backup with "
                                   "'deskmate restore FILE'; to use another folder start Deskmate with "
                                   "--data-dir FOLDER."))
        self.dialog = box
        box.finished.connect(lambda _r: self.finish(1))
        box.open()

    def fail(self, exc: BaseException, title: str) -> None:
        box = show_error(None, exc, title)
        self.dialog = box
        box.finished.connect(lambda _r: self.finish(1))

    def _probe_wait_for_data(self) -> None:
        """Poll (5 ms) until the window's background tasks are done and delivered."""
        idle_ticks = 0
        timer = QTimer(self)
        timer.setInterval(5)

        def tick() -> None:
            nonlocal idle_ticks
            idle_ticks = idle_ticks + 1 if self.tasks.pool.activeThreadCount() == 0 else 0
            if idle_ticks < 2:
                return
            timer.stop()
            heavy = sorted(m for m in ("ortools", "numpy", "pandas", "openpyxl", "fpdf")
                           if m in sys.modules)
            print(f"first_page_seconds={process_age_seconds():.3f}", flush=True)
            print(f"loaded_modules={','.join(heavy) or '-'}", flush=True)
            self.finish(0)

        timer.timeout.connect(tick)
        timer.start()

    def _probe_fail(self, why: str) -> None:
        print(f"startup probe: cannot show the main window: {why}", file=sys.stderr, flush=True)
        self.finish(1)

    def finish(self, code: int) -> None:
        if self.exit_code is not None:
            return
        self.exit_code = code
        self.finished.emit(code)

    def quit(self) -> None:
        self.finish(0)

    def restart_after_quit(self) -> None:
        """Start Deskmate again once this run has ended (a new language: Settings › Language).
        ``--lang`` is left out so the saved preference decides."""
        self.restart_args = without_lang(self.argv)

    def shutdown(self) -> None:
        """Stop automation, let running tasks end, close the store, remove a throw-away demo."""
        self.stop_automation()
        if self.window is not None:
            self.window.save_layout()
        self.tasks.wait(30_000)
        if self.app is not None:
            self.bridge.detach_changes()
            self.app.close()
            self.app = None
        if self.temp_dir is not None:
            from core.kernel.logs import unconfigure
            unconfigure()
            shutil.rmtree(self.temp_dir, ignore_errors=True)
            self.temp_dir = None


def without_lang(argv: Sequence[str]) -> list[str]:
    """``argv`` less ``--lang X`` / ``--lang=X``."""
    out, skip = [], False
    for word in argv:
        if skip:
            skip = False
        elif word == "--lang":
            skip = True
        elif not word.startswith("--lang="):
            out.append(word)
    return out


def restart_command(args: Sequence[str]) -> tuple[str, list[str]]:
    """(program, arguments) that start this Deskmate again with ``args``: the bundle's own
    executable when frozen (PyInstaller), else this Python running the same launcher."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(args)
    return sys.executable, ["-m", "desktop.launcher", *args]


def _quit_on_signals(controller: AppController) -> None:
    """Ctrl+C in the terminal or a SIGTERM (log-out, kill) ends the app cleanly: automation
    stopped, store closed, a throw-away demo folder removed. Python only sees signals when it
    runs, so a light timer hands it control twice a second while Qt waits for events."""
    import signal

    def handler(_signum: int, _frame: Any) -> None:
        controller.finish(0)

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError):      # not the main thread / not supported here
            return
    tick = QTimer(controller)
    tick.timeout.connect(lambda: None)
    tick.start(500)


def run_gui(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("deskmate").setLevel(logging.INFO)
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName("Deskmate")
    from core.kernel.version import app_version
    QApplication.setApplicationVersion(app_version())
    # Wayland and docks match the window to the installed desktop entry (and its icon) by this id.
    QApplication.setDesktopFileName(DESKTOP_ID)
    qt_app = QApplication.instance() or QApplication([sys.argv[0]])
    qt_app.setQuitOnLastWindowClosed(False)
    # The language before the first widget: widgets read their words when they are built.
    from desktop import i18n
    i18n.install(i18n.resolve_language(parse_options(argv).lang), qt_app)
    apply_style(qt_app)
    controller = AppController(argv)
    controller.finished.connect(lambda code: qt_app.exit(code))
    _quit_on_signals(controller)
    QTimer.singleShot(0, controller.start)
    try:
        code = qt_app.exec()
    finally:
        controller.shutdown()
    if controller.restart_args is not None:
        from PySide6.QtCore import QProcess
        program, args = restart_command(controller.restart_args)
        QProcess.startDetached(program, args)
    return controller.exit_code if controller.exit_code is not None else code
