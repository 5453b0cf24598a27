"""Reading link requests, "+1"s and link pointers: tables of real-life sentences."""

import time

import pytest

from handlers.links.answer import dead_words
from handlers.links.bursts import sentence_kinds
from handlers.links.forgotten import forgotten_link
from handlers.links.text import (
    held_event,
    in_doubt,
    is_agreement,
    is_request,
    kinds_of,
    link_not_here,
    offer_asked,
    pointer_phrase,
    wanted_kinds,
)
from handlers.links.text.leaning import DOUBT_LEAN, FEATURES, WEIGHTS, leaning, odds
from handlers.links.text.words import normalise
from tests.handler_kit import make_post

REQUESTS = [
    # a fourth round's: the sign-up, slides by chance, a link said missing, empty, nowhere to click, in Hinglish
    "Sounds great. Dumb question but where do I actually sign up? I'm on my phone, the post shows the agenda",
    "Great talk! The diagram at 14:20 is impossible to read in the video. Any chance you could share the slides?",
    "Missing: link to the starter repo 😅",
    "link below where? 😅 I only see the emoji",
    "Thanks Arvid! I don't see any attachment though, did the upload fail?",
    "which jitsi room? don't see it 🙈",
    "Notes ka drive link kahan hai bhai? Kindly share, mail me bhi nahi aaya",
    "Sir any link for the system commands doubt session today? Is it separate?",
    "Not getting the OPPE practice link anywhere on dashboard 😕 only the schedule is showing",
    "Sir recording link is empty in your post, please check",
    "sir which link? nothing is clickable in the announcement",
    "Toujours pas de CR de l'AG sur le drive… c'est normal ?",
    "c'est quoi le lien déjà ?",
    "euh y a rien ci-dessous 😅",
    "Top ! Pas de PJ chez moi par contre, tu peux le remettre ?",
    "Du coup c'est quoi le bon lien ? 🙂",
    # a fifth set's
    "Count me in! Where do I register though? Happy to take the migration notes",
    "Still no minutes here unless I'm blind 🙃",
    "Would be great to have the office hours link here too — I'm not on Matrix",
    "which form? there's nothing below the post for me (using the app, maybe it doesn't render embeds?)",
    "Did the right link ever get posted? Call's in 15 minutes.",
    "here where? 😅 nothing is there mam",
    "I am in group B, what is our link for today?",
    "@nadia_coworking envoie le lien quand tu peux stp, j'ai une question",
    "J'ai cherché partout le CR de l'AG, impossible de mettre la main dessus 😩",
    "g pas vu passer le lien pr demain matin, pourtant jsuis inscrit 😕",
    # nothing where the link should be, or no link for the call
    "new link below... but there's nothing below? call starts in a few minutes",
    "where is new link?? nothing is below",
    "ok I'm in the agenda doc but how do we actually join? there's no call link in it or here",
    "I filled the form. Now meet link kindly? still not posted here",
    "where do I RSVP? I see the venue page but no form",
    "lien pour le GT fablabs ?? ça commence dans 10 min",
    "Je vois le pad mais pas le lien de la visio",
    # the link asked by "what's", for a thing, or the right one
    "whats the zoom link again? the calendar invite never came through for me",
    "registered already, what's the meeting link to join?",
    "I'm in section B, what is the meet link for today?",
    "link for the GA8 discussion?",
    "link for ROE practice?",
    "sir correct link?",
    "On est à jour de cotiz mais on n'a rien reçu, c'est quoi le lien de l'AG ?",
    "Could a maintainer share the Google Meet link for today's office hours?",
    # a link wished for in the post, not anywhere in it, that did not make it, or shows nothing
    "Would be great to have the meeting link in the post itself — I never know which calendar to look in",
    "I'm trying to join the bug bash but the meet link isn't anywhere in here",
    "@zofia I think the new Zoom link didn't make it into your post — there's nothing under it.",
    "the calendar entry for office hours has no join link for me, just the title",
    "I'm not seeing a link to the RSVP form on this page, just the date and venue.",
    "Live session link not updated in calendar sir. 5 min to go.",
    "Link below... where? I think it didn't paste",
    "Looks like the zoom details got cut off?",
    "Which form? nothing shows up for me after the colon",
    "Sir, which form? Nothing is there below the post",
    "@ana.lima where's the sign up? I only see 'sign up here:' and then nothing",
    "Quel pad ? rien n'est joint",
    "ci-dessous… mais y a rien en dessous ? c'est dans 4 min",
    "@claire_tl je crois que le lien du CR a sauté, je ne vois rien sous ton message",
    "Lien d'inscription svp",
    "Le lien framaforms pour la journée inter-réseaux, ce serait possible de le remettre ici ?",
    # a reported reading in one clause, the request in the next
    "The time zone converter says the kickoff starts in 12 min but I can't figure out where to join — does anyone "
    "have the meeting link handy?",
    # a thing asked where it is, where it is published, or wished for
    "Where do we submit talk proposals? I have a lightning talk idea",
    "Missed the meeting today. Are the minutes posted somewhere?",
    "Le support de présentation, il est dispo quelque part ? J'aimerais le repasser à mon équipe",
    "Le compte-rendu de la permanence de septembre a été mis en ligne ? si oui où ?",
    "Il est où le drive avec les modèles de conventions d'occupation ? je le retrouve plus",
    "bonjour, ou peut on trouver les supports de la formation facilitation ? merci d avance",
    "On peut avoir le support de la formation ? Je voudrais le montrer à mes collègues",
    "J'aurais besoin des slides de la formation pour les montrer à mon CA jeudi",
    "J'ai cherché le replay sur la chaîne peertube mais je le vois pas dans la liste",
    # looked for in vain, in so many words
    "No luck finding the slides on the docs site or the blog. Mostly after the migration table from slide 12.",
    "I can't seem to find the recording on the channel, latest upload is from August.",
    "pas réussi a mettre la main sur le pad de preparation, ni ici ni dans le drive",
    "je vois nulle part le QCM de validation sur la plateforme de formation, y a juste les vidéos",
    "j'ai cherché le CR de la visio de jeudi sur le drive, rien trouvé",
    # not there yet, never posted, not seen, which one to use
    "Mam week 8 notes are not yet here, it's the most important week for end term (recursion).",
    "mam correct link for today's revision is not updated yet",
    "The exercises repo is there but I'm not seeing the recording that's supposed to be below",
    "sir which link I should use today? I am in batch B, first time attending",
    "Sir it's 10 already, no meet link here or in mail, waiting",
    "I got the reminder, no link in mail though",
    "Le lien vers l'évaluation finale n'apparaît toujours pas, ni ici ni sur la plateforme",
    "Le CR de la visio de septembre n'a jamais été posté il me semble ? on en a besoin jeudi",
    "J'ai cherché le CR de la rencontre partout sur le drive mais rien",
    "Le formulaire pour proposer un atelier aux Rencontres, je l'ai pas vu passer… c'est encore possible ?",
    "toujours pas de diapos en ligne pour la formation compta… je voudrais revoir la partie amortissements",
    "The recording for Thursday's call doesn't seem to be on the YouTube channel yet, only August's is there.",
    "The replay of MAD1 project session is not there in the course playlist",
    "Mam slides not attached, only text is coming",
    "Where's the mock OPPE? Not visible under exam tab.",
    "where's the stream? starting soon",
    "I'd love to catch the replay, I was on a flight during the call",
    "j'ai raté la visio de jeudi dernier, j'aurais bien aimé voir le replay",
    "sir can you share the ppt you used today",
    "Anyone have the slide deck from Marta's talk?",
    "Sir the form for end term city preference? Last date is tomorrow",
    # Hinglish
    "koi mock OPPE ka link bhej do please, portal pe Week 5 ke neeche nahi dikh raha",
    "link nahi mila abhi tak for viva slot selection, post me form ka link hi nahi hai mam",
    "koi bhi registration form ka link share kar do for hackathon, post me nahi hai",
    # a link said not to be where it should be
    "The Zoom link doesn't seem to be in the post or in the calendar invite.",
    "Sir link is not there in your message",
    "link's missing I think?",
    "Coucou Julie, je crois que le lien a sauté 😉",
    "c'est quel lien pour aujourd'hui du coup ?",
    "Hello @AssoTiersLieux il manque le lien d’inscription à la visio ?",
    "Exact +1 il manque le lien dans le post",
    "Où est le lien ?",
    "le lien svp",
    "Lien de la visio ?",
    "lien d'inscription ?",
    "Je ne trouve pas le lien",
    "je trouve pas le lien de la réunion",
    "Vous avez oublié le lien",
    "Et le lien ?",
    "Pourriez-vous partager le lien de la visio ?",
    "Quelqu'un a le lien ?",
    "Le lien zoom ?",
    "Merci pour l'annonce, par contre il n'y a pas de lien dans le post.",
    "Je n'arrive pas à trouver le lien",
    "On cherche le lien d'inscription, il est où ?",
    "Le lien est-il disponible ?",
    "Link missing!",
    "Where is the link?",
    "Is the link out yet?",
    "I can't find the link",
    "Any zoom link?",
    "Could you please share the link?",
    "Does anyone have the link for tomorrow?",
    "the link is missing from the post",
    "where's the registration link?",
    "link to the webinar?",
    "Hi, where is the link for todays demo session?",
    # requests phrased as statements, without "please" or a question mark
    "The registration link seems to be missing",
    "I can't see the exam link on the portal yet",
    "I am not able to find the recording of Tuesday's class",
    "The slides are still not uploaded",
    "Awaiting the link",
    "Was yesterday's session recorded? I missed it.",
    "Kindly provide the recording of the live session",
    "I have not received the mail with the exam link",
    "Where can I find the course calendar",
    "Je ne trouve pas l'enregistrement de la visio",
    "Le lien d'inscription ne s'affiche pas chez moi",
    "Est-ce que la réunion a été enregistrée ?",
    "Pourriez-vous nous envoyer le compte-rendu ?",
    # questions asking to have it, when it comes, how to join
    "In case I was absent for it, could I have the recording?",
    "When will yesterday's recorded video be uploaded on youtube?",
    "Is the session happening today? I don't have the link.",
    "When will the live session start and how can we join it?",
    "I still cannot find the companion notebook of the lecture",
    # a question about the thing the sentence before names
    "I would like to revise with the demo notebook. Where can I access it?",
    # was it posted, recorded; is there any; which form
    "Was the Friday workshop recording posted?",
    "Was yesterday's call recorded and put online?",
    "Can anyone forward the slides of the revision class",
    "Could someone forward the updated link for the reading list?",
    "Is there any sample paper for the final exam?",
    "Which form should we fill for the appeal?",
    "from where to download it?",
    # resources of a software community: data, documentation, a talk's video
    "Where can I download the sample data?",
    "Are the slides from yesterday available somewhere?",
    "Can someone point me to the tutorial for the segment editor?",
    "Has the video of the talk been uploaded?",
    "Has the recording of the training course been posted yet?",
    "The Zoom link for today's hangout is missing from the post.",
    "Please share the meeting link.",
    "Where is the agenda for the next meeting?",
    # registering, being linked to, asking whether it is online or was recorded
    "Could you link me to the page with the documentation?",
    "How do I register for the workshop?",
    "Where do I sign up for project week?",
    "Comment s'inscrire à l'atelier ?",
    "Le replay est-il disponible ?",
    "Serait-il possible d'avoir le support de présentation ?",
    "Y a-t-il un enregistrement de la rencontre ?",
    "Où peut-on retrouver l'enregistrement ?",
    "I would like the link to the meeting, please.",
    "Is the recording online?",
    "Any chance the talk was recorded?",
    "Would it be possible to share the slides?",
    "Is last week's class not uploaded yet?",
    "I have not received the mail with the link for the quiz",
    # a speaker's own slides or recording are what the talk announced
    "Could you share the link to your slides from the talk?",
    "Pourriez-vous partager le lien vers votre diaporama ?",
    # statements of a missing link, waiting for it, "if recorded please share"
    "The announcement has no link to join.",
    "Still no link for tonight?",
    "When will we receive the slides of the workshop?",
    "Any news about the recording of Monday's talk?",
    "The video of the keynote has not been posted yet.",
    "In case the training was recorded, please share it.",
    "Where can I watch the replay?",
    "can u pls share the meeting link",
    "Le lien pour rejoindre l'atelier ?",
    "Toujours pas de lien ?",
    "Je n'ai pas le lien pour la réunion de ce soir",
    "Où peut-on revoir le replay de la rencontre ?",
    "Est-ce que vous pouvez partager l'enregistrement ?",
    "Le message n'a pas de lien d'inscription.",
    "- Any slides or notes to revise from?",
    "Où sont les diapos ?",
    "Où est le compte-rendu de la réunion ?",
    "Could you share the link you mentioned in the talk?",
    "Could you share the slides so that I can revise?",
    "Le lien pour regarder le replay ?",
    "If there is any tutorial for the new feature, please share it.",
    # the address of a shared service, asked by its role
    "what is the base url?",
    "what is the base url of the proxy?",
    "Could you please share the base proxy url",
    "pls share the api endpoint url for the grader",
    # the session that covered something, to watch it again
    "can you tell me in which live session you explained docker compose, i want to watch it",
    "Which session discussed the scraping project? I would like to see it again",
    # logs sent to everyone by the evaluation
    "Is there any log like for the first project to see what failed?",
    "Will we also receive the logs for the evaluation?",
    "when do we get log files for project 3",
    "I can't find my docker_logs or my evaluation_logs in the sheet.",
    "I couldn't find my evaluation logs or docker logs in the latest mail.",
    "I passed the checks, but there is no log file for my email.",
    "Not able to see my roll number in the evaluation logs or the docker logs.",
    # a session held, said not there and asked to be uploaded: its recording
    "The session of 12th March is not available, can you please upload it",
    "sir only the Monday one is there but the quiz 2 session of 4th March is not available can u please upload it",
    "I can see the first revision session on the channel. The second one has not been uploaded, please upload it.",
    # a link named by what it is for, asked whether out, in a longer sentence
    "Is the practice quiz link out, if so please add it here, I could not find it.",
    # where a piece of work is handed in
    "Where and how do we submit the second project? I see no page for it on the portal.",
    "where should i submit the week 4 report",
    # what the addressee showed everyone in a session
    "Hi @tutor can you please share your notes you shared in the Monday TA session?",
    # the criteria or rubric an assessment is graded by
    "Where can I find this criteria?",
    "Where can we find the grading rubric for project 2?",
    # where an assessment's marks are published, or one's entry missing from them
    'I can\'t find my roll number in the "in detail" section.',
    "Where did you see the quiz 3 marks?",
    "Where can I check the peer review marks? Nothing on the dashboard.",
    "Where are GA 4 scores visible?",
    "In the published results sheet my id is not present, I submitted on time.",
    "I also can not see my roll no. in the results.csv file",
    "On the results page, in the 'by student' section, I am not able to find my roll number.",
    "I cannot find my roll number in the \u201cby project\u201d section.",
    "Hello sir, I can not see my roll no in summary section. Where can I see how my marks were split?",
    # material to learn something from
    "Sir, from where can I learn to parse the html table?",
    "Where can we learn about vector databases for this module?",
    # asking to be told where something is had
    "could you tell me from where do we get the census shapefile",
    "Please provide from where we can download the weather feed for question 4",
    # a thing asked for, to fill in or read online
    "Is there a form we need to fill in before Saturday?",
    "Are there any documents we should read before the meeting?",
    # a French community forum: where to register, how to join, asked casually
    "C'est où pour s'inscrire ?",
    "On s'inscrit où ?",
    "Il faut s'inscrire où pour l'atelier ?",
    "l'inscription c'est où ?",
    "On se connecte comment jeudi ?",
    "on se connecte comment pour la visio ?",
    "Comment on rejoint la visio ce soir ?",
    "Comment participer à la réunion de mardi ?",
    "Et on s'y connecte comment ?",
    # wanting it, thanking ahead, asking without the inversion, elided or unhyphenated
    "Il faudrait le lien du replay",
    "Ce serait top d'avoir le lien de la visio",
    "Merci d'avance pour le lien !",
    "Merci par avance pour le lien du replay",
    "Bonjour, pouvez-vous m'envoyer le lien ?",
    "Pourriez vous nous renvoyer le lien de connexion ?",
    "Bonjour, est ce que quelqu'un peut me donner le lien ?",
    "Quelqu'un pourrait me repartager le lien du pad ?",
    "Vous auriez le lien ?",
    "T'aurais le lien de la visio ?",
    "y a pas le lien",
    "Y'a pas de lien ?",
    "c'est quoi le lien zoom pour jeudi ?",
    "La visio c'est sur quel lien ?",
    "Sur quel lien on se retrouve jeudi ?",
    # the things a tiers-lieu shares: minutes, agenda, shared document, date poll, online form
    "Est-ce que le CR de la dernière réunion est dispo quelque part ?",
    "Où est l'ordre du jour de la réunion ?",
    "Vous pouvez partager le doc partagé ?",
    "Je ne retrouve plus le doc partagé",
    "Je ne trouve pas le framadate",
    "le lien framaforms ne s'affiche pas",
    # a polite "unless I am mistaken" is no trouble of one's own
    "Bonjour, sauf erreur de ma part il n'y a pas de lien dans l'annonce",
    "Sauf erreur, le lien ne figure pas dans le message",
    # not received yet, however it is said
    "Je n'ai toujours pas reçu le lien...",
    "Toujours pas reçu le lien de connexion pour demain",
    "Serait-il possible de recevoir le lien ?",
    "Je me permets de vous relancer pour le lien de la visio",
    # the thing, then what it is of, then the inverted question
    "Le replay de la visio d'hier est-il disponible ?",
    "Bonjour, le diaporama présenté hier est-il disponible ?",
    "Le compte-rendu de la plénière est-il en ligne ?",
    "la visio a été enregistrée ?",
    # "il est où ?", the spoken question
    "Il est où le lien ?",
    "Il est où le pad ?",
    "Le lien il est où ?",
    "Impossible d'accéder au formulaire d'inscription",
    "C'est normal qu'il n'y ait pas de lien ?",
    "Quelle est l'adresse de la visio ?",
    "A quelle adresse on se connecte ?",
    "On a le lien pour jeudi ?",
    "Quand est-ce qu'on aura le lien ?",
    "Je suis preneuse du replay si quelqu'un l'a",
    "Je suis preneur du lien aussi",
    "Merci Sophie ! Le doc partagé dont tu parles à la fin, on le trouve où ?",
    "Et le replay, on peut le voir où ?",
    "Le lien de la visio, je le trouve où ?",
    # asked in the imperative, or as a plain question to the one who has it
    "Envoyez-nous le lien !",
    "Bonjour, envoie-moi le lien de la visio",
    "Tu me renvoies le lien ?",
    "Vous nous renvoyez le lien de connexion ?",
    # asked formally
    "Merci de bien vouloir nous transmettre le lien.",
    "Auriez-vous l'amabilité de me transmettre le lien ?",
    "Est-ce possible d'avoir le lien ?",
    "C'est possible d'avoir le replay ?",
    "Je voudrais bien le lien du pad",
    "je veux bien le replay aussi",
    # typed fast, or said not found in a word
    "jtrouve pas le lien",
    "je trouve pa le lien",
    "Pas trouvé le lien...",
    "Lien introuvable !",
    "Le lien de la visio est introuvable",
    "Aucun lien dans l'annonce ?",
    "Il n'y a aucun lien",
    "Je me connecte où pour l'atelier ?",
    "C'est comment qu'on s'inscrit ?",
    "J'ai manqué la plénière : le diaporama sera disponible où ?",
    "Je voudrais bien recevoir le lien du questionnaire",
    "La visio de mardi a-t-elle été enregistrée ?",
    "Je n'ai jamais reçu le courriel avec le lien de la visio",
    "Le message de rappel ne contenait pas de lien",
    "Je recherche le diaporama de l'atelier de lundi",
    "Par où faut-il passer pour s'inscrire ?",
    "Y a un lien pour suivre la plénière en ligne ?",
    "Il y aura une diffusion en direct ? Si oui, quel lien ?",
    "Où en est le compte-rendu de l'AG ?",
    "Le diaporama de Julie, est-ce possible de l'avoir ?",
    "Pourriez-vous me renvoyer le questionnaire ?",
    "Le lien de la visio, ce serait pratique !",
    "Des nouvelles du replay ?",
    "Du nouveau pour le lien de connexion ?",
    "Alors, ce lien ?",
    "Et ce compte-rendu, il arrive quand ?",
    "Le lien zoom de la plénière svp ?",
    "Le lien vers l'annuaire des tiers-lieux ?",
    "Et le lien pour la carte des lieux ?",
    "Je ne trouve pas la billetterie du festival",
    "Où est le dossier partagé de la commission ?",
    # "toujours", "encore" between the words, forgotten, not contained, asked whether one may have it
    "Re, il manque encore le lien",
    "Il n'y a toujours pas le lien",
    "Je pense que le lien a été oublié",
    "Le mail de rappel ne contient pas le lien",
    "Est-ce qu'on peut avoir le lien de la plénière ?",
    "Je peux avoir accès au compte-rendu ?",
    "Nous sommes trois à ne pas avoir le lien",
    "Vous avez bien reçu le lien, vous ? Moi rien",
    "C'est par où l'inscription pour samedi ?",
    "Pourriez-vous mettre en ligne le diaporama ?",
    # typed without apostrophes, in texting style, or in a letter
    "ou est ce qu on trouve l enregistrement ?",
    "c est ou pour s inscrire ?",
    "Où est-ce qu'on s'inscrit pour l'atelier ?",
    "c koi le lien de la reu ?",
    "Je me permets de vous écrire afin d'obtenir le lien de connexion.",
    "Personne n'a le lien ?",
    "Quelqu'un aurait-il le lien ?",
    "Tu l'as le lien ?",
]

