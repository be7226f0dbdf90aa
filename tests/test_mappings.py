"""The mapping review (jiedao/mappings.py, ingest/decisions.py): what the loaders were unsure of
appears once, a person decides once, the waiting files are read again, and later files with the
same text load without asking."""

from __future__ import annotations

import duckdb
import pytest

from jiedao import mappings
from jiedao.audit import read_events
from jiedao.cli import main
from jiedao.ingestion import ingest_paths
from jiedao.settings import Settings
from tests.sheets import write_xlsx

UNKNOWN = "楼道堆物清理次数"   # no word of the vocabulary: the loaders cannot place it
WHO = {"username": "admin", "role": "admin", "scope_code": "654201"}


def march(path, header=UNKNOWN, community="商业街社区", beside="民情诉求受理数"):
    return write_xlsx(path, {"2025年3月": [
        ["和平街道2025年3月社区工作情况"],
        ["社区", beside, header],
        ["建设街社区", 12, 7],
        [community, 9, 3],
    ]})


def values(settings: Settings, indicator: str) -> list[tuple]:
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        return con.execute("select community_code, period, value from observations where indicator_code = ? "
                           "order by community_code, period", [indicator]).fetchall()


def problems(settings: Settings) -> list[tuple]:
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        return con.execute("select file_name, problem_code, raw_text from problems order by all").fetchall()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(home=tmp_path / "home")


def test_an_unknown_header_is_one_item_with_its_samples_and_candidates(settings, tmp_path):
    march(tmp_path / "a.xlsx")
    march(tmp_path / "b.xlsx", header=f" {UNKNOWN}（次）")   # written another way: a unit, a space
    ingest_paths(settings, [tmp_path / "a.xlsx", tmp_path / "b.xlsx"])
    queue = mappings.review_queue(settings)
    assert len(queue) == 1
    item = queue[0]
    assert item.kind == "header" and item.cells == 2 and set(item.files) == {"a.xlsx", "b.xlsx"}
    assert item.samples == ("7", "3")
    assert "a.xlsx" in item.first_seen and "C2" in item.first_seen


def test_a_confirmed_header_loads_the_waiting_file_and_the_next_one(settings, tmp_path):
    waiting = march(tmp_path / "inbox" / "a.xlsx")
    ingest_paths(settings, [waiting])
    assert values(settings, "lectures_held") == []
    (item,) = mappings.review_queue(settings)
    applied = mappings.decide(settings, item.kind, item.text, "lectures_held", **WHO)
    assert applied.reread == ("a.xlsx",) and applied.missing == ()
    assert values(settings, "lectures_held") == [("654201001001", "2025-03", 7.0), ("654201001003", "2025-03", 3.0)]
    assert problems(settings) == []
    # Read again, not loaded twice: the other column's values are there once.
    assert len(values(settings, "petitions_received")) == 2
    later = write_xlsx(tmp_path / "april.xlsx", {"2025年4月": [["社区", UNKNOWN], ["建设街社区", 5]]})
    report = ingest_paths(settings, [later])
    assert report.problems == 0 and ("654201001001", "2025-04", 5.0) in values(settings, "lectures_held")
    assert mappings.review_queue(settings) == []


def test_a_header_decided_as_not_data_is_a_label_without_a_problem(settings, tmp_path):
    ingest_paths(settings, [march(tmp_path / "a.xlsx", header="备用栏")])
    (item,) = mappings.review_queue(settings)
    mappings.decide(settings, item.kind, item.text, mappings.NOT_DATA, **WHO)
    assert problems(settings) == []
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        roles = con.execute("select role from cells where col_index = 2 and row_index > 0").fetchall()
    assert roles and {role for (role,) in roles} == {"label"}


def test_a_confirmed_community_name_is_an_alias_from_then_on(settings, tmp_path):
    ingest_paths(settings, [march(tmp_path / "a.xlsx", header="宣讲活动次数", community="商贸居委")])
    (item,) = mappings.review_queue(settings)
    assert item.kind == "community" and item.options
    mappings.decide(settings, "community", item.text, "654201001003", **WHO)
    assert ("654201001003", "2025-03", 3.0) in values(settings, "lectures_held")
    assert mappings.review_queue(settings) == []


