"""Word and PDF shapes the readers got wrong (round 12). A referral procedure written in Word
(`tests/fixtures/unseen/harbourside-referral-procedure-word.docx`, built part by part by
`docx-sources/make_round12.py`): a list restarted at 1 and one set to start at 5 while the first
counts on, a table whose steps are numbered in their cells, numbers typed before a tab and leader
tabs in running text, and a reviewer's comments that are not guidance. An early help guide a
browser printed to PDF (`lakeside-early-help-guide-print.pdf`, its HTML in `pdf-sources/`): lists
whose one-line items nearly fill their narrow column, and a table whose cells are centred
vertically beside cells of two paragraphs, its last cell ending in a number near the page's foot."""

from __future__ import annotations

from helpers import UNSEEN, unseen, unseen_cited

from guidegraph.catalog import Catalog
from guidegraph.read import read_document

PROCEDURE = "harbourside-referral-procedure-word.docx"
SLUG = PROCEDURE.removesuffix(".docx")


def markers(name: str) -> list[tuple[str | None, str]]:
    return [(b.marker, b.text) for b in read_document(UNSEEN / name).blocks if b.kind == "item"]


def passages(name: str, section: str) -> list[str]:
    return [p.text for p in unseen(name).passages if p.id.split("/")[1] == section]


def test_a_restarted_list_and_one_set_to_five_count_apart() -> None:
    """Word's "Restart numbering" and "Set numbering value" (a `w:startOverride`) make lists of
    their own; the first list counts on after them, and after the table."""
    assert markers(PROCEDURE) == [
        ("1", "Speak to your designated safeguarding lead the same day."),
        ("2", "Make the referral to the Harbourside Front Door by telephone."),
        ("3", "confirm the referral in writing within 48 hours."),
        ("1", "The social worker leads the enquiry under section 47 of the Children Act 1989."),
        ("2", "Partners share what they know within one working day."),
        ("5", "Record why the child was not seen."),
        ("6", "Agree a date for a second visit."),
        ("4", "Tell the referrer what happens next."),
        ("5", "Close the referral when the plan is agreed.")]


def test_numbered_steps_in_a_tables_cells_keep_their_numbers_and_rows() -> None:
    """A step numbered in its cell reads "1. Screen the contact" and its row stays a row (not a list
    item "1"); the lettered list in a cell is counted in its own list."""
    assert passages(PROCEDURE, "3")[1:4] == [
        "Step | Who | When",
        "1. Screen the contact | Front Door social worker | Within one working day",
        "2. Hold a strategy discussion | a) the social worker; b) the police; and c) health | "
        "Within three working days"]
    assert passages(PROCEDURE, "3")[4].startswith(
        "3. Start the section 47 enquiry | Social worker | Straight after the strategy discussion")


def test_a_tab_in_running_text_is_a_space_and_one_after_a_typed_number_a_marker(catalog: Catalog) -> None:
    """"2.1.1<tab>the local authority ..." is clause 2.1.1, whatever its first letter; a leader tab
    ("Children Act 1989<tab>s.47") is no table cell, so the Act and its section are read together."""
    sections = {s.id.split("/")[1]: s.title for s in unseen(PROCEDURE).sections}
    assert [sections[n] for n in ("1", "2", "2.1", "3", "4")] == [
        "Making a referral", "During the enquiry", "Section 47 enquiries", "Who does what", "Legislation"]
    assert passages(PROCEDURE, "2.1.1") == [
        "the local authority must make enquiries where a child may be suffering significant harm;"]
    assert passages(PROCEDURE, "2.1.2") == [
        "other agencies must help with those enquiries unless it would be unreasonable (section 47(9) and (10))."]
    assert passages(PROCEDURE, "4") == ["Children Act 1989 s.47", "Children Act 2004 s.11",
                                        "Data Protection Act 2018 Schedule 1, paragraph 18"]
    assert unseen_cited(PROCEDURE, catalog, "4") == [
        ("children-act-1989", "section 47", ""), ("children-act-2004", "section 11", ""),
        ("data-protection-act-2018", "schedule 1 paragraph 18", "")]


def test_a_reviewers_comments_are_not_guidance(catalog: Catalog) -> None:
    """Comments (word/comments.xml, anchored by w:commentRangeStart/End and w:commentReference) name
    the Data Protection Act 1998 and Working Together 2018: neither is read, nor cited."""
    text = " ".join(p.text for p in unseen(PROCEDURE).passages)
    assert "1998" not in text and "2018 before" not in text and "24 hours" not in text
    assert "data-protection-act-1998" not in {basis for basis, _, _ in unseen_cited(PROCEDURE, catalog, "2")}
    assert passages(PROCEDURE, "2")[0].endswith("Partners share what they know within one working day.")


# ---------------------------------------------------------------------------------------------
# An early help guide printed by a browser: full lines in narrow columns, cells centred vertically


GUIDE = "lakeside-early-help-guide-print.pdf"


def entries(name: str, heading: str) -> list[str]:
    """The texts of the blocks under a heading, up to the next."""
    blocks = read_document(UNSEEN / name).blocks
    start = next(i for i, b in enumerate(blocks) if b.kind == "heading" and b.text == heading) + 1
    end = next((i for i, b in enumerate(blocks[start:], start) if b.kind == "heading"), len(blocks))
    return [b.text for b in blocks[start:end]]


def test_items_nearly_filling_a_narrow_column_stay_apart() -> None:
    """A browser's bullets leave no mark and these items leave no room on their line for the next
    one's first word: a run of lines each starting an entry tells them apart; a wrapped item stays whole."""
    assert entries(GUIDE, "What to include") == [
        "The child's full name and date of birth", "The names of parents and other carers",
        "The address where the child now lives", "The school or setting the child attends",
        "What you saw or heard, and what the child or the parent said, in their own words",
        "What you have already done about it"]
    assert passages(GUIDE, "s3") == [
        "A child tells you they have been hurt.", "You see an injury that is not explained.",
        "A parent is too drunk to care for a baby.", "A child goes missing from home or care.",
        "A young person says they are being made to carry drugs or money for someone else.",
        "If a child is in immediate danger, call the police on 999 before you contact the Lakeside Front Door "
        "or the Multi-Agency Safeguarding Hub."]


def test_cells_centred_beside_two_paragraphs_keep_their_row(catalog: Catalog) -> None:
    """"Children Act 1989, section 47" is centred beside a cell of two paragraphs, between them;
    "Domestic abuse" and "Exploitation" (two paragraphs) stand either side of a centred cell. The
    last cell's "10", alone on a line near the page's foot, ends "section" and is no page number."""
    assert passages(GUIDE, "s4") == [
        "Step | What happens | Law",
        "Screening | A social worker at the Front Door reads the contact, checks the records of children's social "
        "care and asks the police, health and the school what they know. A decision is made within one working "
        "day. | Children Act 1989, section 17",
        "Strategy discussion | Where a child may be suffering significant harm, the social worker, the police and "
        "health share what they know. They decide together whether to start enquiries. | Children Act 1989, "
        "section 47",
        "Domestic abuse Exploitation | The police share the incident with the child's school. | Crime and Disorder "
        "Act 1998, section 115",
        "Early help | Where needs are lower, the family is offered an early help assessment with their agreement. "
        "| Children Act 2004, section 10",
        "Keep a record of what you shared, with whom and why."]
    assert unseen_cited(GUIDE, catalog, "s4") == [
        ("children-act-1989", "section 17", ""), ("children-act-1989", "section 47", ""),
        ("crime-and-disorder-act-1998", "section 115", ""), ("children-act-2004", "section 10", "")]
