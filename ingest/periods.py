"""Reading a reporting period from a cell, a column, a title, a sheet name or a file name.

Periods are month (``2025-01``), quarter (``2025-Q1``) or year (``2025``); a quarterly or yearly
figure stays quarterly or yearly.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.bureau_months import bureau_months
from ingest.capital_numerals import capital_month_words
from ingest.hangul_dates import hangul_date_words
from ingest.values import to_halfwidth

CHINESE_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                   "十": 10, "十一": 11, "十二": 12, "元": 1, "正": 1}
MONTH_WORD = r"(?P<month>1[0-2]|0?[1-9]|十一|十二|十|[一二三四五六七八九元正])"
QUARTER_WORD = r"(?P<quarter>[1-4一二三四])"
YEAR = r"(?P<year>(?:19|20)\d{2})"

# Order matters: the most specific pattern first. (?<!\d) keeps codes and sizes from matching.
MONTH_PATTERNS = [
    re.compile(rf"(?<!\d){YEAR}\s*年\s*{MONTH_WORD}\s*月(?!\s*[-~至到]\s*\d)"),
    re.compile(rf"(?<!\d){YEAR}[-/.]{MONTH_WORD}(?:[-/.](?P<day>\d{{1,2}}))?(?!\d)"),
    re.compile(rf"(?<!\d){YEAR}(?P<mm>0[1-9]|1[0-2])(?:\d{{2}})?(?!\d)"),
]
QUARTER_PATTERNS = [
    re.compile(rf"(?<!\d){YEAR}\s*年?\s*(?:第\s*)?{QUARTER_WORD}\s*季度?"),
    re.compile(rf"(?<!\d){YEAR}\s*[-年]?\s*[Qq]\s*(?P<quarter>[1-4])(?!\d)"),
]
# 11月, not the last of a list of months (10、11月: a file of two months' blocks names neither alone)
MONTH_ONLY = re.compile(rf"(?<![\d年-])(?<!\d[、，,和]){MONTH_WORD}\s*月(?!\s*[-~至到]\s*\d)(?!份?累计)")
QUARTER_ONLY = [
    re.compile(rf"(?:第\s*)?{QUARTER_WORD}\s*季度?"),
    re.compile(r"(?<![A-Za-z])[Qq]\s*(?P<quarter>[1-4])(?!\d)"),
]
# 25-11, 26-03: a month written with a two-digit year (2020–2039), a whole cell only — never a
# number (26.01), a pair (25/11) or a span of days.
SHORT_YEAR_MONTH = re.compile(r"(?P<yy>[23]\d)\s*-\s*(?P<mm>0?[1-9]|1[0-2])")
# 民政月报（25.11）: a title's bracket holding only a two-digit year (2020–2039) and a month is that
# month; a bare 25.11 elsewhere is a number.
BRACKETED_SHORT_MONTH = re.compile(r"\(\s*(?P<yy>[23]\d)\s*[.\-/]\s*(?P<mm>0?[1-9]|1[0-2])\s*\)")
# 45962: a day as Excel counts it (a date serial), read as a number
DATE_SERIAL = re.compile(r"\d{5}(?:\.0+)?")
# 25.9, 25.10: a sheet named by a two-digit year (2020–2039) and a month, one sheet a month; only a
# sheet's whole name — the same text in a cell is a number.
SHEET_SHORT_MONTH = re.compile(r"(?P<yy>[23]\d)\s*[.\-/_]\s*(?P<mm>0?[1-9]|1[0-2])")
TWO_DIGIT_YEAR = re.compile(r"(?<![\d.])([0-6]\d)(?=\s*年(?!\s*[度以来内]))")
# 二〇二五年十二月, 二零二六年: a year written digit by digit in Chinese numerals (a formal title).
YEAR_IN_NUMERALS = re.compile(r"(?<![〇零一二三四五六七八九十])([一二][〇零一二三四五六七八九]{3})(?=\s*年)")
NUMERAL_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
# A span of months: 7—9月, 1-3月, 7至12月. A quarter when it is one; otherwise no single period.
MONTH_SPAN = re.compile(r"(?<!\d)(?P<a>1[0-2]|0?[1-9])\s*月?(?:份)?\s*[-~—–－至到]\s*(?P<b>1[0-2]|0?[1-9])\s*月")
HALF_YEAR = re.compile(r"[上下]半年")
YEAR_ONLY = re.compile(rf"(?<!\d){YEAR}\s*(?:年度?)?(?!\d)")
YEAR_IN_TEXT = re.compile(rf"(?<!\d){YEAR}\s*年")
EXCEL_EPOCH = date(1899, 12, 30)
# 截至10.31, 截止2025年12月31日, 10月31日: a stock as at a month's last day is that month's figure.
# A bare 10.31 is a number, so the dotted form needs its 截至.
MONTH_END = [
    re.compile(r"^(?:截至|截止)\s*(?P<head>(?:(?:19|20)\d{2}\s*[年.\-/]\s*)?(?:1[0-2]|0?[1-9]))\s*[.\-/月]\s*"
               r"(?P<day>\d{1,2})\s*日?\s*止?$"),
    re.compile(r"^(?P<head>(?:(?:19|20)\d{2}\s*年\s*)?(?:1[0-2]|0?[1-9]))\s*月\s*(?P<day>\d{1,2})\s*日\s*止?$"),
]
MONTH_DAYS = {2: (28, 29), 4: (30,), 6: (30,), 9: (30,), 11: (30,)}
# A festival named by a doubled number — 二月二, 三月三 (壮族三月三), 五月五, 七月七, 九月九 — is a day
# of the lunar calendar, never the reporting month: 「三月三活动暨4月份统计」 is April.
DOUBLED_NUMBER_FESTIVAL = re.compile(r"(?<![\d年\-一二三四五六七八九十])([一二三四五六七八九])月\1(?![\d日号十一二三四五六七八九])")

# 数据月份：2026年1月, 统计月份 2025年10月, 报告期为2025年12月: a month a title marks as the data's — it wins
# over a sending month written before it (「2026年2月报送…统计表（数据月份：2026年1月）」 holds January).
DATA_PERIOD_MARK = re.compile(r"(?:数据|统计|报告|所属)(?:月份|期间|周期|期)\s*[:：为是]?\s*")


# A span of days: 1.1-1.31, 4月1日—4月30日, 2026.3.1-2026.3.31, 1月1日至4月30日.
_DAY = r"(?:(?P<{y}>(?:19|20)\d{{2}})\s*[年.\-/])?\s*(?P<{m}>1[0-2]|0?[1-9])\s*[月.\-/]\s*(?P<{d}>[0-3]?\d)\s*[日号]?"
DAY_SPAN = re.compile(rf"^{_DAY.format(y='y1', m='m1', d='d1')}\s*[-~—–－至到]+\s*"
                      rf"(?:{_DAY.format(y='y2', m='m2', d='d2')}|(?P<d2only>[0-3]?\d)\s*[日号]?)$")
# 统计周期：2025年9月26日—2025年10月25日, anywhere in a title: a month of days across two months.
DAYS_IN_TEXT = re.compile(rf"(?<!\d){_DAY.format(y='y1', m='m1', d='d1')}\s*[-~—–－至到]+\s*{_DAY.format(y='y2', m='m2', d='d2')}")


def day_span(text: str) -> tuple[int, int, int, int] | None:
    """A span of days as (first month, first day, last month, last day), or None."""
    found = DAY_SPAN.match(to_halfwidth(str(text)).strip())
    if found is None:
        return None
    m1, d1 = int(found.group("m1")), int(found.group("d1"))
    if found.group("d2only"):
        return m1, d1, m1, int(found.group("d2only"))
    return m1, d1, int(found.group("m2")), int(found.group("d2"))


def _whole_months(span: tuple[int, int, int, int]) -> tuple[int, int] | None:
    """The first and last month a span of days covers whole (1.1-1.31 → (1, 1)); None when it
    starts or ends inside a month (1.1-1.15)."""
    m1, d1, m2, d2 = span
    if d1 != 1 or not 28 <= d2 <= 31 or m2 < m1:
        return None
    return m1, m2


@dataclass(frozen=True)
class Period:
    grain: str   # month | quarter | year
    period: str  # 2025-01 | 2025-Q1 | 2025

    @property
    def year(self) -> int:
        return int(self.period[:4])


def before_sending(period: Period | None, sent_year: int, sent_month: int) -> Period | None:
    """A period whose year was taken from the sending date: a month after the sending month
    belongs to the year before (a December report sent in January)."""
    if period is None or period.year != sent_year:
        return period
    if period.grain == "month":
        first = int(period.period[5:7])
    elif period.grain == "quarter":
        first = 3 * int(period.period[-1]) - 2
    else:
        return period
    if first <= sent_month:
        return period
    shifted = str(sent_year - 1)
    return Period(period.grain, shifted + period.period[4:])


# 1-11月累计, 1至11月, 1—11月份累计, 截至11月底累计: the year to date through month N.
YEAR_TO_DATE = re.compile(
    r"^\s*(?:(?:1|01|一|元)\s*月?份?\s*[-~—–－至到]\s*|截[至止]\s*)"
    r"(?P<month>1[0-2]|0?[2-9]|十一|十二|十|[二三四五六七八九])\s*月份?(?:底|末)?\s*(?:累计|合计)?\s*(?:数|值|完成数?)?\s*$")

JANUARY_TO_DATE = re.compile(r"^\s*(?:1|01|一)\s*月?\s*[-~—–－至到]\s*(?:1|01|一)\s*月份?\s*累计\s*(?:数|值)?\s*$")


def year_to_date_month(text: str) -> int | None:
    """The last month of a year-to-date heading (1-11月累计 → 11), or None."""
    span = day_span(text)
    if span is not None:  # 1月1日—4月30日, 1.1-4.30: from the year's first day to a month's end
        months = _whole_months(span)
        return months[1] if months and months[0] == 1 and months[1] > 1 else None
    found = YEAR_TO_DATE.match(to_halfwidth(str(text)))
    if found is None and JANUARY_TO_DATE.match(to_halfwidth(str(text))):
        return 1  # 1-1月累计 beside 本月 in January: the year so far is the month
    if found is None or (text.strip().startswith("截") and "累计" not in text):
        return None
    return _number(found.group("month"))


def year_to_date_end(text: str) -> int | None:
    """The last month of a year-to-date span a title names (2025年1-9月进度表 → 9), else None."""
    span = MONTH_SPAN.search(to_halfwidth(text))
    return int(span.group("b")) if span and int(span.group("a")) == 1 and int(span.group("b")) > 1 else None


def next_in_column(previous: Period, number: int) -> Period:
    """A month written without its year (9月) under an earlier row's month (2025年8月, or a
    month read so): the year that puts it nearest to that row — the same year going on
    (8月, 9月 … 12月), the next one across the year end (12月 then 1月), the year before in a
    list written latest first (2026年2月, 1月, 12月). Half a year either way: the next year."""
    here = previous.year * 12 + int(previous.period[5:7]) - 1
    candidates = [(year * 12 + number - 1, year) for year in (previous.year + 1, previous.year, previous.year - 1)]
    _, year = min(candidates, key=lambda each: abs(each[0] - here))
    return month(year, number)


def month(year: int, number: int) -> Period:
    return Period("month", f"{year:04d}-{number:02d}")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else CHINESE_NUMBERS[word]


def find_year(text: str) -> int | None:
    """The year a title or file name talks about ("2025年…", "…2025-01…", "202501")."""
    found = find_period(text)
    return found.year if found else None


@functools.lru_cache(maxsize=1 << 14)  # titles and file names are asked about many times
def find_period(text: str, default_year: int | None = None) -> Period | None:
    """The most specific period written anywhere in ``text`` (a title, sheet or file name)."""
    cleaned = bureau_months(capital_month_words(hangul_date_words(to_halfwidth(str(text)))))
    cleaned = DOUBLED_NUMBER_FESTIVAL.sub("", TWO_DIGIT_YEAR.sub(r"20\1", years_in_digits(cleaned)))
    for marked in DATA_PERIOD_MARK.finditer(cleaned):
        if (inner := find_period(cleaned[marked.end():], default_year)):
            return inner
    days = month_of_days(cleaned, default_year)
    if days is not None:
        return days
    for pattern in MONTH_PATTERNS:
        for match in pattern.finditer(cleaned):
            number = _number(match.group("mm") if "mm" in pattern.groupindex and match.group("mm")
                             else match.group("month"))
            if 1 <= number <= 12:
                return month(int(match.group("year")), number)
    if short := BRACKETED_SHORT_MONTH.search(cleaned):
        return month(2000 + int(short["yy"]), int(short["mm"]))
    for pattern in QUARTER_PATTERNS:
        match = pattern.search(cleaned)
        if match:
            return Period("quarter", f"{match.group('year')}-Q{_number(match.group('quarter'))}")
    if default_year is None:
        default_year = _year_only(cleaned)
    span = MONTH_SPAN.search(cleaned)
    if span:
        first, last = int(span.group("a")), int(span.group("b"))
        if default_year is not None and last - first == 2 and first % 3 == 1:
            return Period("quarter", f"{default_year}-Q{(first + 2) // 3}")
        year = _year_only(cleaned)
        return Period("year", str(year)) if year is not None else None
    if HALF_YEAR.search(cleaned):
        year = _year_only(cleaned)
        return Period("year", str(year)) if year is not None else None
    if default_year is not None:
        match = MONTH_ONLY.search(cleaned)
        if match:
            return month(default_year, _number(match.group("month")))
        for pattern in QUARTER_ONLY:
            match = pattern.search(cleaned)
            if match:
                return Period("quarter", f"{default_year}-Q{_number(match.group('quarter'))}")
    year = _year_only(cleaned)
    if year is not None:
        return Period("year", str(year))
    return None


# 2026年2月5日, 2026-02-05: a day's date. In a title line beside an issue number (第7期 … 2026年2月5日)
# it says when the sheet was written, not the month its figures are about — unless it is a month's
# last day (数据截至2026年4月30日: April's stock).
DAY_DATE = re.compile(rf"(?<!\d)(?:19|20)\d{{2}}\s*(?:年\s*(?P<m1>1[0-2]|0?[1-9])\s*月\s*(?P<d1>[0-3]?\d)\s*[日号]"
                      rf"|[-/.](?P<m2>1[0-2]|0?[1-9])[-/.](?P<d2>[0-3]?\d)(?!\d))")


def dated_only(text: str) -> bool:
    """True when the only month ``text`` names is a day's date within its month: 「第7期　党政办编　
    2026年2月5日」 is when a bulletin was issued, so a line 「（2026年1月各社区数据）」 says its month
    better. A span of days (9月26日—10月25日) or a month-end date (截至4月30日) is a month's."""
    cleaned = to_halfwidth(str(text))
    if DAYS_IN_TEXT.search(cleaned):
        return False
    dates = list(DAY_DATE.finditer(cleaned))
    if not dates:
        return False
    for found in dates:
        number, day = int(found["m1"] or found["m2"]), int(found["d1"] or found["d2"])
        if day in MONTH_DAYS.get(number, (31,)):
            return False
    rest = DAY_DATE.sub(" ", cleaned)
    left = find_period(rest)
    return left is None or left.grain != "month"


