"""Place names of a minority language (Uyghur, Kazakh, Mongolian, Tibetan) are written in Chinese by
sound, and clerks pick different characters for one foreign syllable: bagh as 巴格 or 瓦克, b and w,
g and k being one sound of the language to a Chinese ear. So 喀拉巴格 is the registry's 喀拉瓦克 and
阿克巴扎 its 阿克瓦扎. Read only within the file's (or the batch's) street, only for a name of four
characters or more with at least half of them as registered, and only when exactly one community of
the street fits; marked for review (``transliteration``)."""

from __future__ import annotations

import functools
from typing import Iterable

# Initials a transliteration swaps: labials (b p f w), velars (g k h), dentals (d t), sibilants.
LOOSE_INITIALS = (("zh", "z"), ("ch", "z"), ("sh", "z"), ("b", "b"), ("p", "b"), ("f", "b"), ("w", "b"),
                  ("g", "g"), ("k", "g"), ("h", "g"), ("d", "d"), ("t", "d"), ("z", "z"), ("c", "z"),
                  ("s", "z"), ("j", "z"), ("q", "z"), ("x", "z"), ("l", "l"), ("n", "l"), ("r", "l"))


@functools.lru_cache(maxsize=1 << 12)
def loose_sounds(char: str) -> frozenset[str]:
    """Every reading of one character with its initial reduced to its class, -ng as -n."""
    from pypinyin import Style, pinyin

    heard = set()
    for syllable in pinyin(char, style=Style.NORMAL, heteronym=True)[0]:
        for initial, kind in LOOSE_INITIALS:
            if syllable.startswith(initial):
                syllable = kind + "-" + syllable[len(initial):]
                break
        heard.add(syllable[:-1] if syllable.endswith("ng") else syllable)
    return frozenset(heard)


def transliterated_alike(written: str, registered: str) -> bool:
    """Same length, at least half the characters as registered, the others loosely heard alike."""
    if len(written) != len(registered) or len(written) < 4:
        return False
    differing = [(a, b) for a, b in zip(written, registered) if a != b]
    return 2 * len(differing) <= len(written) and all(loose_sounds(a) & loose_sounds(b) for a, b in differing)


def transliteration_code(name: str, street_names: Iterable[tuple[object, str]]) -> str | None:
    """The one community of ``street_names`` (registry entry, normalized name) that ``name``
    (normalized) is a variant transliteration of; else None."""
    found = {entry.community_code for entry, normal in street_names  # type: ignore[attr-defined]
             if transliterated_alike(name, normal)}
    return found.pop() if len(found) == 1 else None
