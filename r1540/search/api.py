"""Search through the REST API: the same search, the same rules, as the search page."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from r1540.core.api import RequestLanguageMixin, router
from r1540.core.schema import SingleObjectSchema
from r1540.search import selectors
from r1540.search.forms import SearchForm


class SearchHitSerializer(serializers.Serializer):
    kind = serializers.CharField(source="entry.kind")
    kind_label = serializers.CharField(source="label")
    id = serializers.IntegerField(source="entry.object_id")
    language = serializers.CharField(source="entry.language")
    title = serializers.CharField(source="entry.title")
    summary = serializers.CharField(source="entry.summary")
    state = serializers.CharField(source="entry.state.iso3", default=None)
    year = serializers.IntegerField(source="entry.year", allow_null=True)
    url = serializers.CharField()
    other_languages = serializers.ListField(child=serializers.CharField())


class SearchResultsSerializer(serializers.Serializer):
    count = serializers.IntegerField(source="page.paginator.count")
    page = serializers.IntegerField(source="page.number")
    pages = serializers.IntegerField(source="page.paginator.num_pages")
    truncated = serializers.BooleanField()
    kinds = serializers.SerializerMethodField()
    results = SearchHitSerializer(source="hits", many=True)

    def get_kinds(self, results) -> dict[str, int]:
        return {kind: count for kind, _label, count in results.kinds}


class SearchViewSet(RequestLanguageMixin, viewsets.ViewSet):
    """Full-text search across everything the caller may see, in the six languages (Chinese
    is cut into words, so a two-character word such as 武器 is found). One result per item,
    in the caller's language (Accept-Language) where it matched in it."""

    schema = SingleObjectSchema()

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, required=True, description="Words to find (all must be present)."),
            OpenApiParameter("kind", str, description="One kind of item, e.g. event, report, matrix."),
            OpenApiParameter("state", str, description="ISO 3166 alpha-3 code of a State."),
            OpenApiParameter("year", int),
            OpenApiParameter("language", str, description="Only texts in this language (en, zh-hans, ar…)."),
            OpenApiParameter("page", int),
        ],
        responses=SearchResultsSerializer,
    )
    def list(self, request):
        form = SearchForm(request.query_params)
        if not form.is_valid():
            raise ValidationError(form.errors)
        if not form.cleaned_data["q"].strip():
            raise ValidationError({"q": [SearchForm.base_fields["q"].error_messages["required"]]})
        results = selectors.search(
            form.cleaned_data["q"], request.user, page=request.query_params.get("page", 1), **form.options()
        )
        return Response(SearchResultsSerializer(results).data)


router.register("search", SearchViewSet, basename="search")
