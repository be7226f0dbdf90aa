"""Street files (2): 民族团结进步创建和志愿服务 .ods (2026-02), 平安建设 with the Mongolian header row ABOVE the Chinese
(2026.03), the 网格化平台 export with 「中文/ᠮᠣᠩᠭᠣᠯ」 headers (2026.04), 为老服务和文化 with a two-script title cell (2026-05)."""
import datetime

from hh_grid import Sheet, header, miss, val
from hh_street import outside
from hh_world import COMMS, MN
from hh_writers import save


def unity_ods(W):
    m = "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 10, "光明路街道2026年2月民族团结进步创建和志愿服务工作统计")
    sh.merge(1, 0, 1, 10, "（铸牢中华民族共同体意识主线 · “石榴籽”家园建设）")
    tree = [("序号", "no"), ("社区", "comm"),
            ("民族团结进步创建", [("“石榴籽”家园活动（场）", "pome"), ("结对帮扶少数民族困难群众（户）", "minhelp"),
                          ("政策宣讲（次）", "lectures_held"), ("其中：蒙汉双语宣讲（次）", "bil")]),
            ("志愿服务", [("注册志愿者（“志愿内蒙古”）（人）", "volunteers"), ("志愿服务（人次）", "volunteer_person_times")]),
            ("群众文化", [("文化活动（场）", "cultural_activities"), ("其中：查干萨日（白节）主题活动（场）", "tsagaan")])]
    leaves = header(sh, 2, 0, tree, 2)
    o = outside(2201, 1, 4)
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 4 + i
        for c, leaf in leaves:
            if leaf == "no":
                sh.put(r, c, i + 1)
            elif leaf == "comm":
                sh.put(r, c, short)
            elif leaf in ("pome", "minhelp"):
                sh.put(r, c, o())
            elif leaf == "bil":
                sh.put(r, c, min(o(), W.v[(code, m, "lectures_held")]))
            elif leaf == "tsagaan":
                sh.put(r, c, min(2, W.v[(code, m, "cultural_activities")]))
            else:
                val(sh, r, c, code, m, leaf)
    sh.put(5 + len(COMMS), 0, "注：查干萨日（白节）为蒙古族传统新年，2026年与春节同期；双语宣讲已计入政策宣讲次数。")
    sh.put(6 + len(COMMS), 0, "光明路街道党建工作办公室（民族宗教）　2026.03.04")
    save("batch1/光明路街道民族团结进步创建和志愿服务统计（2026年2月）.ods", [sh], "odfpy",
         ["street_rows", "ods", "two_level_header", "ethnic_unity_outside_columns", "part_columns_outside",
          "festival_part_outside", "short_names"], (2026, 3, 4, 16, 10))


def safety(W):
    """平安建设办 2026.03: the Mongolian header row above the Chinese one; 沿河 治安案件 「—」 (not reported);
    其中：涉民族因素纠纷, 反诈宣传 (outside)."""
    m = "2026-03"
    sh = Sheet("平安建设")
    sh.merge(0, 0, 0, 7, "光明路街道平安建设工作月报（2026.03）")
    heads = [("社区", MN["comm_name"], None), ("治安巡逻队员（人）", "ᠡᠷᠭᠦᠯ ᠴᠢᠯᠡᠭᠡᠨ ᠤ ᠭᠡᠰᠢᠭᠦᠨ", "patrol_members"),
             ("平安信息员（人）", "ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ ᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠭᠴᠢ", "informants"), ("治安案件（起）", "ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ ᠤ ᠬᠡᠷᠡᠭ", "security_cases"),
             ("矛盾纠纷调解（起）", "ᠵᠥᠷᠢᠴᠡᠯᠳᠦᠭᠡᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯᠲᠡ", "disputes_mediated"),
             ("其中：涉民族因素纠纷（起）", "ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠬᠦᠴᠦᠨ ᠵᠦᠢᠯ", "ethnic"), ("反诈宣传（场）", "ᠵᠠᠯᠢᠯᠠᠯᠭ᠎ᠠ ᠡᠰᠡᠷᠭᠦᠴᠡᠬᠦ", "fraud"),
             ("备注", MN["note"], "note")]
    for c, (zh, mn, _) in enumerate(heads):
        sh.put(1, c, mn)
        sh.put(2, c, zh)
    o = outside(2301, 1, 5)
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 3 + i
        sh.put(r, 0, short + "社区")
        for c, (_, _, ind) in enumerate(heads[1:], start=1):
            if ind == "ethnic":
                sh.put(r, c, 0 if W.v[(code, m, "disputes_mediated")] == 0 else i % 2)
            elif ind == "fraud":
                sh.put(r, c, o())
            elif ind == "note":
                if short == "沿河":
                    sh.put(r, c, "治安案件待派出所核对后报送")
            elif short == "沿河" and ind == "security_cases":
                miss(sh, r, c, code, m, ind, "—")
            else:
                val(sh, r, c, code, m, ind)
    sh.put(4 + len(COMMS), 0, "光明路街道平安建设办公室　报送日期：2026/4/3")
    save("batch1/光明路街道平安建设工作月报（2026.03）.xlsx", [sh], "openpyxl",
         ["street_rows", "mongolian_header_row_above_chinese", "period_dotted_in_title", "dash_not_reported",
          "part_column_outside", "outside_columns"], (2026, 4, 3, 9, 20))


