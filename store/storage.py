"""The TinyDB storage of a store file: orjson (unescaped UTF-8, several times faster than the json
module) and atomic writes, so `TinyDB(path, storage=StoreStorage)` reads and writes the store the
way a build does, and plain `TinyDB(path)` opens it too (it is ordinary JSON)."""
from __future__ import annotations

from pathlib import Path

import orjson
from tinydb.storages import Storage

from .files import atomic_write_bytes


class StoreStorage(Storage):
    """TinyDB's extension point for where tables live. Writes go through a temporary file that is
    flushed and renamed over the store, so a reader never sees half a store."""

    def __init__(self, path: str | Path, access_mode: str = "r+") -> None:
        self.path = Path(path)
        self.access_mode = access_mode
        self.bytes_written = 0

    @staticmethod
    def encode(data: dict) -> bytes:
        return orjson.dumps(data)

    @staticmethod
    def decode(raw: bytes) -> dict:
        return orjson.loads(raw)

    def read(self) -> dict | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        return self.decode(raw) if raw.strip() else None

    def write(self, data: dict) -> None:
        self.write_encoded(self.encode(data))

    def write_encoded(self, encoded: bytes) -> int:
        """Write what encode() made (the builder encodes first, then writes from another thread
        while it stages the app index)."""
        if self.access_mode == "r":
            raise OSError(f"{self.path} is opened read-only")
        self.bytes_written = atomic_write_bytes(self.path, encoded)
        return self.bytes_written
