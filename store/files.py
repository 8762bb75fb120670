"""Writing the store file safely: one writer at a time, and a file that is whole or not there.

A build writes a temporary file beside the store, flushes it to disk and renames it over the old
one, so a crash or a kill at any point leaves the previous store as it was.
"""
from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from .schema import StoreError


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def write_lock(path: Path, wait: float = 10.0):
    """Hold PATH.lock while writing; wait up to `wait` seconds for another writer, then fail clearly."""
    lock = path.with_name(path.name + ".lock")
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            break
        except FileExistsError:
            try:
                pid = int(lock.read_text().strip() or "0")
            except (OSError, ValueError):
                pid = 0
            if pid and not _pid_alive(pid):
                lock.unlink(missing_ok=True)  # left by a build that was killed
                continue
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"another build (pid {pid or '?'}) is writing {path}; wait for it to finish, "
                    f"or remove {lock} if no build is running"
                ) from None
            time.sleep(0.2)
        except OSError as exc:
            raise StoreError(f"cannot write beside {path}: {exc.strerror}") from None
    try:
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        yield
    finally:
        lock.unlink(missing_ok=True)


def remove_stale_temps(path: Path) -> list[Path]:
    """Temporary files left by builds that were killed (their process is gone). Call under the lock."""
    removed = []
    for suffix in (".tmp", ".spool"):     # a temporary file, or a build's spool folder (store/spool.py)
        for tmp in path.parent.glob(f".{path.name}.*{suffix}"):
            pid = tmp.name[len(path.name) + 2:-len(suffix)]
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
                if tmp.is_dir():
                    shutil.rmtree(tmp, ignore_errors=True)
                else:
                    tmp.unlink(missing_ok=True)
                removed.append(tmp)
    return removed


def atomic_write_bytes(path: Path, payload: bytes) -> int:
    """Write payload through a temporary file flushed to disk, then rename it over path."""
    return atomic_write_pieces(path, (payload,))


def atomic_write_pieces(path: Path, pieces) -> int:
    """Write the byte strings pieces gives, one after another, through a temporary file flushed to
    disk, then rename it over path: a large file is written without being held whole in memory."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file; give a file path with --db")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    written = 0
    try:
        with open(tmp, "wb") as fh:
            for piece in pieces:
                fh.write(piece)
                written += len(piece)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"could not write {path}: {exc.strerror or exc}; the previous store is unchanged") from None
    except BaseException:
        tmp.unlink(missing_ok=True)      # the pieces failed to be made: no half-written file is left
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass
    return written


def json_object_pieces(members):
    """A JSON object from its members, given encoded a few thousand at a time (`"1":{…},"2":{…}`):
    the pieces to write, so the whole encoding is never held."""
    yield b"{"
    for n, chunk in enumerate(member for member in members if member):
        yield (b"," if n else b"") + chunk
    yield b"}"


def move_aside(path: Path) -> Path:
    """Keep a bad store under a timestamped name instead of overwriting it."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.bad-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.bad-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    return target
