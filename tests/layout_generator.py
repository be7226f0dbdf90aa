"""Seeded generator of realistic community returns, for property tests of the loader.

``generate(seed)`` draws a ``Spec``: which street, communities, months and indicators one file
holds, every value in the catalogue's canonical unit, how each value is written, and the layout
features (header wording, depth, titles, where the period is, orientation, position, totals,
footers, value texts, names, format). Features are drawn independently, each with its own
probability, so one spec usually carries several. ``write(spec, folder)`` writes the file and
returns the values a correct loader must store: {(community_code, 'YYYY-MM', indicator_code):
value}. ``render(spec)`` gives the same sheets as rows, plus the role of every cell, for checks
beyond the values (totals never loaded, no problem on a cell read correctly).

Everything is drawn from ``random.Random(seed)`` in a fixed order: a seed is a file.
The loader is a black box here; the wordings come from seeds/indicators.csv and the registry.
The spec model is in ``layout_model``; drawing and writing sheets in ``layout_render``.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

import zhconv

from layout_drawing import CN_DIGITS, draw_value, header_text, in_script_digits, party_body, pick_indicators, wrap
from layout_model import (CATALOGUE, CLERKS, COMMUNITIES, MAY_BE_NONE, REMARKS, STREETS, SUB_OF, VOLUNTEER_HEADINGS,
                          Column, Key, Layout, Spec, looks_like_a_date, mongolian, written_value)
from layout_model import FORMATS, cn_number, period_text
from layout_periods import period_forms

# ---------------------------------------------------------------------------------------------
# Drawing a spec
# ---------------------------------------------------------------------------------------------

def generate(seed: int) -> Spec:
    rng = random.Random(seed)
    features: set[str] = set()

    # --- what the file holds -------------------------------------------------------------
    fmt = rng.choice(FORMATS)
    orientation = rng.choices(["rows", "transposed", "single"], weights=[5, 3, 2])[0]
    places = ["title", "cell", "file_name", "month_column"] if orientation == "rows" else ["title", "cell", "file_name"]
    if not fmt.startswith("csv"):
        places.append("sheet")
    period_place = rng.choice(places)
    if orientation == "single" and random.Random(seed * 104729 + 3).random() < 0.3:
        period_place = "month_across"  # 指标 | 1月 | 2月 | 3月: one community's months side by side
    n_periods = rng.randint(2, 3) if period_place in ("sheet", "month_column", "month_across") else 1
    year = rng.choice([2023, 2024, 2025])
    first_month = rng.randint(1, 13 - n_periods)
    periods = tuple(f"{year}-{first_month + i:02d}" for i in range(n_periods))

    street_code = rng.choice(sorted(COMMUNITIES))
    street = STREETS[street_code]
    members = COMMUNITIES[street_code]
    if orientation == "single":
        chosen = [rng.choice(members)]
        apart = random.Random(seed * 15485863 + 5)  # a workbook of such forms, a sheet per community
        if not fmt.startswith("csv") and period_place not in ("sheet", "month_across") and apart.random() < 0.2:
            others = [m for m in members if m != chosen[0]]
            chosen += apart.sample(others, min(len(others), apart.randint(1, 3)))
    else:
        k = rng.randint(3, min(7, len(members)))
        picked = set(rng.sample(range(len(members)), k))
        chosen = [members[i] for i in sorted(picked)]
    name_style = rng.choices(["full", "shequ", "short"], weights=[3, 4, 3])[0]
    traditional = rng.random() < 0.2

    def community_name(full: str) -> str:
        base = full.removesuffix("社区居委会")
        name = {"full": full, "shequ": base + "社区", "short": base}[name_style]
        return zhconv.convert(name, "zh-hant") if traditional else name

    communities = tuple((code, community_name(name)) for code, name in chosen)
    features.add(f"names={name_style}")
    if traditional:
        features.add("traditional")

    stacked = orientation != "single" and period_place != "month_column" and rng.random() < 0.2
    codes = pick_indicators(rng, orientation, stacked)

    # --- header wording ------------------------------------------------------------------
    choice = {
        "numbering": rng.choice([None, None, "1.", "（一）", "一、"]),
        "units": rng.choices(["none", "fullwidth", "ascii", "column"],
                             weights=[3, 4, 2, 0 if orientation == "rows" else 2])[0],
        "wan_yuan": rng.random() < 0.5,
        "trailing_shu": rng.random() < 0.25,
        "qizhong": rng.random() < 0.6,
        "fullwidth_header": rng.random() < 0.15,
    }
    if choice["fullwidth_header"] and choice["units"] != "ascii" and not choice["numbering"]:
        choice["numbering"] = "1."
    unit_col = choice["units"] == "column"
    header_depth = rng.choices([1, 2, 3], weights=[4, 3, 2])[0] if orientation == "rows" else rng.choice([1, 2])
    group_suffix = rng.choice(["", "情况", "工作"])
    columns = []
    for number, code in enumerate(codes, start=1):
        ind = CATALOGUE[code]
        header, scale, used = header_text(rng, ind, number, choice)
        features |= used
        unit_text = ""
        if unit_col:
            unit_text = "万元" if scale != 1 else ind.unit
        group = ind.domain + group_suffix if header_depth >= 2 else ""
        if traditional:
            header, unit_text, group = (zhconv.convert(t, "zh-hant") for t in (header, unit_text, group))
        columns.append(Column(code, header, unit_text, scale, group))
    if unit_col:
        features.add("units=column")
    elif choice["units"] != "none":
        features.add(f"units={choice['units']}")
    features.add(f"orientation={orientation}")
    features.add(f"format={fmt}")

    # --- values ----------------------------------------------------------------------------
    quirks_on = [q for q in ["thousands", "fullwidth", "approx_yue", "approx_yu", "approx_lower_bound", "cn_numeral",
                             "wu", "text_cells"]
                 if rng.random() < 0.2 and not (q == "text_cells" and fmt.startswith("csv"))]
    values: list[tuple[Key, float, object]] = []
    for period in periods:
        for code_c, _ in communities:
            drawn: dict[str, int] = {}
            for column in columns:
                drawn[column.code] = draw_value(rng, column.code, drawn)
            for column in columns:
                value = drawn[column.code]
                quirk = "text_cells" if "text_cells" in quirks_on else ""
                if column.scale == 1 and rng.random() < 0.25:
                    candidates = [q for q in quirks_on if q != "text_cells"]
                    if "thousands" in candidates and value < 1000:
                        candidates.remove("thousands")
                    if "cn_numeral" in candidates and not 1 <= value <= 99:
                        candidates.remove("cn_numeral")
                    if "wu" in candidates and column.code not in MAY_BE_NONE:
                        candidates.remove("wu")
                    if value < 20 or column.code in ("petitions_resolved", "public_welfare_jobs", "dibao_persons"):
                        candidates = [q for q in candidates if not q.startswith("approx")]
                    if candidates:
                        quirk = rng.choice(candidates)
                        if quirk.startswith("approx"):
                            value = value // 10 * 10
                if quirk == "wu":
                    value = 0
                canonical, shown = written_value(value, column.scale, quirk, fmt)
                if quirk and quirk != "text_cells":
                    features.add(f"value={quirk}")
                values.append(((code_c, period, column.code), canonical, shown))
    if "text_cells" in quirks_on:
        features.add("value=text_cells")
    scales = {c.code: c.scale for c in columns}
    bare = [v for key, v, shown in values if scales[key[2]] == 1 and not (
        isinstance(shown, str) and any(mark in shown for mark in ("约", "余", ",")))]
    date_like = any(looks_like_a_date(v) for v in bare)
    # A "无" or rounded parent must still bound its 其中 sub-column: the child follows it down.
    parents = {key: v for key, v, _ in values}
    for i, (key, value, shown) in enumerate(values):
        bound = parents.get((key[0], key[1], SUB_OF.get(key[2], "")))
        if bound is not None and value > bound:
            values[i] = (key, *written_value(int(bound), 1, "text_cells" if "text_cells" in quirks_on else "", fmt))

    # --- where the period is written ---------------------------------------------------------
    form, period_texts, year_text, sheet_names = period_forms(rng, period_place, periods, year, features)
    features.add(f"period={period_place}")

    # --- titles ----------------------------------------------------------------------------
    who = communities[0][1] if orientation == "single" else street  # titles turn traditional below
    period_in_title = period_texts[0] if period_place == "title" else ""
    # The year goes in the title when the period text lacks it and the file name does not carry it.
    year_in_title = year_text if (year_text and rng.random() < 0.5) else ""
    year_in_file = year_text if (year_text and not year_in_title) else ""
    title_word = rng.choice(["社区工作情况统计表", "各社区工作指标完成情况", "社区月报表"])
    if orientation == "single":
        title_word = rng.choice(["工作情况统计表", "月报表", "工作指标完成情况"])
    min_titles = 1 if (period_place == "title" or orientation == "single" or year_in_title) else 0
    n_titles = rng.choice(range(min_titles, 3))
    titles: list[str] = []
    if n_titles >= 1:
        if year_in_title:  # the year alone, "2025年度", and the month (三月份, 3月) elsewhere
            titles.append(f"{who}{year_in_title}度{title_word}")
        else:
            titles.append(f"{who}{period_in_title}{title_word}")
    if year_in_title and period_place == "title":
        titles.append(f"（{period_in_title}）")
    if n_titles >= 2:
        titles.append(f"填报单位：{street}办事处" if orientation != "single" else f"填报单位：{who}")
    if period_place == "cell" and rng.random() < 0.4:
        # a row of facts: 统计月份 | 2025-03-01 | 填报日期 | 2025-04-05 (cells apart, the sending date a trap)
        p_year, p_month = int(periods[0][:4]), int(periods[0][5:])
        sent = f"{p_year + p_month // 12}-{p_month % 12 + 1:02d}-0{rng.randint(1, 9)}"
        shown = rng.choice([period_texts[0], f"{periods[0]}-01"])
        titles.append("\t".join([rng.choice(["统计月份", "统计月份：", "报告期："]), shown,
                                  rng.choice(["填报日期", "填报日期："]), sent]))
        features.add("period_meta_row")
    elif period_place == "cell":
        titles.append(rng.choice(["统计时间：", "填报月份：", "报告期："]) + period_texts[0])
    if orientation == "single" and not any(who in t for t in titles):
        titles.insert(0, f"填报单位：{who}")
    if traditional:
        titles = [zhconv.convert(t, "zh-hant") for t in titles]
    features.add(f"title_rows={min(len(titles), 2)}")

    # --- file name ---------------------------------------------------------------------------
    ext = {"xlsx": ".xlsx", "xlsx_xlsxwriter": ".xlsx", "xls": ".xls"}.get(fmt, ".csv")
    stem_who = street if orientation != "single" or len(chosen) > 1 else chosen[0][1].removesuffix("居委会")
    if period_place == "file_name":
        stem = rng.choice([f"{stem_who}{period_texts[0]}报表", f"{period_texts[0]}{stem_who}社区工作统计",
                           f"{stem_who}_{period_texts[0]}"])
    elif year_in_file:
        stem = rng.choice([f"{year_in_file}{stem_who}社区月报", f"{stem_who}{year_in_file}工作统计"])
    else:
        stem = rng.choice([f"{stem_who}社区工作统计表", f"{stem_who}报表（终版）", f"{stem_who}月报"])
    file_name = stem + ext
    if year_in_file:
        features.add("year_in=file_name")
    elif year_in_title:
        features.add("year_in=title")

    # --- table furniture ---------------------------------------------------------------------
    seq_col = rng.random() < 0.5
    total_row = orientation != "single" and period_place != "month_column" and rng.random() < 0.5
    total_label = rng.choice(["合计", "合计", "合　计", "总计"])
    footer: tuple[str, ...] = ()
    if rng.random() < 0.4:
        last = periods[-1]
        y, m = int(last[:4]), int(last[5:])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        date = f"填报日期：{y}年{m}月{rng.randint(1, 8)}日"
        a, b = rng.sample(CLERKS, 2)
        footer = rng.choice([(f"填表人：{a}", "", f"审核人：{b}", "", date),
                             (f"填表人：{a}　　审核人：{b}　　{date}",),
                             (f"填表人：{a}", f"审核人：{b}")])
        if traditional:
            footer = tuple(zhconv.convert(t, "zh-hant") for t in footer)
        features.add("footer")
    if "wan_yuan_marked" in features:  # the note the marked amounts' mark points to, before any signature
        footer = (zhconv.convert("※金额单位：万元", "zh-hant") if traditional else "※金额单位：万元", *footer)
    offset_row = rng.choice([0, 0, 0, 1, 2, 3, 5])
    offset_col = rng.choice([0, 0, 0, 1, 2, 5])
    if offset_row:
        features.add("offset_row")
    if offset_col:
        features.add("offset_col")
    if seq_col:
        features.add("seq_col")
    if total_row:
        features.add("total_row" if orientation == "rows" else "total_col")
    if stacked:
        features.add("stacked")
    if orientation == "rows":
        features.add(f"header_depth={header_depth}")
    elif header_depth == 2:  # indicators as rows: the group heading is a 类别 column merged down
        features.add(f"category_col={orientation}")
    if header_depth >= 2 and choice["numbering"] and any(c.group in VOLUNTEER_HEADINGS for c in columns):
        features.add("numbered_under_heading=志愿服务")
    if orientation == "transposed" and any(code == "654201001004" for code, _ in communities):
        features.add("transposed_community=文化街")  # a community name holding a domain word (文化)
    if orientation == "single" and not seq_col and date_like:
        features.add("single_value_like_date")  # e.g. 低保金发放金额 62800 (元), 户数 2050, no 序号 column
    community_header = rng.choice(["社区", "社区名称", "社区居委会"])
    if orientation == "transposed":
        community_header = rng.choice(["指标名称", "项目", "指标", "工作指标"])
    if orientation == "single":
        community_header = rng.choice(["指标名称", "项目", "工作指标"])
    value_header = rng.choice(["本月数", "数量", "完成数", "数值"])
    top_heading = rng.choice(["本月工作完成情况", "主要工作指标", "工作指标完成情况"])
    stack_titles = ("", "")
    if stacked:
        first_domain = CATALOGUE[codes[0]].domain
        second_domain = next(CATALOGUE[c].domain for c in codes if CATALOGUE[c].domain != first_domain)
        stack_titles = (f"一、{first_domain}情况", f"二、{second_domain}等情况")
    if traditional:
        community_header, value_header, top_heading, total_label = (
            zhconv.convert(t, "zh-hant") for t in (community_header, value_header, top_heading, total_label))
        stack_titles = tuple(zhconv.convert(t, "zh-hant") for t in stack_titles)
        file_name = zhconv.convert(file_name, "zh-hant") if rng.random() < 0.5 else file_name
        sheet_names = tuple(zhconv.convert(t, "zh-hant") for t in sheet_names)
    if orientation == "single" and len(communities) > 1:  # 文化街社区 | 光明社区: each sheet a community's form
        sheet_names, _ = tuple(name for _, name in communities), features.add("sheet_per_community")

    # Drawn apart, so that the layouts above stay what they were for each seed.
    extra = random.Random(seed * 7919 + 1)
    blank_every = extra.choice([0, 0, 0, 3, 4]) if orientation == "rows" and period_place != "month_column" else 0
    if blank_every and len(communities) > blank_every:
        features.add("blank_rows_inside")
    stack_note = ""
    if stacked and extra.random() < 0.5:
        stack_note = extra.choice(["说明：1.本表数据经社区核实；2.如有疑问请联系街道民政办。",
                                   "注：以上数据截至月末，联系电话0901-6222222。"])
        features.add("note_between_stacked")
    glued = ""
    if period_place == "month_column" and not traditional and extra.random() < 0.7:
        glued = extra.choice(["prefix", "suffix"])  # 1.3月受理数 / 1.受理数（3月）
        period_place = "header"  # one header row, months across
        features -= {"period=month_column", f"header_depth={header_depth}", f"month_cell={form}"}
        if form not in ("2025年3月", "3月"):  # 2025.3受理数 is no clerk's header
            form = "2025年3月"
            period_texts = tuple(period_text(p, form) for p in periods)
        features |= {f"glued_period={glued}", "period=header", f"glued_form={form}"}
    comparison = extra.choice(["上月数", "去年同期", "上年同期"]) if orientation == "single" \
        and period_place != "month_across" and extra.random() < 0.3 else ""
    code_col = extra.choice(["text", "sci" if fmt.startswith("csv") else "text"]) \
        if orientation == "rows" and extra.random() < 0.2 else ""
    if period_place == "month_across" and extra.random() < 0.4:  # 1月 | 2月 | 3月 | 合计
        total_row, _ = True, features.add("months_total")
    features |= {"comparison_col"} if comparison else set()
    features |= {f"code_col={code_col}"} if code_col else set()
    # Drawn after the others too: a units row, Mongolian beside the headers, 25-03 months, remarks.
    units_row = extra.choice(["bare", "labelled"]) if orientation == "rows" and choice["units"] == "none" \
        and extra.random() < 0.35 else ""
    translation = extra.choice(["row", "inline"]) if orientation == "rows" and not traditional \
        and fmt != "csv_gbk" and extra.random() < 0.15 else ""
    if translation == "inline":  # 低保户数 ᠳᠣᠭ…: the same header in both scripts, one cell
        columns = [replace(column, header=f"{column.header}\n{mongolian(column.header)}") for column in columns]
    if period_place == "month_column" and form == "2025.3" and extra.random() < 0.5:
        features = (features - {f"month_cell={form}"}) | {"month_cell=25-03"}
        form = "25-03"  # 25-11, 26-03: a two-digit year and a dash
        period_texts = tuple(period_text(p, form) for p in periods)
    if extra.random() < 0.15:  # 42件, 8场: the unit written after some figures
        glued_units = [(key, value, f"{shown}{CATALOGUE[key[2]].unit}"
                        if scales[key[2]] == 1 and str(shown).isdigit() and CATALOGUE[key[2]].unit not in ("%", "人/千人")
                        and extra.random() < 0.3 else shown) for key, value, shown in values]
        if glued_units != values:
            values, _ = glued_units, features.add("value=unit_glued")
    if extra.random() < 0.15:  # 42（已核实）: a remark after some figures that leaves them as they are
        remarked = [(key, value, f"{shown}（{extra.choice(REMARKS)}）"
                     if scales[key[2]] == 1 and str(shown).isdigit() and extra.random() < 0.3 else shown)
                    for key, value, shown in values]
        if remarked != values:
            values, _ = remarked, features.add("value=remark")
    if translation and (typed := in_script_digits(values, seed)) != values:  # ᠔᠒: 42 in the other script's digits
        values, _ = typed, features.add("value=script_digits")
    total_first = total_row and orientation == "rows" and extra.random() < 0.4
    column_numbers = orientation == "rows" and not glued and extra.random() < 0.15
    names_once = period_place == "month_column" and extra.random() < 0.5
    wrapped = extra.random() < 0.15  # 受理诉求\n数（件）: a header broken over two lines in its cell (Alt+Enter)
    if wrapped:
        columns = [replace(column, header=wrap(column.header)) for column in columns]
    ytd: tuple[str, ...] = ()
    if orientation == "rows" and period_place in ("title", "cell", "file_name", "sheet") and header_depth <= 2 \
            and not (units_row or translation == "row" or column_numbers) \
            and any(CATALOGUE[code].kind == "flow" for code in codes) and extra.random() < 0.3:
        ytd = (extra.choice(["本月", "当月", "本月数"]), extra.choice(["累计", "本年累计", "1-N月累计", "1—N月累计数"]))
        features.add(f"ytd={ytd[1]}")
    elif orientation == "single" and not comparison and period_place != "month_across" \
            and any(CATALOGUE[code].kind == "flow" for code in codes) and extra.random() < 0.35:  # 指标 | 本月数 | 1-N月累计
        ytd = ("", extra.choice(["累计", "本年累计", "1-N月累计", "1—N月累计数", "本年累计数"]))
        features.add("ytd_single")
    example = extra.choice(["XX社区", "（例）某某社区", "示例"]) if orientation == "rows" and not glued \
        and extra.random() < 0.15 else ""
    features |= {f"example_row={example}"} if example else set()
    code_row = extra.choice(["ZB-", "WL", "A"]) if orientation == "rows" and not (glued or column_numbers or ytd) \
        and extra.random() < 0.12 else ""
    features |= {"code_row"} if code_row else set()
    rate = extra.choice(["办结率", "诉求办结率(%)", "办结率（%）"]) if orientation == "rows" and not glued \
        and {"petitions_received", "petitions_resolved"} <= set(codes) and extra.random() < 0.5 else ""
    features |= {"rate_col"} if rate else set()
    if orientation == "rows" and extra.random() < 0.12:  # 和平街道建设街社区, 和平街道建设街
        communities = tuple((code, f"{street}{name}") for code, name in communities)
        features.add("names_with_street")
    elif orientation == "rows" and not traditional and extra.random() < 0.1:  # 建设街社区党委, 中共和平街道建设街社区委员会
        communities = tuple((code, party_body(name, street, extra)) for code, name in communities)
        features.add("names_party")
    if period_place in ("title", "cell") and re.fullmatch(r"\d{4}年\d{1,2}月", period_texts[0]) and extra.random() < 0.2:
        written = "".join(CN_DIGITS[int(d)] for d in period_texts[0][:4]) + f"年{cn_number(int(periods[0][5:]))}月"
        titles, _ = [t.replace(period_texts[0], written) for t in titles], features.add("title_year_in_words")
    features |= {name for name, on in (("names_once", names_once), ("header_wrapped", wrapped),
                                       ("total_first", total_first), ("column_numbers", column_numbers)) if on}
    indented = extra.choice(["　　", "    ", "  "]) if orientation != "rows" and header_depth == 2 \
        and extra.random() < 0.35 else ""  # 城市低保 over 「　　户数」 instead of a 类别 column
    features = (features - {f"category_col={orientation}"}) | {"indented_items"} if indented else features
    features |= {f"units_row={units_row}"} if units_row else set()
    features |= {f"translation={translation}"} if translation else set()
    layout = Layout(
        fmt=fmt, orientation=orientation, period_place=period_place, period_texts=period_texts,
        year_text=year_text, file_name=file_name, sheet_names=sheet_names, titles=tuple(titles),
        header_depth=header_depth, top_heading=top_heading, community_header=community_header,
        value_header=value_header, seq_col=seq_col, unit_col=unit_col, total_row=total_row,
        total_label=total_label, footer=footer, offset_row=offset_row, offset_col=offset_col,
        stacked=stacked, stack_gap=rng.randint(1, 3), stack_titles=stack_titles,
        month_first=rng.random() < 0.5, merge_total_label=rng.random() < 0.5, traditional=traditional,
        merged=False, blank_every=blank_every, stack_note=stack_note, glued=glued, comparison=comparison, code_col=code_col,
        units_row=units_row, translation=translation, total_first=total_first, column_numbers=column_numbers,
        names_once=names_once, ytd=ytd, example=example, code_row=code_row, rate=rate, indented=indented,
    )
    merged = not fmt.startswith("csv") and rng.random() < 0.75
    if not merged and header_depth >= 2 and orientation == "rows":  # headings in their first cell only
        features.add(f"unmerged_header={header_depth}")
        if header_depth == 3 and seq_col:
            features.add("unmerged_header=3+seq_col")
    if orientation != "rows" and community_header in ("工作指标", "工作指標"):
        features.add("indicator_col=工作指标")  # the heading over the indicator names
    layout = replace(layout, merged=merged)
    return Spec(seed=seed, street_code=street_code, communities=communities, periods=periods,
                columns=tuple(columns), values=tuple(values), layout=layout, features=tuple(sorted(features)))
