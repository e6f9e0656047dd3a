"""The full-text index over ``search_text``, in each database's own way (see models.py).

SQLite: an external-content FTS5 table kept in step by triggers; the text is already cut
into words (jieba for Chinese), so the plain unicode61 tokenizer suffices (diacritics are
already removed by ``search.text.normalise``).
PostgreSQL: a generated tsvector column (config 'simple': no stemming, right for text cut
by us and for Chinese, for which PostgreSQL has no configuration) with a GIN index, and a
trigram index on titles for the ``icontains`` filters of the lists.
"""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE search_searchentry_fts USING fts5(
        search_text, content='search_searchentry', content_rowid='id', tokenize='unicode61 remove_diacritics 0')""",
    """CREATE TRIGGER search_searchentry_ai AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER search_searchentry_ad AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text); END""",
    """CREATE TRIGGER search_searchentry_au AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO search_searchentry_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER search_searchentry_au",
    "DROP TRIGGER search_searchentry_ad",
    "DROP TRIGGER search_searchentry_ai",
    "DROP TABLE search_searchentry_fts",
]
POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED""",
    "CREATE INDEX search_searchentry_vector ON search_searchentry USING gin (search_vector)",
    "CREATE INDEX search_searchentry_title_trgm ON search_searchentry USING gin (title gin_trgm_ops)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX search_searchentry_title_trgm",
    "DROP INDEX search_searchentry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
    ]
