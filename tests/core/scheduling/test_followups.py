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


def test_compare_followups_known_answer():
    assert followups.compare_followups({1, 2, 3, 4}, {2, 9}, {3, 4, 7}) == (
        "would have followed up 4 visits; people followed up 1 of them by hand and recorded an answer for 2; "
        "visits people followed up that it would not have: 1")
    assert followups.compare_followups({5}, set(), set()) == (
        "would have followed up 1 visit; people followed up 0 of them by hand and recorded an answer for 0; "
        "visits people followed up that it would not have: 0")


def test_in_pilot_nothing_is_drafted_into_the_inbox_and_the_payoff_compares_with_hand_follow_ups(
        app, owner, shop, clock):  # noqa: F811
    """A hand-made fortnight: two tastings on Monday (the pilot would follow both up), a consultation
    the setting does not name; a person rings Carla and the consultation's customer, and records
    Dora's answer."""
    from datetime import datetime, timezone

    from core.inbox.service import InboxFilter
    a = _visit(app, owner, shop)
    dora = app.customers.create(owner, name="Dora Diner", email="dora@x.example")
    eve = app.customers.create(owner, name="Eve Early", email="eve@x.example")
    consult = app.scheduling.add_service(owner, "Consultation", 45, buffer_before=15, buffer_after=15,
                                         skill="baker", price="10.00")
    visits = []
    for cust, svc, start in ((dora, shop["svc"], 13 * 60), (eve, consult, 11 * 60)):
        v = app.scheduling.book(owner, cust.id, svc.id, shop["ann"].id, MON, start)
        item = next(i for i in app.inbox.list() if i.kind == "appointment_confirmation" and i.state == "new")
        app.inbox.decide(owner, item.id, "approve")
        app.scheduling.complete(owner, v.id)
        visits.append(v)
    b = visits[0]
    app.settings.update(owner, {"scheduling.followup_days": {"Tasting": 2}})
    assert app.automation.update_job(owner, followups.JOB, mode="pilot").mode == "pilot"
    clock.set(datetime(2026, 12, 2, 9, tzinfo=timezone.utc))
    assert app.automation.run_now(owner, followups.JOB, as_of=MON + timedelta(days=2)).created == 2
    assert app.inbox.list(InboxFilter(kind=followups.KIND)) == []
    assert not app.paths.outbox.exists() or not list(app.paths.outbox.glob("followup-*"))
    app.customers.note(owner, shop["cust"].id, "Rang Carla: she loved the tasting")
    app.customers.note(owner, eve.id, "Rang Eve after her consultation")
    followups.record_rating(app, owner, b.id, 4, "nice")
    p = next(x for x in app.automation.payoff(MON, MON + timedelta(days=13)) if x.job_id == followups.JOB)
    assert p.mode == "pilot" and p.pilot == (
        "2 pilot drafts against the follow-ups people sent by hand: would have followed up 2 visits; people "
        "followed up 1 of them by hand and recorded an answer for 1; visits people followed up that it would not "
        "have: 1")
    assert a.id != b.id
