"""What scribe says in public about a missing link, through the whole engine against the sandbox forum:
it pings an announcement's author only for the kind of link truly asked, and only when there is an
announcement; otherwise it stays silent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.forum import Forum
from bot.i18n import Messages
from handlers import links
from handlers.links.ask_announcer import by_another
from tests.conftest import KEY, Clock, run_settled
from tests.handler_kit import make_ctx, make_post
from tests.handlers.links.test_links import topic_of

ANNOUNCEMENTS = 2
"""A public category of the sandbox forum."""

Thread = tuple[str, str, list[tuple[str, str] | tuple[str, str, int]]]
"""A topic: the forum's language, its title, and its posts (author, words and, for a reply, the number of the post
replied to), the opening one first."""


def as_user(sandbox, username: str) -> Forum:
    return Forum(sandbox.url, username, KEY)


async def scribe_says(make_sandbox, make_engine, thread: Thread, gaps: Sequence[int] = ()) -> list[str]:
    """The posts of `thread` a day apart (or `gaps[i]` days before the reply i), scribe reading the forum after each:
    what scribe posted there."""
    language, title, posts = thread
    clock = Clock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    sandbox = await make_sandbox(clock, seed=False)
    for name in {post[0] for post in posts} - {"moderateur"}:
        sandbox.add_user(name)
    engine = await make_engine(sandbox, clock=clock, language=language)
    await run_settled(engine)
    (opener, words), rest = posts[0], posts[1:]
    async with as_user(sandbox, opener) as forum:
        made = await forum.create_topic(title, words, category_id=ANNOUNCEMENTS)
    await run_settled(engine)
    for i, (author, words, *replied) in enumerate(rest):
        clock.advance(days=gaps[i] if i < len(gaps) else 1)
        async with as_user(sandbox, author) as forum:
            await forum.create_post(words, made.topic_id, replied[0] if replied else None)
        await run_settled(engine)
    return [p.raw for p in sandbox.posts_by("scribe") if p.topic_id == made.topic_id]


SILENT: dict[str, Thread] = {
    "an exam link given on the portal, not to be shared here": (
        "en",
        "Mock ROE for Maths 2 on Sunday",
        [
            (
                "moderateur",
                "A mock ROE for Maths 2 will be held on Sunday at 10 AM. The exam link will be shared on the portal on "
                "Saturday evening. Do not share exam links on Discourse.",
            ),
            ("lea", "Can someone share the mock ROE link? Not visible on portal for me yet"),
        ],
    ),
    "a stated point among a list of questions": (
        "en",
        "Marks appeal form",
        [
            (
                "moderateur",
                "The appeal form for the graded assignments has been mailed to every student.\n\n"
                "Deadline: 20 June. The solution videos of each assignment stay on the course page.",
            ),
            (
                "lea",
                "@moderateur\n\n- Is the form deadline the same for the diploma students?\n"
                "- Week 5 and week 6 scores are not on the dashboard yet. Can we take the portal scores as final?\n"
                "- The solution videos of week 4 are not visible to us.\n\n"
                "Please answer these before we send the form.",
            ),
        ],
    ),
    "a kind named only outside the sentence that asks": (
        "en",
        "Week 3 assignment: questions here",
        [
            ("moderateur", "Post your questions about the week 3 graded assignment here. Deadline: Sunday."),
            (
                "lea",
                "@moderateur Both API questions keep answering bad request. The week 2 quiz had the same trouble "
                "with flask. If there is any complete guide to set this up, please help us.",
            ),
        ],
    ),
    "a member asking for help, a meeting someone else named": (
        "en",
        "Measuring a tumour volume",
        [
            (
                "lea",
                "I used this program years ago and I am lost with the new version. I want the total volume of a "
                "lesion drawn over many slices.\n\nCould somebody walk me through it? Happy to do it over Zoom at "
                "any hour.",
            ),
            ("expert", "You could join our weekly developer meeting on Tuesdays, it is open to everyone."),
            ("tom", "Where is the link for the Tuesday developer meeting?"),
        ],
    ),
    "a member who has read the tutorial given asks for another": (
        "en",
        "Extracting the nasal cavity",
        [
            ("lea", "What is the best way to extract the geometry of the nasal cavity from my scans?"),
            (
                "expert",
                "If it is just air surrounded by tissue, thresholding may do. The [segmentation tutorials]"
                "(https://www.example.org/wiki/Training#Segmentation) are a good place to start.",
            ),
            ("lea", "That is what I have been doing, but there are holes in the surface I cannot fix."),
            ("lea", "Do you have any tutorial that tells how to extract the geometry using the model maker?"),
        ],
    ),
    "a member writing to a tutor about a form": (
        "en",
        "No confirmation after the workshop form",
        [
            ("lea", "@tutor sir, I filled the workshop registration form twice but got no confirmation mail."),
            ("tutor", "Thanks, we are checking the sign-ups."),
            ("tom", "Where is the registration link for the workshop?"),
        ],
    ),
    "another assignment than the one announced": (
        "en",
        "GA5 released on the portal",
        [
            ("moderateur", "GA5 is released on the portal: https://exam.example.ac.in/ga5 . Deadline Sunday."),
            ("lea", "Where is the GA6 link? Kindly share"),
        ],
    ),
    "whether one must join the call link announced": (
        "en",
        "Week 5 live session",
        [
            (
                "moderateur",
                "Week 5 live session on Saturday at 8 PM IST. Join here: https://meet.google.com/wkf-ivex-sat",
            ),
            ("lea", "Is it mandatory to join the session link? I have office till 9"),
        ],
    ),
    "the deadline of the form link announced": (
        "en",
        "Project 2 team registration",
        [
            ("moderateur", "Register your project 2 team using this form: https://forms.gle/TeamSignUpProject2"),
            ("lea", "Is there a deadline for the form link?"),
        ],
    ),
    "a mock test under a discussion's call": (
        "en",
        "Project 1 discussion",
        [
            (
                "moderateur",
                "Project 1 discussion on Saturday 6.30 PM IST. Meet link: https://meet.google.com/pro-jone-dis",
            ),
            ("lea", "Sir pls share link for the mock"),
        ],
    ),
    "last term's session under this term's call": (
        "en",
        "Project 1 discussion",
        [
            (
                "moderateur",
                "Project 1 discussion on Saturday 6.30 PM IST. Meet link: https://meet.google.com/pro-jone-dis",
            ),
            ("lea", "Kindly share the link of the previous term's project 1 discussion"),
        ],
    ),
    "a call whose link went to the selected students by personal message": (
        "en",
        "Mentorship session on Sunday",
        [
            (
                "moderateur",
                "Mentorship session for the selected students on Sunday 11 AM IST. "
                "The link has been sent to each of you by personal message.",
            ),
            ("lea", "Sir I did not get any message, kindly share the link"),
        ],
    ),
    "a session whose link is in the course's WhatsApp group": (
        "en",
        "GA7 doubt session tonight",
        [
            ("moderateur", "GA7 doubt session tonight at 9 PM IST, the link is shared in the WhatsApp group."),
            ("lea", "Sir I am not in the WhatsApp group, kindly share the link here"),
        ],
    ),
    "a quiz whose link is on the dashboard": (
        "en",
        "Quiz 2 on Sunday",
        [
            ("moderateur", "Quiz 2 is on Sunday at 2 PM IST. The link will be on your dashboard."),
            ("lea", "Where is the quiz 2 link?"),
        ],
    ),
    "une visio dont le lien va aux adhérents par message privé": (
        "fr",
        "AG de l'association",
        [
            ("moderateur", "AG jeudi 18h en visio. Le lien sera envoyé aux adhérents par message privé."),
            ("lea", "Bonjour, pouvez-vous partager le lien de la visio ?"),
        ],
    ),
    "a workshop whose join link is emailed to registrants": (
        "en",
        "Hands-on workshop on Wednesday",
        [
            (
                "moderateur",
                "Hands-on workshop on vector tiles, please register here: https://forms.gle/WorkshopSeats\n\n"
                "The join link will be emailed to registrants the day before.",
            ),
            ("lea", "What's the link to join? starts in a few min"),
        ],
    ),
    "une formation dont le lien va aux inscrit·es la veille": (
        "fr",
        "Formation animer une communauté",
        [
            (
                "moderateur",
                "Formation en ligne sur l'animation de communauté. Inscription : https://www.helloasso.com/formation\n\n"
                "Le lien de connexion sera envoyé aux inscrit·es la veille.",
            ),
            ("lea", "Vous pouvez mettre le lien de connexion ici ? je suis inscrite mais j'ai rien reçu"),
        ],
    ),
    "une AG dont le lien est dans le mail de convocation": (
        "fr",
        "AG de l'association",
        [
            (
                "moderateur",
                "L'AG aura lieu mardi à 19h au coworking, et en visio pour qui ne peut pas venir : le lien sera "
                "dans le mail de convocation.",
            ),
            ("lea", "Le lien de la visio pour demain soir il arrive quand ? J'ai rien reçu"),
        ],
    ),
    "une AG dont on demande le lien par mail": (
        "fr",
        "AG du café associatif",
        [
            (
                "moderateur",
                "L'AG aura lieu samedi à 10h au café. Pour qui ne peut pas se déplacer, une connexion visio est "
                "possible : demandez le lien par mail à contact@cafe.example.org.",
            ),
            ("lea", "Je serai à Lyon ce jour-là, vous pourriez mettre le lien de la visio ici ?"),
        ],
    ),
    "a call whose invitations go out individually": (
        "en",
        "Security team sync",
        [
            (
                "moderateur",
                "The security response team syncs every month. This call is for the team and invited reporters "
                "only; invitations go out individually.",
            ),
            ("lea", "Could I get the link to the call? I reported an issue last month."),
        ],
    ),
    "une question sur une fête datée, puis le lien demandé": (
        "fr",
        "Quelqu'un va à la fête des jardins ?",
        [
            ("lea", "Quelqu'un sait s'il faut s'inscrire pour la fête des jardins samedi ?"),
            ("nora", "Oui il faut s'inscrire, c'était dans la lettre d'info.", 1),
            ("paul", "Où est le lien d'inscription ?"),
        ],
    ),
    "a question about a dated session, then its link asked": (
        "en",
        "Is there a session this Saturday?",
        [
            ("lea", "Does anyone know if there is a doubt session on Saturday at 7 PM?"),
            ("nora", "Yes there is, it was in the mail.", 1),
            ("paul", "Where is the meeting link for it?"),
        ],
    ),
    "which of two links to use": (
        "en",
        "Quiz 2 on Sunday",
        [
            ("moderateur", "Quiz 2 on Sunday at 2 PM IST. Exam portal: https://exam.example.ac.in/quiz-two"),
            ("lea", "Which link should I use, the one in the mail or this one?"),
        ],
    ),
    "un appel à projets dont l'annonce donne la page": (
        "fr",
        "AAP de la Région : lieux ressources",
        [
            (
                "moderateur",
                "La Région ouvre son appel à projets « Lieux ressources » (dépôt avant le 30 mai). Toutes les infos "
                "sont là : https://www.region.example/aides/lieux-ressources",
            ),
            ("lea", "Bonjour, vous auriez le lien pour candidater à l'appel à projets ? Je ne le vois pas"),
        ],
    ),
    "un pad d'inscription donné dans l'annonce": (
        "fr",
        "Chantier participatif : la serre (samedi)",
        [
            (
                "moderateur",
                "Chantier participatif samedi 14 juin, 9h-17h. Pour prévoir les repas, inscrivez-vous sur le pad : "
                "https://framapad.org/p/chantier-serre-juin",
            ),
            ("lea", "Je trouve pas le pad pour s'inscrire, quelqu'un peut le remettre svp ?"),
        ],
    ),
    "un compte rendu à venir à côté des slides": (
        "fr",
        "Conférence tiers-lieux et universités : les suites",
        [
            (
                "moderateur",
                "Merci d'être venus !\n- les slides des intervenants : https://cloud.example.coop/s/slides-conf\n\n"
                "Le compte-rendu suivra dans quinze jours.",
            ),
            ("lea", "Le compte-rendu est sorti ? vous avez le lien ?"),
        ],
    ),
    "un autre atelier que celui annoncé": (
        "fr",
        "Atelier 3 : le compost",
        [
            ("moderateur", "Atelier 3 samedi à 10h au jardin, inscription : https://framaforms.org/atelier-3"),
            ("lea", "Bonjour, où est le lien d'inscription pour l'atelier 4 ?"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(SILENT))
async def test_scribe_pings_nobody_when_no_link_is_surely_asked_of_an_announcer(
    make_sandbox, make_engine, case: str
) -> None:
    assert await scribe_says(make_sandbox, make_engine, SILENT[case]) == []


PROMISED_BY_ANOTHER: dict[str, Thread] = {
    "a group's link another TA will share": (
        "en",
        "Maths TA sessions by group",
        [
            (
                "moderateur",
                "TA sessions are split by group this term.\nGroup A: Tuesday 7 PM, https://meet.google.com/grp-aaaa-tue\n"
                "Group B: Wednesday 7 PM, the link will be shared by Meera ma'am.",
            ),
            ("lea", "I am in group B, please share the meeting link for today"),
        ],
    ),
    "un lien que quelqu'un d'autre enverra": (
        "fr",
        "Atelier compostage du samedi",
        [
            ("moderateur", "Atelier compostage samedi à 10h en visio. Le lien sera envoyé par Camille la veille."),
            ("lea", "Bonjour, il manque le lien de la visio ?"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(PROMISED_BY_ANOTHER))
async def test_the_announcer_is_not_asked_for_a_link_someone_else_will_give(
    make_sandbox, make_engine, case: str
) -> None:
    said = await scribe_says(make_sandbox, make_engine, PROMISED_BY_ANOTHER[case])
    assert not [raw for raw in said if ":links -->" in raw]
    assert not any("grp-aaaa-tue" in raw for raw in said)  # group A's call is no reminder's link for group B


ASKED: dict[str, tuple[Thread, str, str]] = {
    "the link of a session said held is its recording": (
        (
            "en",
            "Week 6: a faster way to collect the repositories",
            [
                (
                    "tutor",
                    "There is a much quicker way to collect the data for week 6. We will show it in the next live "
                    "session.\n\nSee you there!",
                ),
                (
                    "lea",
                    "Hello @tutor\n\nCould you share the live session link where you explained the quicker way? "
                    "I searched but could not find it.",
                ),
            ],
        ),
        "Hello @tutor, the recording link has been asked for here (lea)",
        "video call",
    ),
    "the assignment the announcement names, its link promised": (
        (
            "en",
            "GA6 release this week",
            [
                ("moderateur", "GA6 will be released this week. The link will be shared here."),
                ("lea", "Where is the GA6 link? Kindly share"),
            ],
        ),
        "Hello @moderateur, the exam link has been asked for here (lea)",
        "video call",
    ),
    "an assignment's session is a call, not the assignment": (
        (
            "en",
            "GA7 live sessions this week",
            [
                (
                    "moderateur",
                    "GA7 live sessions this week: Tuesday and Thursday 8 PM IST. Links to be shared here.",
                ),
                ("lea", "Sir kindly share the GA7 session link"),
            ],
        ),
        "Hello @moderateur, the video call link has been asked for here (lea)",
        "exam",
    ),
    "another session of the series a topic is about": (
        (
            "en",
            "GA6 doubt sessions",
            [
                ("moderateur", "GA6 doubt sessions.\n\nRecording of session 1: https://youtu.be/SessionOneRec"),
                ("lea", "Sir where is the session 2 recording?"),
            ],
        ),
        "Hello @moderateur, the recording link has been asked for here (lea)",
        "SessionOneRec",
    ),
    "an event announced with a question still has an announcer": (
        (
            "fr",
            "Visio mensuelle",
            [
                ("orga", "Visio mensuelle jeudi 26 novembre à 18h. Qui sera là ?"),
                ("lea", "Il manque le lien de la visio ?"),
            ],
        ),
        "Bonjour @orga, le lien de la visio a été demandé ici (lea)",
        "inscription",
    ),
    "the member who took the session over and forgot the new link": (
        (
            "en",
            "TA session on Friday",
            [
                ("moderateur", "TA session on Friday at 7 PM IST. Meet: https://meet.google.com/dfp-krmx-uvw"),
                ("shreya", "Update: I will take the session. It's shifted to 8 PM and the new Meet link is below."),
                ("lea", "@shreya mam new link is not in the post. Should we join the old one?"),
            ],
        ),
        "Hello @shreya, the video call link has been asked for here (lea)",
        "@moderateur",
    ),
}


@pytest.mark.parametrize("case", sorted(ASKED))
async def test_the_announcer_is_asked_for_the_kind_of_link_truly_asked(make_sandbox, make_engine, case: str) -> None:
    thread, opening, never = ASKED[case]
    [ask] = await scribe_says(make_sandbox, make_engine, thread)
    assert ask.startswith(opening) and never not in ask


async def test_the_preview_says_why_a_kind_read_outside_the_asking_sentence_is_not_asked() -> None:
    posts = [
        make_post(1, "tutor", "Post your questions about the week 3 graded assignment here. Deadline: Sunday."),
        make_post(
            2, "lea", "The week 2 quiz had the same trouble. If there is any complete guide to this, please help."
        ),
    ]
    topic = topic_of(posts, title="Week 3 assignment")
    out = await links.preview(topic, make_ctx([topic], language="en"))
    assert [links.request_line(r, Messages("en")) for r in out["link_requests"]] == [
        "post 2 (lea; exam): silent — " + Messages("en").get("links.why.kind_unsure")
    ]


@pytest.mark.parametrize(
    ("text", "another"),
    [
        ("Group B: Wednesday 7 PM, the link will be shared by Meera ma'am.", True),
        ("Le lien sera envoyé par @camille_tl la veille.", True),
        ("The meeting link will be shared by the TAs before the session.", False),
        ("Le lien sera envoyé par l'équipe la veille.", False),
        ("The link will be posted by me an hour before.", False),
    ],
)
def test_a_link_promised_by_a_person_named_is_not_its_announcer_s_to_add(text: str, another: bool) -> None:
    assert by_another(text) is another
