"""A thread may carry a link that looks like the one asked and is not: another week's call, a link its
poster says has changed, another term's recording. Through the whole engine against the sandbox forum,
scribe never answers with it (it may stay silent or ask the announcer)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.i18n import Messages
from handlers import links
from tests.handler_kit import make_ctx, make_post
from tests.handlers.links.test_links import topic_of
from tests.handlers.links.test_links_asks import Thread, scribe_says


async def links_said(make_sandbox, make_engine, thread: Thread, gaps: Sequence[int] = ()) -> list[str]:
    """What scribe posted in the thread about links (answers and asks), not its reminders."""
    return [raw for raw in await scribe_says(make_sandbox, make_engine, thread, gaps) if ":links -->" in raw]


WEEK3_CALL = "https://meet.google.com/wkt-hree-call"
OLD_CALL = "https://meet.google.com/old-call-link"
OLD_TERM_VIDEO = "https://youtu.be/PrevTermW6rec"
OLD_VISIO = "https://meet.jit.si/collectif-visio-octobre"
SIGN_UP = "https://forms.gle/TalkSignUpForm24"
MORNING_CALL = "https://iitm.zoom.us/j/95555555555"
MOCK = "https://exam.example.ac.in/mock/quiz2"
GA5_CALL = "https://meet.google.com/gaf-ive-doubt"
OTHER_TOPIC = "https://forum.example.ac.in/t/ga6-doubt-session-on-friday/4567"
AGENDA = "https://pad.example.org/p/ordre-du-jour-ag"
CHAT_GROUP = "https://chat.whatsapp.com/CourseUpdatesGroup"
MEMBER_CALL = "https://meet.google.com/mem-ber-call"
QUIZ_PORTAL = "https://exam.example.ac.in/quiz-two"
MEMBER_NOTEBOOK = "https://colab.research.google.com/drive/1NorasOwnNotebook"
LATER_CALL = "https://meet.google.com/lat-erda-call"
DATE_POLL = "https://framadate.org/CollectifVisioDecembre"

QUIZ_ASKED_TWICE = [
    ("moderateur", f"Quiz 2 on Sunday at 2 PM IST. Exam portal: {QUIZ_PORTAL} (active 10 min before)"),
    ("nora", "Is the exam link enabled yet?"),
    ("paul", "I also keep checking the portal page every day."),
    ("ines", "Same here, revising week 3 meanwhile."),
    ("lea", "Sir exam link please"),
]
"""The portal announced, asked after ("enabled yet?": scribe unsure), then asked for again days later."""

WRONG: dict[str, tuple[Thread, str]] = {
    "a call link under another week's heading": (
        (
            "en",
            "Live session schedule",
            [
                (
                    "moderateur",
                    "Week 3 live session on Monday at 7 PM IST.\n"
                    f"Link: {WEEK3_CALL}\n\n"
                    "Week 4 live session on Thursday at 7 PM IST, link will be shared later.",
                ),
                ("lea", "Sir kindly share the week 4 session link"),
            ],
        ),
        WEEK3_CALL,
    ),
    "an assignment's notes under another week's heading": (
        (
            "en",
            "Practice material",
            [
                (
                    "moderateur",
                    "Week 5 practice problems\n"
                    "Notebook: https://colab.research.google.com/drive/1WeekFivePractice\n\n"
                    "Week 6 practice problems: coming on Friday.",
                ),
                ("lea", "Where is the week 6 notebook? Please share"),
            ],
        ),
        "1WeekFivePractice",
    ),
    "a call link its poster later says has changed": (
        (
            "en",
            "Doubt clearing session",
            [
                ("moderateur", f"Doubt clearing session on Friday at 8 PM IST. Join here: {OLD_CALL}"),
                (
                    "moderateur",
                    '[quote="moderateur, post:1, topic:1"]\n'
                    f"Doubt clearing session on Friday at 8 PM IST. Join here: {OLD_CALL}\n[/quote]\n\n"
                    "This one has changed, a fresh link will come shortly.",
                ),
                ("lea", "Sir kindly share the meeting link for the doubt session"),
            ],
        ),
        OLD_CALL,
    ),
    "une visio dont le lien a changé": (
        (
            "fr",
            "Visio du collectif",
            [
                ("moderateur", f"Visio du collectif jeudi à 18h : {OLD_VISIO}"),
                ("moderateur", "Attention, le lien a changé ! Je mets l'autre ici dès que possible."),
                ("lea", "Bonjour, vous pouvez partager le lien de la visio ?"),
            ],
        ),
        OLD_VISIO,
    ),
    "the demo repository for the slides its post forgot": (
        (
            "en",
            "Talk at the build-tools meetup",
            [
                (
                    "moderateur",
                    "Thanks to all who came to the talk! Slides are linked below, and the demo repository is "
                    "https://github.com/example/cache-demo",
                ),
                ("lea", "Got the demo repo but I don't see the slides link, could you add it?"),
            ],
        ),
        "https://github.com/example/cache-demo",
    ),
    "un lien que son autrice dit être celui de l'an dernier": (
        (
            "fr",
            "Adhésions ouvertes",
            [
                ("moderateur", f"Les adhésions de la saison sont ouvertes : {SIGN_UP}"),
                ("moderateur", "Oups, le lien ci-dessus est celui de l'an dernier, je corrige vite."),
                ("lea", "Du coup c'est quel lien pour adhérer ?"),
            ],
        ),
        SIGN_UP,
    ),
    "un formulaire que son auteur dit de l'an dernier, à ne pas utiliser": (
        (
            "fr",
            "Stands de la fête de la récup",
            [
                ("moderateur", f"Inscriptions des stands pour la fête de la récup : {SIGN_UP}"),
                (
                    "moderateur",
                    "Oups, c'est le formulaire de l'an dernier ! Ne l'utilisez pas, je remets le bon ce soir.",
                ),
                ("lea", "le bon formulaire est dispo quelque part ? on voudrait réserver un stand"),
            ],
        ),
        SIGN_UP,
    ),
    "a link its poster calls the wrong one": (
        (
            "en",
            "Sprint sign-up is open",
            [
                ("moderateur", f"Sign up for the sprint here: {SIGN_UP}"),
                ("moderateur", "Wrong link above, sorry! Will post the right form in a bit."),
                ("lea", "Where is the sign-up form link?"),
            ],
        ),
        SIGN_UP,
    ),
    "another term's recording given while this one's is awaited": (
        (
            "en",
            "Week 6 live session",
            [
                ("moderateur", "Week 6 live session recordings will be posted in this thread."),
                (
                    "moderateur",
                    "Yesterday's recording will be uploaded by tomorrow. Till then you can watch last term's "
                    f"recording of the same topic: {OLD_TERM_VIDEO}",
                ),
                ("lea", "Sir pls share the recording, I missed the session"),
            ],
        ),
        OLD_TERM_VIDEO,
    ),
    "le replay de l'an dernier en attendant celui-ci": (
        (
            "fr",
            "Webinaire financement des tiers-lieux",
            [
                ("moderateur", "Les replays des webinaires seront publiés dans ce sujet."),
                (
                    "moderateur",
                    f"Le replay d'hier arrive bientôt ; en attendant voici celui de l'an dernier : {OLD_TERM_VIDEO}",
                ),
                ("lea", "Bonjour, est-ce que le replay du webinaire est disponible ? Merci de partager le lien"),
            ],
        ),
        OLD_TERM_VIDEO,
    ),
    "a talk's sign-up form for a request naming no kind": (
        (
            "en",
            "Industry talk on data careers",
            [
                ("moderateur", f"Industry talk tomorrow at 6 PM IST. Register here: {SIGN_UP}"),
                ("lea", "Where is the link for the talk? Not able to find it"),
            ],
        ),
        SIGN_UP,
    ),
    "the announcement's form for another form a member spoke of": (
        (
            "en",
            "Project 2 team registration",
            [
                ("moderateur", f"Register your project 2 team by Friday: {SIGN_UP}"),
                ("nora", "I also filled the mentorship form yesterday, it is a separate one."),
                ("lea", "@nora where is the link for the mentorship form?", 2),
            ],
        ),
        SIGN_UP,
    ),
    "the announcement's only form for a form it does not speak of": (
        (
            "en",
            "Project 2 team registration",
            [
                ("moderateur", f"Register your project 2 team by Friday: {SIGN_UP}"),
                ("lea", "Where is the link for the mentorship form?"),
            ],
        ),
        SIGN_UP,
    ),
    "a workshop's sign-up form for its feedback form": (
        (
            "en",
            "Workshop on Saturday",
            [
                ("moderateur", f"Workshop on Saturday at 10 AM IST. Registration form: {SIGN_UP}"),
                ("lea", "Sir please share the feedback form link"),
            ],
        ),
        SIGN_UP,
    ),
    "a doubt session's call for another talk": (
        (
            "en",
            "Week 5 doubt session",
            [
                ("moderateur", f"Week 5 doubt session on Saturday at 7 PM IST: {GA5_CALL}"),
                ("lea", "Sir where is the link for the placement talk?"),
            ],
        ),
        GA5_CALL,
    ),
    "a call's link for a link to the source code": (
        (
            "en",
            "Community call on Thursday",
            [
                ("moderateur", f"Our monthly community call is on Thursday at 5 pm UTC. Join: {LATER_CALL}"),
                ("lea", "Is there a link to the source code?"),
            ],
        ),
        LATER_CALL,
    ),
    "a call's link for a link to the documentation": (
        (
            "en",
            "Community call on Thursday",
            [
                ("moderateur", f"Our monthly community call is on Thursday at 5 pm UTC. Join: {LATER_CALL}"),
                ("lea", "Could you share a link to the documentation page?"),
            ],
        ),
        LATER_CALL,
    ),
    "an exam's page for its syllabus": (
        (
            "en",
            "ROE exam on Sunday",
            [
                ("moderateur", f"ROE exam on Sunday, 9.30 AM to 11 AM IST. Exam link: {QUIZ_PORTAL}"),
                ("lea", "Sir please share the syllabus link for ROE"),
            ],
        ),
        QUIZ_PORTAL,
    ),
    "an exam's page for a mock test": (
        (
            "en",
            "ROE exam on Sunday",
            [
                ("moderateur", f"ROE exam on Sunday, 9.30 AM to 11 AM IST. Exam link: {QUIZ_PORTAL}"),
                ("lea", "Is there any mock test link for practice before ROE?"),
            ],
        ),
        QUIZ_PORTAL,
    ),
    "a webinar's sign-up form for its meeting link": (
        (
            "en",
            "Webinar on data careers",
            [
                ("moderateur", f"Webinar on Saturday at 11 AM IST. Register here: {SIGN_UP}"),
                ("lea", "Sir please share the meeting link for the webinar"),
            ],
        ),
        SIGN_UP,
    ),
    "le formulaire d'inscription d'une visio, pour son lien de visio": (
        (
            "fr",
            "Visio des jardins partagés",
            [
                ("moderateur", f"Visio samedi à 11h. Inscription : {SIGN_UP}"),
                ("lea", "Bonjour, pouvez-vous partager le lien de la visio ?"),
            ],
        ),
        SIGN_UP,
    ),
    "le formulaire d'inscription d'une rencontre, pour « le lien »": (
        (
            "fr",
            "Rencontre des jardins partagés",
            [
                ("moderateur", f"Rencontre en ligne demain à 18h. Inscription : {SIGN_UP}"),
                ("lea", "Bonjour, où est le lien ? Merci"),
            ],
        ),
        SIGN_UP,
    ),
    "the morning batch's link for the evening batch": (
        (
            "en",
            "Revision sessions this weekend",
            [
                (
                    "moderateur",
                    f"Revision on Saturday. Morning batch at 10 AM, join: {MORNING_CALL}. Evening batch at 6.30 PM, "
                    "link later.",
                ),
                ("lea", "Good morning sir, evening batch link please"),
            ],
        ),
        MORNING_CALL,
    ),
    "le lien de l'atelier du matin pour celui du soir": (
        (
            "fr",
            "Ateliers réparation de vélos",
            [
                (
                    "moderateur",
                    f"Atelier du matin à 10h en visio : {MORNING_CALL}\n\nAtelier du soir à 18h : lien à venir.",
                ),
                ("lea", "Bonjour, le lien de la visio pour l'atelier du soir svp ?"),
            ],
        ),
        MORNING_CALL,
    ),
    "a mock test's link for the quiz": (
        (
            "en",
            "Quiz 2 on Sunday: details",
            [
                (
                    "moderateur",
                    f"Quiz 2 is on Sunday. Practice with the mock test: {MOCK}\n\n"
                    "The quiz link will be shared on the day.",
                ),
                ("lea", "Sir quiz 2 link please"),
            ],
        ),
        MOCK,
    ),
    "the call link of a session over, asked the day after": (
        (
            "en",
            "GA5 doubt clearing session",
            [
                ("moderateur", f"GA5 doubt session today 8 PM IST. Join: {GA5_CALL}"),
                ("lea", "Sir please share the session link, I could not attend"),
            ],
        ),
        GA5_CALL,
    ),
    "le lien d'une visio passée, demandé le lendemain": (
        (
            "fr",
            "Visio du groupe compost",
            [
                ("moderateur", f"Visio du groupe compost aujourd'hui à 11h : {GA5_CALL}"),
                ("lea", "Bonjour, je n'ai pas pu venir, vous pouvez partager le lien ?"),
            ],
        ),
        GA5_CALL,
    ),
    "a link to another topic of the forum for the session's link": (
        (
            "en",
            "GA6 doubts and queries",
            [
                ("moderateur", "Post your GA6 doubts in this thread."),
                ("moderateur", f"The GA6 doubt session details are in {OTHER_TOPIC} , please check there."),
                ("lea", "Sir please share the GA6 doubt session link"),
            ],
        ),
        OTHER_TOPIC,
    ),
    "l'ordre du jour d'une AG, pour « le lien » le jour même": (
        (
            "fr",
            "Assemblée générale de l'association",
            [
                (
                    "moderateur",
                    f"AG demain à 10h, en visio. Le lien sera envoyé par mail aux adhérents. Ordre du jour : {AGENDA}",
                ),
                ("lea", "Bonjour, où est le lien ? Merci"),
            ],
        ),
        AGENDA,
    ),
    "a chat group's invite for the session's joining link": (
        (
            "en",
            "Live session tomorrow evening",
            [
                (
                    "moderateur",
                    "Live session tomorrow at 7 PM IST, the link will be posted here.\n\n"
                    f"Join our WhatsApp group for updates: {CHAT_GROUP}",
                ),
                ("lea", "Sir please share the joining link for the session"),
            ],
        ),
        CHAT_GROUP,
    ),
    "a call link a member since said was not working": (
        (
            "en",
            "Weekly live session",
            [
                ("moderateur", f"Live session every Thursday at 7 PM IST. Link: {OLD_CALL}"),
                ("nora", f"That link is not working, we are all in this one: {MEMBER_CALL}"),
                ("lea", "Sir please share the link for the session"),
            ],
        ),
        OLD_CALL,
    ),
    "a member's own notebook that staff spoke to them about": (
        (
            "en",
            "GA5 practice notebook",
            [
                ("moderateur", "GA5 is released. The practice notebook will be shared in this thread."),
                ("nora", f"Error in cell 3 of my notebook {MEMBER_NOTEBOOK}"),
                ("moderateur", f"@nora your notebook {MEMBER_NOTEBOOK} uses an old pandas, please upgrade it."),
                ("lea", "Where is the practice notebook link?"),
            ],
        ),
        MEMBER_NOTEBOOK,
    ),
    "group 1's viva link for group 2": (
        (
            "en",
            "Project viva schedule",
            [
                (
                    "moderateur",
                    f"Viva for Group 1 at 10 AM: {MORNING_CALL}\nViva for Group 2 at 2 PM: link will be mailed",
                ),
                ("lea", "Sir group 2 viva link please"),
            ],
        ),
        MORNING_CALL,
    ),
    "le lien du groupe A pour le groupe B": (
        (
            "fr",
            "Ateliers d'accueil des bénévoles",
            [
                ("moderateur", f"Groupe A, jeudi 18h : {OLD_VISIO}\nGroupe B, vendredi 18h : lien à venir"),
                ("lea", "Bonjour, le lien pour le groupe B svp ?"),
            ],
        ),
        OLD_VISIO,
    ),
    "another day's call link for today's session": (
        (
            "en",
            "Daily practice sessions",
            [
                ("moderateur", "Practice sessions every evening this week, links posted here."),
                ("moderateur", f"Link for the session on 28th Nov: {LATER_CALL}"),
                ("lea", "Sir link for today's session please"),
            ],
        ),
        LATER_CALL,
    ),
    "the call link of a later session's dated block for today's session": (
        (
            "en",
            "Revision sessions before the exam",
            [
                (
                    "moderateur",
                    "Revision sessions this week.\n\n"
                    "Wednesday 25/11, 8 pm: first revision session, the invite is in your calendar.\n\n"
                    "Final revision session:\n"
                    "Saturday, November 28 · 8:00 – 10:00pm\n"
                    "Time zone: Asia/Kolkata\n"
                    f"Video call link: {LATER_CALL}",
                ),
                ("lea", "From where can I get today's live session link?"),
            ],
        ),
        LATER_CALL,
    ),
    "le lien de la visio d'un autre jour pour celle d'aujourd'hui": (
        (
            "fr",
            "Visios de la semaine du collectif",
            [
                ("moderateur", "Plusieurs visios cette semaine, les liens seront postés ici."),
                ("moderateur", f"Lien pour la visio du 28 novembre : {LATER_CALL}"),
                ("lea", "Bonjour, le lien pour la visio d'aujourd'hui svp ?"),
            ],
        ),
        LATER_CALL,
    ),
    "le sondage de dates, pour « le lien » de la visio calée ensuite": (
        (
            "fr",
            "Prochaine visio du collectif",
            [
                ("lea", f"On cale la prochaine visio du collectif ? Votez sur le sondage : {DATE_POLL}"),
                ("tom", "Mardi 14h irait pour moi"),
                ("lea", "C'est calé : visio mardi 1er décembre à 18h, le lien suivra."),
                ("tom", "Bonjour à tous ! Le lien ?"),
            ],
        ),
        DATE_POLL,
    ),
    "a call link its poster says is last year's, a new one coming": (
        (
            "en",
            "Docs sprint kickoff",
            [
                ("moderateur", f"Kickoff call for the docs sprint on Saturday at 10 AM ET: {OLD_CALL}"),
                (
                    "moderateur",
                    "Correction: the room above is the one from last year's sprint and it's locked. I'm creating a "
                    "new one and will update this post shortly.",
                ),
                ("lea", "So which link do we use? The one above says the room is locked"),
            ],
        ),
        OLD_CALL,
    ),
    "section A's call for a member of section B": (
        (
            "en",
            "TA sessions split in two sections",
            [
                (
                    "moderateur",
                    "From this week TA sessions are split into two sections.\n\n"
                    f"- **Section A**: Wednesday 7 PM, {WEEK3_CALL}\n"
                    "- **Section B**: Thursday 7 PM, the link will be shared in this thread.",
                ),
                ("lea", "Mam i am in section B, please share our link"),
            ],
        ),
        WEEK3_CALL,
    ),
    "le formulaire d'une antenne pour l'autre": (
        (
            "fr",
            "Les repair cafés reprennent",
            [
                (
                    "moderateur",
                    "Les repair cafés reprennent dans deux antennes :\n\n"
                    f"- **Montpellier** (samedi) : inscriptions ici {SIGN_UP}\n"
                    "- **Sète** (samedi suivant) : Yannick postera le formulaire dans ce fil.",
                ),
                ("lea", "et pour Sète du coup, c'est où qu'on s'inscrit ?"),
            ],
        ),
        SIGN_UP,
    ),
    "an RSVP form, asked for the call by one who RSVP'd": (
        (
            "en",
            "Online pre-conf meetup",
            [
                ("moderateur", f"Online pre-conf meetup on Thursday at 7pm. Please RSVP so we know numbers: {SIGN_UP}"),
                ("lea", "RSVP'd a while ago but never got an email — what's the link to join the call tonight?"),
            ],
        ),
        SIGN_UP,
    ),
    "last month's call, reminded, for the AG": (
        (
            "fr",
            "AG du réseau en visio",
            [
                ("moderateur", "AG du réseau jeudi 26 novembre à 18h, en visio. Le lien sera envoyé la veille."),
                ("moderateur", f"Pour rappel la visio de septembre c'était ici : {OLD_VISIO}"),
                ("lea", "Où est le lien de l'AG ?"),
            ],
        ),
        OLD_VISIO,
    ),
    "another town's minutes": (
        (
            "fr",
            "Comptes-rendus des rencontres",
            [
                ("moderateur", f"CR de la rencontre de Tulle : {AGENDA}"),
                ("lea", "Où est le compte-rendu de la rencontre de Brive ?"),
            ],
        ),
        AGENDA,
    ),
    "last week's call beside this week's, announced without its link": (
        (
            "en",
            "Community call this Thursday",
            [
                (
                    "moderateur",
                    f"Community call Thursday at 12:00 ET. Zoom details to follow.\n\nLast week's call: {OLD_CALL}",
                ),
                ("lea", "where is the zoom link?"),
            ],
        ),
        OLD_CALL,
    ),
    "last month's office hours, said in passing": (
        (
            "en",
            "Office hours on Thursday",
            [
                (
                    "moderateur",
                    "Office hours Thursday 26 Nov, 3pm ET. Zoom details below.\n\n"
                    f"(October's office hours were at {OLD_CALL})",
                ),
                ("lea", "Where is the zoom link? The details got cut off"),
            ],
        ),
        OLD_CALL,
    ),
    "tomorrow's workshop link for tonight's": (
        (
            "fr",
            "Ateliers compostage en visio",
            [
                (
                    "moderateur",
                    "Deux ateliers en visio : jeudi 26 novembre 19h (débutants) et vendredi 27 novembre 19h "
                    "(confirmés). Les liens seront mis ici.",
                ),
                (
                    "moderateur",
                    f"Voilà le lien pour vendredi : {LATER_CALL} . Pour jeudi c'est Karim qui anime, il mettra "
                    "le sien.",
                ),
                (
                    "lea",
                    "et pour l'atelier débutants de ce soir c'est quel lien ? le seul que je vois c'est celui de "
                    "demain",
                ),
            ],
        ),
        LATER_CALL,
    ),
    "the mock for the actual exam, its asker naming the mock they see": (
        (
            "en",
            "Mock OPPE for Python is live",
            [
                ("moderateur", f"The mock OPPE for Python is now live: {MOCK}\n\nThe actual OPPE is on Sunday 29 Nov."),
                ("lea", "Where is the actual OPPE link?? only mock link is there in this thread"),
            ],
        ),
        MOCK,
    ),
    "a draft form shared for review": (
        (
            "fr",
            "Rencontres régionales de novembre",
            [
                (
                    "moderateur",
                    "Les rencontres régionales auront lieu le vendredi 27 novembre. Je finalise le formulaire "
                    f"d'inscription.\n\nPour le CA, voilà la version de test pour relecture : {SIGN_UP} (ne vous "
                    "inscrivez pas dessus).",
                ),
                ("lea", "Bonjour, c'est où qu'on s'inscrit pour les rencontres ?"),
            ],
        ),
        SIGN_UP,
    ),
    "a form filled, asked for the call": (
        (
            "en",
            "Accessibility audit kickoff",
            [
                (
                    "moderateur",
                    f"Accessibility audit kickoff on Thursday at 4pm ET. To take part, fill in this form: {SIGN_UP}\n\n"
                    "Call details to follow.",
                ),
                ("lea", "Filled the form last week 👍 what's the link for the kickoff call?"),
            ],
        ),
        SIGN_UP,
    ),
    "a link said to be last month's": (
        (
            "fr",
            "Visios du réseau, chaque mois",
            [
                (
                    "moderateur",
                    "Les visios du réseau reprennent, le 2e jeudi de chaque mois à 12h30. Lien pour septembre : "
                    f"{OLD_VISIO}\nOn change de lien chaque mois, je posterai le nouveau ici.",
                ),
                ("lea", "Salut, c'est quoi le lien de la visio ?"),
            ],
        ),
        OLD_VISIO,
    ),
    "l'antenne Limousin's call for the antenne Auvergne": (
        (
            "fr",
            "Visios des antennes régionales",
            [
                (
                    "moderateur",
                    f"Visio de l'antenne Limousin jeudi à 18h : {OLD_VISIO}\n"
                    "Pour l'antenne Auvergne, Héloïse vous enverra les infos.",
                ),
                ("lea", "Et pour l'antenne Auvergne c'est quel lien ? On n'a rien reçu."),
            ],
        ),
        OLD_VISIO,
    ),
    "one working group's call for another's": (
        (
            "fr",
            "Lancement des groupes de travail",
            [
                (
                    "moderateur",
                    f"Lancement des groupes de travail :\n- GT **alimentation** : mardi 18h — {OLD_VISIO}\n"
                    "- GT **numérique** : mercredi 18h — lien donné par Farid",
                ),
                ("lea", "Je suis dans le GT numérique, quelqu'un a le lien ?"),
            ],
        ),
        OLD_VISIO,
    ),
    "the exam itself for its practice set": (
        (
            "en",
            "Week 7 ROE opens on Friday",
            [
                ("moderateur", f"Week 7 ROE opens Friday 9 AM: {QUIZ_PORTAL}\nPractice set will be shared separately."),
                ("lea", "Sir please share the ROE practice link"),
            ],
        ),
        QUIZ_PORTAL,
    ),
}


@pytest.mark.parametrize("case", sorted(WRONG))
async def test_a_link_that_is_not_the_one_asked_is_never_given(make_sandbox, make_engine, case: str) -> None:
    thread, wrong = WRONG[case]
    said = await links_said(make_sandbox, make_engine, thread)
    assert not any(wrong in raw for raw in said)


PURPOSE_SAID: dict[str, Thread] = {
    "the feedback form the announcement gives": (
        "en",
        "Workshop on Saturday",
        [
            ("moderateur", f"Thanks for attending the workshop on Saturday. Feedback form: {SIGN_UP}"),
            ("lea", "Sir please share the feedback form link"),
        ],
    ),
    "the one call of an announcement whose lines name the session": (
        "en",
        "TA session for Python week 3",
        [
            (
                "moderateur",
                "Dear Learners,\n\nTA session for Python Week 3 (loops, GA3 discussion) on Tuesday at 7 PM.\n\n"
                f"Feedback form: {SIGN_UP}\n\nPlease fill it after the session. Session will be recorded.",
            ),
            ("lea", "Sir please share the feedback form link for the session"),
        ],
    ),
    "the mentorship form the announcement speaks of": (
        "en",
        "Mentorship programme",
        [
            ("moderateur", f"Apply for the mentorship programme using this form by Friday: {SIGN_UP}"),
            ("lea", "Where is the link for the mentorship form?"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(PURPOSE_SAID))
async def test_a_link_whose_post_says_what_it_is_for_is_given_for_it(make_sandbox, make_engine, case: str) -> None:
    """The purpose a request names ("the feedback form") is the one the announcement's link is given for: the
    link is the answer (the announcement's only form is no answer for a purpose it does not speak of, above)."""
    said = await links_said(make_sandbox, make_engine, PURPOSE_SAID[case])
    assert len(said) == 1 and SIGN_UP in said[0]


CFP = "https://sessionize.com/summit-2026/"

SAME_ONE: dict[str, tuple[Thread, str]] = {
    "the call for proposals, beside the registration": (
        (
            "en",
            "Maintainers summit: registration and CFP open",
            [
                (
                    "moderateur",
                    f"The summit is back, hybrid.\n\n- Registration (free, but required): {SIGN_UP}\n"
                    f"- Call for proposals, closes Friday: {CFP}",
                ),
                ("lea", "Where do I submit a talk? Is there a CFP form somewhere?"),
            ],
        ),
        CFP,
    ),
    "this month's call, named by its month": (
        (
            "fr",
            "Visio du réseau de novembre",
            [
                ("moderateur", f"La visio de novembre, c'est ici : {OLD_VISIO}"),
                ("lea", "Où est le lien de la visio ?"),
            ],
        ),
        OLD_VISIO,
    ),
    "the minutes of the town asked": (
        (
            "fr",
            "Comptes-rendus des rencontres",
            [
                ("moderateur", f"CR de la rencontre de Brive : {AGENDA}"),
                ("lea", "Où est le compte-rendu de la rencontre de Brive ?"),
            ],
        ),
        AGENDA,
    ),
}


@pytest.mark.parametrize("case", sorted(SAME_ONE))
async def test_a_link_said_to_be_for_the_month_or_the_town_asked_is_given(make_sandbox, make_engine, case: str) -> None:
    """The month or the town a link's words name is the one asked: the link is the answer (another's is not, above)."""
    thread, right = SAME_ONE[case]
    said = await links_said(make_sandbox, make_engine, thread)
    assert len(said) == 1 and right in said[0]


WEDNESDAY_RECORDING = "https://youtu.be/WednesdayLiveRec"


async def test_a_recording_asked_by_its_session_s_weekday_days_later_is_that_session_s(
    make_sandbox, make_engine
) -> None:
    """ "The recording of Wednesday's session", asked on the Sunday after: the Wednesday past, whose recording the
    thread holds, not the one to come."""
    thread: Thread = (
        "en",
        "Live session on Wednesday",
        [
            ("moderateur", f"Live session on Wednesday 25 Nov at 7 PM IST: {MEMBER_CALL}"),
            ("moderateur", f"Recording of Wednesday's session: {WEDNESDAY_RECORDING}"),
            ("ines", "Thanks sir, very helpful."),
            ("paul", "Will GA8 cover the same topics?"),
            ("nora", "Revising the session notes now."),
            ("lea", "Sir please share the recording of Wednesday's session, I missed it"),
        ],
    )
    said = await links_said(make_sandbox, make_engine, thread)
    assert len(said) == 1 and WEDNESDAY_RECORDING in said[0]


THING_OF: dict[str, Thread] = {
    "an assignment's notebook": (
        "en",
        "GA5 practice notebook",
        [
            ("moderateur", "GA5 is released. The practice notebook will be shared in this thread soon."),
            ("lea", "Where is the notebook link for GA5? Please share"),
        ],
    ),
    "le compte-rendu d'une visio": (
        "fr",
        "Visio du collectif",
        [
            ("moderateur", f"Visio du collectif jeudi à 18h : {OLD_VISIO}\n\nLe compte-rendu sera partagé ici."),
            (
                "lea",
                "Bonjour, est-ce que le compte-rendu de la visio est disponible ? Merci de partager le lien",
            ),
        ],
    ),
    "the notebook used in a lecture video": (
        "en",
        "Week 4 lecture video",
        [
            ("moderateur", f"Week 4 lecture video: {OLD_TERM_VIDEO}"),
            ("lea", "Sir please share the notebook used in the video"),
        ],
    ),
    "the dataset mentioned in a recording": (
        "en",
        "Week 6 session recording",
        [
            ("moderateur", f"Recording of the week 6 session: {OLD_TERM_VIDEO}"),
            ("lea", "Where can I download the dataset mentioned in the recording?"),
        ],
    ),
    "la transcription d'un enregistrement": (
        "fr",
        "Replay de la visio",
        [
            ("moderateur", f"L'enregistrement de la visio de jeudi : {OLD_TERM_VIDEO}"),
            ("lea", "Bonjour, pouvez-vous partager les notes présentées dans l'enregistrement ?"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(THING_OF))
async def test_a_thing_asked_of_a_call_an_exam_or_a_video_is_not_taken_for_them(
    make_sandbox, make_engine, case: str
) -> None:
    """ "The notebook for GA5", "le compte-rendu de la visio", "the notebook used in the video": the thing
    asked is the notebook or the notes, not the exam's page, the call's link or the recording; unsure which
    link would do, scribe neither gives one nor asks the announcer for one naming the wrong kind."""
    said = await links_said(make_sandbox, make_engine, THING_OF[case])
    assert said == []


async def test_no_ask_says_a_link_is_missing_that_the_announcement_gives_by_name(make_sandbox, make_engine) -> None:
    """A recordings post lists each session's: asked for session 6's, scribe does not tell the announcer
    in public that it is nowhere in the topic."""
    thread: Thread = (
        "en",
        "Recordings of the live sessions",
        [
            ("moderateur", f"Recordings:\nSession 5: {OLD_TERM_VIDEO}\nSession 6: https://youtu.be/SessionSixRec"),
            ("lea", "Where is the session 6 recording? Please share"),
        ],
    )
    said = await links_said(make_sandbox, make_engine, thread)
    assert not any("could not find" in raw or OLD_TERM_VIDEO in raw for raw in said)


KIND_THERE: dict[str, Thread] = {
    "the recording asked, the announcement's own": (
        "en",
        "Week 3 session recording",
        [
            ("moderateur", f"Week 3 session recording: {OLD_TERM_VIDEO}"),
            ("lea", "Sir please share the recording link"),
        ],
    ),
    "a better recording asked": (
        "en",
        "Week 7 recording",
        [
            ("moderateur", f"Week 7 recording: {OLD_TERM_VIDEO}"),
            ("lea", "The audio is not clear in the recording. Can you share a better recording link?"),
        ],
    ),
    "the call link a member gave before the request": (
        "en",
        "Week 6 live session",
        [
            ("moderateur", "Week 6 live session on Saturday 7 PM IST. The link will be in the calendar invite."),
            ("nora", f"For those asking, the meet link from the invite is {MEMBER_CALL}"),
            ("lea", "Sir kindly share the meeting link"),
        ],
    ),
    "le replay demandé sous l'annonce qui le donne": (
        "fr",
        "Replay de la visio",
        [
            ("moderateur", f"Le replay de la visio de jeudi : {OLD_TERM_VIDEO}"),
            ("lea", "Bonjour, où est le lien du replay ?"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(KIND_THERE))
async def test_no_ask_says_a_link_is_missing_that_the_announcement_gives_for_anything_asked(
    make_sandbox, make_engine, case: str
) -> None:
    """The announcement, or a post before the requests, gives a link of the kind asked, and the requests name
    no other session, day or assignment: whether or not scribe gives that link, it does not tell the announcer
    in public that there is none."""
    said = await links_said(make_sandbox, make_engine, KIND_THERE[case])
    assert not any("could not find" in raw or "trouvé nulle part" in raw for raw in said)


async def test_a_recording_asked_for_another_day_than_the_announcements_is_still_asked_for(
    make_sandbox, make_engine
) -> None:
    """Monday's recording is there, yesterday's is asked three days later: that one is missing."""
    thread: Thread = (
        "en",
        "Live session recordings",
        [
            ("moderateur", f"Recording of the Monday session: {OLD_TERM_VIDEO}"),
            ("lea", "Sir please share the recording of yesterday's session"),
            ("paul", "Revising week 2 meanwhile."),
            ("ines", "Sir please share the recording of today's session"),
        ],
    )
    said = await links_said(make_sandbox, make_engine, thread)
    assert len(said) == 1 and "could not find" in said[0] and OLD_TERM_VIDEO not in said[0]


async def test_a_link_left_unsure_for_a_request_is_not_given_for_the_same_request_later(
    make_sandbox, make_engine
) -> None:
    """ "Is the quiz link enabled yet?" leaves scribe silent (the portal link was there before they asked):
    asked again in other words days later, nothing new posted since, the same link is no surer."""
    thread: Thread = ("en", "Quiz 2 on Sunday: the portal", QUIZ_ASKED_TWICE)
    said = await links_said(make_sandbox, make_engine, thread)
    assert not any(QUIZ_PORTAL in raw for raw in said)


def _minutes_thread(filler: int) -> Thread:
    """A visio on 25 November at 18h whose minutes are promised; lea asks for them `filler` + 1 days later."""
    return (
        "fr",
        "Visio du collectif",
        [
            (
                "moderateur",
                f"Visio du collectif le 25 novembre à 18h : {OLD_VISIO}\n\nLe compte-rendu sera partagé ici.",
            ),
            *[("paul", "Merci, je note la date.")] * filler,
            ("lea", "Bonjour, le compte-rendu de la visio est-il disponible ? Merci de partager le lien"),
        ],
    )


async def test_the_minutes_of_a_visio_still_to_come_are_asked_of_nobody(make_sandbox, make_engine) -> None:
    said = await links_said(make_sandbox, make_engine, _minutes_thread(0))
    assert said == []


async def test_the_minutes_of_a_visio_held_are_asked_of_its_announcer(make_sandbox, make_engine) -> None:
    said = await links_said(make_sandbox, make_engine, _minutes_thread(1))
    assert len(said) == 1 and "@moderateur" in said[0] and OLD_VISIO not in said[0]


async def test_a_link_left_unsure_stays_unsure_for_every_later_asking_of_the_same(make_sandbox, make_engine) -> None:
    """A third asking, nothing new posted since the first: the second was silent because the first was
    unsure, and the third is no surer than either."""
    later = [
        ("paul", "Revising week 4 today."),
        ("ines", "Week 5 notes are helpful, thanks."),
        ("omar", "Sir please share the exam link"),
    ]
    thread: Thread = ("en", "Quiz 2 on Sunday: the portal", [*QUIZ_ASKED_TWICE, *later])
    said = await links_said(make_sandbox, make_engine, thread)
    assert not any(QUIZ_PORTAL in raw for raw in said)


DATED_BLOCKS = {
    "en": (
        "Revision sessions this week.\n\n"
        "Final revision session:\nSaturday, November 28 · 8:00 – 10:00pm\nTime zone: Asia/Kolkata\n"
        f"Video call link: {LATER_CALL}",
        "From where can I get today's live session link?",
    ),
    "fr": (
        "Les visios de révision de la semaine.\n\n"
        f"Dernière visio :\nsamedi 28 novembre · 20h – 22h\nFuseau : Europe/Paris\nLien de la visio : {LATER_CALL}",
        "Bonjour, où trouver le lien de la visio d'aujourd'hui ?",
    ),
}


@pytest.mark.parametrize("language", sorted(DATED_BLOCKS))
async def test_the_preview_says_why_a_call_link_dated_another_day_is_not_given(language: str) -> None:
    """Asked on the 25th for that day's call, the one link is in a block dated the 28th: scribe gives it
    not, asks nobody for one (the link may serve every session), and says why in the forum's words."""
    announcement, asked = DATED_BLOCKS[language]
    posts = [
        make_post(1, "tutor", announcement, created_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC)),
        make_post(2, "lea", asked, created_at=datetime(2026, 11, 25, 13, 0, tzinfo=UTC)),
    ]
    topic = topic_of(posts, title="Revision sessions")
    out = await links.preview(topic, make_ctx([topic], language=language))
    [request] = out["link_requests"]
    assert request["decision"] == "silent" and request["answer"] is None
    assert links.request_line(request, Messages(language)).endswith(
        Messages(language).get("links.why.other_day", post=1)
    )


NUMBERED_BLOCKS = [
    "Final revision session:\nPart 1/2 · 8:00 – 10:00pm\nVideo call link: {call}",
    "Final revision session:\nv2.1/3 · 8:00 – 10:00pm\nVideo call link: {call}",
    "Doubt clearing:\nGA 3/4 · 7 pm\nVideo call link: {call}",
    "Doubt clearing:\nMarks: 1/2 · 8 pm\nVideo call link: {call}",
    "Doubt clearing:\nQ1/2 recap · 8 pm\nVideo call link: {call}",
    "Doubt clearing for part 1/2 · 8 pm: {call}",
    "Doubt clearing for GA 3/4, 7 pm: {call}",
]


@pytest.mark.parametrize("block", NUMBERED_BLOCKS)
async def test_a_part_or_an_assignment_numbered_beside_a_call_link_is_no_day(block: str) -> None:
    """ "Part 1/2", "GA 3/4", "v2.1/3" beside an hour number a part, an assignment or a version, not the 1st of
    February or the 3rd of April: the call link posted that morning is today's, given to who asks for it."""
    posts = [
        make_post(1, "tutor", f"Revision sessions today.\n\n{block.format(call=LATER_CALL)}", created_at=MORNING),
        make_post(2, "lea", "From where can I get today's live session link?", created_at=AFTERNOON),
    ]
    topic = topic_of(posts, title="Revision sessions")
    [request] = (await links.preview(topic, make_ctx([topic], language="en")))["link_requests"]
    assert (request["decision"], request["answer"]) == ("answer", {"post_number": 1, "url": LATER_CALL})


MORNING = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
AFTERNOON = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)


async def test_the_date_poll_asked_by_name_after_the_call_is_dated_is_still_given(make_sandbox, make_engine) -> None:
    (language, title, posts), _ = WRONG["le sondage de dates, pour « le lien » de la visio calée ensuite"]
    asked = [*posts[:-1], ("tom", "Bonjour, le lien du sondage svp ? Je voudrais revoter")]
    said = await scribe_says(make_sandbox, make_engine, (language, title, asked))
    given = [raw for raw in said if ":links -->" in raw]
    assert len(given) == 1 and DATE_POLL in given[0]


async def test_a_call_asked_for_this_morning_is_the_one_given_for_today(make_sandbox, make_engine) -> None:
    """ "Ce matin" says when, not which session ("the morning batch"): the link given for today answers it."""
    thread: Thread = (
        "fr",
        "Permanence juridique",
        [
            (
                "moderateur",
                "Permanence juridique en visio les jeudis de 10h à 12h. Le lien sera posté ici chaque semaine.",
            ),
            ("moderateur", f"Pour la permanence de demain jeudi 26/11 : {LATER_CALL}"),
            ("lea", "Quelqu'un a le lien de la permanence juridique de ce matin ? J'ai une question sur un bail"),
        ],
    )
    said = await links_said(make_sandbox, make_engine, thread)
    assert len(said) == 1 and LATER_CALL in said[0]
