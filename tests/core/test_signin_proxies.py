"""Behind a proxy the sign-in lockout must see the client's address, not the proxy's: BEHIND_PROXY
implies one trusted proxy, and `check --deploy` warns when the two settings disagree."""

import json

import pytest

from annotation.checks import signin_proxies
from tests.core.test_production import PRODUCTION, run_python

PROBE = "import django; django.setup(); from django.conf import settings; print(settings.SIGNIN_TRUSTED_PROXIES)"


@pytest.mark.parametrize(
    "env, proxies",
    [({}, 0), ({"BEHIND_PROXY": "1"}, 1), ({"BEHIND_PROXY": "1", "SIGNIN_TRUSTED_PROXIES": "2"}, 2)],
)
def test_behind_proxy_trusts_one_proxy_unless_told_otherwise(tmp_path, env, proxies):
    result = run_python(PROBE, tmp_path, **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == proxies


def test_a_proxy_that_hides_every_client_is_a_deploy_warning(settings):
    settings.BEHIND_PROXY, settings.SIGNIN_TRUSTED_PROXIES = True, 0
    assert [warning.id for warning in signin_proxies()] == ["medpref.W001"]


def test_trusting_a_proxy_that_is_not_there_is_a_deploy_warning(settings):
    settings.BEHIND_PROXY, settings.SIGNIN_TRUSTED_PROXIES = False, 1
    assert [warning.id for warning in signin_proxies()] == ["medpref.W002"]


@pytest.mark.parametrize("behind, proxies", [(False, 0), (True, 1), (True, 2)])
def test_consistent_proxy_settings_pass(settings, behind, proxies):
    settings.BEHIND_PROXY, settings.SIGNIN_TRUSTED_PROXIES = behind, proxies
    assert signin_proxies() == []
