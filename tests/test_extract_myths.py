"""Myths and their answers: the two myth-busting guides of the corpus, then other layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import bundled_corpus, segmented_fixture, unseen_myths

from guidegraph.extract import extract_corpus, extract_document, load_extractors
from guidegraph.extract.myth_concepts import cluster, concept_slug, content_words
from guidegraph.extract.myths import find_myths, verdict_of
from guidegraph.model import SegmentedDocument
from guidegraph.segment import segment

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def fixture(name: str) -> SegmentedDocument:
    return segmented_fixture(FIXTURES / name)


@pytest.fixture(scope="module")
def corpus() -> list[SegmentedDocument]:
    return list(bundled_corpus())


# ---------------------------------------------------------------------------------------------
# The bundled corpus


def test_corpus_has_ten_statements_in_five_concepts(corpus: list[SegmentedDocument]) -> None:
    myths = find_myths(corpus)
    assert len(myths) == 10
    by_doc = {m.document for m in myths}
    assert by_doc == {"pan-cheshire-information-sharing-2023", "surrey-information-sharing-2024"}
    concepts: dict[str, set[str]] = {}
    for m in myths:
        concepts.setdefault(m.concept, set()).add(m.document)
    assert len(concepts) == 5
    assert all(docs == by_doc for docs in concepts.values())
    assert all(m.verdict == "no" and m.answer.startswith("No –") and m.kind == "myth" for m in myths)


def test_each_documents_myths_are_found_with_it_and_aligned_over_the_corpus(
        corpus: list[SegmentedDocument], catalog) -> None:
    """A document's myths are cached with its other findings, so they are found per document
    (no concept yet); only their concepts need the whole corpus."""
    extractors = load_extractors(catalog)
    per_document = [extract_document(doc, extractors) for doc in corpus]
    assert sum(len(e.myths) for e in per_document) == 10
    assert {m.concept for e in per_document for m in e.myths} == {""}
    assert list(extract_corpus(corpus, extractors, per_document).myths) == find_myths(corpus)


def test_consent_myth_keeps_both_answers(corpus: list[SegmentedDocument]) -> None:
    consent = [m for m in find_myths(corpus) if m.statement.lower().startswith("consent")]
    assert len({m.concept for m in consent}) == 1
    answers = {m.document: m.answer for m in consent}
    assert answers["pan-cheshire-information-sharing-2023"].startswith("No – you do not need consent")
    assert answers["surrey-information-sharing-2024"].startswith("No – you do not necessarily need consent")
    assert {m.statement for m in consent} == {"Consent is needed to share personal information",
                                             "Consent is always needed to share personal information"}


def test_statements_point_at_passages(corpus: list[SegmentedDocument]) -> None:
    passage_ids = {p.id for doc in corpus for p in doc.passages}
    for m in find_myths(corpus):
        assert m.passage_id in passage_ids and m.answer_passage_id in passage_ids


def test_concept_ids_do_not_depend_on_document_order(corpus: list[SegmentedDocument]) -> None:
    forward = {(m.document, m.statement): m.concept for m in find_myths(corpus)}
    backward = {(m.document, m.statement): m.concept for m in find_myths(corpus[::-1])}
    assert forward == backward


def test_no_myths_in_documents_without_them(corpus: list[SegmentedDocument]) -> None:
    others = [d for d in corpus if d.meta.slug.startswith(("nspcc", "halton", "cross-government"))]
    assert find_myths(others) == []


# ---------------------------------------------------------------------------------------------
# Layouts the corpus does not have


def test_myth_and_fact_pairs() -> None:
    myths = find_myths([fixture("myth-fact.txt")])
    assert [(m.statement, m.verdict) for m in myths] == [
        ("You always need a parent's consent to share information about their child", "no"),
        ("The Data Protection Act 2018 stops practitioners sharing information", "no"),
        ("Information given to a GP can never be passed on", "partly"),
    ]
    assert myths[0].answer.startswith("Consent is one lawful basis")
    assert myths[1].answer.startswith("The Act is a framework")
    assert myths[1].passage_id == myths[1].answer_passage_id


def test_numbered_myths_with_a_hash() -> None:
    """The ICO's "Myth #1: ..." / "Fact: ..." (OGL)."""
    myths = find_myths([fixture("myths-numbered.txt")])
    assert [m.statement.split()[:3] for m in myths] == [["Data", "protection", "law"], ["Only", "large", "tech"]]
    assert [m.answer.split()[0] for m in myths] == ["Data", "Data"]
    assert all(m.verdict == "no" and m.kind == "myth" for m in myths)


