"""Follow-up after a visit: drafted per the service's setting after a completed appointment, sent
only on approval, the customer's answer kept on the customer and summed up per service and per
staff member by month."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from core.cli import run
from core.inbox.models import Suggestion
from core.inbox.texts import shown
from core.kernel.errors import ConflictError, ValidationError
from core.scheduling import followups
from tests.core.scheduling.test_appointments import MON, shop  # noqa: F401 - the fixture


def _visit(app, owner, shop, start=9 * 60):  # noqa: F811
    a = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, start)
    item = next(i for i in app.inbox.list() if i.kind == "appointment_confirmation" and i.state == "new")
    app.inbox.decide(owner, item.id, "approve")
    app.scheduling.complete(owner, a.id)
    return a


def test_drafted_per_the_services_setting_and_sent_only_on_approval(app, owner, staff, shop):  # noqa: F811
    a = _visit(app, owner, shop)
    assert app.automation.run_now(owner, followups.JOB, as_of=MON + timedelta(days=2)).created == 0   # no setting
    app.settings.update(owner, {"scheduling.followup_days": {"Tasting": 2}})
    assert app.automation.run_now(owner, followups.JOB, as_of=MON + timedelta(days=1)).created == 0   # too early
    assert app.automation.run_now(owner, followups.JOB, as_of=MON + timedelta(days=2)).created == 1
    assert app.automation.run_now(owner, followups.JOB, as_of=MON + timedelta(days=3)).created == 0   # once
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=followups.JOB).one()
    assert item.subject_id == str(a.id) and "Follow up Carla Client: Tasting with" in shown(item.title)
    assert "How was it?" in item.payload["body"] and "1 (poor) to 5 (excellent)" in item.payload["body"]
    outbox = app.paths.outbox
    assert not outbox.exists() or not list(outbox.glob("followup-*.eml"))
    app.inbox.decide(staff, item.id, "approve")
    (eml,) = outbox.glob(f"followup-{a.id}.eml")
    assert "carla@x.example" in eml.read_text()
    assert any("Follow-up" in n.text for n in app.customers.notes(shop["cust"].id))


def test_answers_are_kept_on_the_customer_and_summed_up(app, owner, shop):  # noqa: F811
    a = _visit(app, owner, shop)
    b = _visit(app, owner, shop, start=13 * 60)
    followups.record_rating(app, owner, a.id, 5, "lovely cakes")
    followups.record_rating(app, owner, b.id, 2)
    followups.record_rating(app, owner, b.id, 3, "better on second thought")      # a corrected answer
    notes = [n.text for n in app.customers.notes(shop["cust"].id) if n.kind == "rating"]
    assert len(notes) == 3 and any("5 of 5 — lovely cakes" in n for n in notes)
    by_service = followups.satisfaction(app, "service")
    assert [(r.group, r.month, r.answers, r.mean_rating) for r in by_service] == [("Tasting", "2026-11", 2, 4.0)]
    by_staff = followups.satisfaction(app, "staff")
    assert by_staff[0].group == shop["ann"].name and by_staff[0].mean_rating == 4.0
    with pytest.raises(ValidationError):
        followups.record_rating(app, owner, a.id, 6)
    pending = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 11 * 60)
    with pytest.raises(ConflictError, match="not completed"):
        followups.record_rating(app, owner, pending.id, 4)


def test_cli_records_a_rating_and_prints_the_summary(app, owner, shop, data_dir, cli_login, capsys):  # noqa: F811
    a = _visit(app, owner, shop)
    app.close()
    cli_login("olivia")
    assert run(["--data-dir", str(data_dir), "appointments", "rating", str(a.id), "4", "--comment", "nice"]) == 0
    assert "4 of 5" in capsys.readouterr().out
    assert run(["--data-dir", str(data_dir), "appointments", "satisfaction", "--by", "staff", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["answers"] == 1 and row["mean_rating"] == 4
    # the trend report (the Reports page shows the same): the week of the visit, per service and staff
    assert run(["--data-dir", str(data_dir), "report", "satisfaction", "--from", "2026-11-23",
                "--to", "2026-12-06", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    figures = {f["key"]: f for f in rep["figures"]}
    assert float(figures["mean_rating"]["value"]) == 4 and float(figures["answers"]["value"]) == 1
    means = next(s for s in rep["series"] if s["unit"] == "number")["values"]
    assert [None if v is None else float(v) for v in means] == [None, 4.0]
    tables = {t["title"]: t for t in rep["tables"]}
    assert tables["Per service"]["rows"][0][0] == "Tasting" and tables["Per staff member"]["rows"][0][1] in (1, "1")
