"""The street office's own files: 社会事务办 低保月报 (a sheet per month, 遵民报〔2025〕N号), the 综治中心 platform export
(pinyin grid codes + 代码对照 sheet, months as 2025M09), 就业社保服务中心 CSVs (one per month), 党建办 tiled data cards
and 新时代文明实践所 returns."""
from zy_grid import Sheet, val
from zy_world import COMMS, PERIOD, PY
from zy_writers import save

CN_MO = "〇一二三四五六七八九十"


def mo(m):
    return int(m[5:])


# how the 民政 clerk writes the communities (short, full, 居委会 …) – the same list every month
MZ_NAMES = ["龙井沟社区", "凤朝门", "杨家巷社区", "环城社区", "新东门", "苟家井社区", "花台坡", "内沙路社区", "黄家院子", "向阳社区"]


def minzheng(W, m, corr=False):
    sh = Sheet(f"{mo(m)}月")
    y = m[:4]
    t = f"中华路街道社会事务办 城市低保动态管理月报（遵民报〔{y}〕{mo(m)}号）"
    if corr:
        t = f"中华路街道社会事务办 城市低保动态管理月报（遵民报〔{y}〕{mo(m)}号·更正版）"
    sh.merge(0, 0, 0, 5, t)
    sh.merge(1, 0, 1, 5, f"统计截止：{y}年{mo(m)}月月底")
    sh.row(2, 0, ["序号", "社区", "保障户数", "保障人数", "本月发放", "备注"])
    sh.comments[(2, 4)] = "单位：元（小写），按实发金额填"
    sh.row(3, 0, ["示例", "XX社区", 12, 20, 8640, "此行为填报示例，请勿删除"])
    sh.hidden_rows = [3]
    r = 4
    for i, (short, code, _) in enumerate(COMMS):
        sh.put(r, 0, i + 1)
        sh.put(r, 1, MZ_NAMES[i])
        val(sh, r, 2, code, m, "dibao_households")
        val(sh, r, 3, code, m, "dibao_persons")
        val(sh, r, 4, code, m, "dibao_payout_yuan", fmt="#,##0")
        if m == "2026-01" and short in ("杨家巷", "内沙路"):
            sh.put(r, 5, "凝冻期间临时救助另行报送" if not corr else "更正：新增纳入1户，补发当月")
        r += 1
    sh.put(r, 1, "合计")
    for c, ind in ((2, "dibao_households"), (3, "dibao_persons"), (4, "dibao_payout_yuan")):
        sh.put(r, c, sum(W.v[(code, m, ind)] for _, code, _ in COMMS))
    sh.merge(r + 2, 0, r + 2, 5, "填表：社会事务办　审核：　联系电话：0851-28625013")
    sh.widths = {1: 14, 4: 12, 5: 28}
    return sh


def build(W):
    save("batch1/中华路街道城市低保动态管理月报（2025年9月-2026年3月）.xlsx",
         [minzheng(W, m) for m in PERIOD], "openpyxl",
         ["street_file", "sheet_per_month_short_name", "period_as_document_number_hao", "unit_only_in_cell_comment",
          "hidden_example_row", "names_mixed", "total_row"], (2026, 4, 3, 9, 0))
    zongzhi(W)
    jiuye(W)
    cards(W, "2025-12")
    cards(W, "2026-03")
    wenming(W, "2025-10")
    wenming(W, "2026-01")


ZZ = [("群众诉求受理", "petitions_received"), ("群众诉求办结", "petitions_resolved"),
      ("矛盾纠纷调处化解", "disputes_mediated"), ("治安案件", "security_cases")]


def zongzhi(W):
    sh = Sheet("事件统计")
    sh.row(0, 0, ["网格单元", "统计期", "事项类别", "数量", "计量"])
    r = 1
    for m in PERIOD:
        for short, code, _ in COMMS:
            for lab, ind in ZZ:
                sh.put(r, 0, f"ZHL-{PY[short]}")
                sh.put(r, 1, f"{m[:4]}M{m[5:]}")
                sh.put(r, 2, lab)
                val(sh, r, 3, code, m, ind)
                sh.put(r, 4, "起" if ind in ("disputes_mediated", "security_cases") else "件")
                r += 1
    leg = Sheet("代码对照")
    leg.row(0, 0, ["网格单元编码", "所属社区", "网格数"])
    for i, (short, code, _) in enumerate(COMMS):
        leg.row(1 + i, 0, [f"ZHL-{PY[short]}", f"{short}社区", 4 + i % 3])
    leg.put(12, 0, "注：ZHL＝中华路街道；统计期 2025M09 即2025年9月。")
    save("batch1/综治中心_社会治理事件按网格单元统计_2025M09-2026M03.xlsx", [sh, leg], "xlsxwriter",
         ["street_file", "long_format_export", "pinyin_initial_unit_codes", "code_legend_sheet", "period_yyyyMmm",
          "unit_column_words"], (2026, 4, 2, 16, 40))


JY = [("新增就业岗位（个）", "jobs_created"), ("其中：公益性岗位（个）", "public_welfare_jobs"),
      ("实现就业（人）", "people_employed"), ("开展就业培训（场）", "training_sessions"), ("零就业家庭（户）", "zero_employment_households")]
ENC = ["csv-gbk", "csv-utf8", "csv-utf8bom"]


