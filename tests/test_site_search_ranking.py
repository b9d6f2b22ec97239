"""How the site's search (search.js, run under node over the built site's data files) ranks results."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from guidegraph.analysis import analyse
from guidegraph.site.search import SearchDoc, alias_groups, terms, write_search_data

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
# search.js's analysis of each text, once the search data (its stop words) is loaded
TERMS_RUNNER = RUNNER.rsplit("(async", 1)[0] + """
setImmediate(() => process.stdout.write(JSON.stringify(
  JSON.parse(fs.readFileSync(0, "utf8")).map((text) => window.ggSearch.terms(text)))));
"""
# the search page's own run of a query, and what it leaves on the page (`element` stands for each)
PAGE_RUNNER = RUNNER.rsplit("(async", 1)[0] + """
window.ggSearch.run(JSON.parse(fs.readFileSync(0, "utf8"))[0]).then(() => {
  process.stdout.write(JSON.stringify({status: element.textContent, attributes: element.attributes}));
});
"""

# the search page's run of a query as a page shows it: the status line above the results
RESULTS_PAGE_RUNNER = RUNNER.split("const element", 1)[0] + """
function fake() {
  return {attributes: {}, textContent: "", value: "", setAttribute(name, value) { this.attributes[name] = value; },
    appendChild: (child) => child, addEventListener: () => {}, querySelectorAll: () => []};
}
const status = fake(), results = fake();
global.document = {
  createElement: fake, createDocumentFragment: fake, createTextNode: (text) => ({text}),
  getElementById: (id) => (id === "search-status" ? status : results),
  head: {appendChild: (script) => setImmediate(() => vm.runInThisContext(read(script.src)))},
};
function read(name) { return fs.readFileSync(path.join(site, name), "utf8"); }
vm.runInThisContext(read("assets/search.js"));
vm.runInThisContext(read("search/meta.js"));
setImmediate(() => window.ggSearch.run(JSON.parse(fs.readFileSync(0, "utf8"))[0]).then(() => {
  process.stdout.write(JSON.stringify({status: status.textContent, ready: results.attributes["data-ready"]}));
}));
"""

SEARCH_JS = Path(__file__).parents[1] / "site_templates" / "assets" / "search.js"


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


def test_a_passage_giving_an_email_address_is_found_by_asking_for_one(site: Path, rows: list[list],
                                                                      tmp_path: Path) -> None:
    # the consultation's passage gives "is_guidance.consultation@dfes.gsi.gov.uk", never "email address"
    found = search(site, rows, tmp_path, "email address for enquiries")["email address for enquiries"]["passage"]
    text = {row[1]: row[3] for row in rows}
    assert "@dfes.gsi" in text[found[0]]


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


def test_the_law_is_found_through_passages_not_case_examples(site: Path, rows: list[list], tmp_path: Path) -> None:
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


# --- scoring rules, on small search data made here -------------------------------------------

FILLER = [f"A note on the weather in town number {n}, and on rain." for n in range(40)]


def tiny_site(tmp_path: Path, docs: list[SearchDoc], labels: list[list[str]], guidance: tuple[str, ...] = ()) -> Path:
    """A site holding only search.js and the search data of `docs` and the alias sets `labels`
    (`guidance`: their concepts' own words), beside FILLER passages (so that the words of `docs`
    are rare, as words of a topic are)."""
    site = tmp_path / "site"
    filler = [SearchDoc("passage", "Weather", f"documents/weather.html#p{n}", "Weather", text)
              for n, text in enumerate(FILLER)]
    write_search_data([*docs, *filler], alias_groups(labels), site / "search", guidance)
    (site / "assets").mkdir()
    shutil.copy(SEARCH_JS, site / "assets" / "search.js")
    return site


def found_urls(site: Path, tmp_path: Path, query: str) -> dict[str, list[str]]:
    """The query's results by kind, as URLs, best first."""
    size = _data(site, "meta")["docShardSize"]
    rows = [row for n in range(0, _data(site, "meta")["docs"], size) for row in _data(site, f"d{n // size}")]
    return search(site, rows, tmp_path, query)[query]


