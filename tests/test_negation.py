"""Law a passage says does not apply: marked on its citation, never counted as support."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SIDECAR
from rdflib import Graph

from guidegraph.answers import Answers
from guidegraph.catalog import Catalog
from guidegraph.extract.legislation import find_citations
from guidegraph.extract.negation import negation
from guidegraph.model import Block, Citation, Document, Metadata
from guidegraph.segment import segment
from guidegraph.vocab import GG


def cite(catalog: Catalog, text: str) -> list[Citation]:
    """The citations of a one-paragraph English document."""
    meta = Metadata("t", "T", "P", "2024", ("England",), (), "", "", "full", Path("t.txt"))
    return find_citations(segment(Document(meta, (Block("paragraph", text, 1, 1),))), catalog)[0]


def negated(text: str, *names: str) -> list[str]:
    """negation() of each name in text, with the other names as the other mentions."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return [negation(text, start, end, spans) for start, end in spans]


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Section 47 of the Children Act 1989 does not apply in Scotland, where the Children (Scotland) Act 1995 "
     "applies.", ("Section 47 of the Children Act 1989", "Children (Scotland) Act 1995"), ["does not apply", ""]),
    ("The Data Protection Act 1998 has been repealed and replaced by the Data Protection Act 2018.",
     ("Data Protection Act 1998", "Data Protection Act 2018"), ["has been repealed and replaced", ""]),
    ("The GDPR and the Data Protection Act 2018 supersede the Data Protection Act 1998.",
     ("GDPR", "Data Protection Act 2018", "the Data Protection Act 1998"), ["", "", "supersede"]),
    ("As of April 2016 part 3 of the Act, which relates to support for children in need, has been replaced "
     "in Wales by part 6 of the Social Services and Well-being (Wales) Act 2014.",
     ("part 3 of the Act", "part 6 of the Social Services and Well-being (Wales) Act 2014"),
     ["has been replaced", ""]),
    ("Records kept under the Data Protection Act 1998 (now repealed) may be shared.",
     ("Data Protection Act 1998",), ["repealed"]),
    # a gloss of what the provision did, then the aside
    ("Do not confuse it with section 17 of the Children Act 2004 (children and young people's plans, now "
     "repealed in England).", ("section 17 of the Children Act 2004",), ["repealed"]),
    ("The Data Protection Act 2018 replaced the Data Protection Act 1998 and the Human Rights Act 1998 still "
     "applies.", ("Data Protection Act 2018", "the Data Protection Act 1998", "Human Rights Act 1998"),
     ["", "replaced", ""]),
    ("The Police and Criminal Evidence Act 1984 is not a gateway for sharing in the MASH.",
     ("Police and Criminal Evidence Act 1984",), ["is not a gateway"]),
    ("The Freedom of Information Act 2000 is not relevant to sharing information about a child.",
     ("Freedom of Information Act 2000",), ["is not relevant"]),
    ("Previously, partners relied on the Crime and Disorder Act 1998 and the Children Act 2004; that is no longer "
     "the case.", ("Crime and Disorder Act 1998", "Children Act 2004"), ["no longer the case"] * 2),
    # named, but said to be no basis of its own
    ("The Domestic Abuse Act 2021 does not itself create a power to share information.",
     ("Domestic Abuse Act 2021",), ["does not itself create a power"]),
    ("The Children and Social Work Act 2017 amended the Children Act 2004; the 2017 Act is not itself a basis "
     "for sharing.", ("Children and Social Work Act 2017", "the Children Act 2004", "the 2017 Act"),
     ["the 2017 Act is not itself a basis", "", "is not itself a basis"]),
    # the clause after a semicolon refers back, as the next sentence can
    ("Investigations in Scotland are not carried out under section 47 of the Children Act 1989; that Act does "
     "not apply in Scotland.", ("section 47 of the Children Act 1989", "that Act"),
     ["that Act does not apply", "does not apply"]),
    ("Section 45 of the Modern Slavery Act 2015 provides a defence for victims; it is not a power to share.",
     ("Section 45 of the Modern Slavery Act 2015",), ["it is not a power"]),
    # "The 1998 Act" refers back to the mention of that year, not to the nearest Act
    ("The Data Protection Act 1998 and the Access to Health Records Act 1990 are cited in old procedures. "
     "The 1998 Act has been repealed.", ("Data Protection Act 1998", "Access to Health Records Act 1990"),
     ["The 1998 Act has been repealed", ""]),
    # a participle's aside between the mention and what is said of it
    ("The Data Protection Act 1998, referred to in earlier versions of this protocol, was repealed in 2018.",
     ("Data Protection Act 1998",), ["was repealed"]),
    # a provision in brackets glossing the subject: what is said of the subject is said of it
    ("Its named person provisions (Part 4) were never brought into force.", ("Part 4",),
     ["were never brought into force"]),
    # the short name the law goes by, set between commas
    ("Paragraph 4 of Schedule 2, the immigration exemption, is not a gateway for sharing.",
     ("Paragraph 4 of Schedule 2",), ["is not a gateway"]),
])
def test_negated_mentions(text: str, names: tuple[str, ...], expected: list[str]) -> None:
    assert negated(text, *names) == expected


