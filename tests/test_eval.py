"""guidegraph eval: scoring a question file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import UNSEEN, bundled_with_unseen

from guidegraph.answers import Answers
from guidegraph.cli import main
from guidegraph.errors import GuidegraphError
from guidegraph.evaluate import evaluate, format_report, load_questions, normalise

PUBLIC = Path(__file__).parent / "data" / "public.json"
DEV = Path(__file__).parent / "data" / "dev_questions.json"
HOLDOUT = Path(__file__).parent / "data" / "holdout_questions.json"
HOLDOUT2 = Path(__file__).parent / "data" / "holdout2_questions.json"
HOLDOUT3 = Path(__file__).parent / "data" / "holdout3_questions.json"
HOLDOUT4 = Path(__file__).parent / "data" / "holdout4_questions.json"
HOLDOUT5 = Path(__file__).parent / "data" / "holdout5_questions.json"
HOLDOUT6 = Path(__file__).parent / "data" / "holdout6_questions.json"
HOLDOUT7 = Path(__file__).parent / "data" / "holdout7_questions.json"
HOLDOUT8 = Path(__file__).parent / "data" / "holdout8_questions.json"
HOLDOUT9 = Path(__file__).parent / "data" / "holdout9_questions.json"
HOLDOUT10 = Path(__file__).parent / "data" / "holdout10_questions.json"
HOLDOUT11 = Path(__file__).parent / "data" / "holdout11_questions.json"
HOLDOUT12 = Path(__file__).parent / "data" / "holdout12_questions.json"
HOLDOUT13 = Path(__file__).parent / "data" / "holdout13_questions.json"
HOLDOUT14 = Path(__file__).parent / "data" / "holdout14_questions.json"
HOLDOUT15 = Path(__file__).parent / "data" / "holdout15_questions.json"
HOLDOUT16 = Path(__file__).parent / "data" / "holdout16_questions.json"
HOLDOUT17 = Path(__file__).parent / "data" / "holdout17_questions.json"
HOLDOUT18 = Path(__file__).parent / "data" / "holdout18_questions.json"
HOLDOUT19 = Path(__file__).parent / "data" / "holdout19_questions.json"
HOLDOUT20 = Path(__file__).parent / "data" / "holdout20_questions.json"
HOLDOUT21 = Path(__file__).parent / "data" / "holdout21_questions.json"
HOLDOUT22 = Path(__file__).parent / "data" / "holdout22_questions.json"
HOLDOUT23 = Path(__file__).parent / "data" / "holdout23_questions.json"
HOLDOUT24 = Path(__file__).parent / "data" / "holdout24_questions.json"
HOLDOUT25 = Path(__file__).parent / "data" / "holdout25_questions.json"
HOLDOUT26 = Path(__file__).parent / "data" / "holdout26_questions.json"
HOLDOUT27 = Path(__file__).parent / "data" / "holdout27_questions.json"
HOLDOUT28 = Path(__file__).parent / "data" / "holdout28_questions.json"
HOLDOUT29 = Path(__file__).parent / "data" / "holdout29_questions.json"
HOLDOUT30 = Path(__file__).parent / "data" / "holdout30_questions.json"
HOLDOUT31 = Path(__file__).parent / "data" / "holdout31_questions.json"
HOLDOUT32 = Path(__file__).parent / "data" / "holdout32_questions.json"
HOLDOUT33 = Path(__file__).parent / "data" / "holdout33_questions.json"
HOLDOUT34 = Path(__file__).parent / "data" / "holdout34_questions.json"
HOLDOUT35 = Path(__file__).parent / "data" / "holdout35_questions.json"
HOLDOUT36 = Path(__file__).parent / "data" / "holdout36_questions.json"
HOLDOUT37 = Path(__file__).parent / "data" / "holdout37_questions.json"
HOLDOUT38 = Path(__file__).parent / "data" / "holdout38_questions.json"
HOLDOUT39 = Path(__file__).parent / "data" / "holdout39_questions.json"
HOLDOUT40 = Path(__file__).parent / "data" / "holdout40_questions.json"
HOLDOUT41 = Path(__file__).parent / "data" / "holdout41_questions.json"
HOLDOUT42 = Path(__file__).parent / "data" / "holdout42_questions.json"
HOLDOUT43 = Path(__file__).parent / "data" / "holdout43_questions.json"
HOLDOUT44 = Path(__file__).parent / "data" / "holdout44_questions.json"
HOLDOUT45 = Path(__file__).parent / "data" / "holdout45_questions.json"
HOLDOUT46 = Path(__file__).parent / "data" / "holdout46_questions.json"
HOLDOUT47 = Path(__file__).parent / "data" / "holdout47_questions.json"
HOLDOUT48 = Path(__file__).parent / "data" / "holdout48_questions.json"
HOLDOUT49 = Path(__file__).parent / "data" / "holdout49_questions.json"
HOLDOUT50 = Path(__file__).parent / "data" / "holdout50_questions.json"
HOLDOUT51 = Path(__file__).parent / "data" / "holdout51_questions.json"
MIXED1 = Path(__file__).parent / "data" / "mixed1_questions.json"
MIXED2 = Path(__file__).parent / "data" / "mixed2_questions.json"
MIXED3 = Path(__file__).parent / "data" / "mixed3_questions.json"
MIXED4 = Path(__file__).parent / "data" / "mixed4_questions.json"
MIXED5 = Path(__file__).parent / "data" / "mixed5_questions.json"
MIXED6 = Path(__file__).parent / "data" / "mixed6_questions.json"
MIXED7 = Path(__file__).parent / "data" / "mixed7_questions.json"
MIXED8 = Path(__file__).parent / "data" / "mixed8_questions.json"


def test_normalise_ignores_case_space_and_quote_style() -> None:
    assert normalise("Check the person’s  IDENTITY") == normalise("check the person's identity")


def test_scoring_rules(built_output: Path) -> None:
    questions = {
        "which_act": [{"q": "private and family life", "expect": ["Human Rights Act 1998",
                                                                  "European Convention on Human Rights"]}],
        "myths": [{"q": "IT systems", "keywords": ["it systems"]}],
        "passages": [{"q": "no such words zzz consent", "phrases": ["no passage says this"]}],
    }
    with Answers(built_output) as answers:
        report = evaluate(answers, questions)
    assert report["which_act"]["hit@3"] == 1
    assert report["myths"]["hit@1"] == 1
    assert report["passages"]["hit@5"] == 0 and report["passages"]["mrr@10"] == 0
    assert "which_act" in format_report(report, details=True)


def test_bad_question_files(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "empty.json").write_text("{}", encoding="utf-8")
    for name in ("bad.json", "empty.json"):
        with pytest.raises(GuidegraphError):
            load_questions(tmp_path / name)


def test_cli_eval_public(built_output: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(PUBLIC), "--out", str(built_output), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == {"which_act", "myths", "passages", "passages_hard"}
    assert report["which_act"]["questions"] == 15
    text = CliRunner().invoke(main, ["eval", str(PUBLIC), "--out", str(built_output)])
    assert "which_act" in text.stdout and "hit@3" in text.stdout


# The project's own question files, and what the ranking reaches on each: a floor per score, so a
# change that loses a question shows here. How each file was written and used:
# - dev: the project's paraphrases of the public questions (everyday words, other roles' viewpoints).
# - holdout: written before the vocabulary was widened; its misses have since been tuned on.
# - holdout2 (which-act only): written before the ranking changes of its round, never tuned on.
# - holdout3, holdout4: written independently in one round, in trainers' and practitioners' words,
#   with answers checked against the corpus; tuned on in the next round.
# - holdout5: situations described, the law not named, written before the changes of its round and
#   tuned on in the next; three of its which-act questions ask for Scottish, Welsh and Northern
#   Irish guidance without naming it ("what do I follow", "the rules", "which code"): which-act
#   now lists a nation's most cited guidance first for these too, and reads "Belfast" as its nation.
# - holdout6 (which-act only): half direct, half short stories, never tuned on (13/15 and 15/15
#   before the changes of its round, as after).
# - holdout7: half direct questions, half short situations, vocabulary kept apart from the files
#   above, scored before the changes of its round (which-act 14/20 and 17/20, myths 6/8, hard
#   passages 1/10 and MRR 0.124), then tuned on in that round: its floors are what the round reached.
# - holdout8 (hard passages only): fourteen practitioners' questions on passages no other file
#   targets, scored before the changes of its round (6/14, MRR 0.17) and never tuned on; 7/14 and
#   MRR 0.23 after them (more candidates from rare words, everyday synonyms found on the others).
# - holdout9: practitioners of many roles, answers spread over the five documents and sixteen laws,
#   scored before the changes of its round (which-act 9/20 and 14/20, myths 6/8, hard passages
#   1/14 and MRR 0.046), then studied with holdout5 and holdout8 for general causes: its floors are
#   what that round reached.
# - holdout10: roles little used before (a dentist, a pharmacist, a councillor ...), scored before the
#   changes of its round (which-act 9/16 and 13/16, myths 4/6, hard passages 6/12 and MRR 0.39), then
#   tuned on in that round.
# - holdout11: the weak spots: stories in everyday words, myths said negatively ("we're not allowed
#   to", "can't be used by"), police, health and school records, roles in the four nations; scored
#   before the changes of its round (which-act 11/19 and 12/19, myths 6/7, hard passages 5/12 and MRR
#   0.246), then studied for general causes: its floors are what that round reached. That round also
#   raised holdout (which-act hit@1), holdout3 (which-act hit@3, myths), holdout4 (myths), holdout5
#   (which-act hit@1, myths), holdout9 (which-act) and holdout10 (which-act hit@1): floors followed.
# - holdout12: new kinds of question: asked by the person the information is about or their family,
#   naming a kind of information (medical notes, attendance registers, text messages), timing and
#   method (2am, email, fax, a phone call), negations and conditions ("even if no crime has happened
#   yet"), and trainers' keyword queries ("s47 enquiry information"); scored before the changes of
#   its round (which-act 11/20 and 18/20, hard passages 10/11 and MRR 0.655), then studied for
#   general causes: its floors are what that round reached. That round's readings of which-act
#   questions (unqualified "officers" in a question about a crime as police, the police and a crime
#   hinting at the crime gateways, "see what the police told the council" as access to records) also
#   raised holdout4, holdout7, holdout9, holdout10 and holdout11 (which-act): floors followed.
# - holdout14: new roles and situations (children in need, section 11 staff, paper records,
#   retention, adults at risk, secondary recipients of confidences), scored before the changes of
#   its round (which-act 15/24 and 20/24, myths 4/8, hard passages 7/10 and MRR 0.409). That round
#   read idioms as the myths' words ("the nod", "ties our hands"), gave Sarah's Law its own words
#   against MAPPA's case examples, read "can't follow" as lacking capacity and "look after him" as
#   care: holdout5, holdout6, holdout9 to holdout13 (which-act) rose, and floors followed. Later in
#   that round: terms of art in a question name their law (implied.ttl: "sensitive personal data",
#   "private life"), access to one's records and sharing "without asking me first" read as data
#   protection law, and everyday words for hard passages (hit, stepmum, STI, spending watchdog):
#   floors followed on holdout2 to holdout14.
# - holdout15: roles not used before (taxi licensing, a secure college, a pharmacist with an enduring
#   power of attorney), the older data rules' conditions, and six questions whose answer is a
#   guidance document; written after holdout14's round and scored once, never tuned on (which-act
#   11/24 and 15/24, 10/24 with the code before that round): a measure of how the answers generalise.
#   Its guidance questions then showed which-act never listed guidance for a question naming no
#   place; it now does (holdout14 and holdout15 hit@1 +1 each): its floors follow, its first score stays.
# - holdout16: roles and sources not used before (a dinner lady, a charity shop manager, a dentist
#   overruled by a mother, the care leavers Act, the GMC's guidance, the four nations' own guidance),
#   written from the corpus alone and scored once, never tuned on (which-act 14/24 and 17/24, myths
#   4/8, hard passages 6/10 and MRR 0.303). The round that followed moved the disclosure schemes
#   behind when a question speaks of no one's record or offending, read the law of a past time
#   ("before 2018", "the old data protection rules") and a refusal to let information be shared as
#   sharing without consent: holdout5, holdout15 and holdout16 rose; floors followed.
# - holdout17: a third of its which-act items typed as search-box keywords ("s11 duty district
#   council"), a third one sentence, a third a practitioner's story; roles not used before (a school
#   business manager, a police call handler, a GP receptionist, a faith leader) and catalog entries
#   no earlier file asks for (the Learning and Skills Act 2000, the FOI code of practice, Caldicott
#   Guardians). Written after holdout16's round, scored once untuned: which-act 14/24 and 14/24,
#   myths 7/8, hard passages 7/10 and MRR 0.433. Its misses are mostly guidance asked for by what it
#   is ("which set of principles is she quoting?") and law the corpus only lists in an appendix.
#   Reading that appendix's headings as passages (law listed with nothing under it) then raised
#   holdout16 and holdout17 (which-act hit@1 +1 and +2) and cost holdout11 one: LGA 2000, cited
#   once more, is second behind the Crime and Disorder Act 1998 for a council pooling information.
# - holdout18: roles not used before (a CAMHS clinician, a private fostering officer, a hospital
#   discharge coordinator, an interpreter), keywords, sentences and stories; scored once untuned:
#   which-act 20/24 and 21/24, myths 6/8, hard passages 7/10 and MRR 0.596. The round that followed:
#   a passage stating a set's principles points to the guidance setting them out, guidance answers
#   carry the catalog's other names, "which Act" puts Acts first, "pre-2018" asks of the past, the
#   purpose information was collected for is a myth topic, and confidentiality conceded in a "when"
#   or "but" clause gives way: holdout4, holdout12, holdout14 to holdout17 rose; floors followed.
# - holdout19: misspelt and abbreviated keywords ("caldicot", "CA2004 s10"), a myth item for each
#   of the corpus's five myths twice; scored once untuned: which-act 19/24 and 19/24, myths 10/10,
#   hard passages 4/12 and MRR 0.142. Law named after the guidance asked for ("guidance on the
#   law", "a website with links to legislation") is now its subject, and a short question naming
#   guidance lists it first (holdout15 and holdout17 +1).
# - holdout20: thirty which-act items over 23 catalog entries, no more than two on any one, roles
#   not used before (a school caretaker, a madrasa teacher, an NHS 111 call handler); scored once
#   untuned: which-act 17/30 and 23/30, myths 8/8, hard passages 7/8 and MRR 0.875. Then: a story's
#   sentence describing the writing asked for is searched on its own, "whether the man is a risk"
#   speaks of someone's past, a query ending on "principle" asks for the principles' source, and
#   "on paper" is written, "a spoken yes" verbal (holdout8's MRR rose too).
# - holdout21: a trainer's quiz items, a parent's questions, text-speak ("cn my mate ask the police
#   if her new bf has hit his exes b4??"), section numbers alone, two laws compared and negated
#   questions; scored once untuned: which-act 20/24 and 24/24, myths 8/8, hard passages 4/8 and MRR
#   0.374. Then: what a question sets aside by name ("apart from Working Together 2023") is no
#   answer, text-speak is spelt out, and the more specific term of art leads.
# - holdout22: questions put by a named role (a midwife, a SENCO, a dentist, a probation officer),
#   long stories naming a law that is not the answer, Articles and Schedules, the devolved nations;
#   scored once untuned: which-act 15/26 and 23/26, myths 6/8, hard passages 0/10.
# - holdout23: beliefs voiced as people voice them (an email, a WhatsApp post, a training-day
#   comment), hard passages in everyday words, and which-act questions that describe the law and
#   never name it; scored once untuned: which-act 9/14 and 11/14, myths 8/12, hard passages 3/14
#   and MRR 0.135. Then, for both: regulations asked for, an Act described, law disowned ("so that
#   isn't what I'm asking") or named as the one amended, the sentence of a story that asks, law made
#   in the year asked; who says a belief counts for little; the guidance's formal words in the
#   synonyms (holdout4, holdout8, holdout11, holdout17 and holdout20 +1).
# - holdout24: young people asking for themselves, quiz stems listing options, "must I" against
#   "may I", a policy's words quoted with "where does that come from?", search-box queries and what
#   changed in a year; scored once untuned: which-act 21/24 and 24/24, myths 6/8, hard passages
#   1/10. Then: "unless I say yes" is consent, "was only ever for the practice" the purpose
#   information was collected for.
# - holdout25: people outside the usual professions (a dentist, a sports coach, a pharmacist, a faith
#   leader), law asked for by its purpose or in the negative, two nations compared, Act names typed
#   as people type them ("data protection act 18"), older law as the 2005 draft cites it, beliefs
#   voiced as rumours and helpline calls; scored once with this round's first changes in (a term of
#   art gives way to the law the guidance names beside it): which-act 21/26 and 25/26, myths 9/10,
#   hard passages 3/12. Then: volunteers, the payroll and anger in the synonyms (MRR 0.139 -> 0.151).
# - holdout26: a manager's e-mail to staff, a section or Article number alone ("s.47 - which Act?"),
#   a duty against a power across two laws, the corpus's case examples retold, the law behind a
#   golden rule, the law as it was in 2005 or 2015, beliefs hedged or told inside a story; scored
#   once untuned: which-act 14/24 and 20/24, myths 7/8, hard passages 2/12. Then: a closing "which
#   other / later Act ...?" or "by contrast" sets aside the law the story told of, and "moving on from
#   council care" is leaving care (which-act +3; holdout24 +1).
# - holdout27: questions typed fast on a phone ("sw from the cp team rang askin ..."), from a parent or
#   a young person, quoting a sentence of the guidance before asking, asking for law by what would be
#   unlawful without it, in the other nations, or after "I know X, but which ...?"; scored once
#   untuned: which-act 17/24 and 20/24, myths 8/10, hard passages 4/12. Then: a sentence in single
#   quotes is a phrase, and what a question quotes or says the asker knows already is not what it
#   asks for; "which approach / standards / list" asks for a writing, "Which one?" for what the
#   sentence before introduced (which-act +3 and +3; holdout16 +1). Then: "alongside", "as well as"
#   set aside what they name, an Act shortened to its year and a title word counts as named, "in
#   force at the time" asks for the law of that time (holdout26 +2, mixed4 +1).
# - holdout28 and holdout29: in public.json's style and with its sections, passages included, by two
#   writers apart (holdout29 adds search-box fragments and roles beyond the usual); scored once
#   untuned: which-act 23/25 and 23/25, 22/25 and 24/25; myths 9/10 and 9/10; passages 19/20 and
#   17/20; hard passages 9/10 and 7/10. Then: "which accord" asks for a writing, "which principles
#   say the duty ..." is not "what duty", and a search box ending on "regulations" asks for them
#   (which-act +2 and +1; mixed1 and mixed4 +1 at hit@3).
# - holdout30: public.json's style, from settings seldom asked from (GP reception, pharmacy, dentistry,
#   nurseries, sports clubs, faith groups, governors) and the other nations; scored once untuned:
#   which-act 23/25 and 24/25, myths 10/10, passages 17/20, hard passages 3/10. Then: a flow chart,
#   checklist, template or toolkit asked for is a writing (which-act +1; holdout22 +1 at hit@3,
#   holdout27 +1 and +1).
# - holdout31: a trainer's course and the delegates' questions: quiz items ("Fill in the blank: ...",
#   "True or false"), follow-ups, provisions, the golden rules and Caldicott, which guidance replaced
#   which; scored once untuned: which-act 23/25 and 25/25, myths 10/10, passages 18/20, hard passages
#   7/10. Then (with holdout25 and holdout20): a law named as the topic before a yes/no question is
#   the law asked about, an Act's year typed short is spelt out, "that law has since been superseded"
#   asks for the old law and "the one that superseded the 1998 Act" for the new, and "data protection
#   and human rights law" sets aside the Acts of those fields (which-act +1; holdout25 +2, holdout20 +1).
# - holdout32: leaning on the search box, six passages from each document no earlier file aimed at;
#   scored once untuned: which-act 14/15, myths 5/5, passages 27/30, hard passages 6/15. Then:
#   "same", "thing(s)" and "stuff" are vague nouns that count for little ("is confidentiality the same
#   thing as secrecy?"): holdout31 passages +1, holdout15 hard +1 and MRR up on six files, but
#   holdout16 hard -1 ("keep one record ... the same boy" falls from 5th to 6th), whose floor, and
#   holdout15's MRR floor, move down with it; "free of bias" and "current" join the synonyms of
#   "unbiased" and "up-to-date" (passages +1). Then: a sentence naming no law in full but the field
#   of an Act's title ("Freedom of Information requests ... held by public authorities") counts as
#   naming that Act when a hit citing several is focused on the law beside the question's words
#   (which-act +1; holdout27 +1). And "will I break the data protection rules if I pass it on?" says
#   the law stands in the way, as "breach" did (myths: holdout25 +1, holdout28 +1). Information
#   "taken to dispense medicine", "gave us for their vouchers" or "for the club's use only" is
#   information kept to the purpose it was collected for, and "the law won't let them" stands in the
#   way (myths: holdout15, holdout16, holdout23 and holdout27 +1 each).
# - holdout33: leaning on the myth look-up, four voices for each of the corpus's five myths (a worker
#   in a setting, a rumour, a manager's rule, a belief inside a story), and which-act in public.json's
#   style; scored once untuned: which-act 14/20 and 17/20, myths 18/20. Then: "the privacy
#   legislation" (or regulations) is data protection law, and what "may travel to another agency" or
#   "leaves this building" is shared (myths 20/20). And a rule with "no exceptions" stands in the way,
#   and what a tenant "told them when they applied" was collected for a purpose (myths: holdout5 +1,
#   holdout23 +1). Consent refused ("because the mum-to-be said no, the team can never tell") is
#   the consent belief (myths: holdout22 +1).
# - holdout34: the receiving end and the people information is about (a duty desk, a records team,
#   a foster carer, a parent, a young person), in public.json's style; scored once untuned: which-act
#   22/25 and 24/25, myths 9/10, passages 20/20, hard passages 7/10. Then: "a copy of what the health
#   visitor sent us" asks for access to records; "what covers confidentiality there?" asks what to
#   follow in the place named; "when I never said yes" is consent refused; "nervous" is "uneasy";
#   "I thought the health visitor would have reported it already" is the assumption the guidance
#   warns against (which-act +2, myths +1, hard passages +1). And "where Scotland sets out how staff
#   should share" and "what agreement public bodies in Wales sign up to" ask for a writing (which-act:
#   holdout9 +2), and "bother" is no agent noun of "both". Then: the passage of a case example that
#   shares most with a question follows the one its story matched (hard passages: holdout14 +1,
#   holdout5 +1, mixed3 +1, mixed6 +1), but holdout25's MRR falls from 0.151 to 0.149 (a story's next
#   passage placed before an answer ranked fifth), and its floor with it.
# - holdout35: the breadth of the law, thirty which-act questions each aimed at a different entry of
#   the catalog the corpus cites (sections, regulations, codes, schemes, the 2005 document's older law,
#   the nations'), in public.json's three styles; scored once untuned: which-act 24/30 and 26/30,
#   myths 5/6, passages 12/12, hard passages 5/8. Then: "what should I read", "a senior person whose
#   job is to advise", "who in the NHS can advise" and a fragment opening on the website it looks for
#   ask for a writing (the Caldicott Guardians, the Northern Ireland code, WASPI); a search box's
#   fragment, no question, whose best passage cites guidance and no law names what that guidance says
#   ("Very high threshold before confidential health information can be disclosed": the NHS Code of
#   Practice); IT systems that "don't link up" make sharing "not practical"; "we never heard back" is
#   the non-response consent cannot be inferred from (which-act 28/30 and 30/30, myths 6/6, hard
#   passages 6/8; which-act hit@1: holdout33 +2; holdout16, holdout17, holdout20 and holdout29 +1 each).
# - holdout36: health practitioners (GP practices, midwives, health visitors, school nurses, A&E,
#   CAMHS, adult mental health), in public.json's style; scored once untuned: which-act 18/20 and
#   20/20, myths 6/6, passages 16/16, hard passages 7/10. Then: a daughter "legally in charge of her
#   mum's affairs" holds a power of attorney (hard passages 8/10).
# - holdout37: police and criminal-justice practitioners (call handlers, custody, youth justice,
#   probation, MARAC, IDVAs, housing); scored once untuned: which-act 23/25 and 25/25, myths 10/10,
#   passages 18/20, hard passages 4/10. holdout38: what people type into a search box, two to seven
#   words, a few misspelt; scored once untuned: which-act 17/20 and 19/20, myths 9/10, passages
#   23/24, hard passages 5/10. Then: a word the guidance writes once is a respelling too when English
#   has it ("secresy": secrecy); asking the police about someone near a child asks for the child sex
#   offender scheme; "reduce offending" is preventing crime; "check what they did" is feedback; a
#   nanny is an au pair, "used substances" drugs, an "expectant mum" pregnant; and a passage opening
#   by pointing back ("Professionals should always take this to ...", "In these cases") is searched
#   with the passage before it (which-act: holdout37 +1, holdout38 +1; passages: holdout28, holdout31,
#   holdout32 +1, holdout38 +1; hard passages: holdout38 +2). That context moved near-ties elsewhere:
#   holdout14 which-act hit@1 -1 (a passage pointing back to the Caldicott principles names the Data
#   Protection Act 2018), and the hard-passage MRR of holdout17, holdout25 (an answer from first to
#   second) and holdout31; their floors followed. A case example's passage matched is now followed by
#   the case's next passage, not the one sharing most words with the question: what was done comes
#   after what happened, once per case (hard passages: holdout5 +1, holdout37 +1; MRR down on
#   holdout14, holdout16 and holdout19, whose floors followed).
# - holdout39: the four nations and the age of guidance and law ("does this apply in Wales?", "what
#   did the 2005 guidance say?", "I'm a health visitor in Belfast ..."); holdout40: schools, colleges
#   and early years. Both scored once with the changes above in, never tuned on: holdout39 which-act
#   16/20 and 20/20, myths 6/6, passages 18/20, hard passages 5/8; holdout40 which-act 17/20 and
#   19/20, myths 8/8, passages 15/20, hard passages 7/10. Then: "without the parents' consent" is no
#   longer read as a child without parents (unaccompanied); "how long should we keep" asks about
#   retention; "did something" is action (holdout40 passages +2, holdout29 passages +1). A role
#   named and then asked for ("the NHS's senior confidentiality lead. Who is that?") asks for the
#   writing that names it, the Caldicott Guardians; a boyfriend who "may have offences against
#   children" has a past to ask the police about (holdout40 which-act 19/20 and 20/20). A pupil
#   "swearing", "flirting" and "very thin" is the guidance's obscene language, suggestive behaviour
#   and lost weight; "TWOCing" is the theft of a car for joy riding (hard passages: holdout37 +1,
#   holdout38 +1). To "ring round" is to contact, and to ask "without saying" what the worry is, to ask
#   "without disclosing the substance of any concerns" (hard passages: holdout27 +1, holdout39 +1).
# - holdout41: data protection officers and information governance leads (lawful bases, special
#   category data, subject access, minimisation, retention, secure transfer); scored once untuned:
#   which-act 17/20 and 19/20, myths 6/6, passages 21/22, hard passages 3/8. Then: asking the police
#   "whether her new boyfriend, who looks after her kids on his own, is a risk" asks about his past
#   however many words stand between (which-act 18/20 and 20/20).
# - holdout42: foster and kinship carers, children's homes, family support and home visits, in
#   everyday words; scored once untuned, with everything above in: which-act 15/15, myths 6/6,
#   passages 14/18, hard passages 7/10. Then: "do I have to tell them?" asks what the guidance words
#   as "explain to the child or adult you're going to do this and why" (passages: holdout42 +1,
#   holdout40 +1).
# - holdout44: the voluntary and community sector (coaches, youth and faith leaders, helplines,
#   housing and drug services, volunteers); scored once untuned: which-act 16/20 and 20/20, myths
#   6/6, passages 14/20, hard passages 5/10. Then: an object between a phrasal verb and its particle
#   ("write anything down", "hand them over") still types the label; a "statutory authority" is a
#   legal power (passages: holdout41 +1).
# - holdout43: parents, carers and young people asking what professionals may do with what they
#   said; scored once untuned: which-act 17/20 and 19/20, myths 6/6, passages 9/20, hard passages
#   4/10. Then: a label typed whose words the guidance seldom writes ("never replied") finds its
#   candidates by the phrases it stands for too ("non-response"), as further telling words (hard
#   passages: holdout4 +1; MRR a little down on holdout17, holdout18 and holdout19, whose floors
#   followed); "how long will they keep" is retention; "out loud" is verbal and "sign something"
#   written (holdout43 passages 11/20). Asking the police "if he's a risk to children" asks about his
#   past, as "whether he is a risk" did (which-act hit@1: holdout43 +1, holdout35 +1).
# - holdout45: questions typed badly (misspelt, text-speak, dictated run-ons, non-native wording);
#   scored once untuned: which-act 19/20 and 20/20, myths 6/6, passages 18/20, hard passages 6/10.
#   Then: a reply never written back ("never wrote back", "didn't say no") is non-response, a coffee
#   shop queue a place to be overheard, "too small" an age, "forever" retention, and a GP for "the
#   whole family" cares for "more than one family member" (hard passages 8/10; hard passages:
#   holdout38 +1, holdout41 MRR up). A short name typed with two letters swapped read as the
#   vocabulary's ("GDRP" as "GDPR") put one answer second (passages MRR 0.90 -> 0.87).
# - holdout46: adult services whose clients are parents (adult mental health, probation, drug,
#   domestic abuse and housing services); scored once untuned: which-act 16/20 and 20/20, myths 6/6,
#   passages 17/20, hard passages 4/10 (5/10 after the synonyms above).
# - Asked what a document of a year says ("under the 2005 cross-government guidance, which law ...?"),
#   law replaced since comes just ahead of its successor, as that document named it (the Data
#   Protection Act 1998 for a request to see records; which-act hit@1: holdout22, holdout29,
#   holdout35, holdout41 +1).
# - A MARAC is no MAPPA panel: "MARAC" was a name of the MAPPA agency and is now an agency of its
#   own and a name of domestic abuse, whose passages name the law its sharing rests on (no score
#   moved). holdout47: safeguarding leads, managers, supervisors and trainers checking or teaching
#   others' decisions; scored once untuned, with that in: which-act 20/20 and 20/20, myths 6/6,
#   passages 18/20, hard passages 6/10.
# - holdout48: urgent and out-of-hours situations told in a hurry ("2am in A&E", "he's leaving in five
#   minutes"); scored once untuned: which-act 16/20 and 17/20, myths 6/6, passages 7/20, hard
#   passages 7/10. Four of its myths' keywords were first taken from the answers, which the score
#   never reads (it reads the statement); they were set to the statements' words before scoring.
#   Its passages are the weakest of any set: a night, a phone call or A&E told in the question
#   matches the 2005 guidance's case stories. A lower weight for case passages (0.65 for 0.8) was
#   tried over every set: one passage better, eight hard passages worse, so it stays.
# - holdout49: limits and "not" questions (when not to share, sharing too much, a refused consent,
#   keeping a referrer's name back, refusing a request); scored once untuned: which-act 16/20 and
#   16/20, myths 6/6, passages 8/20, hard passages 3/10. Its passages ask in situations ("copy the
#   whole pastoral team in") what the guidance says as principles ("no more than is necessary").
# - holdout50: consent, capacity and who decides (a child's own consent, parents with and without
#   parental responsibility, adults who may lack capacity, consent withdrawn or not to be sought);
#   scored once untuned: which-act 16/20 and 19/20, myths 5/6, passages 12/20, hard passages 4/10.
# - A senior person "responsible for" confidentiality, and someone "advising" on it, are roles asked
#   for, as one who "can advise" was: the guidance naming the role (the Caldicott Guardian) comes
#   first (which-act hit@1: holdout48 +1, holdout50 +1; no other score moved).
# - Of the guidance written for the place a question names, one it names by three words of its title
#   or more comes before the most cited ("which guidance sets out how agencies in Northern Ireland work
#   together to keep children safe?": Co-operating to Safeguard Children; which-act hit@1: holdout7 +1,
#   holdout39 +1, mixed3 +1; no other score moved).
# - holdout51: roles no earlier file used, each in its own words (environmental health, a midday
#   supervisor, trading standards, a school bus escort, a phlebotomist, a virtual school head, a
#   podiatrist, a family solicitor, a cadet instructor, a probation hostel, Home-Start and Portage
#   visitors, a private tutor, a doula, a letting agent, a park ranger), which-act half stories, half
#   one sentence; scored once untuned: which-act 14/20 and 16/20, myths 7/8, hard passages 6/14 and
#   MRR 0.293. Then: a doubt that someone else understands ("not sure he understands what he'd be
#   agreeing to", "she doesn't really grasp") hints at lacking capacity, as "can't follow" did; asking
#   to "see everything the youth offending team sent us" asks for access to records, as "see what"
#   did; what was "taken for the tenancy only" was collected for a purpose (which-act hit@3 18/20,
#   myths 8/8; no other file moved). A council "lettings" or "allocations" officer is a housing
#   officer (no score moved). Its hard passages stay at 6/14: most of its misses open on a sentence
#   naming the asker ("Council lettings officer."), whose words passage search reads as the topic.
# - Round 41's catalog entries (the Children's Homes (England) Regulations 2015 and their Guide, the
#   EYFS statutory framework, the Prevent duty guidance, the private fostering Regulations) are indexed
#   with the rest of the catalog, so the statistics every passage is scored by move with them, and
#   near-ties in the bundled corpus turn, each by one place: the 2005 document's passages on trafficked
#   children (11.2) and under-age sexual activity (s157), 11.368 each, the other way (holdout4 hard
#   MRR 0.742 -> 0.727, second to third) and holdout27 hard hit@5 5 -> 4 (fifth to sixth). No other
#   score moved.
# - Round 43's catalog entries (Working Together to Safeguard People, the Standards for children in the
#   youth justice system, the GPhC's standards for pharmacy professionals) are indexed with the rest of
#   the catalog, and any one of them turns a near-tie in the bundled corpus: the 2005 document's
#   paragraph 8.17 comes before the passage a hard question about clinical abbreviations in a referral
#   wants, third to fourth (holdout36 hard MRR 0.683 -> 0.675). No other score moved.
FLOORS = {
    DEV: {"which_act": {"hit@3": 40, "hit@1": 40}, "myths": {"hit@1": 12},
          "passages_hard": {"hit@5": 16, "mrr@10": 0.9}},
    HOLDOUT: {"which_act": {"hit@3": 22, "hit@1": 22}, "myths": {"hit@1": 10},
              "passages_hard": {"hit@5": 11, "mrr@10": 0.67}},
    HOLDOUT2: {"which_act": {"hit@3": 23, "hit@1": 21}},
    HOLDOUT3: {"which_act": {"hit@3": 23, "hit@1": 22}, "myths": {"hit@1": 8},
               "passages_hard": {"hit@5": 11, "mrr@10": 0.9}},
    HOLDOUT4: {"which_act": {"hit@3": 22, "hit@1": 21}, "myths": {"hit@1": 8},
               "passages_hard": {"hit@5": 11, "mrr@10": 0.72}},
    HOLDOUT5: {"which_act": {"hit@3": 22, "hit@1": 20}, "myths": {"hit@1": 8},
               "passages_hard": {"hit@5": 10, "mrr@10": 0.72}},
    HOLDOUT6: {"which_act": {"hit@3": 15, "hit@1": 15}},
    HOLDOUT7: {"which_act": {"hit@3": 20, "hit@1": 20}, "myths": {"hit@1": 8},
               "passages_hard": {"hit@5": 7, "mrr@10": 0.62}},
    HOLDOUT8: {"passages_hard": {"hit@5": 10, "mrr@10": 0.37}},
    HOLDOUT9: {"which_act": {"hit@3": 20, "hit@1": 20}, "myths": {"hit@1": 8},
               "passages_hard": {"hit@5": 4, "mrr@10": 0.14}},
    HOLDOUT10: {"which_act": {"hit@3": 15, "hit@1": 15}, "myths": {"hit@1": 6},
                "passages_hard": {"hit@5": 7, "mrr@10": 0.48}},
    HOLDOUT11: {"which_act": {"hit@3": 19, "hit@1": 16}, "myths": {"hit@1": 7},
                "passages_hard": {"hit@5": 7, "mrr@10": 0.48}},
    HOLDOUT12: {"which_act": {"hit@3": 20, "hit@1": 18}, "passages_hard": {"hit@5": 10, "mrr@10": 0.65}},
    HOLDOUT13: {"which_act": {"hit@3": 20, "hit@1": 15}, "myths": {"hit@1": 6}},
    HOLDOUT15: {"which_act": {"hit@3": 21, "hit@1": 16}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 10, "mrr@10": 0.74}},
    HOLDOUT14: {"which_act": {"hit@3": 22, "hit@1": 18}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 8, "mrr@10": 0.43}},
    HOLDOUT16: {"which_act": {"hit@3": 24, "hit@1": 23}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 5, "mrr@10": 0.28}},
    HOLDOUT17: {"which_act": {"hit@3": 21, "hit@1": 20}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 8, "mrr@10": 0.45}},
    HOLDOUT18: {"which_act": {"hit@3": 24, "hit@1": 24}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 7, "mrr@10": 0.58}},
    HOLDOUT19: {"which_act": {"hit@3": 23, "hit@1": 23}, "myths": {"hit@1": 10},
                "passages_hard": {"hit@5": 4, "mrr@10": 0.11}},
    HOLDOUT20: {"which_act": {"hit@3": 28, "hit@1": 26}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 8, "mrr@10": 0.99}},
    HOLDOUT21: {"which_act": {"hit@3": 24, "hit@1": 24}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 4, "mrr@10": 0.37}},
    HOLDOUT22: {"which_act": {"hit@3": 26, "hit@1": 21}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 1, "mrr@10": 0.03}},
    HOLDOUT23: {"which_act": {"hit@3": 13, "hit@1": 13}, "myths": {"hit@1": 12},
                "passages_hard": {"hit@5": 3, "mrr@10": 0.13}},
    HOLDOUT24: {"which_act": {"hit@3": 24, "hit@1": 23}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 1, "mrr@10": 0.12}},
    HOLDOUT25: {"which_act": {"hit@3": 25, "hit@1": 23}, "myths": {"hit@1": 10},
                "passages_hard": {"hit@5": 3, "mrr@10": 0.1}},
    HOLDOUT26: {"which_act": {"hit@3": 20, "hit@1": 19}, "myths": {"hit@1": 7},
                "passages_hard": {"hit@5": 2, "mrr@10": 0.04}},
    HOLDOUT27: {"which_act": {"hit@3": 24, "hit@1": 22}, "myths": {"hit@1": 9},
                "passages_hard": {"hit@5": 4, "mrr@10": 0.26}},
    HOLDOUT28: {"which_act": {"hit@3": 25, "hit@1": 25}, "myths": {"hit@1": 10},
                "passages": {"hit@5": 20, "mrr@10": 0.99}, "passages_hard": {"hit@5": 9, "mrr@10": 0.9}},
    HOLDOUT29: {"which_act": {"hit@3": 25, "hit@1": 25}, "myths": {"hit@1": 9},
                "passages": {"hit@5": 17, "mrr@10": 0.76}, "passages_hard": {"hit@5": 7, "mrr@10": 0.71}},
    HOLDOUT30: {"which_act": {"hit@3": 25, "hit@1": 24}, "myths": {"hit@1": 10},
                "passages": {"hit@5": 17, "mrr@10": 0.79}, "passages_hard": {"hit@5": 3, "mrr@10": 0.29}},
    HOLDOUT31: {"which_act": {"hit@3": 25, "hit@1": 24}, "myths": {"hit@1": 10},
                "passages": {"hit@5": 20, "mrr@10": 0.85}, "passages_hard": {"hit@5": 7, "mrr@10": 0.5}},
    HOLDOUT32: {"which_act": {"hit@3": 15, "hit@1": 15}, "myths": {"hit@1": 5},
                "passages": {"hit@5": 29, "mrr@10": 0.81}, "passages_hard": {"hit@5": 6, "mrr@10": 0.2}},
    HOLDOUT33: {"which_act": {"hit@3": 19, "hit@1": 16}, "myths": {"hit@1": 20}},
    HOLDOUT34: {"which_act": {"hit@3": 25, "hit@1": 24}, "myths": {"hit@1": 10},
                "passages": {"hit@5": 20, "mrr@10": 0.92}, "passages_hard": {"hit@5": 8, "mrr@10": 0.59}},
    HOLDOUT35: {"which_act": {"hit@3": 30, "hit@1": 30}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 12, "mrr@10": 0.89}, "passages_hard": {"hit@5": 6, "mrr@10": 0.48}},
    HOLDOUT36: {"which_act": {"hit@3": 20, "hit@1": 18}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 16, "mrr@10": 0.96}, "passages_hard": {"hit@5": 8, "mrr@10": 0.675}},
    HOLDOUT37: {"which_act": {"hit@3": 25, "hit@1": 24}, "myths": {"hit@1": 10},
                "passages": {"hit@5": 18, "mrr@10": 0.85}, "passages_hard": {"hit@5": 7, "mrr@10": 0.43}},
    HOLDOUT38: {"which_act": {"hit@3": 20, "hit@1": 18}, "myths": {"hit@1": 9},
                "passages": {"hit@5": 24, "mrr@10": 0.95}, "passages_hard": {"hit@5": 8, "mrr@10": 0.67}},
    HOLDOUT39: {"which_act": {"hit@3": 20, "hit@1": 17}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 18, "mrr@10": 0.75}, "passages_hard": {"hit@5": 6, "mrr@10": 0.44}},
    HOLDOUT41: {"which_act": {"hit@3": 20, "hit@1": 19}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 22, "mrr@10": 0.93}, "passages_hard": {"hit@5": 3, "mrr@10": 0.41}},
    HOLDOUT42: {"which_act": {"hit@3": 15, "hit@1": 15}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 15, "mrr@10": 0.6}, "passages_hard": {"hit@5": 7, "mrr@10": 0.31}},
    HOLDOUT43: {"which_act": {"hit@3": 20, "hit@1": 18}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 11, "mrr@10": 0.44}, "passages_hard": {"hit@5": 4, "mrr@10": 0.24}},
    HOLDOUT44: {"which_act": {"hit@3": 20, "hit@1": 16}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 14, "mrr@10": 0.56}, "passages_hard": {"hit@5": 5, "mrr@10": 0.22}},
    HOLDOUT45: {"which_act": {"hit@3": 20, "hit@1": 19}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 19, "mrr@10": 0.87}, "passages_hard": {"hit@5": 8, "mrr@10": 0.67}},
    HOLDOUT46: {"which_act": {"hit@3": 20, "hit@1": 16}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 17, "mrr@10": 0.69}, "passages_hard": {"hit@5": 5, "mrr@10": 0.38}},
    HOLDOUT47: {"which_act": {"hit@3": 20, "hit@1": 20}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 18, "mrr@10": 0.75}, "passages_hard": {"hit@5": 6, "mrr@10": 0.33}},
    HOLDOUT48: {"which_act": {"hit@3": 18, "hit@1": 17}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 7, "mrr@10": 0.24}, "passages_hard": {"hit@5": 7, "mrr@10": 0.5}},
    HOLDOUT49: {"which_act": {"hit@3": 16, "hit@1": 16}, "myths": {"hit@1": 6},
                "passages": {"hit@5": 8, "mrr@10": 0.29}, "passages_hard": {"hit@5": 3, "mrr@10": 0.09}},
    HOLDOUT50: {"which_act": {"hit@3": 20, "hit@1": 17}, "myths": {"hit@1": 5},
                "passages": {"hit@5": 12, "mrr@10": 0.5}, "passages_hard": {"hit@5": 4, "mrr@10": 0.22}},
    HOLDOUT40: {"which_act": {"hit@3": 20, "hit@1": 19}, "myths": {"hit@1": 8},
                "passages": {"hit@5": 18, "mrr@10": 0.77}, "passages_hard": {"hit@5": 7, "mrr@10": 0.46}},
    HOLDOUT51: {"which_act": {"hit@3": 18, "hit@1": 14}, "myths": {"hit@1": 8},
                "passages_hard": {"hit@5": 6, "mrr@10": 0.29}},
}


@pytest.mark.parametrize("questions", list(FLOORS), ids=lambda path: path.stem)
def test_question_files_score_at_least_their_floors(answers: Answers, questions: Path) -> None:
    report = evaluate(answers, load_questions(questions), source=questions)
    assert set(report) == set(FLOORS[questions])
    reached = {section: {score: report[section][score] for score in floors}
               for section, floors in FLOORS[questions].items()}
    assert all(reached[section][score] >= floor for section, floors in FLOORS[questions].items()
               for score, floor in floors.items()), (reached, FLOORS[questions])


# A partnership's corpus: the bundled guidance beside every local document of tests/fixtures/unseen
# (policies, leaflets, FAQs, myth tables, procedures, in every format). mixed1 asks what only the
# local documents answer (the law behind FGM reporting, a LADO referral, a section 42 enquiry);
# scored once untuned, over a corpus of about a hundred of them: which-act 19/24 and 23/24, hard
# passages 3/12 (its myth keywords, first taken from the answers, were then taken from the
# statements, as the file format has them: 7/8). Then: the Act another was inserted into is set
# aside, and in Wales "reasonable cause to suspect" is also the SSWBA's duty to report. mixed2 draws
# on other local documents, HTML pages among them, and asks for local guidance and codes by what
# they are; scored once untuned: which-act 10/20 and 15/20, myths 4/8, hard passages 5/12. Then: a
# writing asked for back ("... footnotes a Department of Health code from 2003. Which code is it?")
# is the one the sentence before names (mixed1 +1); "turned down" is refusing, "female" women, and
# a belief that "we have no choice but to hand over" claims a need to share. mixed3 draws on local
# documents neither used, Word files and wiki pages among them; scored once with this round's first
# changes in (guidance asked for as "which GMC guidance ..." after a story is asked alone): which-act
# 13/20 and 17/20, myths 3/8, hard passages 4/12. Then: promises, secrets, the front desk, penalties
# and keeping quiet in the synonyms (myths +2); a question naming a document's publisher ("at
# Oakfield Surgery: our practice policy says ...") is answered from its documents first, and a
# publisher's initials ("which GMC guidance") name its guidance (which-act +2, mixed2 +1); a belief
# put to a named publisher or local area is found in its documents first (myths 5/8 -> 8/8). mixed4
# draws on local documents none of the others used, the newest fixtures among them, a third of its
# items saying whose document they ask about; scored once untuned: which-act 13/20 and 16/20, myths
# 5/8 (3/8 with the publisher named read as any other words), hard passages 4/12. Then: the law
# the guidance names after "inserted by" or "came in through" answers which law inserted something
# (which-act +1). mixed5 draws on the local documents none of the others used; scored once untuned:
# which-act 16/20 and 18/20, myths 0/8 (its beliefs each have five or more near-twins among the
# corpus's 230 myths, and the keywords are one document's wording: the myth found first is most often
# a twin, such as "We must get permission from parents before we ring children's services" for "Mum
# has to say yes before I can phone children's services"), hard passages 1/12. Then: what a
# question quotes or says the asker knows already is not what it asks for (which-act +1; mixed4 +1).
# Reading an organisation's name over the title as the document's masthead, its words kept as the
# passages' search context: hard passages +1 on mixed3 and on mixed4. mixed6 is the search box over
# local procedures (who to call, how fast, what a local policy says), the first of these files with
# passages asked in words close to the passage's; scored once untuned: which-act 10/10, myths 6/6,
# passages 21/24, hard passages 3/8. Then: a passage giving a telephone number is found by asking for
# one (passages +1). mixed7 is a newcomer's practical questions (who to call, which form, by when)
# and a trainer's, half answered by local documents; scored once untuned: which-act 9/12 and 12/12,
# myths 8/8, passages 20/24, hard passages 4/8. Then: the passage pointing back to the one before is
# searched with it (passages +2, "who do I take it to": the Surrey passage after the doubt it
# answers), which moved a near-tie in mixed6 (which-act hit@1 -1: the Domestic Abuse Act 2021 before
# the Crime and Disorder Act for the MARAC); "she was cut" is FGM (which-act hit@3). Round 30's three
# fixtures joined the mixed corpus with answers near others': a Jekyll page's case ("a section 47
# enquiry that day") and a Moodle chapter's reflection now come before two hard passages (mixed1
# MRR 0.146 -> 0.10), and its myth's fact before the Scottish age of capacity (mixed3 hit@5 6 -> 5).
# Round 31's Scottish wiki page ("a young person aged 12 or over is presumed to be mature enough", with
# section 208 of the Data Protection Act 2018 in its note) puts that Act just ahead of the FGM Act for
# a 12-year-old who "was cut" (mixed4 which-act hit@1 17 -> 16; 0.020 against 0.019). Round 32's
# Outlook bulletin tells of a girl of 13 "seen getting into cars with adult men": its case comes
# before the one a hard passage wants of a girl "collected by men in cars" (mixed3 MRR 0.33 -> 0.316).
# Round 34's help-centre article is a front door's own ("Sharing information with the Front Door"):
# its passage giving the front door's numbers answers "what is the phone number for the Children's
# Services Front Door?" as well as the school flow chart's the question wants, and its other passages
# carry "Front Door" in their title (mixed6 passages hit@5 22 -> 21, MRR 0.74 -> 0.719); its "Fact:
# ... not proof. Finding out what is happening is our job" comes just before the LADO record a hard
# passage wants, sixth to seventh (mixed1 MRR 0.100 -> 0.098).
# Round 35's nursery policy says when it sends a child's file to the new school, and is a nursery's:
# it comes before the nursery the question means (mixed6 passages hit@5 21 -> 20); its Google Sites
# page's case of a 15-year-old at a youth centre comes before the club's case of a 15-year-old a hard
# passage wants (mixed3 MRR 0.316 -> 0.276); its three pages citing the Crime and Disorder Act and
# the Data Protection Act for ringing the police push the FGM Act out of the top three for a teacher
# who must ring them (mixed4 which-act hit@3 20 -> 19).
# Round 36's GOV.SCOT chapter cites GIRFEC, which became the Scottish guidance most cited, before the
# national guidance Inverburn's policy follows (mixed3 which-act hit@1 16 -> 15, won back when guidance
# named by words of its title came first); its swimming club's page says who a helper passes a worry
# to, and comes before the club's case a hard passage wants (mixed3 MRR 0.27 -> 0.26).
# Round 37's GitBook page says "Once I have told the designated safeguarding lead, my part is over";
# it joins the wording a mixed2 myth wants ("... I have done my part"), and is shown as the group's
# best match for a teacher whose "responsibility has ended", which neither wording says (mixed2 myths
# hit@1 5 -> 4: the belief is found, in other words than the keywords').
# Round 40's five documents joined the mixed corpus (among them a school trust's procedure for sending
# a child's file to the next school): mixed6 passages MRR 0.71 -> 0.694, every question still found in
# the top five (hit@5 20); the round's reading fixes alone (its aliases left out) do not lose it.
# Round 41's college chapter tells of a 17-year-old apprentice an older man gives lifts home: its
# scenario comes before the police procedure a hard passage wants for a man "hanging around a
# 17-year-old girl", third to fourth (mixed1 MRR 0.098 -> 0.091). Its private fostering leaflet's
# subtitle ("Are you looking after someone else's child, or has someone else agreed to look after
# yours?") says "after" and "someone else" (the synonyms' "another") twice in sixteen words, and comes
# before Halton's passage on checking what another professional did, first to second (mixed7
# passages MRR 0.83 -> 0.81, hit@5 unchanged).
# Round 42's weekend school page says what a volunteer does when worried, "before the child goes home",
# and comes before the police procedure a hard passage wants for a man hanging round the gates at home
# time, third to fourth (mixed6 MRR 0.286 -> 0.276); its safer recruitment passages (references, a
# helper removed for harming a child referred to the DBS) come before the LADO passage a hard passage
# wants for the reference of a coach who is leaving, seventh to ninth (mixed1 MRR 0.091 -> 0.088).
# Round 43's football club page checks every coach ("an enhanced DBS check with a check of the children's
# barred list") and comes before the passage a hard question wants for a girl sent rude pictures ("should
# I look through them to check?"), first to second (mixed2 MRR 0.253 -> 0.211); its lead paragraph (a
# club's teams, players and parents) comes ninth for an evening club's question about a lad with a social
# worker and puts the wanted passage, tenth, out of the ten (mixed3 MRR 0.265 -> 0.257). Round 43 reads
# an organisation's name typed in a paragraph over the title as the masthead, whose words count in
# searching the passages below: Ravensmoor Council's private fostering leaflet now names its council so,
# and its passage comes before the one a hard question about hearing back from "the council in Wales"
# wants, second to third (mixed8 MRR 0.243 -> 0.228).
# Round 46's virtual school procedure ends with a short passage on sending personal information ("Send PEPs
# and other personal information only through the secure portal, never by ordinary email"), whose "send"
# and "information" come before the passage a hard question wants for a girl whose cousin keeps "sending"
# her rude pictures, second to third (mixed2 MRR 0.211 -> 0.197, hit@5 unchanged).
# mixed8 draws on round 41's documents and others none of the files before it used (an ambulance trust's
# procedure, a church's page, a college's chapter, a children's home's policy, a private fostering leaflet,
# a Scottish IRD guide, a Welsh FAQ); scored once untuned: which-act 19/20 and 19/20 (the Education Act 1996
# asked for as the law under which the council "make enquiries" for a child missing education, words the
# Children Act 1989's section 47 holds across the corpus), myths 3/8 (four found a near-twin from another
# document in the question's words, as mixed5's did; one asked for a plain question of a FAQ, no belief),
# passages 20/20, hard passages 5/10.
MIXED_FLOORS = {
    MIXED1: {"which_act": {"hit@3": 24, "hit@1": 22}, "myths": {"hit@1": 7},
             "passages_hard": {"hit@5": 3, "mrr@10": 0.088}},
    MIXED2: {"which_act": {"hit@3": 19, "hit@1": 15}, "myths": {"hit@1": 4},
             "passages_hard": {"hit@5": 5, "mrr@10": 0.197}},
    MIXED3: {"which_act": {"hit@3": 18, "hit@1": 16}, "myths": {"hit@1": 8},
             "passages_hard": {"hit@5": 5, "mrr@10": 0.257}},
    MIXED4: {"which_act": {"hit@3": 19, "hit@1": 16}, "myths": {"hit@1": 5},
             "passages_hard": {"hit@5": 5, "mrr@10": 0.38}},
    MIXED5: {"which_act": {"hit@3": 18, "hit@1": 17}, "myths": {"hit@1": 0},
             "passages_hard": {"hit@5": 1, "mrr@10": 0.02}},
    MIXED6: {"which_act": {"hit@3": 10, "hit@1": 9}, "myths": {"hit@1": 6},
             "passages": {"hit@5": 20, "mrr@10": 0.69}, "passages_hard": {"hit@5": 4, "mrr@10": 0.276}},
    MIXED7: {"which_act": {"hit@3": 12, "hit@1": 9}, "myths": {"hit@1": 8},
             "passages": {"hit@5": 22, "mrr@10": 0.81}, "passages_hard": {"hit@5": 4, "mrr@10": 0.41}},
    MIXED8: {"which_act": {"hit@3": 19, "hit@1": 19}, "myths": {"hit@1": 3},
             "passages": {"hit@5": 20, "mrr@10": 0.93}, "passages_hard": {"hit@5": 5, "mrr@10": 0.228}},
}


@pytest.fixture(scope="module")
def partnership(tmp_path_factory: pytest.TempPathFactory) -> Answers:
    local = tuple(sorted({path.stem for path in UNSEEN.iterdir() if path.is_file()}))
    with Answers(bundled_with_unseen(tmp_path_factory.mktemp("partnership"), local)) as opened:
        yield opened


@pytest.mark.parametrize("questions", list(MIXED_FLOORS), ids=lambda path: path.stem)
def test_a_partnerships_question_files_score_at_least_their_floors(partnership: Answers, questions: Path) -> None:
    report = evaluate(partnership, load_questions(questions), source=questions)
    reached = {section: {score: report[section][score] for score in floors}
               for section, floors in MIXED_FLOORS[questions].items()}
    assert all(reached[section][score] >= floor for section, floors in MIXED_FLOORS[questions].items()
               for score, floor in floors.items()), (reached, MIXED_FLOORS[questions])
