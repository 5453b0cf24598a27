"""The outcome of a thread: the answer the asker accepted, by the solved button or by thanks."""

from __future__ import annotations

from dataclasses import replace

from handlers.summaries import decision_records
from handlers.summaries.outcome import accepted_answers, accepts, answers
from handlers.summaries.render import render_synthesis
from tests.summaries_kit import synthesis_of, thread


def _replies(topic, links: dict[int, int]):
    posts = tuple(replace(p, reply_to_post_number=links.get(p.post_number)) for p in topic.posts)
    return replace(topic, posts=posts)


async def decisions_of(topic, language="en") -> list[list[int]]:
    s = await synthesis_of(topic, language)
    return [d.post_numbers for d in s.decisions]


async def test_an_answer_the_asker_thanked_is_the_outcome():
    texts = [
        ("asker", "The upload page of the lab report rejects my file, how can I submit it before Friday?"),
        ("helper", "Rename the file without spaces, the upload page refuses names that contain spaces."),
        ("asker", "Thanks a lot, that worked!"),
    ]
    topic = thread(40, texts, title="Lab report upload")
    assert accepted_answers(topic) == {2}
    assert await decisions_of(topic) == [[2]]


async def test_une_reponse_que_l_auteur_remercie_est_l_issue():
    texts = [
        ("camille", "Où trouver le formulaire d'adhésion à l'association pour cette année ?"),
        ("remi", "Le formulaire d'adhésion est sur la page Documents du site, en bas de la liste."),
        ("camille", "Merci, c'est bon, j'ai trouvé le formulaire."),
    ]
    topic = thread(41, texts, title="Formulaire d'adhésion")
    assert accepts(topic.posts[2]) and accepted_answers(topic) == {2}
    assert await decisions_of(topic, "fr") == [[2]]


async def test_thanks_that_take_it_back_or_come_in_advance_accept_nothing():
    texts = [
        ("asker", "The upload page of the lab report rejects my file, how can I submit it before Friday?"),
        ("helper", "Rename the file without spaces, the upload page refuses names that contain spaces."),
        ("asker", "Thanks, but the upload page still rejects the renamed file."),
        ("other", "Could someone check the upload page for me too? Thanks in advance."),
        ("camille", "Merci, mais ça ne marche toujours pas chez moi."),
        ("asker", "Thanks, I will try that tomorrow."),
    ]
    topic = thread(42, texts, title="Lab report upload")
    assert not any(accepts(p) for p in topic.posts[2:])
    assert accepted_answers(topic) == set()
    assert await decisions_of(topic) == []


async def test_a_helper_thanking_a_member_for_feedback_accepts_nothing():
    texts = [
        ("asker", "Is the second project due on Friday or on Sunday this term?"),
        ("helper", "The second project is due on Sunday at midnight, like the first one."),
        ("member", "This course was the best part of my term, I learnt a lot from the projects @helper."),
        ("helper", "Thanks @member for this feedback, glad to know the projects helped."),
    ]
    topic = _replies(thread(43, texts, title="Second project"), {4: 3})
    assert accepted_answers(topic) == set()


async def test_un_merci_pour_une_proposition_ou_un_meme_question_n_accepte_aucune_reponse():
    texts = [
        ("alice", "Nous lançons un atelier de cartographie des lieux de la région, première séance mardi en visio."),
        ("bob", "Merci ! Est-ce que le lien de la visio sera partagé ici ?"),
        ("carole", "Je me pose la même question, et je propose d'ajouter les lieux ruraux à la carte."),
        ("alice", "Le lien sera envoyé la veille. Merci @carole pour la proposition, c'est noté."),
        ("david", "I have the same question, and I suggest we add the rural places to the map too."),
        ("alice", "Thanks @david for the idea, noted."),
    ]
    topic = _replies(thread(44, texts, title="Atelier cartographie"), {4: 3, 6: 5})
    assert accepted_answers(topic) == set()
    assert accepts(replace(topic.posts[5], raw="Thanks, that answered the same question I had."))


