"""What a synthesis lists as positions and next steps: not a problem reported again (with or without
a question mark), a greeting opening a request, a clause cut from its sentence, an ask without its
question mark, a plea backing a request, nor what someone says another said or guesses will happen."""

from __future__ import annotations

from handlers.summaries import synthesize
from tests.handler_kit import make_ctx
from tests.summaries_kit import thread


async def _said(texts: list[tuple[str, str]], topic_id: int, language: str) -> tuple[list[str], list[str]]:
    positions, _, steps = await _read(texts, topic_id, language)
    return positions, steps


async def _read(texts: list[tuple[str, str]], topic_id: int, language: str) -> tuple[list[str], list[str], list[str]]:
    """Positions (objections too), open questions, and what is stated as decided or to come (staff's
    "will be published" is a decision); "tutor" and "tuteur" moderate."""
    topic = thread(topic_id, texts, title="Quiz 2", moderators=frozenset({"tutor", "tuteur"}))
    s = await synthesize(topic, make_ctx([], language=language))
    positions = [x.text for t in s.themes for p in t.points for x in (p, *p.objections)]
    return positions, [q.text for q in s.open_questions], [n.text for n in (*s.decisions, *s.next_steps)]


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


async def test_problems_reported_without_a_question_mark_are_not_positions():
    texts = [
        ("asker", "The lab 3 grader rejects my notebook although every cell runs, what is wrong?"),
        ("ben", "In exercise 5 i got error when the grader imports the notebook"),
        ("cara", "i am not getting why my lab score is zero after the resubmission"),
        ("dev", "My lab 3 result is still showing not submitted on the course page"),
        ("emma", "Can anyone help me with the import step of exercise 5 please"),
        ("tutor", "The grader only accepts notebooks saved with the course kernel selected in the menu."),
        ("finn", "I think the course page should list the kernel requirement next to the upload button."),
        ("gina", "I keep getting the same import error in exercise 5 even with the course kernel"),
        ("hana", "I don't think the kernel fix reached my account, I still get the same import error."),
    ]
    positions, _ = await _said(texts, 74, "en")
    assert any("kernel requirement" in p for p in positions)
    reports = ("In exercise 5 i got", "i am not getting", "My lab 3 result", "Can anyone help", "I keep", "I don't")
    assert not any(p.startswith(reports) for p in positions)


async def test_un_probleme_signale_sans_point_d_interrogation_n_est_pas_une_position():
    texts = [
        ("lea", "Le correcteur du TP 3 refuse mon carnet alors que toutes les cellules tournent, pourquoi ?"),
        ("paul", "J'ai une erreur à l'exercice 5 quand le correcteur importe le carnet"),
        ("ines", "Je ne comprends pas pourquoi ma note du TP est à zéro après le second dépôt"),
        ("hugo", "Ma note du TP 3 affiche toujours zéro sur la page du cours"),
        ("zoe", "Quelqu'un peut m'aider pour l'import de l'exercice 5 merci"),
        ("tuteur", "Le correcteur n'accepte que les carnets enregistrés avec le noyau du cours choisi dans le menu."),
        ("marc", "Je pense que la page du cours devrait rappeler le noyau demandé à côté du bouton de dépôt."),
    ]
    positions, _ = await _said(texts, 75, "fr")
    assert any("noyau demandé" in p for p in positions)
    reports = ("J'ai une erreur", "Je ne comprends pas", "Ma note du TP", "Quelqu'un peut")
    assert not any(p.startswith(reports) for p in positions)


async def test_the_latest_reply_is_no_answer_when_it_reports_the_problem_again():
    texts = [
        ("asker", "Where do we upload the lab 3 notebook, the course page shows no upload button?"),
        ("tutor", "The upload button appears under the lab 3 heading once the lab opens on Monday."),
        ("ben", "I am facing the same issue with the upload button on the lab 3 page"),
    ]
    positions, _ = await _said(texts, 76, "en")
    assert not any("same issue" in p for p in positions)


