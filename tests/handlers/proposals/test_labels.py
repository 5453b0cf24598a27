"""A proposal's label reads as what was proposed: the frame that makes a sentence a proposal
("il faut que…", "veiller à ce que…", "we request that…") is kept, the subject keeps its
article, and what is cut is incidental, never the rest of the idea."""

from __future__ import annotations

import pytest

from handlers.proposals.label import ends_whole, label, words

FRENCH = [
    (
        "Il faut a minima que la mairie prête le gymnase aux clubs du quartier.",
        "Que la mairie prête le gymnase aux clubs du quartier",
    ),
    (
        "Il faudrait néanmoins que les petites structures ne soient pas oubliées dans la répartition.",
        "Que les petites structures ne soient pas oubliées dans la répartition",
    ),
    (
        "L'enjeu, si l'on veut toucher les jeunes, que la communication ne passe pas uniquement par Instagram.",
        "Que la communication ne passe pas uniquement par Instagram",
    ),
    (
        "Il faudrait faire attention à ce que les bénévoles ne s'épuisent pas pendant l'été.",
        "Veiller à ce que les bénévoles ne s'épuisent pas pendant l'été",
    ),
    (
        "Veiller à ce que les subventions ne soient pas réservées aux grosses associations.",
        "Que les subventions ne soient pas réservées aux grosses associations",
    ),
    ("Il serait bien que chaque quartier ait son conseil citoyen.", "Que chaque quartier ait son conseil citoyen"),
    (
        "Les clubs ne devraient pas être choisis pour être les seuls gestionnaires du stade.",
        "Les clubs ne devraient pas être choisis comme seuls gestionnaires du stade",
    ),
    (
        "Déployer enfin une vraie monnaie locale solidaire en s'inspirant de celle de la ville voisine.",
        "Déployer enfin une vraie monnaie locale solidaire",
    ),
    (
        "Définir des règles claires qui inscrivent les jardins dans une démarche collective soutenue par la commune.",
        "Définir des règles claires qui inscrivent les jardins dans une démarche collective",
    ),
    (
        "J'aimerais davantage lire / entendre du pourquoi une réforme pour les écoles que du comment.",
        "Davantage lire / entendre du pourquoi une réforme pour les écoles",
    ),
    ("Ce serait bien que la salle reste ouverte le dimanche.", "Que la salle reste ouverte le dimanche"),
]
"""French frames stay ("Que X", "Veiller à ce que X"), the subject keeps its article."""

ASKED = [
    (
        "Pourriez-vous ajouter les liens des visios dans le compte-rendu de la semaine ?",
        "Ajouter les liens des visios dans le compte-rendu de la semaine",
    ),
    (
        "Serait-il possible de publier les notes avant la prochaine réunion ?",
        "Publier les notes avant la prochaine réunion",
    ),
    ("Est-ce qu'on pourrait ouvrir la salle du bas le dimanche matin ?", "Ouvrir la salle du bas le dimanche matin"),
    (
        "Ne pourrait-on pas mutualiser les achats de matériel entre les jardins ?",
        "Mutualiser les achats de matériel entre les jardins",
    ),
    (
        "Serait-il possible que la mairie prête le gymnase le samedi ?",
        "Que la mairie prête le gymnase le samedi",
    ),
    ("Could you add the recordings to the weekly notes?", "Add the recordings to the weekly notes"),
    (
        "Would it be possible to publish the answer keys before the revision class?",
        "Publish the answer keys before the revision class",
    ),
    ("Is it possible for us to get one more week for the project?", "Get one more week for the project"),
    ("Can we move the weekly call to Thursday evenings?", "Move the weekly call to Thursday evenings"),
]
"""A proposal put as a question to someone ("Pourriez-vous…", "Serait-il possible de…", "Est-ce qu'on
pourrait…", "Could you…", "Would it be possible to…") is labelled by what it proposes."""

