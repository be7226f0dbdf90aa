"""Street-office files (2): the 民生诉求系统 export (every cell 「="…"」), 基础数据 with a copied sheet 「10月 (2)」
that holds November, 党建和义工 with units only in the number formats, 低保 明细 with a sheet per 工作站, the WeChat
接龙 pasted into a sheet, and the long table whose community is written only on its first row."""
from ft_grid import Formula, Sheet, multi, qval, val
from ft_world import COMMS, REG
from ft_writers import save

SYS_HEAD = ["统计月份", "区", "街道", "社区", "受理量", "办结量", "办结率", "按期办结率", "满意率"]


def q(x):
    return f'="{x}"'


def system_rows(W, sh, r, months, comms=COMMS):
    """Rows of the 民生诉求系统 export: one per community and month, a 小计 row after each month."""
    for m in months:
        tr = ts = 0
        for i, (short, code, _, _) in enumerate(comms):
            rec, res = W.v[(code, m, "petitions_received")], W.v[(code, m, "petitions_resolved")]
            sh.row(r, 0, [q(m), q("福田区"), q("福田街道"), q(short + "社区")])
            val(sh, r, 4, code, m, "petitions_received", style="xq")
            val(sh, r, 5, code, m, "petitions_resolved", style="xq")
            rr = _rv(sh, r, 4) or rec
            rs = _rv(sh, r, 5) or res
            sh.row(r, 6, [q(f"{rs / rr * 100:.2f}%"), q(f"{min(100.0, 96 + (i * 7 % 40) / 10):.2f}%"),
                          q(f"{97 + (i * 3 % 29) / 10:.2f}%")])
            tr += rr
            ts += rs
            r += 1
        sh.row(r, 0, [q(m), q("福田区"), q("福田街道"), q("小计"), q(tr), q(ts), q(f"{ts / tr * 100:.2f}%"), q(""), q("")])
        r += 1
    return r


def _rv(sh, r, c):
    """The figure a 「="42"」 cell shows."""
    return int(sh.cells[(r, c)][0][2:-1])


def system_export(W):
    sh = Sheet("csv")
    sh.row(0, 0, SYS_HEAD)
    system_rows(W, sh, 1, ["2025-10", "2025-11", "2025-12"])
    save("batch1/福田区民生诉求系统_福田街道_社区办理统计_202510-202512.csv", [sh], "csv-export",
         ["street_file", "system_export", "csv_utf8_bom", "excel_text_formula_cells", "long_format", "subtotal_rows",
          "rate_text"], (2026, 1, 6, 9, 12))


def basic_q4(W):
    sheets = []
    for name, m in (("10月", "2025-10"), ("10月 (2)", "2025-11"), ("12月", "2025-12")):
        sh = Sheet(name)
        sh.merge(0, 0, 0, 8, f"福田街道社区基础数据（{int(m[:4])}年{int(m[5:])}月）")
        sh.merge(1, 0, 1, 8, "数据来源：织网工程综合信息系统、各社区工作站　　统计时点：月末")
        fl = "來深建設者（流動人口）（人）" if m == "2025-12" else "来深建设者（流动人口）（人）"
        sh.row(2, 0, ["序号", "社区", "常住户数（户）", "常住人口（人）", "其中：深户籍（人）", fl, "社区工作者（人）", "党员（人）",
                      "备注"])
        tot = [0] * 6
        for i, (short, code, _, village) in enumerate(COMMS):
            r = 3 + i
            sh.row(r, 0, [i + 1, short + "社区"])
            res, flo = W.v[(code, m, "residents")], W.v[(code, m, "floating_population")]
            val(sh, r, 2, code, m, "households", fmt="#,##0")
            val(sh, r, 3, code, m, "residents", fmt="#,##0")
            sh.put(r, 4, res - flo, "#,##0")
            val(sh, r, 5, code, m, "floating_population", fmt="#,##0")
            val(sh, r, 6, code, m, "staff")
            val(sh, r, 7, code, m, "party_members")
            if village:
                sh.put(r, 8, "城中村")
            for j, x in enumerate([W.v[(code, m, "households")], res, res - flo, flo, W.v[(code, m, "staff")],
                                   W.v[(code, m, "party_members")]]):
                tot[j] += x
        sh.row(3 + len(COMMS), 1, ["全街道"] + tot, "#,##0")
        sh.put(5 + len(COMMS), 0, "福田街道党建和社区治理办公室　2026年1月10日")
        sh.widths.update({1: 10, 5: 16})
        sheets.append(sh)
    save("batch1/福田街道社区基础数据台账（2025年第四季度）.xlsx", sheets, "openpyxl",
         ["street_file", "sheet_per_month", "copied_sheet_name_wrong_month", "outside_columns", "total_row",
          "traditional_header", "thousands_format"], (2026, 1, 10, 10, 0))


