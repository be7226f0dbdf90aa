"""Street-office files, part B: the GBK CSV of basic figures, the .ods of 为老 and 帮困, two tables side by side,
the 党组织 table, the 志愿服务 sheet with 「586（其中新增12）」 cells and the April UTF-8 CSV."""
import random

import xh_grid
from xh_grid import Sheet, header, val
from xh_tables import Out, Rate, V, rows, side, total
from xh_world import CODES, name
from xh_writers import save

B = "batch1/"


def s7_basic_gbk():
    m = "2026-01"
    sh = Sheet("基础信息")
    sh.put(0, 0, "斜土路街道居民区基础信息统计表")
    sh.put(1, 0, "统计时点：2026年1月31日")
    sh.row(2, 0, ["序号", "居民区", "实有户数（户）", "实有人口（人）", "户籍人口（人）", "人户分离（人）", "来沪人员（人）",
                  "社区工作者（人）", "党员（名）"])
    specs = [V("households", style="comma"), V("residents", style="comma"), side("户籍人口"), side("人户分离"),
             V("floating_population", style="comma"), V("staff"), V("party_members")]
    r, done = rows(sh, 3, CODES, m, specs, lambda c: name(c, "jmq"))
    r = total(sh, r, done, 2, 7, label="合计", label_col=1)
    for c in range(2, 9):
        v = sh.cells[(r - 1, c)][0]
        sh.put(r - 1, c, f"{v:,}")
    sh.put(r, 0, "制表：社区自治办")
    sh.put(r, 6, "联系电话：64180526")
    save(B + "斜土路街道居民区基础信息（2026年1月）.csv", [sh], "csv-gbk",
         ["street_file_rows", "csv_gbk", "period_as_month_end_date", "shiyou_renkou", "laihu_renyuan", "huji_outside",
          "renhu_fenli_outside", "values_thousands_text", "names_jmq", "total_row", "footer_phone"], (2026, 2, 5, 10, 0))


def s8_elderly_ods():
    m = "2026-02"
    sh = Sheet("2026年2月")
    sh.merge(0, 0, 0, 8, "斜土路街道2026年2月为老服务和帮困工作情况")
    notes = {"310104007001": "春节前（2月12日）集中走访", "310104007018": "含春节慰问独居老人12户",
             "310104007049": "—"}
    specials_goods = {"310104007002": dict(style="yue"), "310104007014": dict(style="yu")}
    specials_help = {"310104007022": dict(style="yue")}
    tree = [("序号", None), ("居民区", None),
            ("帮困", [("走访帮扶困难群众（人）", V("people_assisted", special=specials_help)),
                    ("发放慰问物资（件）", V("goods_distributed", special=specials_goods))]),
            ("为老服务", [("老年人免费体检（人）", V("free_health_checks", style="wu")), ("社区助餐（人次）", side("助餐")),
                      ("长护险服务对象（人）", side("长护险"))]),
            ("备注", Out(lambda code, month: notes.get(code), summable=False))]
    leaves = header(sh, 1, 0, tree, 2)
    specs = [leaf for _, leaf in leaves[2:]]
    r, done = rows(sh, 3, CODES, m, specs, lambda c: name(c, "jmq"))
    total(sh, r, done, 2, 6, label="合计", label_col=1, specs=specs)
    save(B + "斜土路街道2026年2月为老服务和帮困工作情况.ods", [sh], "odfpy",
         ["street_file_rows", "header_two_row_merged", "approx_values", "wu_zero", "outside_catalogue_column",
          "names_jmq", "notes_column", "total_row", "ods_odfpy"], (2026, 3, 4, 15, 30))


def s9_side_by_side():
    m, rnd = "2025-11", random.Random(7109)
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, "斜土路街道2025年11月文化活动和政策宣讲统计")
    sh.merge(1, 0, 1, 3, "（一）文体活动")
    sh.merge(1, 5, 1, 8, "（二）政策宣讲")
    sh.row(2, 0, ["序号", "居民区", "文体活动（场）", "参与居民（人次）"])
    sh.row(2, 5, ["序号", "居委会", "宣讲（次）", "主要内容"])
    topics = ["进博会志愿服务", "反诈宣传", "垃圾分类", "宪法宣传", "消防安全", "养老政策", "长护险政策"]
    r1, done1 = rows(sh, 3, CODES, m, [V("cultural_activities"), Out(lambda c, mm: rnd.randint(80, 420))],
                     lambda c: name(c, "short"))
    r2, done2 = rows(sh, 3, CODES, m, [V("lectures_held", style="wu"),
                                       Out(lambda c, mm: "、".join(rnd.sample(topics, 2)), summable=False)],
                     lambda c: name(c, "jw"), c0=5)
    total(sh, r1, done1, 2, 2, label="合计", label_col=1)
    total(sh, r2, done2, 7, 1, label="合计", label_col=6)
    sh.put(r1 + 2, 0, "填报：街道文化活动中心　　2025年12月3日")
    save(B + "斜土路街道2025年11月文化活动和政策宣讲.xls", [sh], "xlwt",
         ["street_file_rows", "two_tables_side_by_side", "names_short", "names_jw", "wu_zero", "outside_catalogue_column",
          "total_row", "footer_date_trap", "xls_xlwt"], (2025, 12, 3, 16, 45))