@pytest.mark.parametrize("text", [
    "Section 115 of the Crime and Disorder Act 1998 does not apply to voluntary groups.",  # a limit
    "The Data Protection Act 2018 does not apply where the person has died.",
    "The Data Protection Act 1998 is not a barrier to sharing information.",
    "The consent rules of the GDPR do not apply here.",  # the rules' subject is not the law
    "The Data Protection Act 1998 has been partially repealed.",
    "A number of sections of the Children Act 2004 have been amended, repealed or replaced.",
    "The new code does not replace the Data Protection Act 2018.",
    "The Data Protection Act 2018 is not a barrier, and it is not the only basis for sharing.",
    "Partners rely on the Data Protection Act 2018. Paper forms were used; that is no longer the case.",
    # the Act that repealed another is the agent, not the subject of what follows
    "The Sexual Offences Act 1956 was repealed by the Sexual Offences Act 2003 and is not relevant now.",
    "Section 11 of the Children Act 2004 (the duty, which replaced earlier guidance) applies.",  # no comma gloss
    # a name between commas that is a clause of its own, not the law's name
    "The Data Protection Act 2018, the GDPR and the rules of the scheme are not a barrier to sharing.",
])
def test_limits_and_other_subjects_negate_nothing(text: str) -> None:
    name = next(n for n in ("Crime and Disorder Act 1998", "Data Protection Act 2018", "Data Protection Act 1998",
                            "GDPR", "Children Act 2004", "Sexual Offences Act 2003") if n in text)
    assert negated(text, name) == [""]


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Part 4 of the Children and Young People (Scotland) Act 2014 set up the named person. It was never brought "
     "into force.", ("Part 4 of the Children and Young People (Scotland) Act 2014",),
     ["It was never brought into force"]),
    # the provision named again as a later clause's subject, with others
    ("Part 4 of the Children and Young People (Scotland) Act 2014 would have given every child a named person. "
     "The Bill was withdrawn in 2019, and Parts 4 and 5 were never brought into force.",
     ("Part 4 of the Children and Young People (Scotland) Act 2014",),
     ["Parts 4 and 5 were never brought into force"]),
    ("Section 47 of the Children Act 1989 sets out enquiries. Section 47 does not apply to private fostering.",
     ("Section 47 of the Children Act 1989",), [""]),  # a limit, said of it again
    ("Section 17 of the Children Act 1989 gives a duty. Section 47 was repealed in error, the author says.",
     ("Section 17 of the Children Act 1989",), [""]),  # another section's
    ("Parts 4 and 5 of the Act set up the named person. They have not come into force.",
     ("Parts 4", "5 of the Act"), ["They have not come into force"] * 2),
    ("In 2014, section 5 of the Act and section 6 of the Act set up boards. This section was never commenced.",
     ("section 5 of the Act", "section 6 of the Act"), ["", "This section was never commenced"]),
    ("The Data Protection Act 1998 governed records. This Part of the Act has been repealed.",
     ("Data Protection Act 1998", "the Act"), ["", ""]),  # no Part was named before; the Act is not repealed
    ("Part 2 of the Children Act 2004 set up the boards. These provisions have since been repealed.",
     ("Part 2 of the Children Act 2004",), ["These provisions have since been repealed"]),
    ("Under section 47 of the Children Act 1989 councils make enquiries. It has been repealed.",
     ("section 47 of the Children Act 1989",), [""]),  # "It" is not the subject named before
    ("Section 47 of the Children Act 1989 sets out enquiries. It does not apply to private fostering.",
     ("Section 47 of the Children Act 1989",), [""]),  # a limit
    ("Section 11 of the Children Act 2004 places duties on agencies. It also applies to schools.",
     ("Section 11 of the Children Act 2004",), [""]),
    ("The Data Protection Act 2018 replaced the Data Protection Act 1998. It has been amended.",
     ("Data Protection Act 2018", "the Data Protection Act 1998"), ["", "replaced"]),
    # a clause joined by ", and" that opens with a pronoun refers back as a sentence would
    ("The Freedom of Information Act 2000 gives no right to see a case file, and it is not relevant to "
     "sharing.", ("Freedom of Information Act 2000",), ["it is not relevant"]),
    ("Section 11 of the Children Act 2004 places duties on agencies, and it does not apply to charities.",
     ("Section 11 of the Children Act 2004",), [""]),  # a limit still
    # "This" opening the next sentence, its later clause going on with "it": two sentences on
    ("Anyone with such information must disclose it under section 38B of the Terrorism Act 2000. This is a duty "
     "to report; it is not a gateway for sharing.", ("section 38B of the Terrorism Act 2000",),
     ["it is not a gateway"]),
    ("Anyone with such information must disclose it under section 38B of the Terrorism Act 2000. This is a duty "
     "to report; it does not apply to charities.", ("section 38B of the Terrorism Act 2000",), [""]),  # a limit
    ("Partners share under the Data Protection Act 2018 and the Children Act 1989. This is not a gateway.",
     ("Data Protection Act 2018", "Children Act 1989"), ["", ""]),  # "This" could be either: neither
    ("Section 11 of the Children Act 2004 places duties on agencies. It is a duty; it is not a gateway.",
     ("Section 11 of the Children Act 2004",), ["it is not a gateway"]),
])
def test_a_next_sentence_referring_back_negates(text: str, names: tuple[str, ...], expected: list[str]) -> None:
    """"It", "They", "This Part", "these provisions" opening the next sentence refer back to its
    subject or to the nearest mention of their kind."""
    assert negated(text, *names) == expected