async def test_asks_without_a_question_mark_and_pleas_are_not_positions():
    texts = [
        ("asker", "Could the staff share how the final lab exam will be graded this term?"),
        ("ben", "any sample papers for the lab exam and on what topics the tasks would be set"),
        ("cara", "I think the lab exam should reuse the format of the weekly notebooks we already know."),
        ("dev", "Please publish a sample lab exam with the grading notes before the weekend."),
        ("emma", "Yes sir please it will help us to practise the timing of the lab exam."),
        ("finn", "With only four days left, I wanted to ask for a quick tip on the lab exam."),
        ("gina", "I believe the weekly notebooks cover most of what the lab exam tests in practice."),
    ]
    positions, questions, _ = await _read(texts, 75, "en")
    assert any("weekly notebooks" in p for p in positions)
    assert not any(p.startswith(("any sample", "Yes sir", "With only")) for p in positions)
    assert any(q.startswith("any sample papers") for q in questions)
    assert not any("quick tip" in q for q in questions)  # the ask is announced, the question comes next


async def test_une_demande_sans_point_d_interrogation_et_un_soutien_ne_sont_pas_des_positions():
    texts = [
        ("lea", "Comment l'examen de TP sera-t-il noté ce semestre ?"),
        ("paul", "est-ce que des sujets d'annales de l'examen de TP seront mis en ligne cette semaine"),
        ("ines", "Je pense que l'examen de TP devrait reprendre le format des carnets hebdomadaires."),
        ("marc", "Il faudrait publier un sujet blanc de l'examen de TP avant le week-end."),
        ("zoe", "Oui svp, cela nous aiderait beaucoup pour gérer le temps de l'examen de TP."),
        ("noe", "À quatre jours de l'examen, je voulais vous demander un petit conseil pour le TP."),
        ("ana", "À mon avis les carnets hebdomadaires couvrent presque tout ce que l'examen de TP évalue."),
    ]
    positions, questions, _ = await _read(texts, 76, "fr")
    assert any("carnets hebdomadaires" in p for p in positions)
    assert not any(p.startswith(("est-ce que", "Oui svp", "À quatre jours")) for p in positions)
    assert any(q.startswith("est-ce que des sujets") for q in questions)
    assert not any("petit conseil" in q for q in questions)


async def test_a_member_foretelling_what_staff_will_do_is_no_next_step():
    texts = [
        ("asker", "When will the scores of the second quiz be on the dashboard, nothing shows yet?"),
        ("ben", "The scores of the second quiz will be announced by Friday on the dashboard."),
        ("cara", "We will share our own notes of the second quiz in the study group channel tonight."),
        ("tutor", "The scores of the second quiz will be published on the dashboard next Monday."),
    ]
    _, _, steps = await _read(texts, 77, "en")
    assert any("next Monday" in s for s in steps)
    assert any("our own notes" in s for s in steps)  # a member's own plan, cited as theirs
    assert not any("by Friday" in s for s in steps)


async def test_un_membre_qui_predit_la_suite_n_annonce_pas_la_suite():
    texts = [
        ("lea", "Quand les notes du deuxième quiz arriveront-elles sur le tableau de bord ?"),
        ("paul", "Comme pour le premier quiz, les résultats seront publiés vendredi soir par l'équipe."),
        ("tuteur", "Les corrections seront mises en ligne lundi prochain avec le barème détaillé."),
    ]
    _, _, steps = await _read(texts, 78, "fr")
    assert any("lundi prochain" in s for s in steps)
    assert not any("vendredi" in s for s in steps)


async def test_a_request_asked_again_in_other_words_is_one_proposal_and_no_position():
    texts = [
        ("ann", "The final exam is in one week and we have very little practice material for it."),
        ("bo", "Please publish the practice test as soon as possible, the syllabus changed this year."),
        ("cy", "Please publish the practice test or share the sample papers of this syllabus."),
        ("dee", "Please add a second lab slot on Saturday for those who work on weekdays."),
    ]
    s = await synthesize(thread(79, texts, title="Final exam"), make_ctx([], language="en"))
    positions = [x.text for t in s.themes for p in t.points for x in (p, *p.objections)]
    asked = [p for p in s.proposals if "practice test" in p.text]
    assert len(asked) == 1 and asked[0].post_numbers == [2, 3]
    assert not any("practice test" in p for p in positions)


