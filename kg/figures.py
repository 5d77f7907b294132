"""Figures for researchers: adoption curves, maps of citing places and the co-citation network (matplotlib, Agg)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.cm import ScalarMappable  # noqa: E402
from matplotlib.colors import BoundaryNorm, ListedColormap  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from kg import chinamap, gazetteer  # noqa: E402

SMALL_KM2 = 5_000  # a filled area smaller than this is drawn as a point as well
FONT = Path(__file__).parent / "fonts" / "NotoSansCJKsc-Regular-subset.otf"  # scripts/make_font.py


@lru_cache(maxsize=1)
def use_cjk_font() -> None:
    """Register the shipped Noto Sans CJK SC subset, so that place names render on any machine."""
    font_manager.fontManager.addfont(str(FONT))
    plt.rcParams["font.family"] = font_manager.FontProperties(fname=str(FONT)).get_name()
    plt.rcParams["axes.unicode_minus"] = False


def adoption_figure(name: str, curve: list[tuple[int, int]]) -> Figure:
    use_cjk_font()
    fig, ax = plt.subplots(figsize=(6, 3.6))
    years = [y for y, _ in curve]
    ax.step(years, [n for _, n in curve], where="post", marker="o", color="#c62828")
    ax.set_xlabel("计划年度 plan year")
    ax.set_ylabel("累计引用地区 places citing")
    ax.set_title(f"{name}: 累计采纳 cumulative adoption")
    if years:
        ax.set_xticks(years)
        ax.set_ylim(0, max(n for _, n in curve) + 1)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def drawable(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """The citing places a map can draw (divisions with coordinates, taken from the gazetteer when the graph has
    none) and those it cannot (the national issuer, places without coordinates)."""
    gaz = gazetteer.load()
    drawn, not_drawn = [], []
    for r in rows:
        d = gaz.get(r.get("adcode") or "")
        lon = r.get("longitude") if r.get("longitude") is not None else d and d.longitude
        lat = r.get("latitude") if r.get("latitude") is not None else d and d.latitude
        if r.get("level") == "national" or lon is None or lat is None:
            not_drawn.append(r)
        else:
            drawn.append(dict(r, longitude=lon, latitude=lat))
    return drawn, not_drawn


def map_figure(name: str, rows: list[dict], style: str = "regions") -> Figure:
    """The standard map of China with the citing places coloured by the year they first cite: provinces and
    prefectures filled and counties as points (style "regions"), or every place as a point (style "points")."""
    use_cjk_font()
    placed, _ = drawable(rows)
    years = sorted({r["first_year"] for r in placed})
    cmap = plt.get_cmap("YlOrRd")
    colours = [cmap(0.25 + 0.7 * i / max(len(years) - 1, 1)) for i in range(len(years))]
    colour = dict(zip(years, colours))
    areas = [r for r in placed if style == "regions" and r.get("level") in ("province", "prefecture")]
    fills = {r["adcode"]: colour[r["first_year"]] for r in areas}
    fig, ax = plt.subplots(figsize=(8, 6.4))
    chinamap.draw(ax, fills, {r["adcode"][:2] for r in placed})
    labels = {r["adcode"]: chinamap.label_point(r["adcode"]) for r in areas}
    # counties, and areas too small to see at this scale, as points too
    points = [r for r in placed if r not in areas or not labels[r["adcode"]] or labels[r["adcode"]][2] < SMALL_KM2]
    if points:
        x, y = chinamap.project([r["longitude"] for r in points], [r["latitude"] for r in points])
        ax.scatter(x, y, color=[colour[r["first_year"]] for r in points], s=36, edgecolor="black", linewidths=0.6,
                   zorder=4)
    for r in placed:
        area = labels.get(r["adcode"]) if r not in points else None
        x, y = area[:2] if area else chinamap.project(r["longitude"], r["latitude"])
        ax.annotate(r["place"], (x, y), xytext=(0, 0) if area else (3, 3), textcoords="offset points", fontsize=7,
                    ha="center" if area else "left", va="center" if area else "bottom", zorder=4)
    if years:
        bar = fig.colorbar(ScalarMappable(BoundaryNorm([y - 0.5 for y in years] + [years[-1] + 0.5], len(years)),
                                          ListedColormap(colours)), ax=ax, shrink=0.6, pad=0.02)
        bar.set_ticks(years)
        bar.set_ticklabels([str(y) for y in years])
        bar.set_label("首次引用年份")
    ax.set_title(f"{name}：引用地区（{len(placed)} 个，按首次引用年份着色）")
    fig.tight_layout()
    return fig


def network_figure(net) -> Figure:
    import networkx as nx

    use_cjk_font()
    g = net.graph
    fig, ax = plt.subplots(figsize=(7, 6))
    community = {n: i for i, c in enumerate(net.communities) for n in c}
    pos = nx.spring_layout(g, weight="weight", seed=1)
    widths = [2.5 * d["weight"] for _, _, d in g.edges(data=True)]
    nx.draw_networkx_edges(g, pos, ax=ax, width=widths, alpha=0.4)
    nx.draw_networkx_nodes(g, pos, ax=ax, node_color=[community[n] for n in g.nodes], cmap="tab10",
                           node_size=[60 + 20 * g.nodes[n]["concepts"] for n in g.nodes])
    nx.draw_networkx_labels(g, pos, ax=ax, labels={n: g.nodes[n]["name"] for n in g.nodes}, font_size=8,
                            font_family=plt.rcParams["font.family"])
    ax.set_title("共引网络 co-citation network (Jaccard)")
    ax.axis("off")
    fig.tight_layout()
    return fig


def save(fig: Figure, path: str | Path) -> None:
    fig.savefig(path, dpi=150)
    plt.close(fig)