def month_of_days(text: str, default_year: int | None = None) -> Period | None:
    """A span of 20 to 40 days (上月26日至本月25日, a platform's reporting month) is the month
    most of its days fall in: 2025年9月26日—2025年10月25日 is 2025-10. Other spans: None."""
    found = DAYS_IN_TEXT.search(text)
    if found is None or not (found.group("y1") or default_year):
        return None
    y1 = int(found.group("y1") or default_year)
    m1, m2 = int(found.group("m1")), int(found.group("m2"))
    y2 = int(found.group("y2")) if found.group("y2") else y1 + (m2 < m1)
    try:
        start = date(y1, m1, int(found.group("d1")))
        end = date(y2, m2, int(found.group("d2")))
    except ValueError:
        return None
    if not 20 <= (end - start).days <= 40:
        return None
    counts: dict[tuple[int, int], int] = {}
    day = start
    while day <= end:
        counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + 1
        day += timedelta(days=1)
    (year, number), _ = max(counts.items(), key=lambda item: (item[1], item[0]))
    return month(year, number)


def sheet_name_month(name: str) -> Period | None:
    """The month a sheet named 「25.9」 or 「26.01」 is for (a workbook of one sheet a month), else None."""
    short = SHEET_SHORT_MONTH.fullmatch(to_halfwidth(name).strip())
    return month(2000 + int(short["yy"]), int(short["mm"])) if short else None


