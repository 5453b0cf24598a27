"""What rules a match out as a request: one's own trouble or work, a verdict reported, advice to others,
a promise, a thing solved, a link that exists and is broken, material a helper asks to see."""

from __future__ import annotations

import re

from handlers.links.text.broken import broken_sentence
from handlers.links.text.kinds import kinds_of
from handlers.links.text.words import (
    ASSESSED_EN,
    BUT,
    BUT_ABSENT,
    DET_EN,
    DET_FR,
    GRADER_LOGS,
    GREETING,
    LINK_EN,
    LINK_FR,
    MAIL_WORD,
    SENTENCES,
    YOUR_FR,
    match_end,
    sentence_end,
    sentence_of,
    sentence_start,
)

_ASKED_TO_MAKE = (
    r"(?:share|send|post|make|record|take|provide|upload|attach) (?:us |me )?(?:an? |some )?"
    r"(?:screenshots? ?(?:or|and|/) ?(?:an? )?videos?|videos? ?(?:or|and|/) ?(?:an? )?screenshots?)|"
    r"give (?:me|us) (?:a |an )?(?:quick|rapid|short|brief|little|small|mini)[ -]?(?:tutorial|guide|demo|intro\w*|"
    r"overview|rundown)|tips? ?(?:/|or|and) ?code|code ?(?:/|or|and) ?tips?|"
    r"(?:(?:could|can|would|will) (?:you|u)|if (?:you|u) (?:can|could))(?: please)?(?: be able to)? "
    r"(?:share|provide|send|upload|post|give|attach|write|make|record) (?:us |me )?(?:an? |some )(?:[\w-]+ ){0,2}?"
    r"(?:data ?sets?|scripts?|scenes?|videos?|screen ?recordings?)"
    r"(?! (?:of|from) (?:the|this|that|today'?s|yesterday'?s|last)\b)|"
    r"(?:give|send|provide|share) (?:me |us )?(?:some |updated |more |a few |detailed )?(?:instructions?|steps) "
    r"(?:(?:on|for|about) )?how\b"
)
"""What someone is asked to make, explain or give of their own, which no link leads to yet: a capture ("could you
share a screenshot or video?"), an explanation ("give me a quick tutorial about the editor"), tips and code to be
written, one of a kind ("if you can share a sample data set, we can test it", "can you post a video"), instructions
on how to do a thing ("could anyone give me some instructions on how to merge…")."""
_OF_A_BUILD = (
    r"(?:scripts?|files?) (?:that )?(?:i|we)(?:'m| am|'re| are)? (?:supposed|meant|required) to|"
    r"link (?:it|them|against|statically|dynamically)"
)
"""Files of one's setup ("other scripts I'm supposed to copy") or linking in a build ("can you link it to external
libraries?")."""
NOT_A_LINK = re.compile(
    r"\b(?:scores?|marks?|grades?|results?|bonus(?:es)?|eta|deadline|certificate|"
    r"(?:deadline|time|date|due) extensions?|(?:get|grant|give|request|ask for|asking for|need|want|apply for|"
    r"chance of|any) (?:an? |the |some |one )?extension|extension (?:request|(?:of|for|in|on) (?:the |my |our )?"
    r"(?:deadline|due date|date|time|submission|assignment|project|ga))|"
    r"api key|token|(?<!hi )(?<!hey )(?<!hello )(?<!dear )(?<!thanks )(?<!thank you )(?<!@)pats?|"
    r"(?:video|recording) (?:for|on|explaining|to explain) (?:this |the |that )?(?:q|question)|"
    rf"{_ASKED_TO_MAKE}|{_OF_A_BUILD})\b"
)
"""What a sentence asks about when it is not something announced behind a link: a score, a date,
access or a key, a video made on purpose for one question (the labels' own exclusions), what someone is asked to
make (`_ASKED_TO_MAKE`), a build's own files or linking (`_OF_A_BUILD`); not a program's "extension manager", nor a
person called Pat greeted or thanked ("hi Pat, where is…")."""
TROUBLE_REPORT = re.compile(
    r"\b(?:errors?|exceptions?|traceback|failed|fails|failing|not working|isn't working|doesn't work|does not work|"
    r"wrong|incorrect|invalid|crash\w*|bug(?! (?:bash|hunt|squash|triage|scrub)\w*)|"
    r"status code|40[0-9]|50[0-9]|erreur|ne marche pas|ne fonctionne pas|plante)\b"
    r"|[\"“][^\"“”\n]{0,40}\bnot found[\"”]|"
    r"\b(?:assembly|module|package|library|dll|symbol|namespace|header|reference)\b[^!?\n]{0,40}\b"
    r"(?:was |is )?not found\b"
)
"""A sentence reporting one's own trouble ("it is giving error 'module not found'", "the form shows a
wrong score", an error quoted: "“Resource not Found”", "Assembly Urho.Forms was not found"): the asker has the thing
and it misbehaves; no link is missing."""
_OWN = re.compile(
    r"\b(?:my|mine|mon|ma|mes)\s+(?:own\s+|\w+\s+)?(?:assignments?|ga ?\d+|graded assignments?|projects?|"
    r"modules?|forms?|documents?|notes|sheets?|spreadsheets?|pdfs?|submissions?|answers?|codes?|repo\w*|"
    r"responses?|files?|videos?|recordings?|notebooks?|logs?|results?|resultats?|devoirs?|formulaires?)\b"
    r"|\b(?:answers?|solutions?|responses?|options?|choices?) (?:that |which )?(?:i|we) (?:had |have )?(?:marked|"
    r"submitted|gave|given|chose|chosen|entered|selected|wrote|written)\b"
)
"""One's own work ("I can't find my submission", "my form is not shown", "the answers we marked for GA4"):
nobody announced it."""
_FOR_MINE = re.compile(r"\s*(?:for|of|on|about|pour|de|du) (?:my|mon|ma|mes) ")
"""A thing for one's own work ("the peer review for my project", "the logs for my project 2"): the thing
is announced to everyone, only what it is about is one's own."""
_MY_GRADER_LOGS = re.compile(r"\bmy (?:evaluation|eval|docker|grading|grader)[ _]logs?(?: files?)?\b")
"""One's share of the logs the graders send to everyone: not found, it is a missing link; said to be
"missing", it repeats the verdict the results mail gives ("evaluation log file is missing")."""
_TALKS = r"(?:slides|presentations?|talk|recording|diapos?|diaporamas?|supports?|enregistrements?|intervention)"
"""What a speaker shows or records of a talk: the speaker's own, yet announced to everyone."""
_SHOWN_NOTES = (
    r"(?:notes?|notebooks?|documents?|files?|pdfs?|sheets?) (?:that |which )?(?:you|u) (?:had )?(?:shared|showed|shown|"
    r"used|presented|wrote|went through|explained) (?:in|during|at|on)\b"
)
"""The addressee's notes or files they showed in a session ("your notes you shared in the TA session"): shown to
everyone, so asked for like a speaker's slides."""
_THEIRS = re.compile(rf"\b(?:your|{YOUR_FR})\b(?!\s+(?:{_TALKS}\b|{_SHOWN_NOTES}))")
""""I couldn't find the URL in your response": someone reviewing another's work, not asking for a link; a
speaker's slides ("pourrais-tu partager ta présentation ?") are asked for all the same."""
THEIRS_AFTER = 12
"""Characters after the match, in its sentence, where the addressee's own thing is named."""


