"""Reading one value cell as communities write it: "1,869", "3000余", "12.5万", "—", "l60"."""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass

from ingest.clerk_marks import capital_amount, without_marks

# Cells that mean "not reported": no value, and no error either.
BLANK_MARKERS = frozenset({"", "-", "--", "—", "——", "/", "／", "－", "－－", "...", "…", "……", "_", "空",
                           "暂无数据", "无数据", "未报", "未填", "未填报", "不详",
                           "未统计", "待统计", "无法统计", "未上报", "待上报", "待报", "暂缺", "未提供",
                           "(空)", "(未填)", "(跳过)"})   # a form platform's unanswered question (问卷星)
# 见台账, 详见附表, 见花名册: the figure is kept in another record (a ledger, an attached table), not
# written in this cell — not reported here, like 未报; nothing to read and nothing to doubt (见备注, whose
# figure is on the sheet, is read by ditto.py).
SEE_ELSEWHERE = re.compile(r"^(?:详见|参见|见)(?:台账|附表|附件|明细表?|花名册|登记册|登记簿)$")
# 没啦 / 没了 / 没有了: the spoken "none" of northern clerks (包头, 东北) written as said;
# 莫得 / 莫有: the same 没有 in southwestern Mandarin (四川, 重庆, 贵州, 云南)
ZERO_WORDS = frozenset({"无", "零", "〇", "没有", "暂无", "未开展", "未发生", "没有发生", "未出现", "没啦", "没了", "没有了",
                        "莫得", "莫有"})
THIS_MONTH = re.compile(r"^(?:本月|当月|本期|月内)")   # 本月未发生, 本月无: none this month
# Count words communities append to numbers ("1869条", "30人次"); anything else is unreadable.
UNIT_WORDS = frozenset(
    "条 件 人 人次 户 个 元 千元 万元 亿元 场 次 起 对 名 位 家 处 项 期 场次 户次 岗 岗位 天 小时 份 张 套 间 笔 宗 例".split()
)
MONEY_UNITS = frozenset({"元", "千元", "万元", "亿元"})  # the money words among them


# 件（份）: a count word with its other name in brackets (44件（份）) — one unit
UNIT_AND_ALIAS = re.compile(r"([\u4e00-\u9fff]{1,2})\s*[（(]\s*([\u4e00-\u9fff]{1,2})\s*[)）]")


def is_unit_word(text: str) -> bool:
    """A cell that is only a count word, bracketed or not (件, （人）, 件（份）): a unit column's or
    a units row's cell."""
    plain = text.strip()
    if plain.strip("（）()") in UNIT_WORDS:
        return True
    both = UNIT_AND_ALIAS.fullmatch(plain)
    return both is not None and both.group(1) in UNIT_WORDS and both.group(2) in UNIT_WORDS


DIGIT_WORDS = re.compile("[零〇一二两三四五六七八九十廿卅卌]")
UNITS_LONGEST_FIRST = sorted(UNIT_WORDS - {"万元", "亿元", "元"}, key=len, reverse=True)
NUMBER = re.compile(
    r"^(?P<pre>近|约|≈|大约|将近|接近|逾|超|超过)?"
    r"(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+))"
    r"(?P<post>余|多|左右|\+|以上)?"
    r"(?P<mag>万|亿|千)?"
    r"(?P<post2>余|多|左右|以上)?"
    r"[(（]?(?P<unit>[\u4e00-\u9fff](?:/?[\u4e00-\u9fff])?)?[)）]?"
    r"(?P<post3>左右|以上)?"
    r"(?P<pct>%)?$"
)
CIRCLED = re.compile(r"[①-⑳⑴-⒇❶-❿]")
# 2,996（↑39）, 1799↑14: the change on last month written after the figure; the figure is before it.
# 8804（—）beside 2249（↑9）: no change on last month, marked by a dash.
# 71（较上月+41）, 19（与上月持平）: the change on last month with its sign, or none; the figure is before it
# (45（比上月多5件） names another figure in words: left unread, see OTHER_THAN_THE_FIGURE).
CHANGE_MARK = re.compile(r"(?<=\d)\s*(?:[(（]\s*(?:较上月|比上月|环比)?\s*[↑↓]\s*[+-]?[\d,，.]+\s*[)）]|[↑↓]\s*[+-]?[\d,.]+"
                         r"|[(（]\s*(?:较上月|比上月|与上月相?比|环比)\s*[+-]\s*[\d,，.]+"
                         r"\s*[\u4e00-\u9fff%]{0,2}\s*[)）]|[(（]\s*(?:较上月|比上月|与上月|环比)?\s*(?:持平|[—–－\-→]{1,2})\s*[)）])$")