def years_in_digits(text: str) -> str:
    """二〇二五年十二月 → 2025年十二月: a year said digit by digit, as digits (the months stay words)."""
    if "年" not in text:
        return text
    return YEAR_IN_NUMERALS.sub(lambda m: m.group(1).translate(NUMERAL_DIGITS), text)


def _year_only(cleaned: str) -> int | None:
    cleaned = TWO_DIGIT_YEAR.sub(r"20\1", cleaned)
    match = YEAR_IN_TEXT.search(cleaned) or YEAR_ONLY.search(cleaned)
    return int(match.group("year")) if match else None


@functools.lru_cache(maxsize=1 << 16)  # every cell is asked whether it is a period
def parse_period(text: str, default_year: int | None = None) -> Period | None:
    """A period cell or column header: the whole text must be a period (or an Excel date serial)."""
    cleaned = bureau_months(years_in_digits(capital_month_words(hangul_date_words(to_halfwidth(str(text)).strip()))))
    if not cleaned:
        return None
    if DATE_SERIAL.fullmatch(cleaned):  # an Excel date serial read as a number
        serial = int(float(cleaned))
        if 20000 < serial < 80000:
            day = EXCEL_EPOCH + timedelta(days=serial)
            return month(day.year, day.month)
        return None
    if re.fullmatch(r"(?:19|20)\d{2}(?:\.0+)?", cleaned):
        return Period("year", cleaned[:4])
    if short := SHORT_YEAR_MONTH.fullmatch(cleaned):  # 26-01 as a heading or a column's month
        return month(2000 + int(short["yy"]), int(short["mm"]))
    cleaned = month_end(cleaned)  # 截至10.31: October
    span = day_span(cleaned)
    if span is not None:  # 1.1-1.31, 4月1日—4月30日: the month when whole; 1月1日—4月30日 is no one period
        months = _whole_months(span)
        year = re.match(r"(?:19|20)\d{2}", cleaned)
        year_of = int(year.group()) if year else default_year
        return month(year_of, months[0]) if months and months[0] == months[1] and year_of else None
    stripped = re.sub(r"统计|数据|报表|情况|在册", "", cleaned)  # 12月末在册: the register at the month's end
    stripped = re.sub(r"月份|月底|月末", "月", stripped).replace("年度", "年")
    found = find_period(stripped, default_year)
    if found is None:
        return None
    # Reject texts where the period is only a part ("2025年1月受理数" is a header, not a period).
    leftovers = re.sub(
        r"(?:19|20)\d{2}|[年月季第度Qq\s\-/.~]|\d+|十一|十二|[一二三四五六七八九十元正]", "", stripped
    )
    return found if not leftovers else None