def test_question_and_answer_page() -> None:
    myths = find_myths([fixture("questions.txt")])
    found = [(m.statement, m.verdict, m.kind) for m in myths]
    assert found == [
        ("Does the Data Protection Act stop us sharing information?", "no", "question"),
        ("Can a teacher share information with the police without consent?", "yes", "question"),
        ("Is it always necessary to tell the family before sharing?", "partly", "question"),
    ]
    assert myths[0].answer.startswith("No. The Act provides a framework")


def test_no_with_a_hyphen_and_no_with_a_comma() -> None:
    myths = find_myths([fixture("misconceptions.txt")])
    assert [m.statement.split()[0] for m in myths] == ["Information", "Health"]
    assert [m.verdict for m in myths] == ["no", "no"]
    assert myths[1].answer.startswith("No, not where sharing is needed")


def test_yes_no_flowchart_items_are_not_myths() -> None:
    doc = fixture("case-studies.html")
    assert find_myths([doc]) == []


def test_same_myth_in_two_layouts_shares_a_concept(corpus: list[SegmentedDocument]) -> None:
    """A "Myth: ... Reality: ..." pair states the data protection and consent beliefs of Surrey's
    table in other words; the myth about a GP's records is none of Surrey's."""
    myths = find_myths([*(d for d in corpus if d.meta.slug.startswith("surrey")), fixture("myth-fact.txt")])
    concept = {m.statement: m.concept for m in myths}
    surrey = {m.concept for m in myths if m.document.startswith("surrey")}
    assert concept["The Data Protection Act 2018 stops practitioners sharing information"] \
        == concept["Data protection legislation is a barrier to sharing information"]
    assert concept["You always need a parent's consent to share information about their child"] \
        == concept["Consent is always needed to share personal information"]
    assert concept["Information given to a GP can never be passed on"] not in surrey


# ---------------------------------------------------------------------------------------------
# Parts


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [("No – you do not", "no"), ("No - this is not", "no"), ("No, not where", "no"), ("No. The Act", "no"),
     ("Yes – where", "yes"), ("Yes.", "yes"), ("Not necessarily. A GP", "partly"),
     ("It depends on", "partly"), ("Nobody knows", None), ("Yesterday", None)],
)
def test_verdict_from_the_first_words(answer: str, verdict: str | None) -> None:
    assert verdict_of(answer) == verdict


def test_clustering_groups_rewordings_only() -> None:
    statements = [
        "Consent is always needed to share personal information",
        "Data protection legislation is a barrier to sharing information",
        "Consent is needed to share personal information.",
        "IT Systems are often a barrier to effective information sharing",
    ]
    ids = cluster(statements)
    assert ids[0] == ids[2] and len(set(ids)) == 3
    assert ids[0] == concept_slug("consent is always needed to share personal information")
    assert content_words("Sharing records") == content_words("shares record")


def test_a_chain_of_overlaps_does_not_join_its_ends() -> None:
    """The first two and the last two overlap enough (0.71), the first and last do not (0.56):
    only one pair is grouped, whatever the order. (Statements of a claim, such as "Data protection
    law is a barrier ...", are grouped by their claim: see test_myth_concepts.)"""
    statements = [
        "Health visitor records are a barrier to sharing with police officers",
        "Health visitor records are a barrier to sharing",
        "Health visitor records are a barrier to sharing in school emergencies",
    ]
    ids = cluster(statements)
    assert len(set(ids)) == 2 and ids[0] != ids[2]
    assert cluster(statements[::-1]) == ids[::-1]