def theirs(folded: str, m: re.Match[str]) -> bool:
    """The match, or the words just after it in its sentence, name the addressee's own (`_THEIRS`); "your"
    in the next sentence ("…is not uploaded. Your session was great") leaves the request standing."""
    end = min(m.end() + THEIRS_AFTER, match_end(folded, m))
    # the words after the possessive are read past `end`: "the TA session" is no "ta" of the addressee's
    found = _THEIRS.search(folded, m.start())
    return found is not None and found.start() < end


_BROKEN = re.compile(
    rf"\b(?:{LINK_FR}|{LINK_EN}|urls?)\b[^.!?\n]{{0,40}}?\b(?:(?:is|are|seems|was|has|have|got|gives?|shows?|"
    r"returns?) (?:\w+ )?(?:expired|broken|dead|invalid|404|not working|no longer (?:works|valid|working))|"
    r"(?:doesn't|does not|don't|do not) (?:seem to )?(?:work|open|load)|"
    r"(?:ne )?(?:marche|fonctionne|s'ouvre) (?:pas|plus)|(?:est|semble) (?:mort|casse|expire|invalide|perime))\b"
    rf"|\b(?:update|fix|correct|repair|mettre a jour|corriger|reparer) (?:{DET_EN}|{DET_FR}) "
    rf"(?:{LINK_EN}|{LINK_FR})\b"
    r"|\b(?:404|page not found|not found page|page introuvable)\b|\bnot found on (?:the|this) server\b"
    rf"|\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to) (?:open|load|reach) "
    rf"(?:the |this |that |your |a )?(?:{LINK_EN}|{LINK_FR}|urls?)\b"
)
"""A link that exists and fails ("the link has expired", "could you update the link, I get a 404", "the
link goes to a not found page"):
a broken link reported, not a missing one asked for."""
_LOCKED = re.compile(
    r"\b(?:request(?:ing)?|edit|view|viewer|editor|comment(?:er)?) access\b|\baccess (?:is )?(?:denied|restricted)\b|"
    r"\bpermission (?:is )?(?:denied|required|needed)\b|"
    r"\b(?:asks?|asking|says?|saying|shows?|showing|requires?|requiring|needs?|wants?) (?:me )?(?:to |for )?"
    r"(?:request(?:ing)? )?(?:an? |the |some )?(?:access|permission|password|passcode|pass code|meeting id)\b|"
    r"\b(?:password|passcode|pass code|meeting id) (?:for|of|to) (?:the |this |that )?(?:[\w-]+ )?(?:links?|urls?)\b|"
    r"\bmake (?:it|them|the [\w-]+(?: link)?) public\b|"
    r"\b(?:no longer|not|isn't|is not) accepting (?:any )?(?:more )?responses\b|"
    r"\b(?:form|link|survey) (?:is |has been |was |got )?(?:now )?closed\b|"
    r"\bacces (?:refuse|restreint)\b|\bdemander? (?:l')?acces\b|\bmot de passe (?:du|de la|pour le|pour la) "
    r"(?:lien|visio|reunion)\b|\bn'accepte plus (?:de )?reponses?\b|\bformulaire (?:est |a ete )?(?:ferme|clos)\b"
)
"""A link the writer has and cannot get past: access to request, a password it asks for, a form closed ("the
notebook link says request access", "what is the password for the zoom link?", "the form is no longer accepting
responses"): the link above is the very one they clicked, so it is no answer, and it is not missing."""


