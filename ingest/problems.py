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
parse_timeout               error     parsing took longer than ``file_timeout_seconds``
parse_failed                error     any other failure while reading the file
no_table                    warning   a sheet with cells but no recognizable table
unreadable_value            error     a value cell that is not a number (l60, xx, #DIV/0!)
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
summary_sheet               info      a pivot-style summary repeating other sheets; not loaded again
==========================  ========  ==============================================
"""

from __future__ import annotations

from dataclasses import dataclass

PROBLEM_TEMPLATES: dict[str, tuple[str, str]] = {
    "file_too_large": ("error", "文件大小 {detail} 超过上限，未解析"),
    "zip_bomb": ("error", "压缩内容声明的解压大小异常（{detail}），疑似压缩炸弹，未解析"),
    "xml_bomb": ("error", "工作簿内部 XML 含有 DOCTYPE/ENTITY 声明（{detail}），疑似 XML 炸弹或外部实体攻击，未解析"),
    "not_a_spreadsheet": ("error", "文件内容不是表格（{detail}），未解析"),
    "unsupported_type": ("error", "不支持的文件类型「{detail}」，未解析"),
    "corrupt_file": ("error", "文件已损坏或不完整（{detail}），未解析"),
    "password_protected": ("error", "文件设有密码保护，无法读取"),
    "unknown_encoding": ("error", "无法识别文本文件的编码，未解析"),
    "parse_timeout": ("error", "解析超时（超过 {detail} 秒），已停止"),
    "parse_failed": ("error", "解析失败：{detail}"),
    "no_table": ("warning", "未找到可识别的数据表"),
    "unreadable_value": ("error", "无法识别的数值「{raw}」"),
    "unknown_header": ("error", "无法识别的表头「{raw}」，该列未导入{detail}；请在“映射审核”中确认其含义"),
    "unknown_indicator": ("error", "无法识别的指标「{raw}」，该行未导入{detail}；请在“映射审核”中确认其含义"),
    "unknown_community": ("error", "无法匹配的社区「{raw}」，最接近的登记名称：{detail}"),
    "ambiguous_community": ("error", "社区名称「{raw}」对应多个登记社区：{detail}"),
    "no_community": ("error", "无法确定该表所属社区，表中数值未导入"),
    "no_period": ("error", "无法确定该表的统计期间，表中数值未导入"),
    "unknown_period": ("error", "无法识别的统计期间「{raw}」，该行未导入"),
    "total_mismatch": ("warning", "合计「{raw}」与上方各行之和 {detail} 不一致"),
    "duplicate_value": ("warning", "同一文件中重复填报「{raw}」（{detail}）"),
    "conflicting_value": ("warning", "与同批次较新文件的数值不一致（{detail}），以较新文件为准"),
    "orphan_value": ("warning", "表格以外的数值「{raw}」，未导入"),
    "no_data": ("error", "工作簿中没有可导入的数据表（{detail}），已拒收"),
    "hidden_sheet": ("info", "隐藏的工作表，视为草稿，其中数值未导入"),
    "summary_sheet": ("info", "数据透视汇总表（{raw}），与明细重复，未重复导入"),
}


@dataclass(frozen=True)
class Problem:
    """One problem; ``sheet`` and ``cell_ref`` are empty for file-level problems."""

    problem_code: str
    sheet: str = ""
    cell_ref: str = ""
    raw_text: str = ""
    detail: str = ""

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