def test_unseen_statements_keep_no_closing_full_stop() -> None:
    """Whatever its layout, a statement reads the same: no closing full stop. (How the unseen
    documents' statements group into concepts: test_myth_concepts.)"""
    myths = unseen_myths()  # read once per session, as the unseen rounds' tests read them
    assert len(myths) == 356  # 1 from round 47's SEND Local Offer page and 1 from its gaming platform's procedure;
    # 1 from round 46's hospice's Notion page;
    # 1 from round 45's fostering agency's page and 2 from its boarding school's policy;
    # 1 from round 40's FAQ once a question offering both ways was a belief;
    # 1 from round 44's taxi licensing page;
    # 1 from round 43's football club page;
    # 1 from round 42's weekend school page and 1 from its dental practice's policy;
    # 1 from round 41's church page, a quoted question, and 1 from its childminder's policy;
    # 3 from round 40's Welsh FAQ (one a question offering both ways);
    # 3 from the text boxes of the Whinmoor leaflet saved as RTF; 2 from the
    # PowerPoint golden rules deck's answer slides; 1 from the Outlook .msg bulletin's myth of the month; 2 from
    # the council page saved as .mhtml; 2 from the LibreOffice Impress quiz deck's answer slides; 2 from the
    # PowerPoint quiz deck's answer slides; 1 from the saved e-mail
    # bulletin's myth of the month; 1 from round 39: the Word leaflet's two shaded rows; 1 from round 38: the PDF
    # briefing grid's "Myth:"/"Fact:" box; 9 from round 37:
    # the LocalGov Drupal guide page's "Myth:" headings (3), the GitBook page's expandable blocks (3), the
    # Webflow page's tabs (3); 7 from round 36: the GOV.SCOT chapter's "Myth:"/"Fact:" pairs (2), the
    # Squarespace page's accordion (3), the NHS page's expanders (2); 9 from round 35: the Elementor page's
    # toggles (3), the Word policy's
    # table under its merged header (3), the Google Sites page's collapsible groups (3); 10 from round
    # 34: the Wix page's repeater boxes (3), the GOV.WALES page's "Myth: ..." headings (3), the help
    # centre's "Myth:"/"Fact:" pairs (4); 10 from round 33: the AsciiDoc page's questions and answers
    # (4), the intranet's definition list (3), the school page's flip cards (3); 9 from round 32: the
    # procedures manual's bold beliefs (3), the Outlook bulletin's three-column table (3), the
    # reStructuredText list-table (3); 7 from round 31: the archived GOV.UK note's box (2), the
    # wiki's table (3), the slides (2: a myth, then a fact); 7 from round 30:
    # the Word flyer's boxes (2), the Jekyll page's definition
    # list (3), the Moodle chapter's true-or-false check (2); 8 from round 29: the Mailchimp newsletter's
    # "MYTH"/"FACT" boxes (2), the
    # MDX page's admonitions (2), the PDF cards' quoted beliefs (4); 3 from round 28: the LibreOffice procedure's table;
    # 11 from round 27: the PDF myth buster's table over a page break (7), the Word
    # briefing's boxes (2), the Word policy's "Myth:" lines (2);
    # 5 from round 26: the Notion page's toggles (2), the trust policy's table (2), the
    # bulletin's "Myth:" (1); 7 from round 25: the SharePoint page's bold "Myth:" lines (2), the Word
    # text box's (2), the wiki's "details" boxes (2), the copied protocol's "Myth:" (1);
    # 4 from round 24: the Hugo page's "details" boxes (2), the minutes'
    # newsletter myth (1), the printed policy's "Myth:" box (1);
    # 6 from round 23: the Obsidian note's callouts (2), the blog post's
    # "Myth:" (1, not its reader's), the Word text's table (2), the briefing's word-joined "Myth:" (1);
    # 6 from round 22: the intranet page's myths and realities (3), the
    # wiki's HTML table (2), the Easy Read PDF's "Some people think" (1);
    # 8 from round 21: the Google Docs table (3), the council page's tab (2),
    # the pdftotext columns (2), the slide deck's "Myth or fact?" slide (1);
    # 5 from round 20: the newsletter's myth buster (1), the Word table (4);
    # 4 from round 19: the handbook's admonitions (2), the wiki page's expanders (2);
    # 5 from round 18: the police procedure's misconceptions (2), the briefing's
    # table (2), the bilingual leaflet (1, its English);
    # 11 from round 17: the notes pages' quiz (2), the GOV.UK table (2), the FAQ's
    # bold questions (5), the Scottish policy's "Misconception:" pairs (2);
    # 18 from round 16: the youth club's "Myth or fact?" quiz (5), the quiz page (4),
    # the pandoc policy's grid table (2), the scanned procedure (2), the NI protocol (2), the Welsh policy (3);
    # 5 from round 15: the ICO's ten steps (2), the GP policy (2), Easy Read (1);
    # 4 from round 14: the CAMHS leaflet for young people (2), the LSCP chapter (2);
    # 7 from round 12's Scottish Word page (1), police procedure's accordion (2),
    # health trust's MARAC policy (2) and Northern Irish school policy (2);
    # 4 from round 11's Word policy (2) and text-box panel (2);
    # 8 from the DfE 2024 advice, the briefing and the two-column page; 2 from Word;
    # 22 from the Prevent, youth justice, Encompass, GP, early help, Scottish, MACE and sexual health ones;
    # 18 from the MARAC protocol (2), Sarah's Law leaflet (4), midwifery guide (2), GOV.UK <h3> myths
    # page (6), Welsh council leaflet (2) and LADO chapter (2); 17 from round 7's police CAWN procedure (2),
    # exploitation guidance (2), nursery policy (2, not its yes/no flow), CME procedure (2), CP-IS page (2),
    # FGM quiz (3), family court note (2) and practice review procedure (2); 16 from round 8's escalation
    # procedure (3), adult s42 note (2), school "Can I ...?" FAQ (8), MASH page (2) and legal briefing (1);
    # 10 from round 9's housing policy (3), training slides' quiz (3), council page (3) and e-mail bulletin (1);
    # 12 from round 10's PDFs: the "Myth | Reality" table (8), the Northern Irish leaflet (2) and the
    # browser-printed council page's questions (2)
    assert not any(m.statement.endswith(".") for m in myths)


