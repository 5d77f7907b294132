"""Figures for researchers: adoption curves, maps of citing places and the co-citation network (matplotlib, Agg)."""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from kg import gazetteer  # noqa: E402


@lru_cache(maxsize=1)
def use_cjk_font() -> None:
    """Register the Noto Sans CJK SC font the mplfonts package ships, so that place names render."""
    spec = importlib.util.find_spec("mplfonts")
    if spec and spec.origin:
        font = Path(spec.origin).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
        if font.exists():
            font_manager.fontManager.addfont(str(font))
            plt.rcParams["font.family"] = font_manager.FontProperties(fname=str(font)).get_name()
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


def map_figure(name: str, rows: list[dict]) -> Figure:
    """Citing places at their coordinates, coloured by the year they first cite, over every division as backdrop."""
    use_cjk_font()
    fig, ax = plt.subplots(figsize=(7, 5.6))
    points = [(d.longitude, d.latitude) for d in gazetteer.load() if d.longitude is not None and d.latitude is not None]
    ax.scatter([p[0] for p in points], [p[1] for p in points], s=1, color="#d0d0d0", zorder=1)
    placed = [r for r in rows if r.get("longitude") is not None and r.get("latitude") is not None]
    if placed:
        sc = ax.scatter([r["longitude"] for r in placed], [r["latitude"] for r in placed],
                        c=[r["first_year"] for r in placed], cmap="viridis", s=60, edgecolor="black", zorder=3)
        bar = fig.colorbar(sc, ax=ax, shrink=0.7)
        bar.set_label("首次引用年度 first year")
        bar.set_ticks(sorted({r["first_year"] for r in placed}))
        for r in placed:
            ax.annotate(r["place"], (r["longitude"], r["latitude"]), xytext=(3, 3), textcoords="offset points",
                        fontsize=7, zorder=4)
    ax.set_xlabel("经度 longitude")
    ax.set_ylabel("纬度 latitude")
    ax.set_title(f"{name}: 引用地区 citing places")
    ax.set_aspect("equal", adjustable="datalim")
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
