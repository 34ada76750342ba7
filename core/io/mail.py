"""Sending an approved message: by SMTP when the shop configured a server, else into the outbox.

One mail module and one set of ``mail.*`` settings (``core/io/settings.py``) for every area (payment reminders, appointment
reminders...). The outbox holds a ready .eml (with any PDF attached), so a person can send it from
their own mail program; nothing is lost when there is no mail server. Nothing here decides to send:
callers are inbox appliers, i.e. a person approved the message.
"""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from core.kernel.i18n import _
from core.kernel.errors import ConflictError


def build_message(settings: dict[str, Any], to: str, subject: str, body: str,
                  attachment: Path | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["To"] = to or "undisclosed-recipients:;"
    msg["From"] = settings.get("mail.from") or settings.get("shop.email") or "shop@localhost"
    msg["Subject"] = subject
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf",
                           filename=attachment.name)
    return msg


def deliver(settings: dict[str, Any], outbox: Path, to: str, subject: str, body: str,
            attachment: Path | None = None, name: str | None = None) -> tuple[str, str]:
    """Returns (channel, one-line description). Raises ConflictError when the server refuses.

    ``name`` names the outbox file when there is no attachment to take it from."""
    msg = build_message(settings, to, subject, body, attachment)
    host = (settings.get("mail.smtp_host") or "").strip()
    if host and to:
        port = int(settings.get("mail.smtp_port") or 587)
        try:
            if port == 465:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=20, context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(host, port, timeout=20)
            with smtp:
                if port != 465 and settings.get("mail.smtp_starttls", True):
                    smtp.starttls(context=ssl.create_default_context())
                if settings.get("mail.smtp_user"):
                    smtp.login(settings["mail.smtp_user"], settings.get("mail.smtp_password", ""))
                smtp.send_message(msg)
        except (OSError, smtplib.SMTPException) as exc:
            raise ConflictError(_("could not send by e-mail via {host}: {exc}; nothing was recorded").format(
                                    host=host, exc=exc)) from exc
        return "email", _("e-mailed to {to} via {host}").format(to=to, host=host)
    from core.io.outputs import make_private, private_folder
    private_folder(outbox)   # customer letters: readable by the shop's own account only
    eml = outbox / ((attachment.stem if attachment is not None else name or "message") + ".eml")
    eml.write_bytes(bytes(msg))
    make_private(eml)
    why = _("no SMTP server configured") if not host else _("the customer has no e-mail address")
    return "outbox", _("written to {file} for sending by hand ({why})").format(file=eml, why=why)
