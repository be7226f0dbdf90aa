"""The communities' own returns: one community each, the ways 公园街道's 15 clerks lay them out."""
from yj_grid import Sheet, miss, multi, pair, val
from yj_world import BY_SHORT, HANGUL, NAME
from yj_writers import save

KO_MONTH = lambda m: f"{int(m[5:])}월"  # noqa: E731

# (Chinese label, Korean label, unit, indicator)
ITEMS = [("受理居民诉求", "민원 접수", "件", "petitions_received"), ("办结", "처리 완료", "件", "petitions_resolved"),
         ("调解矛盾纠纷", "분쟁 조정", "起", "disputes_mediated"), ("新增就业岗位", "일자리 창출", "个", "jobs_created"),
         ("其中公益性岗位", "공익성 일자리", "个", "public_welfare_jobs"), ("实现就业", "취업", "人", "people_employed"),
         ("低保户", "보장 가구", "户", "dibao_households"), ("低保人口", "보장 인원", "人", "dibao_persons"),
         ("走访帮扶困难群众", "방문 지원", "人", "people_assisted"), ("文体活动", "문체 활동", "场", "cultural_activities"),
         ("宣讲", "강연", "次", "lectures_held"), ("注册志愿者", "자원봉사자", "人", "volunteers"),
         ("志愿服务", "봉사 연인원", "人次", "volunteer_person_times"), ("党员", "당원", "人", "party_members")]


def form_bilingual(code, m, rel, writer, sent, items=ITEMS, name=None, period_text=None):
    """A vertical form: 항목/项目 | 本月 | 上月 | 备注, labels in both scripts on one line."""
    sh = Sheet(f"{int(m[5:])}月")
    title = name or f"{NAME[code]}社区"
    sh.merge(0, 0, 0, 4, f"{title}{period_text or f'{m[:4]}年{int(m[5:])}月'}工作情况（{HANGUL[code]}사회구역）")
    sh.row(1, 0, ["항목 / 项目", "단위", "本月 이달", "上月 지난달", "备注"])
    for i, (zh, ko, unit, ind) in enumerate(items):
        r = 2 + i
        sh.row(r, 0, [f"{ko} {zh}", unit])
        val(sh, r, 2, code, m, ind)
        val(sh, r, 3, code, W_prev(m), ind, role="prevmonth")
    save(rel, [sh], writer, ["community_file", "bilingual_labels_one_cell", "prev_month_column", "korean_column_words"],
         sent)


def W_prev(m):
    y, mo = int(m[:4]), int(m[5:])
    return f"{y - 1}-12" if mo == 1 else f"{y}-{mo - 1:02d}"


def form_months_across(code, months, rel, writer, sent, inds, title):
    """One community, months as columns in Korean (10월 11월 12월), a quarter 합계 column."""
    sh = Sheet("분기")
    sh.merge(0, 0, 0, len(months) + 2, title)
    sh.row(1, 0, ["指标"] + [KO_MONTH(m) for m in months] + ["합계", "单位"])
    for i, (lab, unit, ind) in enumerate(inds):
        r = 2 + i
        sh.put(r, 0, lab)
        for k, m in enumerate(months):
            val(sh, r, 1 + k, code, m, ind)
        sh.put(r, 1 + len(months), sum(__import__("yj_grid").W.v[(code, m, ind)] for m in months))
        sh.put(r, 2 + len(months), unit)
    save(rel, [sh], writer, ["community_file", "months_across_korean_month_words", "quarter_sum_column",
                             "unit_last_column"], sent)


