"""The street office's own files, part two: 平安 (a table wrapped in two bands), “三月三”, 金山表单, 1-5月宣讲文体,
the 志愿广西 CSV with ="…" codes."""
from nn_grid import Sheet, header, qval, val, words
from nn_world import CODES, NAME, SHORT
from nn_writers import save

B1 = "batch1/"


def s6_pingan(W):
    """Communities across, indicators down, the table wrapped into two bands (8 + 7 communities) to fit a page,
    each band with its own header row; the 全街道合计 column only at the end of the second band."""
    m = "2026-02"
    sh = Sheet("平安建设")
    sh.put(0, 0, "津头街道2026年2月平安建设工作情况统计表")
    sh.put(1, 0, "报送单位：津头街道平安建设办公室　　统计时段：2026年2月1日至2月28日")
    rows = [("群防群治巡逻队员", "人", "patrol_members"), ("平安信息员", "人", "informants"),
            ("治安案件（立案）", "起", "security_cases"), ("矛盾纠纷排查", "次", None),
            ("矛盾纠纷调解成功", "起", "disputes_mediated"), ("春节期间巡逻", "人次", None),
            ("出租屋安全检查", "户", None)]
    bands = [CODES[:8], CODES[8:]]
    r = 2
    for b, band in enumerate(bands):
        if b:
            sh.put(r, 0, "（续表）")
            r += 1
        sh.row(r, 0, ["项目", "单位"] + [SHORT[c] for c in band] + (["全街道合计"] if b else []))
        r += 1
        for label, unit, ind in rows:
            sh.row(r, 0, [label, unit])
            for j, code in enumerate(band):
                if ind is None:
                    sh.put(r, 2 + j, W.out(code, m, label, 4, 90))
                else:
                    val(sh, r, 2 + j, code, m, ind, style="wu" if ind == "security_cases" else "n")
            if b:
                tot = sum(W.out(c, m, label, 4, 90) if ind is None else W.v[(c, m, ind)] for c in CODES)
                sh.put(r, 2 + len(band), tot)
            r += 1
        r += 1
    sh.put(r, 0, "注：春节期间（2月15日—2月23日）各社区开展夜间巡逻，出动巡逻力量情况见“春节期间巡逻”一栏。")
    sh.put(r + 1, 0, "填报人：陆美玲　　电话：0771-5532190　　2026年3月4日")
    save(B1 + "津头街道2026年2月平安建设工作情况.ods", [sh], "odfpy",
         ["street_indicators_down", "communities_across", "table_wrapped_two_bands", "continued_table_mark",
          "total_column_last_band_only", "unit_column", "wu_for_zero", "outside_rows", "period_day_span_line",
          "ods_odfpy"], (2026, 3, 4, 9, 50))


def s7_sanyuesan(W):
    """“壮族三月三” campaign: 「6场/约400人次」 (the count, then its participants), 「百余」 and 「120左右」, 慰问品（份）."""
    m = "2026-04"
    sh = Sheet("4月")
    sh.put(0, 0, "津头街道“壮族三月三·八桂嘉年华”系列活动暨4月份文化志愿服务统计表")
    sh.put(1, 0, "统计年度：2026年　　“三月三”活动时间：4月17日—4月21日（农历三月初一至初五）")
    sh.row(2, 0, ["序号", "社区", "文体活动（场/参与人次）", "其中：“三月三”主题活动（场）", "政策宣讲（次）",
                  "发放五色糯米饭等慰问品（份）", "注册志愿者（人）", "志愿服务（人次）", "备注"])
    notes = {"大板三": "4月19日在南湖公园开展山歌对唱", "埌西": "竹竿舞、抛绣球进社区", "会展": "“三月三”民族服饰展示",
             "凤岭南": "五色糯米饭制作体验，参与约80户家庭"}
    r = 3
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, SHORT[code] + "社区"])
        n = W.v[(code, m, "cultural_activities")]
        ppl = W.out(code, m, "参与", 15, 60) * 10
        words(sh, r, 2, "{0}场/约%d人次" % ppl, [(code, m, "cultural_activities")])
        sh.put(r, 3, max(1, n - W.out(code, m, "非三月三", 0, 3)))
        val(sh, r, 4, code, m, "lectures_held")
        val(sh, r, 5, code, m, "goods_distributed")
        val(sh, r, 6, code, m, "volunteers")
        style = {"青环": "baiyu", "会展": "zuoyou"}.get(SHORT[code], "n")
        val(sh, r, 7, code, m, "volunteer_person_times", style=style)
        if SHORT[code] in notes:
            sh.put(r, 8, notes[SHORT[code]])
        r += 1
    sh.put(r + 1, 0, "填报人：农秀英　　联系电话：13877142365　　报送时间：2026年5月6日")
    save(B1 + "津头街道“三月三”活动及4月文化志愿服务统计.xlsx", [sh], "openpyxl",
         ["street_rows", "count_slash_participants", "zuoyou_approx", "baiyu_approx", "part_column_outside",
          "goods_in_fen", "notes_names_trap", "period_year_line", "xlsx_openpyxl"], (2026, 5, 6, 15, 20))


