"""The transition pack for an incoming Council member (programme of work, 12 (g)), as Word and PDF."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from r1540.core import documents


def pack_docx(pack: dict, language: str) -> bytes:
    with translation.override(language):
        document = documents.word_document(language, size=10)
        document.add_heading(_("1540 Committee: transition pack for {year}").format(year=pack["year"]), level=1)
        if pack["programme"] is not None:
            document.add_heading(_("Programme of work"), level=2)
            document.add_paragraph("{} — {}".format(pack["programme"].symbol, pack["programme"].title))
        document.add_heading(_("Coming meetings"), level=2)
        documents.add_table(
            document,
            [_("Date"), _("Meeting"), _("Place")],
            [[meeting.starts_at.date().isoformat(), meeting.title, meeting.place] for meeting in pack["meetings"]],
        )
        document.add_heading(_("Working groups"), level=2)
        documents.add_table(
            document,
            [_("Working group"), _("Coordinator"), _("Programme items")],
            [
                [
                    str(group["label"]),
                    ", ".join(str(office.state) for office in group["coordinators"]) or "—",
                    " ".join(item.ref for item in group["items"]),
                ]
                for group in pack["working_groups"]
            ],
        )
        document.add_heading(_("Open items"), level=2)
        documents.add_table(
            document,
            [_("Paragraph"), _("Action"), _("Due"), _("Status")],
            [
                [item.ref, item.text, item.due_date.isoformat() if item.due_date else "", item.get_status_display()]
                for item in pack["open_items"]
            ],
        )
        document.add_heading(_("Key documents"), level=2)
        documents.add_table(
            document,
            [_("Symbol"), _("Title"), _("Meeting")],
            [[doc.symbol, doc.title, doc.meeting.title] for doc in pack["documents"]],
        )
        document.add_heading(_("Former members' contacts"), level=2)
        documents.add_table(
            document,
            [_("Council member"), _("Name"), _("E-mail")],
            [[str(user.council_seat.state), str(user), user.email] for user in pack["contacts"]],
        )
        return documents.finish(document)


def pack_pdf(pack: dict, language: str) -> bytes:
    return documents.pdf("programme/export/transition.html", {"pack": pack}, language)


PACK_TYPES = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", pack_docx),
    "pdf": ("application/pdf", pack_pdf),
}
