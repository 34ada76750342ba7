"""Help → Show log shows the end of the log file, newest last, read off the GUI thread."""
from __future__ import annotations

import logging

from PySide6.QtGui import QAction

from core.kernel import logs
from desktop.log_viewer import LogDialog


def test_show_log_displays_the_newest_lines(main_window, app, settle):
    path = logs.configure(app.paths.root)
    try:
        logging.getLogger("core.test").error("the backup could not be written")
        for h in logging.getLogger().handlers:
            h.flush()
        main_window.findChild(QAction, "logAction").trigger()
        settle(main_window.ctx)
        dialog = main_window.findChild(LogDialog)
        assert dialog is not None and dialog.isVisible()
        assert str(path) in dialog.where.text()
        assert dialog.text.toPlainText().rstrip().endswith("core.test: the backup could not be written")
        dialog.close()
    finally:
        logs.unconfigure()


def test_show_log_says_when_nothing_was_logged(main_window, settle):
    main_window.findChild(QAction, "logAction").trigger()
    settle(main_window.ctx)
    dialog = main_window.findChild(LogDialog)
    assert dialog.text.toPlainText() == "" and "Nothing has been logged yet" in dialog.text.placeholderText()
    dialog.close()