NOT_ASKING_FOR_A_LINK = [
    # the thing asked for has arrived since, said in the same post (an edit or a last line)
    "I did not get the quiz invitation mail, please help. @tutor\nEdit: received the mail now, thanks.",
    "Haven't received the review assignment email yet, could you resend it?\nUpdate: got the email finally.",
    "Still no mail with the exam link for me. Oh wait, just received the exam mail.",
    # seen in one place of a page, not in another: the page is there
    "I can't view my roll number in the summary section but can view it in the per-student section.",
    # advice to another member, who is told where to look
    "Check your spam folder. The link is not given on this page, it comes by mail.",
    "@ravi look in your inbox and promotions tab, the form link was not posted here",
    # one's own trouble: the thing is there and misbehaves
    "I am running it in docker and it is giving error: datagen module not found",
    "I get an error when I run evaluate.py. I could not find the datagen module anywhere.",
    "The form is not visible, it shows an error when I open it",
    "La vidéo ne s'affiche pas, j'ai une erreur",
    "Je n'ai pas eu le temps de lire le compte-rendu, désolé",
    "Où en est le sondage pour la date de l'AG ? On a assez de réponses ?",
    "Le replay, je le regarde ce soir, où en êtes-vous ?",
    # one's own work
    "I can't see my GA3 in the dashboard",
    "My project is not visible in the portal",
    "I cannot find my project page",
    # "get" as understanding
    "I didn't get the assignment, what do we have to do?",
    # advice to others
    "If you can't find the recording, check the youtube playlist.",
    "Those who cannot see the GA3 should reload the page.",
    # the thing turned up
    "I couldn't find the recording earlier but found it now, never mind.",
    "Where is the recording? Never mind, found it.",
    # an error page
    "The slides are not visible, the page says 404",
    # a mail about one's marks, or about nothing a link leads to
    "I have not received any mail regarding my project grade.",
    "I haven't received any email yet, please look into it.",
    # a broken link, one's own code or logs asked for by a helper
    "The link in the documentation is broken, it gives a 404.",
    "Can you share your code so we can reproduce?",
    "Please share the log file so we can see what went wrong.",
    # a question about a link one has, a relation
    "Does this meeting link stay the same for every later session?",
    "The link between the two volumes is missing.",
    # image registration is no sign-up; what is not seen in a video is not the video
    "How do I register the two volumes?",
    "Is there any registration tool for deformable images?",
    "I cannot see the segments in the video I exported.",
    "I can't find the module in the tutorial you mentioned.",
    "The talk was recorded and is on YouTube.",
    # a software module is no course module behind a link
    "The module is not available in the latest preview release, is it?",
    "I don't see the Crop Volume module in the list.",
    # someone's own work, a joke about a rule book
    "Could somebody please share their own repo so I can compare",
    "Just a joke, but is there a rule book by any chance?",
    # a verdict a system or a mail reported
    "The mail I got shows that my log file is missing.",
    "My logs say the pandas module is missing",
    # in English a link that is there and fails is broken, not missing (French: test_links_broken.py)
    "The join link has expired, could you share a new one?",
    "Could you update the link please? I get a page not found.",
    # a link to the addressee's own thing, for them to share
    "Can you send me the link to your dataset?",
    "Pourriez-vous partager le lien vers vos fichiers ?",
    # a helper asking for the member's own material, to look into it
    "Could you please share the link to the sample volume you used?",
    "Could you share a link to the data so we can have a look?",
    "Can you post the link to the video showing the crash?",
    "Pourriez-vous envoyer le lien vers le fichier que vous avez utilisé, pour qu'on puisse reproduire ?",
    "Please provide a screen recording to show what you click, and what happens then.",
    "Could you upload a screencast video of the steps?",
    "Could you post some test data, de-identified or phantom scans only?",
    # a member's own deployed URL, and a URL asked of a member
    "What is the url of your deployed app?",
    "Please share the url you submitted so we can check",
    "I could not find any tutorial related to what I would like to build, could you give me some steps?",
    "My logs say the module is missing.",
    "Which session do you prefer, morning or evening?",
    "My evaluation log file is missing, the server did not start in time.",
    "Please share the evaluation log file after execution.",
    "There are no evaluation logs for you, your image failed to build.",
    "I can't find the log file, where does the application write it?",
]

