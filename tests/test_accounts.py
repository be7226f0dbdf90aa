import pytest

from jiedao.accounts import REFUSED, AccountError, accounts_path, add_user, load_accounts, remove_user, sign_in
from jiedao.settings import Settings


@pytest.fixture
def settings(tmp_path):
    return Settings.from_env(tmp_path)


def test_password_is_stored_only_as_an_argon2_hash(settings):
    add_user(settings, "heping", "street_leader", "654201001", "correct horse")
    text = accounts_path(settings).read_text(encoding="utf-8")
    assert "correct horse" not in text
    assert load_accounts(settings)["heping"].password_hash.startswith("$argon2id$")


def test_sign_in_accepts_the_right_password_and_refuses_a_wrong_one(settings):
    add_user(settings, "jianshe", "community_staff", "654201001001", "s3cret-pass")
    ok = sign_in(settings, "jianshe", "s3cret-pass")
    assert ok.account is not None and ok.account.scope_code == "654201001001"
    assert sign_in(settings, "jianshe", "wrong-pass").message == REFUSED
    assert sign_in(settings, "nobody", "whatever").account is None


def test_an_accounts_file_with_the_old_failure_counts_still_loads(settings):
    """Failure counts used to live in accounts.json; they are ignored now (see sign_in_throttle)."""
    add_user(settings, "city", "city", "654201", "city-password")
    path = accounts_path(settings)
    path.write_text(path.read_text(encoding="utf-8").replace('"created_at"', '"failures": 4, "locked_until": 9e9, "created_at"'),
                    encoding="utf-8")
    assert sign_in(settings, "city", "city-password").account is not None


@pytest.mark.parametrize(
    ("role", "scope"),
    [("community_staff", "654201001"), ("street_leader", "654201"), ("mayor", "654201"), ("city", "65420x")],
)
def test_a_scope_must_fit_its_role(settings, role, scope):
    with pytest.raises(AccountError):
        add_user(settings, "x", role, scope, "long enough")


def test_removing_a_user(settings):
    add_user(settings, "temp", "admin", "654201", "long enough")
    assert remove_user(settings, "temp") is True
    assert "temp" not in load_accounts(settings)
