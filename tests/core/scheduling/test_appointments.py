"""Slot finder, bookings (no double booking, even concurrently), reminders, billing hand-over."""
from __future__ import annotations

import multiprocessing
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from core.automation.registry import JobContext
from core.kernel.errors import ConflictError
from core.scheduling import jobs
from core.scheduling.exports import appointments_ics, roster_ics
from tests.core.scheduling.sched_helpers import WEEK, small_shop
from tests.conftest import raw_uow

MON = WEEK


@pytest.fixture
def shop(app, owner):
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, MON, "OPN")          # 08:00-16:00, break 12:00-12:30
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45, buffer_before=15, buffer_after=15, skill="baker",
                                     price="25.00")
    cust = app.customers.create(owner, name="Carla Client", email="carla@x.example")
    return {"ann": a, "bob": b, "cy": c, "svc": svc, "cust": cust, "rid": rid}


def starts(slots):
    return [s.start_minute for s in slots]


def test_slots_respect_shift_break_and_buffers(app, shop):
    slots = app.scheduling.slots(shop["svc"].id, MON)
    st = starts(slots)
    assert st[0] == 8 * 60 + 15                      # buffer before from shift start
    assert max(st) + 45 + 15 <= 16 * 60              # buffer after before shift end
    for s in st:                                     # no overlap with the 12:00-12:30 break, buffers included
        assert s + 45 + 15 <= 12 * 60 or s - 15 >= 12 * 60 + 30
    assert {s.staff_name for s in slots} == {"Ann"}  # the only baker on the roster


def test_slots_exclude_existing_bookings_with_buffers(app, owner, shop):
    app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    st = starts(app.scheduling.slots(shop["svc"].id, MON))
    # the booking blocks 08:45-10:00; a new one needs its own 15 min buffers around it
    assert all(s + 45 + 15 <= 8 * 60 + 45 or s - 15 >= 10 * 60 for s in st)
    assert 10 * 60 + 15 in st


def test_slots_exclude_time_off(app, owner, staff, shop):
    app.scheduling.update_staff(owner, shop["ann"].id, user_id=staff.user_id)
    app.scheduling.request_time_off(staff, shop["ann"].id, MON, MON, "doctor")
    item = next(i for i in app.inbox.list() if i.kind == "time_off")
    app.inbox.decide(owner, item.id, "approve")
    assert app.scheduling.slots(shop["svc"].id, MON) == []


def test_double_booking_refused_with_clear_message(app, owner, shop):
    app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    with pytest.raises(ConflictError) as err:
        app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60 + 30)
    assert "Ann is already booked 09:00–09:45" in str(err.value)


def test_double_booking_refused_under_thread_concurrency(app, owner, shop):
    results: list[object] = []
    barrier = threading.Barrier(4)

    def go():
        barrier.wait()
        try:
            results.append(app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id,
                                               MON, 10 * 60))
        except ConflictError as exc:
            results.append(exc)
    threads = [threading.Thread(target=go) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(not isinstance(r, Exception) for r in results) == 1
    assert sum(isinstance(r, ConflictError) for r in results) == 3


def _book_in_process(data_dir: str, ids: tuple, queue) -> None:
    from datetime import datetime, timezone

    from core.app import Deskmate
    from core.kernel.clock import FixedClock
    app = Deskmate.open(data_dir, clock=FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)))
    owner = app.users.by_name("olivia").actor
    try:
        app.scheduling.book(owner, ids[0], ids[1], ids[2], MON, 11 * 60)
        queue.put("ok")
    except ConflictError as exc:
        queue.put(str(exc))
    finally:
        app.close()