NOT_REQUESTS = [
    # look-alikes of the requests above
    "Is there a link step I'm missing for the static build?",
    "The link is empty string in the config",
    "Missing: semicolon after the link tag",
    "c'est quoi le lien déjà entre ces deux notions ?",
    "le lien pour le pad est dans le premier message",
    "lien de causalité ?",
    "Merci ! Je vois le pad mais pas le lien de parenté avec l'autre projet",
    "Is the link below where I should investigate for the algorithm of ThresholdScalarVolume?",
    "What's the link between these two settings?",
    "what's the link you are using?",
    "what's the link rate of your network?",
    "correct link? I think the one above is right",
    "Would be great to have a link to the docs in the app",
    "c'est quoi le lien entre les deux ?",
    "Thanks for the recording, I'd love to see the slides too",
    "Link nahi mila to spam folder check karo",
    "agar link nahi mila to mail karo",
    "Le lien, ce serait possible de le mettre en favori ?",
    "link for the GA8 discussion is in the first post",
    "I'm not seeing a link between the two issues",
    "Le lien a sauté de mon signet, je le remets ici.",
    "Ah oui le lien a disparu, je viens de le remettre dans l'annonce.",
    "c'est quel lien que tu voulais ? celui du pad ?",
    "The link is not there yet, it will be posted tomorrow morning by the TA.",
    "Financer le lien social et la mixité sociale, fondements de la vie en collectivité",
    "Il faut faire du lien entre les lieux",
    "Il y a un lien entre les deux projets ?",
    "Merci pour le lien !",
    "Les tiers-lieux créent des liens entre habitants",
    "Quel lien avec la CAF, parfois on se rapproche assez d'un EVS ?",
    "Instaurer un lien de confiance avec les collectivités",
    "Merci pour le lien !",
    "Je ne vois pas le lien entre ces deux idées",
    "Où est le lien entre le financement et l'impact ?",
    "Le lien est dans le premier message.",
    "J'ai trouvé le lien, merci",
    "en lien avec le bâtiment, les taxes etc.",
    "faire territoire c'est tisser du lien entre chaque strate du système",
    "son réel marqueur est-il dans le lien qu'il fait ?",
    "Le lien fonctionne bien chez moi",
    "Quel est le lien entre les deux ?",
    "Voici le lien : https://framaforms.org/inscription",
    "Le lien social, c'est ce qui compte ?",
    "C'est quoi le lien avec les fabriques ?",
    "Le lien d'inscription est dans le premier message",
    "links between places matter more than buildings",
    "creating links between communities",
    "The link between poverty and health is clear",
    "There is no link between them",
    "Thanks for the link!",
    "I found the link, never mind",
    "we should link this topic to the other one",
    "link up with other networks",
    "Do you have a link with the ministry?",
    "It shows missing links as an error in question 10",
    "How did you do the links? I'm unable to do links",
    "We will upload the session recordings by tomorrow",
    "Could you give us an ETA for the GA6 scores and the project link results?",
    "The score of GA2 isn't visible on the dashboard, the link to the form works",
    "The link works now, the recording is there",
    "I have no link with the organisers",
    "Je n'ai pas de lien avec cette association",
    "The model has no link between the two segments",
    # "lien" as a bond: with what it binds, an adjective of bonds, or what the bond is made of
    "Il manque du lien entre les réseaux régionaux.",
    "Il manque le lien avec les élus locaux.",
    "Il manque un lien fort entre les lieux et les habitants",
    "Il manque le lien humain dans tout ça",
    "Il manque du lien dans ce quartier.",
    "Il n'y a pas de lien direct avec la subvention",
    "Il y a pas de lien évident entre les deux",
    "Je ne vois pas le lien logique avec le projet",
    "Il n'y a pas de lien de subordination entre le réseau et les lieux",
    "Je ne trouve pas le lien de cause à effet",
    "Où est le lien de confiance là-dedans ?",
    "We see no strong link between funding and impact",
    "Je partage le lien dès que je l'ai",
    "Aucun lien avec la réalité du terrain",
    "Il n'y a aucun lien de causalité",
    "Tu partages le lien avec tes collègues ?",
    "Partagez le lien autour de vous !",
    "Renvoyez le lien à vos adhérents, merci !",
    "Il n'existe aucun lien officiel entre les deux réseaux",
    "Nous n'avons aucun lien financier avec la fondation",
    # a question about a link one has: passing it on, what it is like, which one it is
    "Est-ce que je peux transmettre le lien de la visio à ma collègue ?",
    "Le lien de la visio est-il le même que mardi dernier ?",
    "Le lien de connexion est valable pour les deux séances ?",
    "C'est le lien de la réunion ou celui du webinaire ?",
    "Ce lien, c'est pour s'inscrire ou pour se connecter ?",
    "Le lien social svp, c'est ça qui compte",
    "Le lien de Paul est bon ?",
    "Le lien vers le site de la région a changé ?",
    "Il manque encore du lien entre les lieux",
    "Il n'y a toujours pas de lien entre les deux réseaux",
    "Est-ce qu'on peut avoir le lien social comme critère ?",
    "Pour obtenir le lien, inscrivez-vous sur le site.",
    "Personne n'a de lien avec le département ?",
]

NOT_ASKING_EITHER = [
    "When will we get the results of the review?",
    "Any update on this? The form still rejects my answer.",
    "Still no reply from the organisers.",
    "If you were there, please share your impressions.",
    "If there is any mistake in my answer, please tell me.",
    # look-alikes, naming no link, of requests for things
    "Where do I register the transform?",
    "Still no luck here",
    "Is there any chance you can share data that reproduces this issue?",
    "Is there any chance you can share an anonymized example that demonstrates this issue?",
    "which zoom level?",
    "how do I actually register the two volumes",
    "I don't see any attachment option in the editor",
    "nothing is clickable in the 3D view after loading",
    "There is nothing below the slider in the module panel.",
    "Please RSVP by Friday",
    "Did you RSVP?",
    "When I expand Scene and IGTLConnector, nothing appears under IN.",
    "The slides are available somewhere on the drive, I'll find them",
    "j'ai besoin d'une présentation de 5 minutes pour l'AG",
    "on a besoin du formulaire rempli avant vendredi",
    "J'ai cherché le replay et je l'ai trouvé, merci",
    "No luck finding a good name for the variable.",
    "pas réussi à trouver le temps de regarder le replay",
    "I can't seem to find the bug in my code",
    "I am not seeing the file names of sample data, and it is not clear where the sample data is download. Help?",
    "my profile is not updated yet",
    "the session is not here yet",
    "There was no link here when I checked but it's fine now",
    "Unfortunately, the documentation has not been updated for a while (you can track progress here).",
    "there is nothing after the colon in the path",
    "I'd like to watch the video again, it was great",
    "When will GA7 be released sir? Week 7 lectures are already out since Friday.",
    "when will the marks for project 1 and project 2 be released?",
]


@pytest.mark.parametrize("sentence", REQUESTS)
def test_requests_are_recognised(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize("sentence", NOT_REQUESTS)
def test_sentences_that_only_contain_the_word_are_not_requests(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize("sentence", NOT_ASKING_FOR_A_LINK)
def test_own_trouble_own_work_advice_and_solved_are_not_requests(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize("sentence", NOT_ASKING_EITHER)
def test_waiting_for_a_result_or_a_reply_is_no_link_request(sentence: str) -> None:
    assert not is_request(sentence)


def test_the_negative_table_is_about_the_word() -> None:
    assert len(NOT_REQUESTS) >= 20
    assert all("lien" in s.lower() or "link" in s.lower() or "record" in s.lower() for s in NOT_REQUESTS)


@pytest.mark.parametrize(
    "text",
    [
        "+1",
        "pareil",
        "same here",
        "@bob +1 !",
        "Exact +1",
        "moi aussi",
        "me too",
        "idem",
        "+1 le lien svp",
        "Same with me sir @teacher",
        "I have the same question.",
        "Same question here, any update?",
        # the request echoed in one's own words
        "I am also facing the same issue",
        "Facing the same issue sir",
        "Even I am not able to find it",
        "@ana I also can't see the recording either.",
        "Me neither",
        "Moi non plus",
        "Je ne le trouve pas non plus",
        "same for me, my roll number is 22f1000999",
        "Same here sir, my id is 23f2001234",
    ],
)
def test_agreements(text: str) -> None:
    assert is_agreement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour la proposition +1",
        "+1 pour la proposition de Simon sur les fabriques",
        "Oui",
        "Je suis d'accord avec la synthèse de Tom, bravo",
        "I also don't see the problem with your code",
        "I can't find any error in your logs",
        "I am also facing the same issue with docker, it fails at step 3",
        "same for me my roll number is shown twice in the list of failures",
    ],
)
def test_not_agreements(text: str) -> None:
    assert not is_agreement(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Bonjour,\n\nCi-dessous le lien d’inscription à la visio :slight_smile:",
            "Ci-dessous le lien d’inscription à la visio",
        ),
        ("Merci pour cette 1ère visio, les 1ères notes sont accessibles ici : MyPads", "accessibles ici"),
        ("Échanges du 17 mai 2023 - Accessible en cliquant ici", "Accessible en cliquant ici"),
        ("Inscrivez-vous ici pour l'atelier", "Inscrivez-vous ici"),
        ("Le lien d'inscription : à venir", "Le lien d'inscription"),
        ("Voici le lien pour la réunion de jeudi", "Voici le lien"),
        ("Join us on Thursday, register here.", "register here"),
        ("A short video is available here:", "available here"),
        ("Slides of the talk: read more here", "read more here"),
        ("The link is below.", "The link is below"),
        ("Here is the link for the call", "Here is the link"),
        ("Je vous mets le lien juste en dessous", "Je vous mets le lien juste en dessous"),
        ("Je remets le lien pour ceux qui l'ont raté", "Je remets le lien"),
        ("Le lien est ici", "Le lien est ici"),
        ("Retrouvez le replay de la plénière ici", "Retrouvez le replay de la plénière ici"),
        ("Le compte-rendu est dispo ici", "dispo ici"),
    ],
)
def test_pointer_phrases_as_written(text: str, phrase: str) -> None:
    assert pointer_phrase(text) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "voir pistes évoquées ici",
        "Au plaisir de poursuivre le débat ici sur le forum !",
        "voir les propositions ci-dessous",
        "merci pour le lien d'inscription",
        "on parle ici de ressources ouvertes",
        "After you click the link, a page with the questions appears",
        "Je remets le lien dans le pad",
        "On se retrouve ici même jeudi",
        "Feel free to reach out in private, but I am available here too",
        "not all the parameter options are available here either",
        "Are there any options available here to choose the GPU?",
        "this problem lead me to sign up here… old happy user",
        "it's not too difficult to work out, and there's lots of help available here.",
        "Il y a toujours de l'aide disponible ici.",
    ],
)
def test_not_pointers(text: str) -> None:
    assert pointer_phrase(text) is None


def test_kinds() -> None:
    assert kinds_of("lien d'inscription à la visio") == {"registration", "meeting"}
    assert kinds_of("https://framaforms.org/inscription-123") >= {"registration"}
    assert kinds_of("https://meet.jit.si/tiers-lieux") == {"meeting"}
    assert kinds_of("les notes MyPads") == {"document"}
    assert kinds_of("le lien social") == frozenset()
    assert kinds_of("on s'inscrit où ?") == {"registration"}
    assert kinds_of("on se connecte comment jeudi ?") == {"meeting"}
    assert wanted_kinds(kinds_of("le CR de la dernière réunion est dispo ?")) == {"document"}
    assert wanted_kinds(kinds_of("où est l'ordre du jour de la réunion ?")) == {"document"}


def test_a_problem_met_names_no_meeting() -> None:
    """ "J'ai rencontré un problème": the verb folds to the meeting's name, which only the noun is."""
    assert kinds_of("J'ai rencontré un problème, je ne trouve pas le lien d'inscription") == {"registration"}
    assert kinds_of("Nous avons déjà rencontré ce souci : où est le lien du formulaire ?") == {"registration"}
    assert kinds_of("Je rencontre des difficultés avec le lien") == frozenset()
    assert kinds_of("Où est le lien de la rencontre de jeudi ?") == {"meeting"}
    assert kinds_of("Rencontre mensuelle : le lien ?") == {"meeting"}


def test_registration_as_imaging_speaks_of_it_is_no_form() -> None:
    assert kinds_of("I aligned the two knee scans by rigid registration before measuring.") == frozenset()
    assert kinds_of("Registration of the pre- and post-op volumes drifts by 2 mm.") == frozenset()
    assert kinds_of("The registration form for the spring workshop is open.") == {"registration"}
    assert kinds_of("Please register for the hands-on session.") >= {"registration"}


def test_in_a_long_post_a_statement_without_the_word_link_is_a_detail() -> None:
    detail = "I could not see the video on the portal."
    story = (
        "I started the project late because of my other courses and spent the whole weekend on the docker "
        "setup, then on the prompts for the tasks of phase A, which took many attempts each. "
    ) * 4
    assert len(story) > 600 and is_request(detail)
    assert not is_request(story + detail)
    assert is_request(story[:400] + " Where is the link for today's session?")


def test_a_long_report_is_also_read_by_its_closing_question() -> None:
    report = (
        "I loaded the scan, cropped it to the skull, thresholded the bone and exported the model, "
        "but the surface comes out full of holes whatever smoothing factor I choose in the editor. "
    ) * 8
    assert len(report) > 1200
    assert is_request(report + "\n\nIs there any other guide I could read on this?\n\nThanks a lot!\n\nMaya")
    assert is_request(report + "\nCould you share the slides of the workshop where this was shown?")
    assert not is_request(report + "\n\nI could not see the video on the portal.\n\nThanks!")
    assert not is_request(report.replace(". ", ".\n") + "Is there any other guide? Never mind, I found it.")


@pytest.mark.parametrize(
    "text",
    [
        "I have not got the log files for the second project",
        "Do we get any notes from today's live session",
        "Where will the solutions for the mock be available?",
        # French terse forms without a plea: a question whether it exists, or a request, the rules cannot tell
        "Le CR ?",
        "Et le compte-rendu ?",
    ],
)
def test_posts_the_rules_leave_in_doubt(text: str) -> None:
    assert in_doubt(text) and not is_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, it works now.",
        "The deadline is on Friday.",
        "I get an error when loading the volume, here is the traceback",
        "merci pour le compte-rendu, très clair !",
        "je serai à la visio jeudi, à bientôt",
    ],
)
def test_posts_not_in_doubt(text: str) -> None:
    assert not in_doubt(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi, anyone got the lecture from Tuesday somewhere? I missed it.",
        "Quelqu'un aurait les notes de la visio d'hier ?",
    ],
)
def test_posts_whose_cues_lean_to_a_request_are_in_doubt(text: str) -> None:
    """Asked as a wish or a complaint, with no phrase the tables know: a model reads them, when one is set."""
    assert not is_request(text) and leaning(text) >= DOUBT_LEAN and in_doubt(text)


