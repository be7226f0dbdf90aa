"""The street office's own files, part one: 基础数据 (a pasted 通知 above the table), the 网格化平台 export with
pinyin field codes, 就业 (.xls, names merged over two columns), 平安 (communities across over 本月 | 累计) and the
问卷星 export."""
import random

from xm_grid import Sheet, miss, val
from xm_world import CODES, NAME, SHORT, STREET
from xm_writers import save

B1 = "batch1/"


def parts(total, n, seed):
    """Split a total into n seeded parts (weeks, channels)."""
    r = random.Random(seed)
    cuts = sorted(r.randint(0, total) for _ in range(n - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def s1_jichu(W):
    """The 通知 asking for the figures is pasted at the top; the table starts on row 15; the total row is labelled
    湖里街道 (the street), above it the community 湖里 (short names)."""
    m = "2025-09"
    sh = Sheet("基础数据")
    notice = ["关于报送2025年9月社区基础数据的通知", "各社区居委会：",
              "　　为做好第三季度社区基础数据动态更新，请各社区于10月10日前将9月末基础数据填入下表，并同步更新至“i厦门”社区工作平台。",
              "　　填报要求：",
              "　　1. 常住户数、常住人口以9月30日为统计时点，含在本社区居住半年以上的非户籍人员；",
              "　　2. 流动人口以流动人口信息系统登记数为准（含出租房屋内登记人员）；",
              "　　3. 社区工作者含社区“两委”成员和专职社区工作者，网格员单独填报，不计入社区工作者；",
              "　　4. 9月份受台风影响停水停电的小区，请在备注栏注明。",
              "　　联系人：社区建设办公室 陈小姐，电话：0592-5623187。", "",
              "湖里街道办事处社区建设办公室", "2025年9月26日"]
    for i, line in enumerate(notice):
        if line:
            sh.merge(i, 0, i, 9, line)
    r0 = 14
    sh.merge(r0, 0, r0, 9, f"{STREET}2025年9月社区基础数据统计表")
    sh.merge(r0 + 1, 0, r0 + 1, 9, "统计时点：2025年9月30日　　　　　　　　　　　单位：户、人")
    sh.row(r0 + 2, 0, ["序号", "社区", "常住户数", "常住人口", "其中：户籍人口", "流动人口", "社区工作者", "网格员",
                       "党员（名）", "备注"])
    inds = ["households", "residents", None, "floating_population", "staff", "grid", "party_members"]
    tot = [0] * len(inds)
    notes = {"徐厝": "9月台风期间3栋出租楼停电1天", "后浦": "含后浦南路新交付安置房52户", "海天": "9月台风期间地下室进水"}
    for i, code in enumerate(CODES):
        r = r0 + 3 + i
        sh.row(r, 0, [i + 1, SHORT[code]])
        for j, ind in enumerate(inds):
            if ind is None:
                res, flo = W.v[(code, m, "residents")], W.v[(code, m, "floating_population")]
                x = max(res - flo, int(res * 0.3)) - W.out(code, m, "户籍", 150, 900)
                sh.put(r, 2 + j, x)
            elif ind == "grid":
                x = W.out(code, m, "网格员", 4, 12)
                sh.put(r, 2 + j, x)
            else:
                x = W.v[(code, m, ind)]
                val(sh, r, 2 + j, code, m, ind)
            tot[j] += x
        if SHORT[code] in notes:
            sh.put(r, 9, notes[SHORT[code]])
    r = r0 + 3 + len(CODES)
    sh.row(r, 0, [None, STREET] + tot)
    sh.merge(r + 2, 0, r + 2, 9, "填表人：陈雅琳　　审核人：林志强　　填报日期：2025年10月9日")
    save(B1 + "湖里街道2025年9月社区基础数据统计表.xlsx", [sh], "openpyxl",
         ["street_comm_rows", "notice_pasted_above_table", "table_starts_row_15", "total_row_named_street",
          "short_names", "outside_columns", "footer_date_trap", "xlsx_openpyxl"], (2025, 10, 10, 9, 40))


def s2_pinyin_export(W):
    """网格化平台 export: pinyin-initial field codes, one row per community × month × indicator, codes with a
    leading tab, the month only as a range of two 8-digit dates (TJKSRQ / TJJZRQ)."""
    sh = Sheet("export")
    sh.row(0, 0, ["XH", "SQDM", "SQMC", "TJKSRQ", "TJJZRQ", "ZBDM", "ZBMC", "ZBZ", "JLDW", "TBR", "SHZT", "GXSJ"])
    zb = [("MSSQ01", "受理群众诉求", "件", "petitions_received"), ("MSSQ02", "其中：12345便民服务平台转办", "件", "part"),
          ("MSSQ03", "办结群众诉求", "件", "petitions_resolved"), ("MSSQ04", "调处化解矛盾纠纷", "起", "disputes_mediated"),
          ("WGSJ01", "网格事件上报", "件", None)]
    clerks = ["黄晓燕", "陈志明", "林雅婷", "王丽娟", "郑海峰", "许美玲"]
    r, n = 1, 1
    for m, (a, b), upd in (("2025-11", ("20251101", "20251130"), "2025-12-03"),
                           ("2025-12", ("20251201", "20251231"), "2026-01-05")):
        for i, code in enumerate(CODES):
            for zcode, zname, unit, ind in zb:
                sh.row(r, 0, [n, "\t" + code, NAME[code], a, b, zcode, zname])
                if ind == "part":
                    sh.put(r, 7, str(int(W.v[(code, m, "petitions_received")] * (0.35 + 0.02 * (i % 9)))))
                elif ind is None:
                    sh.put(r, 7, str(W.out(code, m, zname, 20, 160)))
                else:
                    val(sh, r, 7, code, m, ind, style="t")
                hh, mm = 9 + i % 8, (7 * i + 13) % 60
                sh.row(r, 8, [unit, clerks[i % len(clerks)], "已审核", f"{upd} {hh:02d}:{mm:02d}:{(11 * i) % 60:02d}"])
                r += 1
                n += 1
    save(B1 + "湖里街道民生诉求办理情况导出_20251101-20251231.csv", [sh], "csv-utf8",
         ["street_long_export", "pinyin_field_codes", "tab_prefixed_codes", "period_as_8digit_date_range",
          "registry_names", "part_rows_never_values", "outside_rows", "numbers_as_text", "no_title", "csv_utf8"],
         (2026, 1, 6, 10, 5))


def s3_jiuye(W):
    """就业 (.xls): the community name merged over two columns on every row; 万元 in the header; outside columns."""
    m = "2025-10"
    sh = Sheet("10月")
    sh.merge(0, 0, 0, 10, f"{STREET}2025年10月就业和社会保障工作统计表")
    sh.merge(1, 0, 1, 6, "填报单位：湖里街道劳动保障事务所（人社服务所）")
    sh.merge(1, 7, 1, 10, "统计月份：2025年10月")
    sh.merge(2, 0, 2, 1, "社区名称")
    sh.row(2, 2, ["新增就业岗位（个）", "其中：公益性岗位（个）", "城镇新增就业（人）", "其中：就业困难人员就业（人）",
                  "零就业家庭（户）", "职业技能培训（场）", "创业担保贷款（万元）", "零工驿站对接服务（人次）", "备注"])
    cols = ["jobs_created", "public_welfare_jobs", "people_employed", None, "zero_employment_households",
            "training_sessions", "micro_loans_yuan", "lingong"]
    tot = [0.0] * len(cols)
    for i, code in enumerate(CODES):
        r = 3 + i
        sh.merge(r, 0, r, 1, SHORT[code] + "社区")
        for j, ind in enumerate(cols):
            c = 2 + j
            if ind is None:
                x = min(W.v[(code, m, "people_employed")], W.out(code, m, "困难", 0, 4))
                sh.put(r, c, x)
            elif ind == "lingong":
                x = W.out(code, m, "零工", 10, 90)
                sh.put(r, c, x)
            elif ind == "micro_loans_yuan":
                x = W.v[(code, m, ind)] / 10000
                val(sh, r, c, code, m, ind, div=10000, fmt="0.00")
            else:
                x = W.v[(code, m, ind)]
                val(sh, r, c, code, m, ind)
            tot[j] += x
        if W.v[(code, m, "micro_loans_yuan")]:
            sh.put(r, 10, "个体工商户创业担保贷款")
    r = 3 + len(CODES)
    sh.merge(r, 0, r, 1, "合计")
    for j, x in enumerate(tot):
        sh.put(r, 2 + j, round(x, 4), "0.00" if cols[j] == "micro_loans_yuan" else None)
    sh.merge(r + 1, 0, r + 1, 10, "注：零工驿站对接服务为湖里区零工市场线下驿站登记数；10月18日开展“秋季招聘月”现场招聘会1场，提供岗位约600个。")
    sh.merge(r + 2, 0, r + 2, 10, "制表人：苏婉清　　联系电话：0592-5623402　　制表日期：2025年11月5日")
    save(B1 + "湖里街道2025年10月就业和社会保障工作统计表.xls", [sh], "xlwt",
         ["street_comm_rows", "name_merged_over_two_columns", "wan_yuan_header", "outside_columns", "parts_qizhong",
          "notes_numbers", "xls_xlwt"], (2025, 11, 6, 15, 20))


def s4_pingan(W):
    """平安 (December): indicators down, communities across, each community over 本月 | 累计 (累计 from 1 January;
    「—」 for the stocks), a 合计 pair last."""
    m = "2025-12"
    sh = Sheet("12月平安")
    ncol = 2 + 2 * (len(CODES) + 1)
    sh.merge(0, 0, 0, ncol - 1, f"{STREET}2025年12月平安建设工作情况统计表")
    sh.merge(1, 0, 1, ncol - 1, "填报单位：湖里街道平安建设办公室（综治中心）　　　累计为2025年1月1日至12月31日")
    sh.merge(2, 0, 3, 0, "项目")
    sh.merge(2, 1, 3, 1, "单位")
    for k, code in enumerate(CODES + ["合计"]):
        c = 2 + 2 * k
        sh.merge(2, c, 2, c + 1, SHORT[code] if code in SHORT else "合计")
        sh.row(3, c, ["本月", "累计"])
    rows = [("群防群治巡逻队员", "人", "patrol_members", True), ("平安信息员", "人", "informants", True),
            ("治安案件（立案）", "起", "security_cases", False), ("矛盾纠纷调处化解", "起", "disputes_mediated", False),
            ("出租房屋安全检查", "间", None, False), ("电动自行车违规充电整治", "处", None, False)]
    for i, (label, unit, ind, stock) in enumerate(rows):
        r = 4 + i
        sh.row(r, 0, [label, unit])
        tm = ty = 0
        for k, code in enumerate(CODES):
            c = 2 + 2 * k
            if ind is None:
                x = W.out(code, m, label, 5, 60)
                y = x * 12 + W.out(code, m, label + "累计", 0, 80)
                sh.row(r, c, [x, y])
            else:
                x = W.v[(code, m, ind)]
                val(sh, r, c, code, m, ind)
                y = 0 if stock else W.ytd(code, m, ind)
                sh.put(r, c + 1, "—" if stock else y)
            tm, ty = tm + x, ty + y
        c = 2 + 2 * len(CODES)
        sh.row(r, c, [tm, "—" if stock else ty])
    r = 4 + len(rows) + 1
    sh.merge(r, 0, r, 20, "说明：12月开展“冬防”集中清查行动，联合派出所清查出租房屋、群租房；治安案件以派出所立案数为准。")
    sh.merge(r + 1, 0, r + 1, 20, "联系人：叶建华　0592-5623266　　报送日期：2026年1月6日")
    save(B1 + "湖里街道2025年12月平安建设工作情况.xlsx", [sh], "xlsxwriter",
         ["street_indicators_down", "communities_across", "community_over_month_and_ytd_subcolumns", "unit_column",
          "total_pair_last", "dash_for_stock_ytd", "outside_rows", "xlsx_xlsxwriter"], (2026, 1, 6, 11, 30))


def s5_wenjuanxing(W):
    """问卷星 export: one row per submitted answer in the order they came in, the platform's own columns first,
    numbered question headers, 「(空)」 for an unanswered question; 东荣 answered twice, the later answer says so."""
    m = "2026-01"
    sh = Sheet("Sheet1")
    qs = [("3、本月受理群众诉求（件）", "petitions_received"), ("4、本月办结群众诉求（件）", "petitions_resolved"),
          ("5、走访慰问困难群众（人）", "people_assisted"), ("6、发放慰问品（件）", "goods_distributed"),
          ("7、65岁以上老人免费体检（人）", "free_health_checks"), ("8、文体活动（场）", "cultural_activities"),
          ("9、政策宣讲（次）", "lectures_held"), ("10、志愿服务（人次）", "volunteer_person_times")]
    sh.row(0, 0, ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、所在社区", "2、填报人"]
           + [q for q, _ in qs] + ["11、备注（选填）"])
    rng = random.Random("wjx-2026-01")
    order = CODES[:]
    rng.shuffle(order)
    dongrong = [c for c in CODES if SHORT[c] == "东荣"][0]
    pos = order.index(dongrong)
    order.insert(pos + 5, dongrong)          # the second answer comes in later
    names = ["林", "陈", "黄", "张", "吴", "郑", "王", "李", "蔡", "许"]
    given = ["雅琳", "志伟", "晓燕", "婷婷", "建国", "丽华", "思远", "美玲", "海峰", "秀英"]
    seen, first_day = set(), {}
    t = 2 * 24 * 60 + 8 * 60 + 41            # minutes from 2026-02-01 00:00
    for i, code in enumerate(order):
        r = 1 + i
        t += rng.randint(20, 240)
        d, hm = divmod(t, 24 * 60)
        if hm > 21 * 60 + 30 or hm < 8 * 60:  # nobody answers at night: the next morning
            t = (d + (hm > 12 * 60)) * 24 * 60 + 8 * 60 + rng.randint(5, 70)
            d, hm = divmod(t, 24 * 60)
        stamp = f"2026/2/{d} {hm // 60}:{hm % 60:02d}:{rng.randint(0, 59):02d}"
        who = random.Random("wjx" + code)
        clerk = who.choice(names) + who.choice(given)
        ip = f"{rng.choice(['117.28', '27.154', '110.84', '36.250'])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}(福建-厦门)"
        sh.row(r, 0, [i + 1, stamp, f"{rng.randint(95, 640)}秒", rng.choice(["微信", "微信", "手机提交", "链接"]),
                      "N/A", ip, SHORT[code] + "社区", clerk])
        second = code in seen
        seen.add(code)
        first_day.setdefault(code, d)
        for j, (_, ind) in enumerate(qs):
            c = 8 + j
            if SHORT[code] == "兴华" and ind == "lectures_held":
                miss(sh, r, c, code, m, ind, "(空)")
            elif second and ind == "volunteer_person_times":
                val(sh, r, c, code, m, ind, style="t", value=W.v[(code, m, ind)], role="correction")
            elif second:
                val(sh, r, c, code, m, ind, style="t", role="duplicate")
            else:
                val(sh, r, c, code, m, ind, style="t")
        note = "(空)"
        if second:
            note = f"2月{first_day[code]}日提交的志愿服务人次多打了一位数，以本次提交为准"
        elif SHORT[code] == "海天":
            note = "1月4日厦门马拉松赛道服务志愿者计入志愿服务人次"
        sh.put(r, 8 + len(qs), note)
    save(B1 + "316852047_2_湖里街道社区2026年1月工作数据填报_19_19.xlsx", [sh], "xlsxwriter",
         ["street_comm_rows", "wjx_export", "platform_metadata_columns", "numbered_question_headers",
          "rows_in_submission_order", "double_submission_later_wins", "empty_answer_marker", "numbers_as_text",
          "period_only_in_file_name", "no_title", "xlsx_xlsxwriter"], (2026, 2, 9, 9, 10))


def build(W):
    s1_jichu(W)
    s2_pinyin_export(W)
    s3_jiuye(W)
    s4_pingan(W)
    s5_wenjuanxing(W)