async def test_an_objection_to_a_rule_is_a_position_while_trouble_with_an_account_is_not():
    texts = [
        ("asker", "The committee wants to move every volunteer to the new weekend rota, what do you think?"),
        ("ben", "I have a problem with the new rota, it is unfair to part-timers who work on Saturdays."),
        ("cara", "I can't understand why we keep changing the rules every single season."),
        ("dan", "Can anyone help me carry the tables to the hall after the vote on Friday"),
        ("emma", "I have a problem with my account, I cannot log in to the rota page since Monday."),
        ("finn", "I think the rota should let part-timers pick two weekends a month themselves."),
    ]
    positions, questions, _ = await _read(texts, 76, "en")
    assert any("carry the tables" in q for q in questions)
    assert any("unfair to part-timers" in p for p in positions)
    assert any("changing the rules" in p for p in positions)
    assert not any("my account" in p for p in positions)


async def test_une_objection_a_une_regle_est_une_position_un_souci_de_compte_non():
    texts = [
        ("lea", "Le bureau propose de nouveaux critères pour les subventions aux lieux culturels, qu'en dites-vous ?"),
        ("paul", "J'ai un problème avec cette façon de répartir les fonds entre les grandes salles et les autres."),
        ("ines", "Je ne comprends pas pourquoi on change encore les critères alors que l'ancien vote datait d'un an."),
        ("hugo", "J'ai un problème avec mon compte, je n'arrive pas à me connecter pour voter."),
        ("marc", "Je pense que les petits lieux devraient avoir une enveloppe réservée dans le budget."),
    ]
    positions, _, _ = await _read(texts, 77, "fr")
    assert any("répartir les fonds" in p for p in positions)
    assert any("change encore les critères" in p for p in positions)
    assert not any("mon compte" in p for p in positions)


CROWD = [
    ("asker", "Will the lab 3 scores be updated on the dashboard before the end of the term?"),
    ("ben", "I submitted my lab 3 twice and my last submission was at 10:42 on Sunday night."),
    ("cara", "Kindly check the lab 3 submissions again, the dashboard still shows them as absent."),
    ("dan", "The lab 3 scores are pushed to the dashboard by the operations team every Tuesday."),
    ("eve", "Please make sure the lab 3 server is running when you press the save button."),
    ("fay", "I think the dashboard should mark lab 3 scores that are still pending instead of showing zero."),
    ("gus", "For lab 3 the grader checks the answer each time you save, and if the server is down it marks it wrong."),
    ("hal", "I can confirm your lab 3 score is 8 on our back end server."),
    ("ivy", "We can confirm that our records show you got 7 in lab 3 before the deadline."),
    ("jon", "The lab 3 answer is correct but the page still marks it as incorrect sir."),
    ("kim", "For lab 3 you are using the old template file, which has the wrong header row."),
    ("lou", "Not able to open the lab 3 page from the course portal today."),
    ("max", "I believe my lab 3 answer is correct and should get the full marks."),
]


async def test_in_a_crowded_thread_ones_own_story_and_pleas_are_not_positions():
    positions, _ = await _said(CROWD, 73, "en")
    assert any(p.startswith("The lab 3 scores are pushed") for p in positions)  # a fact for everyone
    assert any(p.startswith("I think the dashboard") for p in positions)  # a view in the first person
    assert any(p.startswith("Please make sure") for p in positions)  # an instruction, not a plea
    told = (
        "I submitted",
        "I believe my",
        "Kindly check",
        "I can confirm",
        "We can confirm",
        "The lab 3 answer",
        "For lab 3 you",
        "Not able",
    )
    assert not any(p.startswith(told) for p in positions)


async def test_in_a_thread_about_one_members_case_their_story_is_the_subject():
    texts = [
        ("asker", "My lab 3 score shows zero on the dashboard although the lab page shows seven."),
        ("tara", "I have checked your lab 3 submission and you submitted it after the deadline on the 22nd."),
    ]
    positions, _ = await _said(texts, 74, "en")
    assert any(p.startswith("I have checked your lab 3") for p in positions)