def test_a_failed_search_leans_further_than_thanks_for_the_same_thing() -> None:
    assert leaning("I can't find the slides of week 3") > leaning("Thanks for the slides of week 3")
    assert leaning("Je ne trouve pas le compte-rendu") > leaning("Merci pour le compte-rendu")


def test_cues_adding_up_to_the_threshold_fall_on_one_side_whatever_their_order() -> None:
    """A post's cues are a set, whose order changes from one run to the next: summed in that order, six weights
    adding up to the bias's opposite gave odds just above or just below the threshold, and the post was in doubt on
    some runs only."""
    from itertools import permutations

    weights = {"any": 2.21, "error": 0.49, "receiving": -1.32, "thing": 0.65, "thing+where": 1.31, "where": -0.44}
    assert {odds(order, weights, -2.90) for order in permutations(weights)} == {DOUBT_LEAN}


def test_every_cue_has_its_fitted_weight() -> None:
    """A cue added or renamed without fitting again (`eval/fit_leaning.py`) would weigh nothing, silently."""
    assert set(WEIGHTS) == set(FEATURES)


def test_what_is_asked_is_read_in_the_sentence_that_asks() -> None:
    from handlers.links.text import request_sentence

    text = "The GA2 questions were hard for me. Where are the slides of yesterday's lecture?"
    sentence = request_sentence(text)
    assert sentence is not None and "slides" in sentence
    assert kinds_of(sentence) == {"document"} and "exam" in kinds_of(text)
    assert request_sentence("The GA2 questions were hard for me.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "When I import the model the textures load, but I cannot see the animation in the 3D viewport.",
        "I can't see the slides in the preview pane, only a grey box.",
        "Je ne vois pas la vidéo dans la fenêtre de l'éditeur, l'écran reste noir.",
    ],
)
def test_a_thing_not_shown_in_a_programs_window_is_a_display_problem(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I don't have the registration link for this one yet, sorry.",
        "Sorry, we do not have a recording link to share for the Monday workshop.",
        "I haven't got the link either. Sorry!",
        "Désolée, je n'ai pas le lien de la visio de mardi.",
        "This was answered in another thread. I don't have the link in front of me, but yes, nodes can opt out.",
    ],
)
def test_saying_one_has_no_link_to_give_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't see the recording on the course portal yet",
        "I cannot find the slides of the workshop in the drive folder",
        "Sorry to bother you, I don't have the link for today's meeting",
        "Sorry, I don't have the zoom link, can you share the link?",
        "Sorry, I don't have the link to the meeting?",
        "Je ne vois pas le lien de la visio dans l'annonce",
    ],
)
def test_what_a_display_or_an_apology_rule_leaves_to_requests(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I followed your steps but the mesh stays hollow. Do you have any video or tutorial showing this?",
        "Do you have a demo/tutorial of the hand controllers somewhere?",
        "I'm unsure how the request reaches the server, or do you have any documentation link?",
        "Is there any programming-related guide for the transfer functions?",
        "I still haven't managed to locate an open dataset of the knee, so a pointer would be welcome.",
        "I'd be really grateful for a pointer to a public liver dataset if you know one.",
        "I tried loading the series by hand, but a link to a tutorial would be much appreciated.",
        "Is there any chance I could download the 4.6.2 release?",
        "Where can I download an older version like 4.10?",
        "I wonder how I can find the source code for the smoothing filter?",
    ],
)
def test_support_forum_requests_for_a_guide_a_data_set_or_a_release(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Can you mail me the tutorial files, I cannot open the URL from my office network.",
        "I could not open the link you posted, could you send the slides instead?",
        "Do you have a sample data set you could share so that we can reproduce it?",
        "Do you have any other extensions installed?",
        "Do you have a screen recording of the crash?",
        "How can I download the segmentation as an STL file?",
        "I am grateful for your help, the pointer tool works now.",
    ],
)
def test_a_link_that_will_not_open_or_a_members_own_material_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there a reference manual for the scripting interface? I haven't found it so far.",
        "Could you let me know where I can find the registration extension? I looked in the manager already.",
        "If you know of a sample scene, please say where to look for it.",
        "Is there a direct URL to fetch the statistics as a file?",
        "What would be the download URL to use with the newer release?",
        "Where did you download the knee scans from?",
        "Where did you downloaded the phantom from?",
        (
            "I read about the planner in the docs but I am not able to find that module in the extension manager. "
            "Please let me know where can I find that module."
        ),
        "What would be the download URL to use from 4.13 on for the latest build?",
        "I still get a single plane whatever series I pick. A tutorial or someone to talk to, I would appreciate it!",
        (
            "I'm new here and a bit lost between all the node types mentioned in the forum and in the user guide, "
            "such as volumes, models, segmentations, label maps, markups, transforms and tables.\n\n"
            "Is there documentation explaining how the first three differ from one another?\n\n"
            "Some of the modules I tried give me back a volume and others a segmentation, and I cannot tell why "
            "or what it means for measuring the bones of a hand scan. I seem unable to find anything on this by "
            "searching, so maybe I am searching with the wrong words, or looking in the wrong places altogether."
        ),
    ],
)
def test_support_forum_pleas_to_be_told_where_a_thing_is(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I didn't see those steps added to the docs so I opened a pull request with them. Could you review it?",
        "Could you let me know where I can find the error in my script?",
        "Where did you get this error from?",
        "Is there a way to download the segmentation as a file?",
        "I would appreciate it if the tutorial were a bit shorter.",
    ],
)
def test_doing_it_oneself_or_asking_about_a_fault_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Where is the recording button in the Sequences module?",
        "Where can I find the video tab in the new layout?",
        "The guide says to click Export but there is no Export button. Where is it?",
        "Where is the download button in the Sample Data module? I cannot see it.",
        "I would mark this issue [SOLVED] but I don't see any buttons or links to do so.",
        "The recording is missing the last ten minutes of the call.",
        "The link is missing the https prefix, so the browser refuses it.",
        "Is the workshop free or is there a registration fee?",
        "Where did you download Slicer from? The official site or a mirror?",
        "Can you post a minimal example scene where the slider freezes for you?",
        "Would you send us an example script with which we can reproduce the wrong spacing?",
        "Is there an example file you could upload so we can see the problem?",
    ],
)
def test_a_part_of_the_program_an_incomplete_thing_or_a_members_setup_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there any example of a good compost setup in the neighbourhood?",
        "Are there examples of towns that closed their centre to cars?",
        "Is there an example of a shared garden that works well over the winter?",
        "Y a-t-il un exemple de jardin partagé qui marche bien ?",
        "Existe-t-il un exemple de budget participatif réussi dans une petite commune ?",
    ],
)
def test_an_example_of_an_everyday_thing_is_no_link_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there an example of a community project we could look at?",
        "Are there examples of neighbourhood projects that got a grant from the council?",
        "Is there an example of a budget file from a past year we could reuse?",
        "Is there an example of a welcome page we could copy for the association?",
        "Is there an example of a document we could adapt for the newsletter?",
        "Is there an example of a website we could look at for the choir?",
        "Are there any documents we need to sign for the insurance?",
        "Is there any material we should bring to the clean-up day?",
    ],
)
def test_an_example_of_a_project_a_file_or_a_page_or_a_thing_to_sign_or_bring_is_no_link_request(
    sentence: str,
) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there an example notebook I could start from for the volume rendering?",
        "Is there a simple example showing how to link an external library into the build?",
        "Are there any examples of a module that adds a toolbar button?",
        "Is there an example CMake project for a loadable extension?",
        "Is there an example of a build file that bundles the icons?",
        "Is there an example project on GitHub we could fork for the new reader?",
    ],
)
def test_an_example_a_link_can_lead_to_is_asked_for(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there a good python code example I could look at for the table widget?",
        "Is there an example in the snippets page that measures the angle between two lines?",
        "Would someone be able to provide some example code that colours a model by thickness?",
        "Could you send an example project that serves the viewer from a small web page?",
        "Is there a site from which we can download the colour tables of earlier releases?",
        "Could we still download a previous release of the viewer somewhere?",
        "If you have any links that explain the transform order, that would help a lot.",
        "Are there any publications describing how the distance is computed?",
    ],
)
def test_support_forum_asks_for_an_example_a_download_place_or_a_publication(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you please add the link to the recording to the project page?",
        "Could someone update the hackathon page with the new meeting link?",
        "I don't have the link to the nightly build, but you can find it on the dashboard.",
        "Please let us know if you did not get the meeting link.",
    ],
)
def test_an_edit_asked_or_a_pointer_given_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I missed yesterday's hangout, was it recorded?",
        "I could not join the developer call. Was it recorded?",
        "I registered but did not get the zoom link.",
        "Can someone point me to an example of a Python module that plots a histogram?",
    ],
)
def test_a_missed_event_a_join_link_not_received_or_an_example_are_requests(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I entered the server address in the DICOM settings. Is there a specific URL format for the query endpoint?",
        "Is there a link option in the export dialog to keep the files together?",
        "I can't find where the recordings are saved when the sequence recorder stops.",
    ],
)
def test_how_a_program_handles_urls_or_where_it_saves_files_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you have any links to share that would help me add a ruler to my module, that would be appreciated.",
        "Is there a complete Python scripting reference manual I could read instead of asking every time?",
        "Kindly share if there are some example cmake files for a C++ plugin.",
    ],
)
def test_a_plea_for_links_or_a_manual_naming_ones_own_work_as_its_aim_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I am new to this software. Any references or links about it are very helpful for me.",
        "A video tutorial will be really helpful.",
        "Any links would be helpful, I could not find the page.",
        "A link to the docs would be useful.",
        "Looks great, is there any demo we can try out?",
        "I searched for the IK demo and found nothing. Is there a demo?",
    ],
)
def test_a_guide_or_a_demo_said_to_be_welcome_or_asked_after_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "wheres the link for the install?",
        "I see the IDE was mentioned, where is the project to download with everything set up?",
        "If anyone knows of existing open-source code for this, I'm interested in that too.",
        "If someone has a tutorial on packaging, let me know.",
    ],
)
def test_where_a_thing_to_download_is_or_a_guide_anyone_knows_of_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "cant find the link for todays session",
        "theres no link in the announcement",
        "wheres the recording of yesterdays class?",
        "isnt there a recording of the live session?",
        "where can i find the release notes for every version?",
        "Is there a changelog for 5.2?",
    ],
)
def test_contractions_typed_without_apostrophe_and_release_notes_are_read(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("thanks, but how to find the 4.11 version document now?", True),
        ("How can I find the documentation of the older release?", True),
        ("how to find the center of the segment?", False),
        ("how do I find the right threshold for bone?", False),
    ],
)
def test_how_to_find_a_document_asks_for_it_how_to_find_a_value_does_not(sentence: str, asks: bool) -> None:
    assert is_request(sentence) is asks


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Is there a simple example on how to write a custom component in C++ .", True),
        ("Is there a sample about calling a C++ function from JavaScript?", True),
        ("Any examples of usage? Is there an example for skinning somewhere?", True),
        ("Is there a sample of your data?", False),
        ("Is there any example of data that I can send you?", False),
        ("Do you know any example of such a thing happening in other projects?", False),
        ("There is an example of this in the docs.", False),
        ("Is there a way to do this.", False),
    ],
)
def test_an_example_or_a_sample_asked_after_is_a_request_ones_own_case_is_not(sentence: str, asks: bool) -> None:
    assert is_request(sentence) is asks


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("If you have a reproducible example script that illustrates the issue someone might help.", False),
        ("Could you post a sample scene that replicates the problem?", False),
        ("Is there an example script that illustrates the segment editor API?", True),
    ],
)
def test_an_example_that_replicates_or_illustrates_ones_issue_is_ones_own_case(sentence: str, asks: bool) -> None:
    assert is_request(sentence) is asks


def test_the_french_dont_is_not_read_as_an_english_contraction() -> None:
    assert normalise("le lien dont je parle") == "le lien dont je parle"
    assert normalise("i dont have the link") == "i don't have the link"
    assert normalise("its fine, cant complain") == "its fine, can't complain"


@pytest.mark.parametrize(
    "sentence",
    [
        "Where is the button to download the scene?",
        "Anyone interested in the meetup can join.",
    ],
)
def test_a_control_to_download_with_or_interest_in_an_event_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Maybe this video would be helpful: ultrasound reconstruction tutorial (youtube.com)",
        "Having a dataset would be helpful in figuring out the registration.",
        "Any script will be helpful!",
        "Any way or script will be useful!",
        "The tutorial is very helpful, thanks.",
        "Your documentation would be helpful to other users too.",
    ],
)
def test_a_guide_given_ones_own_data_or_code_to_write_said_helpful_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there a way to record a video of the 3D view while rotating?",
        "Is there a fixed set of instructions we have to respect while the quiz runs?",
        "Can I get an extension for the project deadline? Please share the form if there is one.",
    ],
)
def test_a_way_to_do_something_or_rules_to_follow_are_no_guide_asked_for(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you paste the link to the manual you quoted? Once it is sorted out on your side, maybe propose a fix.",
        "Would you mind posting a link to it? I am writing a similar exporter.",
        "Could anyone please redirect me to the user manual?",
        (
            "The build stops with an error in the superbuild step.\n\n"
            "Please send if you have any example scripts for a loadable module in C++."
        ),
    ],
)
def test_a_link_to_include_a_plea_in_a_report_or_a_fix_still_to_come_leave_a_request(sentence: str) -> None:
    assert is_request(sentence)


