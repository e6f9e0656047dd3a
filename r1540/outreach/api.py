"""Outreach endpoints of the REST API."""

from rest_framework import serializers

from r1540.core.api import HistoryMixin, ReadOnlyViewSet, TranslatedField, router
from r1540.outreach import choices, filters
from r1540.outreach.models import Cooperation, CooperationActivity, Event, Question


class EventSerializer(serializers.ModelSerializer):
    title = TranslatedField()
    description = TranslatedField()
    curriculum = TranslatedField()
    country = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    organizations = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    participants = serializers.SlugRelatedField(slug_field="iso3", many=True, read_only=True)

    class Meta:
        model = Event
        fields = [
            "id",
            "code",
            "kind",
            "title",
            "description",
            "start_date",
            "end_date",
            "date_precision",
            "place",
            "country",
            "organizations",
            "region",
            "curriculum",
            "participants",
            "follow_up",
            "confidence",
            "source",
            "is_demo",
        ]


class QuestionSerializer(serializers.ModelSerializer):
    question = TranslatedField()
    answer = TranslatedField()

    class Meta:
        model = Question
        fields = ["id", "code", "position", "question", "answer"]


class EventViewSet(HistoryMixin, ReadOnlyViewSet):
    """Outreach and cooperation events, past and upcoming, in six languages where they exist."""

    queryset = Event.objects.select_related("country").prefetch_related("organizations", "participants")
    serializer_class = EventSerializer
    filterset_class = filters.EventFilterSet


class QuestionViewSet(ReadOnlyViewSet):
    """The Committee's frequently asked questions in the six languages."""

    queryset = Question.objects.all()
    serializer_class = QuestionSerializer


class PartnerNameField(TranslatedField):
    """The partner's name in the six languages, as the directory has it."""

    def get_attribute(self, instance):
        return instance.organization


class CooperationSerializer(serializers.ModelSerializer):
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    name = PartnerNameField()
    partner_kind = serializers.ChoiceField(choices=choices.PartnerKind.choices, read_only=True)
    modalities = TranslatedField()
    information_exchanged = TranslatedField()
    liaison = TranslatedField()

    class Meta:
        model = Cooperation
        fields = [
            "id",
            "organization",
            "name",
            "partner_kind",
            "modalities",
            "information_exchanged",
            "liaison",
            "since_date",
            "since_precision",
            "confidence",
            "source",
            "is_demo",
        ]


class CooperationActivitySerializer(serializers.ModelSerializer):
    partner = serializers.SlugRelatedField(source="cooperation.organization", slug_field="slug", read_only=True)
    title = TranslatedField()
    description = TranslatedField()
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    event = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = CooperationActivity
        fields = [
            "id",
            "code",
            "partner",
            "kind",
            "activity_date",
            "date_precision",
            "title",
            "description",
            "state",
            "invited_by_state",
            "event",
            "confidence",
            "source",
            "is_demo",
        ]


class CooperationViewSet(HistoryMixin, ReadOnlyViewSet):
    """The Committee's cooperation partners: organizations and the Council's 1267 and 1373
    committees, with the modalities of cooperation and the information exchanged."""

    queryset = Cooperation.objects.select_related("organization")
    serializer_class = CooperationSerializer
    filterset_class = filters.CooperationFilterSet


class CooperationActivityViewSet(HistoryMixin, ReadOnlyViewSet):
    """Activities with the partners: joint activities and meetings, exchanges of information,
    joint country visits (at the State's invitation) and the Committee's part in partners' events."""

    queryset = CooperationActivity.objects.select_related("cooperation__organization", "state", "event")
    serializer_class = CooperationActivitySerializer
    filterset_class = filters.CooperationActivityFilterSet


router.register("events", EventViewSet, basename="event")
router.register("faq", QuestionViewSet, basename="question")
router.register("cooperation", CooperationViewSet, basename="cooperation")
router.register("cooperation-activities", CooperationActivityViewSet, basename="cooperationactivity")