def test_citation_keeps_the_negating_words(catalog: Catalog) -> None:
    citations = cite(catalog, "Section 47 of the Children Act 1989 does not apply in Scotland. Enquiries are made "
                              "under the Children (Scotland) Act 1995.")
    by_basis = {c.basis: c for c in citations}
    assert by_basis["children-act-1989"].negation == "does not apply"
    assert by_basis["children-act-1989"].provision is not None
    assert not [c for c in citations if c.basis != "children-act-1989" and c.negation]


def test_superseded_law_is_not_the_antecedent_of_its_principles(catalog: Catalog) -> None:
    citations = cite(catalog, "The GDPR and the Data Protection Act 2018 supersede the Data Protection Act 1998. "
                              "Practitioners must have due regard to the data protection principles.")
    principles = next(c for c in citations if c.text == "data protection principles")
    assert principles.basis == "gdpr"


def test_which_act_does_not_count_law_the_text_says_does_not_apply(tmp_path: Path) -> None:
    from guidegraph.build import build
    from guidegraph.config import load_config
    from guidegraph.pipeline import load_records

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "scotland.txt").write_text(
        "Child protection in Scotland\n\n"
        "Child protection investigations in Scotland are carried out under the Children (Scotland) Act 1995. "
        "Section 47 of the Children Act 1989 does not apply in Scotland.\n\n"
        "Records\n\nThe Data Protection Act 1998 has been repealed and replaced by the Data Protection Act 2018.\n",
        encoding="utf-8")
    (corpus / "scotland.toml").write_text(SIDECAR.replace('["England"]', '["Scotland"]'), encoding="utf-8")
    out = tmp_path / "build"
    build(load_config(corpus=corpus, out=out, site=False))
    with Answers(out) as answers:
        results = answers.which_act("child protection investigations in Scotland", limit=10)
        assert results[0]["title"] == "Children (Scotland) Act 1995"
        # The passage saying section 47 does not apply is no evidence for it, and law the corpus
        # does not otherwise cite (its catalog entry alone, "child protection enquiries") is none either.
        assert "children-act-1989" not in [r["id"] for r in results]
        assert "data-protection-act-1998" not in [r["id"] for r in answers.which_act("records repealed", limit=10)]
    records = load_records(out)
    assert not [b for b in records["legal-bases"] if b["id"] == "children-act-1989" and b["cited_in"]]
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    [citation] = [c for c, t in graph.subject_objects(GG.refersTo) if str(t).endswith("ukpga/1989/41/section/47")]
    assert str(graph.value(citation, GG.negatedBy)) == "does not apply"
    passage = graph.value(citation, GG.citedIn)
    cited = {str(b) for b in graph.objects(passage, GG.citesLegalBasis)}
    assert cited == {"http://www.legislation.gov.uk/id/ukpga/1995/36"}  # the Children (Scotland) Act 1995 only


def test_a_repealed_act_shares_its_predicate_with_a_named_thing_that_is_not_law() -> None:
    """"The Protection of Children Act 1999 and List 99 have been replaced": both subjects; a
    lower-case noun after "and" is a clause of its own."""
    text = "The Protection of Children Act 1999 and List 99 have been replaced by the barring scheme."
    start = text.index("Protection")
    assert negation(text, start, start + len("Protection of Children Act 1999")) == "have been replaced"
    text = "The Children Act 1989 and the police have been asked to help."
    assert negation(text, 4, 4 + len("Children Act 1989")) == ""