def test_a_trouble_said_to_be_sorted_out_still_asks_for_nothing() -> None:
    assert not is_request("Never mind, sorted out. Where can I find the slides was my question, found them.")


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        # whether it will be offered, the event named neither past nor to come: its announced time decides
        ("Will the slides be shared after the talk?", "open"),
        ("Les diapos seront-elles partagées ?", "open"),
        ("Is the webinar going to be recorded?", "open"),
        ("Will you post the recording of the session here?", "open"),
        # a plea to offer it after the event: the same question, asked as a favour
        ("Can someone post the notes from the call afterwards?", "open"),
        ("Please share the slides after the talk, I will join late.", "open"),
        ("Could you upload the recording once the session is over?", "open"),
        ("I missed the call, can someone post the notes afterwards?", "held"),
        # the event still to come: nothing exists yet
        ("Will tomorrow's workshop be recorded? I have an exam at that time.", "ahead"),
        ("Est-ce que la séance sera enregistrée ? Je ne serai pas libre demain soir.", "ahead"),
        ("Will the next hangout be recorded and put on youtube?", "ahead"),
        # the event past: the recording is asked for
        ("I missed yesterday's class, will the recording be posted?", "held"),
        ("I could not attend the call. Will the slides be shared?", "held"),
        ("I missed the class, will the recording be posted by tomorrow?", "held"),
        ("We missed the Monday call. Will the recording be available tonight?", "held"),
        ("Will the recording of the last session be shared before the next session?", "held"),
        # a session missed before, the question on one still to come
        ("I missed the last session. Will tomorrow's session be recorded?", "ahead"),
        ("For those of us who missed last week's workshop: will the next workshop be recorded too?", "ahead"),
        ("Sorry I missed the previous call. Will the next call be recorded?", "ahead"),
        # "last" and "rate" that say nothing of an event
        ("Will the last step of the demo be recorded? The frame rate matters to me.", "open"),
        # not a question on what will be offered
        ("When will yesterday's recorded video be uploaded on youtube?", None),
        ("Do you know of a video or a tutorial explaining these steps?", None),
        ("Was the talk recorded?", None),
        # the same asked in French, with "y aura-t-il", "dispo", the inverted or spoken future
        ("Y aura-t-il un replay de l'atelier de demain ?", "ahead"),
        ("Il y aura un enregistrement ?", "open"),
        ("Le diaporama sera dispo ?", "open"),
        ("La rencontre de samedi sera-t-elle filmée ?", "open"),
        ("Est-ce que ce sera enregistré ?", "open"),
        ("J'ai raté la visio d'hier, elle sera mise en ligne ?", "held"),
        ("Le replay sera-t-il disponible ? Je n'ai pas pu assister au webinaire.", "held"),
        ("Je n'ai pas pu me connecter, l'enregistrement sera partagé ?", "held"),
        ("J'étais absente à l'atelier, le diaporama sera-t-il envoyé ?", "held"),
        ("J'ai loupé la rencontre, y aura-t-il un replay ?", "held"),
        ("Le compte rendu sera-t-il envoyé à tous les membres ou seulement au CA ?", "open"),
        ("J'étais absente à l'AG, le compte rendu sera-t-il partagé ?", "held"),
        # not able to come to one still to come
        ("Je ne pourrai pas assister à la visio, sera-t-elle enregistrée ?", "open"),
    ],
)
def test_whether_a_recording_or_slides_will_be_offered_asks_only_once_the_event_is_held(
    sentence: str, when: str | None
) -> None:
    assert offer_asked(sentence) == when
    assert is_request(sentence) == (when in (None, "held"))


_LONG_REPORT = (
    "Thank you for looking into this so quickly. I spent the afternoon going over your suggestions again "
    "before answering. I scanned the six plaster tooth casts on the bench scanner, cropped each volume to "
    "the crown and resampled them to the same voxel size; the casts now overlap in the viewer, which solves "
    "the first thing I asked about. Then I switched the threshold from the automatic value to the fixed one "
    "you proposed and ran the segmentation on all six casts again, once with smoothing and once without. The "
    "exported surfaces still show small holes along the gum line, so either the threshold is still too high "
    "there or the hole filling step I added at the end does not do what I think it does. I watched the whole "
    "introductory video twice, but I still cannot tell how to colour the surface by the distance to a "
    "reference cast so that the differences show at a glance; I do not need the registration part, the casts "
    "are aligned already. If that is possible, could someone please point us to the documentation for that "
    "step? One more thing, not related: when I reopen a saved scene the segment colours are all reset to the "
    "same green, whatever I chose before saving, and the names are kept. I wrote a few lines to set the "
    "colours back after loading, which works, but with forty segments per cast it is slow and I would prefer "
    "to know what I am doing wrong when I save. I attach a screenshot of the segment list and one of a "
    "surface with the holes."
)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        (
            "Thanks, I will give the PelvisMapper extension a go! Where can I find it? The manager lists nothing.",
            True,
        ),
        ("Where can I find the bone texture extension?", True),
        # the add-on misbehaves, or the place asked for is a part of the program
        ("The extension crashes on load. Where can I find it?", False),
        ("I installed the extension. Where can I find the settings?", False),
        ("Where can I find the extension manager?", False),
        ("I cannot find the extension in the extension manager.", False),
        # more of the data someone shared
        ("Thanks for the knee volume. I wanted to ask if there are any more knee scans from other patients.", True),
        ("I am looking for additional MRI data sets of the wrist, even a few would help for validation.", True),
        ("Are there more sample files of this kind I could test the module with?", True),
        # files of one's own, or more of something that is no data
        ("I will need more files for my thesis, so I am collecting scans at our hospital.", False),
        ("Are there more steps after the registration, or is the transform final?", False),
        # a question left without its question mark, closed by a thanks
        (
            "I cannot get the command line tool running. Do you have instructions on how to set it up on a Mac, thanks",
            True,
        ),
        ("Do you have a tutorial for the curved planar reformat module, thank you", True),
        # instructions one should have been given, asked about in a complaint
        ("Are there any instructions above exercise 4 that should have warned me about the units?", False),
    ],
)
def test_an_add_on_named_before_more_shared_data_or_a_guide_asked_without_question_mark(
    sentence: str, asks: bool
) -> None:
    assert is_request(sentence) == asks


_LONG_QUESTIONS = (
    "Good morning, I have been measuring cortical thickness on a set of thirty hip scans for my master's "
    "project and I am really pleased with how fast the whole pipeline runs compared with the manual tracing "
    "we did before. Each scan was taken twice, a few minutes apart, with the patient lying still on the "
    "table. Does the module smooth the bone surface before measuring, or does it use the label map as it is? "
    "If it does not, how can I smooth the surface myself beforehand? I am still learning the field and would "
    "like to present these measurements at a conference in spring. Is there a reference describing the "
    "method the thickness computation uses? I plan to compare the values with a second tool later, but "
    "perhaps I should start with that tool right away, because several of my patients have implants that may "
    "disturb the first one. Finally, and this is minor, when I import the series exported from the hospital "
    "archive the importer writes dozens of warnings about the slice spacing and the orientation tags, even "
    "though every volume looks correct when I scroll through it. Is that because the archive writes its "
    "files in an unusual way? Many thanks for your time and for keeping this tool free for everyone."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Can you direct us to some scripting examples that add a clickable button to the slice view?",
        "Would someone point me to a script that saves every segment as a separate model?",
        "Is there a reference on how the landmark registration weighs the points?",
        _LONG_REPORT,
        _LONG_QUESTIONS,
    ],
)
def test_a_plea_for_a_guide_or_a_question_whether_one_exists_is_a_request_even_deep_in_a_long_post(
    sentence: str,
) -> None:
    assert len(_LONG_REPORT) > 1200 and len(_LONG_QUESTIONS) > 1200
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you direct me to the person who runs the build machines?",
        "Can you point me to where in my script the error comes from?",
        "Is there a reference volume I should register the others to?",
        _LONG_REPORT.replace("could someone please point us to the documentation for that step?", "thanks."),
        _LONG_QUESTIONS.replace("Is there a reference describing", "I read the paper describing").replace(
            "thickness computation uses?", "thickness computation uses."
        ),
    ],
)
def test_a_plea_to_a_person_a_reference_image_or_a_long_post_without_a_plea_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    ("text", "agrees"),
    [
        ("I would be interested in this, too. Copying the table by hand every month takes ages.", True),
        ("@devlead I am also interested in this! Our lab hit the same wall last week.", True),
        ("Je suis intéressée aussi.", True),
        ("je suis preneuse aussi", True),
        ("Preneur également !", True),
        ("Ça m'intéresse aussi", True),
        ("Je suis preneur de vos idées pour la prochaine AG, écrivez-moi", False),
        ("I am interested in this project, can I join the group?", False),
        ("I would be interested to know why the filter is so slow on large volumes.", False),
    ],
)
def test_being_interested_in_it_too_agrees_with_the_request_above(text: str, agrees: bool) -> None:
    assert is_agreement(text) == agrees


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there any write-up on the transfer function format, or a reader for it in Python?",
        "Does anybody know of a public data set of knee MRI with labelled cartilage?",
        "We are looking for a step-by-step guide for calibrating an optical tracker with the tracking modules.",
        "Could you please explain it or recommend some reading material about the cost function?",
        "Where could I download the nightly installer for Linux?",
        "Where are the launcher's command line arguments documented?",
        "Which tutorials are available for the ruler module in recent releases?",
        "A short snippet or a sample script doing the batch export would be much appreciated!",
        "Is there some code that computes the curvature of a model? Thanks",
        "It would help me a lot if someone could send me a user manual for the fly-through module.",
        "Could anyone guide me to an introduction or the reference manual on building loadable modules?",
        "Does someone know how we can download the sample data without the sample data module?",
        "If not, where could we read more background/documentation about this effect?",
        "Could you share a video of the workshop on scripted modules?",
    ],
)
def test_a_question_or_plea_whose_object_a_link_leads_to_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there a problem with just this data set or with the others too?",
        "Is there any code change needed when moving to the new release?",
        "Can you send me the code? I will look at why it fails.",
        "Could you share your code so that we can reproduce the crash?",
        "Where is the documentation button in the new toolbar?",
        "How do I load a data set from a folder of PNG files?",
        "I can share the script if anyone wants it.",
        "Is there a way to run the script without the user interface?",
        "Please provide the tutorial video for this question, the deadline is today.",
        "If you could share the data set, we could take a look at the header.",
        "If you can't find the tutorial, check the training page first.",
        "Could you guide me through the steps you took before the crash?",
        "Where is the tutorial for the timeline module? Edit: solved, found them in the wiki.",
        "I was wondering if there is a way to merge two segments.",
        "I wanted to ask whether there is any problem with the data set I sent.",
        "Now I'm struggling with rendering glitches. Any pointers on my new issues?",
        "Are there some other scripts I'm supposed to copy to the project directory?",
        "Looks really cool. Do you know if you can link it to external libraries?",
        "Could you share a screenshot or video of what happens?",
        "Can somebody give me a quick tutorial about the editor? I want to create a basic scene.",
        "Does anyone have any tips/code for how that can be done?",
        "Any ideas or pointers (pun intended)?",
        "I would be glad if someone can give me a pointer(s) on what I'm meant to do.",
        "I used the blender exporter. “Resource not Found”. The animation name seems to be the same as the file.",
        "I'm running into an issue which is telling me that Assembly Urho.Forms was not found.",
        "The SDL part of the engine is not properly built as it cannot find a video device.",
        "If you can provide a sample data set as suggested then we can test if it is interpreted correctly.",
        "It would be great if you could share a sample script or module of whatever approach works for you.",
        "Thanks. If so, can you post a video?",
        "Could anyone give me some instructions on how to merge the CT and dose?",
        "Any one can guide me please?",
        "I'd appreciate it if you could please provide some pointers to try to solve this problem.",
        "For example, registration category is not shown.",
        "I will update this thread when I get around to do the resources.",
        "Could you recommend both manual and automatic approaches for this task?",
        "I checked the volume information but I did not see significant differences from the sample data.",
        "I opened the project in VS 2015, but I can't see any source code hierarchy or any src folder.",
        "I would like to ask if there is any script recorder stuff in 3D Slicer?",
        "Here you have two links that may be useful for you:",
    ],
)
def test_a_fault_ones_own_code_a_program_part_an_offer_or_a_how_to_asks_for_no_link(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Any pointers to papers on this registration method?",
        "Any good tutorials for writing a scripted module?",
        "Would you mind sharing the notebook you mentioned?",
        "Can I find a tutorial on this somewhere?",
        "Has anyone written a guide on exporting models for 3D printing?",
        "I'm trying to find documentation about the scene file format.",
        "Would it be possible to share the sample code from the workshop?",
        "Can anyone recommend a good book on medical image registration?",
        "Any example code for reading the transform from a file would help.",
    ],
)
def test_any_can_i_find_has_anyone_written_trying_to_find_or_would_you_mind_sharing_asks_for_a_guide(
    sentence: str,
) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Any idea why the module does not load?",
        "Would you mind sharing your screen so we can see the error?",
        "Can I find the trimming module in the menu?",
        "Has anyone tried segmenting the liver with this tool?",
        "I'm trying to find the threshold value that works best.",
        "Is the data set loaded before the script runs?",
        "Where is the code that builds the widget called from?",
        "I wrote a tutorial for my students, happy to share it.",
        "Any code you write in the console is lost at exit.",
        "Would you mind sharing the data set you used so we can reproduce it?",
        "Does the volume have any data outside the mask?",
        "Does this module have any option to smooth the surface?",
        "Which file should I load first, the CT or the MRI?",
        "Which files contain the tumour labels you mentioned?",
        "Can I get the exact version numbers from the about window?",
    ],
)
def test_an_idea_a_screen_a_program_part_a_value_or_ones_own_work_is_no_guide_asked_for(sentence: str) -> None:
    assert not is_request(sentence)


