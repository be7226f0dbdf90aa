import pytest

from jiedao.audit import AuditEvent, read_events, record
from jiedao.settings import Settings


def test_events_are_appended_and_read_back_in_order(tmp_path):
    settings = Settings.from_env(tmp_path)
    record(settings, AuditEvent("sign_in", "heping", "street_leader", "654201001"))
    record(settings, AuditEvent("download", "heping", "street_leader", "654201001",
                                {"table": "indicators", "rows": 120, "filters": {"period": "2025-12"}}))
    events = read_events(settings)
    assert [event.action for event in events] == ["sign_in", "download"]
    assert events[1].detail == {"table": "indicators", "rows": 120, "filters": {"period": "2025-12"}}


def test_an_unknown_action_is_refused(tmp_path):
    with pytest.raises(ValueError):
        record(Settings.from_env(tmp_path), AuditEvent("delete_everything", "x", "admin", "654201"))
