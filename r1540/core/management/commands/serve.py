"""``runserver`` plus a task worker in the same process: the embedded set-up in one command.

Production runs gunicorn and separate ``manage.py db_worker`` processes instead (README).
"""

import threading

from django.conf import settings
from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django_tasks_db.management.commands.db_worker import Worker


def build_worker(*, queue_names=("*",), batch: bool = False, worker_id: str = "inprocess") -> Worker:
    """A database-backed task worker; ``batch`` stops it once the queue is empty."""
    return Worker(
        queue_names=list(queue_names),
        interval=0 if batch else 1.0,
        batch=batch,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=worker_id,
        excluded_queue_names=[],
    )


def start_inprocess_worker() -> threading.Thread:
    thread = threading.Thread(target=build_worker().run, name="r1540-task-worker", daemon=True)
    thread.start()
    return thread


class Command(RunserverCommand):
    help = "Serve r1540 for development or a demo, with an in-process task worker."

    def inner_run(self, *args, **options):
        if settings.TASKS_MODE == "database":
            start_inprocess_worker()
            self.stdout.write("Task worker running in this process (queues: all).")
        super().inner_run(*args, **options)
