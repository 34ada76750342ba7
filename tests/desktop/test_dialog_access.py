"""Every dialog, not only the login, gets the naming and Tab pass when shown: each control has a
name a screen reader announces and Tab reaches every enabled control. Dialog classes are
discovered in the desktop package, so a new dialog without an entry here fails the test."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QWidget

import desktop
from desktop.accessibility import effective_name, interactive_widgets

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "invoicing"))
from inv_helpers import customer, lines  # noqa: E402
from test_keyboard_access import tab_through  # noqa: E402


def dialog_classes() -> dict[str, type]:
    """Every QDialog subclass the desktop package defines (abstract helpers start with "_")."""
    found: dict[str, type] = {}
    for mod in pkgutil.walk_packages(desktop.__path__, "desktop."):
        module = importlib.import_module(mod.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and not name.startswith("_"):
                found[name] = cls
    return found


@pytest.fixture
def world(app, owner, staff, make_ctx):
    """What the dialogs are opened on: an issued invoice, a purchase order, a user."""
    cust = customer(app, owner)
    draft = app.invoicing.create_draft(owner, cust.id, lines(("Bread", "3", "2.50", "standard")))
    app.invoicing.issue(owner, draft.id)
    invoice = app.invoicing.get(draft.id)
    sup = app.inventory.create_supplier(owner, "Mill")
    flour = app.inventory.create_product(owner, "F1", "Flour", supplier_id=sup.id, cost="0.80")
    po = app.inventory.create_purchase_order(owner, sup.id, [{"product_id": flour.id, "quantity": 10}])
    return {"ctx": make_ctx(owner), "invoice": invoice, "holder": QWidget(), "po": app.inventory.purchase_order(po.row.id),
            "suppliers": app.inventory.suppliers(), "user": app.users.by_name("sam"), "app": app}


def _factories(w):
    ctx, app = w["ctx"], w["app"]
    return {
        "LoginDialog": lambda cls: cls(app, ctx.tasks, shop_name="Shop"),
        "FirstRunDialog": lambda cls: cls("/nonexistent/shop"),
        "SetupWizard": lambda cls: cls(app, ctx.tasks),
        "LogDialog": lambda cls: cls(ctx),
        "InvoiceDialog": lambda cls: cls(ctx),
        "PaymentDialog": lambda cls: cls(ctx, w["invoice"]),
        "IssueDialog": lambda cls: cls(ctx, w["invoice"], "7.50"),
        "ExportDialog": lambda cls: cls(ctx),
        "AgreementDialog": lambda cls: cls(ctx),
        "ImportDialog": lambda cls: cls(ctx),
        "AddUserDialog": lambda cls: cls(ctx),
        "RoleDialog": lambda cls: cls(ctx, w["user"]),
        "PasswordDialog": lambda cls: cls(ctx, w["user"].id, "sam"),
        "NewProductDialog": lambda cls: cls(ctx),
        "SupplierDialog": lambda cls: cls(ctx),
        "NewOrderDialog": lambda cls: cls(ctx, w["suppliers"]),
        "ReceiveDialog": lambda cls: cls(w["po"]),
        "ServiceDialog": lambda cls: cls(),
        "ShiftTypeDialog": lambda cls: cls(),
        "SnoozeDialog": lambda cls: cls(w["holder"], app.today(), lambda _d: None),
        "NewCustomerDialog": lambda cls: cls(ctx),
        "MoveDialog": lambda cls: cls(ctx),
        "RatingDialog": lambda cls: cls(),
    }


def _problems(qtbot, dlg: QDialog) -> list[str]:
    controls = [c for c in interactive_widgets(dlg) if c.isEnabled()]
    out = [f"no accessible name: {type(c).__name__} {c.objectName()!r}" for c in controls if not effective_name(c)]
    reached = tab_through(qtbot, dlg, controls)
    missed = [effective_name(c) or type(c).__name__ for c in controls
              if c not in reached and c.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if missed:
        out.append(f"Tab did not reach {missed}")
    return out


@pytest.mark.slow
def test_every_dialog_is_named_and_usable_by_keyboard(qtbot, world):
    factories = _factories(world)
    classes = dialog_classes()
    missing = sorted(set(classes) - set(factories))
    assert not missing, f"add these dialogs to the walk: {missing}"
    problems = []
    for name, cls in sorted(classes.items()):
        dlg = factories[name](cls)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        QApplication.processEvents()
        problems += [f"{name}: {p}" for p in _problems(qtbot, dlg)]
        dlg.done(0)
        dlg.deleteLater()
    world["ctx"].tasks.wait()
    assert not problems, "\n".join(problems)


def test_a_plain_input_dialog_gets_the_pass_too(qtbot):
    """Even Qt's own dialogs, built by no page, are named when shown."""
    dlg = QInputDialog()
    dlg.setLabelText("Reason:")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    # the pass runs as the window appears (from the application's window signals, not per event)
    qtbot.waitUntil(lambda: all(effective_name(c) for c in interactive_widgets(dlg)), timeout=3000)
    names = {effective_name(c) for c in interactive_widgets(dlg)}
    assert "Reason" in names