FOOTNOTE_MARK = re.compile(r"(?<=\d)\s*(?:[*＊※▲△#＃†‡]+|[①-⑳⑴-⒇❶-❿]|[(（]注\s*[\d①-⑳]{0,2}[)）])$")
# Small whole numbers written in Chinese numerals (十二, 两, 一百零五): counts, read exactly.
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMBER = re.compile(r"^[零〇一二两三四五六七八九十百千]{1,8}$")
# 廿六, 卅二, 卌: the old single characters for twenty, thirty, forty, still written in the south and in
# dates (廿三日) — the same figure as 二十六, 三十二, 四十.
DIALECT_TENS = str.maketrans({"廿": "二十", "卅": "三十", "卌": "四十"})
# 贰拾肆, 肆拾捌: a count in the capital numerals (大写) of forms, written so it cannot be altered — the
# same figure as 二十四, 四十八 (an amount with 元 is clerk_marks.capital_amount's).
CAPITAL_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
MAGNITUDES = {"万": 1e4, "亿": 1e8, "千": 1e3}
# A part of the figure said after it (673（其中新增29）, 544，含新增33人): the figure is the number before.
PART_NOTE = re.compile(r"(?:[(（]|[,;，；]\s*)(?:其中|含|包括|内含)[^()（）]*[)）]?$")
# 42件（已全部回访）, 17（均已办结）: a remark in brackets after the figure, no figure in it. Not a unit
# or a magnitude (30（万元）, 8（户）), which change what the figure means.
REMARK = re.compile(r"[(（](?P<words>[^()（）\d]{2,20})[)）]$")
MAGNITUDE_CHARS = frozenset("万亿千百元")
# 44件（份）, 12个（次）: a figure with its count word, then in brackets another count word for the same
# things — the form's 件（份） copied into the cell. Never a bare 8（户）: there the bracket is the unit.
UNIT_ALTERNATIVE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?P<unit>{'|'.join(UNITS_LONGEST_FIRST)})[)）]$")
# Count words that count the same things (items, persons, sessions); 30人（户） counts two things: unread.
SAME_COUNTERS = (frozenset("件份个张套项"), frozenset("人名位"), frozenset(("场", "次", "场次")))


def same_counter(own: str, other: str) -> bool:
    """Whether two count words count the same things (件 and 份), so one in brackets repeats the other."""
    return any(own in group and other in group for group in SAME_COUNTERS)


# 45（汛期积水、漏雨27件）: words naming a part, and its count, after the figure — a part of it.
PART_REMARK = re.compile(r"[(（](?P<words>[\u4e00-\u9fff][^()（）\d]{1,15})(?P<figure>\d+)[\u4e00-\u9fff]{0,2}[)）]$")
# 3场（参与180人次）, 12次（覆盖300户）: the figure with its count word, then in brackets what else
# was counted, in another count word — another measure of the same work (who the sessions reached).
OTHER_MEASURE = re.compile(r"[(（](?P<words>[\u4e00-\u9fff]{0,6}?)(?P<figure>\d+)"
                           rf"(?P<unit>{'|'.join(sorted(UNIT_WORDS, key=len, reverse=True))})[\u4e00-\u9fff]{{0,3}}[)）]$")
# 45（另有3件转区）, 12（上月8）, 30（计划40）: a figure beside it, of another period, or planned.
OTHER_THAN_THE_FIGURE = re.compile(r"另|外加|再|补|增加|减少|多|少|超|[上下本]月|[上去今本]年|[上本同]期|期[末初]|季|累|计划|目标"
                                   r"|预计|待|未|应|原|合计|共|同比|环比|估|约")