def test_a_target_outside_the_catalogue_or_registry_is_refused_in_chinese(settings, tmp_path):
    ingest_paths(settings, [march(tmp_path / "a.xlsx")])
    with pytest.raises(mappings.MappingError, match="指标目录"):
        mappings.decide(settings, "header", UNKNOWN, "petition_resolution_rate", **WHO)   # derived
    with pytest.raises(mappings.MappingError, match="区划名录"):
        mappings.decide(settings, "community", "商贸居委", "110101001001", **WHO)
    assert not settings.mappings_file.exists()


def test_a_decision_is_audited_and_a_moved_file_is_named_not_lost(settings, tmp_path):
    waiting = march(tmp_path / "a.xlsx")
    ingest_paths(settings, [waiting])
    waiting.unlink()
    applied = mappings.decide(settings, "header", UNKNOWN, "lectures_held", note="楼道清理算宣讲", **WHO)
    assert applied.reread == () and applied.missing == ("a.xlsx",)
    (event,) = [event for event in read_events(settings) if event.action == "mapping"]
    assert event.username == "admin" and event.detail["target"] == "lectures_held"
    assert event.detail["missing"] == ["a.xlsx"]


def test_decisions_travel_to_another_home(settings, tmp_path):
    ingest_paths(settings, [march(tmp_path / "a.xlsx")])
    mappings.decide(settings, "header", UNKNOWN, "lectures_held", **WHO)
    mappings.decide(settings, "community", "商贸居委", "654201001003", **WHO)
    exported = tmp_path / "decisions.csv"
    assert mappings.export_decisions(settings, exported) == 2
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf")   # opens cleanly in Excel
    other = Settings(home=tmp_path / "other")
    ingest_paths(other, [march(tmp_path / "b.xlsx", community="商贸居委")])
    with open(exported, "a", encoding="utf-8") as handle:
        handle.write("community,某某社区,999999999999,x,2025-01-01,\n")
    applied, refused = mappings.import_decisions(other, exported, **WHO)
    assert len(refused) == 1 and "999999999999" in refused[0]
    assert set(applied.reread) == {"b.xlsx"}
    assert problems(other) == []


def test_the_command_lists_confirms_and_exports(settings, tmp_path, capsys):
    home = str(settings.home)
    ingest_paths(settings, [march(tmp_path / "a.xlsx")])
    assert main(["--home", home, "mappings"]) == 0
    listed = capsys.readouterr().out
    assert UNKNOWN in listed and "样例值：7、3" in listed
    (item,) = mappings.review_queue(settings)
    assert main(["--home", home, "mappings", "confirm", "nope", "--to", "lectures_held"]) == 2
    assert main(["--home", home, "mappings", "confirm", item.item_id, "--to", "lectures_held"]) == 0
    assert "重新读取 1 个文件" in capsys.readouterr().out
    assert main(["--home", home, "mappings", "decided"]) == 0
    assert f"header\t{UNKNOWN}\tlectures_held" in capsys.readouterr().out
    assert main(["--home", home, "mappings", "export", str(tmp_path / "out.csv")]) == 0
    assert (tmp_path / "out.csv").exists()


def test_a_table_whose_only_figure_is_unknown_waits_for_review_instead_of_being_rejected(settings, tmp_path):
    report = ingest_paths(settings, [write_xlsx(tmp_path / "new.xlsx", {"2025年3月": [
        ["社区", UNKNOWN], ["建设街社区", 7], ["商业街社区", 3]]})])
    (file_report,) = report.file_reports
    assert file_report.status == "partial"
    assert problems(settings) == [("new.xlsx", "unknown_header", UNKNOWN)]
    (item,) = mappings.review_queue(settings)
    assert item.samples == ("7", "3")
    mappings.decide(settings, item.kind, item.text, "lectures_held", **WHO)
    assert values(settings, "lectures_held") == [("654201001001", "2025-03", 7.0), ("654201001003", "2025-03", 3.0)]


