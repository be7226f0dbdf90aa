"""The street office's files, part one (2025-09 … 2026-01): 社区建设办, 12345 通报, 网格化 分类汇总, 劳动保障, 救助系统导出."""
import random

from sy_grid import Formula, Sheet, header, ref, val
from sy_world import COMMS, REG
from sy_writers import save

B1 = "batch1/"
SURNAMES = "王李张刘赵孙周吴郑冯陈褚卫蒋韩杨朱秦许何吕施曹严金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁马苗方任袁柳鲍史唐"
GIVEN = ["淑芬", "桂兰", "玉梅", "凤霞", "秀英", "丽华", "艳", "红", "春梅", "雪", "立新", "建国", "卫东", "丽", "冬梅",
         "秀云", "红霞", "淑华", "志刚", "海燕", "晓梅", "玉华", "凤兰", "丽娟", "宝林", "德福", "玉珍", "桂芝", "秀兰", "金凤"]


def grid_heads(n):
    """n distinct names of 网格长 (seeded)."""
    rnd = random.Random("gridheads")
    out = []
    while len(out) < n:
        x = rnd.choice(SURNAMES) + rnd.choice(GIVEN)
        if x not in out:
            out.append(x)
    return out


def base_info(W):
    """2025年9月 基础信息: **the group heading is the measure and the leaf the object** — 户数（户） over 常住 · 低保 ·
    零就业家庭, 人数（人） over 常住 · 其中：户籍 · 流动 · 低保 · 党员 · 注册志愿者 · 社区工作者 · 专职网格员."""
    m = "2025-09"
    sh = Sheet("基础信息")
    sh.merge(0, 0, 0, 15, "工人村街道社区基础信息统计表")
    sh.merge(1, 0, 1, 15, "统计时点：2025年9月30日　　　　　　　　　　　　填报单位：工人村街道社区建设办公室")
    tree = [("序号", "no"), ("社区名称", "name"),
            ("户数（户）", [("常住", "households"), ("低保", "dibao_households"), ("零就业家庭", "zero_employment_households")]),
            ("人数（人）", [("常住", "residents"), ("其中：户籍", "x_huji"), ("流动", "floating_population"),
                        ("低保", "dibao_persons"), ("党员", "party_members"), ("注册志愿者", "volunteers"),
                        ("社区工作者", "staff"), ("专职网格员", "x_grid")]),
            ("网格数（个）", "x_grids"), ("备注", "note")]
    leaves = header(sh, 2, 0, tree, 2)
    r = 4
    for i, (short, code, f) in enumerate(COMMS):
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, REG[code])
            elif leaf == "x_huji":
                sh.put(r, c, int(W.v[(code, m, "residents")] * 0.83), "#,##0")
            elif leaf in ("x_grid", "x_grids"):
                sh.put(r, c, 3 + int(f * 2) + (i % 2))
            elif leaf == "note":
                if short == "西站":
                    sh.put(r, c, "含代管中海社区12号楼")
                elif short == "仙女湖":
                    sh.put(r, c, "9月新入住回迁楼1栋")
            else:
                val(sh, r, c, code, m, leaf, fmt="#,##0" if leaf in ("residents", "households") else None)
        r += 1
    sh.put(r, 1, "合计")
    for c, leaf in leaves:
        if leaf not in ("no", "name", "note") and not leaf.startswith("x_"):
            sh.put(r, c, sum(W.v[(cd, m, leaf)] for _, cd, _ in COMMS), "#,##0")
    sh.put(r + 2, 0, "填表人：赵丹　　审核人：孙立新　　联系电话：024-25712306　　报送日期：2025年10月9日")
    save(B1 + "工人村街道2025年9月社区基础信息统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "measure_over_object_header", "registry_names", "outside_columns", "total_row",
          "footer_date_trap", "phone_trap", "xlsx_openpyxl"], (2025, 10, 9, 10, 15))


