"""Customers: contacts, notes, history, privacy export and erasure."""
