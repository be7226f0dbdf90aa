"""A province named in an address path (内蒙古包头市东河区白楼社区): the community after it is that
province's, and when the registry's community of the same name lies in another province (the first
two digits of its code, GB/T 2260), the text is about another place's community, not ours.

Community names often repeat across the country (白楼社区, 建设社区), and so do roads named after
provinces (北京路, 江西路社区): a short name counts only when a city-level name follows it
(内蒙古包头市, 辽宁鞍山市), the full name (辽宁省, 北京市, 广西壮族自治区) anywhere.
"""

from __future__ import annotations

import re

from ingest.chinese_text import simplify

PROVINCES = {
    "11": ("北京", "市"), "12": ("天津", "市"), "13": ("河北", "省"), "14": ("山西", "省"),
    "15": ("内蒙古", "自治区"), "21": ("辽宁", "省"), "22": ("吉林", "省"), "23": ("黑龙江", "省"),
    "31": ("上海", "市"), "32": ("江苏", "省"), "33": ("浙江", "省"), "34": ("安徽", "省"),
    "35": ("福建", "省"), "36": ("江西", "省"), "37": ("山东", "省"), "41": ("河南", "省"),
    "42": ("湖北", "省"), "43": ("湖南", "省"), "44": ("广东", "省"), "45": ("广西", "壮族自治区"),
    "46": ("海南", "省"), "50": ("重庆", "市"), "51": ("四川", "省"), "52": ("贵州", "省"),
    "53": ("云南", "省"), "54": ("西藏", "自治区"), "61": ("陕西", "省"), "62": ("甘肃", "省"),
    "63": ("青海", "省"), "64": ("宁夏", "回族自治区"), "65": ("新疆", "维吾尔自治区"),
    "71": ("台湾", "省"), "81": ("香港", "特别行政区"), "82": ("澳门", "特别行政区"),
}
# after a short name: a city-level name (包头市, 锡林郭勒盟), not a road's or a community's words
CITY_AFTER = r"(?:(?![路街道巷社村区])[\u4e00-\u9fff]){2,4}(?:市|盟|州)"
PROVINCE_PATTERNS = {
    code: re.compile(rf"{name}(?:{suffix}|(?={CITY_AFTER}))") for code, (name, suffix) in PROVINCES.items()
}


def provinces_named(text: str) -> set[str]:
    """The two-digit codes of the provinces ``text`` names as the head of an address."""
    cleaned = simplify(text)
    return {code for code, pattern in PROVINCE_PATTERNS.items() if pattern.search(cleaned)}


def in_other_province(text: str, community_code: str) -> bool:
    """``text`` names a province, and none of those it names is the community's own."""
    named = provinces_named(text)
    return bool(named) and community_code[:2] not in named
