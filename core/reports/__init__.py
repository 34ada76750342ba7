"""Trend reports for people: who may read which report and which of its figures, and the XLSX
export (``core/reports/service.py``); ``deskmate report`` (``core/reports/cli.py``). The reports
themselves are declared by the areas in ``core/<area>/reports.py`` (see ``core.kernel.reports``)."""
