"""What a synthesis lists as positions and next steps: not a problem reported again, a greeting
opening a request, a clause cut from its sentence, nor what someone says another said."""

from __future__ import annotations

from handlers.summaries import synthesize
from tests.handler_kit import make_ctx
from tests.summaries_kit import thread


async def _said(texts: list[tuple[str, str]], topic_id: int, language: str) -> tuple[list[str], list[str]]:
    s = await synthesize(thread(topic_id, texts, title="Quiz 2"), make_ctx([], language=language))
    positions = [p.text for t in s.themes for p in t.points]
    return positions, [n.text for n in s.next_steps]


async def test_problem_reports_greetings_and_fragments_are_not_positions():
    texts = [
        ("asker", "The quiz 2 page shows my score as zero although I submitted all answers on time, why?"),
        ("ben", "I am getting this error on the quiz page when I open the second question."),
        ("cara", "Hi Team, I have appeared for the quiz and secured six marks but it shows zero."),
        ("tutor", "Since all the scores are pushed by the operations team on Tuesdays."),
        ("tutor", "The scores of quiz 2 are pushed by the operations team every Tuesday evening."),
        ("dan", "I think the dashboard should show the pending scores with a clear label instead of zero."),
    ]
    positions, _ = await _said(texts, 70, "en")
    assert any("pending scores" in p for p in positions)
    assert not any(p.startswith(("I am getting", "Hi Team", "Since")) for p in positions)


async def test_un_probleme_signale_une_salutation_un_fragment_ne_sont_pas_des_positions():
    texts = [
        ("lea", "Ma note du quiz 2 affiche zéro alors que j'ai tout rendu à temps, pourquoi ?"),
        ("paul", "J'ai la même erreur sur la page du quiz quand j'ouvre la deuxième question."),
        ("ines", "Bonjour à tous, j'ai passé le quiz et obtenu six points mais la page affiche zéro."),
        ("tuteur", "Puisque les notes sont envoyées par le service des examens le mardi."),
        ("tuteur", "Les notes du quiz 2 sont envoyées par le service des examens chaque mardi soir."),
        ("marc", "Je pense que le tableau de bord devrait afficher les notes en attente au lieu de zéro."),
    ]
    positions, _ = await _said(texts, 71, "fr")
    assert any("notes en attente" in p for p in positions)
    assert not any(p.startswith(("J'ai la même", "Bonjour", "Puisque")) for p in positions)


async def test_what_someone_says_another_said_is_not_a_next_step():
    texts = [
        ("asker", "My quiz 2 score shows five out of ten but I scored ten, which attempt counts?"),
        ("ben", "I asked at the review meeting and he said that we will take your best attempt only."),
        ("tutor", "The corrected scores of quiz 2 will be published on the dashboard next week."),
    ]
    _, steps = await _said(texts, 72, "en")
    assert any("corrected scores" in s for s in steps)
    assert not any("he said" in s for s in steps)


async def test_ce_qu_un_membre_rapporte_d_un_autre_n_est_pas_la_suite():
    texts = [
        ("lea", "Ma note du quiz 2 affiche cinq sur dix alors que j'ai eu dix, quelle tentative compte ?"),
        ("paul", "J'ai demandé en réunion et il m'a dit que nous allons garder la meilleure tentative."),
        ("tuteur", "Les notes corrigées du quiz 2 seront publiées sur le tableau de bord la semaine prochaine."),
    ]
    _, steps = await _said(texts, 73, "fr")
    assert not any("m'a dit" in s for s in steps)
