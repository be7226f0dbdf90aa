"""就业 and 平安 street files, community files of the 路北区·文化路街道 corpus."""
from ts_gen import COMM, JY, MONTHS, PA, REC, VARIANT, prev, ym
from ts_io import Sheet, save

EXT = {"openpyxl": "xlsx", "xlsxwriter": "xlsx", "xlwt": "xls", "odfpy": "ods"}


def _file(rel, fmt, sheets, feat):
    save(rel, fmt, sheets)
    REC.files.append(dict(file=rel, format=EXT.get(fmt, "csv"), writer=fmt, features=";".join(feat)))


def jiuye(W):
    styles = ["csv-utf8", "openpyxl", "xlwt", "odfpy", "xlsxwriter", "csv-gbk", "openpyxl"]
    for i, m in enumerate(MONTHS):
        y, mm = ym(m)
        fmt = styles[i]
        rel = f"batch1/文化路街道劳动保障站{y}年{mm}月就业再就业台账.{EXT.get(fmt, 'csv')}"
        sh = Sheet(f"{mm}月" if i != 4 else "就业")
        feat = ["street_file"]
        def put(r, c, code, ind, raw=None):
            v = W.v[(code, m, ind)]
            if ind == "micro_loans_yuan" and raw is None:
                raw = v / 1000 if v % 1000 else v // 1000
            raw = v if raw is None else raw
            REC.t((code, m, ind), v, rel, sh.name, sh.put(r, c, raw), raw)
        if i in (0, 5):   # 担保贷款 in 千元 in header; i==5: numbers glued to units
            sh.put(0, 0, f"{y}年{mm}月就业再就业工作进度")
            sh.row(1, 0, ["社区", "新增岗位(个)", "其中:公益岗(个)", "实现就业(人)", "创业担保贷款(千元)"])
            for j, (code, name) in enumerate(COMM):
                sh.put(2 + j, 0, name)
                for c, ind in enumerate(JY):
                    if i == 5 and ind != "micro_loans_yuan":
                        v = W.v[(code, m, ind)]
                        put(2 + j, 1 + c, code, ind, f"{v}{'人' if ind == 'people_employed' else '个'}")
                    else:
                        put(2 + j, 1 + c, code, ind)
            feat += ["loans_in_qianyuan_header"] + (["units_glued_to_numbers"] if i == 5 else [])
        elif i == 1:      # 本月 and 累计 (Jan–month) columns side by side; 累计 ignored
            sh.merge(0, 0, 0, 8, f"文化路街道{y}年1-{mm}月就业工作统计")
            sh.put(1, 0, "社区")
            lab = ["新增就业岗位", "公益性岗位", "实现就业", "担保贷款(元)"]
            for c, l in enumerate(lab):
                sh.merge(1, 1 + 2 * c, 1, 2 + 2 * c, l)
                sh.row(2, 1 + 2 * c, ["当月", "年累"])
            for j, (code, name) in enumerate(COMM):
                sh.put(3 + j, 0, name)
                for c, ind in enumerate(JY):
                    put(3 + j, 1 + 2 * c, code, ind, W.v[(code, m, ind)])
                    ytd = sum(W.v[(code, mm2, ind)] for mm2 in MONTHS[:i + 1]) + 7 * (c + 1)
                    sh.put(3 + j, 2 + 2 * c, ytd)
            feat += ["month_and_nianlei_columns_merged_group", "loans_in_yuan"]
        elif i == 2:      # two 片区 tables stacked on one sheet, each with its own header
            r = 0
            for part, rng in (("一片区（山西道以南）", COMM[:9]), ("二片区（华岩路以东）", COMM[9:])):
                sh.put(r, 0, f"{part}  {y}年{mm}月")
                sh.row(r + 1, 0, ["社区", "岗位", "公益岗", "就业人数", "贷款（千元）"])
                for j, (code, name) in enumerate(rng):
                    sh.put(r + 2 + j, 0, VARIANT.get(name, name))
                    for c, ind in enumerate(JY):
                        put(r + 2 + j, 1 + c, code, ind)
                r += len(rng) + 4
            feat += ["two_tables_stacked_per_pianqu", "names_variant_typos"]
        elif i == 3:      # 本月 + 上月 columns; 上月 figure is a duplicate of the earlier file
            sh.put(0, 0, f"就业月报 {y}年第{mm}月")
            sh.row(1, 0, ["社区", "岗位本月", "岗位上月", "公益岗本月", "公益岗上月", "就业本月", "就业上月", "贷款本月(元)", "贷款上月(元)"])
            for j, (code, name) in enumerate(COMM):
                sh.put(2 + j, 0, name)
                for c, ind in enumerate(JY):
                    put(2 + j, 1 + 2 * c, code, ind, W.v[(code, m, ind)])
                    pv = W.v[(code, prev(m), ind)]
                    REC.t((code, prev(m), ind), pv, rel, sh.name, sh.put(2 + j, 2 + 2 * c, pv), pv, "duplicate")
            feat += ["shangyue_columns_interleaved", "title_di_n_yue"]
        elif i == 6:      # exported from the 区 system: full 12-digit 统计用区划代码 as text, no community names
            sh.put(0, 0, f"路北区就业信息系统导出  统计期：{y}年{mm:02d}月  单位：文化路街道")
            sh.row(1, 0, ["统计用区划代码", "新增就业岗位数", "公益性岗位数", "实现就业人数", "创业担保贷款金额(元)"])
            for j, (code, name) in enumerate(COMM):
                sh.put(2 + j, 0, code)
                for c, ind in enumerate(JY):
                    put(2 + j, 1 + c, code, ind, W.v[(code, m, ind)])
            feat += ["community_by_12_digit_code_only", "system_export_title"]
        else:             # transposed: communities across, indicators down, loans 万元 in a row label
            sh.put(0, 0, f"{y}年{mm}月 各社区就业指标")
            sh.row(1, 0, ["指标", "单位"] + [n for _, n in COMM])
            units = ["个", "个", "人", "万元"]
            for c, ind in enumerate(JY):
                sh.row(2 + c, 0, [["新增就业岗位", "  其中公益性岗位", "实现就业人数", "创业担保贷款"][c], units[c]])
                for j, (code, name) in enumerate(COMM):
                    v = W.v[(code, m, ind)]
                    put(2 + c, 2 + j, code, ind, v / 10000 if ind == "micro_loans_yuan" else v)
            feat += ["transposed_communities_across", "unit_column_wanyuan_row"]
        _file(rel, fmt, [sh], feat)


