"""What a new password must be: at least 10 characters, not blank, not one of the most common.

Length beats composition rules (NIST SP 800-63B): no "one digit, one symbol" demands, but a
minimum length and a check against passwords attackers try first. The list
(``common_passwords.txt``, the 10,000 most common, from zxcvbn's frequency lists) is read once,
on the first check. The demo shop alone keeps its short documented password; it is built by
:func:`core.demo.build_demo`, which says so.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from core.kernel.errors import Problem, ValidationError

MIN_LENGTH = 10
MAX_LENGTH = 1024   # argon2 takes any length; this only stops a pasted file


@cache
def common_passwords() -> frozenset[str]:
    path = Path(__file__).with_name("common_passwords.txt")
    with path.open(encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#"))


def password_problem(password: str, username: str = "") -> str | None:
    """Why ``password`` may not be used, in one sentence a person can act on; None if it is fine."""
    if not password or not password.strip():
        return "the password cannot be empty or only spaces"
    if len(password) < MIN_LENGTH:
        return f"a password needs at least {MIN_LENGTH} characters ({len(password)} typed)"
    if len(password) > MAX_LENGTH:
        return f"a password can have at most {MAX_LENGTH} characters"
    folded = password.strip().lower()
    if username and folded == username.strip().lower():
        return "the password cannot be the user name"
    if folded in common_passwords() or len(set(folded)) == 1:
        return "that is one of the most common passwords; choose another"
    return None


def check_new_password(password: str, username: str = "") -> None:
    problem = password_problem(password, username)
    if problem:
        raise ValidationError(problem, [Problem(problem, column="password")])

