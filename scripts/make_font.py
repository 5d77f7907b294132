"""Generate kg/fonts/NotoSansCJKsc-Regular-subset.otf, the CJK font of kg's figures and HTML report: Noto Sans CJK SC
(SIL Open Font License 1.1) from the noto-cjk-sans-otc package, cut to the characters of GB 2312, of every division
name, of the vocabularies and of kg's own text (run once; not needed at run time).

    pip install noto-cjk-sans-otc==0.0.1 fonttools && python scripts/make_font.py
"""
import importlib.util
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "fonts" / "NotoSansCJKsc-Regular-subset.otf"
SC = "Noto Sans CJK SC"


def gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def main() -> None:
    ttc = Path(importlib.util.find_spec("noto_cjk_sans_otc").origin).parent / "NotoSansCJK-Regular.ttc"
    font = next(f for f in TTCollection(str(ttc)).fonts if f["name"].getDebugName(1) == SC)
    chars = gb2312() | {chr(c) for c in range(0x20, 0x17F)} | set("　、。·—–‘’“”…《》「」『』【】〔〕（）：；！？，．％～")
    for path in [ROOT / "ontology" / "data" / "divisions.csv", *ROOT.glob("ontology/*.ttl"), *ROOT.glob("kg/**/*.py")]:
        chars |= set(path.read_text("utf-8"))
    cmap = font.getBestCmap()
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars if ord(c) in cmap))
    subsetter.subset(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(OUT)
    print(f"{len(font.getBestCmap())} characters, {OUT.stat().st_size:,} bytes to {OUT}")


if __name__ == "__main__":
    main()