@pytest.mark.slow
def test_double_booking_refused_across_processes(app, shop, data_dir):
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    ids = (shop["cust"].id, shop["svc"].id, shop["ann"].id)
    procs = [ctx.Process(target=_book_in_process, args=(str(data_dir), ids, queue)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    out = sorted(queue.get(timeout=5) for _ in procs)
    assert out[1] == "ok" and "already booked" in out[0]


def test_pending_holds_slot_until_confirmed_and_rejection_frees_it(app, owner, staff, shop):
    a = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    assert a.state == "pending"
    assert 9 * 60 not in starts(app.scheduling.slots(shop["svc"].id, MON))
    item = next(i for i in app.inbox.list() if i.kind == "appointment_confirmation")
    app.inbox.decide(staff, item.id, "reject", reason="customer called off")   # staff may decide
    assert app.scheduling.get_appointment(a.id).state == "cancelled"
    assert 9 * 60 in starts(app.scheduling.slots(shop["svc"].id, MON))


def test_confirm_complete_billable_and_mark_billed(app, owner, shop):
    a = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    item = next(i for i in app.inbox.list() if i.kind == "appointment_confirmation")
    app.inbox.decide(owner, item.id, "approve")
    assert app.scheduling.get_appointment(a.id).state == "confirmed"
    assert app.scheduling.billable_appointments(None) == []
    app.scheduling.complete(owner, a.id)
    bills = app.scheduling.billable_appointments(None, customer_id=shop["cust"].id)
    assert [b.id for b in bills] == [a.id] and str(bills[0].price) .startswith("25")
    with raw_uow(app) as s:    # invoicing calls this inside its own audited unit of work
        app.scheduling.mark_billed(s, [a.id], 99)
    assert app.scheduling.billable_appointments(None) == []


def test_cancel_and_no_show(app, owner, shop):
    a = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    app.scheduling.confirm(owner, a.id)
    assert app.scheduling.no_show(owner, a.id).state == "no_show"
    with pytest.raises(ConflictError):
        app.scheduling.complete(owner, a.id)
    b = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 13 * 60)
    assert app.scheduling.cancel(owner, b.id, "ill").state == "cancelled"


def test_reminder_drafted_and_written_to_outbox_only_after_approval(app, owner, shop):
    a = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    app.scheduling.confirm(owner, a.id)
    ctx = JobContext(app=app, job_id="scheduling.reminders", run_id=None, as_of=MON - timedelta(days=1),
                     started_at=app.clock.now(), trigger="manual")
    jobs.reminders(ctx)
    jobs.reminders(ctx)                                    # a second run does not duplicate it
    items = [i for i in app.inbox.list() if i.kind == "appointment_reminder"]
    assert len(items) == 1
    out = Path(app.paths.outbox)
    assert not out.exists() or not list(out.glob("*.eml"))  # nothing sent before approval
    app.inbox.decide(owner, items[0].id, "approve")
    eml = list(out.glob("*.eml"))
    assert len(eml) == 1 and "carla@x.example" in eml[0].read_text()


def test_ics_parsed_back(app, owner, shop, tmp_path):
    from icalendar import Calendar
    a = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    p = appointments_ics([app.scheduling.get_appointment(a.id)], tmp_path / "a.ics", "Europe/London")
    cal = Calendar.from_ical(p.read_bytes())
    ev = [c for c in cal.walk("VEVENT")]
    assert len(ev) == 1 and "Carla Client" in str(ev[0]["summary"])
    start = ev[0].decoded("dtstart")
    assert (start.hour, start.minute) == (9, 0) and str(start.tzinfo) == "Europe/London"
    view = app.scheduling.view(shop["rid"])
    p2 = roster_ics(view, tmp_path / "ann.ics", "Europe/London", staff_id=shop["ann"].id)
    evs = list(Calendar.from_ical(p2.read_bytes()).walk("VEVENT"))
    assert len(evs) == 1 and evs[0].decoded("dtend").hour == 16


def test_roster_xlsx_and_pdf(app, owner, shop, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    from core.scheduling.exports import export_roster
    x = export_roster(app, owner, WEEK, tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(x)["Roster"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    assert rows["Ann"][1].startswith("Open 08:00") and rows["Ann"][8] == 8
    pdf = export_roster(app, owner, WEEK, tmp_path / "r.pdf")
    assert "Ann" in PdfReader(pdf).pages[0].extract_text()


def test_reminder_sent_by_smtp_when_configured(app, owner, shop, monkeypatch):
    sent = []

    class FakeSMTP:
        def __init__(self, host, port, timeout=None):
            sent.append(("connect", host, port))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def send_message(self, msg):
            sent.append(("send", msg["To"], msg["Subject"]))

    import smtplib
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    app.settings.update(owner, {"mail.smtp_host": "mail.example", "mail.smtp_port": 2525,
                                "mail.smtp_starttls": False, "mail.from": "shop@x.example"})
    a = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    ctx = JobContext(app=app, job_id="scheduling.reminders", run_id=None, as_of=MON - timedelta(days=1),
                     started_at=app.clock.now(), trigger="manual")
    jobs.reminders(ctx)
    assert sent == []                                            # drafted, not sent
    item = next(i for i in app.inbox.list() if i.kind == "appointment_reminder")
    app.inbox.decide(owner, item.id, "approve")
    assert sent[0] == ("connect", "mail.example", 2525)
    assert sent[1][:2] == ("send", "carla@x.example") and "Tasting" in sent[1][2]
    assert not Path(app.paths.outbox).exists() or not list(Path(app.paths.outbox).glob("*.eml"))
    assert app.inbox.get(item.id).result and "via mail.example" in app.inbox.get(item.id).result
    assert a.id


def test_slots_and_bookings_stay_inside_opening_hours(app, owner, shop):
    hours = {d: ["09:00", "12:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat")}
    app.settings.update(owner, {"shop.opening_hours": {**hours, "sun": []}})
    st = starts(app.scheduling.slots(shop["svc"].id, MON))
    assert st and min(st) == 9 * 60 and max(st) + 45 <= 12 * 60
    with pytest.raises(ConflictError) as err:
        app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 8 * 60 + 15)
    assert "outside opening hours (open 09:00–12:00)" in str(err.value)
    assert app.scheduling.slots(shop["svc"].id, MON + timedelta(days=6)) == []      # closed on Sunday


def test_a_pending_never_confirmed_appointment_cannot_be_completed_or_billed(app, owner, shop):
    a = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    with pytest.raises(ConflictError, match="still pending .*confirm it first"):
        app.scheduling.complete(owner, a.id)
    assert app.scheduling.get_appointment(a.id).state == "pending"
    assert app.scheduling.billable_appointments(None) == []
    app.scheduling.confirm(owner, a.id)
    assert app.scheduling.complete(owner, a.id).state == "completed"
    assert [b.id for b in app.scheduling.billable_appointments(None)] == [a.id]


def test_booking_texts_follow_the_shops_locale(app, owner, shop):
    """The confirmation item, its card and a refusal read in the shop's date and time format."""
    app.settings.update(owner, {"shop.locale": "en_US"})
    app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 14 * 60)
    item = next(i for i in app.inbox.list() if i.kind == "appointment_confirmation")
    assert item.title == "Confirm Tasting for Carla Client, Mon, Nov 30 2:00\u202fPM"
    inputs = dict(app.inbox.get(item.id).reason["inputs"])
    assert inputs["day"] == "Nov 30, 2026" and inputs["time"] == "2:00\u202fPM–2:45\u202fPM"
    with pytest.raises(ConflictError) as err:
        app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 14 * 60 + 30)
    assert "Ann is already booked 2:00\u202fPM–2:45\u202fPM on Mon, Nov 30" in str(err.value)
