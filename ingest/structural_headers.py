"""The words of headers that say what a column holds when it is no indicator: 序号, the community's
name or code, the period, a report's name, the street, the indicator's name, its unit, a note, the
month's figure or the year to date. Read by ``ingest.headers.structural_kind``."""

from __future__ import annotations

# Structural columns: what the column holds when it is not an indicator.
STRUCTURAL = {
    "seq": "序号 序 编号 no 行号 排序 序列 指标编码 指标代码 项目编码 项目代码 行次 栏次",
    "community_name": "社区名称 社区 社区居委会 居委会 社区名 单位名称 填报单位 社区居委会名称 村社区 村居 社区居民委员会 名称 居民区 居民区名称 居委 居委名称 居委会名称 党组织名称 党组织 社区党组织 社区党组织名称 基层党组织 党支部 支部名称 党委名称 所属区域 所属社区 所在社区 组织名称 社区工作站 工作站",
    "community_code": "社区代码 代码 社区编码 编码 统计用区划代码 区划代码 单位代码 统一社会信用代码 社区代码12位",
    # 月: a month column headed by the one word, under 年 beside it (年 | 月 | 户数 …)
    "period": "月 月份 期间 时间 报告期 统计期 统计期间 日期 年月 月度 统计月份 填报月份 期别 所属期 季度 年度 报表期 "
              "所属月份 所属年月 报表月份 报告月份 统计年月 统计截止 统计截止日期 截止日期 数据截止",
    # 更正说明: the earlier return each row corrects, named with its period (2025年10月民生保障工作进度表)
    "report": "报表 报表名称 报表名 表名 原报表 所属报表 涉及报表 更正报表 更正的报表 原报报表",
    "street": "街道 所属街道 街道名称 街道办事处 乡镇街道 片区 所属片区 片区名称 街乡 所属街乡 街乡镇 乡镇 所属乡镇 街镇 所属街镇",
    "indicator_name": "指标 指标名称 项目 统计项目 内容 工作内容 类别 指标项 事项 工作项目 项目名称 统计指标 主要指标 工作指标 指标项目 统计内容 分类 大类 类型 填报内容 填报项目 填报事项 板块 工作板块 工作类别 "
                      # 工作 | 完成情况: a work summary, the areas of work down the side
                      "工作",
    "unit": "计量单位 单位 计量",
    # Figures of another period shown for comparison (上月数, 去年同期) are not this period's
    # data: read like a note, never loaded, never a problem.
    "note": "备注 说明 情况说明 备注说明 数据来源 资料来源 上月 上月数 上期 上期数 去年同期 上年同期 同期 同期数 去年同期数 上年同期数 "
            "去年同月 上年同月 上年同期累计 去年同期累计 同期累计 原报数 原报 原数 原填报数 更正前 调整前 修改前 "
            "主要内容 活动内容 具体内容 内容摘要 上月末 上月末数 上期末 上期末数 上年末 上年末数 年初 年初数 "
            "期初 期初数 上月底 上月底数 本期增加 本期减少 "
            # a form platform's own columns (问卷星, 腾讯问卷, 金山表单): when and how an answer came in,
            # a template's sample column
            "提交时间 提交答卷时间 答卷时间 答题时间 所用时间 答题用时 用时 来源详情 来自ip ip ip地址 填写设备 "
            "提交者 提交人 填写时长 答题时长 填写示例 示例 "
            # a platform export's system columns: a record's id, its version, when it was filed or updated
            "记录id 记录编号 组织编号 版本 版本号 填报时间 更新时间 数据更新时间 审核时间 导出时间 审核状态 审核意见 "
            # when a return was sent (报送时间 2026/1/3 beside December's figures): never the period
            "报送时间 报送日期 上报时间 上报日期 填报日期 提交日期 "
            # why a figure was corrected (更正原因：补发1人低保金1245元): words around figures, never one
            "更正原因 更正说明 调整原因 修改原因 变动原因 修订原因 修订说明 原因 "
            # how a stock changed since last month, in words (由1014人增至1032人): read only for a 见右
            "变动情况 变化情况 "
            # what a row's figure is about, in words: never a figure
            "完成情况说明 完成说明 进展情况说明 情况简述 "
            # who answers for a row's work (罗丹 13608512274): a person, never a figure
            "责任人 责任领导 经办人 "
            # how a figure was paid or handled (“一卡通”代发, 现金, 线上): words, never a figure
            "发放方式 办理方式 方式 "
            # an amount written again in capital numerals (玖仟贰佰肆拾元整) beside its figure (小写)
            "大写 金额大写 大写金额 人民币大写",
    "current_value": "本月 本月数 当月 当月数 本期 本期数 数值 数量 数据 指标值 填报数据 填报数值 完成 完成数 完成情况 填报数 值 本月完成 本月情况 合计数 应为 应为数 "
                     "本月新增 当月新增 本期新增 更正数 更正后 调整后 修改后 核实数 更正后数 调整后数 更正为 调整为 修改为 改为 "
                     # 原报 | 修订后: a revised figure (修订, to revise) beside the one first sent
                     "修订后 修订数 修订后数 修订为 "
                     "本月末 本月末数 月末 月末数 期末 期末数 本期末 本期末数 "
                     # 本月发生数 | 截至月底数: a flow's figure of the month, a stock's at its end
                     "发生数 月底数 本月底数 截至月底 截至月底数 截至月末 截至月末数 本月值 当月值 "
                     # 本月发生 | 月末实有: a flow's figure, a stock's figure on hand (实有数) at the month's end
                     "发生 实有 实有数 "
                     # 上半月 | 下半月 | 全月: the whole month's figure beside its halves (parts, see MONTH_PART)
                     "全月 全月数 全月合计 "
                     # the amount in figures (小写) beside the same in capital numerals (大写)
                     "小写 金额小写 小写金额 人民币小写",
    # 1至本月累计, 年初至本月累计: from January through the report's month — the year to date
    "cumulative_value": "本年累计 累计 年度累计 全年累计 本年累计数 累计数 截至本月 截至本月累计 本年累计值 累计值 "
                        "1至本月累计 1本月累计 1月至本月累计 年初至本月累计 年初至今累计 年初至本月 1至本月",
}
STRUCTURAL_LOOKUP = {word: kind for kind, words in STRUCTURAL.items() for word in words.split()}