async def test_a_member_with_the_same_problem_can_accept_the_answer_naming_them():
    texts = [
        ("asker", "My quiz score resets to zero every time I save, is it a known problem?"),
        ("member", "Same here, the quiz score went back to zero after saving twice."),
        ("teacher", "@asker @member A fix is online: the last three saves are now listed and can be reloaded."),
        ("member", "Much appreciated, it works now."),
    ]
    topic = thread(44, texts, title="Quiz score resets")
    assert accepted_answers(topic) == {3}
    assert await decisions_of(topic) == [[3]]


async def test_in_a_thread_that_asks_nothing_the_solution_mark_is_courtesy():
    texts = [
        ("maker", "I built a small tool that grades notebooks automatically, the code is open for contributions."),
        ("teacher", "Great work, I see a lot of potential in this tool for the next terms."),
        ("maker", "Thanks, I will keep improving it."),
    ]
    topic = thread(45, texts, title="A notebook grading tool")
    topic = replace(topic, posts=tuple(replace(p, accepted_answer=p.post_number == 2) for p in topic.posts))
    assert accepted_answers(topic) == set()
    assert await decisions_of(topic) == []
    # the same mark under an announcement answers the question asked below it
    asked = [*texts[:1], ("member", "Will the tool work with notebooks written in R as well?"), texts[1]]
    topic = _replies(thread(46, asked, title="A notebook grading tool"), {3: 2})
    topic = replace(topic, posts=tuple(replace(p, accepted_answer=p.post_number == 3) for p in topic.posts))
    assert accepted_answers(topic) == {3}


async def test_the_authors_plea_is_not_a_decision():
    texts = [
        ("student", "My project was marked as failed because the licence file was misnamed, can it be evaluated?"),
        ("teacher", "Files changed after the deadline cannot be evaluated, the rule is the same for everyone."),
        (
            "student",
            "I completely respect your decision but if there is any chance you reconsider, "
            "I would really appreciate it since I renamed it before the deadline.",
        ),
    ]
    assert await decisions_of(thread(47, texts, title="Project licence")) == []
    textes = [
        ("camille", "Mon dossier de subvention a été refusé pour une pièce manquante, peut-il être réexaminé ?"),
        ("remi", "Les dossiers incomplets à la clôture ne sont pas réexaminés, c'est la règle pour tous."),
        ("camille", "Je respecte votre décision, mais je vous serais reconnaissante de revoir mon dossier."),
    ]
    assert await decisions_of(thread(48, textes, title="Dossier de subvention"), "fr") == []


async def test_a_short_answer_to_the_question_is_always_stated():
    texts = [
        ("asker", "The second project was due to be published on Monday, where can I find its statement?"),
        ("member", "Same question here, I looked everywhere on the course site without finding it."),
        ("helper", "It has been published."),
    ]
    topic = thread(49, texts, title="Second project statement")
    s = await synthesis_of(topic, "en")
    assert s.decisions == []
    assert any(p.post_numbers == [3] and p.text == "It has been published." for p in s.points())


async def test_un_probleme_signale_sans_point_d_interrogation_attend_une_reponse():
    texts = [
        ("camille", "Je n'arrive pas à ouvrir le tableau des inscriptions depuis mon téléphone."),
        ("lea", "Le tableau s'ouvre bien depuis un ordinateur, je viens d'essayer."),
        ("remi", "Passe par le navigateur."),
    ]
    topic = thread(50, texts, title="Tableau des inscriptions")
    s = await synthesis_of(topic, "fr")
    assert any(3 in p.post_numbers for p in s.points())
    # a thread that asks nothing has no answer to state
    shared = [("camille", "Le tableau des inscriptions est en ligne depuis ce matin."), *texts[1:]]
    topic = thread(51, shared, title="Tableau des inscriptions")
    assert answers(topic) == []