_PROMISE = re.compile(
    r"\b(?:will|would|shall|should) (?:soon |also |surely )?be (?:soon |made )?(?:uploaded|available|shared|released|"
    r"posted|enabled|sent|published|updated|visible|opened|live)\b"
    r"|\b(?:sera|seront) (?:bientot |tres vite )?"
    r"(?:disponibles?|partagee?s?|envoyee?s?|publiee?s?|en ligne|mise?s? en ligne)"
    r"|\b(?:on|je|nous) vous (?:l'|le |la |les )(?:envoie|envoyons|enverr\w*|transmets?|transmettons|transmettr\w*|"
    r"partage|partageons|partager\w*|mets|mettons|mettr\w*)\b"
)
"""A post that says when the thing will come ("it will be uploaded by tomorrow", "on vous l'envoie demain"),
outside a question, answers a request: it is not one."""
_ABSENT_AFTER = re.compile(BUT_ABSENT)
"""A promise reported, then found untrue ("it will be available at 5, but it's not visible"): no answer, a request."""


_ADVICE = re.compile(
    r"\b(?:(?:if|in case|incase) (?:you|u|anyone|anybody|someone|somebody|they|students?|people)"
    r"(?! (?:knows?|can|could|would|may|mind|don't mind|do not mind|have time|get time|please|kindly)\b)|"
    r"whoever|those who|"
    r"anyone who|students who|people who|si (?:vous|tu|quelqu'un|on)|ceux qui|celles qui|"
    r"(?:quelqu'un|qqn)(?: d'autre)? n'(?:a|aurait)|d'autres(?: personnes| membres| gens)? n'(?:ont|auraient))\b"
    r"(?:(?! but )[^.!?\n]){0,40}$"
)
"""Before the match in its sentence: a condition or the people it is for ("if you can't find the
recording, check the playlist"): advice to others, not a request; "if you know one, please say where"
still asks, and so does a favour asked ("if you can, kindly upload the recording"); "quelqu'un n'a pas reçu le
lien ?", "d'autres personnes n'ont pas reçu l'invitation ?" ask others."""
_WE_ASK = re.compile(r"(?:on|je|nous)\b[^.!\n]*\?")
"""A question of the writer's own after the people it is for ("Pour ceux qui seront à distance, on se connecte comment
samedi ?"): it asks, for them and oneself."""
_ARRIVED_END = r"(?=[^.!?\n,]{0,40}?(?:,? (?:thanks?|thank you|thx|ty|merci)\b[^?\n]*)?(?:[.!\n]|$))"
"""A mail or link said to have come ends its clause ("received the mail now, thanks."): one going on to
another thing ("received the mail now for ROE, where is the OPPE link?") asks for that thing."""
_SOLVED = re.compile(
    r"\b(?:(?<!n't )(?<!not )(?<!never )(?<!you )(?<!u )(?<!they )found (?:it|them)"
    r"(?! (?:very|really|quite|so|too|a bit|bit|hard|difficult|"
    r"tough|easy|useful|helpful|interesting|confusing|challenging|tricky|good|great)\b)|got it now|resolved|solved|"
    r"never ?mind|nvm|(?:please |pls |plz )?ignore (?:me|(?:my|this|that) (?:last |previous |earlier |above )?"
    r"(?:post|message|msg|question|comment|request))|disregard (?:me|my (?:last |previous |earlier )?"
    r"(?:post|message|msg|question|comment|request)|(?:this|that|the above)(?: post| message| question)?)|"
    r"(?:oubliez|oublie|ignorez|ignore) (?:ma|mon) (?:derniere |precedente |dernier |precedent )?"
    r"(?:question|message|demande|post)|laissez tomber|laisse tomber|"
    r"sorted(?: out)?(?! (?:by|in|according|alphabetically|chronologically|week ?wise|date ?wise)\b)|"
    r"figured (?:it )?out|"
    r"(?:it's|it is) (?:there|visible|available) now|c'est bon|c bon|j'ai trouve|trouve,? merci|resolu|"
    r"(?:(?<![^\n.!?])|(?<![^\n.!?] ))(?:(?:ah|ok|oh|bon|ah si)\W{1,3})?trouvee?s?\b"
    r"(?!\s*(?:nulle|rien|pas|personne|aucune?|que\b|qu'|ou\b|comment))|"
    r"(?<!n't )(?<!not )got it (?:from|in|on|via|through) (?:the|my|your)|"
    r"(?<!pas )trouve (?:dans|sur) (?:l'|le |la |les |mes |ma |mon )|"
    r"(?:thanks?|thank you|thx|ty|merci)(?: (?:so|very) much| beaucoup)? (?:for|pour) "
    r"(?:the|this|that|your|these|those|le|ce|ton|votre|les|ces|vos) (?:links?|liens?)"
    r"(?! (?:in advance|d'avance|par avance)\b)(?![^.!?\n]*\?)|"
    r"(?<!n't )(?<!not )(?<!never )(?<!yet )(?<!still )(?:(?:just|finally) )?(?:received|recieved|got) "
    r"(?:the |my |an? |that |this )?(?:[\w-]+ ){0,2}?(?:e-?mails?|mails?|links?|it|them)"
    rf"(?= (?:now|finally|just now|today)\b{_ARRIVED_END})|"
    r"(?<!n't )(?<!not )(?<!never )(?<!yet )(?<!still )(?:just|finally) (?:received|recieved|got) "
    rf"(?:the |my |an? |that |this )?(?:[\w-]+ ){{0,2}}?(?:e-?mails?|mails?|links?|it|them){_ARRIVED_END}|"
    rf"(?:update|edit)\s*:\s*(?:i )?(?:received|recieved|got) (?:the |my |an? |it\b){_ARRIVED_END}|"
    rf"recu (?:le |mon |l')?(?:mail|courriel|lien) (?:maintenant|finalement|enfin){_ARRIVED_END}|"
    r"c'est (?:bien |tout )?(?:regle|corrige|repare)|(?:est|sont) (?:bien )?(?:reglee?s?|corrigee?s?)|"
    r"(?:me l'|nous l')(?:a|ont) (?:bien )?(?:transferee?|renvoyee?|envoyee?|fait suivre|passee?|donnee?)|"
    r"(?<!you )(?<!u )(?<!can )(?<!could )(?<!please )(?<!pls )(?<!plz )(?<!anyone )(?<!anybody )"
    r"(?:sent|forwarded|shared|passed) (?:it|them|the (?:link|mail|e-?mail)) to me"
    r"(?![^.!?\n]{0,30}\?|,? ?(?:please|pls|plz) *(?:[.!\n]|$)))\b"
)
"""A post saying the thing turned up (someone passed it on: "Paul me l'a transféré"; "thx for the link"; "got it from
the calendar invite"; "c bon trouvé dans l'invit"; "Trouvé, je me suis mis 21h-23h" opening a sentence) or the
trouble is over ("ignore me, it's in the playlist", "oubliez ma question") asks for nothing; not one that "found it
hard", asks "where you found it" or whose videos are "sorted by date", nor one pleading or asking to be sent it
("please sent the link to me", "sent it to me pls", "anyone shared the link to me?"), nor thanks "for the link in
advance" or going on to ask in their sentence ("thanks for the link, do you have the one for part 4?")."""
_NOT_YET = re.compile(
    r"\b(?:when|once|until|till|if|after|before|whether|quand|une fois|(?<!ah )(?<!oh )(?<!ha )si)\b[^.!?\n]{0,30}$"
)
"""A clause opening on a time still to come ("when this gets sorted out"): nothing is solved yet; not "ah si, c'est
bon", the asker finding it after all."""


