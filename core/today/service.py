"""The Today report: one read across the areas' public services, shaped by who is asking.

Each section appears only for roles that may see or act on it (the permission matrix decides),
and each line names where it is acted on, so the desktop can open that page with the item
selected. Nothing here writes.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from core.inbox.due import due_text
from core.inbox.service import InboxFilter, State
from core.kernel.actor import Actor
from core.kernel.i18n import N_, _, ngettext
from core.today.dto import Target, TodayLine, TodayReport, TodaySection
from core.users.permissions import Perm, allowed

if TYPE_CHECKING:
    from core.app import Deskmate

WAITING = (State.NEW.value, State.ESCALATED.value)
TITLES = {"decisions": N_("Decisions waiting for you"), "appointments": N_("Today's appointments"),
          "on_shift": N_("On shift today"), "cover": N_("Cover gaps this week"),
          "stock": N_("Running out before the next delivery"), "overdue": N_("Overdue invoices"),
          "jobs": N_("Failed jobs")}
#: An appointment's state as the Today page says it.
APPOINTMENT_STATES = {"confirmed": N_("confirmed"), "completed": N_("completed"), "no_show": N_("no-show"),
                      "cancelled": N_("cancelled")}
LIMIT = 8          # lines per section; the rest are one click away on the section's page


def _title(key: str) -> str:
    return _(TITLES[key])


class TodayService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app

    # the sections, in the order the page shows them, with who may see each
    def _sections(self) -> list[tuple[str, Callable[[Actor], bool], Callable[[Actor, date], TodaySection | None]]]:
        def can(perm: Perm) -> Callable[[Actor], bool]:
            return lambda actor: allowed(actor, perm)
        return [
            ("decisions", can(Perm.DECIDE_INBOX), self.decisions),
            ("appointments", can(Perm.BOOK_APPOINTMENTS), self.appointments),
            ("on_shift", can(Perm.REQUEST_TIME_OFF), self.on_shift),
            ("cover", can(Perm.EDIT_ROSTER), self.cover),
            ("stock", can(Perm.MANAGE_PURCHASE_ORDERS), self.stock),
            ("overdue", can(Perm.RECORD_PAYMENTS), self.overdue),
            ("jobs", lambda actor: True, self.failed_jobs),
        ]

    # Worked out from a year of sales with the forecasting code (numpy): the desktop asks for it
    # after the rest of the page is on screen, so logging in never waits for it.
    SLOW = frozenset({"stock"})

    def report(self, actor: Actor, as_of: date | None = None, defer: frozenset[str] = frozenset()) -> TodayReport:
        """Everything that needs ``actor`` today, in sections their role may see. Sections in
        ``defer`` come back as placeholders (``pending``) to fetch with :meth:`section`."""
        day = as_of or self.app.today()
        sections = []
        for key, may, build in self._sections():
            if not may(actor):
                continue
            if key in defer:
                sections.append(TodaySection(key, _title(key), _("Working it out…"), pending=True))
            else:
                section = build(actor, day)
                if section is not None:
                    sections.append(section)
        return TodayReport(day, actor.username, str(actor.role), self.app.clock.now(), tuple(sections))

    def section(self, actor: Actor, key: str, as_of: date | None = None) -> TodaySection | None:
        """One section (a deferred one, or to refresh just it); None when the role may not see it."""
        for k, may, build in self._sections():
            if k == key:
                return build(actor, as_of or self.app.today()) if may(actor) else None
        raise KeyError(key)

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.app.settings.get("shop.timezone"))

    # ------------------------------------------------------------------ sections
    def decisions(self, actor: Actor, day: date) -> TodaySection:
        """Inbox items this person may decide, one line per kind, the most urgent kind first."""
        inbox = self.app.inbox
        f = InboxFilter(states=WAITING, assigned_role=str(actor.role))
        groups = inbox.kind_groups(f)
        now, zone = self.app.clock.now(), self._zone()
        lines = []
        for g in groups:
            first = inbox.list(InboxFilter(states=WAITING, assigned_role=str(actor.role), kind=g.kind),
                               sort="due", limit=1)
            when = due_text(g.first_due, now, zone, self.app.formats())
            detail = (_("first due {when}").format(when=when) if when else _("no due time")) + (
                f" · {first[0].title}" if first else "")
            urgent = g.first_due is not None and g.first_due.astimezone(zone).date() <= day
            lines.append(TodayLine(f"{g.title}: {g.count}", detail,
                                   Target.of("inbox", kind=g.kind, item_id=first[0].id if first else None),
                                   urgent))
        total = sum(g.count for g in groups)
        summary = (ngettext("{n} item waiting for you", "{n} items waiting for you", total).format(n=total) if total
                   else _("Nothing waiting for your decision"))
        return TodaySection("decisions", _title("decisions"), summary, tuple(lines), 0,
                            Target.of("inbox"), total)

    def appointments(self, actor: Actor, day: date) -> TodaySection:
        items = [a for a in self.app.scheduling.appointments(day, day) if a.state != "cancelled"]
        items.sort(key=lambda a: (a.start_minute, a.staff_name))
        pending = sum(1 for a in items if a.state == "pending")
        fm = self.app.formats()
        lines = tuple(TodayLine(f"{fm.clock(a.start_minute)} {a.service_name} — {a.customer_name}",
                                _("with {person} · {state}").format(
                                    person=a.staff_name, state=_("not confirmed yet") if a.state == "pending" else
                                    _(APPOINTMENT_STATES[a.state]) if a.state in APPOINTMENT_STATES else a.state),
                                Target.of("schedule", tab="appointments", day=day, appointment_id=a.id),
                                a.state == "pending")
                      for a in items[:LIMIT])
        if not items:
            summary = _("No appointments today")
        elif pending:
            summary = ngettext("{n} appointment, {pending} still to confirm", "{n} appointments, {pending} still to "
                               "confirm", len(items)).format(n=len(items), pending=pending)
        else:
            summary = ngettext("{n} appointment", "{n} appointments", len(items)).format(n=len(items))
        return TodaySection("appointments", _title("appointments"), summary, lines, max(0, len(items) - LIMIT),
                            Target.of("schedule", tab="appointments", day=day), len(items))

    def on_shift(self, actor: Actor, day: date) -> TodaySection:
        people = self.app.scheduling.on_shift(day)
        fm = self.app.formats()
        lines = tuple(TodayLine(f"{p.name}", f"{p.shift_name} {fm.clock(p.start_minute)}–{fm.clock(p.end_minute)}",
                                Target.of("schedule", tab="roster", day=day, staff_id=p.staff_id))
                      for p in people[:LIMIT])
        summary = (ngettext("{n} person on shift", "{n} people on shift", len(people)).format(n=len(people)) if people
                   else _("Nobody is rostered today"))
        return TodaySection("on_shift", _title("on_shift"), summary, lines, max(0, len(people) - LIMIT),
                            Target.of("schedule", tab="roster", day=day), len(people))

    def cover(self, actor: Actor, day: date) -> TodaySection:
        week = day - timedelta(days=day.weekday())
        gaps = self.app.scheduling.cover_gaps(day, week + timedelta(days=6))
        lines, fm = [], self.app.formats()
        for g in gaps[:LIMIT]:
            short = (ngettext("{day} {shift}: {n} person short with {skill}", "{day} {shift}: {n} people short with "
                              "{skill}", g.missing) if g.skill else
                     ngettext("{day} {shift}: {n} person short", "{day} {shift}: {n} people short", g.missing)).format(
                day=fm.day(g.day), shift=g.shift_name, n=g.missing, skill=g.skill)
            rostered = (_("{assigned} of {required} rostered") if g.roster_state == "published" else
                        _("{assigned} of {required} rostered (draft roster)") if g.roster_id else
                        _("{assigned} of {required} rostered (no roster yet)")).format(
                assigned=g.assigned, required=g.required)
            lines.append(TodayLine(short, rostered,
                                   Target.of("schedule", tab="roster", day=g.day), g.day == day))
        summary = (ngettext("{n} shift under-staffed this week", "{n} shifts under-staffed this week",
                            len(gaps)).format(n=len(gaps)) if gaps
                   else _("Every shift this week is covered"))
        return TodaySection("cover", _title("cover"), summary, tuple(lines), max(0, len(gaps) - LIMIT),
                            Target.of("schedule", tab="roster", day=day), len(gaps))

    def stock(self, actor: Actor, day: date) -> TodaySection:
        risks = self.app.inventory.stockout_risks(day)
        lines, fm = [], self.app.formats()
        for r in risks[:LIMIT]:
            out = (_("out of stock") if r.on_hand <= 0 else
                   _("runs out today") if r.runs_out_on <= day else
                   _("runs out {day}").format(day=fm.day(r.runs_out_on)))
            delivery = (_("{out}; next delivery {day} (on order)") if r.on_order > 0 else
                        _("{out}; next delivery {day} if ordered now")).format(out=out, day=fm.day(r.next_delivery_on))
            lines.append(TodayLine(f"{r.name} ({r.sku})", delivery,
                                   Target.of("inventory", tab="products", product_id=r.product_id),
                                   r.runs_out_on <= day))
        summary = (ngettext("{n} product will run out before the next delivery",
                            "{n} products will run out before the next delivery", len(risks)).format(n=len(risks))
                   if risks else _("No product runs out before its next delivery"))
        return TodaySection("stock", _title("stock"), summary, tuple(lines),
                            max(0, len(risks) - LIMIT), Target.of("inventory", tab="products"), len(risks))

    def overdue(self, actor: Actor, day: date) -> TodaySection:
        from core.invoicing.service import InvoiceFilter
        inv = self.app.invoicing
        rows = inv.list(InvoiceFilter(status="overdue"), sort="due")
        total = sum((r.open for r in rows), Decimal(0))
        lines = tuple(TodayLine(f"{r.label} — {r.customer_name}",
                                ngettext("{amount} open, {n} day overdue", "{amount} open, {n} days overdue",
                                         r.days_overdue).format(amount=inv.format_money(r.open), n=r.days_overdue),
                                Target.of("invoices", status="overdue", invoice_id=r.id), r.days_overdue > 30)
                      for r in rows[:LIMIT])
        summary = (ngettext("{n} invoice overdue, {amount} open", "{n} invoices overdue, {amount} open",
                            len(rows)).format(n=len(rows), amount=inv.format_money(total)) if rows
                   else _("No invoice is overdue"))
        return TodaySection("overdue", _title("overdue"), summary, lines, max(0, len(rows) - LIMIT),
                            Target.of("invoices", status="overdue"), len(rows))

    def failed_jobs(self, actor: Actor, day: date) -> TodaySection | None:
        """Jobs whose last run failed: all of them for whoever configures automation, else the
        ones this person is responsible for."""
        jobs = [j for j in self.app.automation.list_jobs() if j.last_outcome == "failed"]
        if not allowed(actor, Perm.MANAGE_AUTOMATION):
            jobs = [j for j in jobs if j.owner_user_id == actor.user_id
                    or (j.owner_user_id is None and j.owner_role == str(actor.role))]
            if not jobs:
                return None         # nothing of theirs: the section is the owner's otherwise
        errors = {j.id: self._last_error(j.id) for j in jobs}
        fm = self.app.formats()
        zone = self._zone()
        lines = tuple(TodayLine(j.title, (_("failed {day} {time}").format(
                                    day=fm.day(j.last_run_at.astimezone(zone).date()), time=fm.time(j.last_run_at))
                                          if j.last_run_at else _("failed")) + (f": {errors[j.id]}" if errors[j.id] else ""),
                                Target.of("automation", job_id=j.id), True)
                      for j in jobs[:LIMIT])
        summary = (ngettext("{n} job failed on the last run", "{n} jobs failed on the last run", len(jobs)).format(
            n=len(jobs)) if jobs else _("Every job ran fine"))
        return TodaySection("jobs", _title("jobs"), summary, lines, max(0, len(jobs) - LIMIT),
                            Target.of("automation"), len(jobs))

    def _last_error(self, job_id: str) -> str:
        runs = self.app.automation.history(job_id, limit=1)
        err: Any = runs[0].error if runs else None
        return str(err).splitlines()[0][:160] if err else ""
