"""Invoicing: catalogue, money and tax, drafts, issuing, payments, reminders, PDF, exports."""
