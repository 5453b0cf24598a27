"""Support counted honestly: votes apart from shared support, agreement and disagreement,
thanks that are not agreement, likers read only where they change the table, and an
answer from like counts when the forum will not say who liked what."""

from __future__ import annotations

from bot.forum import Unavailable
from bot.models import Topic
from handlers.proposals import ranked, render
from tests.handler_kit import make_ctx, make_post

IDEAS = (
    "Bonjour, quelques pistes :\n\n- Créer une monnaie locale du réseau\n- Ouvrir les lieux le dimanche\n"
    "- Publier les comptes chaque trimestre\n- Mutualiser un poste de comptable"
)


class CountingForum:
    """A forum view that counts the liker lists it is asked for, and can refuse them."""

    def __init__(self, ctx, likers: dict[int, list[str]], fail: bool = False) -> None:
        self.inner = ctx.forum
        self.likers_map = likers
        self.fail = fail
        self.asked: list[int] = []

    async def likers(self, post_id: int) -> list[str] | None:
        self.asked.append(post_id)
        if self.fail:
            raise Unavailable("GET post_action_users.json: still failing")
        return list(self.likers_map.get(post_id, []))

    def __getattr__(self, name):
        return getattr(self.inner, name)


def with_forum(ctx, forum):
    return ctx.__class__(**{**ctx.__dict__, "forum": forum})


def topic_of(*posts) -> Topic:
    return Topic(1, "Pistes", posts=tuple(posts))


async def test_likes_on_a_list_are_shared_and_a_single_idea_post_gets_votes():
    topic = topic_of(
        make_post(1, "ana", IDEAS, like_count=6),
        make_post(2, "ben", "Il faut ouvrir les lieux le dimanche !", like_count=3),
    )
    result = await ranked(topic, make_ctx([topic]))
    by_text = {p.text: p for p in result.proposals}
    dimanche = by_text["Ouvrir les lieux le dimanche"]
    assert dimanche.post_numbers == [1, 2]
    assert dimanche.supporters == 3 and dimanche.shared == 6
    for other in ("Créer une monnaie locale du réseau", "Publier les comptes chaque trimestre"):
        assert by_text[other].supporters == 0 and by_text[other].shared == 6
    assert result.proposals[0] is dimanche


async def test_agreement_counts_disagreement_counts_against_thanks_do_not():
    topic = topic_of(
        make_post(1, "ana", "Il faudrait créer une monnaie locale pour tout le réseau.", like_count=1),
        make_post(2, "ben", "+1 pour la monnaie locale, excellente idée.", reply_to_post_number=1),
        make_post(3, "cat", "Merci Ana pour ce super message, très bien documenté !", reply_to_post_number=1),
        make_post(4, "dom", "Je ne suis pas d'accord : trop compliqué à gérer.", reply_to_post_number=1),
    )
    ctx = make_ctx([topic], likers={1001: ["zoe"]})
    (monnaie,) = (await ranked(topic, ctx)).proposals
    assert monnaie.endorsers == ["ben"] and monnaie.endorsed_in == [2]
    assert monnaie.objectors == ["dom"] and monnaie.opponents == 1 and monnaie.objected_in == [4]
    assert monnaie.supporters == 2  # zoe's like and ben's +1; cat's thanks are not support


