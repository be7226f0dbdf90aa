"""上月 written after the indicator, glued to it (岗位本月 | 岗位上月 | 贷款上月(元)): a ledger's way of
pairing this month's figure with last month's under one short name. 本月 after the name reads as the
name already; 上月 after it is last month's figure — never this month's value, nor a rival of 本月's
column that leaves both unread."""

from __future__ import annotations

import re

# 岗位上月, 贷款上月: last month's figure beside this month's (no 较/比/与/截至 before it: a comparison
# or a figure to date, said elsewhere)
GLUED_LAST_MONTH = re.compile(r"^(?![与较比环])(?!截至|截止)[\u4e00-\u9fff]{2,}上月$")
