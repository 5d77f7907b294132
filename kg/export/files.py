"""Export files written whole or not at all: a temporary file beside the target, renamed when complete."""
from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def refuse_overwrite(out: Path, inputs: list[Path]) -> None:
    """ValueError when out names one of the inputs (the same path, or the same file under another name)."""
    for given in inputs:
        if out.resolve() == given.resolve() or (out.exists() and given.exists() and out.samefile(given)):
            raise ValueError(f"refusing to overwrite the input {given} with the output {out}")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path in path's folder, with its suffix (for writers that go by it); on success it replaces
    path, on any failure it is removed."""
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.tmp{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO]:
    """Open a temporary file in path's folder; on success it replaces path, on any failure it is removed."""
    with atomic_path(path) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for a plain open
        with open(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as f:
            yield f
