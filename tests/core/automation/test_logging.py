"""The log file keeps what nobody saw: failed jobs and applier bugs, with their tracebacks."""
from __future__ import annotations

import logging
import os
import stat

import pytest

import automation_testkit as kit
from automation_testkit import kit_installed  # noqa: F401
from core.inbox.kinds import KINDS, KindSpec, register_kind
from core.inbox.reason import reason_card
from core.kernel import logs
from core.kernel.actor import Role
from core.kernel.errors import DeskmateError


@pytest.fixture
def log_file(app):
    path = logs.configure(app.paths.root)
    yield path
    logs.unconfigure()


def _text(path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


def test_log_file_lives_in_the_data_folder_and_is_private(app, log_file):
    assert log_file == app.paths.root / "logs" / "deskmate.log"
    logging.getLogger("core.test").info("hello from a test")
    assert "INFO" in _text(log_file) and "core.test: hello from a test" in _text(log_file)
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_configure_twice_keeps_one_handler(app, log_file):
    logs.configure(app.paths.root)
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(ours) == 1
    logging.getLogger("core.test").warning("once")
    assert _text(log_file).count("once") == 1


def test_failed_job_is_logged_with_its_traceback(app, owner, kit_installed, log_file):
    run = app.automation.run_now(owner, kit.BROKEN)
    assert run.outcome == "failed"
    text = _text(log_file)
    assert f"job {kit.BROKEN} (Test broken) failed (run {run.id}, manual)" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: this job is broken on purpose" in text


def test_applier_bug_is_logged_and_nothing_applied(app, owner, kit_installed, log_file):
    def buggy(_ctx, payload):
        return payload["missing"]          # KeyError: a bug, not a refusal

    register_kind(KindSpec(kind="test_buggy", area=kit.TEST_AREA, title="Buggy", apply=buggy,
                           default_roles=frozenset({Role.OWNER})))
    try:
        with app.db.uow() as s:
            sid = app.inbox.draft(s, kind="test_buggy", subject_type="thing", subject_id=1,
                                  title="buggy", payload={"text": "x"}, reason=reason_card(explanation="t"))
        with pytest.raises(DeskmateError, match="could not apply"):
            app.inbox.decide(owner, sid, "approve")
        text = _text(log_file)
        assert f"applying suggestion {sid} (test_buggy) failed" in text and "KeyError: 'missing'" in text
        assert app.inbox.get(sid).state == "new"
    finally:
        KINDS.pop("test_buggy", None)


def test_tail_is_bounded_and_starts_on_a_whole_line(tmp_path):
    path = tmp_path / "big.log"
    path.write_text("".join(f"line {i:06d}\n" for i in range(100_000)), encoding="utf-8")
    text = logs.tail(path, max_bytes=10_000)
    assert len(text) <= 10_000 and text.startswith("line ") and text.endswith("line 099999\n")
    assert logs.tail(tmp_path / "absent.log") == ""
