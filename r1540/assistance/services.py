"""Writes of the assistance mechanism: requests, offers, their embeddings, matches and the
correspondence about them."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from r1540.assistance import embedding, lifecycle
from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Communication, Match
from r1540.core.models import User
from r1540.core.permissions import require_acts_for
from r1540.core.services import audited_save


def _enqueue_embedding(obj) -> None:
    from r1540.assistance.tasks import embed_text

    kind = "request" if isinstance(obj, AssistanceRequest) else "offer"
    transaction.on_commit(lambda: embed_text.enqueue(kind=kind, pk=obj.pk))


def _require_owner(actor: User | None, obj, **owner_fields: str) -> None:
    """A POC writes only its own State's or organization's rows: both the owner ``obj`` names now
    and, for a stored row, the owner it had (a POC can neither take nor give away a row)."""
    require_acts_for(actor, **{key: getattr(obj, field) for key, field in owner_fields.items()})
    if obj.pk is not None:
        stored = type(obj).objects.filter(pk=obj.pk).values(*owner_fields.values()).first()
        if stored is not None:
            require_acts_for(actor, **{key: stored[field] for key, field in owner_fields.items()})


def _check_dates(obj, *names: str) -> None:
    today = timezone.localdate()
    for name in names:
        value = getattr(obj, name)
        if value and value > today:
            raise ValidationError({name: _("This date is in the future.")})


@transaction.atomic
def request_save(
    *, request: AssistanceRequest, actor: User | None, reason: str = "", expected_version: int | None = None
) -> AssistanceRequest:
    """Record a request (entered by the secretariat or submitted by the State's POC) or correct
    one; its text is embedded in the background for matching. A State's POC acts only for its
    own State."""
    _require_owner(actor, request, state="state_id")
    _check_dates(request, "received_date")
    if request.pk is None and request.submitted_by_id is None and actor is not None:
        request.submitted_by = actor
    if request.status_date is None:
        request.status_date = request.received_date
    saved = audited_save(
        obj=request,
        actor=actor,
        reason=reason,
        created_reason=_("Request recorded"),
        expected_version=expected_version,
    )
    _enqueue_embedding(saved)
    return saved


@transaction.atomic
def offer_save(
    *, offer: AssistanceOffer, actor: User | None, reason: str = "", expected_version: int | None = None
) -> AssistanceOffer:
    """Record an offer or a standing programme, or correct one; embedded in the background. A
    POC offers only for its own State or organization."""
    _require_owner(actor, offer, state="provider_state_id", organization="provider_organization_id")
    if offer.pk is None and offer.submitted_by_id is None and actor is not None:
        offer.submitted_by = actor
    saved = audited_save(
        obj=offer,
        actor=actor,
        reason=reason,
        created_reason=_("Offer recorded"),
        expected_version=expected_version,
    )
    _enqueue_embedding(saved)
    return saved


def embedding_refresh(obj, embedder: embedding.Embedder | None = None) -> bool:
    """Store the vector of ``obj``'s text if it is missing or stale. Returns whether it computed
    one. The text decides: an unchanged text is never embedded twice."""
    embedder = embedder or embedding.default_embedder()
    text = embedding.text_of(obj.title, obj.description)
    key = embedding.fingerprint(text, embedder.name)
    if obj.embedding_key == key and obj.embedding is not None:
        return False
    vector = embedder.embed([text])[0]
    obj.embedding = embedding.to_bytes(vector)
    obj.embedding_key = key
    # A direct update: the vector is derived data, not a change to what was reported.
    type(obj).objects.filter(pk=obj.pk).update(embedding=obj.embedding, embedding_key=key, updated_at=timezone.now())
    return True


def embeddings_refresh(queryset, embedder: embedding.Embedder | None = None, batch: int = 64) -> int:
    """Embed every stale text of ``queryset`` in batches; returns how many were computed."""
    embedder = embedder or embedding.default_embedder()
    pending = []
    for obj in queryset.select_related(None).only("pk", "title", "description", "embedding_key"):
        text = embedding.text_of(obj.title, obj.description)
        key = embedding.fingerprint(text, embedder.name)
        if obj.embedding_key != key:
            pending.append((obj, text, key))
    now = timezone.now()
    for start in range(0, len(pending), batch):
        chunk = pending[start : start + batch]
        vectors = embedder.embed([text for _obj, text, _key in chunk])
        for (obj, _text, key), vector in zip(chunk, vectors, strict=True):
            obj.embedding, obj.embedding_key, obj.updated_at = embedding.to_bytes(vector), key, now
        type(chunk[0][0]).objects.bulk_update(
            [obj for obj, _text, _key in chunk], ["embedding", "embedding_key", "updated_at"]
        )
    return len(pending)


def _move(obj, flow, status: str, actor, reason: str):
    labels = dict(obj._meta.get_field("status").choices)
    if not lifecycle.can_move(flow, obj.status, status):
        raise ValidationError(
            {
                "status": _("“{current}” cannot move to “{target}”.").format(
                    current=labels.get(obj.status, obj.status), target=labels.get(status, status)
                )
            }
        )
    obj.status = status
    return audited_save(obj=obj, actor=actor, reason=reason)


@transaction.atomic
def request_move(*, request: AssistanceRequest, status: str, actor: User | None, reason: str) -> AssistanceRequest:
    """Take a request to its next step; the step, who and why are kept in its history."""
    request.status_date = timezone.localdate()
    return _move(request, lifecycle.REQUEST_FLOW, status, actor, reason)


@transaction.atomic
def offer_move(*, offer: AssistanceOffer, status: str, actor: User | None, reason: str) -> AssistanceOffer:
    return _move(offer, lifecycle.OFFER_FLOW, status, actor, reason)


@transaction.atomic
def match_propose(
    *,
    request: AssistanceRequest,
    offer: AssistanceOffer,
    actor: User | None,
    score: float | None = None,
    reasons: list | None = None,
    note: str = "",
) -> Match:
    """Put an offer to a request; the engine's score and reasons at that moment are kept."""
    if not request.open:
        raise ValidationError(_("This request is closed; reopen it before matching."))
    if offer.status == "withdrawn":
        raise ValidationError(_("This offer has been withdrawn."))
    if Match.objects.filter(request=request, offer=offer).exists():
        raise ValidationError(_("This offer is already matched with the request."))
    match = Match(request=request, offer=offer, score=score, reasons=reasons or [], note=note)
    match = audited_save(obj=match, actor=actor, reason=_("Match proposed"), reason_required=False)
    if request.status in ("acknowledged", "circulated"):
        request_move(request=request, status="offers_received", actor=actor, reason=_("An offer was put forward"))
    return match


@transaction.atomic
def match_move(*, match: Match, status: str, actor: User | None, reason: str, fulfilment: str | None = None) -> Match:
    """Agree, start, complete or decline a match; the request follows where it lags behind,
    and a completed match records how far it met the need."""
    if fulfilment is not None:
        match.fulfilment = fulfilment
    if status == "completed":
        match.completed_date = timezone.localdate()
        if match.fulfilment == "none":
            raise ValidationError({"fulfilment": _("Say how far the assistance met the need.")})
    match = _move(match, lifecycle.MATCH_FLOW, status, actor, reason)
    target = lifecycle.REQUEST_STATUS_FOR_MATCH.get(status)
    request = match.request
    if target and lifecycle.forward(request.status, target):
        # The match is the evidence: the request moves with it, even past intermediate steps.
        request.status, request.status_date = target, timezone.localdate()
        audited_save(obj=request, actor=actor, reason=reason)
    if status == "completed" and match.offer.status == "committed" and not match.offer.standing:
        offer_move(offer=match.offer, status="delivered", actor=actor, reason=reason)
    return match


@transaction.atomic
def feedback_record(*, request: AssistanceRequest, feedback: str, actor: User | None) -> AssistanceRequest:
    """The State's feedback on the assistance it received (resolution 2663 (2022)), given by its
    POC or recorded by the secretariat."""
    require_acts_for(actor, state=request.state_id)
    if not feedback.strip():
        raise ValidationError({"feedback": _("Write the State's feedback.")})
    request.feedback = feedback.strip()
    return request_move(request=request, status="feedback", actor=actor, reason=_("Feedback received"))


@transaction.atomic
def communication_record(
    *,
    request: AssistanceRequest,
    date: datetime.date,
    kind: str,
    summary: str,
    actor: User | None,
    match: Match | None = None,
    follow_up_date: datetime.date | None = None,
) -> Communication:
    """Note a letter, e-mail, meeting or call about a request, and when to follow it up."""
    if date > timezone.localdate():
        raise ValidationError({"date": _("A contact cannot be dated in the future.")})
    if follow_up_date and follow_up_date < date:
        raise ValidationError({"follow_up_date": _("The follow-up cannot come before the contact.")})
    if match is not None and match.request_id != request.pk:
        raise ValidationError({"match": _("This match belongs to another request.")})
    entry = Communication(
        request=request,
        match=match,
        date=date,
        kind=kind,
        summary=summary,
        follow_up_date=follow_up_date,
        recorded_by=actor,
    )
    return audited_save(obj=entry, actor=actor, reason=_("Contact recorded"), reason_required=False)


@transaction.atomic
def follow_up_done(*, communication: Communication, actor: User | None = None) -> Communication:
    communication.follow_up_done = True
    return audited_save(obj=communication, actor=actor, reason=_("Follow-up done"), reason_required=False)