def _solved(folded: str) -> list[int]:
    """Where the post says the trouble is over, not that it will be ("once it is sorted out, …"): the end
    of each saying."""
    return [m.end() for m in _SOLVED.finditer(folded) if not _NOT_YET.search(folded, 0, m.start())]


_TURN = re.compile(rf"\b(?:{BUT}|though|cependant|pourtant|par contre|en revanche|sauf que)\b")
"""In the sentence saying a trouble is over, what turns to another thing after it ("the form issue got
sorted, but where is the link?", "c'est réglé pour l'inscription, mais il manque le lien")."""
_STILL = re.compile(r"\b(?:still(?! (?:couldn't|could not|didn't|did not|wasn't|was not)\b)|though|toujours|encore)\b")
"""After a trouble said to be over, what says a thing still lacks ("Still no recording link though."), not
the trouble told in the past ("I still couldn't find it on my phone, but…")."""


def after_solved(folded: str) -> str:
    """What the post says after its trouble is last said to be over: a trouble over silences only itself,
    so what the post turns to after it (`_TURN`), says still lacks (`_STILL`) or asks there is read ("My
    audio problem is resolved. Still no recording link though.", "This was solved with the ribbon method.
    Are there resources on how it works?"); with none of that after it ("sorted, found the link, thanks"),
    the post asks for nothing."""
    last = _last_solved(folded)
    if last is None:
        return folded
    _, cut, turn = last
    rest = folded[turn.end() if turn else cut + 1 :]
    return rest if turn or "?" in rest or _STILL.search(rest) else ""


def _last_solved(folded: str) -> tuple[int, int, re.Match[str] | None] | None:
    """Where the post last says its trouble is over: the end of that saying, the end of its sentence, and
    what the sentence turns to after it (`_TURN`), if anything."""
    ends = _solved(folded)
    if not ends:
        return None
    cut = sentence_end(folded, ends[-1])
    return ends[-1], cut, _TURN.search(folded, ends[-1], cut)


_TROUBLE_NAMED = re.compile(
    r"\b(?:issues?|problems?|troubles?|bugs?|errors?|soucis?|problemes?|erreurs?)\b|\bpour (?:le |la |les |l')"
)
"""What names the trouble said to be over ("the form issue", "c'est réglé pour l'inscription")."""


def trouble_over(folded: str) -> str:
    """The words of the sentence where a trouble is last said to be over, up to what the post turns to
    after it, when they name the trouble ("thanks, the form issue got sorted"); "" when they do not
    ("found it, thanks": it may be the very thing asked)."""
    last = _last_solved(folded)
    if last is None:
        return ""
    end, cut, turn = last
    said = folded[sentence_start(folded, end) : turn.start() if turn else cut]
    return said if _TROUBLE_NAMED.search(said) else ""


_WHEN_ASKED = re.compile(rf"^\s*{GREETING}(?:by )?when\b")
"""A sentence opening on "when" asks, with or without its question mark ("when the recording will be uploaded")."""
_PROMISED_BY = re.compile(r"\b(?:said|told|mentioned|informed|announced|promised|a dit|avait dit|a annonce)\b")
"""A promise someone else made, reported ("sir said the slides will be shared"): the post goes on to ask."""


def _promises(folded: str) -> bool:
    """A sentence says when the thing will come, and not that it then failed to ("…but it's not visible")."""
    return any(
        (promise := _PROMISE.search(s))
        and "?" not in s
        and not _WHEN_ASKED.match(s)
        and not _ABSENT_AFTER.search(s)
        and not _PROMISED_BY.search(s, 0, promise.start())
        for s in SENTENCES.split(folded)
    )


