"""Problems found while loading: a fixed list of codes, each with a Chinese message template.

Every problem names the file, and where it has one the sheet and the A1 cell, so a street
clerk can open the file and find it. The codes (``problem_code``) are:

==========================  ========  ==============================================
code                        severity  meaning
==========================  ========  ==============================================
file_too_large              error     over ``Settings.max_file_bytes``; not opened
zip_bomb                    error     a zip entry declares an absurd uncompressed size
xml_bomb                    error     an XML part of an xlsx/ods declares a DTD (billion laughs, XXE)
not_a_spreadsheet           error     the content is not what the name says (.docx renamed)
unsupported_type            error     a file type jiedao does not read (.pdf, .png …)
corrupt_file                error     truncated or damaged workbook
password_protected          error     encrypted workbook
unknown_encoding            error     a text file in no encoding jiedao detects
damaged_bytes               warning   a text file with a few bytes its encoding cannot read (lines named)
bad_file_name               error     a file or folder name that is not valid UTF-8 (GBK from a Windows zip); not read
hidden_file                 info      a hidden file or folder (name starting with "."); not read
office_lock_file            info      an Office/WPS lock file (~$x.xlsx); not read
special_file                warning   a FIFO, socket or device in the inbox; never opened
symlink_skipped             warning   a symbolic link inside a folder; never followed
unreadable_path             error     a folder or file the system would not open (permissions)
parse_timeout               error     parsing took longer than ``file_timeout_seconds``
parse_failed                error     any other failure while reading the file
no_table                    warning   a sheet with cells but no recognizable table
unreadable_value            error     a value cell that is not a number (l60, xx, #DIV/0!)
formula_no_result           error     a formula cell with no saved result (never calculated in Excel/WPS)
negative_value              error     a negative count or amount (every catalogue indicator counts something)
unknown_header              error     a column header matching no indicator
unknown_indicator           error     a row label (indicators as rows) matching no indicator
unknown_community           error     a community name or code not in the registry
ambiguous_community         error     a name that fits several registry communities
no_community                error     a table whose community cannot be determined
no_period                   error     a table or row whose period cannot be determined
unknown_period              error     a period cell that cannot be read
total_mismatch              warning   a 合计/小计 row differs from the sum of the rows above
duplicate_value             warning   the same community/period/indicator twice in one file
conflicting_value           warning   two files of one batch disagree; the newer file wins
orphan_value                warning   a number outside any table; not loaded
no_data                     error     a workbook with no table and no value at all; rejected
hidden_sheet                info      a hidden sheet (scratch work); read as labels, not loaded
superseded_in_file          info      a value a later 更正 row of the same file replaces; not loaded
hidden_column               info      a hidden xlsx column (last month's figures); read as labels, not loaded
hidden_row                  info      a hidden row (a clerk's first figures, a filtered-out record); read as labels, not loaded
void_row                    info      a row its own note cancels (作废（错行），见第11行); read as labels, not loaded
more_problems               error     more problems of one kind in one column than are listed one by one
summary_sheet               info      a pivot-style summary repeating other sheets; not loaded again
contents_sheet              info      a contents sheet (目录) listing the tables on the other sheets; read as labels
code_legend_sheet           info      a legend sheet (指标字典) naming the codes other sheets use; read as labels
community_legend_sheet      info      a legend sheet (代码对照) naming the communities other sheets code; read as labels
day_cycle                   info      a month of days across two months (9月26日—10月25日): loaded under its month, noted
==========================  ========  ==============================================
"""

from __future__ import annotations

from dataclasses import dataclass, replace

