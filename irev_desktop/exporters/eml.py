"""A convocation e-mail as a draft file (.eml, RFC 5322), with the ``email`` package.

The file holds one message, UTF-8 throughout: the names in the headers and the
subject as encoded words, the body as quoted-printable text, each attachment in base64
with its name as the RFC 2231 parameter. ``X-Unsent: 1`` asks a mail program (Outlook)
to open it as a message to send rather than one received. No Date and no Message-ID:
the mail program gives them when the message leaves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTPUTF8

from irev_desktop.model.convocation import Contact, MailDraft

WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_TYPE = "application/pdf"
CALENDAR_TYPE = "text/calendar"

# CRLF line ends, as a message file has them; headers in ASCII (encoded words).
POLICY = SMTPUTF8.clone(utf8=False, max_line_length=78)


@dataclass(frozen=True)
class Attachment:
    name: str
    content_type: str  # "application/pdf"
    data: bytes
    # Extra Content-Type parameters ("method": "REQUEST" for an invitation).
    parameters: tuple[tuple[str, str], ...] = ()


def address(contact: Contact) -> Address:
    """ "Camille Lefebvre <c.lefebvre@example.org>" as a header address."""
    user, _, domain = contact.email.rpartition("@")
    return Address(display_name=contact.name, username=user, domain=domain)


def eml_bytes(draft: MailDraft, sender: Contact | None, attachments: Sequence[Attachment]) -> bytes:
    """The draft of ``draft``: from ``sender`` when known (else the mail program's own
    account), to its titular representatives, copied to its deputies."""
    message = EmailMessage(policy=POLICY)
    message["Subject"] = draft.subject
    if sender is not None:
        message["From"] = address(sender)
    message["To"] = [address(c) for c in draft.to]
    if draft.cc:
        message["Cc"] = [address(c) for c in draft.cc]
    message["X-Unsent"] = "1"
    message["Content-Language"] = "fr"
    message.set_content(draft.body, subtype="plain", charset="utf-8", cte="quoted-printable")
    for attachment in attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        params = dict(attachment.parameters)
        if maintype == "text":
            message.add_attachment(
                attachment.data.decode("utf-8"),
                subtype=subtype,
                charset="utf-8",
                cte="base64",
                filename=attachment.name,
                params=params,
            )
        else:
            message.add_attachment(
                attachment.data,
                maintype=maintype,
                subtype=subtype,
                filename=attachment.name,
                params=params,
            )
    return message.as_bytes(policy=POLICY)
