"""More files: the 综治中心's WeChat 接龙 (2025-12), the 劳动保障所's one-sheet-per-community workbook (2026-03)
with a hidden 模板 sheet, and 泰华社区's long-format return with a YYYYMM period column (2025-10)."""
from hk_comm import L
from hk_grid import Sheet, miss, multi, val
from hk_street import DIGIT
from hk_world import BY_SHORT, COMMS
from hk_writers import save


def jielong(W):
    m = "2025-12"
    sh = Sheet("jl")
    sh.put(0, 0, "【接龙】12月各社区诉求受理办结情况，请各社区按格式接龙：社区+受理X件+办结X件+调解X起")
    sh.put(1, 0, "例：XX社区 受理0件 办结0件 调解0起")
    r = 2
    for i, (s, code, _) in enumerate(COMMS):
        if s == "玉河":
            sh.put(r, 0, f"{i + 1}. 玉河社区 数据还在核对，稍后单独报")
            for ind in ("petitions_received", "petitions_resolved", "disputes_mediated"):
                sh.rec(r, 0, ("ignore", (code, m, ind), "", None))
        else:
            multi(sh, r, 0, code, m, f"{i + 1}. {DIGIT.get(s, s)}社区 受理{{0}}件 办结{{1}}件 调解{{2}}起",
                  ["petitions_received", "petitions_resolved", "disputes_mediated"])
        r += 1
    sh.put(r, 0, "——以上为微信群接龙整理，综治中心 2026年1月6日")
    save("batch1/滨海街道2025年12月诉求接龙整理.csv", [sh], "csv-utf8",
         ["street_file", "wechat_jielong_lines", "example_line_not_value", "one_line_per_community",
          "digit_in_community_names", "csv_utf8_no_bom"], (2026, 1, 6, 18, 0))


def jiuye_sheets(W):
    m = "2026-03"
    sheets = []
    tpl = Sheet("模板")
    tpl.merge(0, 0, 0, 2, "XX社区2026年__月就业工作情况")
    tpl.row(1, 0, ["项目", "单位", "数量"])
    for i, ind in enumerate(["jobs_created", "public_welfare_jobs", "people_employed", "zero_employment_households",
                             "micro_loans_yuan", "training_sessions"]):
        tpl.row(2 + i, 0, list(L[ind]))
    tpl.hidden = True
    sheets.append(tpl)
    for s, code, _ in COMMS:
        sh = Sheet(DIGIT.get(s, s))
        sh.merge(0, 0, 0, 2, f"{s}社区2026年3月就业工作情况")
        sh.row(1, 0, ["项目", "单位", "数量"])
        for i, ind in enumerate(["jobs_created", "public_welfare_jobs", "people_employed",
                                 "zero_employment_households", "micro_loans_yuan", "training_sessions"]):
            r = 2 + i
            if ind == "micro_loans_yuan":
                sh.row(r, 0, ["创业担保贷款", "万元"])
                if W.v[(code, m, ind)] == 0 and s == "滨港":   # 滨港 writes a dash for none
                    miss(sh, r, 2, code, m, ind, "—")
                else:
                    val(sh, r, 2, code, m, ind, div=10000)
            else:
                sh.row(r, 0, list(L[ind]))
                val(sh, r, 2, code, m, ind)
        sh.put(9, 0, "春风行动专场招聘会3月12日在海口市人才劳务市场举办")
        sheets.append(sh)
    save("batch1/滨海街道2026年3月各社区就业情况（分表）.xlsx", sheets, "openpyxl",
         ["street_file", "one_community_per_sheet", "hidden_template_sheet", "wan_yuan_unit_column",
          "digit_sheet_names"], (2026, 4, 7, 10, 0))


def taihua_oct(W):
    code, m = BY_SHORT["泰华"], "2025-10"
    sh = Sheet("导出")
    sh.row(0, 0, ["月份", "社区", "指标名称", "计量单位", "数值", "数据来源"])
    inds = ["petitions_received", "petitions_resolved", "disputes_mediated", "jobs_created", "people_employed",
            "micro_loans_yuan", "dibao_households", "dibao_persons", "dibao_payout_yuan", "free_health_checks",
            "people_assisted", "goods_distributed", "cultural_activities", "lectures_held", "patrol_members",
            "informants", "security_cases", "volunteers", "volunteer_person_times", "party_members", "pairings",
            "households", "residents", "floating_population", "staff"]
    src = {"petitions_received": "12345/椰城市民云", "free_health_checks": "社区卫生服务站",
           "volunteers": "志愿海南平台"}
    for i, ind in enumerate(inds):
        r = 1 + i
        sh.row(r, 0, [202510, "泰华"] + list(L[ind]))
        val(sh, r, 4, code, m, ind)
        sh.put(r, 5, src.get(ind, "社区台账"))
    r = 1 + len(inds)
    sh.row(r, 0, [202510, "泰华", "候鸟老人登记", "人", 64, "网格员"])
    save("batch1/泰华社区2025年10月数据导出.xlsx", [sh], "xlsxwriter",
         ["community_file", "long_format", "yyyymm_integer_period_column", "source_column", "outside_row"],
         (2025, 11, 4, 9, 15))


def build(W):
    jielong(W)
    jiuye_sheets(W)
    taihua_oct(W)
