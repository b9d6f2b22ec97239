"""A corpus folder as people keep one: files at the top and in subfolders at any depth
("National/", "Local/Schools/").

Not every folder in such a tree holds guidance. Hidden folders (".git", ".obsidian") belong to the
programs that made them; operating systems and archive programs leave folders of their own
("__MACOSX", "$RECYCLE.BIN", "System Volume Information"); and a guidegraph build kept inside the
corpus (`guidegraph build --corpus . --out site`) holds pages of its own and a manifest that says
so. Its caches and the folders a build stages its output in sit beside it under hidden names. None
of these is read.

A link to a folder is followed when it leads out of the tree (guidance shared between
partnerships, kept once), and only once; a link back up the tree or to a folder the tree holds
anyway would read the same files again, and possibly forever, so it is not followed and a warning
says so. The walk keeps its own stack, not Python's, so a deep tree costs no recursion.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from guidegraph.output import is_build_output

__all__ = ["CorpusTree", "corpus_name", "corpus_tree"]

# Folders operating systems, archive programs and NAS boxes leave in a tree; never guidance.
SYSTEM_FOLDERS = frozenset({
    "__macosx", "__pycache__", "$recycle.bin", "recycler", "recycled", "system volume information",
    "lost+found", "@eadir", "#recycle", "#snapshot",
})
# Files operating systems and office programs drop into folders; never corpus documents.
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini"})


@dataclass(frozen=True)
class CorpusTree:
    """What a corpus folder holds: its files (hidden and system ones aside) in the folders that
    may hold guidance, sorted; and the folder links not followed, with why."""

    files: tuple[Path, ...]
    unfollowed: tuple[tuple[Path, str], ...]


def corpus_name(path: Path, corpus_dir: Path) -> str:
    """How a corpus file is named to its user: its path from the corpus folder, with "/" between
    folders (its bare name for a file at the top, as ever)."""
    try:
        return path.relative_to(corpus_dir).as_posix()
    except ValueError:
        return path.name


def corpus_tree(corpus_dir: Path, document_suffixes: tuple[str, ...]) -> CorpusTree:
    """Walk the corpus folder and the subfolders that may hold guidance; OSError if one cannot be listed.

    A folder named like a document ("guide.docx/") is listed as one, for the reader to say it is a folder.
    """
    root = Path(os.path.realpath(corpus_dir))
    files: list[Path] = []
    unfollowed: list[tuple[Path, str]] = []
    linked: dict[Path, Path] = {}  # where each followed link leads, and the link
    folders = [Path(corpus_dir)]
    while folders:
        folder = folders.pop()
        for entry in _entries(folder):
            if not entry.is_dir() or entry.suffix.lower() in document_suffixes:
                if _is_visible_file(entry):
                    files.append(entry)
            elif _may_hold_guidance(entry):
                why = _not_followed(entry, root, linked) if entry.is_symlink() else None
                if why:
                    unfollowed.append((entry, why))
                else:
                    folders.append(entry)
    return CorpusTree(tuple(sorted(files)), tuple(unfollowed))


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.iterdir(), reverse=True)  # folders are popped from the stack in order


def _is_visible_file(entry: Path) -> bool:
    name = entry.name
    return (not name.startswith((".", "~$"))  # hidden files, Office lock files
            and not name.endswith("~")  # editor backups
            and name.lower() not in SYSTEM_FILES)


def _may_hold_guidance(folder: Path) -> bool:
    """Not hidden (a program's own folder, or a build's caches and staging), not a system folder, not a build."""
    name = folder.name
    return not name.startswith(".") and name.lower() not in SYSTEM_FOLDERS and not is_build_output(folder)


def _not_followed(link: Path, root: Path, linked: dict[Path, Path]) -> str | None:
    """Why a link to a folder is not followed, or None to follow it (once: it is remembered)."""
    target = Path(os.path.realpath(link))
    if _within(root, target):
        return "not followed: a link back up the corpus tree, which would read its folders again and again"
    if _within(target, root):
        return f"not followed: a link to {corpus_name(target, root) or 'the corpus folder'}, read where it is"
    for seen, through in linked.items():
        if _within(target, seen) or _within(seen, target):
            return f"not followed: a link to a folder already read through {through}"
    linked[target] = link
    return None


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents
