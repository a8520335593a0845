"""The run's settings: read from the environment once, in one place, and scoped to the run."""

from __future__ import annotations

import io
import os

from govfacts.factbase import FactBase, cache_dir
from govfacts.i18n import _, language
from govfacts.output.env import Env
from govfacts.settings import Settings, current, using


def test_the_variables_read_as_settings():
    s = Settings.read(
        {
            "GOVFACTS_DATA": os.pathsep.join(["a", "", "b"]),
            "GOVFACTS_CACHE_DIR": "/tmp/x",
            "GOVFACTS_LANG": " EN ",
            "LC_MESSAGES": "zh_CN.UTF-8",
            "LANG": "en_US.UTF-8",
            "GOVFACTS_DEBUG": "0",
            "FORCE_COLOR": "",
            "NO_COLOR": "1",
        }
    )
    assert s.data == ("a", "b") and s.cache_dir == "/tmp/x" and s.lang == "en"
    assert s.locale == "zh_CN.UTF-8"  # LC_MESSAGES comes before LANG
    assert not s.debug and not s.force_color and s.no_color
    assert Settings.read({}) == Settings()


def test_a_run_keeps_its_settings_whatever_the_environment_does_meanwhile(monkeypatch, tmp_path):
    monkeypatch.setenv("GOVFACTS_LANG", "zh")
    run = Settings(lang="en", cache_dir=str(tmp_path), data=("shipped",))
    with using(run):
        monkeypatch.setenv("GOVFACTS_LANG", "zh")
        assert current() is run and language() == "en"
        assert cache_dir() == tmp_path
        assert FactBase.choose().layers[0].label == "shipped"
    assert language() == "zh"  # outside the run, the environment again


def test_the_language_follows_the_locale_when_not_asked():
    with using(Settings(locale="en_GB.UTF-8")):
        assert language() == "en" and _("no facts found") == "no facts found"
    with using(Settings(locale="C")):
        assert language() == "zh"


def test_an_env_takes_its_colour_and_terminal_from_its_settings():
    forced = Env(stdout=io.StringIO(), stderr=io.StringIO(), settings=Settings(force_color=True))
    assert forced.terminal
    plain = Env(stdout=io.StringIO(), stderr=io.StringIO(), settings=Settings())
    assert not plain.terminal
    assert Env(stdout=io.StringIO(), settings=Settings(no_color=True)).console().no_color
