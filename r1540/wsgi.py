"""WSGI entry point (gunicorn r1540.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "r1540.settings")
application = get_wsgi_application()
