"""The base map of China as the standard map draws it: the whole national territory with provincial (and, where
places are coloured, prefectural) boundaries in an Albers equal-area projection, and the South China Sea islands
with the maritime line in an inset. Boundaries: ontology/data/boundaries.json (scripts/make_boundaries.py)."""
from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection

from kg.schema import data_file

# Albers equal-area conic of maps of China: central meridian 105°E, standard parallels 25°N and 47°N.
LON0, PAR1, PAR2 = 105.0, 25.0, 47.0
MAIN_SOUTH = 17.5  # the main map ends here; the islands south of it are in the inset
INSET = (106.5, 2.5, 123.0, 24.0)  # lon, lat box of the 南海诸岛 inset
INSET_CORNER = (122.6, 21.2)  # its upper left corner on the main map: the sea south-east of Taiwan
INSET_WIDTH = 0.17  # its width, a share of the main map's
LAND, EDGE, COUNTRY, SEA_LINE = "#f4f1ea", "#8c8c8c", "#303030", "#303030"


@lru_cache(maxsize=1)
def boundaries() -> dict:
    with data_file("boundaries.json").open(encoding="utf-8") as f:
        return json.load(f)


def project(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """Albers equal-area conic (unit sphere, in km of a 6,371 km Earth)."""
    p1, p2 = np.radians(PAR1), np.radians(PAR2)
    n = (np.sin(p1) + np.sin(p2)) / 2
    c = np.cos(p1) ** 2 + 2 * n * np.sin(p1)
    rho = np.sqrt(c - 2 * n * np.sin(np.radians(np.asarray(lat, dtype=float)))) / n
    theta = n * np.radians(np.asarray(lon, dtype=float) - LON0)
    rho0 = np.sqrt(c) / n
    return 6371 * rho * np.sin(theta), 6371 * (rho0 - rho * np.cos(theta))


def _xy(ring: list[list[float]]) -> np.ndarray:
    a = np.asarray(ring)
    return np.column_stack(project(a[:, 0], a[:, 1]))


def _polygons(ax: Axes, rings: list, face, edge: str, width: float, zorder: float) -> None:
    ax.add_collection(PolyCollection([_xy(r) for r in rings], facecolors=face, edgecolors=edge, linewidths=width,
                                     zorder=zorder))


def _layer(ax: Axes, fills: dict[str, str], prefecture_provinces: set[str]) -> None:
    b = boundaries()
    for code, rings in b["province"].items():
        _polygons(ax, rings, fills.get(code, LAND), EDGE, 0.45, 1)
    for code, rings in b["prefecture"].items():
        if code in fills:
            _polygons(ax, rings, fills[code], "none", 0, 1.5)
        if code[:2] in prefecture_provinces:
            _polygons(ax, rings, "none", EDGE, 0.2, 1.6)
    _polygons(ax, b["country"], "none", COUNTRY, 0.8, 2)
    ax.add_collection(LineCollection([_xy(line) for line in b["maritime_line"]], colors=SEA_LINE, linewidths=1.0,
                                     zorder=2))


def _limits(box: tuple[float, float, float, float]) -> tuple[tuple[float, float], tuple[float, float]]:
    lon0, lat0, lon1, lat1 = box
    lons = np.concatenate([np.linspace(lon0, lon1, 50), np.full(50, lon1), np.linspace(lon0, lon1, 50),
                           np.full(50, lon0)])
    lats = np.concatenate([np.full(50, lat0), np.linspace(lat0, lat1, 50), np.full(50, lat1),
                           np.linspace(lat0, lat1, 50)])
    x, y = project(lons, lats)
    return (x.min(), x.max()), (y.min(), y.max())


def _frame(ax: Axes) -> None:
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])


def draw(ax: Axes, fills: dict[str, str] | None = None, prefecture_provinces: set[str] = frozenset()) -> Axes:
    """China on ax, with provinces and prefectures filled as fills says (adcode → colour); returns the inset axes."""
    fills = fills or {}
    _layer(ax, fills, set(prefecture_provinces))
    country = np.concatenate([np.asarray(r) for r in boundaries()["country"]])
    main = country[country[:, 1] >= MAIN_SOUTH]
    x, y = project(main[:, 0], main[:, 1])
    (ix0, ix1), (iy0, iy1) = _limits(INSET)
    left, top = project(*INSET_CORNER)
    width = INSET_WIDTH * (x.max() - x.min())
    height = width * (iy1 - iy0) / (ix1 - ix0)
    pad = 0.02 * (x.max() - x.min())
    ax.set_xlim(x.min() - pad, max(x.max(), left + width) + pad)
    ax.set_ylim(min(y.min(), top - height) - pad, y.max() + pad)
    _frame(ax)
    inset = ax.inset_axes([left, top - height, width, height], transform=ax.transData, zorder=5)
    inset.set_facecolor("white")
    _layer(inset, fills, set())
    islands = np.asarray(boundaries()["islands"])
    inset.scatter(*project(islands[:, 0], islands[:, 1]), s=0.6, color=COUNTRY, zorder=3, linewidths=0)
    inset.set_xlim(ix0, ix1)
    inset.set_ylim(iy0, iy1)
    _frame(inset)
    for spine in inset.spines.values():
        spine.set_linewidth(0.8)
    inset.text(0.95, 0.03, "南海诸岛", transform=inset.transAxes, ha="right", va="bottom", fontsize=7)
    return inset


def label_point(code: str) -> tuple[float, float, float] | None:
    """Where to label a drawn province or prefecture, the centroid of its largest part (projected), and that
    part's area in km²."""
    b = boundaries()
    rings = b["province"].get(code) or b["prefecture"].get(code)
    if not rings:
        return None
    xy = max((_xy(r) for r in rings), key=_area)
    x, y = xy[:, 0], xy[:, 1]
    cross = x[:-1] * y[1:] - x[1:] * y[:-1]
    a = cross.sum() / 2
    return (float(((x[:-1] + x[1:]) * cross).sum() / (6 * a)), float(((y[:-1] + y[1:]) * cross).sum() / (6 * a)),
            abs(a))


def _area(xy: np.ndarray) -> float:
    return abs(float((xy[:-1, 0] * xy[1:, 1] - xy[1:, 0] * xy[:-1, 1]).sum())) / 2