def passage(url: str, text: str, cites: tuple[str, ...] = ()) -> SearchDoc:
    return SearchDoc("passage", url, url, "Guidance", text, cites=cites)


def test_a_word_typed_counts_more_than_many_of_its_aliases(tmp_path: Path) -> None:
    # a unit of the query counts its best option, as on the command line: not the sum of its aliases
    aliases = ["consent", "permission", "approval", "authorisation", "assent", "sanction"]
    typed = passage("documents/a.html#typed", "Ask for agreement, then write, call, visit and record.")
    site = tiny_site(tmp_path, [typed, passage("documents/a.html#aliases", ", ".join(aliases) + ".")],
                     [["agreement", *aliases]])
    assert found_urls(site, tmp_path, "agreement")["passage"] == ["documents/a.html#typed", "documents/a.html#aliases"]


def test_a_common_word_is_not_expanded_to_its_aliases(tmp_path: Path) -> None:
    # a word in many documents is the guidance's own word: searching for it finds it, not its aliases
    sharing = [passage(f"documents/s.html#p{n}", f"Share the record number {n}.") for n in range(5)]
    site = tiny_site(tmp_path, [*sharing, passage("documents/d.html#p1", "Disclose what is needed.")],
                     [["share", "disclose"]])
    assert "documents/d.html#p1" not in found_urls(site, tmp_path, "share")["passage"]
    assert len(found_urls(site, tmp_path, "disclose")["passage"]) == 6  # a rare word is expanded


def test_an_alias_of_several_words_counts_where_they_stand_together(tmp_path: Path) -> None:
    # "free school" stands in two documents (the index keeps the pair), not in the one with the words
    # apart; "pupil referral unit" stands in one only (the index leaves its pairs out), which is found
    free = [passage(f"documents/f.html#p{n}", f"Free schools must keep pupils safe ({n}).") for n in range(2)]
    site = tiny_site(tmp_path, [*free, passage("documents/f.html#apart", "Free meals at the school."),
                                passage("documents/p.html#unit", "Pupil referral units keep children safe.")],
                     [["academy", "free school", "pupil referral unit"]])
    assert sorted(found_urls(site, tmp_path, "academy")["passage"]) == \
        ["documents/f.html#p0", "documents/f.html#p1", "documents/p.html#unit"]


def test_the_law_is_ranked_by_passages_not_by_case_examples(tmp_path: Path) -> None:
    # a case example's long story shares words with any question; its passages lead to its law
    law = [SearchDoc("legal-basis", title, f"legal-bases/{slug}.html", "in force", title, title)
           for slug, title in (("story", "Story Act"), ("guidance", "Guidance Act"))]
    story = SearchDoc("case-example", "Case", "case-examples/c.html", "Guidance",
                      "The school nurse will tell the school what the school nurse saw.",
                      cites=("legal-bases/story.html",))
    site = tiny_site(tmp_path, [*law, story, passage("documents/g.html#p1", "Ask a nurse.",
                                                     cites=("legal-bases/guidance.html",))], [])
    assert found_urls(site, tmp_path, "should the school nurse tell")["legal-basis"][0] == \
        "legal-bases/guidance.html"


def test_a_hyphenated_word_is_one_word_however_it_is_written(tmp_path: Path) -> None:
    # "well-being" finds "wellbeing" and "well-being", not "well" and "being" apart
    hyphenated = [passage(f"documents/w.html#h{n}", f"Promote the well-being of children ({n}).") for n in range(2)]
    site = tiny_site(tmp_path, [*hyphenated, passage("documents/w.html#solid", "Promote the wellbeing of children."),
                                passage("documents/w.html#apart", "Being careful keeps children well.")], [])
    assert sorted(found_urls(site, tmp_path, "well-being")["passage"]) == \
        ["documents/w.html#h0", "documents/w.html#h1", "documents/w.html#solid"]


