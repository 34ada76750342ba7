"""The role matrix is enforced in core services, and the documented table is generated from it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.app import Deskmate
from core.kernel.actor import Actor, Role
from core.kernel.audit import AuditFilter
from core.kernel.errors import PermissionDenied
from core.users.permissions import MATRIX, Perm, allowed, require

ROOT = Path(__file__).resolve().parents[3]


def test_owner_may_do_everything_and_every_role_is_in_the_matrix() -> None:
    assert set(MATRIX) == set(Role)
    assert MATRIX[Role.OWNER] == frozenset(Perm)
    owner = Actor(1, "o", Role.OWNER)
    for perm in Perm:
        require(owner, perm)


@pytest.mark.parametrize("role,perm,ok", [
    (Role.STAFF, Perm.VIEW_AUDIT, False), (Role.BOOKKEEPER, Perm.VIEW_AUDIT, True),
    (Role.STAFF, Perm.ISSUE_INVOICES, False), (Role.BOOKKEEPER, Perm.ISSUE_INVOICES, True),
    (Role.STAFF, Perm.MANAGE_USERS, False), (Role.BOOKKEEPER, Perm.MANAGE_USERS, False),
    (Role.STAFF, Perm.EDIT_INVENTORY, True), (Role.BOOKKEEPER, Perm.EDIT_INVENTORY, False),
])
def test_matrix_entries(role: Role, perm: Perm, ok: bool) -> None:
    assert allowed(Actor(5, "x", role), perm) is ok


def test_staff_calling_a_bookkeeper_service_is_refused_in_core(app: Deskmate, owner, staff, bookkeeper,
                                                              tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied, match="sam \\(staff\\) may not view and export the audit log"):
        app.audit.list(staff)
    with pytest.raises(PermissionDenied):
        app.audit.export_xlsx(staff, AuditFilter(), tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()
    assert [r.action for r in app.audit.list(bookkeeper)][-1] == "create first owner"


def test_staff_and_bookkeeper_cannot_change_owner_settings(app: Deskmate, owner, staff, bookkeeper) -> None:
    for who in (staff, bookkeeper):
        with pytest.raises(PermissionDenied):
            app.settings.update(who, {"shop.name": "Hijacked"})
    assert app.settings.get("shop.name") == "My shop"


def test_role_matrix_in_the_docs_is_generated_from_the_matrix() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "role_matrix.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_role_matrix_table_lists_every_permission() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import role_matrix
    finally:
        sys.path.pop(0)
    table = role_matrix.markdown_table()
    lines = table.splitlines()
    assert len(lines) == 2 + len(Perm)
    row = next(line for line in lines if Perm.VIEW_AUDIT.value in line)
    assert [c.strip() for c in row.strip("|").split("|")][1:] == ["yes", "-", "yes"]
