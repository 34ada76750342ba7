"""Issue 17: the demo shop in each language — `deskmate --lang de init --demo` builds it with that
language's locale and currency, a few customers in each language, and says what it built in German."""
from __future__ import annotations

import io
import json

import pytest

import core.customers.demo
from core.cli import run


@pytest.mark.parametrize(("lang", "locale", "summary"), [
    ("de", "de_DE", "200 Kunden"), ("es", "es_ES", "200 clientes"), ("en", "en_GB", "200 customers")])
def test_the_demo_shop_is_built_in_the_language_asked_for(
        lang, locale, summary, tmp_path, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("core.demo.area_modules", lambda name: [core.customers.demo])
    monkeypatch.setattr("core.demo.DEMO_MORNING_JOBS", ())
    data = ["--data-dir", str(tmp_path)]
    assert run(["--lang", lang, *data, "init", "--demo"]) == 0
    out = capsys.readouterr().out
    assert summary in out
    monkeypatch.setattr("sys.stdin", io.StringIO("demo1234\n"))
    assert run([*data, "login", "owner", "--password-stdin"]) == 0
    capsys.readouterr()
    assert run([*data, "settings", "list", "--json"]) == 0
    settings = {s["key"]: s["value"] for s in json.loads(capsys.readouterr().out)}
    assert settings["shop.locale"] == locale and settings["shop.name"] == "Corner Bakery & Deli"
    assert settings["shop.currency"] == ("GBP" if lang == "en" else "EUR")
    assert run([*data, "customer", "list", "--json"]) == 0
    langs = [c["language"] for c in json.loads(capsys.readouterr().out)]
    assert langs.count("de") == langs.count("es") == 20 and langs.count("") == 160
