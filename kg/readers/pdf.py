"""PDF files: the text layer, page by page (pypdf). A scanned PDF has none, and says so."""
from __future__ import annotations

import logging
from pathlib import Path

from kg.readers import ReadError, Unit


def read(path: Path) -> list[Unit]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("an encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as e:
        raise ReadError(f"not a readable PDF: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    if not "".join(pages).strip():
        raise ReadError(f"a PDF of {len(pages)} pages without a text layer (scanned images need OCR first)")
    return [Unit("\n".join(pages))]
