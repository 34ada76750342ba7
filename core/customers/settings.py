"""Customer settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

from core.customers.languages import parse_language
from core.kernel.i18n import N_, LANGUAGES
from core.kernel.parsers import p_int
from core.kernel.settings import SettingSpec, register

register(SettingSpec("customers.default_terms_days", 14, N_("Default payment terms (days)"),
                     N_("Payment terms given to new customers; invoices fall due this many days after "
                     "they are issued unless the customer has other terms."), p_int, area="customers",
                     kind="int"))
register(SettingSpec("customers.document_language", "", N_("Language of customers' documents"),
                     N_("Invoices, credit notes, reminders and appointment messages are written in the "
                     "customer's language when the customer has one, else in this one (empty: the language "
                     "of the shop's locale)."), parse_language, area="customers", kind="choice",
                     choices=("", *LANGUAGES),
                     choice_labels=(("", N_("Language of the shop's locale")), *LANGUAGES.items())))
