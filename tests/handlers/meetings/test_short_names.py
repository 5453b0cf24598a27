"""A commission named by its short form ("Pour la com, on décale à 18h ?") is the "Commission communication"."""

from __future__ import annotations

from tests.handlers.meetings.test_member_updates import _standing


async def test_a_commission_asked_about_by_its_short_form_is_the_one_held_back() -> None:
    week = (
        "helene_c",
        "2026-03-06T11:00:00+01:00",
        "Les deux réunions de la semaine du 16 mars :\n\n1. **Comité de pilotage** – lundi 16 mars, 17h\n"
        "2. **Commission communication** – mercredi 18 mars, 17h",
    )
    asked = ("romain_e", "2026-03-09T15:40:00+01:00", "Pour la com, on décale à 18h ? 17h c'est tendu.")
    assert await _standing([week, asked]) == ["2026-03-16T16:00:00Z"]
