"""Issue 17: a setting's name, help and choices are read in the reader's language (the Settings page,
`deskmate settings list`, the messages naming a setting); its key and value never change."""
from __future__ import annotations

import pytest

from core.kernel.errors import ValidationError
from core.kernel.i18n import language
from core.kernel.settings import spec_for


def test_a_setting_reads_in_each_language(app, owner) -> None:
    spec = spec_for("shop.name")
    assert (spec.label, spec.help) == ("Shop name", "Printed on invoices, rosters and exports.")
    week = spec_for("shop.week_start")
    with language("de"):
        assert spec.label == "Name des Geschäfts" and spec.help.startswith("Wird auf Rechnungen")
        assert week.choice_label(0) == "Montag"
        assert spec_for("customers.document_language").choice_label("es") == "Español"
        with pytest.raises(ValidationError) as err:
            app.settings.update(owner, {"customers.document_language": "Latein"})
        assert "Sprache der Kundendokumente" in str(err.value)
    with language("es"):
        assert week.choice_label(6) == "domingo" and spec.label == "Nombre de la tienda"
    assert week.choice_label(0) == "Monday" and spec_for("shop.currency").choice_label("EUR") == "EUR"
