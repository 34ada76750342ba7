"""The mail settings (``mail.*``, shared by every area that sends mail), declared here and
registered when the settings registry is first read (see ``core.kernel.registry``)."""
from __future__ import annotations

from core.kernel.parsers import p_bool, p_int, p_secret, p_text
from core.kernel.settings import SettingSpec, register

for _spec in (
    SettingSpec("mail.smtp_host", "", "SMTP server",
                "Approved reminders are e-mailed through this server; empty = written to the outbox "
                "folder for sending by hand.", p_text, area="mail"),
    SettingSpec("mail.smtp_port", 587, "SMTP port", "587 (STARTTLS) or 465 (TLS).", p_int, area="mail", kind="int"),
    SettingSpec("mail.smtp_user", "", "SMTP user", "Leave empty when the server needs no login.", p_text, area="mail"),
    SettingSpec("mail.smtp_password", "", "SMTP password",
                "Kept in this computer's keyring (or a private file), never in the shop database, "
                "backups or exports.", p_secret, area="mail", secret=True),
    SettingSpec("mail.smtp_starttls", True, "Use STARTTLS", "Encrypt the connection (port 587).", p_bool,
                area="mail", kind="bool"),
    SettingSpec("mail.from", "", "Sender address", "From: address of e-mails (default: the shop's e-mail).",
                p_text, area="mail"),
):
    register(_spec)
