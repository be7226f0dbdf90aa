"""Community returns: 工作月报 lists, 表单 label/value grids, one-row exports, 双语 RTL forms, half-year ledgers."""
from ks_core import CODE, LAT, MONTHS, REC, UY, Sheet, save
from ks_street import nm, ym

L = {  # indicator -> (Chinese wording of these clerks, unit, Uyghur)
    "petitions_received": ("接待群众诉求", "件", "ئەرز-تەلەپ"), "petitions_resolved": ("诉求已办结", "件", "ھەل قىلىنغان"),
    "disputes_mediated": ("化解矛盾纠纷", "起", "ماجىرا"), "jobs_created": ("新开发岗位", "个", "خىزمەت ئورنى"),
    "public_welfare_jobs": ("其中公益岗", "个", "ئاممىۋى ئورۇن"), "people_employed": ("实现就业", "人", "ئىشقا ئورۇنلاشقان"),
    "zero_employment_households": ("零就业家庭", "户", ""), "micro_loans_yuan": ("创业担保贷款", "元", "قەرز"),
    "training_sessions": ("技能培训", "场", "تەربىيە"), "dibao_households": ("低保户", "户", "تۆۋەن كاپالەت ئائىلە"),
    "dibao_persons": ("低保人口", "人", "تۆۋەن كاپالەت نوپۇس"), "dibao_payout_yuan": ("低保金", "元", "كاپالەت پۇلى"),
    "free_health_checks": ("免费体检（老人、残疾人）", "人", "ھەقسىز تەكشۈرۈش"),
    "people_assisted": ("走访慰问困难群众", "人", "يوقلاش"), "goods_distributed": ("送温暖物资", "件", "ماددىي بۇيۇم"),
    "cultural_activities": ("文体活动（含麦西来甫）", "场", "مەدەنىيەت پائالىيىتى"),
    "lectures_held": ("宣讲（国语、法治）", "次", "تەشۋىقات"), "patrol_members": ("巡逻队员", "人", "چارلىغۇچى"),
    "informants": ("平安信息员", "人", "ئۇچۇرچى"), "security_cases": ("治安案件", "起", "ئامانلىق دېلوسى"),
    "volunteers": ("志愿者（在册）", "人", "پىدائىي"), "volunteer_person_times": ("志愿服务", "人次", "پىدائىيلىق"),
    "party_members": ("党员", "名", "پارتىيە ئەزاسى"), "pairings": ("结对认亲", "对", "تۇغقان بولۇش"),
    "households": ("常住户", "户", "ئائىلە"), "residents": ("常住人口", "人", "نوپۇس"),
    "floating_population": ("流动人口", "人", "ئېقىچان نوپۇس"), "staff": ("社区干部", "人", "خادىم")}
ORDER = list(L)


def free(c, m, inds):
    held = {t["key"] for t in REC.cells if t["role"] == "primary"}
    return [i for i in inds if (CODE[c], m, i) not in held]


def a_list(c, m, k, writer, ext, W, note_cells=True, role="primary", fname=None, title_extra="", inds=None):
    """序号 | 工作内容 | 单位 | 本月 | 1至本月累计 | 备注; remarks typed into value cells for two rows."""
    t, mo = ym(m)
    inds = free(c, m, ORDER) if inds is None else inds
    INDS[c, m] = inds
    sh = Sheet(f"{t}")
    sh.merge(0, 0, 0, 5, f"{nm(c, k)}{t}工作完成情况{title_extra}")
    sh.row(1, 0, ["序号", "工作内容", "单位", "本月", "1至本月累计", "备注"])
    r = 2
    for j, ind in enumerate(inds):
        lab, u, _ = L[ind]
        sh.row(r, 0, [j + 1, lab, u])
        v = W.v[(CODE[c], m, ind)]
        if note_cells and ind == "people_assisted":
            sh.val(r, 3, c, m, ind, raw=f"{v}（其中独居老人{max(1, v // 5)}人）", role=role)
        elif note_cells and ind == "goods_distributed" and mo == 1:
            sh.val(r, 3, c, m, ind, raw=f"{v}件（米面油）", role=role)
        else:
            sh.val(r, 3, c, m, ind, role=role)
        if ind not in ("households", "residents", "party_members", "volunteers", "staff", "patrol_members", "informants",
                       "dibao_households", "dibao_persons", "zero_employment_households", "pairings", "floating_population"):
            sh.put(r, 4, v if mo == 1 else v * mo + j)
        r += 1
    clerk = ["阿依努尔", "买买提江", "古丽米拉", "艾尔肯", "热依汗古丽"][k % 5]
    sh.put(r + 1, 0, f"填报人：{clerk}  审核：社区书记  {t}")
    return save(fname or f"{nm(c, k)}{t}工作完成情况.{ext}", [sh], writer,
                ["community_file", "ytd_column_ignored", "remark_inside_value_cell"])


def b_form(c, m, k, writer, ext, W):
    """a paper-form grid: label | value | label | value, four pairs per row, units glued after the value."""
    t, mo = ym(m)
    inds = free(c, m, ORDER)
    sh = Sheet("报表")
    sh.merge(0, 0, 0, 7, f"{nm(c, k)}居委会月度工作登记表")
    sh.row(1, 0, ["所属街道", "吾斯塘博依街道", "报告期", f"{m[:4]}年第{mo}月", "社区（维文）", UY[c]])
    for j, ind in enumerate(inds):
        r, cc = 3 + j // 4, (j % 4) * 2
        lab, u, _ = L[ind]
        sh.put(r, cc, lab)
        sh.val(r, cc + 1, c, m, ind, raw=f"{W.v[(CODE[c], m, ind)]}{u}")
    return save(f"{nm(c, k)}{m[:4]}年{mo}月登记表.{ext}", [sh], writer,
                ["community_file", "label_value_pairs_four_per_row", "unit_glued_after_number", "period_as_di_N_yue",
                 "uyghur_name_cell"])