def hotline(W):
    """2025年10月 12345 通报: **the statistical month runs from the 21st to the 20th** (9月21日—10月20日, the 12345
    assessment cycle); channels 12345热线 · 民心网 · 来电来访 · 网格上报 add up to 合计 (= 受理); 考核得分 and 排名 outside."""
    m = "2025-10"
    sh = Sheet("通报")
    sh.merge(0, 0, 0, 12, "工人村街道2025年10月民生诉求办理情况通报")
    sh.merge(1, 0, 1, 12, "（统计区间：2025年9月21日—2025年10月20日）")
    tree = [("序号", "no"), ("社区", "name"),
            ("受理诉求（件）", [("12345热线", "ch0"), ("民心网", "ch1"), ("来电来访", "ch2"), ("网格上报", "ch3"),
                          ("合计", "petitions_received")]),
            ("办结（件）", "petitions_resolved"), ("办结率", "rate"), ("调解矛盾纠纷（起）", "disputes_mediated"),
            ("考核得分", "score"), ("排名", "rank"), ("备注", "note")]
    leaves = header(sh, 2, 0, tree, 2)
    scores = {}
    for short, code, f in COMMS:
        a, b = W.v[(code, m, "petitions_resolved")], W.v[(code, m, "petitions_received")]
        scores[code] = round(80 + 20 * a / b - random.Random(code + "score").randint(0, 30) / 10, 1)
    order = sorted(scores, key=lambda c: -scores[c])
    r = 4
    for i, (short, code, f) in enumerate(COMMS):
        parts = W.split(W.v[(code, m, "petitions_received")], 4, code + "hotline")
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "name":
                sh.put(r, c, short)
            elif leaf.startswith("ch"):
                sh.put(r, c, parts[int(leaf[2])])
            elif leaf == "rate":
                a, b = W.v[(code, m, "petitions_resolved")], W.v[(code, m, "petitions_received")]
                sh.put(r, c, f"{100 * a / b:.1f}%")
            elif leaf == "score":
                sh.put(r, c, scores[code])
            elif leaf == "rank":
                sh.put(r, c, order.index(code) + 1)
            elif leaf == "note":
                if short == "新华":
                    sh.put(r, c, "含9月结转办结3件")
            else:
                val(sh, r, c, code, m, leaf)
        r += 1
    sh.put(r, 1, "全街道")
    for c, leaf in leaves:
        if leaf in ("petitions_received", "petitions_resolved", "disputes_mediated"):
            sh.put(r, c, sum(W.v[(cd, m, leaf)] for _, cd, _ in COMMS))
    notes = ["注：1.本通报统计区间按市12345热线考核周期（上月21日至本月20日）执行；",
             "2.办结率=办结件数÷受理件数；考核得分按响应率、办结率、满意率加权计算，满分100分；",
             "3.10月20日起试供暖，供暖类诉求自11月起另行通报。",
             "工人村街道民生服务中心　　2025年10月24日"]
    for k, t in enumerate(notes):
        sh.put(r + 2 + k, 0, t)
    save(B1 + "工人村街道2025年10月民生诉求办理情况通报.xls", [sh], "xlwt",
         ["street_rows", "period_21st_to_20th", "channels_add_up_to_total", "derived_rate_text", "score_rank_columns",
          "short_names", "notes_numbers", "footer_date_trap", "xls_xlwt"], (2025, 10, 24, 15, 40))


