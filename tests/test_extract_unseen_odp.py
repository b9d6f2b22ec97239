"""LibreOffice Impress decks among the unseen fixtures (`tests/fixtures/unseen/`, written by
`odp-sources/make_decks.py`), each read first as a careful trainer would.

* `wetherdale-scp-information-sharing-myth-or-fact-quiz.odp`: a partnership's quiz deck,
  "Information sharing: myth or fact?". The title slide's subtitle names the audience (text); its
  imprint (the partnership and the month) and logo are furniture, as are the footer and date the
  master shows and the slide numbers placed on each slide. "How the quiz works", then two pairs of
  "Myth or fact?" slides, a quoted belief on the first of each pair and "Answer: Myth" over the
  answer on the second; the notes that only prompt the room ("Take a vote with a show of hands.",
  "Hand out ...") dropped, the note that adds to the first answer kept; a hidden spare statement not
  read; "What the law says" (Children Act 1989 s47, Children Act 2004 s11, UK GDPR Articles 6(1)(e)
  and 9(2)(g), the Data Protection Act 2018 in the kept note, and the Children and Social Work Act
  2017 by the practice reviews it made); a closing "Questions?" that heads
  nothing. Sections: the title, "How the quiz works", "Myth or fact?" (the four quiz slides, one
  section), "What the law says". Myths: two, both false, each answered by its answer slide.
* `ormsby-chs-health-visiting-information-sharing-training.odp`: an NHS trust's training for its
  health visiting team: nested points on "Why it matters", numbered steps before a home visit with
  lettered sub-steps, a table of lawful bases (UK GDPR Articles 6(1)(e) and 9(2)(h), DPA 2018
  Schedule 1 para 18, Children Act 1989 s47) and a note under it, a slide of old telephone numbers
  hidden, two grouped boxes and a text box on "Who to tell" (a reviewer's note in hidden text), the
  guidance named in the notes of "Recording your decision", and a closing "Thank you". No myths.
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

QUIZ = "wetherdale-scp-information-sharing-myth-or-fact-quiz.odp"
HEALTH_VISITING = "ormsby-chs-health-visiting-information-sharing-training.odp"
BELIEFS = ("I need the parents’ consent before I can share a worry about their child with another agency",
           "I can’t share anything until I am sure the child is being harmed")


def test_the_quiz_decks_sections_in_order() -> None:
    assert unseen_sections(QUIZ) == [("s1", "Information sharing: myth or fact?"), ("s2", "How the quiz works"),
                                     ("s3", "Myth or fact?"), ("s4", "What the law says")]
    assert unseen_passages(QUIZ, "s1") == ["A quiz for early years, school and health staff in Wetherdale"]


def test_the_quiz_decks_myths_and_their_answers() -> None:
    myths = unseen_myths_in(QUIZ)
    assert {belief: myth.verdict for belief, myth in myths.items()} == {BELIEFS[0]: "no", BELIEFS[1]: "no"}
    assert myths[BELIEFS[0]].answer.startswith("Consent is one lawful basis for sharing, but it is often not the "
                                               "right one.")
    assert "UK GDPR Article 6(1)(e), the public task" in myths[BELIEFS[0]].answer
    assert myths[BELIEFS[1]].answer.startswith("You do not need to be certain.")
    assert myths[BELIEFS[1]].answer.endswith("child safeguarding practice reviews keep finding it.")


def test_the_quiz_decks_notes_prompts_hidden_slide_and_furniture() -> None:
    text = "\n".join(unseen_texts(QUIZ))
    assert "Health information is special category data" in text
    for absent in ("vote", "small groups", "Only the police", "only if there is time", "one-page summary",
                   "03/02/2025", "February 2025", "OFFICIAL", "logo", "Questions?"):
        assert absent not in text, absent


def test_the_quiz_decks_law_and_nation(catalog: Catalog) -> None:
    assert unseen_cited_provisions(QUIZ, catalog) == {
        ("children-act-1989", "section 47"), ("children-act-2004", "section 11"), ("gdpr", "article 6(1)(e)"),
        ("gdpr", "article 9(2)(g)"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
        ("children-and-social-work-act-2017", None)}  # "child safeguarding practice reviews" are the 2017 Act's
    assert unseen(QUIZ).meta.jurisdictions == ("England",)


def test_the_health_visiting_decks_sections_points_and_table() -> None:
    assert [title for _, title in unseen_sections(HEALTH_VISITING)] == [
        "Sharing information to safeguard children", "Why it matters", "Before a home visit",
        "Lawful bases for sharing", "Who to tell", "Recording your decision"]
    assert unseen_passages(HEALTH_VISITING, "s1") == ["Training for the 0–19 health visiting team"]
    why = "\n".join(unseen_under(HEALTH_VISITING, "Why it matters")).split("\n")
    assert why == ["Health visitors see babies and young children at home, often before anyone else does",
                   "a bruise on a baby who is not yet mobile",
                   "a parent’s low mood, drinking or a partner’s controlling behaviour",
                   "Reviews keep finding that the health visitor knew something no one else did"]
    rows = "\n".join(unseen_under(HEALTH_VISITING, "Lawful bases for sharing")).split("\n")
    assert rows == [
        "What you are sharing | Lawful basis", "A concern about a child’s safety | UK GDPR Article 6(1)(e): the public "
        "task", "Health information about a parent or child | UK GDPR Article 9(2)(h) and Data Protection Act 2018, "
        "Schedule 1, paragraph 18", "Information for a section 47 enquiry | Children Act 1989, section 47",
        "Consent is not needed for any of these. Record which basis you relied on and why."]


def test_the_health_visiting_decks_steps_boxes_and_what_is_not_read() -> None:
    steps = "\n".join(unseen_under(HEALTH_VISITING, "Before a home visit")).split("\n")
    assert steps == ["Read the child’s record and any alerts on it", "Check for recent contacts from other agencies",
                     "children’s social care and the MASH", "the GP practice and the midwife",
                     "Plan who you will speak to, and where you can speak to the parent alone"]
    boxes = "\n".join(unseen_under(HEALTH_VISITING, "Who to tell")).split("\n")
    assert boxes == ["Same day: your safeguarding supervisor", "Immediate danger: call 999, then the MASH",
                     "Out of hours: the emergency duty team"]
    recording = "\n".join(unseen_under(HEALTH_VISITING, "Recording your decision")).split("\n")
    assert recording[:2] == ["Record what you shared, with whom, when and why",
                             "If you decide not to share, record that decision and your reasons"]
    assert recording[2].startswith("Working Together to Safeguard Children 2023")
    text = "\n".join(unseen_texts(HEALTH_VISITING))
    for absent in ("01632 961", "Old MASH number", "Ask the room", "check this with", "Ormsby CHS", "April 2025",
                   "Thank you", "logo"):
        assert absent not in text, absent


def test_the_health_visiting_decks_law_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited_provisions(HEALTH_VISITING, catalog) == {
        ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(h)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), ("children-act-1989", "section 47")}
    assert unseen_guidance(HEALTH_VISITING, catalog) == COMMON_GUIDANCE
    assert unseen_myths_in(HEALTH_VISITING) == {}