def test_a_long_post_of_unanswered_guide_questions_is_read_at_once() -> None:
    """Each plea checks what follows its object (no program part, no case of one's own to reproduce) only
    up to a bound: an unbounded look to the end of a sentence made one long unpunctuated post quadratic."""
    import time

    post = "is there any good sample code tutorial documentation data set " * 1000
    started = time.process_time()
    assert not is_request(post)
    assert time.process_time() - started < 1.5  # linear reading takes ~0.1 s here; the quadratic one took seconds


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there any documentation panel I have overlooked in the settings?",
        "Is there any tutorial step I skipped? The model ends up flipped.",
        "Could you upload a video of what you click before it freezes?",
        "Can you post a recording of the problem, please?",
        "The sample data link went to a not found page for me.",
        "The link to the sample data was not found on the server when I clicked it.",
        "Is there the quickest tutorial that shows how to write a plugin?",
    ],
)
def test_a_program_part_a_capture_to_make_a_broken_link_or_is_there_the_best_way_asks_for_no_link(
    sentence: str,
) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Was there any tutorial that told you to set the spacing by hand?",
        "Were there any slides from the training day about the ruler module?",
    ],
)
def test_a_past_question_whether_a_guide_existed_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Does the sonar extension have any tutorial for new developers?",
        "And does this module come with a user guide somewhere?",
        "Our lab pins release 3.9. Can I still download that particular version on my Windows laptop?",
        "Which folder holds the code for the ruler widget?",
        "I want to change how the python console prints numbers, which file should I edit?",
    ],
)
def test_whether_a_module_has_a_guide_a_named_release_or_where_code_lives_in_the_source_is_a_request(
    sentence: str,
) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks, the crash is solved with the new build. Are there any resources on how the smoothing works?",
        "I was wondering if, apart from the wiki page, there is a tutorial on the timeline module.",
        "How to download the offline installer of the Welsh spelling dictionary?",
        "How does one write a loadable module?\nAny useful links?",
    ],
)
def test_a_question_after_a_solved_trouble_an_indirect_question_or_a_line_opening_on_any_asks_for_a_guide(
    sentence: str,
) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Does the scene have any links to the old volumes left?",
        "Which folder contains the code I wrote yesterday?",
        "Which file holds the source volume for this segmentation?",
        "Any resources you need from us, please tell me.",
        "Where should I download the files to, my desktop or the documents folder?",
        "Has anyone found the documentation confusing too?",
        "Was there any documentation update in the last release?",
    ],
)
def test_links_of_a_scene_ones_own_code_a_volume_an_offer_a_download_folder_or_an_opinion_ask_for_no_guide(
    sentence: str,
) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Est-ce qu'il y a un tutoriel pour ça ?",
        "Y a-t-il une documentation pour l'export des cartes ?",
        "Quelqu'un a un tuto pour régler les sous-titres ?",
        "Où puis-je trouver le mode d'emploi de l'imprimante du local ?",
        "Où puis-je télécharger la dernière version ?",
    ],
)
def test_a_french_question_whether_a_guide_exists_or_where_to_download_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Y a-t-il un moyen de changer la couleur du fond ?",
        "J'ai écrit un tutoriel pour les nouveaux, je peux le partager.",
        "Le tutoriel ne marche pas chez moi, il y a une erreur ?",
        "Où puis-je télécharger mes résultats ?",
    ],
)
def test_a_french_how_to_an_offer_a_fault_or_ones_own_results_asks_for_no_guide(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I haven't received the invite for the webinar.",
        "We still haven't received an invitation for Thursday's call.",
        "Will we also get the slides after the talk?",
    ],
)
def test_an_invite_not_received_or_a_thing_one_will_also_get_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


def test_an_invitation_to_do_something_else_is_no_link_request() -> None:
    assert not is_request("We haven't received any invitation to bid from the council.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Je voudrais le lien vers le formulaire, s'il vous plaît.",
        "Le lien pour la visio de jeudi, svp.",
        "Comment fait-on pour s'inscrire à l'atelier couture ?",
        "Je cherche un tutoriel sur la mise en page des affiches.",
        "Existe-t-il un guide d'installation pour la tablette du club ?",
        "Where's the agenda for Monday?",
    ],
)
def test_a_link_wished_for_a_way_to_sign_up_or_a_guide_looked_for_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je cherche un guide pour la randonnée de dimanche.",
        "Y a-t-il un guide pour la visite du musée ?",
        "Je voudrais le lien social entre voisins renforcé.",
        "Where's the error in my spreadsheet?",
    ],
)
def test_a_person_who_guides_a_relation_or_a_fault_is_no_link_request(sentence: str) -> None:
    assert not is_request(sentence)


def test_a_version_number_does_not_end_the_sentence_an_exclusion_is_read_in() -> None:
    """The words after "4.13" belong to the same sentence: the helper asks for the member's own material."""
    assert not is_request("Could you share the tutorial for 4.13 you used so we can reproduce the crash?")


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there a tutorial for release 5.2?",
        "Est-ce qu'il y a un tutoriel pour la version 2.1 ?",
        "Does the ruler extension have a guide for version 3.6 somewhere?",
    ],
)
def test_a_version_number_before_the_question_mark_keeps_the_question(sentence: str) -> None:
    assert is_request(sentence)


def test_a_module_named_after_a_screen_place_is_no_place_on_the_screen() -> None:
    assert is_request("Is there a tutorial on the timeline module?")
    assert not is_request("I cannot see the video on the timeline.")


@pytest.mark.parametrize("sentence", ["Is there a how-to for the new label printer?", "link pls"])
def test_a_how_to_asked_for_or_a_terse_plea_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("Could you post the live class link in which you went through the cleaning script?", True),
        ("Can you share the live session link where you covered the second exercise?", True),
        ("Can you share the link of yesterday's call please", True),
        ("Le lien de la séance où vous avez présenté la carte, svp ?", True),
        # still to come, or nothing said of when
        ("Where is the link to the session where this will be covered?", False),
        ("What is the link of tomorrow's session?", False),
        ("Where is the link for the Friday meeting?", False),
        ("Can you share the meeting link that you did not post?", False),
    ],
)
def test_the_link_of_a_session_said_held_is_its_recording(sentence: str, held: bool) -> None:
    assert held_event(sentence) == held
    assert ("recording" in sentence_kinds(sentence)) == held


@pytest.mark.parametrize(
    ("post", "asks"),
    [
        # a stated point among several questions: the post asks about its points
        (
            "@tutor\n- When does the appeal window close?\n- Are the portal marks final?\n"
            "- The slides of week 9 are not visible to us.\nThanks in advance.",
            False,
        ),
        # a point whose "it" is read as the thing named before is still that point
        (
            "- When is the deadline for GA?\n- Are the scores final?\n- We had the week 4 lecture today\n"
            "- Still can't find it",
            False,
        ),
        # numbered as "1." or "1)", the points are read alike
        (
            "1. When is the deadline for GA 4?\n2. The week 4 recording is not uploaded yet.\n3. Are the scores final?",
            False,
        ),
        (
            "1) When is the deadline for GA 4?\n2) The week 4 recording is not uploaded yet.\n3) Are the scores final?",
            False,
        ),
        # a point that asks, or names the link, or stands alone, is asked for
        (
            "@tutor\n- When does the appeal window close?\n- Are the portal marks final?\n"
            "- Where are the slides of week 9?\nThanks in advance.",
            True,
        ),
        (
            "@tutor\n- When does the appeal window close?\n- Are the portal marks final?\n"
            "- The link to the week 9 slides is missing.\nThanks in advance.",
            True,
        ),
        (
            "@tutor\n- When does the appeal window close?\n- Are the portal marks final?\n"
            "- Please share the slides of week 9.\nThanks in advance.",
            True,
        ),
        ("The slides of week 9 are not visible to us.", True),
    ],
)
def test_a_stated_point_among_a_list_of_questions_is_no_request(post: str, asks: bool) -> None:
    assert is_request(post) == asks


@pytest.mark.parametrize(
    "sentence",
    [
        "Please upload the recording of the TA session held on Monday.",
        "Where is the link for TA session?",
        "Could someone share the link to the TA session on Saturday?",
        "Request to upload the recording of the Thursday TA session.",
        "Requesting you to share the slides of the revision session.",
    ],
)
def test_a_teaching_assistant_is_no_french_possessive(sentence: str) -> None:
    """On an English course forum "TA" folds to "ta": the session of a teaching assistant is nobody's own."""
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je ne trouve pas le lien vers ta base de données, tu peux l'envoyer ?",
        "I could not find the URL in your response.",
        "I made a request to upload my file but it failed.",
        "I request you to extend the deadline for the project.",
    ],
)
def test_the_addressees_own_and_other_requests_stay_out(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Could somebody provide me with the last term's statistics end term exam, to practise?",
        "Can anyone share the previous year quiz 2 paper?",
        "From where else can I download the district boundary files? The site in the lecture is down.",
    ],
)
def test_past_papers_and_other_places_to_download_are_asked_for(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I wrote the previous year exam and failed, so I am repeating the course.",
        "Please share with everyone your progress on the project.",
        "Could you help me with the notebook error in question 3?",
    ],
)
def test_a_past_exam_spoken_of_or_help_asked_with_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Recording of TA session on 12th Nov not uploaded yet",
        "Recording of the TA session is not uploaded yet",
        "Slides of the mentor session held on 3 Oct are not available",
        "Week 7 GA not visible in the portal, kindly look into this",
        "Still waiting for the TA session recording",
        "still waiting for the mock ROE link",
        "We are still waiting for project 1 dataset",
        "The TA sessions or the mentor sessions of this week are still not accessible. Kindly do the needful.",
    ],
)
def test_a_thing_named_at_length_is_still_said_missing(sentence: str) -> None:
    """The thing is named with its session, its date or its week before the words that say it is missing."""
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The recordings were very helpful and I have not missed a single one.",
        "Videos of the course are great but not available offline, which is sad.",
        "Notes from the live session are good, not shared with the other batch though I think.",
    ],
)
def test_a_thing_praised_then_something_else_negated_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


def test_waiting_for_a_thing_to_be_released_awaits_no_link_yet() -> None:
    """ "Waiting for X to be floated" expects it later: nothing announced is missing."""
    assert not is_request("I had the same doubt. I am waiting for the course change google form to be floated.")


@pytest.mark.parametrize(
    "sentence",
    [
        "I failed to attend yesterday's live session, kindly share the recording.",
        "Due to network error I missed the session, kindly share the recording",
        "Because of a power problem I could not join, please share the TA session recording",
        "Kindly do the needful and upload the recording of week 2 session",
        "pls upload yesterday session recording",
        "Haven't received any mail with the meet link for the session",
        "Has the mail gone out to everyone? I have not received any email for the peer evaluation.",
    ],
)
def test_why_one_missed_a_session_or_a_plea_said_loosely_still_asks(sentence: str) -> None:
    """The trouble that kept one away is no trouble with the thing asked for."""
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I uploaded my notebook but it is not visible",
        "The recording failed to load, it shows an error",
        "The notebook from the live session fails with a network error",
    ],
)
def test_ones_own_notebook_or_a_thing_that_fails_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "when TA session recording will be uploaded",
        "Sir when will the slides be shared",
    ],
)
def test_when_a_thing_comes_asks_without_its_question_mark(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Recording of ta session pls",
        "upload recording pls",
        "Sir, slides of week 4 live session please",
        "Previous year question papers for quiz 1?",
        "Yesterday's live session recording?",
        "Hello sir. Notebook from today's session pls.",
        "Recording uploaded?",
        "TA session recording available?",
        "Recording sir?",
        "Mock test link?",
        "GA7 link?",
        "Thanks! Do you have the answer key for the afternoon session too?",
    ],
)
def test_a_things_bare_name_with_a_plea_or_a_question_mark_is_left_in_doubt(sentence: str) -> None:
    """On a forum written in a second language a request is often the thing's name and "pls" or "?"; as often,
    the same words ask a peer for their copy, which one is meant, or whether it exists: a model may judge them,
    the rules alone say nothing."""
    assert not is_request(sentence)
    assert in_doubt(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Doubt in week 3 notebook pls",
        "Help with assignment 2 please",
        "I watched the recording?",
        "Week 5 assignment deadline please?",
        "Is the recording of the session good?",
        "Marks of quiz 1 please",
        "when the recording is uploaded I will watch it",
    ],
)
def test_a_plea_about_a_thing_or_a_clause_about_it_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Meet link for TA session?",
        "link for the mentor session today?",
        "Le lien de la visio de jeudi 18h n'est pas dans l'annonce",
        "Le lien pour l'atelier de mardi manque",
        "Le replay de jeudi est dispo ?",
        "L'enregistrement est en ligne ?",
        "Les diapos de la conférence sont disponibles ?",
    ],
)
def test_a_link_or_a_replay_named_with_its_event_is_asked_for(sentence: str) -> None:
    """The event or its day stands between the link and what is said of it; a French question may keep
    the order of a statement ("le replay est dispo ?")."""
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le replay de jeudi est dispo, merci à tous !",
        "Le lien de la visio de jeudi est dans l'annonce.",
        "Le replay est en ligne, je viens de le voir.",
    ],
)
def test_a_french_statement_that_a_thing_is_there_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you can, kindly upload the recording of Mon session",
        "I found it very hard to follow, please share the slides of the session",
        "The videos are sorted by week but the week 5 recording is missing",
        "Le support de cours est où ?",
        "Où sont les supports ?",
    ],
)
def test_a_plea_for_a_favour_a_thing_found_hard_or_sorted_and_short_questions_ask(sentence: str) -> None:
    """ "If you can" asks a favour, "found it hard" and "sorted by date" solve nothing, "6.30" ends no sentence."""
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If you can't find the recording, check the YouTube playlist.",
        "Found it, thanks! The recording was in the playlist.",
        "Sorted, the slides were on the course page.",
        "Recording uploaded, please check the playlist.",
        "Link for the session was given in the mail, please check.",
        "Which video? the week 3 one?",
        "My recording not uploaded to the portal, please check",
    ],
)
def test_advice_a_thing_found_or_a_notice_that_it_is_up_asks_nothing(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Me also not able to find",
        "I was also unable to find it sir",
        "I also have the same issue sir.",
        "We too have the same problem",
        "Same here. Please do the needful",
        "+1, kindly upload asap",
        "Moi non plus, je ne le trouve pas",
    ],
)
def test_echoes_said_with_also_or_a_plea_are_agreements(text: str) -> None:
    assert is_agreement(text)


