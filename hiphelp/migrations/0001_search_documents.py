import django.db.models.deletion
from django.db import migrations, models

# The full-text indexes are the database's own, so they are written in its SQL. Triggers keep
# them in step with the search table however rows reach it (the index code, loaddata, a restore).
SQLITE = [
    # Words (stemmed English, accents folded) for most languages; trigrams for Chinese, whose
    # words are not separated by spaces. Both read the search table itself (external content).
    "CREATE VIRTUAL TABLE hiphelp_search_words USING fts5(title, keywords, headings, summary, body, "
    "content='hiphelp_searchdocument', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE hiphelp_search_trigrams USING fts5(plain, "
    "content='hiphelp_searchdocument', content_rowid='id', tokenize='trigram')",
    """CREATE TRIGGER hiphelp_search_insert AFTER INSERT ON hiphelp_searchdocument BEGIN
      INSERT INTO hiphelp_search_words(rowid, title, keywords, headings, summary, body)
        VALUES (new.id, new.title, new.keywords, new.headings, new.summary, new.body);
      INSERT INTO hiphelp_search_trigrams(rowid, plain) VALUES (new.id, new.plain);
    END""",
    """CREATE TRIGGER hiphelp_search_delete AFTER DELETE ON hiphelp_searchdocument BEGIN
      INSERT INTO hiphelp_search_words(hiphelp_search_words, rowid, title, keywords, headings, summary, body)
        VALUES ('delete', old.id, old.title, old.keywords, old.headings, old.summary, old.body);
      INSERT INTO hiphelp_search_trigrams(hiphelp_search_trigrams, rowid, plain) VALUES ('delete', old.id, old.plain);
    END""",
    """CREATE TRIGGER hiphelp_search_update AFTER UPDATE ON hiphelp_searchdocument BEGIN
      INSERT INTO hiphelp_search_words(hiphelp_search_words, rowid, title, keywords, headings, summary, body)
        VALUES ('delete', old.id, old.title, old.keywords, old.headings, old.summary, old.body);
      INSERT INTO hiphelp_search_trigrams(hiphelp_search_trigrams, rowid, plain) VALUES ('delete', old.id, old.plain);
      INSERT INTO hiphelp_search_words(rowid, title, keywords, headings, summary, body)
        VALUES (new.id, new.title, new.keywords, new.headings, new.summary, new.body);
      INSERT INTO hiphelp_search_trigrams(rowid, plain) VALUES (new.id, new.plain);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS hiphelp_search_update",
    "DROP TRIGGER IF EXISTS hiphelp_search_delete",
    "DROP TRIGGER IF EXISTS hiphelp_search_insert",
    "DROP TABLE IF EXISTS hiphelp_search_trigrams",
    "DROP TABLE IF EXISTS hiphelp_search_words",
]

# pg_trgm ships with Debian's postgresql package and is a trusted extension (PostgreSQL 13+):
# the database's owner may create it. English is stemmed; other languages are matched as written.
POSTGRESQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE hiphelp_searchdocument ADD COLUMN vector tsvector",
    """CREATE FUNCTION hiphelp_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      config regconfig := CASE WHEN NEW.language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END;
    BEGIN
      NEW.vector := setweight(to_tsvector(config, NEW.title || ' ' || NEW.keywords), 'A')
        || setweight(to_tsvector(config, NEW.headings), 'B')
        || setweight(to_tsvector(config, NEW.summary), 'C')
        || setweight(to_tsvector(config, NEW.body), 'D');
      RETURN NEW;
    END $$""",
    "CREATE TRIGGER hiphelp_search_vector BEFORE INSERT OR UPDATE ON hiphelp_searchdocument "
    "FOR EACH ROW EXECUTE FUNCTION hiphelp_search_vector()",
    "CREATE INDEX hiphelp_search_vector_gin ON hiphelp_searchdocument USING gin (vector)",
    "CREATE INDEX hiphelp_search_plain_trgm ON hiphelp_searchdocument USING gin (plain gin_trgm_ops)",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER IF EXISTS hiphelp_search_vector ON hiphelp_searchdocument",
    "DROP FUNCTION IF EXISTS hiphelp_search_vector()",
    "DROP INDEX IF EXISTS hiphelp_search_plain_trgm",
    "DROP INDEX IF EXISTS hiphelp_search_vector_gin",
    "ALTER TABLE hiphelp_searchdocument DROP COLUMN IF EXISTS vector",
]


def run(statements):
    def apply(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, ()):
            schema_editor.execute(sql, params=None)

    return apply


class Migration(migrations.Migration):
    initial = True

    dependencies = [("contenttypes", "0002_remove_content_type_name")]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("object_id", models.PositiveBigIntegerField()),
                ("language", models.CharField(max_length=10)),
                ("kind", models.CharField(max_length=20)),
                ("url", models.CharField(max_length=500)),
                ("title", models.CharField(max_length=300)),
                ("context", models.CharField(blank=True, max_length=300)),
                ("keywords", models.TextField(blank=True)),
                ("headings", models.TextField(blank=True)),
                ("summary", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("plain", models.TextField(blank=True)),
                ("anchors", models.JSONField(blank=True, default=list)),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="contenttypes.contenttype"
                    ),
                ),
            ],
            options={
                "indexes": [models.Index(fields=["language", "kind"], name="search_language_kind")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("content_type", "object_id", "language"), name="unique_search_document"
                    )
                ],
            },
        ),
        migrations.RunPython(
            run({"sqlite": SQLITE, "postgresql": POSTGRESQL}),
            run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}),
        ),
    ]
