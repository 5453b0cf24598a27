"""How the meetings evaluator scores what scribe found against the labels."""

from __future__ import annotations

import pytest

from handlers.meetings.evaluate import same_link


@pytest.mark.parametrize(
    ("given", "labelled", "same"),
    [
        ("https://Example.zoom.us/j/1/", "https://example.zoom.us/j/1", True),
        ("https://example.zoom.us/j/1?pwd=a", "https://example.zoom.us/j/1?pwd=b", False),
        (None, None, True),
        ("https://example.zoom.us/j/1", None, False),  # a link where the announcement gives none: a wrong one
        (None, "https://example.zoom.us/j/1", False),
    ],
)
def test_a_reminders_link_is_scored_against_the_labelled_join_link(
    given: str | None, labelled: str | None, same: bool
) -> None:
    assert same_link(given, labelled) is same