def test_a_legal_basis_found_itself_counts_as_one_more_result_resting_on_it(tmp_path: Path) -> None:
    # as which-act seeds it: the words of its name ("School Records") weigh no more than a passage
    # holding more of the question that rests on other law
    law = [SearchDoc("legal-basis", title, f"legal-bases/{slug}.html", "in force", title, title)
           for slug, title in (("records", "School Records Regulations"), ("data", "Data Act"))]
    answer = passage("documents/r.html#p1", "A parent may ask the school for a copy.", cites=("legal-bases/data.html",))
    site = tiny_site(tmp_path, [*law, answer], [])
    question = "a father asks the school for a copy of his son's records"
    assert found_urls(site, tmp_path, question)["legal-basis"] == ["legal-bases/data.html", "legal-bases/records.html"]


def test_each_word_of_a_long_query_keeps_some_of_its_aliases(tmp_path: Path) -> None:
    # the aliases looked up are limited, a few of each word in turn: the last word's one alias counts
    words = ("kilo", "lima", "mike", "oscar")
    many = [[word, *(f"{word}{letter}" for letter in "bcdfghjklmnpqrstvw")] for word in words]
    site = tiny_site(tmp_path, [passage("documents/z.html#p1", "Zulu is here.")], [*many, ["yankee", "zulu"]])
    assert found_urls(site, tmp_path, "kilo lima mike oscar yankee")["passage"] == ["documents/z.html#p1"]


def test_a_hyphenated_label_typed_last_keeps_its_aliases(tmp_path: Path) -> None:
    # "say-so" is a label of its own, not only a hyphenated word: as query._join_compounds
    site = tiny_site(tmp_path, [passage("documents/c.html#p1", "Ask for consent.")], [["consent", "say-so"]])
    assert found_urls(site, tmp_path, "without their say-so")["passage"] == ["documents/c.html#p1"]


def test_a_hyphenated_label_with_a_question_word_matches_only_hyphenated(tmp_path: Path) -> None:
    # as expansion.one_word_only: "say so" typed apart is any "if they say so", not consent
    site = tiny_site(tmp_path, [passage("documents/c.html#p1", "Ask for consent.")], [["consent", "say-so"]])
    assert found_urls(site, tmp_path, "do I need to say so").get("passage", []) == []
    assert found_urls(site, tmp_path, "do I need their say-so")["passage"] == ["documents/c.html#p1"]
    assert found_urls(site, tmp_path, "consent")["passage"] == ["documents/c.html#p1"]


@pytest.mark.parametrize("copy", ["", " meeting"])  # word for word, or with a word more
def test_a_passage_repeating_a_better_one_comes_after_the_others(tmp_path: Path, copy: str) -> None:
    # as search_hits.repeats_last: the same advice copied into another document would take the place
    # of other advice
    advice = "Share the safety plan with the school nurse before the review"
    site = tiny_site(tmp_path, [passage("documents/a.html#p1", f"{advice}."),
                                passage("documents/b.html#p1", f"{advice}{copy}."),
                                passage("documents/c.html#p1", "The school nurse visits on Mondays.")], [])
    found = found_urls(site, tmp_path, "safety plan for the school nurse")["passage"]
    assert found[1] == "documents/c.html#p1" and sorted(found[::2]) == ["documents/a.html#p1", "documents/b.html#p1"]


def test_the_sites_copies_are_the_passages_the_command_line_counts_as_repeats() -> None:
    from itertools import combinations

    from guidegraph.search_hits import passage_words, repeats_words
    from guidegraph.site.copies import passage_copies

    texts = [*FILLER, "Share the plan.", "Share the plan!", "Share the plan now.", "Keep the plan.", "Rain."]
    docs = [passage(f"documents/r.html#p{n}", text) for n, text in enumerate(texts)]
    copies, near = passage_copies(docs)
    set_of = {doc: place for place, numbers in enumerate(copies) for doc in numbers}
    for a, b in combinations(range(len(docs)), 2):
        expected = repeats_words(passage_words(texts[a]), passage_words(texts[b]))
        together = a in set_of and b in set_of and (set_of[a] == set_of[b] or
                                                    sorted([set_of[a], set_of[b]]) in near)
        assert together == expected, (texts[a], texts[b])


