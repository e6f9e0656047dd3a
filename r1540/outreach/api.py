"""Outreach endpoints of the REST API."""

from rest_framework import serializers

from r1540.core.api import HistoryMixin, ReadOnlyViewSet, TranslatedField, router
from r1540.outreach import filters
from r1540.outreach.models import Event, Question


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


router.register("events", EventViewSet, basename="event")
router.register("faq", QuestionViewSet, basename="question")
