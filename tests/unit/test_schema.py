"""The peewee models and the schema the numbered migrations create can never drift apart:
compared table by table, column by column (name, type, NULL), and index by index."""

from __future__ import annotations

import pytest
from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from dsar_desk.store.models import MODELS, database

SQL_TYPES = [  # the most specific field class first
    (ForeignKeyField, "INTEGER"),
    (AutoField, "INTEGER"),
    (BooleanField, "INTEGER"),
    (IntegerField, "INTEGER"),
    (DateTimeField, "DATETIME"),
    (DateField, "DATE"),
    (BlobField, "BLOB"),
    (TextField, "TEXT"),
    (CharField, "VARCHAR(255)"),
]


def sql_type(field) -> str:
    for cls, name in SQL_TYPES:
        if isinstance(field, cls):
            return name
    raise AssertionError(f"no SQL type known for {field!r}")


@pytest.mark.sqlite_only  # the team server's schema: tests/unit/test_team.py
def test_every_model_matches_its_table_column_by_column(db):
    tables = {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'").fetchall()}
    problems = []
    for model in MODELS:
        table = model._meta.table_name
        if table not in tables:
            problems.append(f"{table}: no such table")
            continue
        columns = {row[1]: row for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        for name in sorted(set(columns) - set(fields)):
            problems.append(f"{table}.{name}: in the table, not in the model")
        for name in sorted(set(fields) - set(columns)):
            problems.append(f"{table}.{name}: in the model, not in the table")
        for name in sorted(set(columns) & set(fields)):
            _, _, declared, not_null, _, primary = columns[name]
            field = fields[name]
            if declared.upper() != sql_type(field):
                problems.append(f"{table}.{name}: table says {declared}, model {sql_type(field)}")
            if bool(not_null or primary) == bool(field.null):
                problems.append(f"{table}.{name}: table {'NOT NULL' if not_null else 'NULL'}, model null={field.null}")
    assert not problems, "\n".join(problems)
    # The search index (FTS5 case_search and its shadow tables) is SQLite's, not a model.
    assert len(MODELS) == len([t for t in tables if not t.startswith(("sqlite_", "case_search"))]), sorted(tables)


@pytest.mark.sqlite_only
def test_every_index_of_the_models_exists_with_its_uniqueness(db):
    problems = []
    for model in MODELS:
        table = model._meta.table_name
        existing = {}
        for _, name, unique, *_ in db.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
            cols = tuple(r[2] for r in db.execute_sql(f'PRAGMA index_info("{name}")').fetchall())
            existing[cols] = bool(unique)
        wanted = []
        for columns, unique in model._meta.indexes:
            names = tuple(model._meta.fields[c].column_name for c in columns)
            wanted.append((names, unique))
        for field in model._meta.sorted_fields:
            if field.unique and not field.primary_key:
                wanted.append(((field.column_name,), True))
        for names, unique in wanted:
            if names not in existing:
                problems.append(f"{table}{names}: no such index")
            elif existing[names] != bool(unique):
                problems.append(f"{table}{names}: unique={existing[names]} in the table, {unique} in the model")
    assert not problems, "\n".join(problems)


@pytest.mark.sqlite_only
def test_the_comparison_sees_a_column_the_migrations_lack(db):
    """The check itself: a column added to a model but not by a migration is reported."""
    from dsar_desk.store.models import Case

    field = CharField(default="")
    Case._meta.add_field("invented", field)
    try:
        columns = {row[1] for row in database.execute_sql('PRAGMA table_info("case")').fetchall()}
        assert "invented" in {f.column_name for f in Case._meta.sorted_fields} - columns
    finally:
        Case._meta.remove_field("invented")