# 8（上月）, 12（待核）, 30（计划）, 5（不详）: a word that makes it another period's, an unsure or a
# planned figure — never taken off. A campaign's month (287人次（学雷锋月）, 安全生产月) names no period.
REMARK_CHANGING_THE_FIGURE = re.compile(r"[\d一二三四五六七八九十上本下当次同前每]月|月[份底末初中累内]|^月|年|期|季|累|计划|目标|预计|待|未|应|原|合计|共|同比|环比|估|约|不明|不详|不清|不准")
# 41件（余4件转下月）: the figure, then what is left of the work for next month — never part of the
# figure (the rest was not done), so the figure is the number before the bracket.
CARRIED_OVER = re.compile(r"[(（](?:余|剩余|尚余|剩)\d+[\u4e00-\u9fff]{0,2}(?:结转|转入|转至|转到|转|顺延至|留待)下(?:月|期)"
                          r"(?:办理|处理|办结|续办)?[)）]$")
# 120（估）, 200（估算）: the clerk marks the figure an estimate — read, and marked approximate.
ESTIMATE_NOTE = re.compile(r"[(（](?:估|估算|估计|预估|约数)[)）]$")
# 百余, 约二十, 三十左右: a number in words with the same bounds as one in digits.
APPROX_WORDS = re.compile(r"^(?P<pre>近|约|大约|将近|接近|逾|超过)?(?P<words>[零〇一二两三四五六七八九十廿卅卌百千]+?)(?P<post>余|多|左右|以上)?$")
# 111/98, 36/54, 8（14）: two figures in one cell, under a label naming two things (受理/办结, 户/人,
# 低保户数（人数）), in the label's order.
FIGURE_PAIR = re.compile(r"^\s*(?P<first>\d+(?:\.\d+)?)\s*(?:[/／]\s*(?P<second>\d+(?:\.\d+)?)|"
                         r"[(（]\s*(?P<inner>\d+(?:\.\d+)?)\s*[)）])\s*$")
# 3万1千7百元, 2千5百: an amount said as it is spoken, each digit with its place word (万 千 百 十),
# places falling; two places at least (5千元 is a figure with a magnitude), a last bare digit only
# after 十 (1万2 — 一万二 or 一万零二? — stays unread).
SPOKEN_AMOUNT = re.compile(r"^(?:(?P<wan>\d{1,4})万)?(?:(?P<qian>\d)千)?(?:(?P<bai>\d)百)?"
                           r"(?:(?P<shi>\d)十(?P<ge>\d)?)?(?:元|人|户|个|件)?$")
# 1万3900元, 2万0500: the 万 and then all four places below it written as digits — unambiguous
# (1万39 or 1万2 leave the places unsaid and stay unread).
WAN_AND_FOUR_DIGITS = re.compile(r"^(?P<wan>\d{1,4})万(?P<rest>\d{4})(?:元|人|户|个|件)?$")
SPOKEN_PLACES = {"wan": 10_000, "qian": 1_000, "bai": 100, "shi": 10, "ge": 1}
# 受理诉求：33件；办结：32件: a label, a colon, a figure with its count word — data, never a header.
LABELLED_FIGURE = re.compile(r"[：:]\s*[约近]?\d[\d,.，]*\s*(?:万元|人次|户次|[件个人户起场次名对元项位])")
# 20+12+8, 42+15+14=71: a sum typed as text (no 「=」 before it, so no formula): its total; a total
# written after 「=」 is read only when it is the sum (else the cell is doubtful: unread).
TEXT_SUM = re.compile(r"^(?P<terms>\d{1,7}(?:\+\d{1,7})+)(?:=(?P<total>\d{1,8}))?$")
# 共计67件, 计12个, 共42人: the word "in all" said before the cell's figure — the figure itself (合计 and
# 总计 name a total row, 累计 a year to date: never taken off).
IN_ALL = re.compile(r"^(?:共计|总共|共|计)(?=[约近]?\d)")
# 3<U+200B>5, 24<U+FEFF>: zero-width characters a web page leaves inside figures copied from it (no-break
# spaces are NFKC spaces, taken off with the others) — invisible, never part of the figure.
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
MAX_DIGITS = 15  # more significant digits than a double holds exactly, and than any count or amount


@dataclass(frozen=True)
class CellValue:
    """``status`` is number | blank | unreadable; ``value`` is set only for numbers."""

    status: str
    value: float | None = None
    is_approximate: bool = False
    is_percent: bool = False
    has_magnitude: bool = False  # the cell carries its own 万/亿, so a 万元 header does not apply


