"""원성 for 园城社区: offices in the Korean autonomous areas (延边, 长白) write a community by the Korean
reading of its name, in Hangul alone (a transposed table's headers, a bilingual form's second line).
Read as the one community of the file's street — or, with no street named, the batch's — whose
name reads so, character by character (Unihan's kHangul, ``hangul_readings.tsv``; a simplified
character reads as its traditional form). Marked ``hangul`` so review can see how it was matched.
Two communities that read alike are a problem naming both; a reading is never looked for outside
the street, so a Hangul word never lands on a namesake elsewhere in the country."""

from __future__ import annotations

import functools
import re
from itertools import product
from pathlib import Path
from typing import Sequence, TypeVar

from ingest.community_names import normalize_community_name

T = TypeVar("T")

READINGS_FILE = Path(__file__).with_name("hangul_readings.tsv")
HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{1,12}$")
# the Korean words after a name for 社区 (사회구역 as 延边 writes it, 사구, 지역사회), for 居委会
# (주민위원회, 거민위원회) and for 村 (촌민위원회, 촌): not part of the name's reading
KOREAN_KIND = re.compile(r"(?:사회구역|사구|지역사회|주민위원회|거민위원회|촌민위원회|촌)$")
MOST_READINGS = 64  # a name whose characters have more readings than this together is not read


@functools.lru_cache(maxsize=1)
def char_readings() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in READINGS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, readings = line.split("\t")
            table[char] = tuple(readings.split())
    return table


def name_readings(name: str) -> set[str]:
    """Every Hangul reading of a name (龙井 → 룡정, 용정); none when a character has no reading."""
    table = char_readings()
    options = [table.get(char, ()) for char in name]
    if not options or not all(options):
        return set()
    count = 1
    for choice in options:
        count *= len(choice)
    return {"".join(parts) for parts in product(*options)} if count <= MOST_READINGS else set()


def hangul_core(text: str) -> str:
    """The name in a Hangul-only text (원성사회구역 → 원성), or "" when the text is not Hangul alone."""
    written = re.sub(r"\s", "", text)
    if not HANGUL_NAME.fullmatch(written):
        return ""
    core = KOREAN_KIND.sub("", written)
    return core if len(core) >= 2 else ""


# a registry name's kind after its name (建设街社区居委会 → 建设街): what is left is read, 街 and all
CHINESE_KIND = re.compile(r"(?:社区居民委员会|社区居委会|居民委员会|居委会|社区|村民委员会|村委会)+$")


@functools.lru_cache(maxsize=1 << 14)
def registry_readings(registry_name: str) -> frozenset[str]:
    """A registry name's readings, of its name before its kind (건설가 for 建设街社区居委会) and of
    its core for matching (건설 for 建设)."""
    return frozenset(name_readings(CHINESE_KIND.sub("", registry_name)) | name_readings(normalize_community_name(registry_name)))


def read_in_hangul(text: str, street: Sequence[tuple[T, str]]) -> list[T]:
    """The street's communities (each with its registry name) whose name reads as the Hangul
    ``text``: one is the community, several a question for a person, none no match."""
    core = hangul_core(text)
    return [community for community, name in street if core in registry_readings(name)] if core else []
