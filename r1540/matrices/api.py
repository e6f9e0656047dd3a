"""Matrix endpoints of the REST API: templates, versions, their fields and the diff of two."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from r1540.core.api import HistoryMixin, ReadOnlyViewSet, TranslatedField, query_values, router
from r1540.core.filters import MAX_INTEGER
from r1540.core.permissions import policy_for
from r1540.matrices import downloads, exports, filters, forms, selectors
from r1540.matrices.models import MatrixEntry, MatrixRow, MatrixSection, MatrixTemplate, MatrixVersion


class MatrixRowSerializer(serializers.ModelSerializer):
    title = serializers.CharField()
    titles = TranslatedField("title")

    class Meta:
        model = MatrixRow
        fields = ["code", "order", "group", "title", "titles", "weapons", "columns", "provisional", "source"]


class MatrixSectionSerializer(serializers.ModelSerializer):
    title = serializers.CharField()
    titles = TranslatedField("title")
    rows = MatrixRowSerializer(many=True, read_only=True)

    class Meta:
        model = MatrixSection
        fields = ["code", "order", "title", "titles", "layout", "rows"]


class MatrixTemplateSerializer(serializers.ModelSerializer):
    title = serializers.CharField()
    titles = TranslatedField("title")

    class Meta:
        model = MatrixTemplate
        fields = ["code", "year", "title", "titles", "resolutions_cited", "column_wording", "source"]


class MatrixTemplateDetailSerializer(MatrixTemplateSerializer):
    sections = MatrixSectionSerializer(many=True, read_only=True)

    class Meta(MatrixTemplateSerializer.Meta):
        fields = [*MatrixTemplateSerializer.Meta.fields, "sections"]


class MatrixVersionSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    template = serializers.SlugRelatedField(slug_field="code", read_only=True)
    based_on = serializers.SlugRelatedField(slug_field="number", read_only=True)

    class Meta:
        model = MatrixVersion
        fields = [
            "id",
            "state",
            "number",
            "template",
            "stage",
            "based_on",
            "comment_deadline_date",
            "sent_date",
            "returned_date",
            "approved_date",
            "approval_meeting",
            "published_date",
            "is_demo",
        ]


class MatrixEntrySerializer(serializers.ModelSerializer):
    row = serializers.SlugRelatedField(slug_field="code", read_only=True)
    section = serializers.CharField(source="row.section.code", read_only=True)

    class Meta:
        model = MatrixEntry
        fields = [
            "section",
            "row",
            "weapon",
            "column",
            "value",
            "instrument",
            "article",
            "in_force_date",
            "reference",
            "original_language",
            "remarks",
            "source",
            "publishable",
        ]


class FieldChangeSerializer(serializers.Serializer):
    attribute = serializers.CharField()
    old = serializers.CharField(allow_null=True)
    new = serializers.CharField(allow_null=True)


class CellChangeSerializer(serializers.Serializer):
    row = serializers.CharField()
    weapon = serializers.CharField()
    column = serializers.CharField()
    kind = serializers.ChoiceField(choices=["added", "removed", "changed"])
    changes = FieldChangeSerializer(many=True)


class AdherenceFindingSerializer(serializers.Serializer):
    row = serializers.IntegerField(help_text="The row of the OP 1 section.")
    kind = serializers.ChoiceField(choices=["missing", "unsupported"])
    value = serializers.CharField(allow_blank=True)
    instruments = serializers.ListField(child=serializers.DictField())


class TrendsSerializer(serializers.Serializer):
    states = serializers.IntegerField(help_text="Published matrices counted.")
    average = serializers.FloatField(help_text="Average number of fields with measures per matrix.")
    by_section = serializers.ListField(child=serializers.DictField())
    by_weapon = serializers.ListField(child=serializers.DictField())
    by_group = serializers.ListField(child=serializers.DictField())
    by_row = serializers.ListField(child=serializers.DictField())
    by_state = serializers.ListField(child=serializers.DictField())
    distribution = serializers.ListField(child=serializers.DictField())
    by_year = serializers.ListField(child=serializers.DictField())


def _files(types: dict) -> dict:
    """The document a download answers with: one content type per ``kind``."""
    return {(200, content_type.split(";")[0]): OpenApiTypes.BINARY for content_type, _build in types.values()}


class MatrixTemplateViewSet(HistoryMixin, ReadOnlyViewSet):
    """Matrix templates: sections by operative paragraph, rows and the fields each row has."""

    queryset = MatrixTemplate.objects.all()
    lookup_field = "code"

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "retrieve":
            queryset = queryset.prefetch_related("sections__rows")
        return queryset

    def get_serializer_class(self):
        return MatrixTemplateDetailSerializer if self.action == "retrieve" else MatrixTemplateSerializer


class DownloadPendingSerializer(serializers.Serializer):
    detail = serializers.CharField()
    retry_after = serializers.IntegerField(help_text=_lazy("Seconds to wait before asking again."))


class MatrixVersionViewSet(HistoryMixin, ReadOnlyViewSet):
    """Matrix versions of the States. The public sees published versions and only the fields
    each State agreed to publish; a State's POC also its own State's versions under review."""

    queryset = MatrixVersion.objects.select_related("state", "template", "based_on")
    serializer_class = MatrixVersionSerializer
    filterset_class = filters.MatrixVersionFilterSet

    @extend_schema(
        responses=MatrixEntrySerializer(many=True),
        parameters=[
            OpenApiParameter("section", OpenApiTypes.STR),
            OpenApiParameter("row", OpenApiTypes.STR),
            OpenApiParameter("weapon", OpenApiTypes.STR),
            OpenApiParameter("value", OpenApiTypes.STR),
        ],
    )
    @action(detail=True, methods=["get"], filterset_class=None)
    def entries(self, request, *args, **kwargs):
        """The fields of this version that the caller may see."""
        version = self.get_object()
        entries = policy_for(MatrixEntry).visible(request.user, MatrixEntry.objects.filter(version=version))
        entries = entries.select_related("row__section")
        entries = filters.MatrixEntryFilterSet(request.query_params, queryset=entries).qs
        return Response(MatrixEntrySerializer(entries, many=True).data)

    @extend_schema(
        responses=CellChangeSerializer(many=True),
        parameters=[
            OpenApiParameter(
                "against",
                {"type": "integer", "minimum": 1, "maximum": MAX_INTEGER},
                required=True,
                description="The id of the version to compare with.",
            )
        ],
    )
    @action(detail=True, methods=["get"], filterset_class=None)
    def diff(self, request, *args, **kwargs):
        """Field-by-field changes from the version ``against`` to this one."""
        version = self.get_object()
        against = query_values(request, forms.DiffQueryForm)["against"]
        if against is None:
            raise serializers.ValidationError({"against": _("Give the id of a version of the same State.")})
        old = get_object_or_404(self.get_queryset(), pk=against, state_id=version.state_id)
        changes = selectors.version_diff(old, version, request.user)
        data = [
            {
                "row": change.row,
                "weapon": change.weapon,
                "column": change.column,
                "kind": change.kind,
                "changes": [
                    {"attribute": item.attribute, "old": _text(item.old), "new": _text(item.new)}
                    for item in change.changes
                ],
            }
            for change in changes
        ]
        return Response(CellChangeSerializer(data, many=True).data)

    @extend_schema(responses=TrendsSerializer)
    @action(detail=False, methods=["get"], filterset_class=None, pagination_class=None)
    def trends(self, request):
        """Fields with measures in the published matrices, by section, weapon, regional group
        and year, and the distribution of States by their number of such fields."""
        figures = selectors.trends(publishable_only=not policy_for(MatrixEntry).sees_internal(request.user))
        return Response(TrendsSerializer(figures).data)

    @extend_schema(
        responses={**_files(exports.DOCUMENT_TYPES), 202: DownloadPendingSerializer},
        parameters=[
            OpenApiParameter("kind", OpenApiTypes.STR, enum=list(exports.DOCUMENT_TYPES), required=True),
            OpenApiParameter("language", OpenApiTypes.STR, enum=[code for code, _name in settings.LANGUAGES]),
        ],
    )
    @action(detail=True, methods=["get"], filterset_class=None)
    def document(self, request, *args, **kwargs):
        """The version as PDF, Word, Excel or CSV, with the fields the caller may see; headings
        in ``language`` (default: the request's)."""
        version = self.get_object()
        kind, language = _download_options(request, exports.DOCUMENT_TYPES)
        filename = "matrix-{}-v{}-{}.{}".format(version.state.iso3.lower(), version.number, language, kind)
        download = downloads.for_version(version=version, kind=kind, user=request.user, language=language)
        if download is None:  # a draft: built now
            content_type, build = exports.DOCUMENT_TYPES[kind]
            return _attachment(build(version, request.user, language), content_type, filename)
        return _kept_download(download, filename)

    @extend_schema(
        responses={**_files(exports.TABLE_TYPES), 202: DownloadPendingSerializer},
        parameters=[
            OpenApiParameter("kind", OpenApiTypes.STR, enum=list(exports.TABLE_TYPES), required=True),
            OpenApiParameter("language", OpenApiTypes.STR, enum=[code for code, _name in settings.LANGUAGES]),
        ],
    )
    @action(detail=False, methods=["get"], filterset_class=None, pagination_class=None)
    def published(self, request):
        """Every current published matrix in one table, one line per recorded field."""
        kind, language = _download_options(request, exports.TABLE_TYPES)
        download = downloads.published(kind=kind, user=request.user, language=language)
        return _kept_download(download, "published-matrices-{}.{}".format(language, kind))

    @extend_schema(responses=AdherenceFindingSerializer(many=True))
    @action(detail=True, methods=["get"], url_path="adherence-check", filterset_class=None)
    def adherence_check(self, request, *args, **kwargs):
        """Where the OP 1 fields of this version disagree with the State's treaty adherence."""
        version = self.get_object()
        findings = [
            {
                "row": finding.row,
                "kind": finding.kind,
                "value": finding.value,
                "instruments": [{"code": code, "status": status} for code, _name, status in finding.instruments],
            }
            for finding in selectors.adherence_findings(version, request.user)
        ]
        return Response(AdherenceFindingSerializer(findings, many=True).data)


def _download_options(request, types: dict) -> tuple[str, str]:
    kind = request.query_params.get("kind", "")
    if kind not in types:
        raise serializers.ValidationError({"kind": _("Choose one of: {kinds}.").format(kinds=", ".join(types))})
    language = request.query_params.get("language") or request.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        raise serializers.ValidationError({"language": _("Unknown language “{code}”.").format(code=language)})
    return kind, language


def _kept_download(download, filename: str):
    """The file built by a worker, or 202 with ``Retry-After`` while it is being built."""
    response = downloads.serve(download, filename)
    if response is not None:
        return response
    seconds = downloads.RETRY_AFTER_SECONDS
    data = {"detail": _("The file is being prepared; ask again shortly."), "retry_after": seconds}
    return Response(data, status=202, headers={"Retry-After": str(seconds)})


def _attachment(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = 'attachment; filename="{}"'.format(filename)
    return response


def _text(value):
    return None if value is None else str(value)


router.register("matrix-templates", MatrixTemplateViewSet, basename="matrixtemplate")
router.register("matrix-versions", MatrixVersionViewSet, basename="matrixversion")