def party_mar(W):
    m = "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 7, "福田街道2026年3月党建和义工工作统计表")
    sh.put(1, 0, "填报单位：福田街道党群服务中心")
    sh.row(2, 0, ["序号", "社区党组织", "在册党员", "其中：流动党员", "党员结对帮扶困难群众", "注册义工", "义工服务",
                  "其中：“学雷锋月”活动"])
    fm = {2: '0"人"', 3: '0"人"', 4: '0"对"', 5: '#,##0"人"', 6: '#,##0"人次"', 7: '#,##0"人次"'}
    inds = {2: "party_members", 4: "pairings", 5: "volunteers", 6: "volunteer_person_times"}
    tot = {c: 0 for c in fm}
    for i, (short, code, _, _) in enumerate(COMMS):
        r = 3 + i
        sh.row(r, 0, [i + 1, f"{short}社区党委"])
        for c in fm:
            if c in inds:
                val(sh, r, c, code, m, inds[c], fmt=fm[c])
                x = W.v[(code, m, inds[c])]
            elif c == 3:
                x = W.v[(code, m, "party_members")] // 18
                sh.put(r, c, x, fm[c])
            else:
                x = W.v[(code, m, "volunteer_person_times")] * 9 // 20
                sh.put(r, c, x, fm[c])
            tot[c] += x
    r = 3 + len(COMMS)
    sh.put(r, 1, "合计")
    for c in fm:
        L = "ABCDEFGH"[c]
        sh.put(r, c, Formula(f"=SUM({L}4:{L}{r})", tot[c]), fm[c])
    sh.put(r + 1, 0, "注：义工数据来自“志愿深圳”平台；3月5日学雷锋纪念日及“学雷锋月”活动计入义工服务人次。")
    save("batch1/福田街道2026年3月党建和义工工作统计.xlsx", [sh], "xlsxwriter",
         ["street_file", "units_in_number_format_only", "party_org_names", "sum_formula_row", "parts_columns",
          "yigong_words"], (2026, 4, 8, 9, 50))


def dibao_q1(W):
    months = ["2026-01", "2026-02", "2026-03"]
    sheets = []
    for short, code, _, _ in COMMS:
        sh = Sheet(f"{short}站")
        sh.merge(0, 0, 0, 4, f"{short}社区2026年一季度城市低保发放明细")
        sh.merge(1, 0, 1, 4, f"社区工作站：福田街道{short}社区工作站　　　金额单位：元")
        sh.row(2, 0, ["项目", "1月", "2月", "3月", "一季度合计"])
        for i, (lab, ind) in enumerate([("低保户数（户）", "dibao_households"), ("低保人数（人）", "dibao_persons"),
                                        ("低保金（元）", "dibao_payout_yuan"), ("其中：分类施保金（元）", None)]):
            r = 3 + i
            sh.put(r, 0, lab)
            money = "#,##0.00" if "元" in lab else None
            for j, m in enumerate(months):
                if ind:
                    val(sh, r, 1 + j, code, m, ind, fmt=money)
                else:
                    sh.put(r, 1 + j, W.v[(code, m, "dibao_persons")] * 50, money)
            if ind == "dibao_payout_yuan":
                qval(sh, r, 4, code, "2026-Q1", ind, fmt=money)
            elif ind is None:
                sh.put(r, 4, sum(W.v[(code, m, "dibao_persons")] * 50 for m in months), money)
            else:
                sh.put(r, 4, "—")
        sh.put(8, 0, "经办人：　　　复核：　　　2026年4月2日")
        sh.widths.update({0: 22})
        sheets.append(sh)
    save("batch1/福田街道2026年第一季度低保金发放明细（分社区）.xlsx", sheets, "openpyxl",
         ["street_file", "sheet_per_community", "workstation_sheet_names", "months_across", "quarter_column",
          "money_format", "outside_rows", "year_only_in_title"], (2026, 4, 3, 14, 20))


