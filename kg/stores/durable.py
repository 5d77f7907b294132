"""Durable files: fsync, and the leftovers of killed processes (temporary paths named after the pid that made them)."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def dead_leftovers(folder: Path, pattern: str) -> dict[int, list[Path]]:
    """Paths in folder whose name matches pattern (its group 1 is a pid) and whose process is gone, by pid.

    The own pid counts as gone: nothing is made before the caller looks, so such a path is an older process's."""
    found: dict[int, list[Path]] = {}
    rx = re.compile(pattern)
    try:
        names = sorted(os.listdir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return found
    for name in names:
        m = rx.fullmatch(name)
        if m and (int(m.group(1)) == os.getpid() or not pid_alive(int(m.group(1)))):
            found.setdefault(int(m.group(1)), []).append(folder / name)
    return found


def size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return path.stat().st_size if path.exists() else 0


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def fsync(path: Path) -> None:
    """Flush a file, or a folder's entries (names made or renamed in it), to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def human(n: float) -> str:
    if n < 1024:
        return f"{n:.0f} B"
    for unit in ("KB", "MB"):
        n /= 1024
        if n < 1024:
            return f"{n:.1f} {unit}"
    return f"{n / 1024:.1f} GB"