_LOOK_THERE = re.compile(
    r"^\s*(?:@[\w.-]+[ ,]*)?(?:(?:hi|hello|hey)\b[ ,]*)?(?:please |pls |kindly )?"
    r"(?:check|verify|look (?:in|at|into)|search|see|go through|vois|verifie[zr]?|regarde[zr]?) "
    r"(?:in |into |at )?(?:your |ur |the |votre |ta |tes |vos |les? |la )?(?:e-?mails?|mails?|inbox|spam|junk|"
    r"promotions?|courriels?|boite|indesirables)\b"
)
"""A post opening on telling someone to look in their mail ("verify email, spam. The link is not on this page"):
advice to another member, whatever it then says is not in the topic."""
_NOT_ADVICE = re.compile(
    r"\?|\b(?:i|i'm|im|i've|me|my|we|us|our|je|j'|moi|nous|mon|ma|mes|sir|mam|maam|ma'am)\b|"
    r"\b(?:please|pls|plz|kindly|can you|could you|pouvez-vous|merci de)\b[^.!?\n]{0,20}?"
    r"\b(?:share|send|resend|provide|post|give|add|partager|envoyer|renvoyer)\b"
)
"""What advice to another member holds none of: the writer's own lack, a teacher addressed, a question, or a
plea to share ("Please check your mail system sir, I have not received the link")."""


def _looks_there(folded: str) -> bool:
    """The post tells another member to look in their mail (`_LOOK_THERE`), and is only that advice."""
    return bool(_LOOK_THERE.match(folded)) and not _NOT_ADVICE.search(folded)


def is_over(folded: str) -> bool:
    """The post says the thing was promised, turned up, or is there and broken or locked, or tells someone to look
    in their mail: nothing is asked."""
    locked = bool(_LOCKED.search(folded)) and not _ANOTHER_ASKED.search(folded)
    broken = bool(_BROKEN.search(folded)) and broken_sentence(folded) is None
    return _promises(folded) or bool(_solved(folded)) or broken or locked or _looks_there(folded)


_ANOTHER_ASKED = re.compile(
    r"\b(?:un autre|un nouveau|le nouveau|l'autre|another|a new|the new|a different) "
    r"(?:liens?|links?|formulaires?|forms?|urls?)\b[^.!\n]{0,60}\?"
)
"""A question asking for a link in place of a form that is closed ("il n'accepte plus de réponses. Quelqu'un sait s'il
y a un autre lien ?"): another way in, asked; a dead link reported stays the model's to read."""


_REPORTED = re.compile(
    r"\b(?:shows?|showing|shown|says?|saying|said|states?|stating|mentions?|mentioning|indicates?|"
    r"displays?|displaying|written|affiche|indique|dit)\b"
)
"""Before the match in its sentence: what a system or a mail said ("the mail shows that my log
file is missing", "my logs say the cv2 module is missing"): a verdict reported, no link asked; unless
what it said was a promise the writer then found untrue ("it says the link will be there, but it's not")."""
_YOURS = re.compile(
    rf"\b(?:links?|liens?|urls?)\s+(?:to|for|of|vers|de|du|pour|a)\s+(?:your|yours|{YOUR_FR})\b"
    rf"(?!\s+{_TALKS})"
)
"""A link to the addressee's own thing ("send me the link to your dataset", "le lien vers vos données"):
something they have to share, nothing announced is missing; a speaker's slides or recording excepted."""
_TO_EXAMINE = re.compile(
    r"\b(?:you|u) (?:used|use|are using|were using|tested|ran)\b(?!\s+(?:in|during|for|on|at) (?:the |today'?s |"
    r"yesterday'?s |last |this |that )?(?:[\w-]+ ){0,2}?(?:sessions?|class(?:es)?|lectures?|live|videos?|demos?|"
    r"webinars?|tutorials?)\b|\s+(?:yesterday|today|in class|last week)\b)"
    r"|\bso (?:that )?(?:we|i|others|someone|people|developers) (?:can|could|may) (?:have a look|take a look|look|"
    r"reproduce|check|investigate|debug|test|try|see what|help)\b"
    r"|\b(?:to reproduce|for (?:debugging|reproducing|reproduction))\b"
    r"|\b(?:showing|shows|that shows|demonstrating|reproducing|illustrating) (?:the |this |your |that |an? )?"
    r"(?:issue|problem|error|bug|crash|behaviou?r)\b"
    r"|\b(?:videos?|recordings?|screen ?shots?|captures?|pictures?|photos?|clips?) of "
    r"(?:(?:what|how|where) (?:you|u)\b|(?:the |this |your |that )(?:issue|problem|error|bug|crash|behaviou?r)\b)"
    r"|\bpour (?:qu'on puisse |que je puisse |que nous puissions )?(?:reproduire|verifier|tester|debugger|deboguer)\b"
    r"|\b(?:que )?(?:vous avez|tu as) (?:utilise|teste)\b"
    r"|\bto show (?:what|how|where|when) (?:you|u)\b"
    r"|\bscreen ?(?:video )?(?:recordings?|captures?|videos?|casts?)\b"
    r"|\b(?:anonymi[sz]ed|de-?identified|phantom) (?:or (?:\w+ )?)?(?:data|images?|scans?|volumes?|studies|cases?)\b"
)
"""A helper asking a member for the member's own material, to look into it ("share a link to the data
you used so we can reproduce", "a screen recording to show what you do", "a video of what you do" or "of
the problem", "an anonymized data set"), to be made for the question: nothing announced is missing. What an
instructor used in a session ("the notebook you used in the live session") was shown to everyone."""
_SHOWN_IN_APP = re.compile(
    r"(?!\s+on (?:my |a )?windows?(?: (?:computers?|pcs?|machines?|laptops?|systems?|\d+))?\s*(?:[.!?,\n]|$))"
    r"\s+(?:in|on|inside|within|dans|sur)\s+(?:the |my |this |a |an |la |le |l'|mon |ma |cette |ce )?"
    r"(?:[\w-]+ ){0,2}?(?:view|viewport|viewer|panel|pane|window|canvas|scene|editor|preview|timeline|screen|"
    r"display|monitor|vue|fenetre|panneau|apercu|editeur|visionneuse|ecran|canevas)s?\b"
    r"(?!\s+(?:modules?|extensions?|plugins?|tools?|widgets?)\b)"
)
"""After what is not seen: a place of a program's screen ("I cannot see the video in the 3D view"):
a display problem, not a missing link; "on my Windows computer" names the system one uses, "on the timeline
module" a module."""


