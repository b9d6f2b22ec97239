"""PowerPoint decks among the unseen fixtures, second round (`tests/fixtures/unseen/`, written by
`pptx-sources/make_decks.py`), each read first as a careful trainer would.

* `brackenfold-scp-seven-golden-rules-information-sharing-deck.pptx`: a partnership's briefing,
  "Information sharing: the seven golden rules", in four sections. "Introduction" is the title
  slide's (the subtitle naming the audience is text; the imprint, the logo and an empty presenter
  placeholder are not) and "About this session"; "Part 1: The law" heads "Why the law lets you
  share" (the Acts' names are links to legislation.gov.uk: their text only) and two "Myth or
  fact?" pairs; "Part 2: Practice" heads "The seven golden rules", a SmartArt list of the 2024
  rules in the partnership's words (the fourth rule added last, shown fourth; the drawing
  PowerPoint keeps beside the data not read again), a picture described for screen readers (not
  text), a note that repeats rule 3 (dropped) and one that adds to it (kept); and "When you are
  unsure", whose notes are a lead-in, a numbered list and a bullet under its second step. "Close"
  holds only "Questions?" and heads nothing. Myths: two, both false. The law: Children Act 2004
  s11, Children Act 1989 s47, UK GDPR Article 6(1)(e), the Data Protection Act 2018 and its
  Schedule 1 paragraph 18; the 2024 advice. The golden rules, all seven, each its own rule.
* `ferrowby-academy-inset-safeguarding-referral-pathway-deck.pptx`: a secondary school's INSET deck
  on its own template, whose content placeholders name only their index (the slide number's kind
  is its layout's: furniture) and whose caption and presenter placeholders are empty. "What staff
  told us last year": a chart, its title kept as a line and its terms and numbers not; "Our
  referral pathway": a SmartArt hierarchy, each step with its sub-points under it, the early help
  option added after the others but shown second of three; "Sharing with other agencies" with
  links, a photograph's description (not text) and notes typed as bullets. A closing "Thank you".
  The law: Children Act 2004 s11, UK GDPR Article 6(1)(e), DPA 2018 Sch 1 para 18; guidance:
  Keeping children safe in education. No myths.
"""

from __future__ import annotations

