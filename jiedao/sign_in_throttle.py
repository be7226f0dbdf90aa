"""Sign-in throttling by client address and by account, that nobody can use to lock someone out.

Failed sign-ins are counted under three keys, the same way for user names that exist and for
names that do not (so neither the answer nor the delay tells which accounts exist):

- **address + name**: one client guessing one account's password. After ``PAIR_FREE`` failures
  each further attempt must wait, 30 s, then 60 s, 2 min … up to 15 min (``delay``).
- **address**: one client trying many names (password spraying): the same after ``ADDRESS_FREE``.
- **name, across addresses**: a guess spread over many clients. Counted only once failures came
  from at least ``NAME_MIN_ADDRESSES`` different addresses, then the same delays after
  ``NAME_FREE``; an address this account signed in from before is not held by it.

So someone who knows the administrator's name and tries passwords from one machine slows down
only that machine; the administrator, at another address (or at one they signed in from before,
during a guess from many addresses), signs in as usual. No delay is longer than 15 minutes and
none is permanent: a counter is forgotten ``FORGET_SECONDS`` after its last failure, and
``jiedao user add NAME …`` (a password reset) clears the name's counters. An attempt while held
is refused without checking the password and does not count.

The state lives in ``<home>/sign_in_throttle.json`` (kept small: old entries are dropped, at most
``MAX_ENTRIES``), written under the home lock by the caller. The address is what Streamlit reports
(``st.context.ip_address``; behind a reverse proxy on this machine uvicorn takes it from
X-Forwarded-For, see README); ``None`` — the browser on this machine — counts as one address.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from jiedao.settings import Settings

PAIR_FREE = 5
ADDRESS_FREE = 20
NAME_FREE = 25
NAME_MIN_ADDRESSES = 5
FIRST_DELAY_SECONDS = 30.0
MAX_DELAY_SECONDS = 15 * 60.0
FORGET_SECONDS = 24 * 3600.0
MAX_ENTRIES = 5000
KNOWN_ADDRESSES = 20   # addresses remembered per account (a successful sign-in from each)
LOCAL = "本机"          # st.context.ip_address is None for a browser on this machine


@dataclass(frozen=True)
class Hold:
    """Why an attempt is refused before the password is checked, and for how long."""

    key: str          # address | pair | name
    seconds: float


def throttle_path(settings: Settings) -> Path:
    return settings.home / "sign_in_throttle.json"


def delay(failures: int, free: int) -> float:
    """Seconds to wait after the last failure: none within the free failures, then doubling."""
    if failures < free:
        return 0.0
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** min(failures - free, 20))


def keys(address: str | None, username: str) -> dict[str, str]:
    where = address or LOCAL
    return {"address": f"a:{where}", "pair": f"p:{where}\n{username}", "name": f"n:{username}"}


def load(settings: Settings) -> dict[str, dict]:
    path = throttle_path(settings)
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):  # none yet, or damaged: start again rather than lock anyone
        return {}
    return state if isinstance(state, dict) else {}


def save(settings: Settings, state: dict[str, dict], now: float) -> None:
    live = {key: entry for key, entry in state.items()
            if key.startswith("k:") or now - entry.get("last", 0.0) < FORGET_SECONDS}
    counters = sorted((key for key in live if not key.startswith("k:")), key=lambda key: live[key]["last"])
    for key in counters[:max(0, len(counters) - MAX_ENTRIES)]:  # a flood of made-up names: keep the newest
        del live[key]
    path = throttle_path(settings)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(live, ensure_ascii=False), encoding="utf-8")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def held(state: dict[str, dict], address: str | None, username: str, now: float) -> Hold | None:
    """The longest hold on this attempt, or None when it may check the password."""
    found = keys(address, username)
    waits = {"address": wait(state.get(found["address"]), ADDRESS_FREE, now),
             "pair": wait(state.get(found["pair"]), PAIR_FREE, now)}
    name = state.get(found["name"])
    if name and len(name.get("addresses", ())) >= NAME_MIN_ADDRESSES \
            and (address or LOCAL) not in state.get(f"k:{username}", {}).get("addresses", ()):
        waits["name"] = wait(name, NAME_FREE, now)
    key, seconds = max(waits.items(), key=lambda item: item[1])
    return Hold(key, seconds) if seconds > 0 else None


def wait(entry: dict | None, free: int, now: float) -> float:
    if not entry:
        return 0.0
    return max(0.0, entry["last"] + delay(entry["failures"], free) - now)


def count_failure(state: dict[str, dict], address: str | None, username: str, now: float) -> None:
    for role, key in keys(address, username).items():
        entry = state.setdefault(key, {"failures": 0, "last": now})
        entry["failures"] += 1
        entry["last"] = now
        if role == "name":
            seen = [where for where in entry.get("addresses", []) if where != (address or LOCAL)]
            entry["addresses"] = (seen + [address or LOCAL])[-NAME_MIN_ADDRESSES * 4:]


def count_success(state: dict[str, dict], address: str | None, username: str, now: float) -> None:
    """The pair's count starts again; the address is remembered as one this account uses."""
    state.pop(keys(address, username)["pair"], None)
    known = state.setdefault(f"k:{username}", {"addresses": [], "last": now})
    addresses = [where for where in known["addresses"] if where != (address or LOCAL)]
    known["addresses"] = (addresses + [address or LOCAL])[-KNOWN_ADDRESSES:]
    known["last"] = now


def forget_name(state: dict[str, dict], username: str) -> None:
    """A password reset: the name's counters (not its known addresses) start again."""
    for key in [key for key in state if key == f"n:{username}" or key.endswith(f"\n{username}")]:
        del state[key]