def platform_csv(W):
    """回民区网格化服务管理平台 export, 2026.04: no title, every header 「中文/ᠮᠣᠩᠭᠣᠯ」, 统计月份 「2026.04」, 社区编码 as
    text, 少数民族人口 and 网格数 (outside)."""
    m = "2026-04"
    sh = Sheet("export")
    cols = [("社区编码", "ᠺᠣᠳ᠋", "code"), ("社区名称", MN["comm_name"], "name"), ("统计月份", MN["month"], "month"),
            ("常住户数", MN["households"], "households"), ("常住人口", MN["residents"], "residents"),
            ("流动人口", MN["floating"], "floating_population"), ("少数民族人口", MN["minority"], "mino"),
            ("网格数", "ᠲᠣᠣᠷ ᠤᠨ ᠲᠣᠭ᠎ᠠ", "grid"), ("党员人数", MN["party"], "party_members"),
            ("结对帮扶对数", "ᠬᠣᠰ ᠬᠣᠯᠪᠣᠭᠳᠠᠨ ᠲᠤᠰᠠᠯᠠᠬᠤ", "pairings"), ("注册志愿者", MN["volunteer"], "volunteers"),
            ("诉求受理", MN["petition"], "petitions_received"), ("诉求办结", "ᠭᠣᠶᠤᠴᠢᠯᠠᠯ ᠢ ᠰᠢᠶᠢᠳᠪᠦᠷᠢᠯᠠᠭᠰᠠᠨ", "petitions_resolved")]
    for c, (zh, mn, _) in enumerate(cols):
        sh.put(0, c, f"{zh}/{mn}")
    for i, (short, code, _, reg) in enumerate(COMMS):
        r = 1 + i
        for c, (_, _, ind) in enumerate(cols):
            if ind == "code":
                sh.put(r, c, code)
            elif ind == "name":
                sh.put(r, c, reg)
            elif ind == "month":
                sh.put(r, c, "2026.04")
            elif ind == "mino":
                sh.put(r, c, W.v[(code, m, "residents")] * (18 + i) // 100)
            elif ind == "grid":
                sh.put(r, c, 6 + i % 5)
            else:
                val(sh, r, c, code, m, ind)
    save("batch1/回民区网格化服务管理平台_光明路街道_社区月度数据_202604.csv", [sh], "csv-utf8bom",
         ["street_rows", "csv_utf8_bom", "system_export_no_title", "bilingual_header_slash_same_cell",
          "period_column_dotted", "code_column", "registry_names", "outside_columns"], (2026, 5, 6, 8, 5))


def elders(W):
    """党建办 / 文化站 2026-05: the title one merged cell of two lines (Mongolian, then Chinese); 报送日期 a real date
    cell; “北疆文化”进社区, 助餐服务 (outside)."""
    m = "2026-05"
    sh = Sheet("Sheet1")
    sh.merge(0, 0, 0, 8, f"{MN['street']} {MN['elder']} {MN['culture']} {MN['stat']} {MN['table']}\n"
                         "光明路街道2026年5月为老服务和群众文化活动统计表")
    heads = [("序号", "no"), ("社区", "comm"), ("65岁以上老人免费健康体检（人）", "free_health_checks"),
             ("走访慰问困难群众（人）", "people_assisted"), ("发放慰问物资（件）", "goods_distributed"),
             ("助餐服务（人次）", "meal"), ("文化活动（场）", "cultural_activities"), ("其中：“北疆文化”进社区（场）", "bj"),
             ("宣讲活动（次）", "lectures_held")]
    for c, (zh, _) in enumerate(heads):
        sh.put(1, c, zh)
    o = outside(2501, 180, 420)
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 2 + i
        for c, (_, ind) in enumerate(heads):
            if ind == "no":
                sh.put(r, c, i + 1)
            elif ind == "comm":
                sh.put(r, c, short)
            elif ind == "meal":
                sh.put(r, c, o())
            elif ind == "bj":
                sh.put(r, c, min(2, W.v[(code, m, "cultural_activities")]))
            else:
                val(sh, r, c, code, m, ind)
    r = 3 + len(COMMS)
    sh.put(r, 0, "报送日期：")
    sh.put(r, 1, datetime.datetime(2026, 6, 3), "yyyy/m/d")
    sh.put(r, 3, "联系人：其其格　0471-6651287")
    save("batch1/光明路街道2026年5月为老服务和群众文化活动统计表.xlsx", [sh], "openpyxl",
         ["street_rows", "two_script_title_in_one_cell", "date_cell_slash_format", "part_column_outside",
          "outside_columns", "short_names"], (2026, 6, 3, 17, 0))


def build(W):
    unity_ods(W)
    safety(W)
    platform_csv(W)
    elders(W)
