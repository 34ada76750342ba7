"""Scheduling: fair staff rosters (CP-SAT) and customer appointments."""