ENGLISH = [
    (
        "We need the course team to publish the answer keys before the quiz.",
        "The course team to publish the answer keys before the quiz",
    ),
    (
        "It must be ensured that every student gets the same number of attempts.",
        "Ensure that every student gets the same number of attempts",
    ),
    (
        "We must make sure the portal stays open during the whole exam.",
        "Make sure the portal stays open during the whole exam",
    ),
    (
        "All I hope and request that the final exam turns out to be more balanced than the quiz so we pass.",
        "That the final exam turns out to be more balanced",
    ),
    (
        "Meanwhile, we would like to know if a doubt session can be arranged before the final.",
        "Whether a doubt session can be arranged before the final",
    ),
    (
        "Alternatively, we could hold the office hours on Saturday mornings.",
        "Hold the office hours on Saturday mornings",
    ),
    (
        "Another option could be to split the project into two smaller submissions.",
        "Split the project into two smaller submissions",
    ),
    (
        "PS - To reduce the load, my suggestion would be to move the quiz to the following week.",
        "Move the quiz to the following week",
    ),
    ("@alice @bob Sir please extend the deadline to Sunday night.", "Extend the deadline to Sunday night"),
    (
        "I sincerely request if it would be possible to reopen the submission portal for one day.",
        "Reopen the submission portal for one day",
    ),
    ("Hopefully, I would like a clearer rubric for the final project.", "A clearer rubric for the final project"),
    (
        "Anyway, if the tool turns out useful then it could be added to the editor as a new effect.",
        "It could be added to the editor as a new effect",
    ),
    ("If the deadline proves too short then we should extend it by a week.", "Extend it by a week"),
    ("I agree with @ann that we should open the workshop on Saturdays.", "Open the workshop on Saturdays"),
    ("Yes, I would be a +1 for changing the popup to a button.", "Changing the popup to a button"),
    ("So, the simplest fix for the crash would be to upgrade the toolkit.", "Upgrade the toolkit"),
    ("It would be nice to address this in the import plugin itself.", "Address this in the import plugin itself"),
    (
        "Maybe we can refine the patch here and then file an issue upstream.",
        "Refine the patch here and then file an issue upstream",
    ),
    ("Simply change the centering function.", "Change the centering function"),
    (
        "We struggled to find an easy tool for it (with no success), so now we would like to share our own module.",
        "Share our own module",
    ),
    (
        "Even if the team cannot answer right away, it would help to know when the results come.",
        "It would help to know when the results come",
    ),
    (
        "So, do we keep this channel, or should we open a Slack workspace or something?",
        "Do we keep this channel, or should we open a Slack workspace",
    ),
    (
        "I would like to request a small bonus for each day of delay in the results.",
        "A small bonus for each day of delay in the results",
    ),
    (
        "finished my exams only yesterday and started late please give two more days for the project sir",
        "Give two more days for the project",
    ),
    ("Could you reopen the form for a few minutes . like just for today", "Reopen the form for a few minutes"),
    (
        "So, I request sir to accept any one of the attempts instead of the first",
        "Accept any one of the attempts instead of the first",
    ),
    (
        "I request you to consider late uploads of 2-3 minutes as the server was down this morning",
        "Consider late uploads of 2-3 minutes",
    ),
    (
        "Can I suggest to replace the sample output which shows the year as a string and the score as a float",
        "Replace the sample output which shows the year as a string",
    ),
    ("I spent the whole weekend on this, and I sincerely request that you grade it again.", "Grade it again"),
    (
        "It would be really helpful if the lab could stay open until nine on Fridays.",
        "If the lab could stay open until nine on Fridays",
    ),
    (
        "Therefore, I request that the graders only use the final submission as announced.",
        "That the graders only use the final submission as announced",
    ),
    ("I would like to respectfully ask if the quiz will be held online.", "Whether the quiz will be held online"),
    ("I request you kindly to give a second attempt for the lab exam.", "Give a second attempt for the lab exam"),
    (
        "Please consider my late upload as an honest mistake, please sir.",
        "Consider my late upload as an honest mistake",
    ),
    ("@tutor could you please add one bonus mark in the LAB (not the final grade)?", "Add one bonus mark in the LAB"),
    ("Il faudrait rouvrir le formulaire du TP (pas le QCM) ?", "Rouvrir le formulaire du TP"),
]
"""English requests read as what was asked, not as a claim or a fragment."""


@pytest.mark.parametrize(("statement", "expected"), FRENCH + ENGLISH + ASKED)
def test_a_label_reads_as_what_was_proposed(statement, expected):
    assert label(statement) == expected
    assert words(label(statement)) <= 12 and ends_whole(label(statement))
