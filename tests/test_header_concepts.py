"""Header understanding by concepts: wordings no synonym lists, scored against the catalogue.

The wordings here are paraphrases a clerk might write; none is in seeds/header_synonyms.csv
(the first test checks that), so every match comes from the vocabulary and the scorer."""

from __future__ import annotations

import csv

import pytest

from ingest.header_concepts import ConceptScorer, Vocabulary, choose, is_derived_text
from ingest.headers import HeaderCatalog, normalize_header
from jiedao.settings import PROJECT_DIR

SEEDS = PROJECT_DIR / "seeds"
CATALOG = HeaderCatalog.from_seeds(SEEDS)
WORDINGS = [
    (["群众诉求", "登记"], "petitions_received"),
    (["来电来访处理完毕（件）"], "petitions_resolved"),
    (["化解邻里纠纷（起）"], "disputes_mediated"),
    (["新设岗位（个）"], "jobs_created"),
    (["公益岗位安置（个）"], "public_welfare_jobs"),
    (["上岗人数（人）"], "people_employed"),
    (["低保", "在册户数（户）"], "dibao_households"),
    (["低保", "对象（人）"], "dibao_persons"),
    (["低保", "发放资金（万元）"], "dibao_payout_yuan"),
    (["保障金（万元）"], "dibao_payout_yuan"),
    (["案件（起）"], "security_cases"), (["治安类案件"], "security_cases"), (["平安建设", "发案数"], "security_cases"),             # 保障金, 保障户, 保障人数: 低保's, said short
    (["民政", "保障户", "户"], "dibao_households"),
    (["民政", "保障人数（人）"], "dibao_persons"),
    (["探访困难老人（人）"], "people_assisted"),
    (["上门看望（人）"], "people_assisted"),   # 看望: a visit, as 走访 and 探访
    (["送出慰问品（件）"], "goods_distributed"),
    (["文艺活动（场）"], "cultural_activities"),
    (["政策讲座（次）"], "lectures_held"),
    (["巡防人员（人）"], "patrol_members"),
    (["护村队员（人）"], "patrol_members"),   # 护村队: a village's own patrol team
    (["警情（起）"], "security_cases"),
    (["义工（人次）"], "volunteer_person_times"),
    (["外来人口（人）"], "floating_population"),
    (["社工（人）"], "staff"),
    (["专职人员（人）"], "staff"),                       # 专职人员: the full-time staff of a committee
    (["办完诉求"], "petitions_resolved"),
    (["岗位拓展（个）"], "jobs_created"),
    (["接件（件）"], "petitions_received"),
    (["调解结案（起）"], "disputes_mediated"),      # 结案 concludes the mediation: one act
    (["人民调解结案（起）"], "disputes_mediated"),
    (["志愿活动（人次）"], "volunteer_person_times"),  # 活动 and 服务 are the same generic event
    (["担保贷款发放（元）"], "micro_loans_yuan"),     # 创业 narrows the loan: may be left out
    (["志愿服务", "在册志愿者（人）"], "volunteers"),   # a heading of the header's own domain costs nothing
    (["理论政策宣讲（次）"], "lectures_held"),          # unknown words narrowing the telling object
    (["办理完结（件）"], "petitions_resolved"),         # an unknown verb before the act
    (["一、就业创业", "就业岗位（个）", "其中：公益性岗位开发"], "public_welfare_jobs"),  # a clear 其中 name
    (["平安志愿者（巡逻队员）"], "patrol_members"),     # a bracket naming what the header means
    (["老人查体（人）"], "free_health_checks"),          # 查体 is 体检
    (["党员结对帮扶"], "pairings"),                       # the object it ends on is counted, not 党员
    (["65岁以上老年人体检（人）"], "free_health_checks"),  # unknown words narrowing 老年人, not the 体检
    (["慰问品（份）"], "goods_distributed"),               # goods given in 慰问: the word says both
    (["宣传活动（场）"], "lectures_held"),                 # 宣传 is a near word for 宣讲: with 活动 it is enough
    (["节日送米面油（件）"], "goods_distributed"),          # 米面油: the staples every 慰问 hands out are goods
]


def synonyms() -> set[str]:
    with open(SEEDS / "header_synonyms.csv", encoding="utf-8", newline="") as handle:
        return {normalize_header(row["header_text"]).core for row in csv.DictReader(handle)}


