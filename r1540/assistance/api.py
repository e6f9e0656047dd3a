"""Assistance endpoints of the REST API. Other tools use ``POST /api/v1/assistance/requests/``,
``POST /api/v1/assistance/offers/`` and the ``matches`` actions: keep their contract stable."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from r1540.assistance import choices, filters, forms, selectors, services
from r1540.assistance.models import AssistanceOffer, AssistanceRequest
from r1540.core.api import BoundedTextMixin, HistoryMixin, ReadOnlyViewSet, query_values, router
from r1540.core.permissions import policy_for
from r1540.directory.models import Organization, State

LANGUAGE_CODES = settings.LANGUAGES  # one choice set for every language field of the schema


class AssistanceRequestSerializer(BoundedTextMixin, serializers.ModelSerializer):
    state = serializers.SlugRelatedField(
        slug_field="iso3",
        queryset=State.objects.members(),
        required=False,
        help_text="ISO 3166 alpha-3 code; a State's POC may leave it out (its own State).",
    )
    language = serializers.ChoiceField(choices=LANGUAGE_CODES)

    class Meta:
        model = AssistanceRequest
        fields = [
            "id",
            "state",
            "title",
            "description",
            "language",
            "areas",
            "weapons",
            "types",
            "assistance_received",
            "channel",
            "received_date",
            "status",
            "published",
            "is_demo",
        ]
        read_only_fields = ["status", "is_demo"]
        extra_kwargs = {"channel": {"required": False}, "received_date": {"required": False}}

    def validate(self, attrs):
        user = self.context["request"].user
        policy = policy_for(AssistanceRequest)
        if not policy.can_add_for_any(user):
            if not policy.can_add_for(user, state=user.state_id):
                raise PermissionDenied
            if attrs.get("state") is not None and not policy.can_add_for(user, state=attrs["state"]):
                raise serializers.ValidationError({"state": _("A State's point of contact asks for its own State.")})
            attrs["state"] = user.state
            attrs["channel"] = choices.Channel.ONLINE
        if attrs.get("state") is None:
            raise serializers.ValidationError({"state": _("Say which State asks.")})
        attrs.setdefault("channel", choices.Channel.ONLINE)
        attrs.setdefault("received_date", timezone.localdate())
        return attrs


class AssistanceOfferSerializer(BoundedTextMixin, serializers.ModelSerializer):
    provider_state = serializers.SlugRelatedField(
        slug_field="iso3", queryset=State.objects.all(), required=False, allow_null=True
    )
    provider_organization = serializers.SlugRelatedField(
        slug_field="acronym", queryset=Organization.objects.exclude(acronym=""), required=False, allow_null=True
    )
    language = serializers.ChoiceField(choices=LANGUAGE_CODES)

    class Meta:
        model = AssistanceOffer
        fields = [
            "id",
            "provider_state",
            "provider_organization",
            "title",
            "description",
            "language",
            "areas",
            "weapons",
            "types",
            "regions",
            "languages_served",
            "standing",
            "received_date",
            "status",
            "published",
            "is_demo",
        ]
        read_only_fields = ["status", "is_demo"]
        extra_kwargs = {"received_date": {"required": False}}

    def validate(self, attrs):
        user = self.context["request"].user
        if not policy_for(AssistanceOffer).can_add_for_any(user):
            attrs["provider_state"], attrs["provider_organization"] = user.state, user.organization
        if bool(attrs.get("provider_state")) == bool(attrs.get("provider_organization")):
            raise serializers.ValidationError(
                {"provider_state": _("Name one provider: a State (ISO code) or an organization (acronym).")}
            )
        attrs["regions"] = attrs.get("regions") or [choices.Region.GLOBAL]
        return attrs


class SuggestionSerializer(serializers.Serializer):
    score = serializers.FloatField()
    reasons = serializers.ListField(child=serializers.CharField(), help_text="In the caller's language.")
    reason_codes = serializers.ListField(child=serializers.DictField())
    title = serializers.CharField()


class OfferSuggestionSerializer(SuggestionSerializer):
    offer = serializers.IntegerField()


class RequestSuggestionSerializer(SuggestionSerializer):
    request = serializers.IntegerField()


LIMIT = OpenApiParameter(
    "limit",
    {"type": "integer", "minimum": 1, "maximum": 50},
    description="How many, best first (1–50; default 10).",
)


def _limit(request) -> int:
    return query_values(request, forms.LimitQueryForm)["limit"]


def _suggestions(suggested, key: str) -> list[dict]:
    return [
        {
            key: item.item.pk,
            "score": item.score,
            "reasons": item.reasons,
            "reason_codes": item.codes,
            "title": item.item.title,
        }
        for item in suggested
    ]


class CreateMixin(mixins.CreateModelMixin):
    """Create through the app's service, so the history and the embedding follow."""

    save_service = None
    argument = ""

    def perform_create(self, serializer):
        obj = serializer.Meta.model(**serializer.validated_data)
        try:
            saved = type(self).save_service(**{self.argument: obj}, actor=self.request.user)
        except DjangoValidationError as error:
            raise serializers.ValidationError(getattr(error, "message_dict", {"detail": error.messages})) from None
        serializer.instance = saved


class AssistanceRequestViewSet(HistoryMixin, CreateMixin, ReadOnlyViewSet):
    """Requests for assistance: the public sees published ones; a State's POC submits and sees
    its own; the Committee sees all."""

    queryset = AssistanceRequest.objects.select_related("state")
    serializer_class = AssistanceRequestSerializer
    filterset_class = filters.AssistanceRequestFilterSet
    save_service = services.request_save
    argument = "request"

    @extend_schema(responses=OfferSuggestionSerializer(many=True), parameters=[LIMIT])
    @action(detail=True, methods=["get"], filterset_class=None, pagination_class=None)
    def matches(self, request, *args, **kwargs):
        """The offers that best serve this request, best first, each with its score and reasons.
        Until the background task has embedded a text, the texts are not compared: each suggestion
        concerned says "Matching pending" among its reasons (code ``text_pending``)."""
        item = self.get_object()
        suggested = selectors.offers_for_request(item, request.user, k=_limit(request))
        return Response(OfferSuggestionSerializer(_suggestions(suggested, "offer"), many=True).data)


class AssistanceOfferViewSet(HistoryMixin, CreateMixin, ReadOnlyViewSet):
    """Offers and programmes of assistance from States and organizations."""

    queryset = AssistanceOffer.objects.select_related("provider_state", "provider_organization")
    serializer_class = AssistanceOfferSerializer
    filterset_class = filters.AssistanceOfferFilterSet
    save_service = services.offer_save
    argument = "offer"

    @extend_schema(responses=RequestSuggestionSerializer(many=True), parameters=[LIMIT])
    @action(detail=True, methods=["get"], filterset_class=None, pagination_class=None)
    def matches(self, request, *args, **kwargs):
        """The open requests this offer serves best, best first, each with its score and reasons
        ("Matching pending", code ``text_pending``, where a text is not embedded yet)."""
        item = self.get_object()
        suggested = selectors.requests_for_offer(item, request.user, k=_limit(request))
        return Response(RequestSuggestionSerializer(_suggestions(suggested, "request"), many=True).data)


router.register("assistance/requests", AssistanceRequestViewSet, basename="assistancerequest")
router.register("assistance/offers", AssistanceOfferViewSet, basename="assistanceoffer")
