"""The house rules a change can break without any behaviour test noticing: the core names no
feature app, not even by string, and no module grows into a god file. (`lint-imports`, run by
`make lint`, checks the imports themselves: docs/architecture.md.)"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FEATURE_APPS = ("blog", "lessons", "search", "demo")
# The project modules of cms/: they wire the apps together, so they may name every one.
PROJECT_MODULES = ("cms/settings/", "cms/urls.py", "cms/api.py")
# "blog.ArticlePage", "lessons.views:x", 'search.apps.SearchConfig' ... as a string literal.
NAMED_BY_STRING = re.compile(rf"""["']({"|".join(FEATURE_APPS)})[.:][A-Za-z_]""")
MAX_LINES = 300


def core_modules():
    for path in sorted((ROOT / "cms").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if "/migrations/" in relative or relative.startswith(PROJECT_MODULES):
            continue
        yield relative


def application_modules():
    for app in ("cms", "blog", "lessons", "search", "demo"):
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" not in relative and not relative.startswith("demo/data/"):
                yield relative


def test_the_rule_finds_a_string_import():
    assert NAMED_BY_STRING.search('DETAIL = {"blog.ArticlePage": "blog.views:detail"}')
    assert not NAMED_BY_STRING.search('"cms.HomePage", "a blog. post"')


@pytest.mark.parametrize("module", list(core_modules()))
def test_the_core_names_no_feature_app_by_string(module):
    text = (ROOT / module).read_text()
    assert not NAMED_BY_STRING.findall(text), (
        f"{module} names a feature app: register what the core needs (cms.registry) instead"
    )


def test_no_module_is_a_god_file():
    long = {
        module: lines
        for module in application_modules()
        if (lines := len((ROOT / module).read_text().splitlines())) > MAX_LINES
    }
    assert long == {}, f"split these into modules of at most {MAX_LINES} lines"
