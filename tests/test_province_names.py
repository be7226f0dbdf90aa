from ingest.province_names import in_other_province, provinces_named


def test_a_province_heading_an_address_is_named() -> None:
    assert provinces_named("内蒙古包头市东河区白楼社区2025年12月工作月报") == {"15"}
    assert provinces_named("辽宁省鞍山市铁东区") == {"21"}
    assert provinces_named("广西壮族自治区南宁市") == {"45"}
    assert provinces_named("北京市朝阳区潘家园街道") == {"11"}


def test_roads_named_after_provinces_name_no_province() -> None:
    """北京路, 江西路社区, 上海路: a road's name, not an address's head."""
    for text in ("北京路街道城市社区", "江西路社区", "上海路社区2025年3月", "海南区", "吉林市船营区"):
        assert provinces_named(text) == set(), text


def test_only_another_province_makes_the_community_anothers() -> None:
    assert in_other_province("内蒙古包头市东河区白楼社区", "210302015001")
    assert not in_other_province("辽宁省鞍山市铁东区白楼社区", "210302015001")
    assert not in_other_province("白楼社区2025年12月工作月报", "210302015001")