async def test_the_line_that_leads_to_the_recording_is_the_answer_but_not_in_a_debate():
    texts = [
        ("asker", "Was the Tuesday workshop on mesh cleaning recorded? I could not attend it."),
        ("helper", "The recording is here:\n\nhttps://video.example.org/workshop-mesh-cleaning"),
    ]
    topic = thread(52, texts, title="Workshop recording")
    s = await synthesis_of(topic, "en")
    assert any(p.post_numbers == [2] and p.text.startswith("The recording is here") for p in s.points())
    voices = [
        ("asker", "Which day suits everyone best for the monthly repair meeting, in your view?"),
        *[(f"member{i}", f"I would say day {i} of the week suits me, after work.") for i in range(1, 7)],
        ("member7", "Fine by me."),
    ]
    assert answers(thread(53, voices, title="Monthly meeting day")) == []


async def test_an_instruction_in_an_accepted_answer_is_the_decision_and_a_thanked_request_is_not():
    texts = [
        ("asker", "I cannot find the calendar of the live sessions anywhere on the course page."),
        ("helper", "Please find it under Resources, at the bottom of the course page."),
    ]
    topic = thread(54, texts, title="Live sessions calendar")
    topic = replace(topic, posts=tuple(replace(p, accepted_answer=p.post_number == 2) for p in topic.posts))
    assert await decisions_of(topic) == [[2]]
    texts = [
        ("asker", "Where is the script that checks the third exercise?"),
        ("maintainer", "The checking script is in the tools folder of the course repository."),
        ("member", "@maintainer could you merge my fix of the checking script, it points to the wrong file."),
        ("maintainer", "Thanks a lot, that helps."),
    ]
    topic = _replies(thread(55, texts, title="Checking script"), {4: 3})
    assert accepted_answers(topic) == set()


async def test_a_guess_is_no_decision_even_from_staff():
    texts = [
        ("student", "My resubmitted notebook still shows the old score, can it be graded again this week?"),
        ("teacher", "I think the resubmission form was opened too late for you, but I'm not sure how it is graded."),
        ("student", "Thanks, that helps."),
    ]
    topic = thread(49, texts, title="Resubmitted notebook")
    topic = replace(topic, posts=tuple(replace(p, moderator=p.username == "teacher") for p in topic.posts))
    assert await decisions_of(topic) == []
    textes = [
        ("camille", "Le compte rendu de la réunion d'hier a-t-il été publié quelque part ?"),
        ("remi", "Il me semble qu'il a été publié sur le pad, peut-être dans le dossier de septembre."),
        ("camille", "Merci, c'est bon, je l'ai trouvé."),
    ]
    topic = thread(50, textes, title="Compte rendu")
    topic = replace(topic, posts=tuple(replace(p, moderator=p.username == "remi") for p in topic.posts))
    assert await decisions_of(topic, "fr") == []
    # the asker marked that guess as the solution: it is the outcome they chose
    topic = replace(topic, posts=tuple(replace(p, accepted_answer=p.post_number == 2) for p in topic.posts))
    assert await decisions_of(topic, "fr") == [[2]]


async def test_in_a_thread_of_many_askers_a_member_thanking_their_own_helper_decides_nothing():
    texts = [
        ("teacher", "Please post here any question about the second homework of the statistics course."),
        ("nadia", "My notebook fails on question 4 with a key error on the column name, how can I fix it?"),
        ("tutor", "That happens because the column header has a trailing space, strip the names first."),
        ("nadia", "Thanks, that worked!"),
        ("omar", "The grader marks question 6 wrong although my median looks right, what am I missing?"),
        ("tutor", "I noticed an issue with your submission: you rounded the median before sorting."),
        ("omar", "Got it, thank you."),
    ]
    topic = _replies(thread(43, texts, title="Homework 2 questions"), {3: 2, 4: 3, 6: 5, 7: 6})
    assert accepted_answers(topic) == {3, 6}
    assert accepted_answers(topic, thread_only=True) == set()
    assert await decisions_of(topic) == []


async def test_dans_un_fil_de_questions_le_merci_d_un_membre_a_son_aide_ne_decide_rien():
    texts = [
        ("prof", "Posez ici vos questions sur le deuxième devoir du cours de statistique."),
        ("lea", "Mon calcul de la médiane échoue à la question 3, comment corriger l'erreur ?"),
        ("tuteur", "C'est parce que la colonne contient du texte, convertissez-la en nombres d'abord."),
        ("lea", "Merci, ça marche maintenant."),
    ]
    topic = _replies(thread(44, texts, title="Questions du devoir 2"), {3: 2, 4: 3})
    assert accepted_answers(topic, thread_only=True) == set()
    assert await decisions_of(topic, "fr") == []


