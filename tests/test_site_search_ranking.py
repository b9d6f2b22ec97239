"""How the site's search (search.js, run under node over the built site's data files) ranks results."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

# search.js in node: `document` loads a data file (search/NAME.js) as a <script> element would, a
# moment after it is appended; the answers are each query's results by kind, as document numbers.
RUNNER = """
const fs = require("fs"), path = require("path"), vm = require("vm");
const site = process.argv[2];
global.window = global;
window.location = {search: ""};
const element = {attributes: {}, textContent: "", value: ""};
element.setAttribute = (name, value) => { element.attributes[name] = value; };
global.document = {
  createElement: () => ({}),
  getElementById: () => element,
  head: {appendChild: (script) => setImmediate(() => vm.runInThisContext(read(script.src)))},
};
function read(name) { return fs.readFileSync(path.join(site, name), "utf8"); }
vm.runInThisContext(read("assets/search.js"));
vm.runInThisContext(read("search/meta.js"));
(async () => {
  const found = {};
  for (const query of JSON.parse(fs.readFileSync(0, "utf8"))) { found[query] = await window.ggSearch.groups(query); }
  process.stdout.write(JSON.stringify(found));
})();
"""
# the search page's own run of a query, and what it leaves on the page (`element` stands for each)
PAGE_RUNNER = RUNNER.rsplit("(async", 1)[0] + """
window.ggSearch.run(JSON.parse(fs.readFileSync(0, "utf8"))[0]).then(() => {
  process.stdout.write(JSON.stringify({status: element.textContent, attributes: element.attributes}));
});
"""


@pytest.fixture(scope="module")
def site(built_output: Path) -> Path:
    return built_output / "site"


def _data(site: Path, name: str) -> object:
    text = (site / "search" / f"{name}.js").read_text("utf-8")
    return json.loads(re.fullmatch(rf'ggSearch\.add\("{name}",(.*)\);\n', text, re.DOTALL).group(1))


@pytest.fixture(scope="module")
def rows(site: Path) -> list[list]:
    """Every search document as [title, url, sub, text], by document number."""
    meta = _data(site, "meta")
    size = meta["docShardSize"]
    return [row for n in range(0, meta["docs"], size) for row in _data(site, f"d{n // size}")]


def in_node(site: Path, tmp_path: Path, runner: str, queries: list[str]) -> dict:
    """What `runner` prints, run by node over `site` with `queries`; skipped without node."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (the browser tests rank the site's search too)")
    script = tmp_path / "search-runner.js"
    script.write_text(runner, encoding="utf-8")
    result = subprocess.run([node, str(script), str(site)], input=json.dumps(queries), capture_output=True,
                            text=True, check=True, timeout=120)
    return json.loads(result.stdout)


def search(site: Path, rows: list[list], tmp_path: Path, *queries: str) -> dict[str, dict[str, list[str]]]:
    """Each query's results in the site's search, by kind: their pages' URLs, best first."""
    found = in_node(site, tmp_path, RUNNER, list(queries))
    return {query: {kind: [rows[n][1] for n in numbers] for kind, numbers in by_kind.items()}
            for query, by_kind in found.items()}


def test_a_query_of_common_words_only_says_so_and_the_page_is_ready(site: Path, tmp_path: Path) -> None:
    page = in_node(site, tmp_path, PAGE_RUNNER, ["the and of"])
    assert page["status"].startswith("Those words are too common")
    assert page["attributes"]["data-ready"] == "true"


def _titles(rows: list[list], urls: list[str]) -> list[str]:
    title = {row[1]: row[0] for row in rows}
    return [title[url] for url in urls]


def test_a_myth_is_searched_by_each_wording_and_listed_once(site: Path, rows: list[list], tmp_path: Path) -> None:
    consent = "myths/consent-needed-share-personal.html"
    wordings = [row[3] for row in rows if row[1] == consent]
    assert len(wordings) == 2  # the two documents' wordings, each with its own answer
    assert wordings[0].startswith("Consent is") and wordings[1].startswith("Consent is")
    assert "freely given" in " ".join(wordings) and not all("freely given" in w for w in wordings)
    meta = _data(site, "meta")
    assert [rows[n][1] for n in meta["samePage"]].count(consent) == 1
    found = search(site, rows, tmp_path, "consent", "data protection law is the reason we cannot share")
    myths = found["consent"]["myth"]
    assert myths[0] == consent and len(myths) == len(set(myths))
    # the words of one wording, not words spread over both ("reason", "law": "reasonable", "lawful")
    assert found["data protection law is the reason we cannot share"]["myth"][0] == \
        "myths/data-protection-legislation-barrier.html"


def test_a_word_of_the_typed_words_family_counts_nearly_as_itself(site: Path, rows: list[list],
                                                                   tmp_path: Path) -> None:
    # "confidentiality" (stem "confidenti") finds the myth about the duty of "confidence" ("confid")
    found = search(site, rows, tmp_path, "confidentiality means a nurse can never disclose anything")
    assert found["confidentiality means a nurse can never disclose anything"]["myth"][0] == \
        "myths/common-law-duty-confidence.html"


def test_a_passage_under_a_heading_naming_an_act_rests_on_it(site: Path, rows: list[list], tmp_path: Path) -> None:
    meta = _data(site, "meta")
    cites = [row for n in range(meta["citeShards"]) for row in _data(site, f"c{n}")]
    number = {row[1]: n for n, row in enumerate(rows)}
    act = number["legal-bases/children-act-2004.html"]
    under_heading = [n for n, row in enumerate(rows) if row[0] == "The Children Act 2004"
                     and "Children Act" not in row[3]]
    assert under_heading and all(cites[n] == [act] for n in under_heading)
    question = "Do secure training centres have to safeguard the children they hold?"
    found = search(site, rows, tmp_path, question)[question]
    assert _titles(rows, found["legal-basis"])[0] == "Children Act 2004"


def test_a_case_example_leads_to_its_law_weakly(site: Path, rows: list[list], tmp_path: Path) -> None:
    # case examples tell long stories that share everyday words with any question, and rest mostly
    # on the broad Children Act 1989: the passages that match lead to the specific law
    question = "the law that made the council, the police and health safeguarding partners"
    found = search(site, rows, tmp_path, question)[question]
    assert "Children and Social Work Act 2017" in _titles(rows, found["legal-basis"])[:3]


def test_a_passage_sharing_a_rare_word_ranks_though_it_shares_few(site: Path, rows: list[list],
                                                                  tmp_path: Path) -> None:
    question = "is emailing a child's personal details to another agency safe?"
    found = search(site, rows, tmp_path, question)[question]
    texts = {row[1]: row[3] for row in rows}
    assert any("secure email address" in texts[url] for url in found["passage"][:5])
