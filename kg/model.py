"""The data model: frozen dataclasses passed between the stages of the pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Division:
    """A GB/T 2260 administrative division."""

    adcode: str
    name: str
    short_name: str
    level: str  # province | prefecture | county
    parent: str  # adcode of the parent, '' for a province
    longitude: float | None = None
    latitude: float | None = None


@dataclass(frozen=True)
class Concept:
    """A curated SKOS concept (a strategy or a program)."""

    id: str
    iri: str
    type: str  # the ontology class: Strategy | Program
    pref_label: str
    alt_labels: tuple[str, ...] = ()
    region_labels: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    scope_note: str = ""
    scheme: str = ""
    provinces: tuple[str, ...] = ()  # dcterms:spatial: the provinces (adcodes) whose reports alone name it; () all


@dataclass(frozen=True)
class Sentence:
    """A sentence of a report: offsets into the normalized report text and into the source file."""

    index: int
    start: int  # in Report.norm
    end: int
    source_start: int  # in the decoded source file
    source_end: int
    text: str  # as written in the source
    part: str  # review | plan


@dataclass(frozen=True)
class Report:
    id: str
    source: str
    title: str
    text: str  # the report as written (boilerplate removed)
    norm: str  # normalized for matching
    offsets: tuple[int, ...]  # source-file offset of every character of norm
    issuer: Division | None
    year: int | None
    delivered_on: str | None
    issuer_method: str
    year_method: str
    warnings: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    locator: str = ""  # where in the file: 'row 3', 'line 12'; '' for a whole file
    dropped_chars: int = 0  # characters around and inside the report dropped as furniture or copies

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Mention:
    """A span of a report that names an entity; key is the adcode or concept id it resolves to."""

    report_id: str
    type: str  # ontology class of the entity
    key: str
    surface: str  # as written in the source
    start: int  # source-file offsets
    end: int
    sentence: int  # index of the sentence in its report
    cites: bool = True  # for concepts: False when the words name a region only as a place
    candidates: tuple[str, ...] = ()  # for places before resolution: the adcodes the name may denote
    short: bool = False  # for places: written with the short name alone (沧州, not 沧州市)
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. (("edition", "第二十届"),) for an event
    norm: str = ""  # the normalized form matched (simplified, no quotes)


@dataclass(frozen=True)
class RelationMention:
    """A relation one sentence states; ends are (start, end) source offsets of mentions, None for the issuer."""

    report_id: str
    type: str
    source: tuple[int, int] | None
    target: tuple[int, int]
    sentence: int
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A term that looks like a strategy or program but is not in the vocabulary."""

    report_id: str
    term: str
    kind: str  # strategy | program
    sentence: int
    evidence: str


@dataclass(frozen=True)
class Extraction:
    """What the extractors found in one report."""

    report_id: str
    mentions: tuple[Mention, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    relations: tuple[RelationMention, ...] = ()


@dataclass
class Graph:
    """The one in-memory graph every store and export reads: nodes and edges as plain property maps."""

    nodes: dict[str, dict[str, dict]] = field(default_factory=dict)  # label -> id -> properties
    edges: dict[str, dict[tuple[str, str, str, str], dict]] = field(default_factory=dict)
    # rel type -> (from label, from id, to label, to id) -> properties

    def add_node(self, label: str, id: str, **props) -> None:
        self.nodes.setdefault(label, {}).setdefault(id, {"id": id}).update(props)

    def add_edge(self, rel: str, src: tuple[str, str], dst: tuple[str, str], **props) -> None:
        self.edges.setdefault(rel, {})[(src[0], src[1], dst[0], dst[1])] = props
