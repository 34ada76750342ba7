"""A payment far outside what the customer usually pays becomes a finding with its range."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from core.automation.jobs import UNUSUAL_JOB
from core.inbox.models import Suggestion
from core.inbox.reason import card_shown
from core.inbox.texts import shown
from core.invoicing import unusual
from core.invoicing.models import Payment
from tests.conftest import raw_uow
from tests.core.invoicing.inv_helpers import customer


def test_judge_known_answers():
    usual = [D("150.00"), D("148.50"), D("152.00"), D("150.00"), D("149.00"), D("151.00")]
    assert unusual.judge(D("1500.00"), usual)[0] is True        # a digit too many
    assert unusual.judge(D("15.00"), usual)[0] is True          # a digit too few
    assert unusual.judge(D("300.00"), usual)[0] is False        # twice the usual: an ordinary big order
    assert unusual.judge(D("1500.00"), usual[:4]) is None        # too little history says so
    outside, rng = unusual.judge(D("150.00"), usual)
    assert not outside and abs(rng.centre - 5.0106) < 1e-3      # ln 150


@given(st.lists(st.decimals(D("1"), D("100000"), places=2), min_size=unusual.MIN_PAYMENTS, max_size=24),
       st.decimals(D("0.5"), D("2"), places=2))
def test_a_payment_near_the_typical_one_is_never_unusual(earlier, factor):
    """Within a factor of two of the customer's median payment is always usual (the floor on the
    spread allows about 2.4× either way), whatever the history."""
    _outside, rng = unusual.judge(D("1"), earlier)
    typical = D(str(round(2.718281828459045 ** rng.centre, 2)))
    amount = max(D("0.01"), (typical * factor).quantize(D("0.01")))
    assert unusual.judge(amount, earlier)[0] is False


def _payments(app, cid, amounts, start, method="bank transfer"):
    with raw_uow(app) as s:
        for k, a in enumerate(amounts):
            s.add(Payment(invoice_id=None, customer_id=cid, paid_on=start + timedelta(days=14 * k),
                          received=D(a), applied=D(a), to_credit=D(0), method=method,
                          reference=f"R{k}", created_at=_now(), created_by="bea"))


def _now():
    from datetime import datetime, timezone
    return datetime(2026, 11, 1, tzinfo=timezone.utc)


def test_the_job_drafts_the_payment_with_the_customers_range(app, owner):
    ann = customer(app, owner)
    bob = customer(app, owner, name="Bob Jones", email="bob@example.com")
    today = app.today()
    start = today - timedelta(days=14 * 8)
    _payments(app, ann.id, ["80.00", "82.50", "79.00", "81.00", "80.00", "83.00", "80.00", "820.00"], start)
    _payments(app, bob.id, ["20.00", "35.00", "18.00", "40.00", "25.00", "30.00", "22.00", "45.00"], start)
    assert app.automation.run_now(owner, UNUSUAL_JOB).created == 1
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=UNUSUAL_JOB).one()
    assert item.subject_type == "customer" and item.subject_id == str(ann.id)
    inputs = dict(card_shown(item.reason)["inputs"])
    fm = app.formats()
    assert inputs["amount"] == fm.money(D("820.00"))
    assert inputs["typical payment (median)"] == fm.money(D("80.00"))
    with app.db.read() as s:
        (found,) = unusual.scan(s, today, unusual.CHECK_DAYS)[0]
    assert D(32) < found.low < D(33) and D(195) < found.high < D(196)     # 80 ×/÷ e^(4 ln 1.25)
    assert inputs["expected range"] == f"{fm.money(found.low)} to {fm.money(found.high)}"
    assert "usually pays" in shown(item.title)


def test_a_payment_that_settles_its_invoice_and_credit_are_not_reported(app, owner):
    ann = customer(app, owner)
    start = date(2026, 6, 1)
    _payments(app, ann.id, ["80.00"] * 7, start)
    _payments(app, ann.id, ["900.00"], app.today() - timedelta(days=3), method="credit")
    with app.db.read() as s:
        assert unusual.payments_unusual(s, app) == []