def month_end(text: str) -> str:
    """截至10.31 → 10月: a date at a month's last day, written as a stock's heading, is that month;
    any other text (截至10.15, a bare 10.31) is returned as it was."""
    for pattern in MONTH_END:
        found = pattern.match(text)
        if found:
            number = int(re.split(r"[年.\-/]", found["head"].replace(" ", ""))[-1])
            if int(found["day"]) in MONTH_DAYS.get(number, (31,)):
                return re.sub(r"((?:19|20)\d{2})\s*[.\-/]\s*", r"\1年", found["head"]) + "月"
    return text


def years_named(text: str) -> set[int]:
    """Every year written in a text: 2025—2026年度 names both."""
    cleaned = TWO_DIGIT_YEAR.sub(r"20\1", to_halfwidth(str(text)))
    return {int(found) for found in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", cleaned)}


# 2025—2026年度供暖期, 2025-2026学年: a season across the year end, July to June.
SEASON = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})\s*(?:年|学年)")
# 2025年9月—2026年3月, 2025年9月至2026年3月, 2025.9-2026.2: the months a ledger covers, across a year end.
MONTHS_FROM_TO = re.compile(
    r"(?<!\d)(?P<y1>(?:19|20)\d{2})\s*[年.\-/]\s*(?P<m1>1[0-2]|0?[1-9])\s*月?份?\s*[-~—–－至到]+\s*"
    r"(?P<y2>(?:19|20)\d{2})\s*[年.\-/]\s*(?P<m2>1[0-2]|0?[1-9])(?!\d)")


