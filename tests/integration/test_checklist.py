"""Quality on invented local reports (tests/checklist): short prefecture, county and district reports written and
annotated by guideline 2 without the extractor in sight, in two halves over the same forms and a fresh third split by
another annotator. Rules may be mended from the dev half's errors; the heldout half says whether a mend was a rule of
the form or a patch of the instance; the fresh split was measured once. The floors are the measured figures less a
small margin."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

CHECKLIST = Path(__file__).resolve().parents[1] / "checklist"
# measured 2026-12-01 on the main after the ninth session's rules, less .03 (raised by its second wave)
FLOORS = {
    "checklist-dev": {"Enterprise": 0.97, "Event": 0.97, "Formulation": 0.97, "Place": 0.97, "Policy": 0.97,
                      "Program": 0.931, "Project": 0.941, "Strategy": 0.97, "Zone": 0.956},
    "checklist-heldout": {"Enterprise": 0.867, "Event": 0.937, "Formulation": 0.927, "Place": 0.891, "Policy": 0.933,
                          "Program": 0.77, "Project": 0.865, "Strategy": 0.84, "Zone": 0.91},
    # the fresh split, measured once at the end of the ninth session (no rule was mended from it)
    "checklist-fresh": {"Enterprise": 0.881, "Event": 0.945, "Formulation": 0.77, "Place": 0.866, "Policy": 0.933,
                        "Program": 0.798, "Project": 0.924, "Strategy": 0.822, "Zone": 0.91},
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    db = tmp_path_factory.mktemp("checklist") / "kg.lbdb"
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(CHECKLIST / "texts"), "--db", str(db)])
    assert built.exit_code == 0, built.output
    result = runner.invoke(main, ["eval", "--db", str(db), "--gold", str(CHECKLIST / "gold"), "--format", "json"])
    assert result.exit_code == 0 and "no built report" not in result.stderr, result.output
    return {(r["split"], r["type"]): r for r in json.loads(result.stdout)}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_invented_local_reports_keep_their_floors(scores, split):
    low = {t: scores[split, t]["f1"] for t, floor in FLOORS[split].items() if scores[split, t]["f1"] < floor}
    assert not low, f"{split}: F1 under the floor: {low}"
