"""Each record is defined once (store/records.py); the schema, the builder, the app index, exports
and README.md follow from it."""
from dataclasses import fields
from pathlib import Path

from tui_browse.parser import model
from tui_browse.store import appindex
from tui_browse.store.records import FIGURE, RECORDS, schema_table
from tui_browse.store.schema import TABLES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_the_readme_schema_table_is_the_one_the_definitions_make():
    assert schema_table() + "\n| `meta` |" in README


def test_every_field_the_parser_produces_is_stored():
    """A field added to a parser record fails here until the store's record says what it means."""
    nested = {"sections", "figures", "parent_key"}   # parent_key becomes the store's parent_id
    for record in RECORDS:
        parsed = {f.name for f in fields(record.parsed_as)} - nested
        assert parsed == set(record.from_parser), record.table


def test_schema_and_app_index_follow_the_definitions():
    assert TABLES == {r.table: r.names for r in RECORDS}
    assert set(appindex.FIGURE_COLUMNS) == set(FIGURE.names) - {"context"}


def test_a_built_store_has_exactly_the_defined_fields(seed_data):
    for record in RECORDS:
        for row in seed_data[record.table].values():
            assert set(row) == set(record.names), record.table


def test_tinydb_opens_what_a_build_writes_with_its_own_storage_and_ours(seed_store, tmp_path):
    from tinydb import TinyDB

    from tui_browse.store.storage import StoreStorage
    with TinyDB(seed_store, access_mode="r") as plain:
        assert len(plain.table("articles")) == 15
        assert plain.table("meta").get(doc_id=1)["schema_version"] >= 1
    copy = tmp_path / "copy.json"
    copy.write_bytes(seed_store.read_bytes())
    with TinyDB(copy, storage=StoreStorage) as db:
        db.table("regions").update({"level": "town"}, doc_ids=[1])
    with TinyDB(copy, access_mode="r") as plain:
        assert plain.table("regions").get(doc_id=1)["level"] == "town"
        assert len(plain.table("figures")) == len(TinyDB(seed_store, access_mode="r").table("figures"))
