"""An installed wheel carries its migrations and taxonomy: it needs no checkout to work."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEED


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Build from a copy of the working tree: setuptools reuses ./build and never deletes what
    # it put there, so a renamed migration would otherwise ship twice.
    src = tmp_path_factory.mktemp("src") / "dipdb"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.sqlite*", ".*cache"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(src),
        ],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("dipdb-*.whl")
    return built


def test_the_wheel_contains_migrations_and_taxonomy(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    revisions = sorted((ROOT / "migrations" / "versions").glob("[0-9]*.py"))
    assert revisions
    expected = {
        "dipdb/migrations/env.py",
        "dipdb/migrations/script.py.mako",
        "dipdb/taxonomy.toml",
        *(f"dipdb/migrations/versions/{p.name}" for p in revisions),
    }
    assert expected <= names


def test_the_unpacked_wheel_alone_creates_and_loads_a_database(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("DIPDB_DATABASE_URL", None)

    def dipdb(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "dipdb", *args],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    where = subprocess.run(
        [sys.executable, "-c", "import dipdb; print(dipdb.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(str(site))
    assert dipdb("db", "upgrade").returncode == 0
    loaded = dipdb("load", str(SEED))
    assert loaded.returncode == 0, loaded.stderr
    stats = json.loads(dipdb("stats", "--json").stdout)
    assert stats["documents"] == 1 and (work / "dipdb.sqlite").exists()