TO_DIAGNOSE = re.compile(
    r"\b(?:to (?:check|see|know|find out|understand) )?(?:what|where) (?:has |had |have |is |was )?(?:gone |went |go )?"
    r"(?:wrong|failed)\b"
)
"""What a thing is wanted for ("any log for project 1 to check what went wrong?"): a purpose, not a
report of one's own trouble."""
_KEPT_AWAY = re.compile(
    r"\b(?:due to|because of|owing to|b?coz of)(?: (?:some|a|an|the|my|sudden|bad|poor))* (?:[\w-]+ )?"
    r"(?:errors?|issues?|problems?|failures?)\b"
    r"|\bfailed to (?:attend|join|watch|catch|make it to|be present)\b"
)
"""What kept one from a session ("due to a network error I missed it", "I failed to attend"): why the
recording is asked for, not trouble with it."""


_UNLESS_MISTAKEN = re.compile(r"\bsauf erreur(?: de (?:ma|notre) part)?")
"""A polite "unless I am mistaken" ("sauf erreur de ma part, il manque le lien"): no error reported."""


def own_trouble(text: str) -> bool:
    """The text reports one's own trouble (`TROUBLE_REPORT`), beside a purpose, what kept one away or a polite
    doubt of one's own reading."""
    kept = _KEPT_AWAY.sub(" ", TO_DIAGNOSE.sub(" ", _UNLESS_MISTAKEN.sub(" ", text)))
    return bool(TROUBLE_REPORT.search(kept))


_TO_BE_MADE = re.compile(rf"\b(?:share|send|provide|give|upload|release)\b[^.!?\n]{{0,20}}{GRADER_LOGS}")
"""A plea for the graders' logs asks them to make them ("please share the evaluation logs"), unlike
"will we receive logs for the evaluation?" or "I can't find my evaluation logs"."""
_ONES_OWN_AIM = re.compile(
    r"[^.!?\n]{0,20}?\b(?:related to|relating to|for) what (?:i|we) (?:would like|want|wish|need)"
)
"""A thing defined by what the asker wants to make ("no tutorial related to what I would like to obtain"):
it may not exist; nothing announced is missing."""
_CARRIER = re.compile(rf"\b(?:{MAIL_WORD}|notifications?)\b")
"""What brings a link without being one: a mail is a missing link only when it is for something
a link leads to ("the mail for the ROE exam"), not for one's marks."""


_CARRIED_LINK = re.compile(
    rf"\b(?:{MAIL_WORD}|notifications?|messages?) (?:recue?s? |received |got )?"
    r"(?:with|containing|having|carrying|(?:that|which) (?:has|had)|avec|contenant|(?:qui|qu'il) contenait|"
    r"qui contient|comprenant) "
    rf"(?:the |a |an |any )?(?:[\w-]+ )?(?:{LINK_EN}|{LINK_FR})\b"
)
"""A mail said to carry a link ("the mail with the meet link"): the link is what is missing."""


_REACHED_ANYWAY = re.compile(
    r"\b(?:but|though|however|still|mais) (?:i |we |j'ai |je )?(?:could|can|was able to|am able to|managed to|pu|peux) "
    r"(?:open|access|attempt|join|take|see|find|ouvrir|acceder|m'inscrire|rejoindre)\b"
)
"""No mail, but what it was for reached another way ("I did not receive any mail, but I could open the quiz from the
dashboard"): nothing is missing."""


_SENT_ELSEWISE = re.compile(
    r"\b(?:il|elle|ils|elles|it|they) (?:est|sont|sera|seront|is|are|will be|gets|get) (?:directement |directly )?"
    r"(?:envoyee?s?|transmise?s?|communiquee?s?|donnee?s?|adressee?s?|sent|shared|given|mailed|emailed) "
    r"(?:directement |directly )?(?:aux inscrit|aux participant|par (?:mail|e-?mail|courriel)|en (?:mp|prive)|"
    r"la veille|individuellement|to (?:the |all |every )?(?:registered|registrants|participants|attendees)|"
    r"by (?:e-?mail|mail)|individually|privately)"
)
"""The link said to be given another way ("il est envoyé aux inscrits", "it is sent by mail to registrants"):
its absence here is explained, not asked about."""


_WHO_MADE = re.compile(
    r"\b(?:qui|quand|pourquoi|comment|who|when|why|how) (?:a|as|avez|ont|has|have|had|did)(?: \w+)? "
    r"(?:cree|genere|fabrique|modifie|change|created|generated|made|changed|set up)\b"
)
"""Who made or changed a link, asked before naming it ("qui a créé le lien du pad ?"): a question about a link
there, not a plea for it."""


_CLAUSE_BREAK = re.compile(r"\s[\u2014\u2013-]{1,2}\s|;")
"""A dash or a semicolon between two clauses of one sentence ("the converter says it starts in 12 min — does
anyone have the link?"): what the first reports is not what the second asks."""


def _clause_start(folded: str, start: int, at: int) -> int:
    """Where the clause holding position `at` begins, in the sentence beginning at `start`."""
    return max((b.end() for b in _CLAUSE_BREAK.finditer(folded, start, at)), default=start)


