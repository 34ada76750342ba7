"""The inbox's single-letter keys, defined once: the page acts on them and the Help menu's
keyboard-shortcuts list shows them, so the two can never disagree."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt

# key -> (what the page does, what the shortcuts list says)
LIST_KEYS: dict[Qt.Key, tuple[str, str]] = {
    Qt.Key.Key_A: ("approve", QT_TRANSLATE_NOOP("pages.inbox.keys", "Approve the selected item(s) as drafted")),
    Qt.Key.Key_E: ("edit", QT_TRANSLATE_NOOP("pages.inbox.keys", "Apply your edited version of the proposal")),
    Qt.Key.Key_R: ("reject", QT_TRANSLATE_NOOP("pages.inbox.keys", "Reject, with a reason")),
    Qt.Key.Key_S: ("snooze", QT_TRANSLATE_NOOP("pages.inbox.keys", "Snooze until a day")),
    Qt.Key.Key_X: ("escalate", QT_TRANSLATE_NOOP("pages.inbox.keys", "Escalate to the owner")),
    Qt.Key.Key_J: ("next", QT_TRANSLATE_NOOP("pages.inbox.keys", "Next item")),
    Qt.Key.Key_K: ("previous", QT_TRANSLATE_NOOP("pages.inbox.keys", "Previous item")),
}
EDITOR_KEYS = (("Ctrl+Return", QT_TRANSLATE_NOOP("pages.inbox.keys", "Apply the edited proposal (while editing it)")),)


def key_name(key: Qt.Key) -> str:
    return chr(key.value) if Qt.Key.Key_A.value <= key.value <= Qt.Key.Key_Z.value else key.name


def key_help() -> list[tuple[str, str]]:
    """(key, what it does) for the shortcuts list; letters work on the list, not while typing."""
    return ([(key_name(k), QCoreApplication.translate("pages.inbox.keys", text)) for k, (_action, text) in LIST_KEYS.items()]
            + [(key, QCoreApplication.translate("pages.inbox.keys", text)) for key, text in EDITOR_KEYS])
