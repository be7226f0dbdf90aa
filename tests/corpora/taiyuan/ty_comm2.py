"""Community files of 黄陵街道 (part 2): 北营 (GBK CSV, 项目：值 lines), 郑村 (ranges 「30—35」), 东峰 (「36✓」 ticks),
黄陵 (上半月 / 下半月 / 全月), 马练营 (indicators across), 窑子上 (统计周期 to the 25th), 教育学院 (ticks and arrows)."""
from ty_comm import SIGN, clist
from ty_grid import Sheet, miss, val
from ty_world import BY_SHORT
from ty_writers import save


def build(W):
    # C5 北营 2026-02: GBK CSV, 项目 | 本月 | 单位 lines under a title naming 黄陵街道
    code, m = BY_SHORT["北营"], "2026-02"
    sh = Sheet("csv")
    sh.put(0, 0, "小店区黄陵街道北营社区2026年2月工作报表")
    sh.row(1, 0, ["项目", "本月", "单位", "说明"])
    items = [("受理群众诉求", "petitions_received", "件", "u"), ("办结", "petitions_resolved", "件", "u"),
             ("调解", "disputes_mediated", "起", "cn"), ("新增就业岗位", "jobs_created", "个", "n"),
             ("其中公益性岗位", "public_welfare_jobs", "个", "n"), ("实现就业", "people_employed", "人", "n"),
             ("春节走访慰问", "people_assisted", "人", "u"), ("发放米面油", "goods_distributed", "件", "u"),
             ("文化活动", "cultural_activities", "场", "n"), ("治安案件", "security_cases", "起", "wu"),
             ("巡逻队员", "patrol_members", "人", "n")]
    for i, (lab, ind, unit, st) in enumerate(items):
        sh.put(2 + i, 0, lab)
        val(sh, 2 + i, 1, code, m, ind, style=st, unit=unit if st in ("u", "cn") else "")
        sh.put(2 + i, 2, unit)
    sh.put(8, 3, "含春节前“送温暖”")
    sh.put(14, 0, "北营社区居委会（黄陵街道）　2026年3月3日")
    save("batch1/北营社区2026年2月工作报表.csv", [sh], "csv-gbk",
         ["community_file", "csv_gbk", "name_equals_other_street", "cn_small_numerals", "units_in_cells"], (2026, 3, 3, 15, 0))

    # C6 郑村 2026-03: 回迁 community; ranges 「30—35」 are not values (ignore); corrected in batch2
    code, m = BY_SHORT["郑村"], "2026-03"
    sh = Sheet("3月")
    sh.merge(0, 0, 0, 4, "郑村社区2026年3月工作报表")
    sh.merge(1, 0, 1, 4, "（城中村改造回迁安置社区）")
    sh.row(2, 0, ["序号", "项目", "单位", "数量", "备注"])
    items = [("受理诉求", "件", "petitions_received", "n"), ("办结", "件", "petitions_resolved", "n"),
             ("调解纠纷", "起", "disputes_mediated", "n"), ("新增就业岗位", "个", "jobs_created", "n"),
             ("实现就业", "人", "people_employed", "n"), ("技能培训", "场", "training_sessions", "n"),
             ("学雷锋志愿服务", "人次", "volunteer_person_times", "miss:300—350"),
             ("文化活动（元宵闹红火）", "场", "cultural_activities", "n"),
             ("免费体检", "人", "free_health_checks", "miss:40-50"), ("宣讲", "次", "lectures_held", "n"),
             ("回迁房交钥匙", "户", None, 86)]
    r = clist(sh, 3, code, m, items, notes={"学雷锋志愿服务": "多批次，人次未逐一登记",
                                            "免费体检": "社区卫生服务站尚未出具名单"})
    sh.put(r + 1, 0, SIGN.format("郑晓丽", "郑永福", "13934670518"))
    sh.put(r + 2, 0, "2026年4月1日")
    save("batch1/郑村社区2026年3月工作报表.xlsx", [sh], "openpyxl",
         ["community_file", "range_values_ignored", "outside_row", "local_festival_in_label"], (2026, 4, 1, 18, 0))

    # C7 东峰 2026-04: the 书记 ticked every checked figure 「36✓」 (xlsxwriter)
    code, m = BY_SHORT["东峰"], "2026-04"
    sh = Sheet("4月")
    sh.merge(0, 0, 0, 4, "东峰社区4月份工作数据")
    sh.merge(1, 0, 1, 4, "2026年4月1日—4月30日")
    sh.row(2, 0, ["序号", "内容", "单位", "完成", "备注"])
    items = [("受理诉求", "件", "petitions_received", "tick"), ("办结", "件", "petitions_resolved", "tick"),
             ("调处矛盾纠纷", "起", "disputes_mediated", "n"), ("新增岗位", "个", "jobs_created", "tick"),
             ("实现就业", "人", "people_employed", "n"), ("免费体检（65岁以上）", "人", "free_health_checks", "tick"),
             ("清明文明祭扫劝导", "人次", None, "约260"), ("志愿服务", "人次", "volunteer_person_times", "tick"),
             ("注册志愿者", "人", "volunteers", "n"), ("文化活动", "场", "cultural_activities", "n"),
             ("宣讲", "次", "lectures_held", "n"), ("治安案件", "起", "security_cases", "wu")]
    r = clist(sh, 3, code, m, items, notes={"受理诉求": "✓为书记已核"})
    sh.put(r + 1, 0, SIGN.format("刘佳", "曹建国", "0351-7285106"))
    save("batch1/东峰社区4月份工作数据.xlsx", [sh], "xlsxwriter",
         ["community_file", "tick_marks_after_figures", "period_only_as_date_range", "outside_row"], (2026, 5, 6, 9, 30))

    # C8 黄陵 2026-05: 上半月 | 下半月 | 全月 (ods); the community carries the street's name
    code, m = BY_SHORT["黄陵"], "2026-05"
    sh = Sheet("5月")
    sh.merge(0, 0, 0, 5, "黄陵街道黄陵社区2026年5月工作月报")
    sh.row(1, 0, ["项目", "单位", "上半月", "下半月", "全月", "备注"])
    items = [("受理诉求", "件", "petitions_received"), ("办结", "件", "petitions_resolved"),
             ("老年人免费体检", "人", "free_health_checks"), ("志愿服务", "人次", "volunteer_person_times"),
             ("文化活动", "场", "cultural_activities"), ("宣讲", "次", "lectures_held"),
             ("新增就业岗位", "个", "jobs_created"), ("实现就业", "人", "people_employed")]
    for i, (lab, unit, ind) in enumerate(items):
        r = 2 + i
        v = W.v[(code, m, ind)]
        h1 = v // 2 + (i % 3) - 1 if v > 2 else v
        sh.row(r, 0, [lab, unit, h1, v - h1])
        val(sh, r, 4, code, m, ind)
    sh.put(10, 0, "低保户", )
    sh.put(10, 1, "户")
    val(sh, 10, 4, code, m, "dibao_households")
    sh.put(11, 0, "低保人数")
    sh.put(11, 1, "人")
    val(sh, 11, 4, code, m, "dibao_persons")
    sh.put(10, 5, "月末数")
    sh.put(13, 0, "黄陵社区居委会　2026年6月1日")
    save("batch1/黄陵社区2026年5月工作月报.ods", [sh], "odfpy",
         ["community_file", "half_month_columns", "community_named_like_street", "stocks_only_in_full_month"],
         (2026, 6, 1, 16, 40))