def for_a_link(folded: str, m: re.Match[str]) -> bool:
    """The sentence asks for something that should already be behind a link: not one's own
    trouble ("it gives an error"), not one's own work ("my submission"), not a verdict reported,
    not a mail about one's marks or about nothing named."""
    sentence = sentence_of(folded, m)
    start = sentence_start(folded, m.start())
    if _ONES_OWN_AIM.match(folded, m.end()):
        return False
    if _CARRIER.search(m.group(0)) and (
        _REACHED_ANYWAY.search(sentence)
        or NOT_A_LINK.search(sentence)
        or not (kinds_of(_CARRIER.sub(" ", sentence)) - {"meeting"} or _CARRIED_LINK.search(sentence))
    ):
        return False
    return not (
        own_trouble(sentence)
        or (
            _own_work(sentence, m.end() - start)
            if "missing" in m.group(0)
            else _own_work(sentence[: m.end() - start + 40], m.end() - start, spare_logs=True)
        )
        or _TO_BE_MADE.search(m.group(0))
        or (_ADVICE.search(folded, start, m.start()) and not _WE_ASK.fullmatch(m.group(0)))
        or _WHO_MADE.search(folded, start, m.start())
        or (
            _REPORTED.search(folded, _clause_start(folded, start, m.start()), m.start())
            and not _ABSENT_AFTER.search(sentence)
        )
        or _YOURS.search(folded, m.start(), m.end() + 30)
        or _TO_EXAMINE.search(sentence)
        or _SHOWN_IN_APP.match(folded, m.end())
        or _SELF_MADE.search(sentence)
        or _PLACED.search(sentence)
        or _STORED.search(sentence)
        or _PASSING_ON.search(sentence)
        or _SEEN_ELSEWHERE.search(sentence)
        or _WHICH_OF_MINE.search(sentence)
        or _USING_IT.search(sentence)
        or _ALSO_THERE.search(sentence)
        or _OF_THE_LINK.search(folded, start, m.start())
        or _ALL_GOT.search(sentence)
        or _NONE_AS_EXPECTED.search(sentence)
        or _SENT_ELSEWISE.search(sentence)
        or _one_question_of(folded[start : m.end()], m.start() - start)
    )


_WHICH_OF_MINE = re.compile(
    r"\b(?:is|are) (?:it|they|this|that|both) (?:the )?same\b|\bthe same (?:one |link )?as\b"
    r"|\b(?:first|1st|old|older|new|newer|other|second|2nd|earlier|latest) (?:one )?or (?:the )?"
    r"(?:first|1st|second|2nd|other|new|newer|old|older|latest|earlier)\b"
    r"|\bthe one (?:in|on|from) [^.!?\n]{0,30}? or (?:the|this|that) (?:[\w-]+ )?one\b"
    r"|\b(?:out of date|up to date|outdated)\b|\ble meme lien (?:[\w-]+ )?que\b(?=[^.!?\n]*\bou\b)"
    r"|\b(?:is|are) (?:it|this|that|the\b[^.!?\n]{0,60}?) the (?:(?:final|correct|right|latest|updated|new|old|only|"
    r"official|proper|valid|same) )?(?:one|ones)\b"
)
"""Which of the links one has is the right one ("is it the same as the portal one?", "the first or the second?", "is
the link posted by the TA the one for today?", "the one in the mail or this one?", "c'est le même lien helloasso que
les visiteurs ou il y a un tableau à part ?"): a choice among links given, none missing; nor is whether one's link is
out of date."""
_OF_THE_LINK = re.compile(
    r"\b(?:deadlines?|last date|due date|end date|closing date|time ?limits?|timings?|validity|expiry|expiration|"
    r"passwords?|passcodes?|pass codes?|meeting ids?|pins?|otps?|eligibility|criteria|rules|instructions|steps|"
    r"chat(?: box)?|comments?|waiting room|description) "
    r"(?:for|of|to|in|on) (?:the |this |that |our )?(?:[\w-]+ )?$"
)
"""Just before the link matched: something of the link one has ("is there a deadline for the form link?", "the
password for the zoom link?", "in the chat of the meet link?"): what is asked is that, not the link."""
_ALSO_THERE = re.compile(
    r"\b(?:share|send|post|put|forward|add|mail)\b[^.!?\n]{0,25}?\b(?:in|on|via|by|through|over|to) "
    r"(?:the |our |a |my )?(?:mail|e-?mail|inbox|whatsapp|telegram|group|calendar|dashboard|portal|website|site)s?\b"
    r"[^.!?\n]{0,15}?\b(?:also|too|as well)\b"
    r"|\balso (?:share|send|post|put|forward|mail)\b[^.!?\n]{0,25}?\b(?:in|on|via|by|through|to) (?:the |our |a )?"
    r"(?:mail|e-?mail|whatsapp|telegram|group|calendar|portal)\b"
)
"""The link one has, asked to be sent another way too ("please share the link in the mail also"): the link is here."""
_USING_IT = re.compile(
    r"^\s*(?:(?:sir|mam|maam|ma'am|hello|hi|dear \w+)[ ,]+)?(?:is it|is there any need|do (?:we|i) (?:need|have) to|"
    r"should (?:we|i)|must (?:we|i)|can (?:we|i)|could (?:we|i)|may (?:we|i)|"
    r"are (?:we|students) (?:supposed|required|allowed|expected) to)\b[^?]{0,40}?\b(?:join|use|open|fill|click|attend|"
    r"enter|submit|log ?in|sign ?in|share|forward|edit)\b"
)
"""Whether one must, may or can use a link one has ("is it mandatory to join the session link?", "can we join the
meeting link from mobile?"): a question about using it, nothing missing."""
_ALL_GOT = re.compile(
    r"(?<!not )(?<!pas )\b(?:tous|toutes|tout le monde|everyone|everybody|all of you|you all)\b[^.!?\n]{0,15}?"
    r"\b(?:recu|got|received|get|receive)\b(?![^.!?\n]*\b(?:(?:except|but not|but|mais pas|sauf|a part|apart from) "
    r"(?:me|moi)\b|(?:but|mais) (?:i|je|moi)\b[^.!?\n]{0,12}\b(?:not|pas|didn't|haven't|n'ai)\b))"
)
"""Whether everyone got it ("avez-vous tous reçu le lien ?", "did everyone get the link?"): the one who sent it
checks; "everyone got the link except me" or "but I did not" still asks."""
_NONE_AS_EXPECTED = re.compile(r"\b(?:c'est )?(?:normal|logique),? (?:je|j'|on|car|puisque|vu que)\b(?![^.!?\n]*\?)")
"""None come and the writer says why ("je n'ai pas reçu l'invitation, normal, je ne suis pas inscrite")."""
_ORDINAL = r"(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))"
"""A place in a list ("the second", "the 7th", "the last")."""
_PART_OF = re.compile(
    rf"\b(?:(?:question|q) ?\d+|{_ORDINAL} (?:one|question))\b"
    r"[^.!?\n,]{0,20}?\b(?:in|of|from)\b[^.!?\n,]{0,25}$"
)
"""Before the thing matched: one place of it named ("question 7 of", "the second one in the list of")."""
_QUESTION = re.compile(r"\bquestions?\b|\bq ?\d")
"""A question of an assessment, by word or by number ("Q3")."""


