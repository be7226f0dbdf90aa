"""The fill-in template as a download: the street's form, or for community staff their own row.

`ingest.template.build_template` prefills every community of a street. Community staff may not
see the others' names, so their form is built from a registry that holds only their community
(a throwaway project folder whose seeds list that one community; the shipped indicator
catalogue is copied unchanged). A `communities` filter in build_template would make this
folder unnecessary.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path

from dashboard import data
from ingest.settings import Settings


def template_bytes(settings: Settings, scope: data.Scope, street_code: str, month: str) -> bytes:
    """The XLSX form for one street and month, prefilled only with communities in `scope`."""
    from ingest.template import build_template  # imported on click: the page stays light

    communities = data.communities(scope)
    communities = communities[communities["street_code"] == street_code]
    if communities.empty:
        raise ValueError(f"当前账号范围内没有街道 {street_code} 的社区")
    if scope.level != "community":
        return build_template(settings, street_code, month)
    with tempfile.TemporaryDirectory(prefix="jiedao-template-") as folder:
        project = Path(folder)
        (project / "seeds").mkdir()
        shutil.copy(settings.seeds_dir / "indicators.csv", project / "seeds" / "indicators.csv")
        _write_csv(project / "seeds" / "registry_streets.csv", ["street_code", "street_name"],
                   [[street_code, communities["street_name"].iloc[0]]])
        _write_csv(project / "seeds" / "registry_communities.csv",
                   ["community_code", "community_name", "street_code"],
                   communities[["community_code", "community_name", "street_code"]].values)
        # a home without a warehouse: build_template then reads the registry from these seeds
        return build_template(Settings(home=project / "home", project_dir=project),
                              street_code, month)


def _write_csv(path: Path, header: list[str], rows: object) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)  # type: ignore[arg-type]