def test_myth_and_fact_table_rows() -> None:
    """A two-column "Myth | Fact" table under a myth-busting heading; an open question is no myth."""
    myths = find_myths([fixture("myth-table.md")])
    assert [(m.statement.split()[0], m.verdict, m.answer.split()[0]) for m in myths] == [
        ("Data", "no", "No"), ("Consent", "no", "You")]
    assert all(m.passage_id == m.answer_passage_id for m in myths)


def test_a_definition_lists_myth_keeps_no_dash_of_the_join() -> None:
    """<dt>Myth: ...</dt><dd>Fact: ...</dd> is read as "Myth: ... – Fact: ...": the dash joins, it
    is no part of the myth."""
    from test_extract_unseen import markdown

    [myth] = find_myths([markdown("# Misunderstandings\n\nMyth: We must tell the parents. – Fact: Not routinely.\n")])
    assert (myth.statement, myth.answer) == ("We must tell the parents", "Not routinely.")


def test_sub_headings_of_a_myths_heading_are_the_myths(tmp_path: Path) -> None:
    """A GOV.UK page gives each myth an <h3> under "Myths and facts", the fact in the paragraphs
    below it with no "No" or "Fact:" to mark it; other headings' paragraphs are no answers, nor
    are the sections under a page title that names myths."""
    path = tmp_path / "page.md"
    path.write_text("# Information sharing\n\n## Myths and facts\n\n### Consent is always needed to share "
                    "personal information\n\nYou do not need consent if there is another lawful basis.\n\n"
                    "### Who is this for?\n\nPractitioners.\n\n## Further information\n\n### Data protection "
                    "law is a barrier to sharing\n\nSee the ICO.\n", encoding="utf-8")
    myths = find_myths([segmented_fixture(path)])
    assert [(m.statement, m.verdict, m.answer) for m in myths] == [
        ("Consent is always needed to share personal information", "no",
         "You do not need consent if there is another lawful basis.")]
    path.write_text("# Early help: myth buster\n\n## The law in brief\n\nLocal authorities provide early help.\n",
                    encoding="utf-8")
    assert not find_myths([segmented_fixture(path)])


def test_a_leaflet_of_questions_answered_is_an_faq(tmp_path: Path) -> None:
    """"Your questions answered" heads an FAQ: "Not necessarily." answers a question there."""
    path = tmp_path / "leaflet.md"
    path.write_text("# The scheme: your questions answered\n\n## Will the person know I asked?\n\n"
                    "Not necessarily. The police will decide.\n\n## Who can ask?\n\nAnyone can ask.\n",
                    encoding="utf-8")
    assert [(m.statement, m.verdict) for m in find_myths([segmented_fixture(path)])] == [
        ("Will the person know I asked?", "partly")]