@pytest.mark.parametrize(
    "text",
    [
        "Same issue, my score is 0 in GA 3 though I submitted",
        "Same problem, my marks are not updated yet",
    ],
)
def test_the_same_trouble_with_ones_score_echoes_no_link_request(text: str) -> None:
    assert not is_agreement(text)


@pytest.mark.parametrize(
    "text",
    [
        "please share the slides used in today's session",
        "Mam, could you please share the notebook shown in the live session?",
        "Notes of the TA session are not uploaded",
        "Live session slides pls",
        "Pouvez-vous partager les diapos de la visio ?",
        "Sir, can you upload the pdf you were going through in yesterday's session?",
        "Could you share the sheet that was shown during the meeting today",
        "Pourriez-vous partager le document que vous avez montré pendant la visio ?",
        "does anyone have the link to the plugin API design doc mentioned on the call?",
    ],
)
def test_a_document_of_a_session_is_a_document_not_its_call(text: str) -> None:
    """The session a document was shown in says which document, not that its call is wanted."""
    assert wanted_kinds(kinds_of(text)) == {"document"}


@pytest.mark.parametrize(
    "text",
    [
        "Where is the meet link for the doubt session? Slides are ready.",
        "Please share the link for the BS programme orientation session",
        "Zoom link for the live session?",
    ],
)
def test_a_call_asked_for_beside_a_document_is_still_a_call(text: str) -> None:
    assert "meeting" in kinds_of(text)


@pytest.mark.parametrize(
    "text",
    ["Not able to find the GA 5 link on the portal", "Week 7 assignment not visible", "GA 10 link pls"],
)
def test_a_graded_assignment_written_with_a_space_is_an_exam_page(text: str) -> None:
    assert wanted_kinds(kinds_of(text)) == {"exam"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kindly share the slides, I need them for my project work",
        "Please share the recording as my assignment depends on it",
        "Please upload the TA session recording, my notes are incomplete",
        "Is there any way to get the recording?",
        "Kindly someone share the notebook",
        "Can someone tell me where the TA session recordings are?",
    ],
)
def test_ones_own_work_in_another_clause_leaves_the_plea_standing(sentence: str) -> None:
    """One's own work named as the reason ("…, I need them for my project") is not the thing asked for."""
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't find my project submission on the portal",
        "I cannot see the recording in my submission page",
        "Is there any way to get the recording button back?",
    ],
)
def test_ones_own_work_in_the_same_clause_stays_out(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    ("post", "asks"),
    [
        ("Sir said the slides will be shared. Please share them", True),
        ("The announcement says the form is open but I cannot find the form", True),
        ("By when will the recording be uploaded?", True),
        ("Till when will the recording be available?", False),
        ("Until when the recording will be available?", False),
        ("The recording will be uploaded by tomorrow.", False),
    ],
)
def test_a_promise_reported_then_asked_for_is_a_request(post: str, asks: bool) -> None:
    """A promise someone else made, then the plea, still asks; how long a thing stays up asks nothing."""
    assert is_request(post) == asks


@pytest.mark.parametrize(
    ("post", "asks"),
    [
        ("Pourrais-tu partager ta présentation de jeudi ?", True),
        ("Merci pour l'atelier ! Vous pouvez partager vos diapos ?", True),
        ("Tu peux m'envoyer ton document de travail ?", False),
        ("I could not find the URL in your response.", False),
    ],
)
def test_a_speakers_own_slides_are_asked_for_unlike_anothers_work(post: str, asks: bool) -> None:
    """A talk's slides are the speaker's and announced to all; another member's document is theirs."""
    assert is_request(post) == asks


@pytest.mark.parametrize(
    "sentence",
    [
        "Il manque la vidéo de l'atelier",
        "je n'ai pas reçu l'invitation pour la visio",
        "Est-ce que quelqu'un a l'enregistrement ?",
        "Avez-vous la présentation de la conférence ?",
        "Tu as les diapos de mardi ?",
    ],
)
def test_a_french_thing_with_its_article_is_asked_for_like_a_link(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Il manque la moitié des participants à la visio",
        "Tu as une question sur la vidéo ?",
        "Avez-vous aimé la présentation ?",
    ],
)
def test_a_french_thing_spoken_of_otherwise_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    ("post", "asks"),
    [
        ("When will we get the recording of the TA session?", True),
        ("when we get the slides?", True),
        ("When I see the course content closely, it looks like a different course.", False),
        ("when we get log files for project 2", True),
        ("Yes. Tho it also happens when I have non-kinematic body with manual velocity using SetPosition()", False),
        ("There is a bonus mark for every peer review done on time. Will we get it?", False),
        ("I'd like to revise with the session notebook. Will we get it?", True),
    ],
)
def test_a_when_clause_or_a_bonus_for_a_thing_asks_for_no_link(post: str, asks: bool) -> None:
    """ "When I see…, it looks…" or "when I have…" opens a clause, not a question ("when we get the logs" alone asks);
    "it" after a bonus for a thing is the bonus."""
    assert is_request(post) == asks


@pytest.mark.parametrize(
    "sentence",
    [
        "pls share the answer key of the morning slot",
        "@someone pl share the answer key for the morning slot or tell me where you found it.",
        "Could I get the evening slot answer keys link too please?",
    ],
)
def test_a_released_answer_key_is_asked_for(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please share the answers of GA 4.",
        "My answer key does not match my response sheet, the key is wrong",
        "Do you have the notebook running locally?",
        "Do you have the notebook running on colab?",
    ],
)
def test_answers_not_released_or_a_key_found_wrong_are_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Unable to find project 2 submission page",
        "Where can we see recorded TA sessions",
    ],
)
def test_a_page_or_a_link_named_by_what_it_is_for_is_asked_for(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Broken link?", "Which link?", "Same link?", "Where are the TA sessions held this week, online or on campus?"],
)
def test_a_link_doubted_or_a_place_asked_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Meet link for the GA 5 doubt session?", "meeting"),
        ("Please share the link of the TA session on GA 6", "meeting"),
        ("Link for quiz 2 revision session?", "meeting"),
        ("ROE practice session meet link?", "meeting"),
        ("OPPE session 1 link not visible", "exam"),
        ("Recording of GA 5 doubt session pls", "recording"),
    ],
)
def test_a_session_named_after_an_exam_is_a_call(text: str, kind: str) -> None:
    """A doubt or revision session about a GA is a call; an exam's own session (its slot) is the exam."""
    assert wanted_kinds(kinds_of(text)) == {kind}


@pytest.mark.parametrize(
    "sentence",
    [
        "GA not visible for me",
        "Portal not showing week 4 assignment",
        "The portal is not showing the week 4 assignment",
        "No link has been shared for today's session",
        "The calendar shows a TA session today but there is no meet link",
    ],
)
def test_absence_said_of_a_bare_ga_by_the_portal_or_with_no(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The GA was easy, no issues",
        "The portal is not showing my score for week 4 assignment",
        "There is no recording button in the app for the session",
        "No link is needed for the in-person session",
        "There is no graded assignment for weeks 7 to 9.",
    ],
)
def test_absence_of_something_else_near_a_ga_or_a_session_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    ("post", "asks"),
    [
        ("Sir, please share the notebook you used in the live session", True),
        ("Can you share the slides you used yesterday?", True),
        ("Could you share the colab link you used in today's session?", True),
        ("Please share the data you used so we can reproduce the error", False),
        ("Could you share the link to the files you used? I will try them here.", False),
    ],
)
def test_what_an_instructor_used_in_a_session_is_asked_for_unlike_a_members_files(post: str, asks: bool) -> None:
    """ "The notebook you used in the live session" was shown to everyone; "the data you used" is a member's own."""
    assert is_request(post) == asks


@pytest.mark.parametrize(
    "sentence",
    [
        "Form for choosing exam centre not received",
        "The link of the session at 6.30 PM IST is not shared yet",
    ],
)
def test_a_name_longer_than_three_words_before_it_is_said_missing_is_left_in_doubt(sentence: str) -> None:
    """Past three words (a date or a time counting as one) between a thing and "not shared", the sentence as
    often says something else of another thing: the rules leave it to a model."""
    assert not is_request(sentence)
    assert in_doubt(sentence)


def test_a_long_word_after_a_bare_name_is_read_at_once() -> None:
    """A file name or an id of fifty letters after "recording of" is one word: it is not cut into pieces in
    every way before the rules give up on the sentence."""
    name = "week_three_live_session_second_part_final_cut_v2_x"
    started = time.process_time()
    assert in_doubt(f"Recording of {name} pls")
    assert not in_doubt(f"Recording of {name} is what I watched")
    assert time.process_time() - started < 1


@pytest.mark.parametrize(
    "sentence",
    [
        "My audio problem is resolved. Still no recording link though.",
        "Thanks, the form issue got sorted. But where is the link for tomorrow's session?",
        "Thanks, the form issue got sorted, but where is the link for tomorrow's session?",
        "c'est réglé pour l'inscription, mais il manque toujours le lien de la visio",
        "The login trouble is solved now. However I still can't find the link for the GA4 session.",
        "Never mind the form, I figured it out. The zoom link is still missing though.",
        "Problème de micro résolu, merci ! Par contre je ne trouve toujours pas le lien de l'enregistrement.",
        "The payment issue is resolved, but there is still no link to join the webinar.",
        "OK the quiz access got sorted out. Still waiting for the recording link of session 3.",
        "Solved the install error. Still can't find the slides link for week 2 though.",
        "Got it now for the form, thanks. But the meeting link is still not there.",
        "The portal issue got resolved, but I still don't have the link for the live session.",
        "c'est bon pour le formulaire, mais le lien de la réunion manque toujours",
        "Figured out the registration part, but the session link is missing from the post.",
        "Problème réglé pour le paiement ; par contre il manque encore le lien d'inscription.",
        "Sorted the mic, thanks. The link for tomorrow's class is still not posted though.",
    ],
)
def test_a_trouble_said_over_silences_only_itself_what_still_lacks_after_it_is_asked(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "sorted, found the link, thanks",
        "c'est réglé, merci !",
        "C'est réglé : le lien d'inscription était dans le mail. Mais merci quand même.",
        "Solved, I couldn't find the link at first but it was in my spam folder.",
        "Found it, the link was in the pinned post. Still, thanks for the help!",
        "Sorted out, the recording link was under the announcement. But thanks anyway.",
        "J'ai trouvé le lien de la visio, merci. Mais c'était pas évident !",
        "Never mind, the link is there now. Though it took a while to appear.",
        "Got it now, the link works. But I still think it should be in the first post.",
        "Found them, the slides link was at the bottom. Still no idea why I missed it.",
        "It's there now, thanks. The recording link still works for me too.",
        "Found it, but the link was hidden at the very bottom of the mail.",
        "C'est réglé, merci ! Mais je ne trouvais pas le lien car il était dans les spams.",
        "Solved. I still couldn't find the link on my phone, but on the laptop it is there.",
    ],
)
def test_what_follows_a_trouble_said_over_without_lacking_anything_asks_for_nothing(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Any pointers to a tutorial on writing shaders?",
        "Do you know of any links to good tutorials?",
        "Could you share the video of the demo?",
        "Looks great! Any screenshots/videos available?",
        "The registration form was not found on the page.",
        "I don't have the link handy, can someone post it?",
        "Can you share the sample data set you used in the tutorial?",
        "Is there a guide on registration?",
        "Any pointers to the documentation?",
        "Could you send me the instructions for the exam?",
        "Is there a user manual for the editor?",
        "I cannot find the manual for the new version.",
        "Is there any documentation on manual segmentation?",
        "Do you have the link for the meeting?",
    ],
)
def test_pointers_to_a_thing_links_and_a_video_shown_are_still_asked(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("ahh ok thx for the link. i did not see that documentation …", False),
        ("Thank you so much for the links, I had not seen them in the docs.", False),
        ("Merci pour le lien, je ne l'avais pas vu dans l'annonce.", False),
        ("Thanks for the link! Where is the recording of session 2?", True),
        ("Thanks for the link, do you have link for qdf4 ?", True),
        ("Merci pour le lien ! Il manque le lien de la visio de jeudi ?", True),
        ("Could you please share the registration link? Thanks for the link in advance.", True),
    ],
)
def test_thanks_for_the_link_says_it_came_and_only_what_is_asked_after_it_is_read(sentence: str, asks: bool) -> None:
    assert is_request(sentence) is asks


