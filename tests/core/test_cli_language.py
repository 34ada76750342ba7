"""Issue 17 on the command line: the worker speaks the language chosen in Settings on the computer it runs on (it drafts
for the people of that desktop); other commands follow LANG like any command-line tool, and --lang
wins over both."""
from __future__ import annotations

import pytest

from core.cli import run
from core.kernel import i18n


def test_the_worker_follows_the_settings_preference_and_the_rest_of_the_cli_follows_lang(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    i18n.set_language_preference("es")
    assert run(["worker", "--help"]) == 0
    assert i18n.current_language() == "es"
    assert run(["backup", "--help"]) == 0
    assert i18n.current_language() == "de"
    assert run(["--lang", "en", "worker", "--help"]) == 0
    assert i18n.current_language() == "en"
    i18n.set_language_preference(i18n.SYSTEM)
    assert run(["worker", "--help"]) == 0
    assert i18n.current_language() == "de"
    capsys.readouterr()


def test_check_reads_in_the_language_of_the_command_line(data_dir, owner, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "de", "--data-dir", str(data_dir), "backup"]) == 0
    capsys.readouterr()
    assert run(["--lang", "de", "--data-dir", str(data_dir), "check"]) == 0
    out = capsys.readouterr().out
    assert "Protokollkette" in out and "intakt:" in out and out.rstrip().endswith("alles in Ordnung")
    assert run(["--data-dir", str(data_dir), "check"]) == 0
    assert "audit chain" in capsys.readouterr().out


def test_settings_in_german_on_the_command_line(app, owner, data_dir, cli_login, clock,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    cli_login("olivia", clock=clock)
    base = ["--lang", "de", "--data-dir", str(data_dir)]
    assert run([*base, "settings", "list", "--as", "olivia"], clock=clock) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Schlüssel", "Einstellung", "Wert"]
    assert any(ln.startswith("shop.name") and "Name des Geschäfts" in ln for ln in lines)
    assert run([*base, "settings", "set", "shop.name", "Eckladen", "--as", "olivia"], clock=clock) == 0
    assert capsys.readouterr().out.strip() == "Name des Geschäfts gesetzt"
