"""Customer settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

from core.kernel.parsers import p_int
from core.kernel.settings import SettingSpec, register

register(SettingSpec("customers.default_terms_days", 14, "Default payment terms (days)",
                     "Payment terms given to new customers; invoices fall due this many days after "
                     "they are issued unless the customer has other terms.", p_int, area="customers",
                     kind="int"))
