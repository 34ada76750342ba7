"""Roster and appointment exports: XLSX (grid + list), printable PDF per week, iCalendar feeds."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from core.io.xlsx import Column, add_about_sheet, add_table_sheet, new_workbook
from core.kernel.actor import Actor
from core.kernel.errors import ValidationError
from core.kernel.formats import Formats
from core.scheduling.dto import AppointmentInfo, RosterView, hm
from core.kernel.i18n import N_, _
from core.scheduling.wording import state_words


def _types(view: RosterView) -> dict[str, Any]:
    return {t.code: t for t in view.shift_types}


def roster_xlsx(view: RosterView, path: Path, actor: Actor, at: datetime, shop: str = "",
                fm: Formats | None = None) -> Path:
    """The week as a grid (day headings and shift names as the shop reads them) and as a list."""
    from openpyxl.styles import PatternFill
    fm = fm or Formats()
    types = _types(view)
    wb = new_workbook()
    cols = [Column(N_("Staff"), 22)] + [Column(fm.day(d), 16) for d in view.days] + [Column(N_("Hours"), 8, "0.0")]
    rows = []
    for p in view.staff:
        cells = [view.cells.get((p.id, d)) for d in view.days]
        hours = sum(types[c].length_minutes for c in cells if c in types) / 60
        rows.append([p.name] + [f"{types[c].name} {_hours(types[c], fm)}" if c in types else "" for c in cells]
                    + [hours])
    add_table_sheet(wb, N_("Roster"), cols, rows, totals=(len(cols),))
    ws = wb[_("Roster")[:31]]
    for r, p in enumerate(view.staff, start=2):
        for cidx, d in enumerate(view.days, start=2):
            code = view.cells.get((p.id, d))
            if code in types:
                ws.cell(row=r, column=cidx).fill = PatternFill("solid", fgColor=types[code].color.lstrip("#")[:6])
    listing = [[d, p.name, c, types[c].name, hm(types[c].start_minute), hm(types[c].end_minute),
                types[c].length_minutes / 60]
               for (sid, d), c in sorted(view.cells.items(), key=lambda kv: (kv[0][1], kv[0][0]))
               for p in view.staff if p.id == sid and c in types]
    add_table_sheet(wb, N_("Shifts"), [Column(N_("Day"), 12, "yyyy-mm-dd"), Column(N_("Staff"), 22), Column(N_("Code"), 8),
                                   Column(N_("Shift"), 14), Column(N_("Start"), 8), Column(N_("End"), 8), Column(N_("Hours"), 8, "0.0")],
                    listing)
    add_about_sheet(wb, _("{shop} roster, week of {week}").format(shop=shop, week=fm.date(view.week_start)),
                    {N_("state"): state_words(view.state), N_("penalty"): view.penalty}, actor, at)
    wb.save(path)
    return path


def roster_pdf(view: RosterView, path: Path, shop: str = "", fm: Formats | None = None) -> Path:
    """A printable week: title, day headings, times and hours in the shop's formats."""
    from fpdf import FPDF
    fm = fm or Formats()
    types = _types(view)
    pdf = FPDF(orientation="L", format="A4")
    pdf.core_fonts_encoding = "cp1252"      # dashes and €, which Latin-1 lacks
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    state = {"draft": _("draft"), "published": _("published")}.get(view.state, view.state)
    pdf.cell(0, 9, _latin(_("{shop} — roster, week of {week} ({state})").format(
        shop=shop, week=fm.date(view.week_start), state=state)),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    name_w, day_w = 50, (pdf.w - pdf.l_margin - pdf.r_margin - 50 - 16) / len(view.days)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(name_w, 8, _latin(_("Staff")), border=1)
    for d in view.days:
        pdf.cell(day_w, 8, _latin(fm.day(d)), border=1, align="C")
    pdf.cell(16, 8, _latin(_("Hours")), border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for p in view.staff:
        pdf.cell(name_w, 9, _latin(p.name), border=1)
        total = 0
        for d in view.days:
            code = view.cells.get((p.id, d))
            if code in types:
                t = types[code]
                total += t.length_minutes
                rgb = tuple(int(t.color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
                pdf.set_fill_color(*rgb)
                pdf.cell(day_w, 9, _latin(f"{t.name} {_hours(t, fm)}"), border=1,
                         align="C", fill=True)
            else:
                pdf.cell(day_w, 9, "", border=1)
        pdf.cell(16, 9, _latin(fm.number(Decimal(total) / 60, 2)), border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    legend = "  ".join(f"{t.code} = {t.name} {_hours(t, fm)}" for t in view.shift_types)
    pdf.multi_cell(0, 5, _latin(legend))
    pdf.output(str(path))
    return path


def _hours(t: Any, fm: Formats) -> str:
    """A shift's times as the shop writes them: ``07:00–15:00`` (``7:00 AM–3:00 PM``)."""
    return f"{fm.clock(t.start_minute)}–{fm.clock(t.end_minute)}"


def _latin(text: str) -> str:
    """What the core PDF fonts can draw in Windows-1252 (the document's encoding), the rest as ?."""
    return text.encode("cp1252", "replace").decode("cp1252")


def _local(day: date, minute: int, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time()) .replace(tzinfo=tz) + timedelta(minutes=minute)


def roster_ics(view: RosterView, path: Path, tzname: str, staff_id: int | None = None, shop: str = "") -> Path:
    """One calendar feed: every shift of one person (or of everyone when staff_id is None)."""
    from icalendar import Calendar, Event
    tz = ZoneInfo(tzname)
    types = _types(view)
    cal = Calendar()
    cal.add("prodid", "-//Deskmate//roster//EN")
    cal.add("version", "2.0")
    names = {p.id: p.name for p in view.staff}
    cal.add("x-wr-calname", _("{shop} shifts — {name}").format(shop=shop, name=names.get(staff_id, "")) if staff_id
            else _("{shop} shifts").format(shop=shop))
    for (sid, d), code in sorted(view.cells.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if staff_id is not None and sid != staff_id or code not in types:
            continue
        t = types[code]
        ev = Event()
        ev.add("uid", f"roster-{view.roster_id}-{sid}-{d.isoformat()}@deskmate")
        ev.add("summary", _("{shift} shift").format(shift=t.name) if staff_id else
               _("{shift} shift: {name}").format(shift=t.name, name=names.get(sid, sid)))
        ev.add("dtstart", _local(d, t.start_minute, tz))
        ev.add("dtend", _local(d, t.end_minute, tz))
        ev.add("dtstamp", datetime.now(tz))
        ev.add("description", (_("{name} — {shift} (draft roster)") if view.state == "draft" else
                               _("{name} — {shift} (published roster)")).format(name=names.get(sid, sid), shift=t.name))
        cal.add_component(ev)
    path.write_bytes(cal.to_ical())
    return path


def appointments_ics(items: list[AppointmentInfo], path: Path, tzname: str, shop: str = "") -> Path:
    from icalendar import Calendar, Event
    tz = ZoneInfo(tzname)
    cal = Calendar()
    cal.add("prodid", "-//Deskmate//appointments//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", _("{shop} appointments").format(shop=shop))
    for a in items:
        if a.state == "cancelled":
            continue
        ev = Event()
        ev.add("uid", f"appointment-{a.id}@deskmate")
        ev.add("summary", f"{a.service_name}: {a.customer_name}")
        ev.add("dtstart", _local(a.day, a.start_minute, tz))
        ev.add("dtend", _local(a.day, a.end_minute, tz))
        ev.add("dtstamp", datetime.now(tz))
        ev.add("status", "CONFIRMED" if a.state in ("confirmed", "completed") else "TENTATIVE")
        ev.add("description", _("with {person}; state {state}").format(person=a.staff_name, state=a.state)
               + (f"; {a.notes}" if a.notes else ""))
        cal.add_component(ev)
    path.write_bytes(cal.to_ical())
    return path


def export_roster(app: Any, actor: Actor, week_start: date, path: Path, staff_id: int | None = None,
                  force: bool = False) -> Path:
    """Export the week's published roster (else its draft) by the file's extension, through
    :func:`core.io.outputs.writing` (never over the database; an existing file only with ``force``)."""
    from core.io.outputs import Site, check_target, writing
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf", ".ics"):
        raise ValidationError(_("{name}: choose .xlsx, .pdf or .ics").format(name=path.name))
    site = Site.of(app)
    out = check_target(site, path, force=force)
    svc = app.scheduling
    rid = svc.roster_for_week(week_start)
    if rid is None:
        raise ValidationError(_("there is no roster for the week of {week_start}").format(week_start=week_start))
    view = svc.view(rid)
    shop = app.settings.get("shop.name")
    fm = app.formats()
    with writing(site, out, force=force) as part:
        if suffix == ".xlsx":
            roster_xlsx(view, part, actor, app.clock.now(), shop, fm)
        elif suffix == ".pdf":
            roster_pdf(view, part, shop, fm)
        else:
            roster_ics(view, part, app.settings.get("shop.timezone"), staff_id, shop)
    return out


def export_appointments(app: Any, first: date, last: date, path: Path, staff_id: int | None = None,
                        force: bool = False) -> tuple[Path, int]:
    """Appointments from ``first`` to ``last`` as an iCalendar file, through
    :func:`core.io.outputs.writing`; returns (file, appointments written)."""
    from core.io.outputs import Site, check_target, writing
    path = Path(path)
    if path.suffix.lower() != ".ics":
        raise ValidationError(_('appointments are exported as iCalendar: give a FILE.ics'))
    site = Site.of(app)
    out = check_target(site, path, force=force)
    items = app.scheduling.appointments(first, last, staff_id)
    with writing(site, out, force=force) as part:
        appointments_ics(items, part, app.settings.get("shop.timezone"), app.settings.get("shop.name"))
    return out, sum(a.state != "cancelled" for a in items)
