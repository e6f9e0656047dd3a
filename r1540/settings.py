"""Settings for r1540, driven by environment variables.

Defaults give the embedded set-up (SQLite in ./data, e-mail to the console, tasks in the
database with an in-process worker). Production sets at least DJANGO_SECRET_KEY,
DJANGO_ALLOWED_HOSTS and DATABASE_URL (PostgreSQL); see README.md, "Production".
"""

import datetime
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = PACKAGE_DIR.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DATA_DIR = Path(env.str("R1540_DATA_DIR", default=str(BASE_DIR / "data")))
# Development is the default, as for `make run`; production sets DJANGO_DEBUG=false.
DEBUG = env.bool("DJANGO_DEBUG", default=True)

_DEV_SECRET_KEY = "r1540-development-only-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105  (refused when DEBUG is off)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=_DEV_SECRET_KEY)
if not DEBUG and SECRET_KEY == _DEV_SECRET_KEY:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY when DJANGO_DEBUG is false.")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes first.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.forms",  # its widget templates, for the form renderer below
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "django_tables2",
    "django_htmx",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "r1540.core",
    "r1540.directory",
    "r1540.reporting",
    "r1540.matrices",
    "r1540.assistance",
    "r1540.programme",
    "r1540.outreach",
    "r1540.translations",
    "r1540.analytics",
    "r1540.public",
    "r1540.search",  # last: its demo indexes what the others loaded
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so that static files carry the security headers too.
    "csp.middleware.CSPMiddleware",
    "r1540.core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "r1540.analytics.middleware.PageViewMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "r1540.core.middleware.IdleTimeoutMiddleware",
    "r1540.core.middleware.TwoFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

# Widgets render with the project's templates, so r1540/templates/core/widgets/ can shape them.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

ROOT_URLCONF = "r1540.urls"
WSGI_APPLICATION = "r1540.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "r1540.core.context_processors.platform",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default="sqlite:///{}".format(DATA_DIR / "r1540.sqlite3")),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the in-process worker write while pages read; IMMEDIATE avoids
    # "database is locked" upgrades inside write transactions.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://r1540")}

# --- Background work (Django Tasks API) ------------------------------------------------
# database: django-tasks-db; any number of `manage.py db_worker` processes share the queue
#           (on PostgreSQL across machines); `manage.py serve` also runs one in-process.
# immediate: run each task at once in the process that enqueues it.
# rq: Redis + `manage.py rqworker --job-class django_tasks_rq.backend.Job`.
_TASK_BACKENDS = {
    "database": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "rq": {"BACKEND": "django_tasks_rq.RQBackend"},
}
TASKS_MODE = env.str("R1540_TASKS", default="database")
TASKS = {"default": {**_TASK_BACKENDS[TASKS_MODE], "QUEUES": ["default", "mail"]}}
if TASKS_MODE == "rq":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {
        name: {"URL": env.str("REDIS_URL", default="redis://127.0.0.1:6379/0")} for name in TASKS["default"]["QUEUES"]
    }

