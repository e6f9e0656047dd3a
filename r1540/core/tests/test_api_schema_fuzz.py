"""Schemathesis over the whole API, in-process: every operation of the OpenAPI document, fed
generated parameters and bodies, anonymously and with an expert's API token. No answer may be a
server error, and every answer must be what the document says (status, content type, body).

Bounded and deterministic: a fixed number of examples per operation, derandomized, no deadline.
"""

from __future__ import annotations

import contextlib

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from r1540.core.roles import PUBLIC, Role

EXAMPLES_PER_OPERATION = 10
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
FUZZ = hypothesis_settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # a failure is reported as found, not shrunk
    suppress_health_check=list(HealthCheck),
)


def api_schema():
    """The document ``/api/schema/`` serves, as the WSGI application under test sees it."""
    loaded = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
    loaded.app = get_wsgi_application()
    return loaded


def run_operation(operation, headers: dict) -> list[str]:
    """Fuzz one operation; the failures found, as text."""
    failures: list[str] = []

    @FUZZ
    @given(case=operation.as_strategy())
    def fuzz(case):
        try:
            case.call_and_validate(headers=headers, checks=CHECKS)
        except (Exception, BaseExceptionGroup) as error:  # noqa: BLE001 - collected: one run reports every operation
            failures.append("{} {}: {}".format(operation.method.upper(), operation.path, str(error)[:1500]))
            raise

    with contextlib.suppress(Exception, BaseExceptionGroup):  # recorded in failures
        fuzz()
    return failures[:1]


@pytest.fixture
def wsgi_keeps_the_test_connection():
    """The WSGI handler closes the database connection after each request, as a server should;
    in a test that is the test's own transaction (Django's test client disconnects the same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.usefixtures("wsgi_keeps_the_test_connection")
@pytest.mark.parametrize("role", [PUBLIC, Role.EXPERT])
def test_every_operation_answers_as_documented(role, world, cast, settings):
    settings.ALLOWED_HOSTS = ["*"]
    settings.R1540_ANALYTICS = False
    headers = {}
    if cast[role] is not None:
        headers["Authorization"] = "Token {}".format(Token.objects.create(user=cast[role]).key)
    failures = []
    operations = 0
    for result in api_schema().get_all_operations():
        operations += 1
        failures.extend(run_operation(result.ok(), headers))
    assert operations > 50
    assert failures == [], "\n\n".join(failures)
