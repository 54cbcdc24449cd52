"""`why`, `merge` and `split` end to end from the CLI, and the analyst's split survives a later ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from reportgraph.cli import app

pytestmark = pytest.mark.model

DOCS = {
    "a.txt": "Abdelkader Ould Sidi Mahmoud, also known as Abu Talha al-Mauritani, leads the Katibat al-Rimal. "
             "In 2015 the Katibat al-Rimal attacked a convoy near Tessalit, in Mali.",
    "b.txt": "Abdel Kader Ould Sidi Mahmoud, a Mauritanian preacher, founded the Katibat al-Rimal in 2012.",
    "c.txt": "Abdelkader Ould Cheikh Ahmed, a trader from Atar in Mauritania, was arrested in 2016.",
}


def run(db: Path, *args: str) -> tuple[int, str]:
    res = CliRunner().invoke(app, ["--db", str(db), *args])
    return res.exit_code, res.output


def people(db: Path) -> str:
    return run(db, "entities", "--type", "PERSON")[1]


def test_why_merge_split_and_reingest(tmp_path: Path) -> None:
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text)
    db = tmp_path / "kb.sqlite"
    assert run(db, "ingest", *(str(tmp_path / n) for n in DOCS))[0] == 0
    # one man across two spellings; a namesake with another nasab stays apart
    code, out = run(db, "why", "Abdelkader Ould Sidi Mahmoud", "Abdel Kader Ould Sidi Mahmoud")
    assert code == 0 and "one entity now" in out and "verdict: merge" in out
    code, out = run(db, "why", "Abdelkader Ould Sidi Mahmoud", "Abdelkader Ould Cheikh Ahmed")
    assert code == 0 and "two entities now" in out and "against" in out
    # the analyst disagrees: split b.txt's man out, then a later report must not undo it
    code, out = run(db, "split", "Abdelkader Ould Sidi Mahmoud", "--document", "b.txt", "--actor", "tester")
    assert code == 0 and "split: decision" in out
    assert people(db).count("Ould Sidi Mahmoud") == 2
    new = out.rsplit("new entity ", 1)[1].split()[0]
    code, out = run(db, "why", "Abdelkader Ould Sidi Mahmoud", new)
    assert code == 0 and "cannot-link set by an analyst" in out
    later = "Abdel Kader Ould Sidi Mahmoud and the Katibat al-Rimal were seen again in Kidal in 2019."
    (tmp_path / "d.txt").write_text(later)
    assert run(db, "ingest", str(tmp_path / "d.txt"))[0] == 0
    assert people(db).count("Ould Sidi Mahmoud") == 2
    assert run(db, "merge", "Abdelkader Ould Sidi Mahmoud", new)[0] == 1  # the split holds
    # and merges two the resolver kept apart, logged
    code, out = run(db, "merge", "Abdelkader Ould Sidi Mahmoud", "Abdelkader Ould Cheikh Ahmed", "--actor", "tester")
    assert code == 0 and "merged: decision" in out
    assert "Cheikh Ahmed" not in people(db)
