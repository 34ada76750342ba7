"""Deskmate's core: the business areas and the kernel under them, without any GUI.

Importing any part of core first runs this, which imports ``core.areas``: the order of the areas
is declared there and handed down to the kernel's registries, so a registry read by any entry
point (the app, the command line, a worker, a test) knows the areas.
"""
from core import areas  # noqa: F401 - imported for its effect: the kernel learns the areas