# --- Authentication ---------------------------------------------------------------------
AUTH_USER_MODEL = "core.User"
LOGIN_URL = "core:login"
LOGIN_REDIRECT_URL = "public:home"
LOGOUT_REDIRECT_URL = "public:home"
AUTHENTICATION_BACKENDS = [
    # First: refuses any sign-in while the account or the address is locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# How many reverse proxies in front of the site append to X-Forwarded-For. 0 (the default): the
# header is ignored and the client is the connection's address, so a client cannot pick its own
# address for the sign-in lock-out, the reset-mail limit or the API throttle.
NUM_PROXIES = env.int("R1540_NUM_PROXIES", default=0)

# Lock-out after repeated sign-in failures (django-axes), per account and per address separately;
# every sign-in and failure is kept (who, when, from where) and shown to administrators in /admin/.
AXES_FAILURE_LIMIT = env.int("R1540_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("R1540_LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "r1540.core.accounts.client_ip"
AXES_LOCKOUT_CALLABLE = "r1540.core.views.accounts.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False

# Password-reset mails: at most so many per hour for one address (e-mail) and from one client.
R1540_PASSWORD_RESET_PER_EMAIL = env.int("R1540_PASSWORD_RESET_PER_EMAIL", default=3)
R1540_PASSWORD_RESET_PER_CLIENT = env.int("R1540_PASSWORD_RESET_PER_CLIENT", default=10)

# Two-factor authentication (TOTP, django-otp): offered to these roles, required of the second list
# (not configurable from the environment: production always requires it of administrators).
R1540_TWO_FACTOR_ROLES = ["expert", "secretariat", "delegation", "administrator"]
R1540_TWO_FACTOR_REQUIRED_ROLES = ["administrator"]
OTP_TOTP_ISSUER = "r1540"

# A signed-in session ends after this many minutes without a request.
SESSION_IDLE_TIMEOUT = 60 * env.int("R1540_SESSION_IDLE_MINUTES", default=30)

# --- Languages ----------------------------------------------------------------------------
# The six official languages of the United Nations, in the UN's own order.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/New_York"  # the Committee sits at UN Headquarters
FORMS_URLFIELD_ASSUME_HTTPS = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

# --- Static files and uploads ---------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
# Nothing serves MEDIA_URL: uploaded files go out only through the view at /files/, which asks
# the owning object's policy (r1540/core/files.py). Stored names carry a random folder.
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
# The matrices' expensive downloads, built once per change by the task workers and served from
# here (r1540/matrices/downloads.py): the web processes and the workers must share this folder.
R1540_DOWNLOAD_DIR = Path(env.str("R1540_DOWNLOAD_DIR", default=str(DATA_DIR / "downloads")))
# django: the view sends the bytes. nginx: the view answers with X-Accel-Redirect to
# R1540_FILE_ACCEL_PREFIX + the stored name, an `internal` location aliased to MEDIA_ROOT (README).
R1540_FILE_SERVING = env.str("R1540_FILE_SERVING", default="django")
if R1540_FILE_SERVING not in ("django", "nginx"):
    raise ImproperlyConfigured("R1540_FILE_SERVING is django or nginx.")
R1540_FILE_ACCEL_PREFIX = env.str("R1540_FILE_ACCEL_PREFIX", default="/protected-media/")

# Upload limits (r1540/core/uploads.py). A document is kept and served, never parsed; a workbook
# is parsed, so each of its parts is bounded before openpyxl opens it.
_MB = 1024 * 1024
R1540_MAX_DOCUMENT_BYTES = env.int("R1540_MAX_DOCUMENT_BYTES", default=25 * _MB)
R1540_MAX_WORKBOOK_BYTES = env.int("R1540_MAX_WORKBOOK_BYTES", default=5 * _MB)
R1540_MAX_WORKBOOK_PART_BYTES = env.int("R1540_MAX_WORKBOOK_PART_BYTES", default=10 * _MB)
R1540_MAX_WORKBOOK_UNPACKED_BYTES = env.int("R1540_MAX_WORKBOOK_UNPACKED_BYTES", default=40 * _MB)
R1540_MAX_WORKBOOK_PARTS = env.int("R1540_MAX_WORKBOOK_PARTS", default=200)
R1540_MAX_WORKBOOK_STRINGS = env.int("R1540_MAX_WORKBOOK_STRINGS", default=50_000)
R1540_MAX_WORKBOOK_ROWS = env.int("R1540_MAX_WORKBOOK_ROWS", default=5_000)
# Bytes past the largest cap are dropped as they arrive; the form then refuses the file by size.
FILE_UPLOAD_HANDLERS = [
    "r1540.core.uploads.BoundedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
FILE_UPLOAD_MAX_MEMORY_SIZE = env.int("DJANGO_FILE_UPLOAD_MAX_MEMORY_SIZE", default=int(2.5 * _MB))
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("DJANGO_DATA_UPLOAD_MAX_MEMORY_SIZE", default=int(2.5 * _MB))
DATA_UPLOAD_MAX_NUMBER_FIELDS = env.int("DJANGO_DATA_UPLOAD_MAX_NUMBER_FIELDS", default=1000)
DATA_UPLOAD_MAX_NUMBER_FILES = env.int("DJANGO_DATA_UPLOAD_MAX_NUMBER_FILES", default=10)
FILE_UPLOAD_PERMISSIONS = 0o640
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# --- E-mail ------------------------------------------------------------------------------
EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="r1540 <no-reply@r1540.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- API -----------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first, so an anonymous caller is told 401 (sign in) rather than 403.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["r1540.core.permissions.PolicyPermission"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "r1540.core.pagination.Pagination",
    "PAGE_SIZE": 250,
    "DEFAULT_SCHEMA_CLASS": "r1540.core.schema.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": env.str("R1540_API_ANON_RATE", default="600/minute")},
    # Without it DRF keys the anonymous throttle on the client's own X-Forwarded-For.
    "NUM_PROXIES": NUM_PROXIES,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "r1540 API",
    "DESCRIPTION": (
        "Open data and services of the Security Council Committee established pursuant to "
        "resolution 1540 (2004). Anonymous callers see published data only."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    # No validator badge: it would ask an outside service about our schema.
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "RegionalGroupEnum": "r1540.directory.choices.RegionalGroup",
        "WeaponEnum": "r1540.core.vocabulary.Weapon",
        "LegalColumnEnum": "r1540.matrices.choices.LegalColumn",
        "LanguageEnum": LANGUAGES,
        "ReportChannelEnum": "r1540.reporting.choices.Channel",
        "AssistanceChannelEnum": "r1540.assistance.choices.Channel",
        "EventConfidenceEnum": "r1540.outreach.choices.Confidence",
        "DatePrecisionEnum": "r1540.outreach.choices.DatePrecision",
        "StateStatusEnum": "r1540.directory.choices.StateStatus",
        "ReportingConfidenceEnum": "r1540.reporting.choices.Confidence",
    },
}

# Reasons for changes can be long; keep them whole.
SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True
SIMPLE_HISTORY_REVERT_DISABLED = True

# Website use: count page views per page, section and language per day (no personal data).
R1540_ANALYTICS = env.bool("R1540_ANALYTICS", default=True)

DJANGO_TABLES2_TEMPLATE = "core/table.html"
DJANGO_TABLES2_TABLE_ATTRS = {"class": "table table-sm table-hover align-middle"}

# --- Security (production) ----------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Every response (pages, API, files, errors): scripts, styles, fonts and images from this server
# only, no inline script or style, no plugin, no framing. The Redoc page alone adds what Redoc
# needs (r1540/core/views/api_docs.py). data: images are Bootstrap's SVG icons in its CSS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
R1540_PERMISSIONS_POLICY = ", ".join(
    "{}=()".format(feature)
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("R1540_LOG_LEVEL", default="WARNING")},
    "loggers": {"django_tasks_db": {"level": "INFO"}},
}