def test_the_message_names_the_nearest_indicators_and_where_to_decide(settings, tmp_path):
    # two close readings, and no column beside it that takes one of them (受理数 would: see
    # tests/test_layout.py, a tie settled by elimination)
    ingest_paths(settings, [march(tmp_path / "a.xlsx", header="热线工单（件）", beside="党员人数")])
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        (message,) = con.execute("select message from problems where problem_code = 'unknown_header'").fetchone()
    assert "最接近的指标：" in message and "民情诉求办结数" in message and "映射审核" in message


def test_a_decision_for_one_senders_layout_holds_for_that_sender_only(settings, tmp_path):
    """「人数」 may mean one thing in 和平街道's layout and another elsewhere: decided for 和平街道
    (654201001), it loads that street's files; another street's file with it still waits."""
    heping = march(tmp_path / "inbox" / "和平.xlsx")
    other = write_xlsx(tmp_path / "inbox" / "杜别克.xlsx", {"2025年3月": [
        ["杜别克街道2025年3月社区工作情况"], ["社区", UNKNOWN], ["公园街社区", 4], ["花园街社区", 2]]})
    ingest_paths(settings, [heping, other])
    (item,) = mappings.review_queue(settings)
    with pytest.raises(mappings.MappingError, match="没有街道或社区代码「999」"):
        mappings.decide(settings, item.kind, item.text, "lectures_held", only_for="999", **WHO)
    mappings.decide(settings, item.kind, item.text, "lectures_held", only_for="654201001", **WHO)
    assert values(settings, "lectures_held") == [("654201001001", "2025-03", 7.0), ("654201001003", "2025-03", 3.0)]
    assert [row[:2] for row in problems(settings)] == [("杜别克.xlsx", "unknown_header")]
    (still,) = mappings.review_queue(settings)
    assert still.files == ("杜别克.xlsx",)
    assert mappings.decisions_table(settings)["scope"].tolist() == ["654201001"]
    later = write_xlsx(tmp_path / "和平4月.xlsx", {"2025年4月": [["和平街道2025年4月"], ["社区", UNKNOWN], ["建设街社区", 5]]})
    assert ingest_paths(settings, [later]).problems == 0


def test_a_name_matched_only_nearly_is_loaded_and_asked_once_to_confirm(settings, tmp_path):
    """商叶街社区 is one character off 商业街社区 (叶 and 业 read alike): its values load there at once, and the review
    asks once whether that is right; confirmed, it is an alias and is not asked again."""
    ingest_paths(settings, [march(tmp_path / "a.xlsx", header="宣讲活动次数", community="商叶街社区")])
    assert ("654201001003", "2025-03", 3.0) in values(settings, "lectures_held")
    (item,) = mappings.review_queue(settings)
    assert (item.kind, item.text, item.options[0].target) == ("community", "商叶街社区", "654201001003")
    assert item.loaded_as.startswith("已按一字之差导入为 商业街") and item.cells == 2
    mappings.decide(settings, "community", item.text, "654201001003", **WHO)
    assert mappings.review_queue(settings) == []
    assert ("654201001003", "2025-03", 3.0) in values(settings, "lectures_held")


def test_a_near_match_corrected_moves_its_values_to_the_community_chosen(settings, tmp_path):
    ingest_paths(settings, [march(tmp_path / "a.xlsx", header="宣讲活动次数", community="商叶街社区")])
    (item,) = mappings.review_queue(settings)
    applied = mappings.decide(settings, "community", item.text, "654201001004", **WHO)
    assert applied.reread == ("a.xlsx",)
    moved = values(settings, "lectures_held")
    assert ("654201001004", "2025-03", 3.0) in moved and ("654201001003", "2025-03", 3.0) not in moved
    assert mappings.review_queue(settings) == []