JIELONG = [  # (community, template over 文体, 宣讲, 走访, 义工)
    ("福华", "福华社区 文体活动{0}场 政策宣讲{1}次 走访慰问{2}人 义工服务{3}人次"),
    ("水围", "水围 {0}场/{1}次/{2}人/{3}人次"),
    ("福安", "福安：文体{0}场，宣讲{1}次，慰问困难群众{2}人，义工{3}人次"),
    ("岗厦", "崗廈社區 文體活動{0}場 政策宣講{1}次 走訪慰問{2}人 義工服務{3}人次"),
    ("福山", "福山社区工作站：文体活动{0}场、政策宣讲{1}次、走访慰问{2}人、义工服务{3}人次（含重阳敬老）"),
    ("皇岗", "皇岗社区 文体活动{0}场，政策宣讲{1}次，走访慰问{2}人，义工服务约{3}人次"),
    ("福民", "福民社区：文体活动{0}场；政策宣讲{1}次；走访慰问{2}人；义工服务{3}人次"),
    ("渔农", "渔农 文体{0} 宣讲{1} 走访{2}人 义工{3}人次"),
    ("海滨", "海滨社区 文体活动{0}场 政策宣讲{1}次 走访慰问{2}人 义工服务{3}人次"),
    ("福田", "福田社区 文体活动{0}场（中秋国庆游园）政策宣讲{1}次 走访慰问{2}人 义工服务{3}人次"),
    ("口岸", "口岸社区 文体活动{0}场 政策宣讲{1}次 走访慰问{2}人 义工服务{3}人次"),
    ("圩镇", "圩镇社区 文体活动{0}场 政策宣讲{1}次 走访慰问长者及困难群众{2}人 义工服务{3}人次"),
    ("福南", "福南社区 文体活动{0}场 政策宣讲{1}次 走访慰问{2}人 义工服务{3}人次"),
]


def jielong_oct(W):
    m = "2025-10"
    by = {s: c for s, c, _, _ in COMMS}
    sh = Sheet("Sheet1")
    sh.put(0, 0, "#接龙")
    sh.put(1, 0, "福田街道10月民生数据：请各社区工作站按“文体活动、政策宣讲、走访慰问、义工服务”顺序接龙，11月3日前完成")
    sh.put(2, 0, "例：XX社区 文体活动X场 政策宣讲X次 走访慰问X人 义工服务X人次")
    for i, (short, tpl) in enumerate(JIELONG):
        multi(sh, 3 + i, 0, by[short], m, f"{i + 1}. " + tpl,
              ["cultural_activities", "lectures_held", "people_assisted", "volunteer_person_times"])
    sh.put(4 + len(JIELONG), 0, "（以上为微信工作群接龙记录，整理：福田街道公共服务办　2025年11月3日）")
    sh.widths[0] = 90
    save("batch1/福田街道2025年10月民生数据接龙汇总.xlsx", [sh], "openpyxl",
         ["street_file", "wechat_jielong_lines", "several_values_in_sentence", "order_given_in_instruction",
          "slash_separated_values", "traditional_line", "template_example_line", "approx_yue"], (2025, 11, 3, 18, 30))


def long_feb(W):
    m = "2026-02"
    sh = Sheet("2月")
    sh.merge(0, 0, 0, 4, "福田街道2026年2月各社区民生指标报送明细（长表）")
    sh.row(1, 0, ["社区", "指标", "单位", "数值", "备注"])
    spec = [("受理民生诉求", "件", "petitions_received"), ("办结民生诉求", "件", "petitions_resolved"),
            ("调处矛盾纠纷", "起", "disputes_mediated"), ("新增就业岗位", "个", "jobs_created"),
            ("实现就业", "人", "people_employed"), ("走访慰问困难群众", "人", "people_assisted")]
    r = 2
    for k, (short, code, _, village) in enumerate(COMMS):
        sh.put(r, 0, REG[code])
        for lab, unit, ind in spec:
            sh.row(r, 1, [lab, unit])
            val(sh, r, 3, code, m, ind)
            if ind == "petitions_received" and k % 3 == 1:
                sh.put(r, 4, f"其中回南天渗水、返潮{W.v[(code, m, ind)] // 6}件")
            if ind == "jobs_created" and village:
                sh.put(r, 4, "春风行动专场招聘")
            r += 1
    sh.put(r + 1, 0, "以上数据由各社区工作站报送，街道党建和社区治理办公室汇总。2026年3月6日")
    save("batch1/福田街道2026年2月各社区民生指标报送明细.ods", [sh], "odfpy",
         ["street_file", "long_format", "community_only_on_first_row", "registry_names", "remarks_with_numbers"],
         (2026, 3, 6, 16, 0))


def build(W):
    system_export(W)
    basic_q4(W)
    party_mar(W)
    dibao_q1(W)
    jielong_oct(W)
    long_feb(W)
