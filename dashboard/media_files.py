"""Download files are served only to a live session: signing out (or expiring) stops them.

Streamlit keeps every file a download button made — bytes given when the button is drawn, or
made on click by a callable — in its in-memory media store and serves it at /media/<id> to
anyone with the address, with no session check; a file nobody references any more is only
marked on one script run's clean-up and deleted on the next. When a session ends, its script run
has already dropped its references (Streamlit clears them at the start of every full run, before
the sign-out callback runs), so two clean-up passes at once delete its files there and then:
the old addresses answer 404. Files another open session still shows are referenced and stay.
A file another session made on click in the same instant is unreferenced too and may be
deleted before its browser fetched it (a second click makes it again), as Streamlit's own
clean-up after any two runs would.
"""

from __future__ import annotations


def forget_unreferenced_downloads() -> None:
    """Delete every stored download no live session references (the ended session's files)."""
    from streamlit import runtime

    if not runtime.exists():  # AppTest, or a bare `python` run: there is no media store
        return
    manager = runtime.get_instance().media_file_mgr
    for _ in range(2):  # the first pass marks an unreferenced download file, the second deletes it
        manager.remove_orphaned_files()
