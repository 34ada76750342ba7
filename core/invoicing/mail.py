"""Sending a document: by SMTP when the shop configured a server, else into the outbox folder.

The outbox holds a ready .eml (with the PDF attached) beside the PDF, so a person can send it from
their own mail program; nothing is lost when there is no mail server.
"""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from core.kernel.errors import ConflictError


def build_message(settings: dict[str, Any], to: str, subject: str, body: str, attachment: Path) -> EmailMessage:
    msg = EmailMessage()
    msg["To"] = to or "undisclosed-recipients:;"
    msg["From"] = settings.get("mail.from") or settings.get("shop.email") or "shop@localhost"
    msg["Subject"] = subject
    msg.set_content(body)
    msg.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf", filename=attachment.name)
    return msg


def deliver(settings: dict[str, Any], outbox: Path, to: str, subject: str, body: str,
            attachment: Path) -> tuple[str, str]:
    """Returns (channel, one-line description). Raises ConflictError when the server refuses."""
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
            raise ConflictError(f"could not send by e-mail via {host}: {exc}; nothing was recorded") from exc
        return "email", f"e-mailed to {to} via {host}"
    outbox.mkdir(parents=True, exist_ok=True)
    eml = outbox / (attachment.stem + ".eml")
    eml.write_bytes(bytes(msg))
    why = "no SMTP server configured" if not host else "the customer has no e-mail address"
    return "outbox", f"written to {eml.parent} for sending by hand ({why})"
