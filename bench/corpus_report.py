"""Corpus robustness report: does every article parse and load, and how much stays unattributed?

Run from a checkout (the corpus is data beside the repository, never inside it):

    .venv/bin/python bench/corpus_report.py ../shared/corpus
    .venv/bin/python bench/corpus_report.py ../shared/corpus --database postgresql://...

For each collection folder (one per publisher) it prints: files, files that failed to parse or
load (with the reason), statements by kind, the share of speech statements without a speaker,
and parse time per article (median and worst). The load goes into a throwaway SQLite file unless
``--database`` names another (its tables are created; use an empty database).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from dipdb import db, export
from dipdb.article import ParseError
from dipdb.load import iter_inputs, load_paths, read_article
from dipdb.topics import load_taxonomy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--database", help="load into this database instead of a temp file")
    args = parser.parse_args(argv)

    taxonomy = load_taxonomy()
    times: dict[str, list[float]] = defaultdict(list)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    unattributed: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []
    files: Counter[str] = Counter()
    for item in iter_inputs([args.corpus]):
        if not isinstance(item, Path):
            failures.append((item.path, item.reason or ""))
            continue
        group = item.relative_to(args.corpus).parts[0] if item != args.corpus else "."
        files[group] += 1
        data = item.read_bytes()
        started = time.perf_counter()
        try:
            article = read_article(data, taxonomy)
        except ParseError as exc:
            failures.append((str(item), f"parse: {exc}"))
            continue
        times[group].append(time.perf_counter() - started)
        for s in article.statements:
            kinds[group][s.kind] += 1
            if s.kind == "speech" and not s.speakers:
                unattributed[group] += 1

    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite:///{Path(tmp) / 'report.sqlite'}"
        engine = db.create_engine(url)
        started = time.perf_counter()
        report = load_paths(engine, [args.corpus])
        load_seconds = time.perf_counter() - started
        engine.dispose()
    failures += [(r.path, f"load: {r.reason}") for r in report.failed]

    rows = []
    for group in sorted(files):
        k = kinds[group]
        speech = k["speech"]
        t = times[group] or [0.0]
        rows.append(
            (
                group,
                files[group],
                sum(1 for p, _ in failures if f"/{group}/" in f"/{p}"),
                k["speech"],
                k["joint"],
                k["implicit"],
                k["narrative"],
                k["boilerplate"],
                f"{unattributed[group] / speech:.1%}" if speech else "-",
                f"{statistics.median(t) * 1000:.1f}",
                f"{max(t) * 1000:.1f}",
            )
        )
    print(
        export.rows_to_table(
            [
                "collection",
                "files",
                "failed",
                "speech",
                "joint",
                "implicit",
                "narrative",
                "boilerplate",
                "speech w/o speaker",
                "parse ms median",
                "parse ms max",
            ],
            rows,
        )
    )
    total = sum(files.values())
    print(
        f"\nloaded {report.count('loaded', 'replaced', 'unchanged', 'duplicate')}/{total} files "
        f"into {url.split('://')[0]} in {load_seconds:.1f} s "
        f"({total / load_seconds:.0f} articles/s end to end)"
    )
    for path, reason in failures:
        print(f"FAILED {path}: {reason}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
