"""The mail settings (``mail.*``, shared by every area that sends mail), declared here and
registered when the settings registry is first read (see ``core.kernel.registry``)."""
from __future__ import annotations

from core.kernel.i18n import N_
from core.kernel.parsers import p_bool, p_int, p_secret, p_text
from core.kernel.settings import SettingSpec, register

for _spec in (
    SettingSpec("mail.smtp_host", "", N_("SMTP server"),
                N_("Approved reminders are e-mailed through this server; empty = written to the outbox "
                "folder for sending by hand."), p_text, area="mail"),
    SettingSpec("mail.smtp_port", 587, N_("SMTP port"), N_("587 (STARTTLS) or 465 (TLS)."), p_int, area="mail", kind="int"),
    SettingSpec("mail.smtp_user", "", N_("SMTP user"), N_("Leave empty when the server needs no login."), p_text, area="mail"),
    SettingSpec("mail.smtp_password", "", N_("SMTP password"),
                N_("Kept in this computer's keyring (or a private file), never in the shop database, "
                "backups or exports."), p_secret, area="mail", secret=True),
    SettingSpec("mail.smtp_starttls", True, N_("Use STARTTLS"), N_("Encrypt the connection (port 587)."), p_bool,
                area="mail", kind="bool"),
    SettingSpec("mail.from", "", N_("Sender address"), N_("From: address of e-mails (default: the shop's e-mail)."),
                p_text, area="mail"),
):
    register(_spec)
