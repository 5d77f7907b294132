"""Web pages: the visible text (selectolax/lexbor parses any HTML5 a browser does), with the spans that page
structure marks as navigation, header or footer handed on as furniture hints."""
from __future__ import annotations

import re
from pathlib import Path

from kg.readers import ReadError, Unit, read_bytes
from kg.readers.text import decode

HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "button", "input",
          "textarea", "-comment"}
BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table",
         "blockquote", "pre", "ul", "ol", "dd", "dt", "dl", "title", "hr", "nav", "header", "footer", "aside", "main",
         "form", "figure", "figcaption", "center", "address", "caption"}
_FURNITURE_TAGS = {"nav": "navigation", "header": "page header", "footer": "page footer", "aside": "page furniture",
                   "form": "page furniture", "figcaption": "caption"}
_FURNITURE_CLASS = [(re.compile(p, re.I), reason) for p, reason in (
    (r"nav|menu|breadcrumb|crumb|position|location", "navigation"),
    (r"footer|copyright|foot\b|bottom", "page footer"),
    (r"share|toolbar|print|fontsize|font-size|related|comment|sidebar|qrcode", "page furniture"),
)]


def _furniture(node) -> str | None:
    if node.tag in _FURNITURE_TAGS:
        return _FURNITURE_TAGS[node.tag]
    attrs = node.attributes
    value = " ".join(v for k, v in attrs.items() if k in ("class", "id", "role") and v)
    if value:
        for pattern, reason in _FURNITURE_CLASS:
            if pattern.search(value):
                return reason
    return None


def page_text(html: str) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """The page's visible text with block breaks as line breaks, and (start, end, reason) of furniture spans."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return "", ()
    parts: list[str] = []
    length = 0
    spans: list[tuple[int, int, str]] = []
    open_furniture: list[tuple[object, int, str]] = []
    stack = [(root, False)]
    while stack:  # depth-first without recursion: pages nest thousands deep
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag in BLOCK:
                parts.append("\n")
                length += 1
            if open_furniture and open_furniture[-1][0] is node:
                _, start, reason = open_furniture.pop()
                if not open_furniture and length > start:
                    spans.append((start, length, reason))
            continue
        if tag == "-text":
            text = node.text_content or ""
            parts.append(text)
            length += len(text)
            continue
        if tag in HIDDEN:
            continue
        if tag in BLOCK:
            parts.append("\n")
            length += 1
        if (reason := _furniture(node)) is not None:
            open_furniture.append((node, length, reason))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return "".join(parts), tuple(spans)


MAX_DEPTH = 1000  # browsers stop nesting at a few hundred levels; deeper pages are broken or hostile
_CONTAINER = re.compile(r"<(/?)(?:div|span|section|article|table|font|blockquote|center)\b", re.I)


def nesting(html: str) -> int:
    """The deepest nesting of elements that need an end tag, counted in one pass."""
    depth = deepest = 0
    for m in _CONTAINER.finditer(html):
        depth = max(depth - 1, 0) if m[1] else depth + 1
        deepest = max(deepest, depth)
    return deepest


def read(path: Path) -> list[Unit]:
    html = decode(read_bytes(path))
    if (depth := nesting(html)) > MAX_DEPTH:  # HTML parsing slows with the square of the depth
        raise ReadError(f"a page nested {depth:,} levels deep (more than {MAX_DEPTH:,}): not a page a browser shows")
    text, furniture = page_text(html)
    if not text.strip():
        raise ReadError("a web page without visible text")
    return [Unit(text, furniture=furniture)]