async def test_likers_are_read_only_where_someone_could_be_counted_twice_and_then_kept():
    topic = topic_of(
        make_post(1, "ana", "Il faut créer une monnaie locale pour le réseau des tiers-lieux.", like_count=2),
        make_post(2, "ben", "Il faut créer une monnaie locale pour le réseau des tiers-lieux !", like_count=1),
        make_post(3, "cat", "Il faudrait fermer les lieux le lundi pour l'entretien.", like_count=4),
        make_post(4, "dom", IDEAS, like_count=5),
    )
    ctx = make_ctx([topic])
    forum = CountingForum(ctx, {1001: ["zoe", "yan"], 1002: ["zoe"]})
    result = await ranked(topic, with_forum(ctx, forum))
    # only the two posts stating the same idea: post 3 stands alone, post 4's likes are shared
    assert sorted(forum.asked) == [1001, 1002]
    monnaie = next(p for p in result.proposals if "monnaie" in p.text)
    assert monnaie.supporters == 2 and monnaie.likers == ["yan", "zoe"] and monnaie.exact
    kept = {r.key: r.value for r in result.remember}
    assert kept["likers:1001"] == {"likes": 2, "names": ["zoe", "yan"]}

    # asked again with a new "merci" post: nothing that counts changed, nothing is read
    memory = {"proposals": kept}
    later = topic_of(*topic.posts, make_post(5, "eve", "Merci à tous !", like_count=1))
    again = CountingForum(ctx, {})
    second = await ranked(later, with_forum(make_ctx([later], memory=memory), again))
    assert again.asked == [] and second.remember == []
    # a new like on another post: the kept likers still serve, no liker list is read again
    more = topic_of(*topic.posts[:2], topic.posts[2].__class__(**{**topic.posts[2].__dict__, "like_count": 5}))
    third_forum = CountingForum(ctx, {})
    await ranked(more, with_forum(make_ctx([more], memory=memory), third_forum))
    assert third_forum.asked == []


async def test_when_the_forum_will_not_say_who_liked_the_answer_uses_counts_and_says_so():
    topic = topic_of(
        make_post(1, "ana", "Il faut créer une monnaie locale pour le réseau des tiers-lieux.", like_count=2),
        make_post(2, "ben", "Il faut créer une monnaie locale pour le réseau des tiers-lieux !", like_count=1),
    )
    ctx = make_ctx([topic])
    result = await ranked(topic, with_forum(ctx, CountingForum(ctx, {}, fail=True)))
    (monnaie,) = result.proposals
    assert not result.complete and not monnaie.exact and monnaie.supporters == 3
    assert not any(r.key == "topic:1" for r in result.remember)  # not cached: asked again, it tries again
    md = render(result.proposals, "md", "fr", complete=result.complete)
    assert ctx.t("proposals.estimate_note") in md


async def test_restating_an_idea_said_in_several_posts_is_not_a_synthesis_and_numbers_tell_ideas_apart():
    same = "Il faut créer une monnaie locale pour le réseau des tiers-lieux."
    posts = [make_post(n, name, same, like_count=1) for n, name in ((1, "ana"), (2, "ben"), (3, "cat"), (4, "dom"))]
    posts += [make_post(5, "eve", "Proposition 5 : financer le projet numéro 5 du quartier.", like_count=2)]
    posts += [make_post(6, "fay", "Proposition 6 : financer le projet numéro 6 du quartier.", like_count=1)]
    topic = topic_of(*posts)
    result = await ranked(topic, make_ctx([topic], likers={1001: ["zoe"], 1002: ["zoe"], 1003: ["yan"]}))
    by_posts = {tuple(p.post_numbers): p for p in result.proposals}
    assert set(by_posts) == {(1, 2, 3, 4), (5,), (6,)}
    assert by_posts[(5,)].supporters == 2 and by_posts[(6,)].supporters == 1


async def test_a_reply_citing_an_idea_as_a_blockquote_answers_that_idea_not_the_post_above():
    """'> ' names no post: the idea answered is the one of the latest earlier post it copies."""
    saturday = "Je propose d'ouvrir le jardin tous les samedis matin pour les familles du quartier."
    compost = "On pourrait aussi installer un composteur collectif près de l'entrée."
    topic = topic_of(
        make_post(1, "ana", "Comment organiser le jardin partagé l'an prochain ? Vos idées sont les bienvenues."),
        make_post(2, "ben", saturday),
        make_post(3, "chloe", compost),
        make_post(4, "dan", f"> {saturday}\n\nTout à fait d'accord, c'est une excellente idée !"),
        make_post(5, "eve", f"> {compost}\n\nJe suis contre, ça va attirer les rats."),
    )
    by_author = {p.author: p for p in (await ranked(topic, make_ctx([topic]))).proposals}
    assert (by_author["ben"].endorsed_in, by_author["ben"].objected_in) == ([4], [])
    assert (by_author["chloe"].endorsed_in, by_author["chloe"].objected_in) == ([], [5])
