"""The Django Tasks API, from Django itself once it ships it (6.0+), else the backport.

Moving to Django 6 changes nothing in the apps: they import ``task`` from here.
"""

try:
    from django.tasks import default_task_backend, task, task_backends  # type: ignore[attr-defined]
except ImportError:  # Django 5.2 with the django-tasks backport
    from django_tasks import default_task_backend, task, task_backends

__all__ = ["default_task_backend", "task", "task_backends"]
