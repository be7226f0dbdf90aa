from pathlib import Path

import duckdb
import pytest

from jiedao.registry_import import RegistryImportError, RegistryImportReport, import_registry
from jiedao.settings import Settings

DIVISIONS = Path("/work/shared/data/admin_divisions")


@pytest.mark.skipif(not DIVISIONS.exists(), reason="the shared statistical-division files are not here")
def test_real_files_filtered_to_tacheng(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path)
    report = import_registry(settings, DIVISIONS, city_code="654201")
    assert report == RegistryImportReport(str(DIVISIONS / "villages.csv.gz"), "654201", 11, 149, ("654201",))
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        streets = con.execute("select street_code, street_name, city_name, prefecture_name from registry_streets "
                              "where street_name like '%街道' order by 1").fetchall()
        committees = con.execute("select count(*) from registry_communities "
                                 "where community_name like '%社区居委会'").fetchone()
    assert streets == [("654201001", "和平街道", "塔城市", "塔城地区"), ("654201002", "杜别克街道", "塔城市", "塔城地区"),
                       ("654201003", "新城街道", "塔城市", "塔城地区")]
    assert committees == (21,)


def test_own_file_replaces_registry(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "villages.csv").write_text(
        "code,name,streetCode\n110101001001,多福巷社区居委会,110101001\n110101001002,银闸社区居委会,110101001\n", "utf-8")
    (folder / "streets.csv").write_text("code,name,areaCode\n110101001,东华门街道,110101\n", "utf-8")
    settings = Settings(home=tmp_path / "home")
    report = import_registry(settings, folder / "villages.csv")
    assert (report.streets, report.communities, report.cities) == (1, 2, ("110101",))
    with duckdb.connect(str(settings.raw_db), read_only=True) as con:
        assert con.execute("select * from registry_communities order by 1").fetchall() == [
            ("110101001001", "多福巷社区居委会", "110101001"), ("110101001002", "银闸社区居委会", "110101001")]
        assert con.execute("select street_code, street_name, city_code from registry_streets").fetchall() == [
            ("110101001", "东华门街道", "110101")]


def test_unusable_file_is_explained(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", "utf-8")
    with pytest.raises(RegistryImportError, match="缺少 code、name 列"):
        import_registry(Settings(home=tmp_path / "home"), tmp_path / "x.csv")