async def test_dans_un_fil_tres_suivi_le_recit_de_son_propre_cas_n_est_pas_une_position():
    texts = [
        ("lea", "Les notes du TP 3 seront-elles mises à jour sur le tableau de bord avant la fin du trimestre ?"),
        ("paul", "J'ai rendu mon TP 3 deux fois et mon dernier envoi date de dimanche soir à 22 h 42."),
        ("ines", "Merci de vérifier les rendus du TP 3, le tableau de bord les affiche toujours absents."),
        ("marc", "Les notes du TP 3 sont envoyées sur le tableau de bord par le service des examens le mardi."),
        ("noe", "Je pense que le tableau de bord devrait signaler les notes du TP 3 encore en attente."),
        ("ana", "Moi aussi, mon TP 3 apparaît absent alors que je l'ai bien envoyé lundi matin."),
        ("eli", "Les notes du TP 3 en attente ne comptent pas tant que le service ne les a pas validées."),
        ("zoe", "Je pense que mon TP 3 est correct et qu'il mérite la note entière."),
        ("ugo", "Le TP 3 rendu après la date limite reçoit une note réduite de moitié selon le règlement."),
    ]
    positions, _ = await _said(texts, 75, "fr")
    assert any(p.startswith("Les notes du TP 3 sont envoyées") for p in positions)
    assert any(p.startswith("Je pense que le tableau") for p in positions)
    assert not any(p.startswith(("J'ai rendu", "Merci de vérifier", "Je pense que mon")) for p in positions)


async def test_pieces_of_sentences_and_pasted_output_are_not_positions():
    texts = [
        ("asker", "Why does the lab 3 grader reject the year field of the exported file?"),
        ("ben", "In lab 3 the grader keeps rejecting it, able to fix most of the other fields but"),
        ("cara", "Error: At [4].year: Values do not match the expected ones."),
        ("gil", "Year Field Rejected In The Lab 3 Export"),
        ("dan", "Use the following as the first argument of the export call to keep the years as numbers."),
        ("fay", "No, it is rejected for a different reason."),
        ("eve", "The grader compares the year field as a number, so a year written as text is rejected."),
    ]
    positions, _ = await _said(texts, 76, "en")
    assert any(p.startswith("The grader compares") for p in positions)
    assert not any(
        p.startswith(("In lab 3 the grader", "Error:", "Use the following", "No, it", "Year Field")) for p in positions
    )


async def test_des_morceaux_de_phrase_ne_sont_pas_des_positions():
    texts = [
        ("lea", "Pourquoi le correcteur du TP 3 refuse-t-il le champ année du fichier exporté ?"),
        ("paul", "Au TP 3 le correcteur refuse toujours le fichier, j'ai corrigé presque tous les champs mais"),
        ("ines", "Utilisez l'option ci-dessous pour garder les années en nombres dans le fichier exporté."),
        ("eva", "Non, ça vient d'autre chose à mon avis."),
        ("marc", "Le correcteur lit le champ année comme un nombre, une année écrite en texte est donc refusée."),
    ]
    positions, _ = await _said(texts, 77, "fr")
    assert any(p.startswith("Le correcteur lit") for p in positions)
    assert not any(p.startswith(("Au TP 3 le correcteur", "Utilisez l'option", "Non, ça")) for p in positions)


async def test_questions_put_to_one_member_or_reporting_a_problem_are_not_left_open():
    texts = [
        ("asker", "The lab 3 grader says the year field does not match, what format does it expect for years?"),
        ("ben", "What error message are you getting on the lab 3 page exactly?"),
        ("cara", "Why does the lab 3 page keep showing an error for every answer I save?"),
        ("dan", "Should the lab 3 export keep the header row, or does the grader skip it anyway?"),
        ("eve", "How do we add the links to the lab 3 report? (getting error: links missing)"),
        ("fay", "Do you think the grader should accept years written as text as well?"),
        ("gil", "Has anyone else faced this issue on the lab 3 page and found a way around it?"),
        ("tutor", "That problem has been fixed on the lab 3 page, the years are read as numbers now."),
    ]
    _, questions, _ = await _read(texts, 78, "en")
    assert any(q.startswith("Should the lab 3 export") for q in questions)
    assert any(q.startswith("How do we add the links") for q in questions)  # the problem is only an aside
    assert any(q.startswith("Do you think") for q in questions)  # asked of everyone
    assert not any(q.startswith(("What error message", "Why does the lab 3 page", "Has anyone")) for q in questions)
