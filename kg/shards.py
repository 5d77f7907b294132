"""The shard cache: what extraction made of each report, on disk in a build folder beside the database, keyed by
the report's content and the extractor version, so that a build extracts only what is new or changed."""
from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import os
import shutil
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from kg.model import Report
from kg.stores.durable import fsync

ROOT = Path(__file__).resolve().parents[1]
# What a shard depends on besides the report: the code from extraction to the shard, the data it reads, the model.
CODE = ("extractors", "kg/resolve.py", "kg/graph.py", "kg/gazetteer.py", "kg/vocab.py", "kg/lexicon.py",
        "kg/textnorm.py", "kg/model.py", "kg/pipeline.py")
DATA = ("ontology",)
PACKAGES = ("spacy", "spacy-pkuseg", "pkuseg", "opencc")
FORMAT = 1  # of the shard files
# What reading a file into reports depends on besides the file and the options: the readers, layout, metadata and
# the gazetteer they use, report_key, and the libraries that decode files.
READING = ("kg/readers", "kg/corpus.py", "kg/layout.py", "kg/metadata.py", "kg/textnorm.py", "kg/gazetteer.py",
           "kg/lexicons.py", "kg/lexicon.py", "kg/schema.py", "kg/model.py", "kg/shards.py", "ontology")
READING_PACKAGES = ("opencc", "pypdf", "python-docx", "selectolax", "charset-normalizer", "openpyxl", "pyarrow")
CATALOG_FORMAT = 2


def build_folder(db: Path) -> Path:
    """The build folder of a database: .graph.lbdb.build/ beside graph.lbdb (hidden, so that a database kept among
    its inputs does not have its shards read as input)."""
    return db.with_name(f".{db.name}.build")


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _hash(h, names, packages) -> None:
    for name in names:
        for f in _files(ROOT / name):
            h.update(f"{f.relative_to(ROOT)}\n".encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    for package in packages:
        try:
            h.update(f"{package} {metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package} -\n".encode())


@lru_cache(maxsize=2)
def extractor_version(learned: bool = False) -> str:
    """A hash of every file extraction depends on (extractor code, lexicons, vocabularies, ontology data, trained
    weights under extractors/, the segmentation model) and of the versions of the libraries it runs on: any change
    gives new shards, nothing else does."""
    from extractors.nlp import pkuseg_model

    h = hashlib.sha256(f"format {FORMAT}\nlearned {learned}\n".encode())
    _hash(h, (*CODE, *DATA), ())
    for f in _files(pkuseg_model()):
        h.update(f"model/{f.name}\n".encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    _hash(h, (), PACKAGES)
    return h.hexdigest()[:20]


def reading_version(manifest=None, columns=None) -> str:
    """A hash of what reading a file depends on besides the file: the reading code and libraries, the manifest's
    entries and the table column options. A file unchanged since the last build with the same reading version is
    not read again."""
    h = hashlib.sha256(f"catalog {CATALOG_FORMAT}\n".encode())
    _hash(h, READING, READING_PACKAGES)
    entries = sorted(manifest.entries.items(), key=repr) if manifest is not None else None
    h.update(f"manifest {entries!r}\ncolumns {columns!r}\n".encode())
    return h.hexdigest()[:20]


def report_key(report: Report) -> str:
    """A hash of the report as read: text, offsets, sentences, issuer, year, id and the rest of its fields but the
    source path as named (the same file named from another folder keeps its shard)."""
    h = hashlib.sha256()
    for f in dataclasses.fields(report):
        value = getattr(report, f.name)
        if f.name == "source":
            continue
        if f.name == "offsets":
            h.update(b"offsets" + b"".join(o.to_bytes(8, "little") for o in value))
        elif f.name == "issuer":
            h.update(f"issuer {value.adcode if value else ''}".encode())
        else:
            h.update(f"{f.name} ".encode() + repr(value).encode("utf-8") + b"\0")
    return h.hexdigest()[:32]


class ShardStore:
    """Shards of one extractor version: shards/<version>/<key[:2]>/<key>.json.gz in the build folder."""

    def __init__(self, folder: Path, version: str | None = None):
        self.folder = Path(folder)
        self.version = version or extractor_version()
        self.root = self.folder / "shards" / self.version

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json.gz"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def put(self, key: str, shard: dict, work: Path) -> None:
        """Write a shard in the work folder and rename it into place: a killed build leaves no half shard (the
        work folder of a dead build is removed by the next)."""
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        work.mkdir(parents=True, exist_ok=True)
        tmp = work / path.name
        with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=1) as f:
            json.dump(shard, f, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)

    def get(self, key: str) -> dict:
        with gzip.open(self.path(key), "rt", encoding="utf-8") as f:
            return json.load(f)

    def prune_versions(self) -> int:
        """Remove the shards of other extractor versions (they can never be used again); the bytes freed."""
        freed = 0
        for other in (self.folder / "shards").glob("*"):
            if other.is_dir() and other.name != self.version:
                freed += sum(f.stat().st_size for f in _files(other))
                shutil.rmtree(other, ignore_errors=True)
        return freed


def read_catalog(folder: Path) -> list[dict]:
    """The reports of the last successful build: id, source, key."""
    return load_catalog(folder).get("reports", [])


def load_catalog(folder: Path) -> dict:
    """The last successful build: its reports (id, key, source, path, locator), the files read (path, stat,
    reading version, their reports and account) and the generation of the aggregation state it goes with."""
    path = Path(folder) / "catalog.json"
    if not path.is_file():
        return {}
    try:
        catalog = json.loads(path.read_text(encoding="utf-8"))
        return catalog if isinstance(catalog.get("reports"), list) else {}
    except (ValueError, AttributeError):
        return {}


def write_catalog(folder: Path, catalog: dict) -> None:
    path = Path(folder) / "catalog.json"
    tmp = path.with_name(f".catalog.json.{os.getpid()}")
    tmp.write_text(json.dumps(catalog, ensure_ascii=False), encoding="utf-8")
    fsync(tmp)
    os.replace(tmp, path)
