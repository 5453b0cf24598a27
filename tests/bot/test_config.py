"""A bad config stops scribe with a message that names the key and the fix."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.app import load_settings
from bot.config import ConfigError, parse_duration


def write(tmp_path, text: str):
    path = tmp_path / "scribe.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_and_environment_overrides(monkeypatch):
    monkeypatch.setenv("SCRIBE_FORUM_URL", "https://forum.example.org")
    monkeypatch.setenv("DISCOURSE_API_KEY", "k" * 64)
    monkeypatch.setenv("SCRIBE_REMINDER_OFFSETS", "24h,1h,3m")
    monkeypatch.setenv("SCRIBE_LANGUAGE", "en")
    s = load_settings(None)
    assert s.forum.url == "https://forum.example.org/"
    assert s.forum.api_key.get_secret_value() == "k" * 64
    assert [d.total_seconds() for d in s.meetings.offsets()] == [86400, 3600, 180]
    assert s.language == "en" and s.timezone == "Europe/Paris"
    assert "kkkk" not in repr(s)


def test_environment_wins_over_file(tmp_path, monkeypatch):
    path = write(tmp_path, 'language = "en"\n[forum]\nurl = "https://a.example.org/"\n')
    monkeypatch.setenv("SCRIBE_FORUM_URL", "https://b.example.org/")
    s = load_settings(path)
    assert s.language == "en" and s.forum.url == "https://b.example.org/"


def test_secret_file(tmp_path, monkeypatch):
    secret = tmp_path / "key"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("DISCOURSE_API_KEY_FILE", str(secret))
    assert load_settings(None).forum.api_key.get_secret_value() == "from-a-file"


@pytest.mark.parametrize(
    "text, names",
    [
        ('[forum]\nurl = "ftp://x"\n', ["forum.url", "SCRIBE_FORUM_URL"]),
        ("[forum]\npoll_secs = 3\n", ["forum.poll_secs", "unknown setting"]),
        ('timezone = "Mars/Olympus"\n', ["timezone", "IANA"]),
        ('language = "de"\n', ["language", '"fr" or "en"']),
        ('date_order = "DDMM"\n', ["date_order", '"MDY"', "SCRIBE_DATE_ORDER"]),
        ('[digest]\nday = "someday"\n', ["digest.day", "mon, tue"]),
        ('[digest]\ntime = "25:00"\n', ["digest.time", "HH:MM"]),
        ('[meetings]\nreminder_offsets = ["soon"]\n', ["meetings.reminder_offsets", "24h"]),
        ('[forum]\napi_key = "abc"\n', ["forum.api_key", "DISCOURSE_API_KEY"]),
        ("[forum\n", ["not valid TOML"]),
    ],
)
def test_bad_settings_name_the_key_and_the_fix(tmp_path, text, names):
    with pytest.raises(ConfigError) as err:
        load_settings(write(tmp_path, text))
    for name in names:
        assert name in str(err.value)


def test_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(ConfigError, match=r"scribe\.example\.toml"):
        load_settings(tmp_path / "nope.toml")


def test_durations():
    assert parse_duration("90min").total_seconds() == 5400
    assert parse_duration("2j").days == 2
    with pytest.raises(ValueError):
        parse_duration("tomorrow")


def test_command_line_exits_with_clear_message(tmp_path):
    path = write(tmp_path, '[forum]\nurl = "not a url"\n')
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--config", str(path), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "forum.url" in done.stderr and "Traceback" not in done.stderr


def test_run_without_forum_points_to_the_demo(tmp_path, monkeypatch):
    monkeypatch.delenv("SCRIBE_FORUM_URL", raising=False)
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--once"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(__import__("pathlib").Path(__file__).resolve().parents[2])},
    )
    assert done.returncode == 2 and "scribe demo" in done.stderr


async def test_doctor_through_pydiscourse(sandbox, settings_for):
    from bot.admin import doctor

    settings = settings_for(sandbox, summaries={"category_id": 3}, digest={"category_id": 99})
    checks = {c.what: c for c in await doctor(settings)}
    assert checks["the API key acts as scribe"].ok
    assert not checks["scribe is staff (moderator or admin)"].ok
    assert not checks["digest.category_id = 99 exists"].ok
    assert checks["summaries.category_id = 3 exists (Synthèses)"].ok
    sandbox.set_user("scribe", moderator=True)
    assert all(c.ok for c in await doctor(settings_for(sandbox)))
    sandbox.set_user("scribe", moderator=False, admin=True)
    admin = {c.what: c for c in await doctor(settings_for(sandbox))}["scribe is a moderator, not an admin"]
    assert not admin.ok and admin.warning and "private-posts" in admin.fix


async def test_doctor_advises_a_trial_of_link_answers_on_a_forum_of_questions(sandbox, settings_for):
    """Most recent topics open with a question: unasked link answers there were mostly wrong when replayed on real
    threads, so the doctor advises a trial in review (and says nothing once it is set)."""
    from bot.admin import doctor

    sandbox.set_user("scribe", moderator=True)
    for i in range(10):
        sandbox.add_user(f"member{i}")
        sandbox.forum.create_post(
            f"member{i}",
            f"My export fails at step {i}: how do I fix this? Thanks for any help.",
            title=f"Segmentation export number {i}",
        )
    [advice] = [c for c in await doctor(settings_for(sandbox)) if "answer_unasked" in c.what]
    assert not advice.ok and advice.warning and '"review"' in advice.fix
    reviewing = settings_for(sandbox, links={"answer_unasked": "review"}, permissions={"review_group": "moderators"})
    assert not any("answer_unasked" in c.what for c in await doctor(reviewing))


def test_link_answers_need_no_advice_on_a_forum_of_announcements() -> None:
    from handlers.links.settings import LinksSettings

    announcements = [f"Workshop on Tuesday at 6 pm, room {i}. Registration: https://example.org/{i}" for i in range(9)]
    assert LinksSettings().advice(announcements) is None
    assert LinksSettings().advice(["How do I export?"] * 3) is None  # too few topics to say
    assert LinksSettings().advice(["How do I export?"] * 9) is not None


async def test_doctor_checks_the_review_group_only_when_a_feature_is_in_review(sandbox, settings_for):
    from bot.admin import doctor

    sandbox.set_user("scribe", moderator=True)
    assert not any("review_group" in c.what for c in await doctor(settings_for(sandbox)))
    reviewing = settings_for(sandbox, links={"answer_unasked": "review"}, permissions={"review_group": "equipe"})
    [check] = [c for c in await doctor(reviewing) if "review_group" in c.what]
    assert not check.ok and "equipe" in check.what and "links" in check.what and "Groups" in check.fix
    reviewing = settings_for(sandbox, meetings={"remind_via": "review"})
    [check] = [c for c in await doctor(reviewing) if "review_group" in c.what]
    assert check.ok and "meetings" in check.what


@pytest.mark.parametrize(
    ("post", "stated"),
    [
        ("Live session on Friday at 8:00 pm IST, see you there", "Asia/Kolkata"),
        ("Our call moves to Friday at 6 PM UK time, see you there", "Europe/London"),
    ],
)
async def test_doctor_warns_when_posts_state_another_zone(sandbox, settings_for, post, stated):
    from bot.admin import doctor

    sandbox.add_user("ana")
    sandbox.create_post("ana", post, topic_id=1)
    checks = await doctor(settings_for(sandbox))
    [zone] = [c for c in checks if c.what.startswith("recent posts state their times")]
    assert not zone.ok and zone.warning and stated in zone.what and stated in zone.fix


def test_the_date_order_is_day_first_unless_set(tmp_path, monkeypatch):
    """Day first by default, in French and in English alike; "mdy" is read as "MDY", from the file or the
    environment."""
    assert load_settings(write(tmp_path, 'language = "en"\n')).date_order == "DMY"
    assert load_settings(write(tmp_path, 'date_order = "mdy"\n')).date_order == "MDY"
    monkeypatch.setenv("SCRIBE_DATE_ORDER", "YMD")
    assert load_settings(write(tmp_path, 'date_order = "MDY"\n')).date_order == "YMD"


async def test_doctor_warns_when_posts_write_dates_in_the_other_order(sandbox, settings_for):
    from bot.admin import doctor

    sandbox.add_user("ana")
    sandbox.create_post("ana", "The form closes on 25/11/2026, the results come out on 30/11/2026.", topic_id=1)
    sandbox.create_post("ana", "Our next call is on 12/01/2027, after the break.", topic_id=1)
    american = settings_for(sandbox, date_order="MDY")
    [order] = [c for c in await doctor(american) if "date_order" in c.what]
    assert not order.ok and order.warning and "2 can only be read DMY" in order.what and "DMY" in order.fix
    [order] = [c for c in await doctor(settings_for(sandbox)) if "date_order" in c.what]
    assert order.ok