def form_two_column(code, m, rel, writer, sent, pairs, head):
    """The 二栏式 form: label | value | label | value, with a 填报日期 line."""
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 3, head)
    for i in range(0, len(pairs), 2):
        r = 1 + i // 2
        for k, (lab, ind, style, unit) in enumerate(pairs[i:i + 2]):
            sh.put(r, 2 * k, lab)
            if ind is None:
                miss(sh, r, 2 * k + 1, code, m, style, unit)
            elif isinstance(ind, tuple):
                pair(sh, r, 2 * k + 1, code, m, ind[0], ind[1], "户", "人")
            else:
                val(sh, r, 2 * k + 1, code, m, ind, style=style, unit=unit)
    save(rel, [sh], writer, ["community_file", "two_column_label_value_pairs", "households_persons_one_cell"], sent)


def form_kv_csv(code, m, rel, writer, sent, lines, head):
    """A plain CSV the clerk typed in Notepad: 「项目,数」 lines, the month in the first line."""
    sh = Sheet("x")
    sh.put(0, 0, head)
    for i, (lab, ind, style, unit) in enumerate(lines):
        sh.put(1 + i, 0, lab)
        if ind is None:
            miss(sh, 1 + i, 1, code, m, style, unit)
        else:
            val(sh, 1 + i, 1, code, m, ind, style=style, unit=unit, div=10000 if style == "wan" else 1)
    save(rel, [sh], writer, ["community_file", "key_value_csv", "units_glued_on"], sent)


def form_sentences(code, m, rel, writer, sent, head):
    """The 工作小结 table: one row per 工作 with the figures inside sentences."""
    sh = Sheet("小结")
    sh.merge(0, 0, 0, 1, head)
    sh.row(1, 0, ["工作", "完成情况"])
    multi(sh, 2, 1, code, m, "接待居民来访来电及网格走访诉求{0}件，已办结{1}件", ["petitions_received", "petitions_resolved"])
    sh.put(2, 0, "民情诉求")
    multi(sh, 3, 1, code, m, "新开发岗位{0}个（含公益性岗位{1}个），帮助{2}人实现就业",
          ["jobs_created", "public_welfare_jobs", "people_employed"])
    sh.put(3, 0, "就业")
    multi(sh, 4, 1, code, m, "入户走访帮扶{0}人，发放米面油等慰问品{1}件", ["people_assisted", "goods_distributed"])
    sh.put(4, 0, "为老助残")
    multi(sh, 5, 1, code, m, "组织志愿者扫雪除冰、敬老服务共{0}人次", ["volunteer_person_times"])
    sh.put(5, 0, "志愿服务")
    save(rel, [sh], writer, ["community_file", "figures_inside_sentences"], sent)


L = [("受理诉求", "petitions_received", "n", ""), ("办结", "petitions_resolved", "n", ""),
     ("低保", ("dibao_households", "dibao_persons"), "n", ""), ("低保金（元）", "dibao_payout_yuan", "k", ""),
     ("免费体检", "free_health_checks", "u", "人"), ("治安案件", "security_cases", "cn", "起"),
     ("巡逻队员", "patrol_members", "n", ""), ("平安信息员", "informants", "n", ""),
     ("结对帮扶", "pairings", "u", "对"), ("零就业家庭", "zero_employment_households", "wu", "")]


