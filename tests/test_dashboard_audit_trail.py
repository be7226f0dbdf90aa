"""The audit trail from the dashboard (issue 6): downloads and templates are recorded when the
file is built, and the admin's audit page filters and exports the events."""

from __future__ import annotations

from dashboard import auth, data, downloads, templates
from dashboard_apptest import TEST_PASSWORD, add_account, fresh_app, open_page, rows, sign_in_form
from dashboard_scope_checks import OWN
from jiedao.audit import read_events
from jiedao.settings import Settings
from warehouse_fixture import warehouse_home  # noqa: F401


def test_downloads_and_templates_are_audited_when_built(warehouse_home):
    session = auth.Session("jianshe", "community_staff", OWN, 0.0, 0.0)
    frame = data.standardized_indicators(session.scope, ("2025-12",))
    build = downloads.audited(lambda: downloads.to_csv_bytes(frame), session, "download",
                              {"table": "indicators", "period": "2025-12", "rows": len(frame)})
    assert read_events(Settings.from_env()) == []  # nothing until the file is built
    payload = build()
    settings = Settings.from_env()
    template = downloads.audited(
        lambda: templates.template_bytes(settings, session.scope, "654201002", "2026-01"),
        session, "template", {"street": "654201002", "month": "2026-01"})()
    assert template.startswith(b"PK")
    download, made = read_events(settings)
    assert (download.action, download.username, download.role, download.scope_code) == (
        "download", "jianshe", "community_staff", OWN)
    assert download.detail == {"table": "indicators", "period": "2025-12", "rows": 8,
                               "bytes": len(payload)}
    assert (made.action, made.detail["street"], made.detail["month"]) == (
        "template", "654201002", "2026-01")


def test_admin_sees_filters_and_exports_the_audit_trail(warehouse_home):
    add_account("city", "654201", username="shiji")
    sign_in_form(fresh_app(), "shiji", "wrong-password")
    sign_in_form(fresh_app(), "shiji", TEST_PASSWORD)
    app = open_page("audit", role="admin")
    table = rows(app, "时间", "详情")
    assert [(r["操作"], r["用户"], r["角色"]) for r in table] == [
        ("登录", "shiji", "市级"), ("登录失败", "shiji", "")]
    app.selectbox(key="audit_action").set_value("sign_in_failed").run()
    detail = '{"address": "本机", "message": "用户名或密码错误，或尝试次数过多，请稍后再试", "reason": "wrong_password"}'
    assert [r["详情"] for r in rows(app, "时间", "详情")] == [detail]
    assert app.get("download_button")[0].label == "导出审计日志 CSV"
    exported = downloads.to_csv_bytes(app.dataframe[0].value).decode("utf-8-sig").splitlines()
    assert exported[0] == "时间,操作,用户,角色,范围,详情"
    assert exported[1].endswith(',登录失败,shiji,,,"' + detail.replace('"', '""') + '"')
