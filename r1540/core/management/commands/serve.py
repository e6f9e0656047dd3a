"""``runserver`` plus a task worker in the same process: the embedded set-up in one command.

Production runs gunicorn and separate ``manage.py db_worker`` processes instead (README).
"""

import threading

from django.conf import settings
from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand
from django_tasks_db.management.commands.db_worker import Worker


def start_inprocess_worker() -> threading.Thread:
    worker = Worker(
        queue_names=["*"],
        interval=1.0,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="inprocess",
        excluded_queue_names=[],
    )
    thread = threading.Thread(target=worker.run, name="r1540-task-worker", daemon=True)
    thread.start()
    return thread


class Command(RunserverCommand):
    help = "Serve r1540 for development or a demo, with an in-process task worker."

    def inner_run(self, *args, **options):
        if settings.TASKS_MODE == "database":
            start_inprocess_worker()
            self.stdout.write("Task worker running in this process (queues: all).")
        super().inner_run(*args, **options)
