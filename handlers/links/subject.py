"""What a request for a document is about, and whether a link speaks of it.

On a question-and-answer forum "is there any tutorial?" follows "how can I train my own model on these
scans?": the tutorial asked is about training a model. A link of the thread that is a document, but whose
own words speak of none of that (a sample-data page of the announcement), is another thing's; giving it
answers nothing, in public. Words most posts of a long topic use ("segmentation" in a segmentation thread, the
software's name) are its theme: every link of the topic shares them, so they tell none apart.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bot.text import fold
from handlers.links.answer import SUBJECT_FAMILIES, families
from handlers.links.text import things
from handlers.summaries.text import STOP, sentences

_WORD = re.compile(r"(?<![\w@/.-])[a-z][a-z0-9-]{3,}(?![\w/.-]*\.[a-z])")
"""A word of four letters or more, not a mention, an address or a file name."""
_ASKING_WORDS = (
    "link links url urls please thanks thank kindly help anyone someone somebody anybody know knows find found "
    "share shared provide provided give send post posted available availability there where which what whether "
    "could would should might must need needs needed want wanted wonder wondering like looking look search "
    "searched able possible hello dear sorry also just still again really very much many more most some such "
    "other another same something anything everything nothing everyone thing things step steps way ways good "
    "great nice best guys folks team question questions answer answers idea ideas point pointer reference refer "
    "suggest suggestion recommend recommended advice advise else here this that these those them they their "
    "then than exist exists existing currently current already maybe perhaps kind sort type page pages site "
    "website online official specific detailed detail details example examples basic basics simple beginner "
    "beginners newbie learn learning understand start started getting work works working use using used user "
    "users"
)
_ASKING_WORDS_FR = (
    "lien liens adresse adresses envoyer envoie envoyez renvoyer renvoie remettre remets remettez partager partage "
    "partagez poster postez donner donne donnez filer trouve trouver trouvais trouves retrouve retrouver retrouvais "
    "cherche chercher cherchais quelqu est-ce aurait aurais auriez aurai pourrait pourrais pourriez pouvez pouvait "
    "peux voudrais voulais aimerais souhaiterais besoin possible aide aider savoir sais savez connait dispo "
    "disponible toujours vois voir passer passe donc avance remonte remonter sujet message messages dessus "
    "au-dessus haut quelque part personne rappeler manque manquent oublie oubliee arrive arrivais reussi reussis "
    "coucou bonsoir re-bonjour desole desolee pardon encore juste aussi svp stp venir viens venu decouvre decouvrir "
    "repartager repartage redonner redonne reposter remis mettre vers moyen recuperer telecharger lire relire "
    "consulter resume revoir rattraper regarder aiguiller orienter diriger range rangee classe depose etais etait "
    "etions pouvais pouvions connecter connecte branche plateforme quelle quel "
    "precedent precedente precedents precedentes dernier derniere derniers dernieres passee passees ancien ancienne "
    "anciens anciennes trouve-t-on peut-on doit-on faut-il a-t-on"
)
"""Words of asking in French, and of which one is asked ("les notes des séances précédentes"): no subject."""
_ASKING = frozenset(_ASKING_WORDS.split()) | frozenset(_ASKING_WORDS_FR.split())
"""Words of asking for a link that say nothing of what it is about, in both languages."""


_THEME_POSTS = 4
"""A word is a long topic's theme when at least this many of its posts use it…"""
_THEME_SHARE = 0.25
"""…and at least this share of them."""
_PATH_WORD = re.compile(r"[a-z][a-z0-9]{3,}")


def _stem(word: str) -> str:
    """Enough of a word to match its forms ("segment", "segmentation", "segmented", "models")."""
    return (word[:-1] if word.endswith("s") and len(word) > 4 else word)[:7]


def words_of(text: str) -> set[str]:
    """The content words of a text, stemmed: no stop word, no word of asking, no kind of link (a contract, a règlement
    are what a document is about)."""
    folded = fold(text)
    out = set()
    for word in _WORD.findall(folded):
        if word in STOP or word in _ASKING or families(word) - SUBJECT_FAMILIES or things(word):
            continue
        out.add(_stem(word))
    return out


def asked_about(asking: str, post_text: str) -> set[str]:
    """What the asking sentence and the sentence just before it in the same post say the thing asked is about
    ("How can I train my own model? Is there any tutorial?", "I need to create a bezier surface. Is there any
    video showing how to do it?")."""
    own = words_of(asking)
    if not asking:
        return own
    said = sentences(post_text)
    key = asking.rstrip("?. ")
    at = next((i for i, s in enumerate(said) if key and key in fold(s)), None)
    return own | words_of(said[at - 1]) if at else own


def theme(posts: Iterable[str]) -> set[str]:
    """The words (stemmed) most posts of a topic use: its theme."""
    texts = list(posts)
    seen = Counter(w for text in texts for w in words_of(text))
    least = max(_THEME_POSTS, _THEME_SHARE * len(texts))
    return {w for w, n in seen.items() if n >= least}


def link_words(words: str, url: str) -> set[str]:
    """What a link's own words and the path of its address speak of ("…/developer_guide/extensions.html")."""
    path = fold(url).split("//", 1)[-1].partition("/")[2]
    return words_of(words) | words_of(" ".join(_PATH_WORD.findall(path)))


def off_subject(asked: Iterable[set[str]], said: set[str], common: set[str]) -> set[str]:
    """The words the requests say their document is about when the link's words (`said`) speak of none of
    them, leaving out the topic's theme (`common`); empty when no request says or the link speaks of one."""
    about = [a - common for a in asked]
    if not any(about) or any(a & said for a in about):
        return set()
    return set().union(*about)


def as_written(stems: set[str], texts: Iterable[str]) -> list[str]:
    """The words of `texts` the stems stand for, as written (folded), for a reader of `scribe preview`."""
    return sorted({w for text in texts for w in _WORD.findall(fold(text)) if _stem(w) in stems})


def _shares(a: set[str], b: set[str]) -> bool:
    """A stem of one is the start of a stem of the other ("covoit" of "covoiturage", "registr" of "registre")."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b if min(len(x), len(y)) >= 4)


def the_one_named(asked: Iterable[set[str]], said: Sequence[set[str]], common: set[str]) -> int | None:
    """Of several links, each speaking of `said[i]`, the index of the only one whose words share one with what the
    requests say they want ("le lien de l'appli pour le covoit" of a covoiturage app and a planning), leaving out
    the topic's theme (`common`); None when none or more than one does."""
    about = set().union(*(a - common for a in asked))
    if not about:
        return None
    named = [i for i, words in enumerate(said) if _shares(about, words - common)]
    return named[0] if len(named) == 1 else None