def c_row(c, m, k, enc, W):
    """a one-row export: headers across, one data row; Latin Uyghur in GBK files, Uyghur script in UTF-8 ones."""
    t, mo = ym(m)
    inds = free(c, m, ORDER)
    sh = Sheet("")
    sh.row(0, 0, ["统计月份", "社区"] + [f"{L[i][0]}({L[i][1]})" for i in inds])
    name = f"{nm(c, k)} {LAT[c] if enc == 'gbk' else UY[c]}"
    sh.row(1, 0, [f"{m[:4]}{m[5:]}", name])
    for j, ind in enumerate(inds):
        sh.val(1, 2 + j, c, m, ind)
    return save(f"{nm(c, k)}_{m[:4]}{m[5:]}_月报导出.csv", [sh], "csv",
                ["community_file", "one_row_export", "yyyymm_period_cell", "csv_" + enc.replace("-", "_")], enc=enc)


def e_rtl(c, m, k, writer, ext, W):
    """bilingual form laid out right to left: Uyghur label at the right, Chinese label, value at the left."""
    t, mo = ym(m)
    inds = free(c, m, ORDER)
    sh = Sheet(f"{mo}-ئاي")
    sh.rtl = True
    sh.merge(0, 0, 0, 3, f"{m[:4]}-يىلى {mo}-ئاي {UY[c]} مەھەللىسى / {nm(c, k)}{t}报表")
    sh.row(1, 0, ["数量 سان", "单位", "项目", "تۈرى"])
    for j, ind in enumerate(inds):
        lab, u, uy = L[ind]
        sh.val(2 + j, 0, c, m, ind)
        sh.row(2 + j, 1, [u, lab, uy])
    return save(f"{nm(c, k)}{t}双语报表.{ext}", [sh], writer,
                ["community_file", "value_column_leftmost_label_right", "uyghur_sheet_name", "uyghur_date_in_title"])


def d_half(c, writer, ext, inds):
    """indicators down, the six months across under 2025年 / 2026年 merged; a 半年合计 column."""
    sh = Sheet("台账")
    sh.merge(0, 0, 0, 8, f"{nm(c, 2)}2025年10月—2026年3月（冬春季）重点工作台账")
    sh.row(1, 0, ["项目", "单位"])
    sh.merge(1, 2, 1, 4, "2025年")
    sh.merge(1, 5, 1, 7, "2026年")
    sh.put(1, 8, "合计")
    sh.row(2, 2, ["十月", "十一月", "十二月", "一月", "二月", "三月"])
    from ks_core import W
    for j, ind in enumerate(inds):
        lab, u, _ = L[ind]
        sh.row(3 + j, 0, [lab, u])
        for k, m in enumerate(MONTHS):
            held = (CODE[c], m, ind) in {t["key"] for t in REC.cells if t["role"] == "primary"}
            sh.val(3 + j, 2 + k, c, m, ind, role="duplicate" if held else "primary")
        sh.put(3 + j, 8, sum(W.v[(CODE[c], m, ind)] for m in MONTHS))
    return save(f"{nm(c, 2)}冬春季重点工作台账.{ext}", [sh], writer,
                ["community_file", "six_months_across_chinese_month_words", "year_merged_above_months", "sum_column"])


FIRST = {}
INDS = {}
PLAN = [("吾斯塘博依路", "2025-10", "a", "openpyxl", "xlsx"), ("其尼瓦克", "2025-11", "a", "xlsxwriter", "xlsx"),
        ("色满路", "2025-12", "c", "gbk", "csv"), ("古扎", "2026-01", "a", "xlwt", "xls"),
        ("萨合亚", "2026-02", "e", "odfpy", "ods"), ("吐尔亚瓦格", "2026-03", "b", "openpyxl", "xlsx"),
        ("布拉克贝西", "2025-10", "c", "utf-8-sig", "csv"), ("库木代尔瓦扎", "2025-11", "b", "xlsxwriter", "xlsx"),
        ("徕宁城", "2025-12", "e", "xlwt", "xls"), ("吐曼路", "2026-01", "b", "odfpy", "ods"),
        ("尤木拉克协海尔", "2026-02", "a", "openpyxl", "xlsx"), ("夏马勒巴格", "2026-03", "c", "utf-8", "csv"),
        ("其尼瓦克", "2026-02", "e", "xlwt", "xls"), ("古扎", "2025-10", "b", "openpyxl", "xlsx"),
        ("萨合亚", "2025-12", "a", "xlsxwriter", "xlsx")]


def build(W):
    for i, (c, m, kind, wr, ext) in enumerate(PLAN):
        if kind == "a":
            rel = a_list(c, m, i, wr, ext, W)
        elif kind == "b":
            rel = b_form(c, m, i, wr, ext, W)
        elif kind == "c":
            rel = c_row(c, m, i, wr, W)
        else:
            rel = e_rtl(c, m, i, wr, ext, W)
        FIRST[c, m] = rel.split("/", 1)[1]
    d_half("色满路", "openpyxl", "xlsx", ["petitions_received", "petitions_resolved", "people_assisted",
                                          "free_health_checks", "cultural_activities", "volunteer_person_times"])
    d_half("徕宁城", "odfpy", "ods", ["petitions_received", "petitions_resolved", "disputes_mediated",
                                       "people_employed", "lectures_held", "security_cases"])
