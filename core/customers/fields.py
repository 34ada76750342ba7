"""What a customer's fields accept — used by the customer service before it writes and by the
customer form on the Invoices page while a person types."""
from __future__ import annotations

from core.customers.languages import language_problem
from core.kernel import rules
from core.kernel.i18n import N_
from core.kernel.rules import Rule

NAME: Rule = rules.required(N_("enter a name"))
EMAIL: Rule = rules.email()
PAYMENT_TERMS: Rule = rules.quantity(negative=False, whole=True, maximum=365)

LANGUAGE: Rule = language_problem

RULES: dict[str, Rule] = {"name": NAME, "email": EMAIL, "payment_terms_days": PAYMENT_TERMS, "language": LANGUAGE}