def jiuye(W):
    for i, m in enumerate(PERIOD):
        sh = Sheet("x")
        y, n = m[:4], mo(m)
        writer = ENC[i % 3]
        if m == "2026-03":   # the clerk turned the table round: communities across
            sh.put(0, 0, f"中华路街道就业创业工作月报 {y}年{n}月（春风行动专项）")
            sh.row(1, 0, ["项目"] + [f"{s}" for s, _, _ in COMMS])
            for j, (lab, ind) in enumerate(JY):
                sh.put(2 + j, 0, lab)
                for k, (_, code, _) in enumerate(COMMS):
                    val(sh, 2 + j, 1 + k, code, m, ind, style="t")
            feats = ["communities_across", "indicators_down"]
        else:
            sh.put(0, 0, f"中华路街道就业创业工作月报 {y}年{n:02d}月")
            sh.row(1, 0, ["社区"] + [lab for lab, _ in JY] + ["备注"])
            for k, (short, code, _) in enumerate(COMMS):
                r = 2 + k
                sh.put(r, 0, short + ("社区" if k % 2 else ""))
                for j, (_, ind) in enumerate(JY):
                    style = "md" if (ind == "training_sessions" and m in ("2025-11", "2026-01")) else "t"
                    val(sh, r, 1 + j, code, m, ind, style=style)
                if m == "2026-02" and k in (0, 3, 5):
                    sh.put(r, len(JY) + 1, "春风行动招聘会（2月24日 红花岗区人力资源市场）")
            feats = ["community_rows", "qizhong_column_is_value"]
            if m in ("2025-11", "2026-01"):
                feats.append("moude_for_zero")
        sh.put(13, 0, "报送：就业社保服务中心")
        save(f"batch1/中华路街道就业创业月报_{y}年{n:02d}月.csv", [sh], writer, ["street_file", writer] + feats,
             (int(y) + (n == 12), n % 12 + 1, 5, 10, 0))


def cards(W, m):
    """Ten data cards tiled two rows by five across, each: name (merged), three label/value lines."""
    sh = Sheet(f"{m[:4]}.{mo(m)}")
    sh.merge(0, 0, 0, 14, f"中华路街道“转折之城·红色先锋”党建引领数据卡（{m[:4]}年{mo(m)}月）")
    for i, (short, code, _) in enumerate(COMMS):
        r0 = 2 + (i // 5) * 6
        c0 = (i % 5) * 3
        sh.merge(r0, c0, r0, c0 + 1, f"◆{short}社区党委")
        sh.put(r0 + 1, c0, "在册党员")
        val(sh, r0 + 1, c0 + 1, code, m, "party_members", style="u", unit="名")
        sh.put(r0 + 2, c0, "结对帮扶")
        val(sh, r0 + 2, c0 + 1, code, m, "pairings", style="u", unit="对")
        sh.put(r0 + 3, c0, "红城志愿者")
        val(sh, r0 + 3, c0 + 1, code, m, "volunteers", style="u", unit="人")
        sh.put(r0 + 4, c0, "院坝会")
        sh.put(r0 + 4, c0 + 1, f"{2 + (i * 7 + mo(m)) % 4}场")   # outside the catalogue
    sh.put(15, 0, "说明：在册党员含预备党员；院坝会为院坝协商议事次数（不计入考核）。")
    save(f"batch1/党建办_党建引领数据卡_{m[:4]}年{mo(m)}月.ods", [sh], "odfpy",
         ["street_file", "tiled_cards_two_by_five", "units_glued", "outside_catalogue_row_yuanba"],
         (int(m[:4]) + (mo(m) == 12), mo(m) % 12 + 1, 6, 9, 0))


WM = [("文体活动", "cultural_activities", "场"), ("理论宣讲", "lectures_held", "次"),
      ("志愿服务", "volunteer_person_times", "人次")]


def wenming(W, m):
    sh = Sheet("文明实践")
    if m == "2026-01":
        t = "中华路街道纪念遵义会议召开91周年（1935—2026）系列活动暨新时代文明实践统计（2026年1月）"
    else:
        t = "中华路街道新时代文明实践所 国庆·重阳系列活动统计表（2025年10月）"
    sh.merge(0, 0, 0, 4, t)
    sh.row(1, 0, ["站点"] + [f"{a}\n（{u}）" for a, _, u in WM] + ["特色活动"])
    for k, (short, code, _) in enumerate(COMMS):
        r = 2 + k
        sh.put(r, 0, f"{short}社区实践站")
        for j, (_, ind, _) in enumerate(WM):
            val(sh, r, 1 + j, code, m, ind)
        if m == "2026-01" and k in (0, 1, 2):
            sh.put(r, 4, "遵义会议会址红色讲解15场")
        if m == "2025-10" and k in (4, 8):
            sh.put(r, 4, "九九重阳敬老宴")
    sh.put(13, 0, "注：志愿服务按“红城志愿”平台记录人次统计，1月15日纪念活动另报区委宣传部。")
    save(f"batch1/新时代文明实践所_{m[:4]}年{mo(m)}月活动统计.xls", [sh], "xlwt",
         ["street_file", "anniversary_numbers_in_title" if m == "2026-01" else "festival_title",
          "header_line_breaks_units", "remark_with_number"], (int(m[:4]), mo(m) + 1, 4, 11, 0))
