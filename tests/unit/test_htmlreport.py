"""The HTML report carries its own CJK font: the characters of the page cut from the shipped Noto Sans CJK SC and
embedded, checked with fontTools and, where Chromium is installed, in headless Chromium."""
import base64
import io
import re
import shutil
import subprocess

import pytest
from fontTools.ttLib import TTFont

from kg import htmlreport
from tests.conftest import run

FACE = re.compile(r"@font-face\{font-family:'([^']+)';src:url\(data:font/otf;base64,([A-Za-z0-9+/=]+)\)")


@pytest.fixture(scope="module")
def page(built, tmp_path_factory):
    _, db, _ = built
    out = tmp_path_factory.mktemp("report") / "r.html"
    assert run("report", "--db", db, "--out", out).exit_code == 0
    return out


def test_the_page_embeds_a_font_with_every_character_it_shows(page):
    html = page.read_text(encoding="utf-8")
    (family, data), = FACE.findall(html)
    assert family == htmlreport.FAMILY and f"font-family:'{family}',sans-serif" in html
    assert "PingFang" not in html and "Microsoft YaHei" not in html  # no reliance on the reader's system fonts
    cmap = TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()
    body = htmlreport.DATA_URI.sub("", html.split("<body>", 1)[1])
    text = re.sub(r"<[^>]+>", "", body)
    shown = {ch for ch in text if not ch.isspace()}
    assert {"沧", "州", "德", "京", "津", "冀"} <= shown
    assert {ch for ch in shown if ord(ch) not in cmap} == set()
    assert len(cmap) < 1000  # a subset: the page's characters, not the whole font


def test_headless_chromium_loads_the_embedded_font(page, tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    probe = tmp_path / "probe.html"
    script = ("<script>document.fonts.ready.then(() => {document.body.setAttribute('data-fonts', "
              "[...document.fonts].map(f => f.family + '=' + f.status).join(';') + ';check=' + "
              f"document.fonts.check('16px \"{htmlreport.FAMILY}\"', '沧州市'));}});</script>")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8")
    flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(flags + ["--virtual-time-budget=10000", "--dump-dom", probe.as_uri()], capture_output=True,
                         text=True, timeout=120).stdout
    assert f'data-fonts="{htmlreport.FAMILY}=loaded;check=true"' in dom
    shot = tmp_path / "page.png"
    subprocess.run(flags + ["--window-size=1100,900", f"--screenshot={shot}", page.as_uri()], capture_output=True,
                   timeout=120)
    assert shot.stat().st_size > 20_000
