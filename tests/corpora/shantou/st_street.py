"""The street office's own files: 社会事务办 低保 (two multi-sheet workbooks), 综治中心 诉求/调解 (seven monthly
sheets, communities across, the 合计 column first) and 劳动保障所 就业 (three long tables, one row per 居委·月)."""
import datetime

import st_grid
from st_grid import Sheet, _value_role, prior, val
from st_world import COMMS
from st_writers import save

CN_MONTH = {1: "元", 2: "二", 3: "三", 9: "九", 10: "十", 11: "十一", 12: "十二"}


def raw(sh, r, c, code, m, ind, fn, role=None):
    """Write the figure as text made by fn(value) and record it."""
    key = (code, m, ind)
    v, role = _value_role(key, None, role)
    sh.put(r, c, fn(v))
    sh.rec(r, c, ("truth", key, v, role))
    return c + 1


def yuan(v):
    return f"¥{v:,.2f}"


def dibao_sheet(W, m, amount_style):
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet(f"{mo}月份")
    sh.merge(0, 0, 0, 5, f"石炮台街道{y}年{mo}月城市居民最低生活保障金发放汇总表")
    if amount_style == "wan":
        sh.merge(1, 0, 1, 5, "填报单位：石炮台街道社会事务办　　　　　　计量单位：户、人、万元")
        sh.row(2, 0, ["序号", "居委", "保障户数", "保障人数", "发放金额", "备注"])
    else:
        sh.merge(1, 0, 1, 5, "填报单位：石炮台街道社会事务办")
        sh.row(2, 0, ["序号", "居委", "保障户数（户）", "保障人数（人）", "发放金额（元）", "备注"])
    tot = [0, 0, 0]
    for i, (short, code, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, f"{short}居"])
        val(sh, r, 2, code, m, "dibao_households")
        val(sh, r, 3, code, m, "dibao_persons")
        if amount_style == "wan":
            val(sh, r, 4, code, m, "dibao_payout_yuan", div=10000)
        else:
            raw(sh, r, 4, code, m, "dibao_payout_yuan", yuan)
        if i % 5 == 2:
            sh.put(r, 5, f"{mo}月8日已打卡发放")
        for j, ind in enumerate(("dibao_households", "dibao_persons", "dibao_payout_yuan")):
            tot[j] += _value_role((code, m, ind), None, None)[0]
    sh.row(16, 0, ["", "合计", tot[0], tot[1], tot[2] / 10000 if amount_style == "wan" else yuan(tot[2])])
    sh.put(17, 0, "审核：　　　　制表：林　　　　（金额按银行代发回单核对）")
    return sh


def zongzhi(W, m, writer, sent):
    y, mo = int(m[:4]), int(m[5:])
    sh = Sheet(f"{y}.{mo:02d}")
    title = f"石炮台街道综治中心{y}年{CN_MONTH[mo]}月矛盾纠纷排查调处及群众诉求办理统计"
    sh.put(0, 0, title)
    sh.put(1, 0, "项目＼居委")
    sh.put(1, 1, "全街合计")
    for j, (short, code, _) in enumerate(COMMS):
        sh.put(1, 2 + j, short)
    labels = [("受理群众诉求（件）", "petitions_received"), ("　其中：已办结（件）", "petitions_resolved"),
              ("调处矛盾纠纷（宗）", "disputes_mediated")]
    for i, (lab, ind) in enumerate(labels):
        r = 2 + i
        sh.put(r, 0, lab)
        sh.put(r, 1, sum(W.v[(code, m, ind)] for _, code, _ in COMMS))
        for j, (_, code, _) in enumerate(COMMS):
            val(sh, r, 2 + j, code, m, ind)
    sh.put(5, 0, "上月受理数（参考）")
    pm = W.prev(m)
    for j, (_, code, _) in enumerate(COMMS):
        v = W.v[(code, pm, "petitions_received")]
        sh.put(5, 2 + j, v)
        sh.rec(5, 2 + j, ("truth", (code, pm, "petitions_received"), v, "prevmonth"))
    sh.put(7, 0, "说明：诉求含12345热线转办、网格员走访收集、居民来访；台风期间排水、树木倒伏类诉求单列统计后并入。")
    feats = ["street_file", "communities_across", "total_column_first", "prev_month_row", "period_in_sheet_name_dotted"]
    if mo == 1:
        feats.append("yuanyue_for_january")
    save(f"batch1/石炮台街道综治中心{y}年{mo}月诉求调处统计.{'xls' if writer == 'xlwt' else ('csv' if writer.startswith('csv') else 'xlsx')}",
         [sh], writer, feats, sent)


def jiuye(W, months, writer, rel, mode, sent):
    sh = Sheet("就业登记")
    sh.put(0, 0, "石炮台街道劳动保障所 就业创业月度登记台账（新增岗位 个／实现就业 人）")
    sh.row(1, 0, ["统计月份", "居委会", "新增岗位", "实现就业", "经办人"])
    r = 2
    for m in months:
        y, mo = int(m[:4]), int(m[5:])
        for i, (short, code, _) in enumerate(COMMS):
            if mode == "dot":
                sh.put(r, 0, f"{y}.{mo:02d}")
            elif mode == "date":
                sh.put(r, 0, datetime.datetime(y, mo, 1), fmt="yyyy年m月")
            else:
                sh.put(r, 0, f"{y % 100}年{mo}月")
            sh.put(r, 1, short + ("居委" if i % 2 else "居委会"))
            val(sh, r, 2, code, m, "jobs_created")
            val(sh, r, 3, code, m, "people_employed", style="t" if mode == "dot" else "n")
            sh.put(r, 4, ["蔡", "郑", "陈", "许"][i % 4])
            r += 1
    save(rel, [sh], writer, ["street_file", "long_table_one_row_per_community_month", f"period_{mode}"], sent)


def build(W):
    save("batch1/石炮台街道2025年9-12月低保金发放汇总（社会事务办）.xlsx",
         [dibao_sheet(W, m, "wan") for m in ("2025-09", "2025-10", "2025-11", "2025-12")], "openpyxl",
         ["street_file", "one_sheet_per_month", "amount_in_wan_unit_line", "remarks_column", "total_row"],
         (2026, 1, 6, 9, 0))
    save("batch1/石炮台街道2026年1-3月低保金发放汇总（社会事务办）.ods",
         [dibao_sheet(W, m, "yuan") for m in ("2026-01", "2026-02", "2026-03")], "odfpy",
         ["street_file", "one_sheet_per_month", "yuan_sign_thousands_text", "total_row"], (2026, 4, 3, 9, 0))
    plan = [("2025-09", "xlwt"), ("2025-10", "xlwt"), ("2025-11", "xlwt"), ("2025-12", "xlwt"),
            ("2026-01", "csv-gbk"), ("2026-02", "csv-utf8"), ("2026-03", "xlsxwriter")]
    for m, w in plan:
        y, mo = int(m[:4]), int(m[5:])
        zongzhi(W, m, w, (y + (mo == 12), mo % 12 + 1, 5, 10, 0))
    jiuye(W, ["2025-09", "2025-10", "2025-11"], "csv-utf8", "batch1/劳动保障所2025年9-11月就业登记台账.csv", "dot",
          (2025, 12, 2, 9, 0))
    jiuye(W, ["2025-12"], "xlsxwriter", "batch1/劳动保障所2025年12月就业登记台账.xlsx", "date", (2026, 1, 5, 9, 0))
    jiuye(W, ["2026-01", "2026-02", "2026-03"], "odfpy", "batch1/劳动保障所2026年一季度就业登记台账.ods", "yy",
          (2026, 4, 2, 9, 0))
