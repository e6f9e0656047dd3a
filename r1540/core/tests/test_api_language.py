"""The API answers in the caller's language and gives the thread back in the language it had."""

from django.utils import translation
from django.utils.translation import gettext_lazy
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory
from rest_framework.views import APIView

from r1540.core.api import RequestLanguageMixin


class Echo(RequestLanguageMixin, APIView):
    authentication_classes = []
    permission_classes = []

    def get(self, request):
        # A lazy text, put in words only when the answer is rendered.
        return Response({"language": translation.get_language(), "text": gettext_lazy("This field is required.")})


class Guarded(Echo):
    permission_classes = [IsAuthenticated]


def test_the_answer_is_in_the_callers_language_and_the_language_is_restored():
    translation.activate("en")
    response = Echo.as_view()(APIRequestFactory().get("/echo/", HTTP_ACCEPT_LANGUAGE="fr"))
    assert response.data["language"] == "fr"
    assert "Ce champ est obligatoire." in response.content.decode()
    assert response["Content-Language"] == "fr"
    assert translation.get_language() == "en"


def test_a_refusal_is_in_the_callers_language_and_the_language_is_restored():
    translation.activate("ru")
    response = Guarded.as_view()(APIRequestFactory().get("/echo/", HTTP_ACCEPT_LANGUAGE="es"))
    assert response.status_code == 403
    assert "Usted no tiene permiso" in response.content.decode()
    assert translation.get_language() == "ru"