from helpers import (
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
from guidegraph.extract.principles import find_principles

RULES = "brackenfold-scp-seven-golden-rules-information-sharing-deck.pptx"
INSET = "ferrowby-academy-inset-safeguarding-referral-pathway-deck.pptx"
GOLDEN_RULES = [
    "Protecting a child from abuse and neglect takes priority over protecting their privacy",
    "Engage with the child and their carers: explain who you will share information with, what and why",
    "You do not need consent to share if a child is at risk or there is a perceived risk of harm",
    "Seek advice promptly whenever you are uncertain",
    "Protect the identities of anyone who might suffer harm if their details became known to an abuser",
    "Only share relevant and accurate information with those who have a role in safeguarding the child",
    "Record the information shared, with whom, when and why",
]
CONSENT = "I need the parents’ consent before I can share a concern about their child"
HEALTH = "The Data Protection Act 2018 stops me sharing a child’s health information"


def test_the_golden_rules_decks_sections_are_headings_above_their_slides() -> None:
    assert [(s.title, s.level) for s in unseen(RULES).sections] == [
        ("Information sharing: the seven golden rules", 1), ("About this session", 2), ("Part 1: The law", 2),
        ("Why the law lets you share", 3), ("Myth or fact?", 3), ("Part 2: Practice", 2),
        ("The seven golden rules", 3), ("When you are unsure", 3)]
    assert unseen_passages(RULES, "s1") == ["A briefing for staff and volunteers in every agency in Brackenfold"]


def test_the_golden_rules_smartart_is_read_once_in_order() -> None:
    under = "\n".join(unseen_under(RULES, "The seven golden rules")).split("\n")
    assert under == [*GOLDEN_RULES, "Rule three answers most of the myths practitioners bring to these sessions."]
    text = "\n".join(unseen_texts(RULES))
    assert all(text.count(rule) == 1 for rule in GOLDEN_RULES)


def test_the_golden_rules_are_found_as_the_seven_golden_rules() -> None:
    """Seven rules, each its own: the 2024 wording puts consent third and advice fourth, the rules of
    the set (numbered as the earlier editions) the other way round."""
    rules = [p for p in find_principles(unseen(RULES))[0] if p.set_id == "seven-golden-rules"]
    assert [p.number for p in rules] == [1, 2, 4, 3, 5, 6, 7]


def test_the_golden_rules_decks_links_notes_and_what_is_not_read() -> None:
    law = "\n".join(unseen_under(RULES, "Why the law lets you share")).split("\n")
    assert law[0] == "Children Act 2004, section 11: every agency must safeguard and promote the welfare of children"
    assert law[-1] == "Data protection law is a framework for sharing information, not a barrier to it."
    unsure = "\n".join(unseen_under(RULES, "When you are unsure"))
    assert unsure.endswith("If you are unsure whether to share:\n"
                           "Speak to your designated safeguarding lead or line manager\n"
                           "Call the Brackenfold Children’s Front Door for advice without giving the child’s name\n"
                           "Out of hours, call the Emergency Duty Team\n"
                           "Record the advice you were given and what you decided")
    text = "\n".join(unseen_texts(RULES))
    for absent in ("legislation.gov.uk", "https", "wheel", "logo", "in a list", "12/05/2025", "May 2025",
                   "Questions?", "Introduction", "Close", "Take a vote", "Click to"):
        assert absent not in text, absent


def test_the_golden_rules_decks_myths() -> None:
    myths = unseen_myths_in(RULES)
    assert {belief: myth.verdict for belief, myth in myths.items()} == {CONSENT: "no", HEALTH: "no"}
    assert myths[CONSENT].answer.startswith("You do not need consent to share information if a child is at risk")
    assert myths[HEALTH].answer.startswith("The Data Protection Act 2018, Schedule 1, paragraph 18 lets you share")


def test_the_golden_rules_decks_law_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited_provisions(RULES, catalog) == {
        ("children-act-2004", "section 11"), ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"),
        ("data-protection-act-2018", None), ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert unseen_guidance(RULES, catalog) == {"hmg-information-sharing-advice"}
    assert unseen(RULES).meta.jurisdictions == ("England",)


def test_the_inset_decks_sections_chart_and_placeholders() -> None:
    assert [title for _, title in unseen_sections(INSET)] == [
        "Safeguarding INSET: sharing a concern", "What staff told us last year", "Our referral pathway",
        "Sharing with other agencies"]
    assert unseen_passages(INSET, "s1") == ["For all staff at Ferrowby Academy"]
    told = "\n".join(unseen_under(INSET, "What staff told us last year")).split("\n")
    assert told == ["Concerns logged by staff, 2024/25", "Most concerns were logged on CPOMS within a day",
                    "One in five was passed on by word of mouth and never logged"]


def test_the_inset_decks_referral_pathway_in_the_diagrams_order() -> None:
    pathway = "\n".join(unseen_under(INSET, "Our referral pathway")).split("\n")
    assert pathway == [
        "Notice a concern about a pupil", "Something a pupil tells you",
        "A change in behaviour, attendance or appearance", "Tell the DSL, Ms Priya Nair, the same day",
        "In person or by phone, then log it on CPOMS before you go home", "The DSL decides what happens next",
        "Refer to the Ferrowby Children’s Front Door", "Offer early help with the family’s agreement",
        "Keep watching and review in two weeks", "If a pupil is in immediate danger, call 999 first, then tell the DSL",
        "If the DSL is away, speak to a deputy DSL: Mr Tom Hale or Mrs Ada Kerr."]


def test_the_inset_decks_links_notes_and_what_is_not_read(catalog: Catalog) -> None:
    sharing = "\n".join(unseen_under(INSET, "Sharing with other agencies")).split("\n")
    assert sharing[0] == "Read Keeping children safe in education 2025, Part one, before the end of September"
    assert sharing[-2:] == ["Keeping children safe in education is on the staff shared drive.",
                            "The DSL keeps the record of what the school shares and why."]
    text = "\n".join(unseen_texts(INSET))
    for absent in ("Autumn term", "42", "Concerns\n", "noticeboard", "Flow chart", "intranet", "https",
                   "INSET day", "September 2025", "Thank you", "Click to"):
        assert absent not in text, absent
    assert not [line for line in text.split("\n") if line.strip().isdigit()]  # the slide numbers
    assert unseen_cited_provisions(INSET, catalog) == {
        ("children-act-2004", "section 11"), ("gdpr", "article 6(1)(e)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert "keeping-children-safe-in-education" in unseen_guidance(INSET, catalog)
    assert unseen_myths_in(INSET) == {}
