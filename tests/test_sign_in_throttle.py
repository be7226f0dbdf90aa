"""Sign-in throttling (issue 19): by client address and by account, one message for every refusal,
and no way to lock someone out by knowing their name (jiedao/sign_in_throttle.py has the rules).

Times are given (``now=``), so a hold of 15 minutes is tested without waiting for it.
"""

from __future__ import annotations

import json

import pytest

from jiedao import sign_in_throttle as throttle
from jiedao.accounts import REFUSED, add_user, sign_in
from jiedao.settings import Settings

ADMIN_PASSWORD = "admin-password-42"
ATTACKER, OFFICE = "203.0.113.66", "10.0.0.7"
T0 = 1_000_000.0


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    """Argon2id at its cheapest: these tests count attempts, not hashing time."""
    from argon2 import PasswordHasher

    from jiedao import accounts

    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def settings(tmp_path) -> Settings:
    settings = Settings(home=tmp_path / "home")
    add_user(settings, "admin", "admin", "654201", ADMIN_PASSWORD)
    return settings


def attempt(settings: Settings, name: str, password: str, address: str | None, at: float):
    return sign_in(settings, name, password, address=address, now=at)


def test_unknown_names_wrong_passwords_and_holds_all_answer_alike(settings):
    """The same history from two addresses — one guessing a real account, one a made-up name —
    gets the same answers at the same attempts: nothing tells which names exist."""
    real = [attempt(settings, "admin", "guess", "198.51.100.1", T0 + i) for i in range(8)]
    made_up = [attempt(settings, "admln", "guess", "198.51.100.2", T0 + i) for i in range(8)]
    assert {result.message for result in real + made_up} == {REFUSED}
    assert all(result.account is None for result in real + made_up)
    held = [result.reason.startswith("held") for result in real]
    assert held == [result.reason.startswith("held") for result in made_up]
    assert held == [False] * throttle.PAIR_FREE + [True] * (8 - throttle.PAIR_FREE)


def test_a_held_client_waits_longer_after_each_further_failure_never_over_15_minutes(settings):
    for i in range(throttle.PAIR_FREE):
        attempt(settings, "admin", "guess", ATTACKER, T0 + i)
    last = T0 + throttle.PAIR_FREE - 1
    # held 30 s after the last failure, even with the right password
    assert attempt(settings, "admin", ADMIN_PASSWORD, ATTACKER, last + 29).reason == "held_pair"
    assert attempt(settings, "admin", "guess", ATTACKER, last + 31).reason == "wrong_password"
    last += 31
    assert attempt(settings, "admin", ADMIN_PASSWORD, ATTACKER, last + 59).reason == "held_pair"  # now 60 s
    for _ in range(12):  # many more failures, each after its hold
        last += throttle.MAX_DELAY_SECONDS + 1
        assert attempt(settings, "admin", "guess", ATTACKER, last).reason == "wrong_password"
    assert attempt(settings, "admin", ADMIN_PASSWORD, ATTACKER, last + throttle.MAX_DELAY_SECONDS - 1).account is None
    assert attempt(settings, "admin", ADMIN_PASSWORD, ATTACKER, last + throttle.MAX_DELAY_SECONDS + 1).account is not None


def test_someone_guessing_the_admins_password_never_locks_the_admin_out(settings):
    for i in range(30):  # a held attempt is refused without counting; these are all refused
        attempt(settings, "admin", "guess", ATTACKER, T0 + i)
    assert attempt(settings, "admin", "guess", ATTACKER, T0 + 31).reason == "held_pair"
    signed_in = attempt(settings, "admin", ADMIN_PASSWORD, OFFICE, T0 + 32)
    assert signed_in.account is not None and signed_in.message == "登录成功"
    assert attempt(settings, "admin", ADMIN_PASSWORD, None, T0 + 33).account is not None  # on this machine


def test_one_address_trying_many_names_is_held_for_every_name(settings):
    for i in range(throttle.ADDRESS_FREE):
        assert attempt(settings, f"user{i}", "password1", ATTACKER, T0 + i).reason == "no_such_user"
    assert attempt(settings, "admin", ADMIN_PASSWORD, ATTACKER, T0 + 30).reason == "held_address"
    assert attempt(settings, "admin", ADMIN_PASSWORD, OFFICE, T0 + 31).account is not None


def test_a_guess_spread_over_many_addresses_holds_the_name_except_where_its_owner_signs_in(settings):
    assert attempt(settings, "admin", ADMIN_PASSWORD, OFFICE, T0).account is not None  # a known address
    for i in range(throttle.NAME_FREE):
        assert attempt(settings, "admin", "guess", f"198.51.100.{i}", T0 + 1 + i).reason == "wrong_password"
    later = T0 + throttle.NAME_FREE + 1
    assert attempt(settings, "admin", ADMIN_PASSWORD, "192.0.2.200", later).reason == "held_name"  # a new address
    assert attempt(settings, "admin", ADMIN_PASSWORD, OFFICE, later).account is not None
    # and the hold on new addresses ends: 30 s after the last failure at this count
    assert attempt(settings, "admin", ADMIN_PASSWORD, "192.0.2.200", later + 30).account is not None


def test_failures_from_a_few_addresses_never_hold_the_name(settings):
    for i in range(60):  # two attackers, many failures each, each after its own hold
        attempt(settings, "admin", "guess", ("198.51.100.1", "198.51.100.2")[i % 2], T0 + i * 1000)
    assert attempt(settings, "admin", ADMIN_PASSWORD, "192.0.2.200", T0 + 61_000).account is not None


def test_a_password_reset_lifts_the_holds_on_the_name(settings):
    for i in range(throttle.PAIR_FREE + 1):
        attempt(settings, "admin", "guess", None, T0 + i)
    assert attempt(settings, "admin", ADMIN_PASSWORD, None, T0 + 10).reason == "held_pair"
    add_user(settings, "admin", "admin", "654201", "new-admin-password")  # `jiedao user add` on the server
    assert attempt(settings, "admin", "new-admin-password", None, T0 + 11).account is not None


def test_the_throttle_file_forgets_old_failures_and_stays_small(settings, monkeypatch):
    attempt(settings, "nobody", "guess", ATTACKER, T0)
    attempt(settings, "admin", ADMIN_PASSWORD, OFFICE, T0)
    attempt(settings, "someone", "guess", ATTACKER, T0 + throttle.FORGET_SECONDS + 1)
    state = json.loads(throttle.throttle_path(settings).read_text(encoding="utf-8"))
    assert "n:nobody" not in state and "n:someone" in state
    assert state["k:admin"]["addresses"] == [OFFICE]   # where the account signed in from is kept
    monkeypatch.setattr(throttle, "MAX_ENTRIES", 4)
    for i in range(5):
        attempt(settings, f"flood{i}", "guess", f"198.51.100.{i}", T0 + throttle.FORGET_SECONDS + 10 + i)
    state = json.loads(throttle.throttle_path(settings).read_text(encoding="utf-8"))
    assert len([key for key in state if not key.startswith("k:")]) == 4 and "n:flood4" in state


def test_a_damaged_throttle_file_holds_nobody(settings):
    throttle.throttle_path(settings).write_text("{not json", encoding="utf-8")
    assert attempt(settings, "admin", ADMIN_PASSWORD, OFFICE, T0).account is not None
