"""PowerPoint decks among the unseen fixtures (`tests/fixtures/unseen/`, written by
`pptx-sources/make_decks.py`), each read first as a careful trainer would.

* `northmoor-scp-myths-and-facts-quiz-deck.pptx`: a partnership's quiz deck, "Information sharing:
  myths and facts". The title slide's subtitle names the audience (text); its imprint (the
  partnership and the month) and logo are furniture. "How this quiz works", then two pairs of
  "Myth or fact?" slides, a quoted belief on the first of each pair and "Answer: Myth" over the
  answer on the second (the second pair's files made last, slide8 and slide9, moved up: read in the
  order shown); the notes that only prompt the room ("Take a vote with a show of hands.") dropped,
  the note that adds to the first answer kept; a hidden spare statement not read; "What the law
  says" (Children Act 1989 s47, Children Act 2004 s11, UK GDPR Article 6(1)(e)); a closing
  "Questions?" that heads nothing; the date, footer and slide number furniture. Sections: the
  title, "How this quiz works", "Myth or fact?" (the four quiz slides, one section), "What the law
  says". Myths: two, both false, each answered by its answer slide.
* `hollinwell-surgery-gp-information-sharing-training-deck.pptx`: a GP practice's learning session:
  nested bullets on "Why sharing matters", a table of lawful bases (UK GDPR Articles 6(1)(e) and
  9(2)(g), DPA 2018 Schedule 1 para 18, Children Act 1989 s47), numbered steps for reception with
  lettered sub-steps, a hidden slide of old telephone numbers, two grouped boxes and a third box on
  "Recording your decision" and its "(continued)" slide, and a closing "Any questions?". Guidance:
  Working Together 2023 and the 2024 advice. No myths.
"""

from __future__ import annotations

from helpers import (
    COMMON_GUIDANCE,
    unseen,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
    unseen_texts,
    unseen_under,
)

from guidegraph.catalog import Catalog

QUIZ = "northmoor-scp-myths-and-facts-quiz-deck.pptx"
PRACTICE = "hollinwell-surgery-gp-information-sharing-training-deck.pptx"
BELIEFS = ("Data protection law stops me sharing information about a child without the parents’ consent",
           "I must always tell the parents before I share a worry about their child")


def test_the_quiz_decks_sections_in_the_order_shown() -> None:
    assert unseen_sections(QUIZ) == [("s1", "Information sharing: myths and facts"), ("s2", "How this quiz works"),
                                     ("s3", "Myth or fact?"), ("s4", "What the law says")]
    assert unseen_passages(QUIZ, "s1") == ["A quiz for staff and volunteers who work with children in Northmoor"]


def test_the_quiz_decks_myths_and_their_answers() -> None:
    myths = unseen_myths_in(QUIZ)
    assert {belief: myth.verdict for belief, myth in myths.items()} == {BELIEFS[0]: "no", BELIEFS[1]: "no"}
    assert myths[BELIEFS[0]].answer.startswith("The UK GDPR and the Data Protection Act 2018 do not prevent you "
                                               "sharing information to keep a child safe.")
    assert "UK GDPR Article 6(1)(e), the public task" in myths[BELIEFS[0]].answer
    assert myths[BELIEFS[1]].answer.startswith("You should usually be open with the family")
    assert myths[BELIEFS[1]].answer.endswith("a section 47 enquiry under the Children Act 1989.")


def test_the_quiz_decks_notes_prompts_hidden_slide_and_furniture() -> None:
    text = "\n".join(unseen_texts(QUIZ))
    assert "Special category data, such as health information, can be shared to safeguard a child" in text
    for absent in ("vote", "two minutes in pairs", "Only social workers", "only if the session runs short",
                   "14/01/2025", "January 2025", "logo", "Questions?"):
        assert absent not in text, absent


def test_the_quiz_decks_law_and_nation(catalog: Catalog) -> None:
    assert unseen_cited_provisions(QUIZ, catalog) == {
        ("children-act-1989", "section 47"), ("children-act-2004", "section 11"), ("gdpr", None),
        ("gdpr", "article 6(1)(e)"), ("data-protection-act-2018", None),
        ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert unseen(QUIZ).meta.jurisdictions == ("England",)


def test_the_practice_decks_sections_points_and_table() -> None:
    assert [title for _, title in unseen_sections(PRACTICE)] == [
        "Safeguarding children: sharing information in general practice", "Why sharing matters",
        "The lawful bases for sharing", "When a concern comes to reception", "Recording your decision"]
    assert unseen_passages(PRACTICE, "s1") == ["A learning session for clinical and reception staff"]
    why = "\n".join(unseen_under(PRACTICE, "Why sharing matters"))
    assert why == ("Practice staff often hold one piece of a child’s picture:\n"
                   "a missed immunisation or a pattern of A&E visits\na parent’s disclosure of domestic abuse\n"
                   "Reviews of serious cases keep finding that no one put the pieces together")
    rows = "\n".join(unseen_under(PRACTICE, "The lawful bases for sharing")).split("\n")
    assert rows == [
        "Purpose | Lawful basis", "Safeguarding a child at risk | UK GDPR Article 6(1)(e): the public task",
        "Sharing health information about the child or family | UK GDPR Article 9(2)(g) and Data Protection Act "
        "2018, Schedule 1, paragraph 18", "Helping with a section 47 enquiry | Children Act 1989, section 47",
        "Consent is not needed for any of these. Where you rely on them, record which one and why."]


def test_the_practice_decks_steps_boxes_and_what_is_not_read() -> None:
    steps = "\n".join(unseen_under(PRACTICE, "When a concern comes to reception"))
    assert steps.split("\n") == [
        "Listen, and write down what was said in the person’s own words", "Tell the duty doctor the same day",
        "If the child is in immediate danger, call 999", "If not, the duty doctor decides whether to refer",
        "Add a safeguarding code to the child’s record"]
    recording = "\n".join(unseen_under(PRACTICE, "Recording your decision")).split("\n")
    assert recording[:3] == ["Record what you shared, with whom and when",
                             "Record why: the risk to the child and the lawful basis you relied on",
                             "If you decide not to share, record that decision and your reasons too"]
    assert recording[3].startswith("Tell the practice safeguarding lead, Dr Amara Osei")
    text = "\n".join(unseen_texts(PRACTICE))
    for absent in ("01632 960 000", "Old contact numbers", "Ask the room", "Hollinwell Surgery |", "Learning session ·",
                   "March 2025", "Any questions?", "Hand out"):
        assert absent not in text, absent


def test_the_practice_decks_law_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited_provisions(PRACTICE, catalog) == {
        ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), ("children-act-1989", "section 47")}
    assert unseen_guidance(PRACTICE, catalog) == COMMON_GUIDANCE
    assert unseen_myths_in(PRACTICE) == {}