def test_a_word_of_many_aliases_keeps_its_concepts_own_word(tmp_path: Path) -> None:
    # as expansion.Expander: of more than MAX_ALTERNATIVES aliases, the guidance's word is kept first
    crime = ["crime", "assault", *(f"a{letter}" for letter in "bcdefghijklmnopqrstuvw")]
    site = tiny_site(tmp_path, [passage("documents/v.html#p1", "Violence at home.")],
                     [crime, ["violence", "assault"]], guidance=("crime", "violence"))
    assert found_urls(site, tmp_path, "assault")["passage"] == ["documents/v.html#p1"]


# --- ages, number words and provisions, spelled as the command line spells them ----------------

@pytest.mark.parametrize("age", ["16 year old", "sixteen-year-old", "16 years old", "Sixteen Year Old", "aged 16",
                                 "aged sixteen"])
def test_an_age_is_indexed_as_the_command_line_indexes_it(age: str) -> None:
    assert {"16", "ag"} <= set(terms(f"a {age} girl")) and not {"sixteen", "year", "old"} & set(terms(age))


@pytest.mark.parametrize(("text", "expected"), [
    ("s47 enquiries", ["section", "47", "enquiri"]), ("s.47 enquiries", ["section", "47", "enquiri"]),
    ("under ss 17 and art8", ["under", "section", "17", "articl", "8"]), ("arts 2a", ["articl", "2a"]),
    ("a three month old baby", ["3", "month", "ag", "babi"]), ("a 6-week-old", ["6", "week", "ag"]),
    ("the old year, seven years on", ["old", "year", "7", "year"]), ("s is for safe", ["s", "safe"]),
    # "one" is seldom a number: a word, but in an age
    ("one of our pupils, no one", ["on", "our", "pupil", "no", "on"]), ("a one year old", ["1", "ag"]),
    ("one one month old, s1 one", ["on", "1", "month", "ag", "section", "1", "on"]),
])
def test_provisions_and_number_words_are_one_spelling(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


CLI_WORDS = ("s ss sec art arts 16 12 0 47 5a s47 art8 ss17a arts2 sec3 s4b sixteen one twenty zero seven seventeen "
             "year years month months week weeks old aged child secs sections").split()


def test_the_sites_terms_are_the_command_lines_where_they_tokenise_alike() -> None:
    import random

    pick = random.Random(0)
    for _ in range(3000):
        text = " ".join(pick.choice(CLI_WORDS) for _ in range(pick.randint(1, 9)))
        # the command line also leaves out single letters ("s" before no number), and spells "one" 1
        spelled_as_cli = ["1" if term == "on" else term for term in terms(text) if len(term) > 1 or term.isdigit()]
        assert spelled_as_cli == analyse(text), text


def test_search_js_analyses_text_as_search_py_does(tmp_path: Path) -> None:
    import random

    pick = random.Random(1)
    samples = [" ".join(pick.choice(CLI_WORDS) for _ in range(pick.randint(1, 9))) for _ in range(500)]
    samples += ["a fifteen year old told her teacher", "Aged 12: a Twelve-Year-Old's s.47 file", "the constructor",
                "we can't, as one of two"]
    site = tiny_site(tmp_path, [], [])
    assert in_node(site, tmp_path, TERMS_RUNNER, samples) == [terms(text) for text in samples]


def test_an_age_is_found_however_it_is_written(tmp_path: Path) -> None:
    # "a fifteen year old", "aged 15" and "a 15-year-old" are one age; "15 minutes" is not an age
    ages = [passage("documents/a.html#aged", "Young people aged 15 may ask to see their records."),
            passage("documents/a.html#old", "A 15-year-old pupil told the nurse about her home.")]
    site = tiny_site(tmp_path, [*ages, passage("documents/a.html#minutes", "Wait 15 minutes, then call back.")], [])
    for query in ("a fifteen year old told her teacher", "aged fifteen", "15 years old"):
        assert sorted(found_urls(site, tmp_path, query)["passage"][:2]) == ["documents/a.html#aged",
                                                                           "documents/a.html#old"], query


def test_a_provision_is_found_however_it_is_written(tmp_path: Path) -> None:
    site = tiny_site(tmp_path, [passage("documents/s.html#p1", "Enquiries under section 47 are led by the council."),
                                passage("documents/s.html#p2", "Article 8 protects family life.")], [])
    assert found_urls(site, tmp_path, "s47")["passage"] == ["documents/s.html#p1"]
    assert found_urls(site, tmp_path, "art8")["passage"][0] == "documents/s.html#p2"  # before "town number 8"


# --- what the command line weighs, weighed alike on the site -----------------------------------

@pytest.mark.parametrize(("query", "expected"), [
    ("auditors", "documents/k.html#audit"),  # the work an agent noun names, where the agent is never written
    ("investigating", "documents/k.html#verb"),  # an -ate verb's other stem ("investig", not "investigat")
    ("reassessment", "documents/k.html#hyphen"),  # a word typed solid that the guidance hyphenates
    ("tellin", "documents/k.html#spoken"),  # an -ing word typed as spoken, its g dropped
    ("quickest", "documents/k.html#degree"),  # a superlative never written, for its comparative
])
def test_a_word_finds_its_family_the_stemmer_keeps_apart(tmp_path: Path, query: str, expected: str) -> None:
    site = tiny_site(tmp_path, [passage("documents/k.html#audit", "The National Audit Office may see the accounts."),
                                passage("documents/k.html#verb", "An investigation of the case follows."),
                                passage("documents/k.html#hyphen", "A re-assessment is due in spring."),
                                passage("documents/k.html#spoken", "Telling the family comes later."),
                                passage("documents/k.html#degree", "A phone call is quicker than a letter.")], [])
    assert found_urls(site, tmp_path, query)["passage"] == [expected]


def test_a_case_examples_passages_weigh_less(tmp_path: Path) -> None:
    # as `guidegraph search` weighs them (CASE_PASSAGE_WEIGHT): a story shares a question's everyday words
    import base64
    from array import array

    from guidegraph.search_hits import CASE_PASSAGE_WEIGHT
    from guidegraph.site.search import shard_of

    text = "The nurse saw bruises on the toddler."
    site = tiny_site(tmp_path, [passage("documents/c.html#advice", text),
                                passage("documents/c.html#story", text)._replace(weight=CASE_PASSAGE_WEIGHT)], [])
    meta = _data(site, "meta")
    packed = _data(site, f"t{shard_of('bruis', meta['termShards'])}")["bruis"]
    weights = list(array("H", base64.b64decode(packed)))[1::2]  # [gap, weight, ...], in document order
    assert len(weights) == 2 and weights[1] == pytest.approx(CASE_PASSAGE_WEIGHT * weights[0], abs=1)
    assert found_urls(site, tmp_path, "bruises")["passage"] == ["documents/c.html#advice", "documents/c.html#story"]


def _consent_site(tmp_path: Path) -> Path:
    return tiny_site(tmp_path, [passage(f"documents/c.html#p{n}", f"Ask for consent before sharing ({n}).")
                                for n in range(2)], [])


def test_a_word_typed_one_letter_off_a_word_of_the_guidance_is_read_as_it_and_the_page_says_so(
        tmp_path: Path) -> None:
    # as the command line reads it (query.respelt): "concent" is found nowhere, "consent" twice
    site = _consent_site(tmp_path)
    assert found_urls(site, tmp_path, "concent")["passage"] == ["documents/c.html#p0", "documents/c.html#p1"]
    page = in_node(site, tmp_path, RESULTS_PAGE_RUNNER, ["Concent before sharing"])
    assert page == {"status": "2 results for \u201cconsent before sharing\u201d "
                              "(searched for \u201cconsent\u201d instead of \u201cconcent\u201d)", "ready": "true"}


LOADED_RUNNER = RUNNER.replace("process.stdout.write(JSON.stringify(found))",
                               "process.stdout.write(JSON.stringify(Object.keys(window.ggSearch.data).sort()))")


def test_the_spelling_data_loads_only_for_a_word_found_nowhere(site: Path, tmp_path: Path) -> None:
    assert "spelling" not in in_node(site, tmp_path, LOADED_RUNNER, ["consent", "actual harm"])
    assert "spelling" in in_node(site, tmp_path, LOADED_RUNNER, ["concent"])


@pytest.mark.parametrize("query", [
    "feather",  # a word of English, one letter off the filler's "weather": a word of its own, not a slip
    "rainn",  # too short to tell a slip from another word (the filler writes "rain")
    '"concent"',  # a quoted phrase is matched exactly
])
def test_a_word_found_nowhere_is_left_as_typed_unless_it_is_a_slip(tmp_path: Path, query: str) -> None:
    site = _consent_site(tmp_path)
    assert found_urls(site, tmp_path, query) == {}
    assert in_node(site, tmp_path, RESULTS_PAGE_RUNNER, [query])["status"].startswith("No results for")


def test_a_short_name_typed_with_two_letters_swapped_is_read_as_it(tmp_path: Path) -> None:
    # as query.respelt: a word of four or five letters only into a word of the labels, swapped back
    docs = [passage(f"documents/c.html#p{n}", f"The GDPR allows sharing; the mail was sent ({n}).") for n in range(2)]
    site = tiny_site(tmp_path, docs, [["UK GDPR", "GDPR", "General Data Protection Regulation"]])
    assert found_urls(site, tmp_path, "gdrp")["passage"] == ["documents/c.html#p0", "documents/c.html#p1"]
    assert in_node(site, tmp_path, RESULTS_PAGE_RUNNER, ["GDRP"])["status"] == (
        "2 results for \u201cgdpr\u201d (searched for \u201cgdpr\u201d instead of \u201cgdrp\u201d)")
    assert found_urls(site, tmp_path, "mial") == {}  # "mail" is written, but is no word of the labels
    assert found_urls(site, tmp_path, "gdpt") == {}  # a letter wrong: too short to tell from another word


def test_a_slip_is_read_as_the_commonest_word_one_letter_off_it(tmp_path: Path) -> None:
    # "cansent" is one letter off "consent" (in two passages) and "casent" (in one, and no English word)
    site = tiny_site(tmp_path, [*(passage(f"documents/c.html#p{n}", f"Ask for consent ({n}).") for n in range(2)),
                                passage("documents/c.html#odd", "The casent file.")], [])
    assert found_urls(site, tmp_path, "cansent")["passage"] == ["documents/c.html#p0", "documents/c.html#p1"]


def test_an_object_between_a_phrasal_verb_and_its_particle_still_types_the_label(tmp_path: Path) -> None:
    # as query.Expander: "write anything down" is "write down", whose alias the guidance writes
    site = tiny_site(tmp_path, [passage("documents/r.html#p1", "Keep a record of the decision.")],
                     [["record", "write down"]])
    assert found_urls(site, tmp_path, "do I write anything down")["passage"] == ["documents/r.html#p1"]
    assert found_urls(site, tmp_path, "do I write anything") == {}


def test_a_word_of_degree_within_a_label_still_types_it(tmp_path: Path) -> None:
    # as query.Expander: "agrees to absolutely everything" is "agrees to everything", a label
    site = tiny_site(tmp_path, [passage("documents/r.html#p1", "A parent may be overly cooperative.")],
                     [["overly cooperative", "agrees to everything"]])
    assert found_urls(site, tmp_path, "she agrees to absolutely everything")["passage"] == ["documents/r.html#p1"]
    assert found_urls(site, tmp_path, "she agrees to absolutely") == {}
