"""Production refuses what would make it forgeable: a weak SECRET_KEY, X-Forwarded-Proto from
anybody, an API without a throttle; `check --deploy` warns when the proxy count cannot be right
(and when the cache is per-process)."""

import json

from django.core.checks import run_checks

import pytest

from cms.security.deploy_checks import check_shared_cache, check_trusted_proxies

from .test_hardening import run

SHOW = """
import json
import django
django.setup()
from django.conf import settings as s
print(json.dumps({
    "proxy_header": s.SECURE_PROXY_SSL_HEADER,
    "throttles": s.REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"],
    "rate": s.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["anon"],
    "proxies": s.REST_FRAMEWORK["NUM_PROXIES"],
}))
"""


def show(**env) -> dict:
    result = run(["-c", SHOW], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "key",
    [
        "abcde",  # the 5 characters production once started with
        "x" * 60,  # long, one character
        "abab" * 20,  # long, two characters
        "django-insecure-" + "0123456789abcdefghijklmnopqrstuvwxyz",
        "0123456789" * 4 + "abcdefgh",  # 48: almost long enough
    ],
)
def test_production_refuses_a_weak_secret_key(key):
    result = run(["-c", SHOW], SECRET_KEY=key)

    assert result.returncode != 0
    assert "SECRET_KEY must be at least 50 characters" in result.stderr


def test_x_forwarded_proto_is_believed_only_behind_declared_proxies():
    assert show()["proxy_header"] is None
    assert show(TRUSTED_PROXY_COUNT="0")["proxy_header"] is None
    assert show(TRUSTED_PROXY_COUNT="1")["proxy_header"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_production_throttles_the_api_by_default():
    found = show()
    assert found["throttles"] == ["rest_framework.throttling.AnonRateThrottle"]
    assert found["rate"] == "1200/minute"
    assert found["proxies"] == 0  # REMOTE_ADDR: never the client's own X-Forwarded-For


def test_the_throttle_rate_can_be_changed_or_turned_off():
    assert show(API_ANON_RATE="300/minute")["rate"] == "300/minute"
    assert show(API_ANON_RATE="off")["throttles"] == []
    assert show(TRUSTED_PROXY_COUNT="2")["proxies"] == 2  # the client as the proxies saw it


@pytest.mark.parametrize("hosts", ["*", "cms.example.org,203.0.113.7", "[2001:db8::7]"])
def test_check_deploy_warns_when_proxies_are_trusted_on_a_directly_reachable_app(hosts):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        TRUSTED_PROXY_COUNT="1",
        ALLOWED_HOSTS=hosts,
    )

    assert result.returncode != 0
    assert "cms_security.W001" in result.stdout + result.stderr


def test_proxies_and_host_names_alone_are_fine(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ALLOWED_HOSTS = ["cms.example.org", ".example.org"]
    assert check_trusted_proxies() == []
    settings.ALLOWED_HOSTS = ["cms.example.org", "10.0.0.4"]
    assert [warning.id for warning in check_trusted_proxies()] == ["cms_security.W001"]
    settings.TRUSTED_PROXY_COUNT = 0
    assert check_trusted_proxies() == []


def test_check_deploy_warns_about_a_per_process_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [warning.id for warning in check_shared_cache()] == ["cms_security.W002"]
    assert "cms_security.W002" in {
        warning.id for warning in run_checks(include_deployment_checks=True)
    }
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache"}}
    assert check_shared_cache() == []
