"""Directory endpoints of the REST API: read-only, filtered by the same FilterSets as the pages."""

from rest_framework import serializers

from r1540.core.api import HistoryMixin, ReadOnlyViewSet, TranslatedField, router
from r1540.directory import filters
from r1540.directory.models import CouncilMembership, Organization, PointOfContact, State


class StateSerializer(serializers.ModelSerializer):
    name = serializers.CharField(help_text="The name in the language of the request (Accept-Language).")
    names = TranslatedField("name")
    url = serializers.SerializerMethodField()

    class Meta:
        model = State
        fields = [
            "iso3",
            "iso2",
            "m49",
            "name",
            "names",
            "status",
            "admission_date",
            "regional_group",
            "regional_group_status",
            "also_participates_in",
            "m49_region",
            "m49_subregion",
            "notes",
            "url",
        ]

    def get_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(obj.get_absolute_url())


class OrganizationSerializer(serializers.ModelSerializer):
    name = serializers.CharField()
    names = TranslatedField("name")
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Organization
        fields = ["slug", "acronym", "name", "names", "kind", "region", "parent", "website", "notes"]


class PersonSerializer(serializers.Serializer):
    honorific = serializers.CharField()
    given_name = serializers.CharField()
    family_name = serializers.CharField()
    job_title = serializers.CharField()
    email = serializers.EmailField()
    phone = serializers.CharField()


class PointOfContactSerializer(serializers.ModelSerializer):
    person = PersonSerializer(read_only=True)
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = PointOfContact
        fields = [
            "id",
            "person",
            "state",
            "organization",
            "location",
            "institution",
            "designated_date",
            "confirmed_date",
            "end_date",
        ]


class CouncilMembershipSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)

    class Meta:
        model = CouncilMembership
        fields = ["year", "state", "seat"]


class StateViewSet(HistoryMixin, ReadOnlyViewSet):
    """UN Member States and observer States, with their names in the six languages."""

    queryset = State.objects.all()
    serializer_class = StateSerializer
    filterset_class = filters.StateFilterSet
    lookup_field = "iso3"
    lookup_value_regex = "[A-Za-z]{3}"

    def get_object(self):
        self.kwargs["iso3"] = self.kwargs["iso3"].upper()
        return super().get_object()


class OrganizationViewSet(HistoryMixin, ReadOnlyViewSet):
    """Organizations and UN bodies the Committee cooperates with."""

    queryset = Organization.objects.select_related("parent")
    serializer_class = OrganizationSerializer
    filterset_class = filters.OrganizationFilterSet
    lookup_field = "slug"


class PointOfContactViewSet(HistoryMixin, ReadOnlyViewSet):
    """Points of contact (restricted: the Committee, and each POC for its own State or organization)."""

    queryset = PointOfContact.objects.select_related("person", "state", "organization")
    serializer_class = PointOfContactSerializer
    filterset_class = filters.PointOfContactFilterSet


class CouncilMembershipViewSet(ReadOnlyViewSet):
    """Security Council membership by year (the Committee's members)."""

    queryset = CouncilMembership.objects.select_related("state")
    serializer_class = CouncilMembershipSerializer
    filterset_fields = ["year", "seat"]


router.register("states", StateViewSet, basename="state")
router.register("organizations", OrganizationViewSet, basename="organization")
router.register("points-of-contact", PointOfContactViewSet, basename="pointofcontact")
router.register("council-memberships", CouncilMembershipViewSet, basename="councilmembership")
