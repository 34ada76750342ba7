"""Reader for the Curtois & Qu shift scheduling benchmark format.

Maps the text format (sections HORIZON, SHIFTS, STAFF, DAYS_OFF, SHIFT_ON_REQUESTS,
SHIFT_OFF_REQUESTS, COVER) onto :class:`RosterProblem`. Every STAFF rule is hard; requests and
cover are the weighted objective. A shift type missing from a person's MaxShifts, or set to 0,
is forbidden to them. Errors name the file, line and field.
"""
from __future__ import annotations

from pathlib import Path

from core.kernel.errors import Problem, ValidationError
from core.scheduling.roster import Contract, Cover, Request, RosterProblem, ShiftType, Staff
from core.kernel.i18n import _


# Bounds that keep a hostile file from building an absurd model (the published instances use
# horizons up to 364 days and weights, minutes and counts far below these).
MAX_HORIZON = 366
MAX_NUMBER = 10 ** 6


def _int(text: str, where: str, field: str, problems: list[Problem], path: str, line: int) -> int:
    try:
        n = int(text.strip())
    except ValueError:
        problems.append(Problem(_("{field}: '{value}' is not a whole number ({where})").format(field=field, value=text[:40], where=where), file=path,
                                row=line, column=field))
        return 0
    if not -MAX_NUMBER <= n <= MAX_NUMBER:
        problems.append(Problem(_("{field}: {value} is beyond {max_number:,} ({where})").format(field=field, value=text.strip()[:40], max_number=MAX_NUMBER, where=where),
                                file=path, row=line, column=field))
        return 0
    return n


def read_instance(path: str | Path) -> RosterProblem:
    """Parse a Curtois & Qu instance file into the roster model."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ValidationError(_("cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror)) from exc
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        raise ValidationError(_("{path} line {line}: not UTF-8 text; is this a Curtois & Qu instance file?").format(path=path, line=line)) from None
    if "\x00" in text:
        line = text[:text.index("\x00")].count("\n") + 1
        raise ValidationError(_("{path} line {line}: contains NUL bytes; is this a text file?").format(path=path, line=line))
    return parse_instance(text, str(path))


def parse_instance(text: str, source: str = "<text>") -> RosterProblem:
    sections: dict[str, list[tuple[int, str]]] = {}
    current = None
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("SECTION_"):
            current = line[len("SECTION_"):]
            sections.setdefault(current, [])
            continue
        if current is None:
            raise ValidationError(_("{source} line {no}: data before the first SECTION_ header").format(source=source, no=no),
                                  [Problem(_('data before the first section'), file=source, row=no)])
        sections[current].append((no, line))
    problems: list[Problem] = []
    for needed in ("HORIZON", "SHIFTS", "STAFF"):
        if needed not in sections:
            problems.append(Problem(_("missing SECTION_{needed}").format(needed=needed), file=source))
    if problems:
        raise ValidationError(f"{source}: {problems[0].reason}", problems)

    def num(t: str, line: int, field: str) -> int:
        return _int(t, f"line {line}", field, problems, source, line)

    if not sections["HORIZON"]:
        raise ValidationError(_("{source}: SECTION_HORIZON is empty (it holds the number of days)").format(source=source),
                              [Problem(_('empty SECTION_HORIZON'), file=source)])
    horizon_line, horizon_text = sections["HORIZON"][0]
    days = num(horizon_text, horizon_line, "horizon")
    if not 1 <= days <= MAX_HORIZON:
        problems.append(Problem(_("horizon: {days} days is not between 1 and {max_horizon}").format(days=days, max_horizon=MAX_HORIZON),
                                file=source, row=horizon_line, column="horizon"))
    shifts = []
    for i, (no, line) in enumerate(sections["SHIFTS"]):
        parts = [p.strip() for p in line.split(",")]
        if len(parts) < 2:
            problems.append(Problem(_('shift needs id and length'), file=source, row=no))
            continue
        forbidden = frozenset(p for p in (parts[2].split("|") if len(parts) > 2 else []) if p)
        # The format has no start times; give them a plausible order (cosmetic only).
        shifts.append(ShiftType(id=parts[0], length=num(parts[1], no, "length"), start=(6 + 4 * i) * 60 % 1440,
                                forbidden_next=forbidden))
    shift_ids = {s.id for s in shifts}
    days_off: dict[str, set[int]] = {}
    for no, line in sections.get("DAYS_OFF", []):
        parts = [p.strip() for p in line.split(",")]
        days_off.setdefault(parts[0], set()).update(num(p, no, "day") for p in parts[1:] if p)
    staff = []
    for no, line in sections["STAFF"]:
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 8:
            problems.append(Problem(_("staff line needs 8 fields, has {n}").format(n=len(parts)), file=source, row=no))
            continue
        max_shifts = {}
        for item in parts[1].split("|"):
            if not item:
                continue
            sid, _sep, n = item.partition("=")
            if sid not in shift_ids:
                problems.append(Problem(_("unknown shift '{sid}' in MaxShifts").format(sid=sid), file=source, row=no,
                                        column="MaxShifts"))
            max_shifts[sid] = num(n, no, "MaxShifts")
        contract = Contract(
            max_minutes=num(parts[2], no, "MaxTotalMinutes"), min_minutes=num(parts[3], no, "MinTotalMinutes"),
            max_shifts=max_shifts, max_consecutive_shifts=num(parts[4], no, "MaxConsecutiveShifts"),
            min_consecutive_shifts=num(parts[5], no, "MinConsecutiveShifts"),
            min_consecutive_days_off=num(parts[6], no, "MinConsecutiveDaysOff"),
            max_weekends=num(parts[7], no, "MaxWeekends"))
        staff.append(Staff(id=parts[0], contract=contract, days_off=frozenset(days_off.get(parts[0], ()))))
    staff_ids = {p.id for p in staff}
    requests = []
    for section, on in (("SHIFT_ON_REQUESTS", True), ("SHIFT_OFF_REQUESTS", False)):
        for no, line in sections.get(section, []):
            parts = [p.strip() for p in line.split(",")]
            if len(parts) != 4 or parts[0] not in staff_ids or parts[2] not in shift_ids:
                problems.append(Problem(_("bad request line '{line}'").format(line=line), file=source, row=no))
                continue
            requests.append(Request(parts[0], num(parts[1], no, "Day"), parts[2], on, num(parts[3], no, "Weight")))
    cover = []
    for no, line in sections.get("COVER", []):
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 5 or parts[1] not in shift_ids:
            problems.append(Problem(_("bad cover line '{line}'").format(line=line), file=source, row=no))
            continue
        cover.append(Cover(day=num(parts[0], no, "Day"), shift=parts[1], required=num(parts[2], no, "Requirement"),
                           under_weight=num(parts[3], no, "Weight for under"),
                           over_weight=num(parts[4], no, "Weight for over")))
    outside = ([("request", r.day) for r in requests] + [("cover", c.day) for c in cover]
               + [("day off", d) for p in staff for d in p.days_off])
    for what, day in outside:
        if days >= 1 and not 0 <= day < days:
            problems.append(Problem(_("{what} on day {day} is outside the horizon of {days} days").format(what=what, day=day, days=days),
                                    file=source, row=horizon_line))
            break
    if problems:
        first = problems[0]
        raise ValidationError(_("{source} line {row}: {reason}").format(source=source, row=first.row, reason=first.reason), problems)
    return RosterProblem(days=days, shift_types=tuple(shifts), staff=tuple(staff), cover=tuple(cover),
                         requests=tuple(requests), name=Path(source).stem)