def pingan(W):
    """平安建设: two months side by side in one sheet (blocks left and right)."""
    for k, fmt in enumerate(["xlsxwriter", "odfpy", "openpyxl"]):
        ms = MONTHS[2 * k:2 * k + 2]
        y1, m1 = ym(ms[0])
        y2, m2 = ym(ms[1])
        rel = f"batch1/文化路街道综治中心{y1}年{m1}-{m2}月平安建设双月报.{EXT[fmt]}" if y1 == y2 else \
            f"batch1/文化路街道综治中心{y1}年{m1}月-{y2}年{m2}月平安建设双月报.{EXT[fmt]}"
        sh = Sheet("平安")
        sh.put(0, 0, "群防群治力量及治安案件统计（唐山市路北区文化路街道）")
        sh.put(1, 0, "社区")
        for b, m in enumerate(ms):
            y, mm = ym(m)
            sh.merge(1, 1 + 3 * b, 1, 2 + 3 * b, f"{y}年{mm}月")
            sh.row(2, 1 + 3 * b, ["巡逻队员(人)", "治安案件(起)"])
        for j, (code, name) in enumerate(COMM):
            sh.put(3 + j, 0, name)
            for b, m in enumerate(ms):
                for c, ind in enumerate(PA):
                    v = W.v[(code, m, ind)]
                    raw = "无" if (ind == "security_cases" and v == 0 and k == 1) else v
                    REC.t((code, m, ind), v, rel, sh.name, sh.put(3 + j, 1 + 3 * b + c, raw), raw)
        sh.put(4 + len(COMM), 0, "备注：巡逻队员含“开滦老矿工”义务巡逻队；案件数以派出所通报为准")
        _file(rel, fmt, [sh], ["street_file", "two_month_blocks_side_by_side", "gap_column_between_blocks"]
              + (["wu_for_zero"] if k == 1 else []))