PROBLEM_TEMPLATES: dict[str, tuple[str, str]] = {
    "file_too_large": ("error", "文件大小 {detail} 超过上限，未解析"),
    "zip_bomb": ("error", "压缩内容声明的解压大小异常（{detail}），疑似压缩炸弹，未解析"),
    "xml_bomb": ("error", "工作簿内部 XML 含有 DOCTYPE/ENTITY 声明（{detail}），疑似 XML 炸弹或外部实体攻击，未解析"),
    "not_a_spreadsheet": ("error", "文件内容不是表格（{detail}），未解析"),
    "unsupported_type": ("error", "不支持的文件类型「{detail}」，未解析"),
    "corrupt_file": ("error", "文件已损坏或不完整（{detail}），未解析"),
    "password_protected": ("error", "文件设有密码保护，无法读取"),
    "unknown_encoding": ("error", "无法识别文本文件的编码，未解析"),
    "damaged_bytes": ("warning", "按 {raw} 读取时，第 {detail} 行有无法识别的字节（已显示为 �），这些行的数值请核对"),
    # the inbox walk (ingest/inbox.py): entries not read, reported with the batch, never stored
    "bad_file_name": ("error", "{raw}名不是有效的 UTF-8 编码（多见于 Windows 压缩包在 Linux 上解压）{detail}；"
                               "未读取，请改名后重新导入"),
    "hidden_file": ("info", "隐藏{raw}（名称以「.」开头），未读取"),
    "office_lock_file": ("info", "Office/WPS 打开文件时留下的临时锁定文件（~$），未读取"),
    "special_file": ("warning", "不是普通文件（{detail}），未读取"),
    "symlink_skipped": ("warning", "符号链接，未跟随{detail}"),
    "unreadable_path": ("error", "无法打开（{detail}），未读取"),
    "parse_timeout": ("error", "解析超时（超过 {detail} 秒），已停止"),
    "parse_failed": ("error", "解析失败：{detail}"),
    "no_table": ("warning", "未找到可识别的数据表"),
    "unreadable_value": ("error", "无法识别的数值「{raw}」"),
    "formula_no_result": ("error", "公式「{raw}」没有保存计算结果（文件由程序生成、未经 Excel/WPS 计算），未导入；"
                                   "请用 Excel 或 WPS 打开、保存后重新上传"),
    "negative_value": ("error", "数值「{raw}」为负数；各项指标都是件数、人数或金额，不能为负，未导入"),
    "unknown_header": ("error", "无法识别的表头「{raw}」，该列未导入{detail}；请在“映射审核”中确认其含义"),
    "unknown_indicator": ("error", "无法识别的指标「{raw}」，该行未导入{detail}；请在“映射审核”中确认其含义"),
    "unknown_community": ("error", "无法匹配的社区「{raw}」，最接近的登记名称：{detail}"),
    "ambiguous_community": ("error", "社区名称「{raw}」对应多个登记社区：{detail}"),
    "no_community": ("error", "无法确定该表所属社区{detail}，表中数值未导入"),
    "no_period": ("error", "无法确定该表的统计期间，表中数值未导入"),
    "unknown_period": ("error", "无法识别的统计期间「{raw}」，该行未导入"),
    "total_mismatch": ("warning", "合计「{raw}」与上方各行之和 {detail} 不一致"),
    "duplicate_value": ("warning", "同一文件中重复填报「{raw}」（{detail}）"),
    "conflicting_value": ("warning", "与同批次较新文件的数值不一致（{detail}），以较新文件为准"),
    "shared_merged_value": ("error", "数值「{raw}」的单元格向下合并了（{detail}）几行，是这几个社区合并填报的数，"
                            "不能算作其中任何一个社区的，未导入；请分别填报"),
    "orphan_value": ("warning", "表格以外的数值「{raw}」，未导入"),
    "no_data": ("error", "工作簿中没有可导入的数据表（{detail}），已拒收"),
    "more_problems": ("error", "本列另有 {detail}「{raw}」，未逐一列出（同类问题每列只列前 20 处）；改正后请重新上传"),
    "hidden_sheet": ("info", "隐藏的工作表，视为草稿，其中数值未导入"),
    "superseded_in_file": ("info", "「{raw}」已被同一文件第 {detail} 行的更正取代，未导入"),
    "hidden_column": ("info", "隐藏的列（表头「{raw}」），Excel 中看不到，其中数值未导入"),
    "hidden_row": ("info", "隐藏的行（「{raw}」），表格中看不到，其中数值未导入"),
    "void_row": ("info", "此行注明「{raw}」，整行作废，其中数值未导入"),
    "summary_sheet": ("info", "数据透视汇总表（{raw}），与明细重复，未重复导入"),
    "contents_sheet": ("info", "目录页，列出各分表，本身不含数据，未导入"),
    "code_legend_sheet": ("info", "指标代码对照表（{raw}），用来解读其他工作表中的代码，本身不含数据，未导入"),
    "community_legend_sheet": ("info", "社区代码对照表（{raw}），用来解读其他工作表中的社区代码，本身不含数据，未导入"),
    "rounded_amount": ("error", "「{raw}」列的金额以万元等大单位填报并注明「{detail}」，折算为元后末几位无法确定，该列未导入；"
                                "请核对原始金额（以元为单位）后补录"),
    "day_cycle": ("info", "统计周期「{raw}」跨两个自然月，数值按 {detail} 导入；如需按自然月统计请核对"),
}


