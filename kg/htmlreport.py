"""One self-contained HTML page for a built graph: corpus summary, top strategies and programs, maps, the
co-citation network and evidence sentences (figures embedded as PNG data, and the characters of the page cut from the
shipped CJK font and embedded, so that it reads the same on a machine without Chinese fonts)."""
from __future__ import annotations

import base64
import html
import io
import re

from kg import figures, research

FAMILY = "kg Noto Sans CJK SC"  # the embedded subset's name in the page
DATA_URI = re.compile(r'src="data:[^"]*"')


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    figures.plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def font_face(text: str) -> str:
    """An @font-face rule embedding the shipped Noto Sans CJK SC cut to the characters of text (OpenType, base64)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(figures.FONT)
    options = subset.Options()
    options.layout_features = ["*"]
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in text} & set(font.getBestCmap()))
    subsetter.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f"@font-face{{font-family:'{FAMILY}';src:url(data:font/otf;base64,{data}) format('opentype')}}"


def _table(columns: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render(store, maps: int = 3) -> str:
    _, reports = store.query("MATCH (r:Report) OPTIONAL MATCH (r)-[:ISSUED_BY]->(p:Place) RETURN r.id AS id, "
                             "p.name AS place, p.level AS level, r.year AS year, r.chars AS chars ORDER BY r.year, r.id")
    strategies = research.top_concepts(store, "Strategy", 15)
    programs = research.top_concepts(store, "Program", 15)
    net = research.co_citation(store)
    parts = [
        "<h1>政府工作报告知识图谱 · kg report</h1>",
        f"<p>{len(reports)} reports, {len({r['place'] for r in reports})} issuing places, "
        f"{sum(r['chars'] or 0 for r in reports):,} characters, plan years "
        f"{min((r['year'] for r in reports if r['year']), default='–')}–"
        f"{max((r['year'] for r in reports if r['year']), default='–')}.</p>",
        "<h2>Reports</h2>",
        _table(["report", "issuer", "level", "plan year", "characters"],
               [[r["id"], r["place"], r["level"], r["year"], r["chars"]] for r in reports]),
        "<h2>Strategies cited by most places</h2>",
        _table(["strategy", "places", "mentions", "first year", "citing places"],
               [[s["name"], len(s["places"]), s["mentions"], s["first_year"], "、".join(s["places"])] for s in strategies]),
        "<h2>Programs cited by most places</h2>",
        _table(["program", "places", "mentions", "first year", "citing places"],
               [[s["name"], len(s["places"]), s["mentions"], s["first_year"], "、".join(s["places"])] for s in programs]),
        "<h2>Strategies by place</h2>",
        _table(["place", "strategies (most mentioned first)"],
               [[p, "、".join(names)] for p, names in research.by_place(store).items()]),
    ]
    for s in strategies[:maps]:
        name, rows = research.diffusion(store, s["id"])
        parts += [f"<h2>{html.escape(name)}</h2>",
                  f'<img alt="map of places citing {html.escape(name)}" src="{_png(figures.map_figure(name, rows))}">',
                  f'<img alt="adoption of {html.escape(name)}" '
                  f'src="{_png(figures.adoption_figure(name, research.adoption_curve(rows)))}">']
    parts += ["<h2>Co-citation network</h2>",
              f'<img alt="co-citation network" src="{_png(figures.network_figure(net))}">',
              _table(["place", "community", "concepts", "degree", "strength", "betweenness", "eigenvector"],
                     [[r["place"], r["community"], r["concepts"], r["degree"], r["strength"], r["betweenness"],
                       r["eigenvector"]] for r in research.centralities(net)]),
              "<h2>Evidence</h2>",
              _table(["strategy", "place", "evidence (as written)"],
                     [[s["name"], p, e] for s in strategies for p, e in zip(s["places"], s["examples"])])]
    body = "".join(parts)
    style = (f"{font_face(DATA_URI.sub('', body) + '0123456789–')}"
             f"body{{font-family:'{FAMILY}',sans-serif;max-width:1100px;margin:2em auto;"
             "color:#222}table{border-collapse:collapse;margin:1em 0;font-size:13px}td,th{border:1px solid #ccc;"
             "padding:3px 6px;vertical-align:top}th{background:#f3f3f3}img{max-width:100%}")
    return (f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>kg report</title>'
            f"<style>{style}</style></head><body>{body}</body></html>")