CI = [("petitions_received", "接诉（件）"), ("petitions_resolved", "办结（件）"), ("disputes_mediated", "调解纠纷（起）"),
      ("cultural_activities", "文体活动（场）"), ("volunteers", "注册志愿者（人）"),
      ("volunteer_person_times", "志愿服务（人次）"), ("party_members", "在册党员（人）")]
NOTES = {"cultural_activities": "含评剧进社区、皮影戏专场", "volunteer_person_times": "“唐山好人”志愿服务队清雪",
         "petitions_received": "供暖不热诉求集中", "disputes_mediated": "“老呔儿”说和室（老党员调解）"}


def community(W):
    plan = [("富强楼", "2025-10", "openpyxl"), ("山西南里", "2025-11", "xlwt"), ("华岩东里", "2025-12", "odfpy"),
            ("健康楼", "2026-01", "csv-gbk"), ("文化楼", "2026-01", "xlsxwriter"), ("煤医里", "2026-02", "openpyxl"),
            ("华岩南里", "2026-02", "csv-utf8"), ("曙光楼", "2026-03", "xlsxwriter"), ("新华里", "2025-09", "odfpy"),
            ("逸翠园", "2026-03", "xlwt")]
    code_of = {n: c for c, n in COMM}
    for i, (name, m, fmt) in enumerate(plan):
        code = code_of[name]
        y, mm = ym(m)
        rel = f"batch1/{name}社区{y}年{mm}月工作量化表.{EXT.get(fmt, 'csv')}" if i % 2 else \
            f"batch1/{y}.{mm:02d}{VARIANT.get(name, name)}居委会月报.{EXT.get(fmt, 'csv')}"
        sh = Sheet(f"{mm}月")
        feat = ["community_file"]
        if i % 3 == 0:    # label: value sentences in column A, figure in column B, remark column C
            sh.put(0, 0, f"{name}社区居民委员会 {y}年{mm}月工作量化表")
            for j, (ind, lab) in enumerate(CI):
                v = W.v[(code, m, ind)]
                sh.put(2 + j, 0, lab + "：")
                REC.t((code, m, ind), v, rel, sh.name, sh.put(2 + j, 1, v), v)
                if ind in NOTES and not (ind == "petitions_received" and mm in (9, 10)):
                    sh.put(2 + j, 2, NOTES[ind])
            feat += ["label_colon_value_rows", "remarks_local_events"]
        elif i % 3 == 1:  # 本月 | 上月 | 增减 ; 上月 is a duplicate or ignored
            sh.merge(0, 0, 0, 3, f"{y}年{mm}月 {name}社区工作情况")
            sh.row(1, 0, ["项目", "本月", "上月", "增减"])
            pm = prev(m)
            for j, (ind, lab) in enumerate(CI):
                v = W.v[(code, m, ind)]
                sh.put(2 + j, 0, lab)
                REC.t((code, m, ind), v, rel, sh.name, sh.put(2 + j, 1, v), v)
                if pm:
                    pv = W.v[(code, pm, ind)]
                    cell = sh.put(2 + j, 2, pv)
                    REC.t((code, pm, ind), pv, rel, sh.name, cell, pv, "prevmonth")
                    d = v - pv
                    sh.put(2 + j, 3, f"+{d}" if d > 0 else str(d))
            feat += ["shangyue_and_zengjian_signed_text"]
        else:             # transposed one-row: indicators across, with a 年度累计 row underneath
            sh.put(0, 0, f"{VARIANT.get(name, name)}社区 {y}年{mm}月")
            sh.row(1, 0, ["月份"] + [lab for _, lab in CI])
            sh.put(2, 0, f"{mm}月")
            sh.put(3, 0, "年度累计")
            for j, (ind, lab) in enumerate(CI):
                v = W.v[(code, m, ind)]
                REC.t((code, m, ind), v, rel, sh.name, sh.put(2, 1 + j, v), v)
                if ind not in ("volunteers", "party_members"):
                    sh.put(3, 1 + j, v * 3 + 11)
            feat += ["indicators_across_one_row", "ytd_row_beneath"]
        _file(rel, fmt, [sh], feat)
