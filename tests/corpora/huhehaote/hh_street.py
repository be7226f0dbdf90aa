"""Street files (1): 基础信息 with Mongolian under the Chinese in each header cell, the 采暖期 诉求 ledger with months
「25-11」…「26-03」, 就业 .xls with a Mongolian header row under the Chinese, 社会救助及冬季送温暖 with SUM formulas."""
import random

from hh_grid import Sheet, header, miss, val
from hh_world import COMMS, MN, REG
from hh_writers import save


def outside(seed, lo, hi):
    rnd = random.Random(seed)
    return lambda: rnd.randint(lo, hi)


def basic_info(W):
    """党政综合办 2025-11: Mongolian title above the Chinese; each header cell 「中文\\nᠮᠣᠩᠭᠣᠯ」; the period only in
    「统计时点：2025.11.30」; registry names; 少数民族 / 蒙古族 / 回族 / 蒙汉兼通 (outside); a 合计 row."""
    m = "2025-11"
    sh = Sheet("基本情况")
    sh.merge(0, 0, 0, 9, f"{MN['street']} {MN['comm']} {MN['basic']} {MN['stat']} {MN['table']}")
    sh.merge(1, 0, 1, 9, "光明路街道社区基本情况统计表")
    sh.merge(2, 0, 2, 5, "填报单位：光明路街道党政综合办公室")
    sh.merge(2, 6, 2, 9, "统计时点：2025.11.30")
    heads = [("序号", "no"), ("社区名称", "comm_name"), ("常住户数（户）", "households"), ("常住人口（人）", "residents"),
             ("其中：少数民族（人）", "minority"), ("其中：蒙古族（人）", "mongol"), ("其中：回族（人）", "hui"),
             ("流动人口（人）", "floating"), ("社区工作者（人）", "staff"), ("其中：蒙汉兼通（人）", "bilingual")]
    for c, (zh, mn) in enumerate(heads):
        sh.put(3, c, f"{zh}\n{MN[mn]}")
    mino = outside(1101, 600, 1400)
    tot = [0, 0, 0, 0, 0, 0, 0, 0]
    for i, (short, code, _, reg) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, reg])
        val(sh, r, 2, code, m, "households", fmt="#,##0")
        val(sh, r, 3, code, m, "residents", fmt="#,##0")
        a = mino()
        b = a * 2 // 5
        sh.row(r, 4, [a, b, a // 3], "#,##0")
        val(sh, r, 7, code, m, "floating_population", fmt="#,##0")
        val(sh, r, 8, code, m, "staff")
        sh.put(r, 9, 2 + i % 3)
        for j, x in enumerate([W.v[(code, m, "households")], W.v[(code, m, "residents")], a, b, a // 3,
                               W.v[(code, m, "floating_population")], W.v[(code, m, "staff")], 2 + i % 3]):
            tot[j] += x
    r = 4 + len(COMMS)
    sh.put(r, 1, "合计")
    sh.row(r, 2, tot, "#,##0")
    sh.put(r + 1, 0, "注：常住人口含少数民族人口；蒙汉兼通指能使用蒙汉两种语言开展工作的社区工作者。")
    sh.put(r + 2, 0, "审核人：　　　　　填表人：　　　　　联系电话：0471-6651203　　　报送日期：2025/12/4")
    sh.widths.update({1: 26, 2: 16, 3: 16, 4: 18, 5: 18, 6: 16, 7: 16, 8: 18, 9: 20})
    save("batch1/光明路街道社区基本情况统计表（2025年11月）.xlsx", [sh], "openpyxl",
         ["street_rows", "bilingual_header_cells_mongolian_under_chinese", "mongolian_title_row", "period_only_as_date_point",
          "registry_names", "ethnic_outside_columns", "total_row", "footer_date_slash"], (2025, 12, 4, 10, 20))


HEAT_MONTHS = [("25-11", "2025-11"), ("25-12", "2025-12"), ("26-01", "2026-01"), ("26-02", "2026-02"), ("26-03", "2026-03")]


def heating_ledger(W):
    """社区治理办: 2025—2026年度采暖期 诉求 ledger; months across written 「25-11」…「26-03」, each over 受理 | 其中：供热类 |
    办结; communities by short name; a 采暖期合计 of 受理."""
    sh = Sheet("采暖期诉求")
    ncol = 2 + 3 * len(HEAT_MONTHS) + 1
    sh.merge(0, 0, 0, ncol - 1, "光明路街道2025—2026年度采暖期民情诉求受理办结台账")
    sh.merge(1, 0, 1, ncol - 1, "采暖期：2025年10月15日至2026年4月15日　　　单位：件　　　数据来源：12345热线、网格员走访、社区来访来电")
    tree = [("序号", "no"), ("社区", "comm")]
    for lab, m in HEAT_MONTHS:
        tree.append((lab, [("受理", ("rec", m)), ("其中：供热类", ("heat", m)), ("办结", ("res", m))]))
    tree.append(("采暖期合计受理", "sum"))
    leaves = header(sh, 2, 0, tree, 2)
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 4 + i
        total = 0
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "comm":
                sh.put(r, c, short)
            elif leaf == "sum":
                sh.put(r, c, total)
            elif leaf[0] == "rec":
                val(sh, r, c, code, leaf[1], "petitions_received")
                total += W.v[(code, leaf[1], "petitions_received")]
            elif leaf[0] == "res":
                val(sh, r, c, code, leaf[1], "petitions_resolved")
            else:
                sh.put(r, c, W.v[(code, leaf[1], "heating_part")])
    r = 4 + len(COMMS)
    sh.put(r, 0, "说明：1. 10月15日—31日及4月1日—15日的诉求随当月月报另报；2. 供热类指暖气不热、跑冒滴漏、供热费等，已含在受理数内。")
    sh.put(r + 1, 0, "光明路街道社区治理办　2026/4/8")
    save("batch1/光明路街道2025—2026年度采暖期民情诉求台账.xlsx", [sh], "openpyxl",
         ["street_rows", "heating_season_ledger", "months_across_yy_mm", "year_only_in_title_range", "part_column_outside",
          "season_total_column", "short_names"], (2026, 4, 8, 15, 30))


def jobs_xls(W, rel=None, sent=(2026, 1, 6, 9, 40), writer="xlwt", note=None, features=()):
    """就业和社会保障服务中心 2025-12: a Chinese header row, then the same headers in Mongolian on the row below;
    创业担保贷款 in 万元; 其中：高校毕业生 (outside); 报送日期 2026/1/6."""
    m = "2025-12"
    sh = Sheet("就业")
    heads = [("序号", "no"), ("社区", "comm"), ("新增就业岗位（个）", "jobs_created"), ("其中：公益性岗位（个）", "public_welfare_jobs"),
             ("实现就业（人）", "people_employed"), ("其中：高校毕业生（人）", None), ("创业担保贷款（万元）", "micro_loans_yuan"),
             ("职业技能培训（场）", "training_sessions"), ("零就业家庭（户）", "zero_employment_households")]
    mn = [MN["no"], MN["comm_name"], f"{MN['jobs']} (ᠣᠷᠣᠨ)", "ᠨᠡᠶᠢᠲᠡ ᠶᠢᠨ ᠠᠵᠢᠯ ᠤᠨ ᠣᠷᠣᠨ", f"{MN['jobs']} (ᠬᠦᠮᠦᠨ)",
          "ᠶᠡᠬᠡ ᠰᠤᠷᠭᠠᠭᠤᠯᠢ ᠲᠡᠭᠦᠰᠦᠭᠴᠢ", "ᠡᠭᠦᠳᠬᠡᠯ ᠤᠨ ᠵᠡᠭᠡᠯᠢ (ᠲᠦᠮᠡᠨ ᠶᠤᠸᠠᠨ)", "ᠮᠡᠷᠭᠡᠵᠢᠯ ᠦᠨ ᠰᠤᠷᠭᠠᠯᠲᠠ",
          "ᠠᠵᠢᠯ ᠦᠭᠡᠢ ᠥᠷᠬᠡ"]
    sh.merge(0, 0, 0, 8, "光明路街道2025年12月就业和社会保障工作统计表" + (note or ""))
    sh.merge(1, 0, 1, 8, "填报单位：光明路街道就业和社会保障服务中心　　　　报送日期：2026/1/6")
    for c, (zh, _) in enumerate(heads):
        sh.put(2, c, zh)
        sh.put(3, c, mn[c])
    grad = outside(1201, 0, 4)
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 4 + i
        sh.row(r, 0, [i + 1, short + "社区"])
        for c, (_, ind) in enumerate(heads[2:], start=2):
            if ind is None:
                sh.put(r, c, grad())
            elif ind == "micro_loans_yuan":
                val(sh, r, c, code, m, ind, div=10000)
            else:
                val(sh, r, c, code, m, ind)
    r = 4 + len(COMMS)
    sh.put(r, 0, "注：创业担保贷款以万元为单位填报；高校毕业生为实现就业中的离校未就业高校毕业生。")
    save(rel or "batch1/光明路街道2025年12月就业和社会保障工作统计表.xls", [sh], writer,
         ["street_rows", "mongolian_header_row_under_chinese", "values_wan_header", "part_column_outside",
          "date_slash_in_header_line"] + list(features), sent)


def relief(W):
    """社会事务办 2026-01: 社会救助及冬季送温暖; two-level header; 低保金 #,##0.00; 采暖补贴, 送煤（吨）, 其中：棉衣棉被
    (outside); a 合计 row of SUM formulas with cached values (xlsxwriter)."""
    m = "2026-01"
    sh = Sheet("救助及送温暖")
    sh.merge(0, 0, 0, 10, "光明路街道2026年1月社会救助及“冬季送温暖”工作统计表")
    tree = [("序号", "no"), ("社区", "comm"),
            ("城市低保", [("户数（户）", "dibao_households"), ("人数（人）", "dibao_persons"), ("低保金（元）", "dibao_payout_yuan")]),
            ("采暖补贴（元）", None),
            ("冬季送温暖", [("走访慰问困难群众（人）", "people_assisted"), ("发放慰问物资（件）", "goods_distributed"),
                       ("其中：棉衣棉被（件）", "cloth"), ("送煤（吨）", "coal")]),
            ("临时救助（人次）", "temp")]
    leaves = header(sh, 1, 0, tree, 2)
    o = outside(1301, 2, 9)
    first = 3
    for i, (short, code, _, _) in enumerate(COMMS):
        r = first + i
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "comm":
                sh.put(r, c, short + "社区")
            elif leaf is None:
                sh.put(r, c, W.v[(code, m, "dibao_households")] * 1200, "#,##0.00")
            elif leaf == "cloth":
                sh.put(r, c, W.v[(code, m, "goods_distributed")] // 3)
            elif leaf == "coal":
                sh.put(r, c, o() / 2)
            elif leaf == "temp":
                sh.put(r, c, o() // 2)
            elif leaf == "dibao_payout_yuan":
                val(sh, r, c, code, m, leaf, fmt="#,##0.00")
            else:
                val(sh, r, c, code, m, leaf)
    from hh_grid import Formula, col_letter
    r = first + len(COMMS)
    sh.put(r, 1, "合计")
    for c, leaf in leaves[2:]:
        L = col_letter(c)
        cached = sum(sh.cells[(first + i, c)][0] for i in range(len(COMMS)))
        sh.put(r, c, Formula(f"=SUM({L}{first + 1}:{L}{r})", cached), "#,##0.00" if leaf in (None, "dibao_payout_yuan") else None)
    sh.put(r + 1, 0, "说明：采暖补贴按每户每采暖期1200元标准一次性发放；送煤为平房区散煤户。社会事务办 2026/2/4")
    save("batch1/光明路街道2026年1月社会救助及冬季送温暖统计表.xlsx", [sh], "xlsxwriter",
         ["street_rows", "two_level_header", "heating_subsidy_outside", "decimal_outside_column", "total_row_formula",
          "cached_values", "part_column_outside"], (2026, 2, 4, 11, 0))


def build(W):
    basic_info(W)
    heating_ledger(W)
    jobs_xls(W)
    relief(W)