BLANK = CellValue("blank")
UNREADABLE = CellValue("unreadable")


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation (１８６９，％) as ASCII."""
    return unicodedata.normalize("NFKC", text)


@functools.lru_cache(maxsize=1 << 16)  # the same cell texts recur across rows and files
def parse_value(text: str) -> CellValue:
    found = _parse(text)
    if found is UNREADABLE and not text.isascii():
        # 無, 暫無, 約30, 3000餘, 12條: traditional characters read as simplified (only on a miss:
        # the converter costs more than the parse).
        from ingest.chinese_text import to_simplified   # chinese_text imports this module

        simplified = to_simplified(text)
        if simplified != text:
            return _parse(simplified)
    return found


def written_unit(text: str) -> str:
    """The unit glued to a figure (12人 → 人, 6.13万元 → 元), or ''."""
    match = NUMBER.match(to_halfwidth(text).strip().replace(" ", "").replace(",", ""))
    unit = (match.group("unit") or "") if match else ""
    return unit if unit.replace("/", "") in UNIT_WORDS else ""


def _parse(text: str) -> CellValue:
    # 79*, 51①, 45※, 12（注1）: a mark pointing to a note below the table, not part of the figure
    # (taken off before NFKC, which would make ① a digit: 51① is not 511).
    unmarked = CHANGE_MARK.sub("", FOOTNOTE_MARK.sub("", ZERO_WIDTH.sub("", text).strip()))
    if CIRCLED.search(unmarked):
        return UNREADABLE  # ① alone is an item's number, not a figure
    cleaned = to_halfwidth(unmarked).strip().replace(" ", "")
    if cleaned[:1] in "'‘’":  # '577: a spreadsheet's mark for "keep as text", not part of the figure
        cleaned = cleaned[1:]
    marked, cleaned = cleaned, without_marks(cleaned)  # ￥41,500.00, 82(改), 更正为51(原填48), 22500元(贰万…元整)
    if marked and not cleaned:
        return UNREADABLE  # ¥ or （改） alone: a mark with no figure
    if "其中" in cleaned or "含" in cleaned or "包括" in cleaned:
        cleaned = PART_NOTE.sub("", cleaned)
    estimated = ESTIMATE_NOTE.search(cleaned)
    if estimated and estimated.start():
        found = _parse(cleaned[:estimated.start()])
        return dataclasses.replace(found, is_approximate=True) if found.status == "number" else found
    if (alternative := UNIT_ALTERNATIVE.search(cleaned)) and same_counter(written_unit(cleaned[:alternative.start()]),
                                                                           alternative["unit"]):
        cleaned = cleaned[:alternative.start()]  # 44件（份）: the count word, then another for the same things
    if (carried := CARRIED_OVER.search(cleaned)) and carried.start():
        cleaned = cleaned[:carried.start()]  # 41件（余4件转下月）: 41
    remark = REMARK.search(cleaned)
    if remark and remark.start() and not (set(remark["words"]) & MAGNITUDE_CHARS) \
            and remark["words"] not in UNIT_WORDS and not REMARK_CHANGING_THE_FIGURE.search(remark["words"]):
        cleaned = cleaned[:remark.start()]  # 42件（已全部回访）: the figure, then a word about it
    part = PART_REMARK.search(cleaned)
    if part and part.start() and not OTHER_THAN_THE_FIGURE.search(part["words"]):
        head = _parse(cleaned[:part.start()])
        if head.status == "number" and head.value is not None and 0 < float(part["figure"]) <= head.value:
            return head  # 45（汛期积水、漏雨27件）: 45, of which the 27 named
    if (other := OTHER_MEASURE.search(cleaned)) and other.start() and (head := _other_measure(cleaned, other)):
        return head  # 3场（参与180人次）: 3
    if cleaned in BLANK_MARKERS or SEE_ELSEWHERE.match(cleaned):
        return BLANK
    if cleaned in ZERO_WORDS or THIS_MONTH.sub("", cleaned) in ZERO_WORDS:
        return CellValue("number", 0.0)  # 无, 本月未发生, 当月无: none this month
    cleaned = IN_ALL.sub("", cleaned.replace(",", "").replace("、", ""))
    if (summed := TEXT_SUM.match(cleaned)) is not None:
        total = sum(int(term) for term in summed["terms"].split("+"))
        return CellValue("number", float(total)) if summed["total"] in (None, str(total)) else UNREADABLE
    match = NUMBER.match(cleaned)
    if not match:
        return _in_words(cleaned)
    unit = match.group("unit")
    if unit and unit.replace("/", "") not in UNIT_WORDS:
        return UNREADABLE
    if len(match.group("num").lstrip("+-0").replace(".", "")) > MAX_DIGITS:
        return UNREADABLE  # an ID number (身份证号, 23 digits) typed into a count: no count has that many
    value = float(match.group("num"))
    magnitude = match.group("mag")
    if magnitude:
        value *= MAGNITUDES[magnitude]
    approximate = bool(match.group("pre") or match.group("post") or match.group("post2") or match.group("post3"))
    return CellValue(
        "number",
        value,
        is_approximate=approximate,
        is_percent=bool(match.group("pct")),
        has_magnitude=bool(magnitude),
    )


def _other_measure(cleaned: str, other: re.Match) -> CellValue | None:
    """The figure before a bracket that counts something else (3场（参与180人次） → 3 场), when the
    figure says its own count word and the bracket says what its other figure is (参与, 覆盖) in
    another count word; None otherwise: 45（其中27件） is a part, 12（上月8人） another period, and
    33户（59人） the two figures of 低保 (pairs.py), never one of them."""
    head, own = cleaned[:other.start()], written_unit(cleaned[:other.start()])
    if not own or not other["words"] or other["unit"] == own or {own, other["unit"]} <= {"户", "人"} \
            or OTHER_THAN_THE_FIGURE.search(other["words"] + other.group(0)[other.end("unit") - other.start():]):
        return None
    found = _parse(head)
    return found if found.status == "number" else None


def _in_words(cleaned: str) -> CellValue:
    """A figure in words: 十二, 两, 百余 (about a hundred), 贰拾万元整 (an amount in 大写)."""
    capital = capital_amount(cleaned)
    if capital is not None:
        return CellValue("number", capital, has_magnitude=True)  # 大写 says 元 itself: no 万元 header applies
    spoken = spoken_amount(cleaned)
    if spoken is not None:
        return CellValue("number", spoken, has_magnitude=True)  # 3万1千7百元 says its amount in full
    unit = next((word for word in UNITS_LONGEST_FIRST if cleaned.endswith(word) and len(cleaned) > len(word)), "")
    if unit and DIGIT_WORDS.search(cleaned):  # 五起, 九场, 二十件: a figure in words with its count word
        cleaned = cleaned[:-len(unit)]        # (千户, 百户 stay words: as likely a name as a figure)
    bound = APPROX_WORDS.match(cleaned)
    whole = chinese_number(bound.group("words") if bound else cleaned)
    if whole is None:
        return UNREADABLE
    return CellValue("number", float(whole), is_approximate=bool(bound and (bound.group("pre") or bound.group("post"))))


def spoken_amount(text: str) -> float | None:
    """3万1千7百元 → 31700, 2千5百 → 2500, 3百2十5 → 325, 1万3900 → 13900; None for anything else
    (5千元 is NUMBER's)."""
    if (four := WAN_AND_FOUR_DIGITS.match(text)) is not None:
        return float(int(four["wan"]) * 10_000 + int(four["rest"]))
    found = SPOKEN_AMOUNT.match(text)
    if found is None or sum(found[place] is not None for place in ("wan", "qian", "bai", "shi")) < 2:
        return None
    return float(sum(int(found[place]) * size for place, size in SPOKEN_PLACES.items() if found[place]))


def chinese_number(text: str) -> int | None:
    """十二 → 12, 两 → 2, 一百零五 → 105, 二十 → 20, 廿六 → 26; None for anything else (月, 一般, 十十)."""
    text = text.translate(DIALECT_TENS).translate(CAPITAL_NUMERALS)
    if not CN_NUMBER.match(text):
        return None
    total, digit, last_unit = 0, None, 10_000
    for char in text:
        if char in CN_DIGITS:
            if digit not in (None, 0) and CN_DIGITS[char] != 0:
                return None  # 一二: two digits in a row is not a number
            digit = CN_DIGITS[char]
        else:
            unit = CN_UNITS[char]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)