_ONE_QUESTION = re.compile(
    rf"(?:(?:week|module) ?\d+ )?{ASSESSED_EN}\b.*\b(?:(?:{_ORDINAL}|next) question|question (?:no\.? ?)?\d+|"
    r"q ?\d+)\b"
)
"""The thing matched, an assessment, then one of its questions ("GA 4 question 7", "the assignment, last question")."""


def _one_question_of(part: str, at: int) -> bool:
    """The thing matched (at `at` in `part`) holds the question said missing ("the second one in the list of GA
    questions is not there", "question 7 of GA 4", "in week 4 assignment the last question is not there"): a part
    of its content, not its page; "the second video in the list of lectures" is still a recording missing."""
    return (bool(_PART_OF.search(part, 0, at)) and bool(_QUESTION.search(part))) or bool(_ONE_QUESTION.match(part, at))


_SEEN_ELSEWHERE = re.compile(
    r"\b(?:but|though|whereas|while) (?:i |we )?(?:can|could|am able to|was able to) (?:view|see|find) "
    r"(?:it|them|mine|my \w+)\b"
    r"(?![^.!?\n]*\b(?:please|pls|plz|kindly|share|send|expired|not working|broken)\b)"
)
"""Not seen in one place, seen in another ("my roll no. is not in the details section, but I can view it in the
by-student one"): a page one has, shown inconsistently; nothing is missing, unless what is seen fails or is asked
for all the same ("…but I can see it in the mail, which has expired, please share a new link")."""


_OTHER_CLAUSE = re.compile(r"[,;:]|\s(?:as|because|since|b?coz|so|and|but|i|we)\s")
"""Where the clause of the match ends: one's own work named after it ("…share the slides, I need them for my
project") is the reason for asking, not the thing asked for."""


def _own_work(part: str, at: int, spare_logs: bool = False) -> bool:
    """The words up to and just after the match (at `at`) name one's own work, not a thing for it;
    `spare_logs`: one's share of the graders' logs is not."""
    mine = _FOR_MINE.match(part, at)
    words = part[:at] + " " + part[mine.end() :] if mine else part
    other = _OTHER_CLAUSE.search(words, at)
    words = words[: other.start()] if other else words
    return bool(_OWN.search(_MY_GRADER_LOGS.sub(" ", words) if spare_logs else words))


_PASSING_ON = re.compile(
    r"\b(?:je|on|nous) (?:peux|peut|pouvons|pourrais|pourrait|pourrions) (?:le |la |les |l')?(?:partager|transmettre|"
    r"diffuser|faire suivre|relayer|faire circuler|envoyer)\b[^.!?\n]{0,60}?\b(?:a|aux|autour)\b"
)
"""Asking whether one may pass a link on ("je peux transmettre le lien à ma collègue ?"): one has it."""
_STORED = re.compile(
    r"\bwhere\b[^.!?\n]{0,40}?\b(?:is|are|was|were|gets?|got) (?:being )?(?:saved|stored|cached|written|kept)\b"
)
"""Where files end up on one's computer ("I can't find where the recordings are saved"): a program's behaviour."""
_PLACED = re.compile(
    r"\b(?:add|update|put|include|insert)\b[^.!?\n]{0,60}?\b(?:to|on|in|into|with)\b[^.!?\n]{0,25}?\b(?:page|wiki|"
    r"website|site|docs|documentation|readme|list|spreadsheet|agenda|calendar|description)\b"
    r"|\b(?:update|edit|fix)\b (?:the |our |this )?(?:[\w-]+ ){0,3}?(?:page|wiki|website|site|docs|documentation|"
    r"readme|list|spreadsheet|agenda|calendar|description|post) with\b"
)
"""A link to be put somewhere ("could you add the link to the recording to the project page?"): an edit
asked for, not a link the asker lacks."""
_SELF_MADE = re.compile(
    r"\bso (?:i|we) (?:have |just |then )?(?:created|made|wrote|added|opened|submitted|uploaded|posted|updated|fixed)\b"
)
"""The writer made the missing thing themselves ("I didn't see it in the docs, so I opened a pull
request"): nothing is asked for."""