def build(W):
    B = BY_SHORT
    form_bilingual(B["园城"], "2025-10", "batch1/园城社区2025年10月工作情况.xlsx", "openpyxl", (2025, 11, 3, 9, 0))
    form_bilingual(B["园月"], "2025-12", "batch1/园月社区25年12月工作情况.xls", "xlwt", (2026, 1, 5, 9, 0),
                   period_text="25年12月")
    form_bilingual(B["园新"], "2026-01", "batch1/园新社区2026年1월工作情况.ods", "odfpy", (2026, 2, 3, 9, 0),
                   name="园新", period_text="2026년 1월")
    form_bilingual(B["园辉"], "2026-03", "batch1/园辉社区2026.03工作情况.xlsx", "xlsxwriter", (2026, 4, 2, 9, 0),
                   period_text="2026.03")
    form_bilingual(B["园吉"], "2025-11", "batch1/园吉社区2025年11月工作情况.xlsx", "openpyxl", (2025, 12, 2, 9, 0),
                   name="园吉社区居委会")
    q4 = ["2025-10", "2025-11", "2025-12"]
    inds = [("受理诉求（件）", "件", "petitions_received"), ("办结（件）", "件", "petitions_resolved"),
            ("文体活动（场）", "场", "cultural_activities"), ("宣讲（次）", "次", "lectures_held"),
            ("走访帮扶（人）", "人", "people_assisted"), ("慰问物资（件）", "件", "goods_distributed"),
            ("志愿服务（人次）", "人次", "volunteer_person_times")]
    form_months_across(B["园校"], q4, "batch1/园校社区2025年第四季度分月统计.xlsx", "xlsxwriter", (2026, 1, 8, 9, 0),
                       inds, "园校社区 2025年10-12월 분기 통계（四季度分月）")
    form_months_across(B["园艺"], ["2026-01", "2026-02", "2026-03"], "batch1/园艺社区2026年一季度分月统计.ods",
                       "odfpy", (2026, 4, 3, 9, 0), inds, "园艺社区2026年1-3월 분기 통계")
    form_months_across(B["园祥"], q4, "batch1/园祥社区2025年四季度统计.xls", "xlwt", (2026, 1, 9, 9, 0),
                       inds[:4], "园祥社区居委会 2025年四季度（10월-12월）")
    for short, m, writer, ext, sent in [("园建", "2025-10", "openpyxl", "xlsx", (2025, 11, 5, 9, 0)),
                                        ("园航", "2025-12", "xlwt", "xls", (2026, 1, 5, 9, 0)),
                                        ("园纺", "2026-02", "odfpy", "ods", (2026, 3, 3, 9, 0)),
                                        ("园锦", "2026-04", "openpyxl", "xlsx", (2026, 5, 5, 9, 0))]:
        code = B[short]
        pairs = L if short != "园纺" else L[:5] + [("治安案件", None, "security_cases", "未报")] + L[6:]
        form_two_column(code, m, f"batch1/{short}社区{m[:4]}年{int(m[5:])}月报表.{ext}", writer, sent, pairs,
                        f"{short}社区居民委员会月报表　{m[:4]}年{int(m[5:])}月")
    for short, m, writer, sent in [("园法", "2025-11", "csv-utf8", (2025, 12, 2, 9, 0)),
                                   ("园美", "2026-01", "csv-gbk", (2026, 2, 2, 9, 0)),
                                   ("园绣", "2026-03", "csv-utf8bom", (2026, 4, 1, 9, 0))]:
        code = B[short]
        lines = [("常住户数", "households", "n", ""), ("常住人口", "residents", "u", "人"),
                 ("流动人口", "floating_population", "u", "人"), ("社区工作者", "staff", "u", "名"),
                 ("新增就业岗位", "jobs_created", "u", "个"), ("实现就业", "people_employed", "u", "人"),
                 ("创业担保贷款", "micro_loans_yuan", "wan", ""), ("技能培训", "training_sessions", "cn", "场"),
                 ("调解纠纷", "disputes_mediated", "cn", "起")]
        if short == "园美":
            lines[6] = ("创业担保贷款", None, "micro_loans_yuan", "暂无数据")
        head = {"园法": "园法社区 2025年11月 基础数据", "园美": "园美社区,二〇二六年一月", "园绣": "园绣 2026/03"}[short]
        form_kv_csv(code, m, f"batch1/{short}社区{m[:4]}年{int(m[5:])}月基础数据.csv", writer, sent, lines, head)
    for short, m, writer, sent in [("园月", "2026-02", "openpyxl", (2026, 3, 3, 9, 0)),
                                   ("园城", "2026-01", "xlsxwriter", (2026, 2, 3, 9, 0))]:
        form_sentences(B[short], m, f"batch1/{short}社区{m[:4]}年{int(m[5:])}月工作小结.xlsx", writer, sent,
                       f"{short}社区{m[:4]}年{int(m[5:])}月工作小结")
