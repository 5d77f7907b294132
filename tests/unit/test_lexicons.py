"""The word lists of the rules (ontology/lexicons): every file reads, is written as the normalized text is, and is
described in the folder's README; the loader refuses what it cannot read."""
from importlib import resources

import pytest

from kg import lexicons, textnorm

FILES = sorted(p.name[:-4] for p in resources.files("kg.ontology.lexicons").iterdir() if p.name.endswith(".tsv"))


def test_the_lists_ship_with_the_package():
    assert {"name_stop", "industry_words", "zone_suffix", "enterprise_suffix_strong", "project_generic_words",
            "event_suffix", "policy_end", "program_suffix"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_every_list_reads_and_is_normalized(name):
    found = lexicons.terms(name)
    assert found, name
    for term in found:
        assert term == textnorm.to_simplified(textnorm.halfwidth(term)) and not any(c.isspace() for c in term), term
    assert set(lexicons.longest_first(name)) == lexicons.words(name) == set(found)


def test_the_readme_names_every_list():
    readme = resources.files("kg.ontology.lexicons").joinpath("README.md").read_text("utf-8")
    assert [n for n in FILES if f"`{n}.tsv`" not in readme] == []


def test_notes_and_comments_are_not_terms():
    assert lexicons.parse("# a comment\n开发区\t沧州开发区\n\n高新区\n", "x.tsv") == ("开发区", "高新区")


def test_repeated_and_missing_lists_are_refused():
    with pytest.raises(lexicons.LexiconError, match="x.tsv line 3: repeated term 开发区"):
        lexicons.parse("开发区\n高新区\n开发区\n", "x.tsv")
    with pytest.raises(lexicons.LexiconError, match="no word list"):
        lexicons.terms("no_such_list")


def test_alternation_takes_longer_terms_first():
    import re

    pattern = re.compile(lexicons.alternation("zone_suffix"))
    assert pattern.search("沧州产业园区建设").group() == "产业园区"
