"""Discourse's own error texts, in the site's language (`default_locale`).

Taken from Discourse's `config/locales/server.en.yml` and `server.fr.yml`: validation
messages are `"%{attribute} %{message}"` with the attribute translated (`Body`/`Corps`,
`Title`/`Titre`). Clients must never decide on these texts; the sandbox speaks French on a
French forum so that a client that does is caught by the tests.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "body": "Body",
        "title": "Title",
        "blank": "can't be blank",
        "too_short": "is too short (minimum is {count} characters)",
        "too_long": "is too long (maximum is {count} characters)",
        "body_limited": "Body is limited to {max} characters; you entered {length}.",
        "taken": "has already been used",
        "just_posted_that": "is too similar to what you recently posted",
        "max_consecutive_replies": (
            "No more than {count} consecutive replies are allowed. "
            "Please edit your previous reply, or wait for someone to reply to you."
        ),
        "too_many_requests": (
            "You’ve performed this action too many times. Please wait {time_left} before trying again."
        ),
        "seconds": "{count} seconds",
        "deleted_by_author": "(post deleted by author, will be automatically deleted in {count} hours unless flagged)",
    },
    "fr": {
        "body": "Corps",
        "title": "Titre",
        "blank": "ne peut pas être vide",
        "too_short": "est trop court (nombre minimal de caractères : {count})",
        "too_long": "est trop long (nombre maximal de caractères : {count})",
        "body_limited": "Corps est limité à {max} caractères maximum ; il y en a {length}.",
        "taken": "a déjà été utilisée",
        "just_posted_that": "est trop similaire à ce que vous avez récemment publié",
        "max_consecutive_replies": (
            "Seules {count} réponses consécutives sont autorisées. "
            "Veuillez modifier votre réponse précédente ou attendre que quelqu'un vous réponde."
        ),
        "too_many_requests": (
            "Vous avez effectué cette action un trop grand nombre de fois. "
            "Veuillez attendre {time_left} avant de réessayer."
        ),
        "seconds": "{count} secondes",
        "deleted_by_author": (
            "(message retiré par l'auteur, il sera supprimé automatiquement dans {count} heures "
            "à moins qu'il ne soit signalé)"
        ),
    },
}


def text(locale: str, key: str, **values: Any) -> str:
    table = TEXTS.get(locale, TEXTS["en"])
    return table[key].format(**values)


def field_error(locale: str, attribute: str, key: str, **values: Any) -> str:
    """An ActiveRecord full message: the translated attribute, then the message."""
    return f"{text(locale, attribute)} {text(locale, key, **values)}"
