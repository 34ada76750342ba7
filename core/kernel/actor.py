"""Who is acting. Every service call that changes something takes an Actor."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    OWNER = "owner"
    STAFF = "staff"
    BOOKKEEPER = "bookkeeper"


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: Role

    @property
    def is_system(self) -> bool:
        return self.user_id is None


# The automation engine drafts under this identity; it can create suggestions but every decision
# is taken by a person, so permission checks for deciding never pass for it.
SYSTEM = Actor(user_id=None, username="deskmate-automation", role=Role.OWNER)

# Who the audit log names for what nobody has proved to be: failed logins. Never a real user, so an
# unauthenticated attempt is never blamed on the account it targeted.
ANONYMOUS = Actor(user_id=None, username="(not logged in)", role=Role.STAFF)


def who_words(username: str, job_title: str | None = None) -> str:
    """Who did something, for people: a user by name, the automation by what it is ("Payment
    reminders (automatic)", or "Deskmate (automatic)" when the job is not known) — never the
    technical identity ``deskmate-automation``."""
    if username == SYSTEM.username:
        from core.kernel.i18n import _
        return _("{job} (automatic)").format(job=job_title) if job_title else _("Deskmate (automatic)")
    return username