def test_the_wordings_are_not_synonyms():
    known = synonyms()
    assert not [levels for levels, _ in WORDINGS if "".join(normalize_header(t).core for t in levels) in known]


@pytest.mark.parametrize("levels, code", WORDINGS)
def test_wordings_are_understood(levels, code):
    found = CATALOG.match_indicator(levels)
    assert found is not None and found.indicator_code == code, CATALOG.candidates(levels)[:3]


@pytest.mark.parametrize("levels", [["联系电话"], ["备注"], ["网格员姓名"], ["服务时长（小时）"], ["其中：残疾人（人）"],
                                    ["助餐服务（人次）"],               # an unknown kind of service: not 志愿服务
                                    ["群众诉求", "其中：网格上报（件）"],  # a part of the line above, not the line
                                    ["受理数", "增减%"],                  # the change of a figure
                                    ["户籍人口（人）"], ["其中：户籍人口"],  # hukou holders: not the 常住人口
                                    ["网格事件办结（件）"], ["城运事件", "办结"],  # incidents are not 诉求 (件 of 事件 is no unit)
                                    ["平安志愿者（含巡逻队员）"],  # a bracket of parts says no more
                                    ["国家通用语言培训（期）"],  # another kind of training than 职业技能
                                    # re-employment of the unemployed: a statistic of its own, a part of 实现就业
                                    ["再就业人数"], ["下岗失业人员再就业（人）"],
                                    ["就业创业", "失业人员再就业（人）"],  # 再就业 of the unemployed: a part, not 就业
                                    ["社会救助", "特困供养（人）"],  # 特困 is its own scheme, not 困难群众 helped
                                    ["“三所联动”化解纠纷（起）"], ["司法所调解（起）"],  # another body's cases
                                    ["禁毒宣传（次）"], ["开展宣传（次）"],  # 宣传, only near 宣讲, narrowed by unknown words
                                    # 信访 is a system of its own (letters and visits), not the 诉求 of every channel
                                    ["信访接待（件次）"], ["信访事项（件）"],
                                    ["零工对接服务（人次）"],  # 零工 (gig work) services: not volunteering
                                    ["就业见习（人）"], ["就业见习", "人"],  # interns placed are not people employed
                                    # 保障 of another scheme than 低保 (its 保障金, 保障户, 保障人数 are 低保's)
                                    ["养老保障金（元）"], ["保障性住房（户）"], ["医疗保障（人）"],
                                    ["发展党员（名）"], ["党建", "发展党员（人）"],  # members admitted this month: no stock of them
                                    # criminal cases, or cases of another kind: not 治安案件 (public order)
                                    ["刑事案件（起）"], ["案（事）件", "刑事案件（起）"],
                                    # 低保边缘家庭 (低边): a scheme beside 低保, never counted in it
                                    ["低保边缘户数"], ["低保边缘家庭（户）"], ["低边人数（人）"],
                                    # rented flats visited or registered: housing work, not petitions received
                                    ["出租屋走访登记（间）"], ["出租房屋登记"], ["出租屋登记（户）"],
                                    ["人民调解员（人）"], ["人民调解宣传（次）"]])  # mediators, talks: no cases
def test_what_is_not_an_indicator_is_not_guessed(levels):
    assert CATALOG.match_indicator(levels) is None


def test_a_measure_clash_decides():
    # 户 and 人 under the same group: the measure, not the word order, picks the indicator.
    assert CATALOG.match_indicator(["低保", "人数"]).indicator_code == "dibao_persons"
    assert CATALOG.match_indicator(["低保", "户数"]).indicator_code == "dibao_households"


@pytest.mark.parametrize("text", ["办结率", "公益岗位占比(%)", "人均救助金额", "千人志愿者数", "比例", "同比增减", "环比"])
def test_rates_and_shares_are_derived(text):
    assert is_derived_text(normalize_header(text).core) or normalize_header(text).is_percent
    assert CATALOG.is_derived([text])
    assert CATALOG.match_indicator([text]) is None


def test_choose_needs_a_clear_lead():
    vocabulary = Vocabulary.from_seeds(SEEDS)
    scorer = ConceptScorer(vocabulary, [("a_received", "诉求受理数", "件"), ("b_resolved", "诉求办结数", "件")])
    assert choose(scorer.candidates("受理诉求")).indicator_code == "a_received"
    assert choose(scorer.candidates("诉求")) is None  # both explain it equally: no guess