def grid_subtotals(W):
    """2025年11月 网格化: **Excel's 分类汇总 (Data → Subtotal)** — one row per 网格 with the community's name repeated
    and its 网格长, then 「劳模社区 汇总」 with SUBTOTAL(9, …) formulas: only the 汇总 rows are the community's figures;
    「总计」 at the end. 入户走访 and 网格事件上报 are outside."""
    m = "2025-11"
    sh = Sheet("网格汇总")
    cols = [("序号", None), ("社区", None), ("网格", None), ("网格长", None), ("入户走访（户）", "x_visit"),
            ("受理诉求（件）", "petitions_received"), ("办结诉求（件）", "petitions_resolved"),
            ("调解纠纷（起）", "disputes_mediated"), ("走访慰问困难群众（人）", "people_assisted"),
            ("网格事件上报（件）", "x_event")]
    sh.merge(0, 0, 0, len(cols) - 1, "工人村街道2025年11月网格化服务管理工作统计表")
    sh.row(1, 0, [h for h, _ in cols])
    r, n, sub_rows = 2, 1, []
    heads = grid_heads(90)
    for k, (short, code, f) in enumerate(COMMS):
        ng = 3 + int(f * 1.6) % 3
        splits = {ind: W.split(W.v[(code, m, ind)], ng, code + ind) for _, ind in cols
                  if ind and not ind.startswith("x_") and ind != "petitions_resolved"}
        splits["petitions_resolved"] = W.split(W.v[(code, m, "petitions_resolved")], ng, code + "res",
                                               cap=splits["petitions_received"])
        first = r
        for g in range(ng):
            sh.row(r, 0, [n, REG[code], f"第{g + 1}网格", heads[len(sub_rows) * 5 + g]])
            for c, (_, ind) in enumerate(cols):
                if ind is None:
                    continue
                if ind.startswith("x_"):
                    sh.put(r, c, W.out(code, m, f"{ind}{g}", 20, 160) if ind == "x_visit" else W.out(code, m, f"{ind}{g}", 2, 15))
                else:
                    sh.put(r, c, splits[ind][g])
            r += 1
            n += 1
        sh.put(r, 1, f"{REG[code]} 汇总")
        for c, (_, ind) in enumerate(cols):
            if ind is None:
                continue
            f_ = f"SUBTOTAL(9,{ref(first, c)}:{ref(r - 1, c)})"
            if ind.startswith("x_"):
                sh.put(r, c, Formula(f_, sum(sh.cells[(q, c)][0] for q in range(first, r))))
            else:
                val(sh, r, c, code, m, ind, formula=f_)
        sub_rows.append(r)
        r += 1
    sh.put(r, 1, "总计")
    for c, (_, ind) in enumerate(cols):
        if ind is None:
            continue
        tot = sum(sh.cells[(q, c)][0].cached if isinstance(sh.cells[(q, c)][0], Formula) else sh.cells[(q, c)][0]
                  for q in sub_rows)
        sh.put(r, c, Formula(f"SUBTOTAL(9,{ref(2, c)}:{ref(r - 1, c)})", tot))
    sh.put(r + 2, 0, "说明：11月1日正式供暖，受理诉求中供暖类（暖气不热、跑冒滴漏）占四成以上；网格长每周入户走访不少于2次。")
    sh.put(r + 3, 0, "工人村街道网格化服务管理中心　2025年12月4日")
    save(B1 + "工人村街道2025年11月网格化服务管理工作统计表.xlsx", [sh], "xlsxwriter",
         ["street_grid_rows", "excel_subtotal_rows", "subtotal_row_is_value", "name_repeated_per_grid",
          "grid_leader_column", "outside_columns", "formula_cached", "footer_date_trap", "xlsx_xlsxwriter"],
         (2025, 12, 4, 16, 20))


ACCT = '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ '
ACCT2 = '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ '


