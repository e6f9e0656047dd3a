"""Background work through the database queue, as the embedded set-up and production run it."""

import logging
import signal

import pytest
from django.core import mail
from django.core.mail import BadHeaderError
from django.core.management import call_command
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from r1540 import settings as project_settings
from r1540.core.management.commands.serve import build_worker
from r1540.core.tasks import send_email

#: What settings.py builds for R1540_TASKS=database (the default outside the tests).
DATABASE_TASKS = {"default": {**project_settings._TASK_BACKENDS["database"], "QUEUES": ["default", "mail"]}}


@pytest.fixture
def database_tasks(settings, transactional_db):
    """The ``database`` task mode of settings.py; the worker takes its own transactions."""
    settings.TASKS = DATABASE_TASKS
    return settings


def worker(queue_names=("*",)):
    """The in-process worker of ``manage.py serve``, but stopping once the queue is empty."""
    return build_worker(queue_names=queue_names, batch=True, worker_id="test-worker")


def enqueue_mail():
    return send_email.enqueue(subject="Hello", body="From the queue", to=["poc@example.org"], html_body="<p>Hi</p>")


def test_the_database_mode_is_the_django_tasks_db_backend():
    assert project_settings._TASK_BACKENDS["database"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_send_email_is_stored_and_waits_for_a_worker(database_tasks):
    result = enqueue_mail()

    stored = DBTaskResult.objects.get(id=result.id)
    assert stored.status == TaskResultStatus.READY
    assert stored.queue_name == "mail"
    assert stored.task_path == "r1540.core.tasks.send_email"
    assert result.status == TaskResultStatus.READY
    assert mail.outbox == []


def test_the_worker_sends_the_queued_mail_and_records_success(database_tasks):
    result = enqueue_mail()

    worker().run()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert (message.subject, message.body, message.to) == ("Hello", "From the queue", ["poc@example.org"])
    assert message.alternatives[0].content == "<p>Hi</p>"
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 1
    assert result.finished_at is not None
    assert DBTaskResult.objects.ready().count() == 0


def test_a_worker_of_the_default_queue_leaves_mail_to_the_mail_worker(database_tasks):
    result = enqueue_mail()

    worker(queue_names=["default"]).run()
    assert mail.outbox == []
    result.refresh()
    assert result.status == TaskResultStatus.READY

    worker(queue_names=["mail"]).run()
    assert len(mail.outbox) == 1
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL


@pytest.fixture
def command_side_effects():
    """``db_worker`` sets its loggers' levels and installs signal handlers; put them back."""
    loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
    levels = [logger.level for logger in loggers]
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    yield
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)
    for number, handler in handlers.items():
        signal.signal(number, handler)


def test_the_db_worker_command_of_the_readme_sends_the_mail(database_tasks, command_side_effects):
    result = enqueue_mail()

    call_command("db_worker", "--queue-name", "mail", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)

    assert len(mail.outbox) == 1
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL


def test_a_failed_send_is_recorded_as_failed_and_the_worker_goes_on(database_tasks):
    failing = send_email.enqueue(subject="Hello", body="Nobody", to=["poc@example.org\nBcc: x@example.org"])
    result = enqueue_mail()

    worker().run()

    failing.refresh()
    assert failing.status == TaskResultStatus.FAILED
    assert failing.errors[-1].exception_class is BadHeaderError  # no header injection

    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert [message.to for message in mail.outbox] == [["poc@example.org"]]