def test_vocabulary_matches_longest_word_first():
    vocabulary = Vocabulary.from_seeds(SEEDS)
    assert [c.name for c in vocabulary.concepts("社区工作人员")] == ["staff"]
    assert [c.name for c in vocabulary.concepts("志愿服务人次")] == ["volunteer", "activity", "person_times"]


def test_an_act_the_indicator_does_not_name_weakens_a_rival():
    # 排查 (screening) is not 调解: under one heading the 调解 column is the clearer reading.
    screened = CATALOG.match_indicator(["二、矛盾纠纷排查化解", "排查纠纷（起）"])
    mediated = CATALOG.match_indicator(["二、矛盾纠纷排查化解", "调解成功（起）"])
    assert mediated.indicator_code == "disputes_mediated" and screened.score < mediated.score


def test_an_object_before_the_counted_one_only_narrows_it():
    # 老人残疾人体检 counts health checks (of the elderly and disabled), not people assisted.
    assert CATALOG.match_indicator(["老人残疾人体检（人）"]).indicator_code == "free_health_checks"


def test_a_near_word_reads_weaker_than_the_catalogues_own() -> None:
    """实有人口 is the resident population when nothing else says it, but 常住人口 beside it wins."""
    near, own = CATALOG.match_indicator(["实有人口（人）"]), CATALOG.match_indicator(["常住人口"])
    assert near.indicator_code == own.indicator_code == "residents"
    assert near.score < own.score


@pytest.mark.parametrize("levels, code", [
    (["其中：来沪人员（人）"], "floating_population"),   # people counted in 人: a population
    (["来筑人员"], "floating_population"),              # 筑 is 贵阳, as 沪 is 上海: people come to the city
    (["外来人员"], "floating_population"),
    (["党的建设", "社区党员（名）"], "party_members"),    # 名 counts people
])
def test_people_counted_in_persons(levels, code):
    assert CATALOG.match_indicator(levels).indicator_code == code


def test_a_narrower_wording_loses_to_the_plain_one() -> None:
    narrower = CATALOG.match_indicator(["党的建设", "在职党员回社区报到（人）"])
    plain = CATALOG.match_indicator(["党的建设", "社区党员（名）"])
    assert narrower is None or narrower.score < plain.score
    assert CATALOG.match_indicator(["人户分离（人）"]) is None
    assert CATALOG.match_indicator(["参与居民（人次）"]) is None


@pytest.mark.parametrize("levels, code", [
    (["矛盾纠纷办结量"], "disputes_mediated"),   # a dispute settled was mediated
    (["纠纷办结（起）"], "disputes_mediated"),
    (["诉求办结（件）"], "petitions_resolved"),
    (["矛盾纠纷派单量"], None),                  # a dispute dispatched is no mediation
])
def test_an_act_another_implies(levels, code):
    found = CATALOG.match_indicator(levels)
    assert (found.indicator_code if found else None) == code


def test_people_visited_counted_per_visit_are_the_people_helped() -> None:
    """走访慰问困难群众（人次）: no indicator counts visits to the needy, so 人次 is a near measure of
    帮扶困难群众人数; 志愿者 in 人次 is still 志愿服务人次's, which counts volunteering in 人次."""
    assert CATALOG.match_indicator(["走访慰问困难群众（人次）"]).indicator_code == "people_assisted"
    assert CATALOG.match_indicator(["在册志愿者（人次）"]).indicator_code == "volunteer_person_times"


@pytest.mark.parametrize("levels, code", [
    (["党员结对帮扶困难群众"], "pairings"),        # 结对 pairs its two sides: the pairs are counted
    (["结对帮扶困难群众"], "pairings"),
    (["结对帮扶困难群众（人）"], "people_assisted"),  # the measure says the people are
    (["帮扶困难群众"], "people_assisted"),
])
def test_a_pairing_counts_the_pairs_unless_a_measure_says_otherwise(levels, code):
    found = CATALOG.match_indicator(levels)
    assert (found.indicator_code if found else None) == code


@pytest.mark.parametrize("levels, code", [(["享受低保（户）"], "dibao_households"), (["享受低保（人头）"], "dibao_persons")])
def test_a_headcount_said_as_rentou_is_counted_in_persons(levels: list[str], code: str) -> None:
    """享受低保（人头） beside 享受低保（户）: 人头 is the spoken headcount, the persons — not the households."""
    found = CATALOG.match_indicator(levels)
    assert found is not None and found.indicator_code == code