def s10_party_branches():
    m, rnd = "2026-01", random.Random(7110)
    sh = Sheet("党组织")
    sh.merge(0, 0, 0, 6, "2026年1月各居民区党组织工作情况统计")
    sh.row(1, 0, ["序号", "党组织名称", "党员人数（名）", "其中：在职党员报到（名）", "党员志愿者（人）",
                  "党员结对帮扶困难群众（对）", "组织生活会（次）"])
    par = lambda code: xh_grid.W.v[(code, m, "party_members")]
    specs = [V("party_members"), Out(lambda c, mm: int(par(c) * rnd.uniform(.12, .25))),
             Out(lambda c, mm: int(par(c) * rnd.uniform(.3, .5))), V("pairings"), Out(lambda c, mm: rnd.randint(1, 3))]
    org = lambda c: name(c, "jmq") + ("党总支" if par(c) >= 200 else "党支部")
    r, done = rows(sh, 2, CODES, m, specs, org)
    total(sh, r, done, 2, 5, label="合计", label_col=1)
    sh.put(r + 2, 0, "街道党建办　2026年2月6日")
    sh.widths[1] = 26
    save(B + "斜土路街道2026年1月居民区党组织工作统计.xlsx", [sh], "xlsxwriter",
         ["street_file_rows", "names_party_branch", "qizhong_outside", "party_volunteers_outside", "total_row",
          "footer_date_trap", "xlsx_xlsxwriter"], (2026, 2, 6, 9, 0))


def s11_volunteers_new():
    m = "2026-03"
    sh = Sheet("志愿服务")
    sh.merge(0, 0, 0, 5, "斜土路街道2026年3月志愿服务统计")
    sh.row(1, 0, ["序号", "居民区", "注册志愿者（人）", "志愿服务（人次）", "服务时长（小时）", "备注"])
    notes = {"310104007009": "3月5日学雷锋日集中服务", "310104007026": "含学雷锋便民服务2场"}

    def reg(code):
        add = xh_grid.W.added(code, m, "volunteers")
        return (lambda shown: f"{shown}（其中新增{add}）") if add else None

    specs = [V("volunteers", special={c: dict(text=reg(c)) for c in CODES if reg(c)}), V("volunteer_person_times"),
             side("服务时长"), Out(lambda c, mm: notes.get(c), summable=False)]
    r, done = rows(sh, 2, CODES, m, specs, lambda c: name(c, "jmq"))
    total(sh, r, done, 2, 3, label="合计", label_col=1)
    save(B + "斜土路街道2026年3月志愿服务统计.xlsx", [sh], "openpyxl",
         ["street_file_rows", "value_with_qizhong_xinzeng", "outside_catalogue_column", "names_jmq", "notes_column",
          "total_row", "xlsx_openpyxl"], (2026, 4, 7, 10, 20))


def s12_april_csv(old):
    m, rnd = "2026-04", random.Random(7112)
    sh = Sheet("4月", old=old)
    sh.put(0, 0, "斜土路街道居民区工作月报表（2026年4月）")
    sh.row(1, 0, ["序号", "居民区", "居民诉求受理（件）", "办结（件）", "办结率", "矛盾调解（起）", "治安案件（起）",
                  "文体活动（场）", "宣讲活动（次）", "志愿服务（人次）", "湿垃圾分出量（吨）", "备注"])
    approx = {"310104007008": dict(style="yue"), "310104007015": dict(style="yue")}
    notes = {"310104007009": "4月10日召开楼道整治协调会", "310104007021": "4月22日开展反诈宣传进楼组"}
    specs = [V("petitions_received"), V("petitions_resolved"), Rate(3, 2), V("disputes_mediated"),
             V("security_cases", special={"310104007049": ("miss", "—")}),
             V("cultural_activities", special={"310104007022": ("miss", "")}),
             V("lectures_held", special={"310104007050": ("miss", "/")}),
             V("volunteer_person_times", special=approx),
             Out(lambda c, mm: "未统计" if c.endswith("014") else round(rnd.uniform(8, 30), 1)),
             Out(lambda c, mm: notes.get(c), summable=False)]
    nm = {"310104007026": "日辉五村"}
    r, done = rows(sh, 2, CODES, m, specs, lambda c: nm.get(c) or name(c, "yiju") if "第" in name(c, "short") or c in nm
                   else name(c, "short"))
    total(sh, r, done, 2, 10, label="合计", label_col=1, specs=specs)
    sh.put(r + 1, 0, "填报人：社区自治办 李××")
    sh.put(r + 1, 5, "报送日期：2026年5月6日")
    save(B + "斜土路街道2026年4月居民区工作月报表.csv", [sh], "csv-utf8bom",
         ["street_file_rows", "csv_utf8_bom", "names_yiju", "names_homophone", "names_short", "derived_percent_text",
          "approx_values", "dash_missing", "slash_missing", "blank_missing", "weitongji", "outside_catalogue_column",
          "notes_column", "total_row", "footer_date_trap"], (2026, 5, 6, 17, 10))


def build(old_k1):
    s7_basic_gbk()
    s8_elderly_ods()
    s9_side_by_side()
    s10_party_branches()
    s11_volunteers_new()
    s12_april_csv({k: v for k, v in old_k1.items() if k[2] in ("petitions_received", "petitions_resolved")})
