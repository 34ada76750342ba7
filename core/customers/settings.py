"""Customer settings (imported by the service, the CLI and the desktop so they are always listed)."""
from __future__ import annotations

from core.kernel.settings import SettingSpec, p_int, register

register(SettingSpec("customers.default_terms_days", 14, "Default payment terms (days)",
                     "Payment terms given to new customers; invoices fall due this many days after "
                     "they are issued unless the customer has other terms.", p_int, area="customers",
                     kind="int"))
