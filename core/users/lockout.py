"""How failed logins slow down and then lock an account.

The first five failures in a row cost nothing but the argon2 check. From the fifth on, the next
attempt must wait: 30 s after the 5th, then 1, 2, 4 and 8 minutes; the 10th failure locks the
account for 15 minutes, and after that every further failure locks it again until someone logs in
successfully or the owner unlocks it. Times come from the app's clock, so tests move a FixedClock
instead of sleeping. Attempts refused because of a wait or a lock do not check the password at all
(and so do not count): guessing is limited to about ten tries per half hour, then one per quarter.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from core.kernel.i18n import _, ngettext

FREE_ATTEMPTS = 5
LOCK_AFTER = 10
LOCK_FOR = timedelta(minutes=15)
FIRST_WAIT = timedelta(seconds=30)


def wait_after(failures: int) -> timedelta:
    """How long the next attempt must wait after ``failures`` failures in a row (below the lock)."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return FIRST_WAIT * 2 ** (failures - FREE_ATTEMPTS)


def time_left(until: datetime, now: datetime) -> str:
    """"45 seconds" or "3 minutes" (rounded up, never "0"): how long until ``until``."""
    seconds = max(1, int((until - now).total_seconds() + 0.999))
    if seconds < 90:
        return ngettext("{n} second", "{n} seconds", seconds).format(n=seconds)
    minutes = (seconds + 59) // 60
    return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)


def status_words(active: bool, failures: int, last_failed_at: datetime | None,
                 locked_until: datetime | None, now: datetime) -> str:
    """An account's state for the owner's user list: "Locked, 15 minutes left", "6 failed logins,
    next try in 30 seconds", "Active, 2 failed logins" — the same wait the login dialog enforces."""
    if not active:
        return _("Deactivated")
    refused = refusal(failures, last_failed_at, locked_until, now)
    if refused is not None and refused.locked:
        return _("Locked, {time} left").format(time=time_left(refused.until, now))
    if refused is not None:
        return ngettext("{n} failed login, next try in {time}", "{n} failed logins, next try in {time}",
                        failures).format(n=failures, time=time_left(refused.until, now))
    if failures:
        return ngettext("Active, {n} failed login", "Active, {n} failed logins", failures).format(n=failures)
    return _("Active")


@dataclass(frozen=True)
class Refusal:
    until: datetime
    locked: bool

    def message(self, now: datetime) -> str:
        left = time_left(self.until, now)
        if self.locked:
            return ngettext("this account is locked after {n} failed login: try again in {time}, or ask the owner "
                            "to unlock it",
                            "this account is locked after {n} failed logins: try again in {time}, or ask the "
                            "owner to unlock it", LOCK_AFTER).format(n=LOCK_AFTER, time=left)
        return _("too many failed logins: wait {time} before trying again").format(time=left)


def refusal(failures: int, last_failed_at: datetime | None, locked_until: datetime | None,
            now: datetime) -> Refusal | None:
    """Why an attempt now is refused before checking the password, or None to go ahead."""
    if locked_until is not None and now < locked_until:
        return Refusal(locked_until, locked=True)
    if FREE_ATTEMPTS <= failures < LOCK_AFTER and last_failed_at is not None:
        until = last_failed_at + wait_after(failures)
        if now < until:
            return Refusal(until, locked=False)
    return None


def after_failure(failures: int, now: datetime) -> tuple[int, datetime | None]:
    """The new count of failures in a row, and the lock's end if this failure locks the account."""
    failures += 1
    return failures, (now + LOCK_FOR if failures >= LOCK_AFTER else None)