FORM_Q = [("3、本月受理群众诉求（件）", "petitions_received"), ("4、其中：已办结（件）", "petitions_resolved"),
          ("5、调解矛盾纠纷（起）", "disputes_mediated"), ("6、本月开展文体活动（场）", "cultural_activities"),
          ("7、本月开展政策宣讲（次）", "lectures_held"), ("8、志愿服务（人次）", "volunteer_person_times"),
          ("9、走访慰问困难群众（人）", "people_assisted"), ("10、登革热防控入户宣传（户）", None)]
SUBMITTERS = {"大板三": "大板三社区 梁小燕", "南湖小区": "南湖小区-潘丽娟", "金浦": "金浦 陆美玲", "埌西": "埌西社区小韦",
              "金洲": "金洲社区·蒙丽萍", "凤岭南": "凤岭南 岑桂芳", "秀山": "秀山社区黄海燕", "桂雅": "桂雅-卢志强",
              "铜鼓岭": "铜鼓岭社区 莫丽", "桂花": "桂花社区 覃美玲", "会展": "会展社区小农", "平岭": "平岭社区凌霞",
              "紫荆": "A紫荆社区 韦姐", "大岭": "大岭社区-梁春"}


def s8_jinshan(W):
    """A 金山表单 (WPS online form) export: one row per submission, question texts as headers (「3、本月受理群众诉求
    （件）」), 提交时间 / 提交者 / 填写时长; 铜鼓岭 submitted twice, the second answer says 以本次为准."""
    m = "2026-03"
    sh = Sheet("收集结果")
    sh.row(0, 0, ["序号", "提交时间", "提交者", "填写时长", "1、所在社区", "2、填报月份"] + [q for q, _ in FORM_Q] + ["11、备注"])
    subs = []
    for i, code in enumerate(c for c in CODES if SHORT[c] != "青环"):
        day, minute = 2 + i // 6, (i * 37) % 60
        subs.append((f"2026-04-0{day} {9 + i % 8:02d}:{minute:02d}:{(i * 13) % 60:02d}", code, False))
    tg = next(c for c in CODES if SHORT[c] == "铜鼓岭")
    subs.append(("2026-04-03 16:20:41", tg, True))
    subs.sort()
    r = 1
    for n, (t, code, second) in enumerate(subs):
        first = code == tg and not second
        sh.row(r, 0, [n + 1, t, SUBMITTERS[SHORT[code]], f"{W.out(code, t, '时长', 1, 5)}分{W.out(code, t, '秒', 0, 59)}秒",
                      SHORT[code] + "社区", "2026年3月"])
        for j, (_, ind) in enumerate(FORM_Q):
            if ind is None:
                sh.put(r, 6 + j, W.out(code, m, "登革热", 40, 300))
            else:
                key = (code, m, ind)
                if first:
                    v = W.first.get(key, W.v[key])
                    val(sh, r, 6 + j, code, m, ind, value=v, role="superseded" if key in W.first else "duplicate")
                else:
                    val(sh, r, 6 + j, code, m, ind, role="correction" if second and key in W.first else None)
        note = "第一次填报有误，以本次为准" if second else ("回南天期间楼道渗水诉求较多" if SHORT[code] == "秀山" else "")
        if note:
            sh.put(r, 6 + len(FORM_Q), note)
        r += 1
    save(B1 + "津头街道社区月度数据采集表（3月）_收集结果_20260407.xlsx", [sh], "xlsxwriter",
         ["online_form_export", "question_text_headers", "submission_metadata_columns", "resubmission_in_file",
          "period_only_as_answer", "qizhong_is_value", "outside_columns", "export_date_in_filename_trap",
          "xlsx_xlsxwriter"], (2026, 4, 7, 11, 5))


