"""The Today page's content: what needs each person's attention today, across every area.

Not an area of its own: it reads the areas' public services and never writes.
"""
