"""Every corpus article loads into both backends, and what is stored is self-consistent.

Reads ../shared/corpus at run time (skipped where it is absent): nothing of it is in the repo.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from dipdb.load import load_paths

pytestmark = pytest.mark.corpus


def test_every_corpus_article_loads_and_offsets_hold(engine: sa.Engine, corpus_dir: Path) -> None:
    report = load_paths(engine, [corpus_dir])
    assert report.failed == []
    assert report.count("loaded") == len(list(corpus_dir.rglob("*.txt")))
    with engine.connect() as conn:
        bad_offsets = conn.execute(
            sa.text(
                "SELECT count(*) FROM statement s JOIN source_document d ON d.id = s.document_id "
                "WHERE substr(d.text, s.char_start + 1, s.char_end - s.char_start) <> s.text"
            )
        ).scalar_one()
        unknown_people = conn.execute(
            sa.text("SELECT count(*) FROM person WHERE lower(name) LIKE '%unknown%'")
        ).scalar_one()
        duplicate_names = conn.execute(
            sa.text(
                "SELECT count(*) FROM (SELECT name_key FROM person GROUP BY name_key "
                "HAVING count(*) > 1) x"
            )
        ).scalar_one()
    assert bad_offsets == 0
    assert unknown_people == 0
    assert duplicate_names == 0
    again = load_paths(engine, [corpus_dir])
    assert again.count("unchanged") == report.count("loaded")