SPANS = [("2026-01", "1.1-1.31"), ("2026-02", "2.1-2.28"), ("2026-03", "3.1-3.31"), ("Q1", "一季度"),
         ("2026-04", "4.1-4.30"), ("2026-05", "5.1-5.31"), ("ALL", "合计")]


def s9_xuanjiang(W):
    """Month columns headed by day spans (「1.1-1.31」 …) with the year only in the title, a 一季度 column between
    March and April (quarter), and a 合计 over five months (no truth)."""
    sh = Sheet("宣讲文体")
    sh.put(0, 0, "津头街道2026年1-5月政策宣讲和文体活动开展情况统计表")
    groups = [("政策宣讲（次）", "lectures_held"), ("文体活动（场）", "cultural_activities")]
    tree = [("序号", 0), ("社区", 1)] + [(g, [(lab, (ind, key)) for key, lab in SPANS]) for g, ind in groups]
    leaves = header(sh, 1, 0, tree, 2)
    months = [k for k, _ in SPANS if k.startswith("2026")]
    r = 3
    for i, code in enumerate(CODES):
        sh.row(r, 0, [i + 1, NAME[code]])
        for col, leaf in leaves:
            if not isinstance(leaf, tuple):
                continue
            ind, key = leaf
            if key == "Q1":
                qval(sh, r, col, code, "2026-Q1", ind)
            elif key == "ALL":
                sh.put(r, col, W.span(code, months, ind))
            else:
                val(sh, r, col, code, key, ind)
        r += 1
    sh.put(r + 1, 0, "注：宣讲含“八桂大讲堂”进社区、法治讲座；4月文体活动含“壮族三月三”系列活动。")
    sh.put(r + 2, 0, "津头街道新时代文明实践所　2026年6月3日")
    save(B1 + "津头街道2026年1-5月政策宣讲和文体活动统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "month_as_day_span_header", "year_only_in_title", "quarter_column_between_months",
          "span_total_column", "header_two_row_merged", "registry_names", "xlsx_openpyxl"], (2026, 6, 3, 10, 0))


def s10_zhiyuan(W):
    """The 志愿广西 export: UTF-8 with BOM, no title, the 区划代码 and 统计截止 wrapped as ="…" (so Excel keeps them as
    text), organisations named 「青秀区津头街道…社区志愿服务队」."""
    m = "2025-11"
    sh = Sheet("data")
    sh.raw_csv = True
    sh.row(0, 0, ["区划代码", "组织名称", "所属区域", "注册志愿者数", "本月新增注册", "本月服务人次", "本月服务时长(小时)",
                  "统计截止"])
    for i, code in enumerate(CODES):
        r = i + 1
        sh.row(r, 0, [f'="{code}"', f"青秀区津头街道{SHORT[code]}社区志愿服务队", "广西/南宁市/青秀区/津头街道"])
        val(sh, r, 3, code, m, "volunteers")
        sh.put(r, 4, W.v[(code, m, "volunteers")] - W.v[(code, W.prev(m), "volunteers")])
        val(sh, r, 5, code, m, "volunteer_person_times")
        sh.put(r, 6, W.out(code, m, "时长", 80, 900))
        sh.put(r, 7, '="2025-11-30"')
    save(B1 + "志愿广西_组织数据导出_津头街道_20251201.csv", [sh], "csv-utf8bom",
         ["street_long_export", "csv_equals_quoted_codes", "no_title", "org_names_with_path", "period_as_cutoff_date",
          "export_date_in_filename_trap", "outside_columns", "csv_utf8bom"], (2025, 12, 1, 8, 45))


def build(W):
    s6_pingan(W)
    s7_sanyuesan(W)
    s8_jinshan(W)
    s9_xuanjiang(W)
    s10_zhiyuan(W)
