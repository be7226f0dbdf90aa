"""A row label that says only what was done or how it is counted — 当月发放, 办结, 户 — names no object;
in a table titled 「…城市低保对象分社区统计」 the title says what it is of (低保金发放金额). The title is
asked only then: a label that names an object of its own (宣讲, 侨眷侨属) is read, or reported, as it is."""

from __future__ import annotations

import re

from ingest.headers import HeaderCatalog, IndicatorMatch, normalize_header

OWN_ROLES = frozenset({"act", "measure"})
# 说明：, 注：, 1.春节前…, （2）…: a note's line (a heading is numbered 一、 or （一）, or not at all)
NOTE_LINE = re.compile(r"^\s*(?:[（(]?\d{1,2}\s*[)）.、．]|注|说明|备注)")


def says_no_object(catalog: HeaderCatalog, label: str) -> bool:
    """True when every word of ``label`` is an act or a measure the vocabulary knows (当月发放, 户数)."""
    if catalog.scorer is None:
        return False
    core = normalize_header(label).core
    concepts = catalog.scorer.vocabulary.concepts(core)
    return bool(concepts) and all(concept.role in OWN_ROLES for concept in concepts) \
        and not catalog.scorer.vocabulary.unexplained_words(core)


def object_from_titles(catalog: HeaderCatalog, titles: list[str], levels: list[str]) -> IndicatorMatch | None:
    """The indicator of a one-level row label that names no object, read under the table's title
    (the nearest title line first); None when the label names an object or no title makes it one."""
    if len(levels) != 1 or not says_no_object(catalog, levels[0]):
        return None
    own = catalog.match_indicator([levels[0]])
    for title in reversed(titles):
        if not title.strip() or NOTE_LINE.match(title):
            continue   # 说明：1.春节前一次性生活补贴另表报送: a note over the table is no title
        found = catalog.match_indicator([title, levels[0]])
        if found is not None and not says_only_the_label(catalog, title, found, own):
            return found
        if names_an_object(catalog, title):
            return None   # 一、新时代文明实践活动开展情况 over 参与群众（人次）: its own heading, not the file's title
    return None


def says_only_the_label(catalog: HeaderCatalog, title: str, found: IndicatorMatch, own: IndicatorMatch | None) -> bool:
    """An office's line under the title (西工区…社会事务办（民政）) names no object: read with 户数 it
    gives 户数's own reading (常住户数), which is the label speaking, not the line. The title above
    it (…最低生活保障统计表) is then asked, as it is for 人数, which reads as nothing alone."""
    return own is not None and found.indicator_code == own.indicator_code and not names_an_object(catalog, title)


def names_an_object(catalog: HeaderCatalog, text: str) -> bool:
    """A title line that says what its table is of (活动, 低保): the nearest such line is the table's
    heading, and a title further up (…和志愿服务统计, over several tables) is no longer asked."""
    if catalog.scorer is None:
        return False
    return any(concept.role == "object" for concept in catalog.scorer.vocabulary.concepts(normalize_header(text).core))


def measure_under_title(catalog: HeaderCatalog, titles: list[str], label: str) -> IndicatorMatch | None:
    """户数 under 「…城市低保对象统计表」: a row label that is a measure alone, counted of the object the
    nearest title naming one says (低保户数) — by the label's own measure, not the title's (对象 are
    persons). None when the label is more than a measure or no title names an object."""
    if catalog.scorer is None or not catalog.scorer.vocabulary.only_measures(normalize_header(label).core):
        return None
    for title in reversed(titles):
        if title.strip() and not NOTE_LINE.match(title) and names_an_object(catalog, title):
            return catalog.match_indicator([without_measures(catalog, title), label])
    return None


def without_measures(catalog: HeaderCatalog, text: str) -> str:
    """The text without the measure words the vocabulary knows (城市低保对象统计表 → 城市低保统计表)."""
    if catalog.scorer is None:
        return text
    vocabulary, out, position = catalog.scorer.vocabulary, [], 0
    while position < len(text):
        size = next((size for size in range(min(vocabulary.longest, len(text) - position), 0, -1)
                     if text[position:position + size] in vocabulary.words), 1)
        piece = text[position:position + size]
        if piece not in vocabulary.words or vocabulary.words[piece].role != "measure":
            out.append(piece)
        position += size
    return "".join(out)
