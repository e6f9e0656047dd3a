"""Case-insensitive search that works in every script, on PostgreSQL and on SQLite.

SQLite's LIKE and LOWER fold ASCII letters only, so ``icontains`` would miss "Индонезия" for
"индонезия". The ``folded`` transform lowers text with the database's LOWER on PostgreSQL and
with Python's ``str.lower`` (registered as an SQL function) on SQLite::

    State.objects.filter(name_ru__folded__contains="индонезия")
"""

from django.db.backends.signals import connection_created
from django.db.models import CharField, TextField, Transform

SQLITE_FUNCTION = "r1540_lower"


class Folded(Transform):
    lookup_name = "folded"
    function = "LOWER"

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function=SQLITE_FUNCTION, **extra_context)


def _lower(value):
    return value.lower() if isinstance(value, str) else value


def _register_sqlite_function(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function(SQLITE_FUNCTION, 1, _lower, deterministic=True)


def install() -> None:
    CharField.register_lookup(Folded)
    TextField.register_lookup(Folded)
    connection_created.connect(_register_sqlite_function, dispatch_uid="r1540-sqlite-lower")
