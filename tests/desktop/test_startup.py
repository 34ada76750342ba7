"""Starting the app: first run (wizard or demo), login per role, single-user, storage errors, probe."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from core.app import Deskmate
from core.kernel.actor import Role
from core.kernel.errors import PermissionDenied
from desktop.app import AppController, parse_options
from desktop.firstrun import FirstRunDialog, SetupWizard
from desktop.login import LoginDialog
from desktop.shell import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "secret-pw-2026"


@pytest.fixture
def controllers(qapp):
    made: list[AppController] = []
    yield made
    for c in made:
        if c.window is not None:
            c.window.close()
        c.shutdown()


def _start(controllers, **kw) -> AppController:
    kw.setdefault("automation", False)       # the scheduler has its own tests; one test below
    c = AppController(**kw)
    controllers.append(c)
    c.start()
    return c


def test_parse_options_takes_the_global_options_only():
    args = parse_options(["--data-dir", "/x", "--demo", "--db-url", "sqlite:///y", "-style", "fusion"])
    assert (args.data_dir, args.db_url, args.demo) == ("/x", "sqlite:///y", True)


def test_fresh_store_set_up_my_shop_wizard(controllers, tmp_path, clock, qtbot):
    data = tmp_path / "shop"
    c = _start(controllers, data_dir=data, clock=clock, demo=False, probe=False)
    first = c.dialog
    assert isinstance(first, FirstRunDialog) and first.isVisible()
    qtbot.mouseClick(first.setup_button, qtbot_button())
    wiz = c.dialog
    assert isinstance(wiz, SetupWizard)
    qtbot.waitExposed(wiz)

    shop = wiz.shop_page.form.editors
    shop["shop.name"].set_value("Harbour Hardware")
    shop["shop.address"].set_value("1 Quay Road\nOban PA34 4AA")
    wiz.next()
    assert wiz.currentPage() is wiz.region_page
    region = wiz.region_page.form
    region.editors["shop.currency"].set_value("NOTACODE")
    wiz.next()                                   # refused: the error is shown next to the field
    assert wiz.currentPage() is wiz.region_page
    assert region.errors["shop.currency"].isVisible()
    assert "currency" in region.errors["shop.currency"].text()
    region.editors["shop.currency"].set_value("GBP")
    region.editors["shop.timezone"].set_value("Europe/London")
    region.editors["shop.week_start"].set_value(6)
    wiz.next()
    taxes = wiz.tax_page.form.editors["shop.tax_rates"]
    taxes.add_rate()
    row = taxes.table.rowCount() - 1
    for col, text in enumerate(("hot_food", "Hot food", "12.5")):
        taxes.table.item(row, col).setText(text)
    wiz.next()
    hours = wiz.hours_page.form.editors["shop.opening_hours"]
    hours.rows["sat"][0].setChecked(False)
    wiz.next()
    owner = wiz.owner_page
    owner.username.setText("harriet")
    owner.display_name.setText("Harriet Hammer")
    owner.password.setText("hammer-time")
    owner.repeat.setText("hammer-tim")
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert owner.error.isVisible() and "differ" in owner.error.text()
    owner.repeat.setText("hammer-time")
    wiz.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: isinstance(c.window, MainWindow), timeout=10_000)

    app = c.app
    assert c.window.ctx.actor.username == "harriet" and c.window.ctx.actor.role == Role.OWNER
    assert c.window.windowTitle() == "Harbour Hardware — Deskmate"
    s = app.settings.all()
    assert s["shop.name"] == "Harbour Hardware"
    assert s["shop.address"] == "1 Quay Road\nOban PA34 4AA"
    assert s["shop.currency"] == "GBP" and s["shop.week_start"] == 6
    assert {"code": "hot_food", "name": "Hot food", "rate": "12.5"} in s["shop.tax_rates"]
    assert s["shop.opening_hours"]["sat"] == []
    assert app.users.authenticate("harriet", "hammer-time").role == Role.OWNER
    summaries = [r.summary for r in app.audit.list(c.window.ctx.actor)]
    assert "first owner harriet created" in summaries and "Shop name changed" in summaries


def qtbot_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


def test_first_run_demo_choice_leaves_the_real_store_empty(controllers, tmp_path, qtbot, monkeypatch):
    import core.demo
    built = []

    def quick_demo(app, seed=7):      # the real generator is exercised by the --demo test below
        built.append(app.paths.root)
        core.demo.mark_as_demo(app)       # only a demo shop may keep the short demo password
        app.users.create_first_owner("owner", "demo1234")
        return "quick"

    monkeypatch.setattr(core.demo, "build_demo", quick_demo)
    data = tmp_path / "real"
    c = _start(controllers, data_dir=data, demo=False, probe=False)
    c.dialog.demo_button.click()
    qtbot.waitUntil(lambda: isinstance(c.window, MainWindow), timeout=180_000)  # a busy machine is slow
    assert c.temp_dir is not None and c.temp_dir != data and built == [c.temp_dir.resolve()]
    assert c.app.users.has_users()
    real = Deskmate.open(data)
    try:
        assert not real.users.has_users()
    finally:
        real.close()


def _shop_with_people(path: Path) -> None:
    app = Deskmate.open(path)
    try:
        owner = app.users.create_first_owner("olivia", PASSWORD).actor
        app.users.add(owner, "sam", Role.STAFF, PASSWORD)
        app.users.add(owner, "bea", Role.BOOKKEEPER, PASSWORD)
        app.settings.update(owner, {"shop.name": "Corner Shop"})
    finally:
        app.close()


@pytest.mark.parametrize("username,role", [("olivia", Role.OWNER), ("sam", Role.STAFF),
                                           ("bea", Role.BOOKKEEPER)])
def test_login_as_each_role(controllers, tmp_path, qtbot, username, role):
    _shop_with_people(tmp_path / "d")
    c = _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False)
    dlg = c.dialog
    assert isinstance(dlg, LoginDialog)
    dlg.username.setText(username)
    dlg.password.setText(PASSWORD)
    dlg.login_button.click()
    qtbot.waitUntil(lambda: isinstance(c.window, MainWindow), timeout=10_000)
    assert c.window.ctx.actor.username == username and c.window.ctx.actor.role == role
    assert c.window.user_label.text() == f"Logged in as {username} ({role.value})"
    keys = [s.key for s in c.window.specs]
    assert ("audit" in keys) == (role != Role.STAFF)


def test_wrong_password_is_refused(controllers, tmp_path, qtbot):
    _shop_with_people(tmp_path / "d")
    c = _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False)
    dlg = c.dialog
    dlg.username.setText("sam")
    dlg.password.setText("not-the-password")
    dlg.login_button.click()
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=10_000)
    assert "Wrong user name or password" in dlg.error.text()
    assert c.window is None and dlg.actor is None and dlg.isVisible()
    dlg.password.setText(PASSWORD)                  # and a second try works
    dlg.login_button.click()
    qtbot.waitUntil(lambda: c.window is not None, timeout=10_000)


def test_single_user_shop_skips_the_login(controllers, tmp_path, qtbot):
    _shop_with_people(tmp_path / "d")
    app = Deskmate.open(tmp_path / "d")
    owner = app.users.by_name("olivia").actor
    with pytest.raises(PermissionDenied):          # the setting is owner-only, enforced in core
        app.settings.update(app.users.by_name("sam").actor, {"app.single_user": True})
    app.settings.update(owner, {"app.single_user": True})
    app.close()
    c = _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False)
    assert isinstance(c.window, MainWindow)
    assert c.window.ctx.actor.username == "olivia"


def test_log_out_and_switch_user(controllers, tmp_path, qtbot):
    _shop_with_people(tmp_path / "d")
    c = _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False)
    c.dialog.username.setText("olivia")
    c.dialog.password.setText(PASSWORD)
    c.dialog.login_button.click()
    qtbot.waitUntil(lambda: c.window is not None, timeout=10_000)
    first = c.window
    first.logout_action.trigger()
    assert c.window is None and isinstance(c.dialog, LoginDialog)
    assert c.exit_code is None                      # logging out does not quit
    c.dialog.username.setText("bea")
    c.dialog.password.setText(PASSWORD)
    c.dialog.login_button.click()
    qtbot.waitUntil(lambda: c.window is not None, timeout=10_000)
    assert c.window is not first and c.window.ctx.actor.username == "bea"
    import shiboken6
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=3000)   # the old window is gone
    c.bridge.emit_data_changed("settings")           # nothing may still point at it
    c.bridge.emit_suggestions_changed()
    c.bridge.emit_scheduler_state("running")
    qtbot.wait(600)
    assert c.window.automation_label.text() == "Automation: running"


def _visible_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes, "no message box shown"
    return boxes[-1]


def test_corrupt_database_gets_a_clear_dialog_not_a_traceback(controllers, tmp_path, qtbot):
    data = tmp_path / "d"
    data.mkdir()
    (data / "deskmate.sqlite3").write_bytes(b"this is not a database at all" * 100)
    c = _start(controllers, data_dir=data, demo=False, probe=False)
    box = _visible_box()
    assert box.objectName() == "storageError"
    assert "not a Deskmate database" in box.text()
    assert "Nothing was changed" in box.informativeText()
    with qtbot.waitSignal(c.finished, timeout=15_000) as sig:
        box.done(0)
    assert sig.args == [1]
    assert (data / "deskmate.sqlite3").read_bytes().startswith(b"this is not")


def test_database_from_a_newer_deskmate_is_refused(controllers, tmp_path, qtbot):
    _shop_with_people(tmp_path / "d")
    db = tmp_path / "d" / "deskmate.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'future_0001' "
                "WHERE version_num = (SELECT version_num FROM alembic_version LIMIT 1)")
    con.commit()
    con.close()
    _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False)
    box = _visible_box()
    assert "newer version of Deskmate" in box.text()
    box.done(0)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_refused(controllers, tmp_path, qtbot):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        _start(controllers, data_dir=locked, demo=False, probe=False)
        assert "not writable" in _visible_box().text()
        _visible_box().done(0)
    finally:
        locked.chmod(0o700)


@pytest.mark.slow
def test_demo_flag_builds_a_throw_away_shop_and_opens_it(controllers, qtbot):
    c = _start(controllers, demo=True, probe=False)
    assert c.dialog is not None and c.dialog.objectName() == "demoProgress"
    qtbot.waitUntil(lambda: isinstance(c.window, MainWindow), timeout=180_000)  # a busy machine is slow
    temp = c.temp_dir
    assert temp is not None and temp.exists()
    assert c.window.ctx.actor.role == Role.OWNER
    names = {u.username for u in c.app.users.list()}
    assert {"owner", "sam", "bea"} <= names
    assert "Demo shop" in c.window.statusBar().currentMessage()
    c.window.close()
    c.shutdown()
    assert not temp.exists()


def test_startup_probe_prints_seconds_and_quits(tmp_path):
    _shop_with_people(tmp_path / "d")
    env = dict(os.environ, DESKMATE_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([sys.executable, "-m", "desktop.launcher", "--data-dir", str(tmp_path / "d")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    figures = dict(ln.split("=", 1) for ln in out.stdout.splitlines() if "=" in ln)
    shown, loaded = float(figures["startup_seconds"]), float(figures["first_page_seconds"])
    assert 0 < shown <= loaded < 60
    # the roster solver (OR-Tools, and through it pandas) and numpy load on first use, not at start
    assert not {"ortools", "pandas", "numpy"} & set(figures["loaded_modules"].split(","))


def test_automation_hook_is_started_after_the_window_and_stopped_on_logout_and_quit(
        controllers, tmp_path, qtbot, monkeypatch):
    from desktop.pages.automation import runtime
    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(runtime, "start_automation", lambda ctx: calls.append(("start", ctx.actor.username)))
    monkeypatch.setattr(runtime, "stop_automation", lambda: calls.append(("stop", None)))
    _shop_with_people(tmp_path / "d")
    c = _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False, automation=True)
    assert calls == []                              # not before anyone logged in
    c.dialog.username.setText("olivia")
    c.dialog.password.setText(PASSWORD)
    c.dialog.login_button.click()
    qtbot.waitUntil(lambda: ("start", "olivia") in calls, timeout=10_000)
    c.window.request_logout()
    assert calls[-1] == ("stop", None)
    c.dialog.username.setText("sam")
    c.dialog.password.setText(PASSWORD)
    c.dialog.login_button.click()
    qtbot.waitUntil(lambda: ("start", "sam") in calls, timeout=10_000)
    c.window.close()
    assert c.exit_code == 0
    c.shutdown()
    assert calls[-1] == ("stop", None)


def test_restore_from_the_file_menu_brings_back_the_backup_and_closes(controllers, tmp_path, qtbot):
    _shop_with_people(tmp_path / "d")
    app = Deskmate.open(tmp_path / "d")
    from core.io.backup import backup_now
    backup = backup_now(app, tmp_path / "before.sqlite3")
    app.settings.update(app.users.by_name("olivia").actor, {"shop.name": "Renamed after the backup"})
    app.settings.update(app.users.by_name("olivia").actor, {"app.single_user": True})
    app.close()
    c = _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False)
    assert c.window is not None                     # single-user: straight in
    c.window.restore_requested.emit(str(backup))
    box = _visible_box()
    assert box.windowTitle() == "Backup restored" and "kept as" in box.informativeText()
    with qtbot.waitSignal(c.finished, timeout=3000):
        box.done(0)
    again = Deskmate.open(tmp_path / "d")
    try:
        assert again.settings.get("shop.name") == "Corner Shop"
        olivia = again.users.by_name("olivia").actor
        restores = [r for r in again.audit.list(olivia) if "restored" in r.summary]
        assert restores and restores[0].username == "olivia"     # recorded as who restored it
    finally:
        again.close()


def test_a_bad_backup_is_refused_and_the_app_keeps_running(controllers, tmp_path, qtbot):
    _shop_with_people(tmp_path / "d")
    app = Deskmate.open(tmp_path / "d")
    app.settings.update(app.users.by_name("olivia").actor, {"app.single_user": True})
    app.close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    c = _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False)
    c.window.restore_requested.emit(str(junk))
    box = _visible_box()
    assert "not a Deskmate database" in box.informativeText() or "not a Deskmate database" in box.text()
    assert c.exit_code is None
    box.done(0)


def test_quit_shortcut_ends_the_app(controllers, tmp_path, qtbot):
    _shop_with_people(tmp_path / "d")
    app = Deskmate.open(tmp_path / "d")
    app.settings.update(app.users.by_name("olivia").actor, {"app.single_user": True})
    app.close()
    c = _start(controllers, data_dir=tmp_path / "d", demo=False, probe=False)
    c.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is c.window, timeout=15_000)
    from PySide6.QtCore import Qt
    with qtbot.waitSignal(c.finished, timeout=15_000) as sig:
        qtbot.keyClick(c.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert sig.args == [0]


def test_demo_with_an_existing_data_dir_opens_it_with_a_login_hint(controllers, tmp_path, qtbot):
    app = Deskmate.open(tmp_path / "d")
    from core.demo import mark_as_demo
    mark_as_demo(app)
    owner = app.users.create_first_owner("owner", "demo1234").actor
    app.users.add(owner, "sam", Role.STAFF, "demo1234")
    app.users.add(owner, "bea", Role.BOOKKEEPER, "demo1234")
    app.close()
    c = _start(controllers, data_dir=tmp_path / "d", demo=True, probe=False)
    qtbot.waitUntil(lambda: isinstance(c.dialog, LoginDialog), timeout=10_000)
    assert not c.demo_built and c.temp_dir is None          # kept, not rebuilt
    assert "demo1234" in c.dialog.hint.text() and c.dialog.hint.isVisible()


def test_a_data_folder_that_cannot_be_created_is_refused(controllers, tmp_path, qtbot):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    c = _start(controllers, data_dir=blocker / "shop", demo=False, probe=False)   # even as root
    box = _visible_box()
    assert box.objectName() == "storageError" and "cannot create the data folder" in box.text()
    with qtbot.waitSignal(c.finished, timeout=15_000) as sig:
        box.done(0)
    assert sig.args == [1]


def test_wizard_retry_after_a_failed_settings_save_does_not_create_the_owner_twice(app, qtbot, monkeypatch):
    from desktop.tasks import TaskRunner
    tasks = TaskRunner()
    wiz = SetupWizard(app, tasks)
    qtbot.addWidget(wiz)
    wiz.shop_page.form.editors["shop.name"].set_value("Retry Shop")
    wiz.owner_page.password.setText("retry-pass-2026")
    wiz.owner_page.repeat.setText("retry-pass-2026")
    real_update = app.settings.update
    calls = []

    def flaky(actor, values):
        calls.append(1)
        if len(calls) == 1:
            from core.kernel.errors import DeskmateError
            raise DeskmateError("the disk is full")
        return real_update(actor, values)

    monkeypatch.setattr(app.settings, "update", flaky)
    shown = []
    monkeypatch.setattr("desktop.firstrun.show_error", lambda parent, exc, title="": shown.append(str(exc)))
    wiz.create_shop()
    qtbot.waitUntil(lambda: shown == ["the disk is full"], timeout=10_000)
    assert wiz.created is None and app.users.has_users()
    wiz.create_shop()
    qtbot.waitUntil(lambda: wiz.created is not None, timeout=10_000)
    assert [u.username for u in app.users.list()] == ["owner"]
    assert app.settings.get("shop.name") == "Retry Shop"
    tasks.wait()


@pytest.mark.slow
def test_sigterm_ends_the_demo_cleanly_and_removes_its_folder(tmp_path):
    import signal
    import time as _time
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               TMPDIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "desktop.launcher", "--demo"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = _time.time() + 180          # a busy machine is slow to start Qt and Python
        while not list(tmp_path.glob("deskmate-demo-*")) and _time.time() < deadline:
            _time.sleep(0.1)
        demo_dirs = list(tmp_path.glob("deskmate-demo-*"))
        assert demo_dirs, "the demo folder was not created"
        _time.sleep(1.0)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=180)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, proc.stderr.read()
    assert not any(d.exists() for d in demo_dirs)
