"""Test settings: the real settings with faster hashing and no outside effects."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tasks run where they are enqueued, so a test sees their effect without a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default", "mail"]}}
# Built downloads go to a folder of this test process, removed at its end.
R1540_DOWNLOAD_DIR = Path(tempfile.mkdtemp(prefix="r1540-test-downloads-"))
atexit.register(shutil.rmtree, R1540_DOWNLOAD_DIR, ignore_errors=True)
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}  # noqa: F405

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not the in-memory default: the live server of the browser tests then has its own
    # connection instead of sharing the test thread's, which can deadlock. pytest-xdist gives
    # each worker its own file (the name gets a _gw<N> suffix).
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-r1540.sqlite3")}  # noqa: F405

# The cast signs in with the test client's force_login, which cannot carry a second factor; the
# tests of the rule (core/tests/test_two_factor.py) turn it back on with the production value.
R1540_TWO_FACTOR_REQUIRED_ROLES_IN_PRODUCTION = R1540_TWO_FACTOR_REQUIRED_ROLES
R1540_TWO_FACTOR_REQUIRED_ROLES = []
