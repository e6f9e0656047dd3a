"""What is searched: each kind of item and the documents it gives (one per language its text
exists in). Who may see an item is its model's policy (``core.permissions``), the same one its
pages and API endpoints ask, so search never shows more than the item's page does.

The search app reads the other apps here, as the public site does; they know nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from r1540.core.permissions import policy_for

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


@dataclass(frozen=True)
class Document:
    language: str
    title: str
    summary: str = ""
    extra: str = ""  # searched, not shown


@dataclass(frozen=True)
class Source:
    kind: str
    label: str | Promise
    model_label: str
    documents: Callable[[models.Model], Iterable[Document]]
    state: Callable[[models.Model], int | None] = lambda obj: getattr(obj, "state_id", None)
    year: Callable[[models.Model], int | None] = lambda obj: None
    related: tuple[str, ...] = ()

    @property
    def model(self) -> type[models.Model]:
        return apps.get_model(self.model_label)

    def queryset(self):
        return self.model._default_manager.select_related(*self.related).order_by("pk")

    def visible(self, user):
        """The items ``user`` may open: the model's policy, the one its pages and API ask."""
        return policy_for(self.model).visible(user, self.model._default_manager.all())


def _column(field_name: str, language: str) -> str:
    return "{}_{}".format(field_name, language.replace("-", "_"))


def per_language(title: str | None, summary: str = "", extra: tuple[str, ...] = ()) -> Callable:
    """Documents for a model whose fields are translated: one per language that has the title
    or the summary, the English title standing in where only the summary is translated. With
    no title field, the item's name as that language writes it (``str``) is the title, and a
    language has a document only where it has the summary."""

    def documents(obj) -> Iterable[Document]:
        english_title = getattr(obj, _column(title, "en"), "") or "" if title else ""
        for language in LANGUAGE_CODES:
            summary_text = getattr(obj, _column(summary, language), "") or "" if summary else ""
            if title:
                title_text = getattr(obj, _column(title, language), "") or ""
            elif summary_text:
                with translation.override(language):
                    title_text = str(obj)
            else:
                continue
            if not (title_text or summary_text):
                continue
            extra_text = " ".join(str(getattr(obj, _column(name, language), "") or "") for name in extra)
            yield Document(language, title_text or english_title, summary_text, extra_text)

    return documents


def in_every_language(summary: str = "", extra: Callable = lambda obj: "") -> Callable:
    """Documents for an item whose title is made from translated parts (a State's name, a
    kind): the title as each language writes it; the free text is the State's own."""

    def documents(obj) -> Iterable[Document]:
        for language in LANGUAGE_CODES:
            with translation.override(language):
                yield Document(language, str(obj), getattr(obj, summary, "") if summary else "", extra(obj))

    return documents


def in_own_language(title: str, summary: str, extra: Callable = lambda obj: "") -> Callable:
    """Documents for an item written in one language: its ``language`` field, else English."""

    def documents(obj) -> Iterable[Document]:
        language = getattr(obj, "language", "en")
        language = language if language in LANGUAGE_CODES else "en"
        yield Document(language, getattr(obj, title), getattr(obj, summary), extra(obj))

    return documents


def _year(attribute: str) -> Callable:
    def year(obj) -> int | None:
        value = getattr(obj, attribute)
        return value.year if value else None

    return year