def test_a_true_or_false_quiz_labels_its_beliefs() -> None:
    """"True or false: ..." labels a belief as "Myth:" does; the answer's "False." or "True." is the verdict."""
    from test_extract_unseen import markdown

    quiz = markdown("# True or false?\n\nTrue or false: A nurse must ask a parent's consent before reporting.\n\n"
                    "False. Consent is not needed for a report.\n\nTrue or false: Failing to report can lead to "
                    "disciplinary action.\n\nTrue. It is dealt with by the regulator.\n")
    assert [(m.statement, m.verdict) for m in find_myths([quiz])] == [
        ("A nurse must ask a parent's consent before reporting", "no"),
        ("Failing to report can lead to disciplinary action", "yes")]


def test_a_decision_flows_yes_and_no_branches_are_no_answers() -> None:
    """"Is there a risk of harm?" with "Yes - share now." then "No - go to question 2.": a step of a
    flow, not a belief answered; nor is a branch ("Yes - share ...") a belief answered by the next."""
    from test_extract_unseen import markdown

    flow = markdown("# When to share without consent\n\n1. Is there a child at risk of significant harm?\n\n"
                    "Yes - Share now. Do not ask for consent and ring the duty team.\n\nNo - go to question 2.\n\n"
                    "2. Would asking for consent put the child at risk?\n\n"
                    "Yes - Share without consent and record why.\n\nNo - go to question 3.\n")
    assert find_myths([flow]) == []


def test_questions_we_are_often_asked_is_an_faq_heading() -> None:
    from test_extract_unseen import markdown

    faq = markdown("# Questions we are often asked\n\nThe police have asked for the mother's statement. Can we send "
                   "it?\n\nNo. Ask the police to apply to the court.\n")
    assert [(m.statement, m.verdict) for m in find_myths([faq])] == [
        ("The police have asked for the mother's statement. Can we send it?", "no")]


def test_a_belief_quoted_whole_and_denied_is_a_myth_under_any_heading() -> None:
    from test_extract_unseen import markdown

    note = markdown("# Points often heard\n\n\"We have to give the police whatever they ask for.\" - Incorrect. "
                    "A request is not a court order.\n\n\"Sharing needs a lawful basis\" - True. Always.\n\n"
                    "The form says \"share\" - no more. Fill it in.\n")
    assert [(m.statement, m.verdict) for m in find_myths([note])] == [
        ("We have to give the police whatever they ask for", "no")]


def test_a_quoted_belief_in_a_myth_buster_is_answered_up_to_the_next_belief_or_question() -> None:
    from helpers import text_document

    text = ("# Information sharing: myth busters\n\n"
            "“I should always tell the family before I share.”\n\n"
            "Partly true. Be open with families unless telling them would put the child at risk.\n\n"
            "If so, share without telling them, and record why.\n\n"
            "“A child’s confidences can never be passed on.”\n\n"
            "Never promise a child that you will keep a secret.\n\n"
            "Does this apply in Wales?\n\n"
            "Yes. The same law applies.\n")
    myths = {m.statement: m for m in find_myths([segment(text_document(text))])}
    assert myths["I should always tell the family before I share"].answer == (
        "Partly true. Be open with families unless telling them would put the child at risk. "
        "If so, share without telling them, and record why.")
    assert myths["A child’s confidences can never be passed on"].answer == (
        "Never promise a child that you will keep a secret.")  # not the question after it


def test_a_question_offering_both_ways_is_answered_by_the_way_its_answer_takes() -> None:
    """"Must I ..., or can I ...?" cannot be answered "Yes" or "No": in an FAQ any answer under it
    answers the belief. An open question beside it, or a yes/no one answered without a verdict, is none."""
    from test_extract_unseen import markdown

    faq = markdown("# Early help: common questions\n\n## Must I tell the family first, or can I ring the "
                   "front door straight away?\n\nYou can ring straight away when telling the family would put "
                   "the child at risk.\n\n## Where is the front door?\n\nIn the civic centre.\n\n"
                   "## Can I ring after five?\n\nThe out-of-hours team answers at night.\n")
    assert [(m.statement, m.verdict, m.kind) for m in find_myths([faq])] == [
        ("Must I tell the family first, or can I ring the front door straight away?", "partly", "question")]
