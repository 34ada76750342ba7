"""Issue 17: an appointment reminder is written in the customer's language (dates and times as that
language writes them), and sent as written; the shop's inbox title stays in the user's language."""
from __future__ import annotations

import email
from datetime import timedelta
from email import policy
from pathlib import Path

from core.automation.registry import JobContext
from core.scheduling import jobs
from tests.core.scheduling.sched_helpers import WEEK, small_shop


def test_a_german_customer_gets_a_german_reminder_and_an_english_one_an_english_one(app, owner) -> None:
    a, _b, _c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45, skill="baker", price="25.00")
    greta = app.customers.create(owner, name="Greta Becker", email="greta@x.example", language="de")
    carla = app.customers.create(owner, name="Carla Client", email="carla@x.example")
    for cust, start in ((greta, 9 * 60), (carla, 13 * 60)):
        app.scheduling.confirm(owner, app.scheduling.book(owner, cust.id, svc.id, a.id, WEEK, start).id)
    ctx = JobContext(app=app, job_id="scheduling.reminders", run_id=None, as_of=WEEK - timedelta(days=1),
                     started_at=app.clock.now(), trigger="manual")
    jobs.reminders(ctx)
    items = {app.inbox.get(i.id).payload["to"]: i for i in app.inbox.list() if i.kind == "appointment_reminder"}
    # the letter is German, the shop's inbox reads in the user's language (English in tests)
    assert items["greta@x.example"].title == "Reminder to greta@x.example: Tasting tomorrow at 09:00"
    german = app.inbox.get(items["greta@x.example"].id).payload
    assert german["subject"] == "Erinnerung: Tasting morgen um 09:00"
    assert german["body"].startswith("Sehr geehrte(r) Greta Becker,") and f"{WEEK:%d.%m.%Y}" in german["body"]
    english = app.inbox.get(items["carla@x.example"].id).payload
    assert english["subject"] == "Reminder: Tasting tomorrow at 13:00" and english["body"].startswith("Dear Carla")
    app.inbox.decide(owner, items["greta@x.example"].id, "approve")
    sent = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in Path(app.paths.outbox).glob("*.eml")]
    assert [m["Subject"] for m in sent] == ["Erinnerung: Tasting morgen um 09:00"]
    assert "Sehr geehrte(r) Greta Becker" in sent[0].get_body().get_content()