# What a kind of cell problem is called when many of one kind are counted together (more_problems).
PROBLEM_NAMES: dict[str, str] = {
    "unreadable_value": "无法识别的数值", "formula_no_result": "没有计算结果的公式", "negative_value": "负数",
    "unknown_community": "无法匹配的社区", "ambiguous_community": "对应多个社区的名称",
    "unknown_period": "无法识别的统计期间", "unknown_indicator": "无法识别的指标", "unknown_header": "无法识别的表头",
    "total_mismatch": "与合计不一致", "duplicate_value": "重复填报", "orphan_value": "表格以外的数值",
    "no_community": "缺少社区的行", "no_period": "缺少统计期间的行",
    "conflicting_value": "与同批次较新文件不一致的数值",
}


@dataclass(frozen=True)
class Problem:
    """One problem; ``sheet`` and ``cell_ref`` are empty for file-level problems."""

    problem_code: str
    sheet: str = ""
    cell_ref: str = ""
    raw_text: str = ""
    detail: str = ""
    elsewhere: tuple[str, ...] = ()  # where else in the file the same decision stands (a few named)
    elsewhere_count: int = 0         # how many such places in all

    @property
    def severity(self) -> str:
        return PROBLEM_TEMPLATES[self.problem_code][0]

    def message(self, file_name: str) -> str:
        body = PROBLEM_TEMPLATES[self.problem_code][1].format(raw=self.raw_text, detail=self.detail)
        where = f"文件「{file_name}」"
        if self.sheet:
            where += f"工作表「{self.sheet}」"
        if self.cell_ref:
            where += f"单元格 {self.cell_ref}"
        return f"{where}：{body}"


# one decision, however many sheets, rows or columns repeat the text
ONCE_PER_FILE = frozenset({"unknown_header", "unknown_indicator", "unknown_community", "ambiguous_community"})


def once_per_text(problems: list[Problem]) -> list[Problem]:
    """The same unknown header, row label or community name again in one file (on each sheet of a
    workbook of one sheet per community, on each month's row of a long table) is one decision:
    listed once, naming where else it stands. A sheet has already folded its own repeats into
    ``elsewhere`` (a million rows of one unknown name are one problem from the start)."""
    first: dict[tuple[str, str], int] = {}
    kept: list[Problem] = []
    for problem in problems:
        key = (problem.problem_code, problem.raw_text.strip())
        if problem.problem_code in ONCE_PER_FILE and key[1] and key in first:
            head = kept[first[key]]
            here = problem.cell_ref if problem.sheet == head.sheet else f"工作表「{problem.sheet}」"
            kept[first[key]] = replace(head, elsewhere=(*head.elsewhere, here, *problem.elsewhere),
                                       elsewhere_count=head.elsewhere_count + 1 + problem.elsewhere_count)
            continue
        first.setdefault(key, len(kept))
        kept.append(problem)
    return [_said_elsewhere(problem) if problem.elsewhere_count else problem for problem in kept]


def _said_elsewhere(problem: Problem) -> Problem:
    names = list(dict.fromkeys(problem.elsewhere))
    shown = "、".join(names[:5]) + ("等" if len(names) > 5 or problem.elsewhere_count > len(problem.elsewhere) else "")
    return replace(problem, detail=f"{problem.detail}，另有 {problem.elsewhere_count} 处相同（{shown}）",
                   elsewhere=(), elsewhere_count=0)
