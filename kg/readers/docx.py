"""Word files (.docx): paragraphs and table cells in document order (python-docx)."""
from __future__ import annotations

import zipfile
from pathlib import Path

from kg.readers import ReadError, Unit


def read(path: Path) -> list[Unit]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ReadError(f"not a readable Word (.docx) file: {e}") from None
    lines = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(cell.text for row in block.rows for cell in row.cells)
        else:
            lines.append(block.text)
    return [Unit("\n".join(lines))]
