"""The one way an approved care note reaches a customer: deliver, note on the customer, or refuse."""
from __future__ import annotations

import pytest

from core.customers.messages import send_to_customer
from core.kernel.errors import NotFound


def test_a_note_goes_to_the_outbox_and_is_kept_on_the_customer(app, owner):
    c = app.customers.create(owner, name="Ann Smith", email="ann@example.com")
    with app.db.uow() as s:
        sent = send_to_customer(s, app, owner, c.id, to="ann@example.com", subject="Hello", body="Dear Ann",
                                file_name="care-1", note_kind="winback", note=lambda how: f"Hello {how}")
    (eml,) = app.paths.outbox.glob("care-1*.eml")          # no SMTP server: the outbox, for sending by hand
    assert "Subject: Hello" in eml.read_text(encoding="utf-8")
    assert (sent.customer_id, sent.customer_name, sent.channel) == (c.id, "Ann Smith", "outbox")
    notes = [(n.kind, n.text) for n in app.customers.notes(c.id)]
    assert ("winback", f"Hello {sent.how}") in notes and sent.how


def test_an_erased_customer_gets_nothing(app, owner):
    c = app.customers.create(owner, name="Ann Smith", email="ann@example.com")
    app.customers.erase(owner, c.id, "asked")
    with pytest.raises(NotFound), app.db.uow() as s:
        send_to_customer(s, app, owner, c.id, to="ann@example.com", subject="Hello", body="Dear Ann",
                         file_name="care-2", note_kind="followup", note=lambda how: how)
    assert not app.paths.outbox.exists() or not list(app.paths.outbox.glob("care-2*"))
