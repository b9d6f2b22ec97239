"""Instrument titles compared as guidance writes them: folded, keyed without the year or the
nation in brackets, and the variants a catalog label implies ("(NI)", "SSWBA")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from guidegraph.extract.provisions import YEAR


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    text = re.sub(r"\\(?=[^\w\s])", "", text).replace("’", "'").replace("‘", "'")
    return " ".join(text.casefold().split())


# "(NI)" for "(Northern Ireland)"; a nation in brackets anywhere in a title.
NATION_IN_BRACKETS = re.compile(r"\s*\((northern ireland|ni|wales|scotland|england)\)\s*")


@lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """Titles compared without 'the', case, punctuation spacing, '&' for 'and', possessives,
    hyphens inside words and where the nation in brackets stands ('Children's Act 1989', 'Crime &
    Disorder Act 1998', 'Social Services and Wellbeing (Wales) Act 2014', 'Safeguarding Board
    (Northern Ireland) Act 2011' as web pages write them): generic matches."""
    folded = re.sub(r"(?<=\w)'s\b", "", fold(title).replace("&", " and "))
    folded = re.sub(r"(?<=\w)-(?=\w)", "", folded)
    nation = NATION_IN_BRACKETS.search(folded)
    if nation is not None:
        name = "northern ireland" if nation[1] == "ni" else nation[1]
        folded = f"{NATION_IN_BRACKETS.sub(' ', folded, count=1)} ({name})"
    key = re.sub(r"[^\w()]+", " ", folded).strip()
    return re.sub(r"^the ", "", key)


def spelling(title: str) -> str:
    """A title as spelled, case and spacing aside: 'Children's Act' is not spelled 'Children Act'."""
    return re.sub(r"^the ", "", re.sub(r"[^\w()'&]+", " ", fold(title)).strip())


@lru_cache(maxsize=4096)
def short_key(title: str) -> str:
    """'The Data Protection Act 1998' -> 'data protection act'."""
    key = title_key(YEAR.sub("", title))
    return key if key.endswith(" act") else f"{key} act"


def nationless_key(title: str, type_: str) -> str | None:
    """'Children (Scotland) Act 1995' -> 'children act', the short title it shares with the Acts
    of other nations; so is 'Children (Northern Ireland) Order 1995', an Order in Council being
    how Northern Ireland made its Acts then. None for a title naming no nation."""
    folded = fold(title)
    if not NATION_IN_BRACKETS.search(folded):
        return None
    bare = NATION_IN_BRACKETS.sub(" ", folded)
    return short_key(re.sub(r"\border\b", "act", bare) if type_ == "nisi" else bare)


_SI_TYPES = frozenset({"uksi", "ssi", "wsi", "nisr", "nisi"})


def variants(label: str, type_: str) -> Iterator[str]:
    """How guidance also writes a label: "(NI)" for "(Northern Ireland)"; an Order without its
    year ("the Children (Northern Ireland) Order"); an acronym without its year ("SSWBA")."""
    forms = [label, label.replace("(Northern Ireland)", "(NI)")] if "(Northern Ireland)" in label else [label]
    yield from forms[1:]
    for form in forms:
        year = YEAR.search(form)
        bare = " ".join(YEAR.sub("", form).split())
        if year and type_ in _SI_TYPES and bare.endswith(" Order"):
            yield bare
        elif year and is_acronym(form) and len(bare) >= 4 and " " not in bare:
            yield bare  # not three letters: "LSA" is as often a learning support assistant


def is_acronym(label: str) -> bool:
    """'GDPR', 'UK GDPR', 'DPA 1998': matched with their case, so 'gdpr' in a URL is not."""
    return len(label.split()) <= 2 and not any(c.islower() for c in label)