@pytest.mark.parametrize(
    "sentence",
    [
        "The session is not uploaded yet.",
        "Last week sessions are not uploaded yet, sir.",
        "Sunday's class has not been uploaded yet",
        "the webinar is still not uploaded",
        "Yesterday meeting was not uploaded on the channel.",
    ],
)
def test_a_session_not_uploaded_asks_for_its_recording(sentence: str) -> None:
    """Only a session's recording is ever uploaded: however the session is named, that is the link asked."""
    from handlers.links.bursts import sentence_kinds
    from handlers.links.text import is_request

    assert is_request(sentence)
    assert sentence_kinds(sentence) == {"recording"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The session has been uploaded.",
        "The session is not uploaded yet, it will be uploaded by tomorrow.",
        "I have not uploaded my notes of the session.",
        "Where is the link for today's session?",
    ],
)
def test_a_session_uploaded_or_to_come_asks_for_no_recording(sentence: str) -> None:
    from handlers.links.bursts import sentence_kinds
    from handlers.links.text import is_request

    assert not is_request(sentence) or sentence_kinds(sentence) != {"recording"}


def test_a_long_line_without_a_stop_is_read_at_once_for_a_pointer() -> None:
    """Only the clause a post ends on is read for its closing colon: reading every start of a long line
    without a stop for one made a post of forty thousand characters take a minute."""
    line = "le lien de la visio " + "et puis " * 5000
    started = time.process_time()
    assert pointer_phrase(line) is None
    assert pointer_phrase(line + "inscription sur helloasso :") == "inscription sur helloasso"
    assert time.process_time() - started < 1


def test_a_long_word_after_a_french_link_is_read_at_once() -> None:
    """The name after "le lien vers" is read word by word, each word once: a long one is not cut into pieces
    in every way before the rules give up."""
    started = time.process_time()
    assert not is_request("le lien vers " + "x" * 60 + " est cassé")
    assert is_request("Le lien vers " + "x" * 60 + " ?")
    assert time.process_time() - started < 1


def test_a_session_asked_to_be_uploaded_wants_its_recording() -> None:
    """A session, or "the second one", said not there and asked to be uploaded, about an exam even: only its
    recording is ever uploaded."""
    asked = [
        "The session of 12th March is not available, can you please upload it",
        "sir the quiz 2 session of 4th March is not available can u please upload it",
        "I can see the first revision session on the channel. The second one has not been uploaded, please upload it.",
    ]
    assert [wanted_kinds(sentence_kinds(text)) for text in asked] == [frozenset({"recording"})] * len(asked)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # the call named by its service, said missing or asked for alone
        ("Le lien Webex ?", True),
        ("lien whereby ?", True),
        ("Le lien Whereby ne figure pas dans l'annonce", True),
        ("Le lien Teams est manquant", True),
        ("Les liens de la journée sont manquants", True),
        # "où" after the verb, the way it is said
        ("C'est où le lien ?", True),
        ("On trouve où le replay ?", True),
        ("on le trouve où le lien de la visio ?", True),
        ("Je le trouve où le compte rendu ?", True),
        ("ça se trouve où le diaporama ?", True),
        # "ne" dropped, as it is in speech
        ("je vois pas de lien", True),
        ("je trouve pas le replay de l'atelier", True),
        ("je retrouve plus le formulaire", True),
        ("ya pas de lien ?", True),
        ("c ou le lien ?", True),
        ("réponse c ou d ?", False),
        # the same words about a bond, a place, or a link that is there
        ("Je ne vois pas de lien entre les deux dispositifs", False),
        ("je vois pas de lien avec le sujet", False),
        ("C'est où le lieu de la rencontre ?", False),
        ("On trouve où des bénévoles pour l'atelier ?", False),
        ("Le lien Whereby est le même que la dernière fois", False),
        ("Le lien Teams est dans l'invitation", False),
        ("je trouve pas le temps de lire le compte rendu", False),
        ("Le manquant sera payé par l'association", False),
    ],
)
def test_a_french_link_named_by_its_service_asked_where_in_speech_or_without_ne(sentence: str, asks: bool) -> None:
    assert is_request(sentence) == asks


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # a greeting before the link asked for by what it is for
        ("Bonsoir, le lien pour ce soir ?", True),
        ("Bonjour, le lien pour l'atelier de demain ?", True),
        # the record asked whether it was sent round, the event asked where to watch again
        ("Le compte rendu a-t-il été diffusé ?", True),
        ("Le diaporama a-t-il bien été transmis aux participants ?", True),
        ("Où peut-on revoir le webinaire ?", True),
        ("Où est-ce qu'on peut revoir la conférence de mardi ?", True),
        ("Le lien d'accès à la visio n'a pas été communiqué ?", True),
        # a link one has, a thing one will do, "demande" that is no "de"
        ("Le lien demande de créer un compte ?", False),
        ("Bonsoir, le lien marche pour vous ?", False),
        ("Le compte rendu a-t-il été relu par le bureau ?", False),
        ("Où peut-on se revoir pour en parler ?", False),
        ("Le lien n'a pas été communiqué en public, il est envoyé aux inscrits.", False),
        ("The link is not in the post, it is sent by mail to registered participants.", False),
    ],
)
def test_a_french_request_opened_by_a_greeting_or_asking_whether_a_record_went_round(sentence: str, asks: bool) -> None:
    assert is_request(sentence) == asks


@pytest.mark.parametrize(
    "text", ["Je me joins à la demande", "Je me joins à cette demande !", "Je rejoins la question", "je plussoie"]
)
def test_joining_the_request_above_agrees_with_it(text: str) -> None:
    assert is_agreement(text)


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("Le support n'est pas encore finalisé, on vous l'envoie la semaine prochaine", False),
        ("Le CR n'est pas encore prêt, je vous le transmets demain", False),
        ("Le replay n'est pas en ligne, nous vous le partagerons dès que possible", False),
        # the writer asks it be sent
        ("Le support n'est pas dans le message, pouvez-vous nous l'envoyer ?", True),
    ],
)
def test_a_french_promise_to_send_it_in_the_present_tense_asks_for_nothing(sentence: str, asks: bool) -> None:
    assert is_request(sentence) == asks


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # whether the session was recorded, asked of anyone, the French way
        ("Quelqu'un a enregistré la visio d'hier ?", True),
        ("La visio d'hier a-t-elle été enregistrée ?", True),
        ("Est-ce que quelqu'un a filmé l'atelier de samedi ?", True),
        # a question on a link one knows of: who made it, whether it lapses or works
        ("Qui a créé le lien du pad ?", False),
        ("Quelqu'un sait si le lien du replay expire ?", False),
        ("Le lien de la visio fonctionne pour vous ?", False),
        ("Le lien du formulaire a changé ?", False),
        ("Quelqu'un a enregistré son adhésion en ligne ?", False),
    ],
)
def test_whether_a_french_session_was_recorded_is_asked_a_question_on_a_known_link_is_not(
    sentence: str, asks: bool
) -> None:
    assert is_request(sentence) == asks


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("le lien de l'AG ?", {"meeting"}),
        ("le lien pour l'assemblée générale ?", {"meeting"}),
        ("le lien de la permanence ?", {"meeting"}),
        ("le lien de la séance de jeudi ?", {"meeting"}),
        ("le lien de la rencontre ?", {"meeting"}),
        ("le lien du copil ?", {"meeting"}),
        ("le lien du comité de pilotage ?", {"meeting"}),
        ("Le lien pour le rdv de jeudi svp", {"meeting"}),
        ("Le lien du rendez-vous de jeudi ?", {"meeting"}),
        # what a gathering leaves behind is no call
        ("le CR de l'AG est dispo ?", {"document"}),
        ("le replay de la séance ?", {"recording"}),
    ],
)
def test_a_french_gathering_named_asks_for_its_call(text: str, kinds: set[str]) -> None:
    assert wanted_kinds(kinds_of(text)) == kinds


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        # handing it over, said the everyday way
        ("Merci de me faire parvenir le lien", True),
        ("Serait-il possible de nous faire suivre le lien ?", True),
        ("Tu peux me filer le lien ?", True),
        ("Quelqu'un peut me passer le lien ?", True),
        # how to reach what an event left, or being keen on it
        ("Comment accéder au replay ?", True),
        ("Comment on accède à l'enregistrement ?", True),
        ("Comment voir le replay de l'atelier ?", True),
        ("Je suis intéressée par le support", True),
        # handing it on to others, a way to do, an interest in a subject
        ("Merci de passer le lien à vos adhérents", False),
        ("Merci de faire suivre le lien à vos collègues", False),
        ("Comment voir le bon côté des choses ?", False),
        ("Je suis intéressée par le sujet des tiers-lieux ruraux", False),
    ],
)
def test_a_french_plea_in_everyday_words_or_how_to_reach_a_record(sentence: str, asks: bool) -> None:
    assert is_request(sentence) == asks


@pytest.mark.parametrize(
    "text",
    [
        "You can modify this scripted module to measure angles: (link removed, see updated link below)",
        "Please check new link below (link removed as the data set might have contained patient information)",
        "Le lien ci-dessous a été supprimé à la demande de l'intervenante",
    ],
)
def test_a_link_said_removed_is_not_forgotten(text: str) -> None:
    """The author took the link out on purpose: asking them to add it back may undo what they meant to remove."""
    assert link_not_here(text)


@pytest.mark.parametrize(
    ("text", "draft"),
    [
        ("The following text is the draft:\n\nDear user, the code is available here. Please select below.", True),
        ("Voici le brouillon du message :\n\nBonjour à tous, le programme est accessible ici.", True),
        ("Here is my draft wording for the pop-up: the code is available here.", True),
        ("The recording of the draft review is available here.", False),
        ("The slides are available here.", False),
    ],
)
def test_a_pointer_inside_a_draft_shown_for_review_is_the_drafts(text: str, draft: bool) -> None:
    """A post presenting a text to read over: its "available here" is the draft's, to be linked once published."""
    assert link_not_here(text) == draft


@pytest.mark.parametrize(
    "text, forgot",
    [
        ("The mail I got also says 'sign up here:' with nothing after it.", False),
        ("Petit rappel : « inscrivez-vous ici » ne suffit pas, il faut le lien", False),
        ("The mail I got also says sign up here: with nothing after it.", True),
    ],
)
def test_a_reply_quoting_a_pointer_forgot_no_link_of_its_own(text: str, forgot: bool) -> None:
    """ "I only see 'sign up here:' and then nothing": the reply quotes the announcement's pointer; its author is
    not told they forgot a link."""
    assert (forgotten_link(make_post(3, "dchen", text)) is not None) == forgot


@pytest.mark.parametrize(
    "text, dead",
    [
        ("Le lien de la visio donne une erreur « salle introuvable », il faudrait un lien qui marche", True),
        ("The meet link shows an error, could someone share a link that works?", True),
        ("The links return 404 now", True),
        ("Le lien de la visio de jeudi, svp ?", False),
        ("the zoom link is broken, pls send new", True),
        ("sir link broken", True),
        ("Broken link on the portal, can you share it again?", True),
        ("Happy to fix typos and broken examples. Where do I sign up?", False),
        ("The dataset link seems dead", True),
    ],
)
def test_a_link_said_to_fail_is_said_dead(text: str, dead: bool) -> None:
    """A request whose link gives an error or is asked to work ("il faudrait un lien qui marche") is not answered
    with the link it already has."""
    assert dead_words(text) is dead


@pytest.mark.parametrize(
    "sentence",
    [
        "I need to find a tutorial on writing a scripted module.",
        "We would like to read the documentation of the export format.",
        "I need a user manual for the toolkit, the one I have is too short.",
        "Does anyone here know a good tutorial on registration?",
        "Does anyone else have a guide for building on Windows?",
        "Is there an example?",
        "Do you know of anywhere I can go to learn how to use this extension?",
        "Is there somewhere I can read about the scene file format?",
    ],
)
def test_a_guide_needed_asked_of_anyone_here_or_a_place_to_learn_from_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "When I want to find code in C++ I use grep.",
        "We need a coding rule to guide the coding style.",
        "I need a way to export the volume as a mesh.",
        "I need a python script that crops the volume to the brain.",
        "I want a debugger that works with the scripts.",
        "Do you know anywhere I can buy a cheap graphics card?",
        "We would like no links in the announcement posts, only the plain text.",
    ],
)
def test_code_to_be_written_a_rule_a_tool_or_a_shop_needed_asks_for_no_guide(sentence: str) -> None:
    assert not is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The slides for week 3 are missing.",
        "The recording of yesterday's session is missing.",
        "The notebook for week 3 is still missing.",
        "Les diapos de la semaine 3 manquent.",
        "L'enregistrement de la visio de mardi manque.",
        "Le lien d'inscription est toujours absent.",
        "Le formulaire d'inscription est absent du message.",
    ],
)
def test_a_thing_named_for_its_session_then_said_missing_is_a_request(sentence: str) -> None:
    assert is_request(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The link for my submission is missing.",
        "The video of the cat is missing a frame.",
        "The forms for week 2 are missing entries.",
        "Le compte rendu manque de détails.",
        "Le programme manque d'ambition.",
        "Ton support me manque déjà !",
    ],
)
def test_ones_own_thing_or_a_thing_lacking_a_part_or_a_quality_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)