SOURCES: list[Source] = [
    Source(
        "state",
        _("States"),
        "directory.State",
        per_language("name", "notes"),
        state=lambda obj: obj.pk,
    ),
    Source(
        "organization",
        _("Organizations"),
        "directory.Organization",
        per_language("name", "notes"),
    ),
    Source(
        "report",
        _("National reports"),
        "reporting.NationalReport",
        in_every_language("summary", extra=lambda obj: obj.symbol),
        year=_year("submitted_date"),
        related=("state",),
    ),
    Source(
        "matrix",
        _("1540 matrices"),
        "matrices.MatrixVersion",
        in_every_language(),
        year=lambda obj: (obj.published_date or obj.approved_date or obj.sent_date or obj.created_at).year,
        related=("state",),
    ),
    Source(
        "instrument",
        _("Treaties and instruments"),
        "reporting.Instrument",
        per_language("name"),
        year=_year("opened_date"),
    ),
    Source(
        "action_plan",
        _("National action plans"),
        "reporting.ActionPlan",
        in_own_language("title", "summary"),
        year=_year("shared_date"),
    ),
    Source(
        "practice",
        _("Effective practices"),
        "reporting.EffectivePractice",
        in_own_language("title", "summary"),
        year=_year("shared_date"),
    ),
    Source(
        "control_list",
        _("Control lists"),
        "reporting.ControlList",
        in_every_language(extra=lambda obj: " ".join((obj.title, obj.legal_basis, obj.notes))),
        year=_year("adopted_date"),
        related=("state",),
    ),
    Source(
        "assistance_request",
        _("Assistance requests"),
        "assistance.AssistanceRequest",
        in_own_language("title", "description"),
        year=_year("received_date"),
    ),
    Source(
        "assistance_offer",
        _("Assistance offers"),
        "assistance.AssistanceOffer",
        in_own_language("title", "description"),
        state=lambda obj: obj.provider_state_id,
        year=_year("received_date"),
    ),
    Source(
        "event",
        _("Events"),
        "outreach.Event",
        per_language("title", "description", extra=("curriculum",)),
        state=lambda obj: obj.country_id,
        year=_year("start_date"),
    ),
    Source(
        "cooperation",
        _("Cooperation partners"),
        "outreach.Cooperation",
        per_language(None, "modalities", extra=("information_exchanged", "liaison")),
        related=("organization",),
    ),
    Source(
        "cooperation_activity",
        _("Cooperation activities"),
        "outreach.CooperationActivity",
        per_language("title", "description"),
        year=_year("activity_date"),
        related=("cooperation__organization",),
    ),
    Source(
        "question",
        _("Frequently asked questions"),
        "outreach.Question",
        per_language("question", "answer"),
    ),
    Source(
        "programme_item",
        _("Programme of work"),
        "programme.ProgrammeItem",
        per_language(None, "text"),
        year=lambda obj: obj.programme.period_start_date.year,
        related=("programme",),
    ),
    Source(
        "meeting",
        _("Meetings"),
        "programme.Meeting",
        in_own_language("title", "agenda"),
        year=_year("starts_at"),
    ),
    Source(
        "document",
        _("Meeting documents"),
        "programme.MeetingDocument",
        in_every_language(extra=lambda obj: "{} {}".format(obj.symbol, obj.title)),
        year=lambda obj: obj.meeting.starts_at.year,
        related=("meeting",),
    ),
    Source(
        "review_decision",
        _("Comprehensive review decisions"),
        "programme.ReviewDecision",
        per_language("title", "text"),
        year=_year("decided_date"),
    ),
]

#: Models with public pages that are not searched themselves, and why (model label → reason).
#: ``core/tests/test_registries.py`` fails, naming the model, when one is neither here nor a source.
NOT_SEARCHED: dict[str, str] = {
    "assistance.Match": "a match is a line on its request's page; the request and the offer are searched",
    "directory.CouncilMembership": "a Council seat is a line of the Council page; the State is searched",
    "directory.CommitteeOffice": "a Committee office is a line of the Council page; the State is searched",
    "matrices.MatrixTemplate": "the form of the matrices, no content of its own; the matrices are searched",
    "programme.Programme": "a programme is its items, each searched",
    "programme.MeetingParticipant": "a line of its meeting's page; the meeting is searched",
    "programme.WorkingGroupMember": "a line of the working groups' page; the State is searched",
    "reporting.ActionPlanFollowUp": "a part of its plan's page; the plan is searched",
    "reporting.Adherence": "a line of the treaty's page and the State's profile; both are searched",
}

BY_KIND = {source.kind: source for source in SOURCES}


def source_for(model: type[models.Model]) -> list[Source]:
    label = model._meta.label_lower
    return [source for source in SOURCES if source.model_label.lower() == label]
