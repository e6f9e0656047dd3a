"""The REST API's shared parts: the router, the permission class and the base viewset.

Apps register their viewsets on ``router`` in their own ``api.py``; ``r1540/urls.py``
imports those modules. Every viewset asks the model's policy (``core.permissions``), the
same one the pages ask.
"""

from __future__ import annotations

from django.conf import settings
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter

from r1540.core.audit import change_log
from r1540.core.fields import CodeListField, KnownCodes, codes_of
from r1540.core.i18n import field_for_language
from r1540.core.limits import cap_serializer_field
from r1540.core.permissions import policy_for


class Router(DefaultRouter):
    include_format_suffixes = False


router = Router()


def query_values(request, form_class) -> dict:
    """The query string of an API action, parsed by ``form_class`` (a ``QueryForm``): a bad
    value is a 400 naming the parameter, never a server error."""
    form = form_class(request.query_params)
    if not form.is_valid():
        raise serializers.ValidationError(form.errors)
    return form.values()


class BoundedTextMixin:
    """A serializer whose writable text fields are all length-limited (``core.limits``)."""

    def get_fields(self):
        fields = super().get_fields()
        for field in fields.values():
            cap_serializer_field(field)
        return fields


class RequestLanguageMixin:
    """Answer in the caller's language (Accept-Language; the API has no language prefix in its
    paths), and give the thread back in the language it had: the caller's language holds for
    this answer only, its rendering included."""

    def dispatch(self, request, *args, **kwargs):
        language = translation.get_language_from_request(request, check_path=False)
        with translation.override(language):
            response = super().dispatch(request, *args, **kwargs)
            if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
                response.render()  # lazy texts are put in words while the caller's language holds
            response.headers.setdefault("Content-Language", language)
        return response


class PolicyViewSetMixin(RequestLanguageMixin):
    """Narrow the queryset to what the caller may see, in the caller's language."""

    def get_queryset(self):
        queryset = super().get_queryset()
        return policy_for(queryset.model).visible(self.request.user, queryset)


class ReadOnlyViewSet(PolicyViewSetMixin, viewsets.ReadOnlyModelViewSet):
    pass


@extend_schema_field(
    {
        "type": "object",
        "description": "The value in each of the six UN languages, keyed by language code.",
        # A language not yet translated is null.
        "properties": {code: {"type": "string", "nullable": True} for code, _name in settings.LANGUAGES},
    }
)
class TranslatedField(serializers.Field):
    """All six language versions of a django-modeltranslation field."""

    def __init__(self, field: str | None = None, **kwargs):
        self.translated_field = field
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        field = self.translated_field or self.field_name
        return {code: getattr(instance, field_for_language(field, code)) for code, _name in settings.LANGUAGES}


class CodeListSerializerField(serializers.ListField):
    """A coded list in the API: a JSON list of codes, each one of the vocabulary's (which the
    OpenAPI document lists as an enum). Every ``ModelSerializer`` maps a ``CodeListField`` to it."""

    def __init__(self, *, vocabulary=None, **kwargs):
        for validator in kwargs.get("validators", []):
            if isinstance(validator, KnownCodes):
                vocabulary = validator.vocabulary
        kwargs.pop("max_length", None)  # the stored text's length, not a number of items
        kwargs.setdefault("required", False)
        child = serializers.ChoiceField(choices=vocabulary.choices) if vocabulary else serializers.CharField()
        super().__init__(child=child, **kwargs)

    def to_representation(self, value):
        return codes_of(value)


serializers.ModelSerializer.serializer_field_mapping[CodeListField] = CodeListSerializerField


class ChangeSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    action = serializers.CharField()
    user = serializers.CharField(allow_null=True)
    reason = serializers.CharField()
    changes = serializers.ListField(child=serializers.DictField())


class HistoryMixin:
    @extend_schema(responses=ChangeSerializer(many=True))
    @action(detail=True, methods=["get"])
    def history(self, request, *args, **kwargs):
        """Who changed this record, when, what and why (for those who may see it)."""
        obj = self.get_object()
        if not policy_for(type(obj)).can_view_history(request.user, obj):
            self.permission_denied(request)
        entries = [
            {
                "at": entry.at,
                "action": entry.action,
                "user": str(entry.user) if entry.user else None,
                "reason": entry.reason,
                "changes": [{"field": c.field, "old": _plain(c.old), "new": _plain(c.new)} for c in entry.changes],
            }
            for entry in change_log(obj)
        ]
        return Response(ChangeSerializer(entries, many=True).data)


def _plain(value):
    return value if value is None or isinstance(value, (bool, int, float)) else str(value)