def season_of(text: str) -> tuple[int, int] | None:
    """The months a title or name covers across a year end, as the first and last month's index
    (year × 12 + month − 1): 2025年9月—2026年3月 as written, a season 2025—2026年度 from July to
    June. A span within one year, or none: None (its year is plain)."""
    cleaned = to_halfwidth(str(text))
    if found := MONTHS_FROM_TO.search(cleaned):
        first = int(found.group("y1")) * 12 + int(found.group("m1")) - 1
        last = int(found.group("y2")) * 12 + int(found.group("m2")) - 1
        return (first, last) if found.group("y1") != found.group("y2") and 0 < last - first < 24 else None
    found = SEASON.search(cleaned)
    return (int(found[1]) * 12 + 6, int(found[2]) * 12 + 5) if found and int(found[2]) == int(found[1]) + 1 else None


def month_within(number: int, span: tuple[int, int]) -> Period | None:
    """A month written without its year (1月) in a span of months (2025年9月—2026年3月): the one
    month of that name within the span (2026-01), or None when the span holds none or several."""
    inside = [index for index in range(span[0], span[1] + 1) if index % 12 == number - 1]
    return month(inside[0] // 12, number) if len(inside) == 1 else None


def in_season(found: Period | None, text: str, season: tuple[int, int] | None) -> Period | None:
    """A month written without its year under a title spanning the year end (11月 of 2025—2026年度
    供暖期, 1月 of 2025年9月—2026年3月): the one month of that name within the span. A month with its
    year, one outside the span, or no span: as found."""
    if season is None or found is None or found.grain != "month" or years_named(text):
        return found
    return month_within(int(found.period[5:7]), season) or found
