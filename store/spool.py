"""A build's records on disk until the store is written, so that a build's memory does not grow with
the corpus (at 100,000 articles the records are over a gigabyte as Python objects).

A spool is a folder beside the store (`.STORE.PID.spool`, removed when the build ends, or by the
next build when a killed one left it). Each table is a file of JSON lines, a batch of rows per
line; rows are read back in the order they were added. JSON keeps every value the store holds as
it was (orjson writes floats so that they read back equal).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Iterator

import orjson

BATCH = 2000      # rows per line: large enough for few calls, small enough to hold while reading


def spool_folder(db: Path, pid: int | None = None) -> Path:
    return db.with_name(f".{db.name}.{pid or os.getpid()}.spool")


class Spool:
    """Tables appended to and read back in order: of rows (lists or tuples of JSON values, a batch
    per line), of records already encoded (a line each: orjson never writes a raw newline), or of
    raw bytes."""

    def __init__(self, db: Path) -> None:
        self.folder = spool_folder(db)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir()
        self._writing: dict[str, object] = {}
        self._pending: dict[str, list] = {}

    def path(self, table: str) -> Path:
        return self.folder / table

    def _out(self, table: str):
        out = self._writing.get(table)
        if out is None:
            # a large buffer: a document's records come as several small writes per table
            out = self._writing[table] = open(self.path(table), "wb", buffering=1 << 20)
        return out

    def add(self, table: str, rows: list) -> None:
        pending = self._pending.setdefault(table, [])
        pending += rows
        if len(pending) >= BATCH:
            self._flush(table)

    def _flush(self, table: str) -> None:
        pending = self._pending.get(table)
        if pending:
            self._out(table).write(orjson.dumps(pending) + b"\n")
            self._pending[table] = []

    def add_lines(self, table: str, lines: list[bytes]) -> None:
        if lines:
            self._out(table).write(b"\n".join(lines) + b"\n")

    def append(self, table: str, data: bytes) -> None:
        self._out(table).write(data)

    def finish(self) -> None:
        """Everything added is on disk; the tables can be read (more than once, by several readers)."""
        for table in list(self._pending):
            self._flush(table)
        for out in self._writing.values():
            out.close()
        self._writing.clear()

    def batches(self, table: str) -> Iterator[list[list]]:
        """A table of rows, a batch at a time, in the order they were added (call finish() first)."""
        for line in self.lines(table):
            yield orjson.loads(line)

    def lines(self, table: str) -> Iterator[bytes]:
        """A table of lines, without their newline, in order (call finish() first)."""
        try:
            lines = open(self.path(table), "rb")
        except FileNotFoundError:
            return
        with lines:
            for line in lines:
                yield line[:-1]

    def close(self) -> None:
        for out in self._writing.values():
            out.close()
        self._writing.clear()
        shutil.rmtree(self.folder, ignore_errors=True)
