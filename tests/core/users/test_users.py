"""Accounts: first owner, argon2 hashes, logging in, single-user shops, the last owner."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from core.app import Deskmate
from core.kernel.actor import Actor, Role
from core.kernel.audit import AuditEntry
from core.kernel.errors import ConflictError, DeskmateError, NotFound, PermissionDenied
from core.users.models import User

PASSWORD = "secret-pw-2026"


def audit_entries(app: Deskmate, action: str | None = None) -> list[AuditEntry]:
    with app.db.read() as s:
        q = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            q = q.where(AuditEntry.action == action)
        return list(s.scalars(q))


def test_first_run_creates_the_owner_once(app: Deskmate) -> None:
    assert not app.users.has_users()
    info = app.users.create_first_owner("olivia", PASSWORD, "Olivia Owner")
    assert (info.username, info.display_name, info.role, info.active) == ("olivia", "Olivia Owner", Role.OWNER, True)
    assert app.users.has_users()
    with pytest.raises(ConflictError, match="already has users"):
        app.users.create_first_owner("mallory", PASSWORD)
    assert [u.username for u in app.users.list()] == ["olivia"]


def test_password_is_stored_as_an_argon2id_hash(app: Deskmate, owner: Actor) -> None:
    with app.db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.id == owner.user_id))
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


@pytest.mark.parametrize("name,password,message", [
    ("", PASSWORD, "user name"), ("two words", PASSWORD, "user name"), ("x" * 81, PASSWORD, "user name"),
    ("olivia", "short", "at least 10 characters"), ("olivia", " " * 12, "empty or only spaces"),
    ("olivia", "", "empty"), ("olivia", "password123", "most common"), ("olivia", "QWERTYUIOP", "most common"),
    ("olivia", "Olivia" * 1 + "", "at least 10"), ("olivia1234", "olivia1234", "the user name"),
    ("olivia", "zzzzzzzzzzzz", "most common"),
])
def test_bad_names_and_short_passwords_are_refused(app: Deskmate, name: str, password: str, message: str) -> None:
    with pytest.raises(DeskmateError, match=message):
        app.users.create_first_owner(name, password)
    assert not app.users.has_users()


def test_authenticate_gives_the_same_message_for_unknown_user_and_wrong_password(app: Deskmate, owner, staff) -> None:
    assert app.users.authenticate("sam", PASSWORD).actor == staff
    assert app.users.authenticate(" sam ", PASSWORD).username == "sam"
    with pytest.raises(PermissionDenied) as wrong_pw:
        app.users.authenticate("sam", "not-the-password")
    with pytest.raises(PermissionDenied) as unknown:
        app.users.authenticate("nobody", PASSWORD)
    assert str(wrong_pw.value) == str(unknown.value) == "wrong user name or password"


def test_deactivated_user_cannot_log_in(app: Deskmate, owner, staff) -> None:
    app.users.update(owner, staff.user_id, active=False)
    with pytest.raises(PermissionDenied, match="wrong user name or password"):
        app.users.authenticate("sam", PASSWORD)


def test_single_user_setting_opens_as_the_owner_and_only_the_owner_may_set_it(app: Deskmate, owner, staff,
                                                                              bookkeeper) -> None:
    assert app.users.single_user_actor() is None
    for who in (staff, bookkeeper):
        with pytest.raises(PermissionDenied, match="Single-user shop"):
            app.settings.update(who, {"app.single_user": True})
    assert app.users.single_user_actor() is None
    app.settings.update(owner, {"app.single_user": "yes"})
    assert app.users.single_user_actor() == owner


def test_staff_cannot_manage_users_and_nothing_is_written(app: Deskmate, owner, staff) -> None:
    n = len(audit_entries(app))
    with pytest.raises(PermissionDenied, match="sam \\(staff\\) may not manage users"):
        app.users.add(staff, "eve", Role.OWNER, PASSWORD)
    with pytest.raises(PermissionDenied):
        app.users.update(staff, staff.user_id, role=Role.OWNER)
    with pytest.raises(PermissionDenied):
        app.users.set_password(staff, owner.user_id, "hijacked!")
    assert [u.username for u in app.users.list()] == ["olivia", "sam"]
    assert app.users.get(staff.user_id).role == Role.STAFF
    assert len(audit_entries(app)) == n


def test_everyone_may_change_their_own_password(app: Deskmate, owner, staff) -> None:
    app.users.set_password(staff, staff.user_id, "new-password")
    assert app.users.authenticate("sam", "new-password").id == staff.user_id
    [entry] = audit_entries(app, "set password")
    assert (entry.username, entry.entity_id) == ("sam", str(staff.user_id))
    assert "new-password" not in f"{entry.before}{entry.after}{entry.summary}"
    with pytest.raises(DeskmateError, match="most common"):
        app.users.set_password(staff, staff.user_id, "1234567890")


def test_last_active_owner_cannot_be_demoted_or_deactivated(app: Deskmate, owner, staff) -> None:
    with pytest.raises(ConflictError, match="last active owner"):
        app.users.update(owner, owner.user_id, role=Role.STAFF)
    with pytest.raises(ConflictError, match="last active owner"):
        app.users.update(owner, owner.user_id, active=False)
    assert app.users.get(owner.user_id).role == Role.OWNER
    app.users.update(owner, staff.user_id, role=Role.OWNER)  # a second owner...
    app.users.update(owner, owner.user_id, role=Role.BOOKKEEPER)  # ...so the first may step down
    assert app.users.get(owner.user_id).role == Role.BOOKKEEPER


def test_unknown_role_and_duplicate_name_are_clear_errors(app: Deskmate, owner, staff) -> None:
    with pytest.raises(DeskmateError, match="unknown role 'manager'"):
        app.users.add(owner, "max", "manager", PASSWORD)
    with pytest.raises(DeskmateError, match="unknown role"):
        app.users.update(owner, staff.user_id, role="boss")
    with pytest.raises(ConflictError, match="already a user called 'sam'"):
        app.users.add(owner, "sam", Role.STAFF, PASSWORD)
    with pytest.raises(NotFound):
        app.users.update(owner, 999, role=Role.STAFF)


def test_user_writes_record_who_when_action_record_before_and_after(app: Deskmate, clock, owner, staff) -> None:
    first, added = audit_entries(app)
    assert (first.action, first.username, first.entity, first.entity_id) == ("create first owner", "olivia", "user",
                                                                          str(owner.user_id))
    assert (added.action, added.username, added.entity_id) == ("add user", "olivia", str(staff.user_id))
    assert added.after == {"username": "sam", "role": "staff", "display_name": "Sam Staff"}
    assert added.at == clock.now()
    from datetime import timedelta
    clock.advance(timedelta(hours=2))
    app.users.update(owner, staff.user_id, role=Role.BOOKKEEPER, display_name="Sam Books")
    [change] = audit_entries(app, "change user")
    assert change.at == clock.now()
    assert change.before == {"role": "staff", "display_name": "Sam Staff"}
    assert change.after == {"role": "bookkeeper", "display_name": "Sam Books"}
    assert change.user_id == owner.user_id
