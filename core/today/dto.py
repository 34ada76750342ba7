"""What the Today page shows: sections of lines, each line knowing where it is acted on."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from core.kernel.types import to_jsonable


@dataclass(frozen=True)
class Target:
    """A place in the app: a page and what to open there (``ctx.navigate(page, **args)``)."""

    page: str
    args: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, page: str, **args: Any) -> "Target":
        return cls(page, tuple(sorted(args.items())))

    @property
    def kwargs(self) -> dict[str, Any]:
        return dict(self.args)

    def as_dict(self) -> dict[str, Any]:
        return {"page": self.page, **{k: to_jsonable(v) for k, v in self.args}}


@dataclass(frozen=True)
class TodayLine:
    text: str
    detail: str = ""
    target: Target | None = None
    urgent: bool = False               # overdue, out of stock, uncovered today: shown in warning colour

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "detail": self.detail, "urgent": self.urgent,
                "opens": self.target.as_dict() if self.target else None}


@dataclass(frozen=True)
class TodaySection:
    key: str                           # decisions | appointments | on_shift | cover | stock | overdue | jobs
    title: str
    summary: str                       # one line: "6 appointments, 2 still to confirm"
    lines: tuple[TodayLine, ...] = ()
    more: int = 0                      # lines left out (the section's own page has them all)
    more_target: Target | None = None
    count: int = 0
    pending: bool = False              # not worked out yet (the desktop fills it in a moment later)

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "summary": self.summary, "count": self.count,
                "pending": self.pending,
                "lines": [ln.as_dict() for ln in self.lines], "more": self.more,
                "more_opens": self.more_target.as_dict() if self.more_target else None}


@dataclass(frozen=True)
class TodayReport:
    as_of: date
    username: str
    role: str
    generated_at: datetime
    sections: tuple[TodaySection, ...] = field(default_factory=tuple)

    def section(self, key: str) -> TodaySection | None:
        return next((s for s in self.sections if s.key == key), None)

    def as_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "user": self.username, "role": self.role,
                "generated_at": self.generated_at.isoformat(),
                "sections": [s.as_dict() for s in self.sections]}