def employment(W):
    """2025年12月 就业: **units after a slash in the headers** (新增就业岗位/个, 创业担保贷款/万元) and **Excel's 会计专用
    format**, which shows a 0 as 「-」 (the cell holds the number 0); 就业困难人员 (a part, outside)."""
    m = "2025-12"
    sh = Sheet("就业")
    heads = [("序号", None), ("社区", None), ("新增就业岗位/个", "jobs_created"), ("其中：公益性岗位/个", "public_welfare_jobs"),
             ("城镇新增就业/人", "people_employed"), ("其中：就业困难人员/人", "x_hard"),
             ("零就业家庭/户", "zero_employment_households"), ("创业担保贷款/万元", "micro_loans_yuan"),
             ("职业技能培训/场次", "training_sessions"), ("备注", None)]
    sh.merge(0, 0, 0, len(heads) - 1, "工人村街道2025年12月就业和社会保障工作统计表")
    sh.merge(1, 0, 1, len(heads) - 1, "填报单位：工人村街道劳动保障服务中心　　　　　　　　　　　　　　2025年12月")
    sh.row(2, 0, [h for h, _ in heads])
    r = 3
    for i, (short, code, f) in enumerate(COMMS):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, short + "社区居委会")
        for c, (_, ind) in enumerate(heads):
            if ind == "x_hard":
                sh.put(r, c, min(W.v[(code, m, "people_employed")], W.out(code, m, "hard", 0, 3)), ACCT)
            elif ind == "micro_loans_yuan":
                val(sh, r, c, code, m, ind, div=10000, fmt=ACCT2)
            elif ind:
                val(sh, r, c, code, m, ind, fmt=ACCT)
        if short == "大天地":
            sh.put(r, len(heads) - 1, "12月20日发放创业担保贷款1笔")
        r += 1
    sh.put(r, 1, "合计")
    for c, (_, ind) in enumerate(heads):
        if ind and not ind.startswith("x_"):
            t = sum(W.v[(cd, m, ind)] for _, cd, _ in COMMS)
            sh.put(r, c, round(t / 10000, 2) if ind == "micro_loans_yuan" else t, ACCT2 if ind == "micro_loans_yuan" else ACCT)
    sh.put(r + 1, 0, "注：城镇新增就业含灵活就业人员；12月受寒潮影响，户外招聘会暂停，1月恢复。")
    sh.put(r + 2, 0, "填表人：高艳　　联系电话：024-25712318　　报送日期：2026年1月6日")
    save(B1 + "工人村街道2025年12月就业和社会保障工作统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "slash_unit_headers", "accounting_format_dash_zero", "wan_header", "part_column_outside",
          "names_juweihui", "total_row", "footer_date_trap", "xlsx_openpyxl"], (2026, 1, 6, 9, 50))


def relief_export(W):
    """2026年1月 低保 system export (UTF-8 BOM CSV): **codes and the month written 「="210106003006"」** (the exporter's
    way of keeping them text in Excel); 城市低保户数 · 人数 · 低保金; **采暖补贴（元）** (Shenyang's heating subsidy for
    低保 families: an amount in 元 beside 低保金, never 低保金), 临时救助 and 特困供养 outside."""
    m = "2026-01"
    sh = Sheet("export")
    sh.put(0, 0, "城市低保及采暖补贴发放明细（沈阳市社会救助管理信息系统导出）")
    sh.put(1, 0, "导出时间：2026-02-03 14:22:05　操作员：gongrencun01")
    sh.row(2, 0, ["序号", "统计年月", "区县", "街道", "社区代码", "社区名称", "城市低保户数", "城市低保人数",
                  "低保金发放(元)", "采暖补贴发放(元)", "临时救助(人次)", "特困供养(人)"])
    r = 3
    for i, (short, code, f) in enumerate(COMMS):
        sh.row(r, 0, [str(i + 1), '="202601"', "铁西区", "工人村街道", f'="{code}"', "工人村街道" + REG[code]])
        val(sh, r, 6, code, m, "dibao_households", style="t")
        val(sh, r, 7, code, m, "dibao_persons", style="t")
        val(sh, r, 8, code, m, "dibao_payout_yuan", style="f2")
        sh.put(r, 9, f'{W.v[(code, m, "dibao_households")] * 1450:.2f}')
        sh.put(r, 10, str(W.out(code, m, "linshi", 0, 4)))
        sh.put(r, 11, str(W.out(code, m, "tekun", 1, 6)))
        r += 1
    save(B1 + "工人村街道2026年1月城市低保及采暖补贴发放明细.csv", [sh], "csv-eq",
         ["street_long_export", "excel_eq_text_codes", "registry_codes", "heating_subsidy_outside", "street_prefixed_names",
          "decimals_text", "csv_utf8bom"], (2026, 2, 3, 14, 30))


def build(W):
    base_info(W)
    hotline(W)
    grid_subtotals(W)
    employment(W)
    relief_export(W)
