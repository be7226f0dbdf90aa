"""The header texts clerks write, per layout (with the group cell above and the unit each
implies), and which street writes which variant."""

from __future__ import annotations

from jiedao.demo.model import DemoHeader

# Street summaries (a): 和平/新城 write the long form, 杜别克 the short one.
SUMMARY_HEADERS_LONG = (
    DemoHeader("民情诉求", "受理诉求(件)", "petitions_received"),
    DemoHeader("民情诉求", "已办结(件)", "petitions_resolved"),
    DemoHeader("", "矛盾纠纷调解(起)", "disputes_mediated"),
    DemoHeader("就业", "新增就业岗位(个)", "jobs_created"),
    DemoHeader("就业", "其中：公益性岗位(个)", "public_welfare_jobs"),
    DemoHeader("就业", "实现就业(人)", "people_employed"),
    DemoHeader("", "零就业家庭(户)", "zero_employment_households"),
    DemoHeader("", "创业担保贷款(万元)", "micro_loans_yuan", 10000.0),
    DemoHeader("", "技能培训(场次)", "training_sessions"),
)
SUMMARY_HEADERS_SHORT = (
    DemoHeader("民情诉求", "受理数", "petitions_received"),
    DemoHeader("民情诉求", "办结数", "petitions_resolved"),
    DemoHeader("", "调解纠纷(起)", "disputes_mediated"),
    DemoHeader("就业", "新增岗位", "jobs_created"),
    DemoHeader("就业", "其中：公益性岗位", "public_welfare_jobs"),
    DemoHeader("就业", "实现就业", "people_employed"),
    DemoHeader("", "零就业家庭户数", "zero_employment_households"),
    DemoHeader("", "创业担保贷款金额(万元)", "micro_loans_yuan", 10000.0),
    DemoHeader("", "职业技能培训(场)", "training_sessions"),
)
# Community ledgers (b): indicators as row labels.
LEDGER_ROWS = (
    DemoHeader("", "低保户数(户)", "dibao_households"),
    DemoHeader("", "低保人数(人)", "dibao_persons"),
    DemoHeader("", "低保金(万元)", "dibao_payout_yuan", 10000.0),
    DemoHeader("", "免费健康体检(人)", "free_health_checks"),
    DemoHeader("", "帮扶困难群众(人)", "people_assisted"),
    DemoHeader("", "发放慰问物资(件)", "goods_distributed"),
    DemoHeader("", "文化活动(场)", "cultural_activities"),
    DemoHeader("", "宣讲活动(次)", "lectures_held"),
)
# GBK CSV (c), keyed by code.
CSV_HEADERS = (
    DemoHeader("", "常住人口(人)", "residents"),
    DemoHeader("", "户数(户)", "households"),
    DemoHeader("", "流动人口(人)", "floating_population"),
    DemoHeader("", "社区工作者(人)", "staff"),
    DemoHeader("", "巡逻队员(人)", "patrol_members"),
    DemoHeader("", "平安信息员(人)", "informants"),
    DemoHeader("", "治安案件(起)", "security_cases"),
)
# Month sheets (d): 2024 monthly only; 2025 本月 + 本年累计; 新城街道 2025 only 本年累计.
MONTH_SHEET_HEADERS_2024 = (
    DemoHeader("", "注册志愿者(人)", "volunteers"),
    DemoHeader("", "志愿服务(人次)", "volunteer_person_times"),
    DemoHeader("", "党员人数(人)", "party_members"),
    DemoHeader("", "结对帮扶(对)", "pairings"),
)
MONTH_SHEET_HEADERS_2025 = (
    DemoHeader("", "注册志愿者(人)", "volunteers"),
    DemoHeader("志愿服务人次", "本月", "volunteer_person_times"),
    DemoHeader("志愿服务人次", "本年累计", "volunteer_person_times", is_cumulative=True),
    DemoHeader("", "党员人数(人)", "party_members"),
    DemoHeader("", "结对帮扶(对)", "pairings"),
)
MONTH_SHEET_HEADERS_CUMULATIVE_ONLY = (
    DemoHeader("", "注册志愿者(人)", "volunteers"),
    DemoHeader("", "志愿服务人次(本年累计)", "volunteer_person_times", is_cumulative=True),
    DemoHeader("", "党员人数(人)", "party_members"),
    DemoHeader("", "结对帮扶(对)", "pairings"),
)

# Every header text the demo writes, for the loader's synonyms seed (header_synonyms.csv).
DEMO_HEADERS: tuple[DemoHeader, ...] = tuple(dict.fromkeys(
    SUMMARY_HEADERS_LONG + SUMMARY_HEADERS_SHORT + LEDGER_ROWS + CSV_HEADERS
    + MONTH_SHEET_HEADERS_2024 + MONTH_SHEET_HEADERS_2025 + MONTH_SHEET_HEADERS_CUMULATIVE_ONLY
))
# Label columns (not indicators) the demo writes.
DEMO_LABEL_TEXTS = ("序号", "社区名称", "社区", "项目", "社区代码", "月份", "合计")

# Which street writes which variant.
SHORT_HEADER_STREETS = {"654201002"}      # 杜别克街道 writes the short headers
CUMULATIVE_ONLY_STREET_YEARS = {("654201003", 2025)}