async def test_an_answer_to_the_author_thanked_by_a_member_with_the_same_problem_is_the_outcome():
    texts = [
        ("asker", "My saved score on the quiz keeps resetting to zero, what should I do?"),
        ("other", "Same problem here, my score went back to zero after saving."),
        ("teacher", "@asker @other A fix has been deployed, save your answers again and the score will stay."),
        ("other", "Much appreciated, it works now."),
    ]
    topic = thread(45, texts, title="Quiz score resets")
    assert accepted_answers(topic, thread_only=True) == {3}
    assert [3] in await decisions_of(topic)


async def test_a_decision_that_names_nothing_it_decides_is_left_out():
    texts = [
        ("teacher", "Please report here any problem with the grading of the third quiz."),
        ("sam", "Question 5 of the quiz marks my correct answer wrong, could you check the grader?"),
        ("teacher", "We have decided to extend the quiz deadline to Sunday evening for everyone."),
        ("teacher", "I fixed this."),
    ]
    topic = thread(46, texts, title="Quiz 3 grading")
    assert await decisions_of(topic) == [[3]]


async def test_une_decision_qui_ne_dit_pas_ce_qu_elle_decide_est_laissee_de_cote():
    texts = [
        ("prof", "Signalez ici tout problème de correction du troisième quiz."),
        ("sam", "La question 5 du quiz compte faux ma bonne réponse, pouvez-vous vérifier ?"),
        ("prof", "Nous avons décidé de prolonger le quiz jusqu'à dimanche soir pour tous."),
        ("prof", "Voilà, c'est décidé."),
    ]
    topic = thread(47, texts, title="Correction du quiz 3")
    assert await decisions_of(topic, "fr") == [[3]]


def _sections(raw: str) -> dict[str, str]:
    """The rendered synthesis by its level-2 headings."""
    out: dict[str, str] = {}
    for part in raw.split("\n## ")[1:]:
        heading, _, body = part.partition("\n")
        out[heading.strip()] = body
    return out


async def test_advice_the_asker_accepted_is_shown_as_the_accepted_answer_not_a_decision():
    texts = [
        ("asker", "Will the weekly graded assignments also ask us to write code, or only to choose answers?"),
        ("helper", "In these assignments you usually have to compute the answers with the tools shown in the videos."),
        ("asker", "Thanks a lot, that is clear now."),
        ("teacher", "The deadline of the second assignment has been extended to Sunday night for everyone."),
    ]
    topic = thread(56, texts, title="Graded assignments")
    topic = replace(topic, posts=tuple(replace(p, moderator=p.username == "teacher") for p in topic.posts))
    s = await synthesis_of(topic, "en")
    sections = _sections(render_synthesis(s, "Asia/Kolkata"))
    assert "usually have to compute" in sections["Accepted answer"]
    assert "usually have to compute" not in sections["Decisions"]
    assert "has been extended" in sections["Decisions"]
    assert [r["post_number"] for r in decision_records(s)] == [4]


async def test_un_conseil_que_l_auteur_accepte_est_la_reponse_acceptee_pas_une_decision():
    texts = [
        ("camille", "Pour l'atelier vélo, faut-il apporter ses propres outils ou en trouve-t-on sur place ?"),
        ("remi", "En général il vaut mieux apporter ses clés, celles de l'atelier sont souvent déjà prises."),
        ("camille", "Merci, c'est clair, j'apporterai les miennes."),
    ]
    topic = thread(57, texts, title="Atelier vélo")
    s = await synthesis_of(topic, "fr")
    sections = _sections(render_synthesis(s, "Europe/Paris"))
    assert "apporter ses clés" in sections["Réponse acceptée"]
    assert "Décisions" not in sections
    assert decision_records(s) == []
