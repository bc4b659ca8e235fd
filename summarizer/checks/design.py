"""How the study is run: status, phase, study type, randomization and blinding.

Each wording maps to the set of record values it is true of: "no longer
recruiting" is true of a completed study as much as of an active one, so it
only contradicts a study that is still recruiting (or has not started).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..records import Phase, Status, StudyType
from .core import Context, Finding, Rule, check, error, overlaps
from .facts import phase_number
from .fragments import fragment_at, short_fragments
from .labels import Item, bare_items, contradicted_items, terms
from .parsing import ANSWERED_NO_RE
from .rules import EndsAtKeyRule

S = Status
# The study as a subject, also as a script or a chat says it: "this one's already finished".
STUDY = r"(?:study|trial|research|it|project|this one|that one)"
# "is" and "has" with their contractions ("it's", "they're", "hasn't"), so a spoken or
# chatty wording reads as its written form does.
# After a subject they follow " ?": no space comes before a contraction ("it's").
IS = r"(?:is|are|'s|'re)"
IS_NOT = r"(?:(?:is|are) not|'s not|'re not|isn't|aren't)"
HAS_NOT = r"(?:has not|have not|hasn't|haven't|'s not|'ve not)"
# The ways of joining a study that a status can be about: "recruitment has not started",
# "sign-up has not opened yet", "registration is closed", "enrolment is full".
# Taking people in, in any wording: "recruiting", "signing people up", "taking anyone new".
# Not open to a sex or an age group says who may join, not when: "This job is not open to
# men" is true of a study recruiting women ("not open to new men" would be a status).
_WHO_GROUP = r"(?:men|women|males|females|boys|girls|children|kids|minors|adults)"
_WHO_NOT_STATUS = (
    r"(?:open to|accepting|taking|admitting|welcoming|letting|allowing|seeking|looking for) "
    rf"{_WHO_GROUP}\b"
)
_PEOPLE_OBJECT = (
    r"(?:(?:new|more|any|further|extra) )?(?:\w+ )?(?:people|participants|patients|volunteers"
    # and a text message's "ppl"
    r"|members|applicants|adults|children|men|women|anyone|anybody|ppl|folks"
    # the people by their being new: "taking newcomers" is "taking new people"
    r"|newcomers|new-?comers|joiners|entrants)"
)
# Why the people may follow: the joining noun may name whom it takes in ("Recruitment of
# volunteers is open", "enrolment of new patients has closed") and says the same of the study.
SIGNUP = (
    r"(?:(?:recruitment|enrol+ment|sign-?ups?|sign up|signing up|registration|intake)"
    rf"(?: (?:of|for) {_PEOPLE_OBJECT})?)"
)
TAKING = (
    r"(?:recruiting|enrolling|(?:accepting|signing up|signing|taking on|taking|bringing in"
    rf"|looking for|seeking|searching for|welcoming|admitting|letting in) {_PEOPLE_OBJECT}"
    # letting them join: "letting people sign up", "letting anyone in"
    rf"(?: up| on| in)?|letting {_PEOPLE_OBJECT} (?:sign up|join|enrol+|in)\b)"
    # "the study's recruiting period": a possessive, not "the study is recruiting"
    r"(?! (?:period|phase|sites?|centres?|centers?|target|goal|status|criteria|process|window"
    r"|plan|rate)\b)"
)
# "It's running at several sites in Canada" says where the study takes place, not that it
# is still going on.
_RUNNING = r"running(?! (?:at|in|across|from|out of|through|on)\b)"
# Adverbs a status sentence may carry: "it was actually withdrawn", "has already wrapped up".
ADV = r"(?:(?:now|already|actually|in fact|since|then|later|officially|recently|just|finally"
ADV += r"|eventually|currently|still|actively|all) )?"
# What ends a study early, after the verb that ends it: a study "called off before its
# planned finish" or "cancelled part-way through" ran for a while, so it was stopped, not
# withdrawn before it began.
_CUT_SHORT = (
    r" (?:\w+ )?(?:early|prematurely|ahead of schedule|part-? ?way|mid-? ?way|half-? ?way"
    r"|in the middle|before (?:it was (?:finished|over|complete)|it could (?:finish|end)"
    r"|(?:its|the|it) (?:[\w-]+ ){0,2}?(?:end|finish|close|completion|conclusion)))"
)
_NOT_CUT_SHORT = rf"(?!{_CUT_SHORT})"
# Why one group of participles for being let in: a notice's "before a single person had been
# taken on" says what "before anyone enrolled" does, in whatever verb of taking people in.
_TAKEN_IN = (
    r"(?:enrol+ed|recruited|signed (?:up|on)|joined|entered|taken (?:on|in)|brought in|let in"
    r"|admitted|registered)"
)
_STATUS_PATTERNS: list[tuple[Status, frozenset[Status], str]] = [
    (S.WITHDRAWN, frozenset({S.WITHDRAWN}),
     rf"\b{STUDY}(?: was| has been| is|'s been) {ADV}withdrawn\b|\bstatus: withdrawn\b"
     r"|\bstopped before (?:it (?:enrolled|started|began|recruited)|enrolling|recruiting|any\w*|"
     r"starting)\b|\bnever (?:started|began|opened|enrolled anyone|recruited)\b"
     rf"|\b{STUDY} (?:was|has been|got) {ADV}(?:cancel+ed|called off)\b{_NOT_CUT_SHORT}"
     r"|\b(?:did not|didn't) (?:enrol+|recruit) anyone\b"
     r"|\bno one (?:was enrolled|took part|joined|was recruited)\b"
     # nobody ever joined, in other words: "nobody was ever enrolled", "it was dropped before
     # anybody had been signed up"
     # (not "has been": "nobody has been signed up so far" is true of a study not yet open)
     r"|\b(?:no one|nobody|no participants?|no patients?) (?:was|were|had been|got) "
     r"(?:ever |actually )?(?:enrol+ed|recruited|signed up)\b"
     r"|\b(?:nobody|no one) (?:ever )?(?:took part|joined|enrol+ed)\b"
     r"|\bbefore (?:that )?(?:even |literally |actually )?(?:anyone|anybody"
     r"|any (?:persons?|participants?|patients?)|a single"
     # (the plain past too: "pulled before a single person signed up"; a translation's
     # "retired before that any person entered")
     r" (?:person|patient|participant)) (?:(?:was|were|had been|could be|got|could get|had)"
     rf" (?:\w+ )?)?{_TAKEN_IN}\b"),
    (S.NOT_YET_RECRUITING, frozenset({S.NOT_YET_RECRUITING}),
     r"\bnot yet (?:recruiting|open|enrolling|looking|started|begun|accepting|taking|signing)\b"
     # (a hyphened word between: "not open to sign-ups yet")
     rf"|\bnot (?:{TAKING}|open)(?: [\w-]+){{0,2}}? yet\b"
     rf"|\b{HAS_NOT} (?:yet |even )?(?:started|begun) (?:{TAKING}|to recruit|to enrol|to sign"
     r"|to take|looking|accepting)\b|\bwill (?:start|begin|open) (?:recruiting|enrolling"
     rf"|to recruit|to enrol|looking for|recruitment|enrollment)\b"
     rf"|\b{SIGNUP} ?{HAS_NOT} (?:yet )?(?:started|begun|opened)\b"
     rf"|\b{IS_NOT} (?:yet )?open (?:yet )?(?:for|to)\b(?! {_WHO_GROUP}\b)"
     rf"|\bstatus: not yet recruiting\b|\b{SIGNUP} (?:will|is expected to) "
     rf"(?:start|begin|open)\b|\b{SIGNUP} ?{IS_NOT} (?:yet )?open\b"
     rf"|\b(?:{SIGNUP}|{STUDY})(?: is| are| has| have|'s) yet to (?:start|begin|open)\b"
     rf"|\b{STUDY} ?{HAS_NOT} (?:yet )?(?:started|begun|opened)\b"
     # (the plural's plain present too: "sign-ups open later")
     rf"|\b{SIGNUP} (?:opens?|starts?|begins?) (?:soon|later|next|shortly)\b"
     # "They haven't opened recruitment yet", "we haven't started the sign-ups"
     rf"|\b{HAS_NOT} (?:yet |even )?(?:opened|started|begun|launched) (?:up )?(?:the |their )?"
     rf"{SIGNUP}\b"
     # "They haven't opened it up for sign-ups yet"
     rf"|\b{HAS_NOT} (?:yet )?opened (?:it |things |the \w+ )?(?:up )?(?:for|to) (?:{SIGNUP}"
     r"|new \w+|people|participants|volunteers|patients|applications)\b"),
    # a translation's "The study still did not begin to recruit persons" is true of a study
    # withdrawn before anyone joined as well
    (S.NOT_YET_RECRUITING, frozenset({S.NOT_YET_RECRUITING, S.WITHDRAWN}),
     r"\b(?:did not|didn't|does not|doesn't)(?: yet| still)? (?:begin|start) (?:to recruit|to enrol"
     r"|to accept|to take|recruiting|enrolling|accepting|taking)\b"
     # nobody in it up to now: "Nobody has been signed up so far", "no one has enrolled yet"
     r"|\b(?:no one|nobody|no participants?|no patients?) (?:has|have) (?:yet |so far )?"
     r"(?:ever )?(?:been )?(?:enrol+ed|recruited|signed up|joined)\b"),
    (S.TERMINATED, frozenset({S.TERMINATED}),
     rf"\b{STUDY}(?: was| has been| is|'s been) {ADV}terminated\b|\bstatus: terminated\b"),
    # called off after it began: "The study was called off before its planned finish"
    (S.TERMINATED, frozenset({S.TERMINATED, S.SUSPENDED}),
     rf"\b{STUDY} (?:was|has been|got) {ADV}(?:cancel+ed|called off){_CUT_SHORT}\b"),
    (S.TERMINATED, frozenset({S.TERMINATED, S.WITHDRAWN, S.SUSPENDED}),
     r"\b(?:stopped|ended|closed|halted|finished|interrupted)(?: it| the study| the trial)?"
     r" (?:early|ahead of schedule|before (?:it was finished|its planned end|the planned end"
     r"|it could finish|completion|(?:of )?(?:its )?time|it was (?:meant|supposed|due"
     r"|scheduled|planned) to (?:end|finish)))\b"
     rf"|\b{STUDY}(?: was| has been|'s been) {ADV}(?:stopped|halted|cut short)\b"
     # the study itself stopped before its end, however the end is qualified: "The study was
     # interrupted before the end foreseen" (a translation's adjective after its noun)
     rf"|\b{STUDY}(?: was| has been|'s been) {ADV}(?:stopped|interrupted|halted|ended|closed)"
     r" before (?:the|its) (?:[\w-]+ )?end\b"),
    # stopped short in spoken wording: "brought to a halt early", "they pulled the plug on
    # it", "shut down prematurely", "the trial was scrapped"
    (S.TERMINATED, frozenset({S.TERMINATED, S.WITHDRAWN, S.SUSPENDED}),
     r"\b(?:brought|came|come|ground|grinding|coming) to an? (?:\w+ )?(?:halt|standstill"
     r"|(?:early|premature|abrupt|sudden) (?:end|stop|close))\b|\bpull(?:ed|s)? the plug\b"
     r"|\b(?:stopped|ended|closed|halted|finished|shut down|wound down|wrapped up|terminated)"
     # "shut it down early", "shut the whole thing down early" (not "early on Fridays")
     r" prematurely\b|\b(?:shut|wound) (?:[\w']+ ){0,3}?down (?:early(?! (?:on|in|morning"
     r"|evening|afternoon|\d))|ahead of schedule)\b"
     rf"|\b{STUDY}(?: was| has been|'s been| got) {ADV}(?:scrapped|axed|shelved|abandoned"
     r"|discontinued|shut down)\b"),
    # ended before its time: "It was brought to a close earlier than planned", "wound up
    # sooner than expected"
    (S.TERMINATED, frozenset({S.TERMINATED, S.WITHDRAWN, S.SUSPENDED}),
     # (brought to any stop: "brought to a stop sooner than planned", "to a halt")
     r"\b(?:ended|closed|stopped|finished|halted|brought to (?:a |an )?(?:close|end|stop|halt"
     r"|standstill)|wound up"
     r"|wrapped up|came to an end|shut down) (?:much |a little |a bit |well )?(?:earlier|sooner)"
     r" than (?:originally )?(?:planned|expected|intended|scheduled|hoped)\b"
     r"|\bbrought to (?:a close|an end) early\b"),
    (S.SUSPENDED, frozenset({S.SUSPENDED}),
     rf"\b{STUDY}(?: is| was| has been|'s|'s been) {ADV}(?:suspended|paused|(?:put )?on hold"
     rf"|temporarily stopped)\b|\b{SIGNUP}(?: is| are| has been| have been|'s) {ADV}(?:paused"
     r"|on hold|suspended)\b"
     r"|\bstatus: suspended\b"),
    # an expanded-access programme's pause: "Temporarily unavailable through the programme"
    (S.TEMPORARILY_NOT_AVAILABLE, frozenset({S.TEMPORARILY_NOT_AVAILABLE, S.SUSPENDED}),
     r"\btemporarily (?:unavailable|not available|closed|on hold|paused)\b"
     # the supply paused is the programme paused: "Supply's on hold for a bit", "Briefly
     # unavailable"
     r"|\b(?:supply|supplies)(?:'s| is| are| has been| have been)? (?:now |currently )?(?:paused"
     r"|on hold|suspended)\b|\bbriefly (?:unavailable|not available)\b"),
    # Why any verb of handing over, negated: a programme that does not supply, give out or
    # provide its treatment is not available, in whatever words ("the treatment is no longer
    # supplied", "the programme's not handing it out", "cannot supply the treatment"). True
    # of every status but an open programme's: a trial may well say it gives nothing out.
    (S.NO_LONGER_AVAILABLE, frozenset(set(Status) - {S.AVAILABLE}),
     # the supply ended is the programme closed: "Supplies have stopped", "No longer
     # available any more" (said only against an open programme)
     r"\b(?:supply|supplies)(?:'s| has| have| is| are| was)? (?:now )?(?:ended|stopped|ceased"
     r"|run out|finished)\b|\bnot available any ?more\b|"
     # (what is handed over is the treatment, or nothing is named: "can't give medical
     # advice" is no status; said in the passive, the treatment is its subject: "results are
     # not given" is no status either)
     r"(?:(?:\b(?:not|no longer|never|cannot|can not)|n't)\s+(?:supplying|supply|providing"
     r"|provide|giving|give|handing|hand|dispensing|dispense|offering|offer|making)"
     r"(?:\s+(?:it|them|(?:the|this|its|their|that) (?:study )?(?:treatment|drug|medicine"
     r"|therapy|product|vaccine|device|medication)))?(?:\s+(?:out|available))?"
     r"|\b(?:it|treatment|drug|medicine|therapy|product|vaccine|device|medication)(?: is| are"
     r"|'s| was)(?: now)? (?:not|no longer|never) (?:being )?(?:supplied|provided|given out"
     r"|handed out|dispensed|offered|made available))"
     r"(?=\s*(?:[.,;!)\n]|$|anymore\b|any more\b|any longer\b|for now\b|at (?:the|this)"
     r" (?:moment|time)\b|(?:under|through|by|in|from|via) (?:this|the|its) (?:programme"
     r"|program|scheme)\b))"),
    # a programme open now, said as what a doctor may do: "Doctors can at present ask for the
    # drug", "a physician may request it through the scheme". Said only against a programme
    # that is closed or paused: a trial's summary may well tell doctors what they can ask.
    (S.AVAILABLE, frozenset(set(Status) - {S.NO_LONGER_AVAILABLE, S.TEMPORARILY_NOT_AVAILABLE}),
     r"\b(?:doctors?|physicians?|clinicians?|prescribers?)(?: [\w']+){0,2}? (?:can|may) (?:"
     r"(?:currently|now|presently|at present|at the moment|still) (?:apply|ask|request|obtain)\b"
     r"|(?:apply|ask|request|obtain)\b(?=[^.;]{0,60}\b(?:through|via|under|from) (?:the|this|its)"
     r" (?:programme|program|scheme)\b))"),
    (S.ENROLLING_BY_INVITATION, frozenset({S.ENROLLING_BY_INVITATION}),
     r"\bby invitation\b|\binvitation only\b|\bonly (?:people|those|patients) (?:who are )?"
     r"invited\b|\bonly (?:join|take part|enrol+|sign up) if (?:you are|you're|they are) invited"
     r"\b"),
    (S.ACTIVE_NOT_RECRUITING, frozenset({S.ACTIVE_NOT_RECRUITING}),
     r"\bactive,? (?:but )?not recruiting\b|\bstatus: active\b"),
    (S.ACTIVE_NOT_RECRUITING,
     frozenset({S.ACTIVE_NOT_RECRUITING, S.COMPLETED, S.TERMINATED, S.SUSPENDED, S.UNKNOWN}),
     r"\bno longer (?:recruiting|enrolling|accepting|looking for|taking|open to|signing up)\b"
     # (shut as well as closed, and to newcomers: "the doors are shut to newcomers")
     r"|\b(?:closed|shut) to (?:new )?(?:enrol+ment|recruitment|participants|people|patients"
     r"|volunteers|members|entrants|applicants|sign-?ups|newcomers|new-?comers|latecomers"
     r"|joiners)\b"
     rf"|\b{SIGNUP}(?: is| has| was|'s) (?:now )?(?:closed|finished|ended|over|"
     rf"complete|full)\b|\b{SIGNUP} (?:has )?(?:closed|ended|finished)\b"
     rf"|\b{STUDY}(?: is| was|'s) (?:now )?full\b|\b(?:can|could) no longer (?:join|sign up|enrol)"
     r"|\bfinished (?:recruiting|enrolling)\b|\bno new (?:participants|people|patients) "
     r"(?:are|can be|will be) (?:accepted|enrolled|recruited)\b"
     # "they're not adding anyone new"
     r"|(?:\bnot|n't) (?:adding|admitting|letting in|bringing in) (?:anyone|anybody"
     r"|(?:any )?(?:more|new) (?:people|participants|volunteers|patients|members))\b"
     r"|(?:\bnot|n't) (?:letting|allowing) (?:anyone|anybody)(?: else| new)? in\b"
     # a translation's "it does not accept more persons"
     r"|\b(?:does not|doesn't|do not|don't) (?:accept|admit|take|enrol+|recruit) (?:more|new"
     r"|any more|further) (?:persons|people|participants|patients|volunteers)\b(?! than)"
     rf"|\b{SIGNUP} (?:now|already) closed\b"),
    (S.ACTIVE_NOT_RECRUITING,
     frozenset(set(Status) - {S.RECRUITING, S.ENROLLING_BY_INVITATION}),
     rf"\b{IS_NOT} (?:currently |now )?{TAKING}|\bnot recruiting\b"
     # "Status: not open to sign-ups yet": the open-for-joining wording, negated
     rf"|\bnot (?:currently |yet |now )?open (?:to new|(?:for|to) (?:{SIGNUP}|applications"
     r"|applicants|new \w+|sign-ups))\b"),
    # (not "finished in November 2010" or "had wound up on 10 October", which a study stopped
    # early did too, nor "is complete DiGeorge anomaly", which names an illness)
    (S.COMPLETED, frozenset({S.COMPLETED}),
     rf"\b{STUDY}(?: has| have| had| is| was|'s) {ADV}(?:been )?(?:completed|finished(?! (?:in|on)"
     r" )|complete(?=\s*(?:[.,;:!?)\n-]|$|and\b|now\b|since\b))|concluded|wrapped up(?! (?:in|on) )"
     r"|wound up(?! (?:in|on) )"
     r"|finali[sz]ed)"
     r"\b(?! early)|\bstatus: completed\b"
     # Why as the listing calls it: a study listed, marked or shown as finished is said to be
     # finished, in whatever form the verb takes ("is marked as having concluded", "is
     # listed as completed")
     rf"|\b{STUDY}(?: is| was|'s) {ADV}(?:listed|registered|recorded|shown|marked|flagged"
     r"|logged|described|reported|given) as (?:having )?(?:been )?(?:completed|complete"
     r"|finished|concluded)\b(?! (?:early|by|ahead)\b)"
     # a headline or a label's value: "Availability: Study completed." ("Study completed by
     # 120 people" says what the people did)
     r"|(?:^|(?<=[:.!;] )|(?<=\n))(?:the )?(?:study|trial) (?:now |already )?completed\b"
     r"(?! (?:by|early|ahead)\b)"
     # Why here and not with "reached its end" below: a study that reached its conclusion
     # or its finish line ran its course, which one stopped early or never started did not
     # (the determiner may go: "has reached completion"; not "reached completion of its
     # enrolment", which is the sign-up's end)
     r"|\b(?:has|had|have|'s) (?:already |now |finally |successfully )?(?:reached|come to)"
     r" (?:(?:its|the|their) )?(?:natural |planned |full )?(?:conclusion|completion"
     r"|finish(?: line)?)\b(?! of\b)"
     # the same end said in the passive: "the trial has now been brought to completion"
     # (not "brought to a halt", which a study stopped early was too)
     r"|\b(?:has|had|have|'s|is|was) (?:already |now |finally |successfully )?(?:been )?"
     r"brought to (?:(?:its|a|the) )?(?:successful |full |natural )?(?:completion|conclusion)\b"
     r"(?! of\b)"
     # a second verb that shares the study as its subject: "The study has run a while and
     # is now complete" (a clause of its own, so not "the people who joined and completed")
     rf"|\b(?:study|trial)\b(?: [\w']+){{1,6}}? and (?:is|has been) {ADV}(?:complete|completed)"
     r"(?=\s*(?:[.;!)\n]|$))"),
    (S.COMPLETED, frozenset({S.COMPLETED, S.TERMINATED, S.WITHDRAWN}),
     rf"\b{STUDY}(?: has| had|'s) {ADV}(?:ended|closed)\b(?! early)"
     rf"|\b{STUDY}(?: has| had|'s)? {ADV}(?:been )?finished(?= (?:in|on) )"
     rf"|\b{STUDY}(?: is| was|'s) {ADV}over\b|\b{STUDY} ended (?:in|on)\b"
     rf"|\b{STUDY}(?: is| was|'s) {ADV}closed\b(?! to)"
     # "This one has already reached its end"
     r"|\b(?:has|had|have) (?:already |now )?(?:reached|come to) (?:its|the|their) (?:end"
     r"|close)\b"),
    (S.RECRUITING, frozenset({S.RECRUITING, S.ENROLLING_BY_INVITATION}),
     rf"\b{IS} (?:now |currently |still |actively |already |presently |at present )?{TAKING}"
     rf"|\b(?:currently|now|still) {TAKING}|\brecruiting (?:now|right now|at the moment)\b"
     r"|\bstatus: recruiting\b"
     # the plain present, said of now: "In this moment the study recruits participants"
     r"|\b(?:now|currently|presently|at present|(?:at|in) (?:the|this) moment),? (?:the |this )?"
     r"(?:study|trial|research|project) (?:recruits|enrol+s|accepts|admits|seeks|welcomes)\b"
     # open for joining: "open for sign-ups", "enrolment remains open", "open to applicants"
     rf"|\bopen (?:to new|(?:for|to) (?:{SIGNUP}|applications|applicants|new \w+|sign-ups))\b"
     rf"|\b{SIGNUP}(?: is|'s| remains| stays)(?: still| now| currently)? (?:open|ongoing|under "
     r"way|underway)\b"),
    # a poster's or a post's wording: "Enrolling now", "Enrolment open", "Sign-ups are
    # open", "Places still available", "Volunteers wanted" (a rule of its own: its key words
    # would make the one above run around every "now")
    (S.RECRUITING, frozenset({S.RECRUITING, S.ENROLLING_BY_INVITATION}),
     rf"\b{TAKING} (?:now|right now|today|at present|as we speak)\b"
     rf"|\b(?:{SIGNUP}|applications|spots|places|spaces|slots)(?: are| is|'s)?(?: still| now)?"
     # (not when it opens later: "sign-ups open soon", "places open next month")
     r" (?:open|available|remaining)\b(?! (?:from|in|on|until|after|to (?:\d|20)|later|soon"
     r"|shortly|next|once|when)\b)"
     r"|(?<![\d,] )(?<!no )(?<!more )\b(?:volunteers|participants) (?:urgently |still |now )?"
     r"(?:needed|wanted)\b(?! (?:to|for) \d)"
     # a verb with its object, not a poster's call: "Participants needed their own
     # smartphone", "needed to have a diagnosis"
     r"(?! (?:their|his|her|its|your|our|my|a|an|the|some|any|no|at least|both|each|only|also"
     r"|either|to (?:have|be|own|bring|use|wear|attend|stop|keep|complete|live|meet|sign|show"
     r"|provide|agree|speak|read|weigh|carry))\b)"),
    (S.RECRUITING,
     frozenset({S.RECRUITING, S.ACTIVE_NOT_RECRUITING, S.ENROLLING_BY_INVITATION, S.SUSPENDED}),
     # "it's going on over in France" says where, not that it is still open ("still going
     # on in France" says both)
     rf"\b{STUDY}(?: is|'s) (?:still )?(?:ongoing|going on(?! (?:over |out )?(?:in|at|across"
     rf"|around|throughout)\b)|going ahead|{_RUNNING}|under ?way"
     r"|in progress|in course"
     rf"|active)\b|\bstill (?:going on|going(?! to)|ongoing|{_RUNNING}|under ?way|in progress"
     # minutes' "The study continues, but recruitment has closed" (not "continues to
     # recruit", nor what a participant does: "treatment continues for a year")
     # ("the study itself continues": the study set against its sign-up)
     r"|active)\b|\b(?:study|trial|research|project) (?:itself )?(?:still )?(?:continues"
     r"|is continuing"
     r"|carries on|goes on)\b(?! (?:for|until|through|to|into|after|with)\b)"
     # a newsletter's fragment: "In progress, with sign-ups now closed."
     r"|(?:^|(?<=[.!?:] )|(?<=\n))(?:still )?(?:in progress|under ?way|ongoing)"
     r"(?=[,;.]| with\b| but\b)"),
    (S.UNKNOWN, frozenset({S.UNKNOWN}),
     r"\bstatus (?:of this study )?is (?:not known|unknown)\b|\bstatus: unknown\b"
     r"|\b(?:has not|hasn't) been (?:updated|verified)\b"),
]  # fmt: skip
_STATUS_KEYS = [
    "withdrawn stopped never cancelled canceled called enrol enroll recruit anyone one nobody"
    " anybody participants participant patients patient single person persons entered",
    "yet start begin open started begun recruitment enrollment enrolment sign signup signups "
    "registration intake opens starts begins opened",
    "begin start nobody one participants participant patients patient",
    "terminated",
    "cancelled canceled called",
    "early schedule before stopped halted cut interrupted",
    "halt standstill early premature abrupt sudden plug prematurely shut wound scrapped axed "
    "shelved abandoned discontinued",
    "earlier sooner early",
    "suspended paused hold stopped",
    "temporarily supply supplies briefly",
    "available supplies supplied supplying supply provided providing provide given giving give "
    "handed handing hand dispensed dispensing dispense offered offering offer made making",
    "doctor doctors physician physicians clinician clinicians prescriber prescribers",
    "invitation invited",
    "active",
    "longer closed shut finished ended over complete new full adding admitting letting bringing "
    "allowing more further",
    "not",
    "completed finished complete concluded wrapped wound finalized finalised conclusion finish "
    "completion",
    "ended closed over reached come",
    "recruiting enrolling looking seeking accepting signing taking searching bringing open "
    "welcoming admitting letting "
    "recruitment enrollment enrolment registration intake signup signups recruits enrols enrolls "
    "accepts admits seeks welcomes",
    "now today present speak available remaining needed wanted recruitment enrollment enrolment "
    "registration intake signup signups ups applications spots places spaces slots",
    "ongoing going running underway way progress active continues continuing carries goes course",
    "unknown known updated verified",
]
STATUS_RULES: list[tuple[Status, frozenset[Status], Rule]] = [
    (label, allowed, Rule(pattern, keys))
    for (label, allowed, pattern), keys in zip(_STATUS_PATTERNS, _STATUS_KEYS, strict=True)
]
# The past simple, true of a stopped study too: "it wrapped up in June 2023", "the trial
# finished last year" (read only before its verb: "completed" is a common word).
# What may follow a study said to have ended: when it did, or the sentence's end.
_ENDED_WHEN = (
    r"(?= (?:in|on|last|back|earlier|some|a few|several|two|three|years?|months?)\b|[.,;!]|$)"
)
STATUS_RULES.insert(
    next(i for i, (label, allowed, _) in enumerate(STATUS_RULES) if S.WITHDRAWN in allowed
         and label == S.COMPLETED),
    (S.COMPLETED, frozenset({S.COMPLETED, S.TERMINATED, S.WITHDRAWN}), EndsAtKeyRule(
        rf"\b{STUDY} {ADV}(?:finished|concluded|wrapped up|wound up){_ENDED_WHEN}",
        "finished concluded wrapped wound")),
)  # fmt: skip
# Why "completed" apart: a study that ran to completion ran, which a withdrawn one never did
# ("Status: Study completed" of a study withdrawn before anyone joined).
STATUS_RULES.insert(
    next(i for i, (label, allowed, _) in enumerate(STATUS_RULES) if S.WITHDRAWN in allowed
         and label == S.COMPLETED),
    (S.COMPLETED, frozenset({S.COMPLETED, S.TERMINATED}), EndsAtKeyRule(
        rf"\b{STUDY} {ADV}completed{_ENDED_WHEN}",
        "completed")),
)  # fmt: skip
# The value of a "Status:" item, read from its start: each maps to the statuses it is
# true of, as the sentence patterns above do ("closed" is true of a completed study too).
_STATUS_VALUES: list[tuple[frozenset[Status], str]] = [
    (frozenset({S.NOT_YET_RECRUITING}),
     r"not yet (?:recruiting|open|started|enrolling)|not (?:open|started|recruiting) yet|planned"
     r"|upcoming|coming soon|opening soon|opens soon|pending|yet to (?:open|start|begin)"),
    (frozenset({S.ACTIVE_NOT_RECRUITING}), r"active,? (?:but )?not recruiting"),
    (frozenset({S.ENROLLING_BY_INVITATION}), r"(?:enrol+ing )?by invitation|invitation only"
     r"|invite only"),
    (frozenset({S.TERMINATED, S.WITHDRAWN, S.SUSPENDED}),
     r"terminated|stopped(?: early)?|ended early|halted|closed early|cut short"),
    (frozenset({S.WITHDRAWN}), r"withdrawn|cancel+ed|called off|never (?:started|opened)"),
    (frozenset({S.SUSPENDED}), r"suspended|paused|on hold"),
    # an access programme's: what is handed out, not who is taken in
    (frozenset(set(Status) - {S.AVAILABLE}),
     r"no longer (?:available|supplied|provided|offered|given out|handed out)"),
    (frozenset({S.TEMPORARILY_NOT_AVAILABLE, S.SUSPENDED}),
     r"temporarily (?:unavailable|not available)"),
    (frozenset(set(Status) - {S.NO_LONGER_AVAILABLE, S.TEMPORARILY_NOT_AVAILABLE}),
     r"available"),
    (frozenset({S.ACTIVE_NOT_RECRUITING, S.COMPLETED, S.TERMINATED, S.SUSPENDED, S.UNKNOWN}),
     r"closed(?: to (?:new )?\w+)?|no longer (?:recruiting|open|enrolling)|full"),
    (frozenset({S.COMPLETED}), r"completed|complete|finished|done"),
    (frozenset({S.COMPLETED, S.TERMINATED, S.WITHDRAWN}), r"ended|over"),
    (frozenset({S.RECRUITING, S.ENROLLING_BY_INVITATION}),
     r"(?:now |currently |still |actively )?(?:recruiting|enrolling|accepting|signing up"
     r"|seeking)"),
    # Why apart: an access programme open to requests is open too ("Status: Open, doctors
    # may ask for it"), though it takes in nobody; a finished or withdrawn study is not.
    (frozenset({S.RECRUITING, S.ENROLLING_BY_INVITATION, S.AVAILABLE}),
     r"(?:now |currently |still )?open"),
    (frozenset({S.RECRUITING, S.ACTIVE_NOT_RECRUITING, S.ENROLLING_BY_INVITATION, S.SUSPENDED}),
     r"ongoing|active|running|in progress|under ?way"),
    (frozenset({S.UNKNOWN}), r"unknown|not known"),
]  # fmt: skip
# Why the study may lead the value: a status line often names what it is about before the
# state ("Status: Study completed", "Status - The trial is paused").
_STATUS_VALUE_LEAD = (
    r"(?:(?:the |this )?(?:study|trial|project|programme|program)(?:'s| is| has| was)? )?"
)
STATUS_VALUE_RES = [
    (allowed, re.compile(rf"{_STATUS_VALUE_LEAD}(?:{p})\b")) for allowed, p in _STATUS_VALUES
]
# A fragment that is nothing but a status, as a card's head line or a fact list gives it
# ("NCT01234567 · Phase 2 · Recruiting", "Active, closed to new participants"): each part
# between commas must be a status value, and the fragment is true of the statuses every
# part is true of. Words that name other things when they stand alone ("Open" for
# open-label, "Planned" for a date, "Full", "Done", "Over") are not read bare.
STATUS_FRAGMENT_RES = [(allowed, re.compile(p)) for allowed, p in _STATUS_VALUES]
_NOT_BARE_STATUS = frozenset(["open", "planned", "pending", "full", "done", "over"])
STATUS_FRAGMENT_WORDS = frozenset(
    ["recruiting", "enrolling", "active", "completed", "complete", "finished", "terminated",
     "withdrawn", "suspended", "closed", "ended", "ongoing", "running", "invitation", "unknown",
     "stopped", "halted", "paused", "hold", "cancelled", "canceled", "upcoming", "under",
     "underway", "progress"]
)  # fmt: skip


def _bare_status(part: str) -> frozenset[Status] | None:
    """The statuses a fragment made only of status values is true of, else None."""
    allowed: frozenset[Status] = frozenset(Status)
    for piece in re.split(r"[,;] ", part):
        piece = piece.strip()
        if piece in _NOT_BARE_STATUS:
            return None
        found = next((a for a, value_re in STATUS_FRAGMENT_RES if value_re.fullmatch(piece)), None)
        if found is None:
            return None
        allowed &= found
    return allowed


_STATUS_GLOSS_RE = re.compile(r" ?\(([a-z ,]{3,40})\)")
_ASKED_BEFORE_RE = re.compile(r"\b(?:if|whether)\b[^.;,:]{0,30}$")
# A question with no yes after it asserts nothing: "Is it still going?" as a poster's heading,
# answered on the next line in words the status readers check themselves.
_ASKED_ONLY_RE = re.compile(
    r"[^.?!\n]{0,60}\?(?!\s*(?:(?:A|Answer)\s*[:.-]\s*)?[*_>»\s–—-]*(?:yes|yep|yeah|yup|sure"
    r"|absolutely|definitely|certainly|indeed|it is|it's|they are|that's right|correct)\b)",
    re.IGNORECASE,
)
_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:when|after|once|until|before|by the time|if|whether|expected|will|planned|plans)\b"
    r"[^.]{0,40}$"
)
# Why any status, and the whole family of wishing and planning: what someone hopes, plans or
# is meant to see is no state of the study, whichever status it names ("They hope to see it
# finished in December 2018", "the team aims to have it recruiting by May").
_WISH_BEFORE_RE = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?"
    r"|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|expect(?:s|ed|ing)?|meant|supposed|set|due"
    r"|scheduled|looking forward|pray(?:s|ed|ing)?|trust(?:s|ing)?) to\b[^.;:]{0,40}$"
)


# A "Condition:" label's value that is a study's state, not an illness: a lost-and-found
# notice's "Condition: withdrawn - it never enrolled anyone" (read here as a status, and so
# skipped by the condition check).
STATUS_WORD_VALUE_RE = re.compile(
    r"\s*(?:withdrawn|terminated|completed|recruiting|not yet recruiting|suspended|closed"
    r"|finished|stopped|ongoing|active|open|unknown|halted|cancel+ed)\b(?![ \t]*(?:[a-z]+[ \t]+)?"
    r"(?:disease|disorder|syndrome|infection|cancer|illness)|[ \t]+[a-z]{3,}[ \t]*(?:$|[.,;]))"
)


@check
def status_matches(ctx: Context) -> Iterator[Finding]:
    status = ctx.trial.overall_status
    if status is None:
        return
    taken: list[tuple[int, int]] = []
    flagged: list[tuple[int, int]] = []
    said_in: set[tuple[Status, int]] = set()
    for label, allowed, rule in STATUS_RULES:
        for match in rule.finditer(ctx):
            span = match.span()
            # "not recruiting" must not also count as "recruiting".
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            if status in allowed:
                continue
            before = ctx.clause_before(span[0], 60)
            if label in (S.COMPLETED,) and _FUTURE_BEFORE_RE.search(before):
                continue  # "results come out when the study is over"
            if _ASKED_BEFORE_RE.search(before):
                continue  # "nobody has said lately if the study is still going": asked, not said
            if _ASKED_ONLY_RE.match(ctx.masked, span[1]):
                # a heading's question asks, and a "no" after it denies ("Is it still going?
                # No, it finished in 2020"); its answer says, and is read on its own
                continue
            if _WISH_BEFORE_RE.search(before):
                continue
            # one status said twice in a sentence is one finding: "It was withdrawn before
            # anyone enrolled"
            sentence = (label, ctx.sentence_at(span[0])[0])
            if sentence in said_in:
                continue
            said_in.add(sentence)
            flagged.append(span)
            yield error(
                "status.mismatch",
                "overall_status",
                f"Summary says {ctx.text[span[0] : span[1]]!r} ({label.value}); the record says "
                f"{status.value} (overall_status).",
                span,
            )
    for item in ctx.labelled_items:
        # a notice's "Condition: withdrawn" gives the study's state too
        gives_state = item.field == "status" or (
            item.field == "condition"
            and STATUS_WORD_VALUE_RE.match(ctx.lower, item.value_start, item.value_end)
        )
        read_already = item.field == "status" and any(
            a < item.value_end and item.value_start < b for a, b in taken
        )
        if not gives_state or read_already:
            continue  # (read_already: a sentence pattern has read this value)
        for allowed, value_re in STATUS_VALUE_RES:
            said = value_re.match(ctx.masked, item.value_start, item.value_end)
            if said is None:
                continue
            # a status glossed in brackets is the one the bracket names: "over (completed)"
            span = said.span()
            gloss = _STATUS_GLOSS_RE.match(ctx.masked, said.end(), item.value_end)
            if gloss:
                glossed = _bare_status(gloss.group(1))
                if glossed is not None:
                    allowed = allowed & glossed
                    span = (span[0], gloss.end())
            if status not in allowed:
                flagged.append(span)
                yield error(
                    "status.mismatch",
                    "overall_status",
                    f"Summary says {ctx.text[span[0] : span[1]]!r}; the record says "
                    f"{status.value} (overall_status).",
                    span,
                )
            break
    for a, b in short_fragments(ctx, STATUS_FRAGMENT_WORDS, 60):
        # A sentence pattern may have read part of it ("closed to new participants" is
        # true of a completed study; "Active, closed to new participants" is not).
        if any(x < b and a < y for x, y in flagged):
            continue
        said = ctx.masked[a:b]
        if STATUS_FRAGMENT_WORDS.isdisjoint(said.replace(",", " ").split()):
            continue
        allowed = _bare_status(said)
        if allowed is not None and status not in allowed:
            flagged.append((a, b))
            yield error(
                "status.mismatch",
                "overall_status",
                f"Summary says {ctx.text[a:b]!r}; the record says {status.value} (overall_status).",
                (a, b),
            )
    # (a sentence a pattern read and found true may say more: "The trial carries on, but
    # newcomers are no longer being signed up")
    yield from _status_by_meaning(ctx, status, flagged)


# --- status by meaning --------------------------------------------------------------

# The status patterns above are wordings; a new style brings new ones ("remains underway but
# is no longer accepting newcomers", "brought to a stop early"). A status sentence says a few
# things in any words: whether the study is over, stopped early, still going, taking people,
# not yet open, paused or never run. Each is true of a set of statuses; a sentence is true of
# the statuses all its parts are true of.
_OPEN_ENDED = frozenset({S.RECRUITING, S.ENROLLING_BY_INVITATION, S.AVAILABLE})
_TAKING_NOW = (
    rf"(?:(?:accepting|taking|admitting|looking for|seeking|signing up|open to|letting|allowing"
    rf"|welcoming) {_PEOPLE_OBJECT}"
    r"|enrolling|recruiting|accepting)"
)
_NOT_STARTED = frozenset({S.NOT_YET_RECRUITING, S.WITHDRAWN})
# Why one group of verbs for starting: a report's "had not commenced", a memo's "has not
# kicked off" and a chat's "hasn't got going" all say the same; each reading below that is
# about a start takes any of them.
_STARTED = (
    r"(?:opened|open|started|begun|begin|start|commenced?|launched|launch|kicked off"
    r"|got (?:going|started|under ?way))"
)
# A past-tense state pinned to the moment the text reports from ("was enrolling participants
# at the reporting date", "were recruiting as of the last update") says the status then,
# which is the status the summary reports: not a history ("was enrolling from 2010 to 2012").
_AS_OF_NOW = (
    r"(?=[^.;]*\b(?:(?:at|as of|as at|on) (?:the )?(?:reporting date|report date|date of (?:this "
    r"|the )?report|time of (?:writing|reporting|this report|the report)|last (?:update|report)"
    r"|data cut-?off|cut-?off date)\b"
    # reported speech shifts "is" back to "was", with its "now" as "at that point": "The
    # host explained that the team was signing up volunteers at that point" (at the clause's
    # end only: "was recruiting at that point in 2012" is a history)
    r"|at (?:that|this) (?:point|time|stage)(?=\s*(?:[.,;:!]|$))))"
)
# The same moment said before the state, as a label or a caption opens: "As this label was
# written, the study was enrolling new volunteers". The state is the pattern's "said" group.
_WRITTEN_THEN = (
    r"\b(?:as|when|at the time) (?:this|the) (?:[\w-]+ )?(?:was|were) (?:written|prepared"
    r"|compiled|drafted|put together|mounted|made|printed|last updated|updated)\b[^.;]*?"
)
# Why the state is read with no subject before it: "They haven't opened it up" names the
# study as its object, and the object is taken into what is said.
_THE_STUDY_AS_OBJECT = r"(?: (?:it|the study|the trial|this one)(?: up)?)?"
_STATUS_MEANINGS: list[tuple[frozenset[Status], re.Pattern[str]]] = [
    (_NOT_STARTED, re.compile(
        r"\b(?:(?:had|has|have) not yet|not yet|yet to|(?:has|had|have)(?:n't| not)) (?:"
        rf"{_STARTED}{_THE_STUDY_AS_OBJECT}|recruiting|enrolling|accepting|taking|under ?way)\b"
        r"|\bnot (?:recruiting|enrolling|open|opened|accepting|started|begun|running) yet\b"
        # nobody taken in yet, in the passive of any verb of taking people in: "No one's
        # been signed up yet", "nobody has yet been enrolled"
        r"|\b(?:nobody|no one|no-one|not one (?:person|patient|volunteer))(?:'s| has| have)?"
        r" (?:yet )?been (?:signed up|signed on|enrol+ed|recruited|taken on|taken in|admitted"
        r"|brought in|registered)(?: so far| yet)?\b")),
    # not taking people now: also true of a study that has not opened
    (frozenset(S) - _OPEN_ENDED, re.compile(
        rf"\b(?:not|isn't|aren't) (?:currently |presently |now )?(?!{_WHO_NOT_STATUS})"
        rf"{_TAKING_NOW}\b(?! yet)"
        # the same said with "without" or "no" before the people: "carrying on without
        # taking newcomers", "it took no newcomers"
        r"|\bwithout (?:taking|accepting|admitting|signing up|enrolling|recruiting|letting in"
        r"|bringing in) (?:any )?(?:new|more|further|fresh)? ?(?:people|participants|patients"
        r"|volunteers|members|newcomers|new-?comers|joiners|entrants|anyone|anybody)\b"
        r"|\b(?:takes|took|taking|accepts|accepted|accepting|admits|admitted|admitting) no "
        r"(?:new|more|further|fresh)? ?(?:people|participants|patients|volunteers|members"
        r"|newcomers|new-?comers|joiners|entrants)\b")),
    # no longer taking people: it was open once
    (frozenset(S) - _OPEN_ENDED - {S.NOT_YET_RECRUITING}, re.compile(
        rf"\b(?:no longer|stopped|has stopped|finished) (?:currently |now )?{_TAKING_NOW}\b"
        # passive: "newcomers are no longer being signed up", "no longer accepted"
        r"|\bno longer (?:being )?(?:signed up|signed on|enrol+ed|recruited|accepted|admitted"
        r"|taken on|taken in)\b"
        # the sign-up is over, not the study: "enrolment is complete"
        rf"|\b{SIGNUP} (?:is |are |has |have |was |were |has been |have been )?(?:now |already )?"
        r"(?:complete|completed"
        r"|closed|over|finished|full)\b"
        r"|\b(?:closed|shut) to (?:new|further|more|any|newcomers|new-?comers|latecomers"
        r"|joiners)\b|\bnot offered any ?more\b|\bno longer (?:offered"
        r"|available)\b")),
    (_OPEN_ENDED, re.compile(
        # (a caption's "shows the study as recruiting" or "as open and signing up
        # volunteers" says it is)
        r"\b(?:is|are|'s|'re|still|now|currently|actively|open and|(?<!such )as"
        r"|(?:was|were)(?= (?:\w+ )?(?:recruiting|enrolling|accepting|taking|signing up|seeking"
        rf"|looking for|welcoming)\b{_AS_OF_NOW}))"
        r" (?:recruiting|enrolling"
        rf"|(?:accepting|taking|looking for|seeking|signing up|letting|allowing|welcoming)"
        rf" {_PEOPLE_OBJECT})\b"
        # not "open to people aged 18 to 65", which says who may join
        r"|\bopen (?:to|for) (?:new|more) (?:participants|volunteers|people|patients)\b"
        r"|\bopen for (?:enrol\w*|sign-?ups?|applications|recruitment)\b"
        rf"|{_WRITTEN_THEN}(?P<said>\b(?:was|were) (?:recruiting|enrolling"
        rf"|(?:accepting|taking|looking for|seeking|signing up|welcoming) {_PEOPLE_OBJECT})\b)")),
    (frozenset({S.RECRUITING, S.ACTIVE_NOT_RECRUITING, S.ENROLLING_BY_INVITATION, S.SUSPENDED,
                S.AVAILABLE, S.NOT_YET_RECRUITING}), re.compile(
        r"\bnot (?:yet )?(?:finished|over|done|complete|completed|ended)\b")),
    (frozenset({S.TERMINATED, S.WITHDRAWN, S.SUSPENDED, S.TEMPORARILY_NOT_AVAILABLE}), re.compile(
        r"\b(?:stopped|ended|halted|closed|finished|shut down|brought to a (?:stop|halt|close"
        # ("finished in early 2019" is a date)
        r"|end)|wound up|called off)\b[^.;:]{0,30}?\b(?:(?<!in )early(?! (?:\d|in\b|jan|feb|mar"
        r"|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter))|prematurely"
        r"|ahead of schedule"
        r"|before (?:it was|its|they were) (?:meant|due|planned|supposed|scheduled|set"
        r"|intended))"
        r"|\b(?:prematurely|cut short|terminated)\b")),
    (frozenset({S.SUSPENDED, S.TEMPORARILY_NOT_AVAILABLE}), re.compile(
        r"\b(?:paused|on hold|suspended|temporarily (?:stopped|halted|closed|unavailable"
        # ("temporarily interrupted", "temporarily cut off": any stop for a while)
        r"|interrupted|cut off|disrupted|ceased|blocked|not (?:supplied|provided"
        r"|available|offered)))\b"
        # "Supply through the programme is on a temporary halt"
        r"|\bon (?:a )?(?:temporary )?(?:pause|halt)\b"
        # a break with nothing after it, said of the supply or the programme: "Supply
        # through this route is on a short break" (not a participant's break between visits)
        r"|\b(?:supply|supplies|programme|program|scheme|route)\b[^.;]{0,40}?\b(?:is|are|'s"
        r"|was|were|remains?|as) (?:now |currently |still )?on (?:a )?(?:short |brief |little "
        r"|temporary |quick )?(?:break|pause|hiatus)\b"
        # "the programme's on a break from handing it out", "has taken a short break from
        # supplying it": a break is a pause, whichever verb has it
        r"|\b(?:on|taken|taking|takes|take|having|had|has) (?:a )?(?:short |brief |little "
        r"|temporary |quick )?(?:break|pause|hiatus) from\b"
        # off the programme for a while: "the treatment's briefly off the scheme for now"
        r"|\b(?:temporarily|briefly) off (?:the|this|its) (?:programme|program|scheme)\b"
        r"|\boff (?:the|this|its) (?:programme|program|scheme) (?:for now|for the moment"
        r"|for the time being|temporarily|briefly)\b"
        # Why a stop for a while after its verb too: a halt said to last only for now is a
        # pause, wherever the "for now" stands ("Supply is halted for the moment")
        r"|\b(?:interrupted|halted|stopped|disrupted|ceased|cut off|blocked|paused"
        r"|not (?:supplied|provided|available|offered)|unavailable) (?:for (?:the time being"
        r"|now|the moment|a while|a time)|until further notice)\b")),
    # the treatment no longer handed out, as an access programme says it: "has stopped
    # handing out the treatment", "paused supplying it", "does not hand it out any more"
    (frozenset(S) - {S.AVAILABLE}, re.compile(
        r"\b(?:stopped|paused|halted|ceased|no longer|not|doesn't|does not|isn't|cannot|can't)\b"
        r" (?:\w+ )?(?:hand(?:ing|s)? (?:out|over)|supply(?:ing)?|supplies|provid(?:e|es|ing)"
        # ("halted supply of the treatment": the noun, with its object after "of")
        r"|giv(?:e|es|ing) out|(?:to )?offer(?:s|ing)?)\b (?:of )?(?:(?:the|this|that|its|any) )?"
        r"(?:\w+ )?"
        r"(?:treatment|drug|medicine|medication|therapy|vaccine|device|product|it)\b"
        # "The programme's stopped handing it out"
        r"|\b(?:stopped|paused|halted|ceased|no longer)\b (?:\w+ )?(?:hand(?:ing|s)?|giv(?:e|es"
        r"|ing)) (?:it|them) (?:out|over)\b"
        # "isn't giving it out anymore" (not "isn't giving it out to children")
        r"|\b(?:not|isn't|doesn't|does not|aren't|don't|do not)\b (?:\w+ )?(?:hand(?:ing|s)?"
        r"|giv(?:e|es|ing)) (?:it|them) (?:out|over) (?:any ?more|now|at the moment)\b"
        # passive, as a catalogue's note says it: "treatment no longer supplied", "the
        # programme closed"
        r"|\b(?:treatment|drug|medicine|medication|therapy|vaccine|device|product|it)"
        r" (?:is |are )?(?:no longer|not any ?more) (?:being )?(?:supplied|provided|handed out"
        r"|given out|offered)\b"
        # the participle alone, as a status line clips it: "no longer supplied via the scheme"
        r"|\bno longer (?:being )?(?:supplied|provided|handed out|given out|dispensed)\b"
        # the supply as the subject: "supply of the drug under the scheme has stopped"
        r"|\bsupply\b(?: of [^.;:]{1,50}?)?(?: has| have| had| is| was| has been| was)?"
        r" (?:now )?(?:temporarily )?(?:ceased|stopped|ended|halted|paused|suspended|discontinued"
        r"|interrupted|cut off)\b"
        r"|\b(?:programme|program|scheme)(?:'s| is| has| has been| was)? (?:now )?closed\b"
        r"(?! to\b)"
        # the treatment taken off the programme: "it's off the scheme"
        r"|\b(?:is|are|'s|'re|was|been|now|currently) (?:\w+ )?off (?:the|this|its) (?:programme"
        r"|program|scheme)\b"
        # "it's not available through the programme for a while"
        # (a translation's "at disposition": disponible)
        r"|\b(?:not|isn't|aren't|no longer|not any ?more) (?:currently |presently )?(?:available"
        r"|at (?:the |your |its )?disposition) (?:through|from|via|under|in) (?:the|this|that"
        r"|its) (?:programme|program|scheme)\b")),
    (frozenset({S.WITHDRAWN}), re.compile(
        r"\bwithdrawn\b|\bnever (?:started|began|opened|got going|got started|enrolled|ran)\b"
        # nobody ever let in is a study withdrawn before it began, whatever the verb of its
        # end: "called off with nobody ever joining" ("ever": not "nobody joined late")
        r"|\b(?:nobody|no one|no-one|not one (?:person|patient|volunteer)) ever (?:joining|joined"
        r"|enrol+ed|enrol+ing|signed up|signing up|took part|taking part|signed on)\b")),
    (frozenset({S.RECRUITING, S.ACTIVE_NOT_RECRUITING, S.ENROLLING_BY_INVITATION, S.SUSPENDED,
                S.AVAILABLE}), re.compile(
        # ("got under way in 2005" is when it began)
        r"\b(?:ongoing|(?:is|are|'s|'re|remains?|still|now) (?:\w+ )?under ?way|in progress"
        r"|still (?:running|going|active|going on|open)"
        r"|continuing|remains? (?:active|open)"
        # the study as the one that goes on: "the study continues with the people it has"
        rf"|{STUDY}(?: still)? (?:continues|goes on|keeps going|carries on)"
        # "It's carrying on with the people it's got": the study itself carries on (and as
        # a listing's caption leaves out the verb: "shows the study carrying on")
        rf"|{STUDY}(?: is| are|'s|'re|) (?:still )?carrying on"
        # the past as reported speech gives it, only where what follows says the study went
        # on as it is now: "the study carried on but took no newcomers" (not "the study
        # carried on for two years", a history)
        rf"|{STUDY}(?: still)? (?:carried on|went on|kept going|continued)"
        r"(?= (?:but|yet|while|without|though)\b))\b")),
    (frozenset({S.COMPLETED, S.TERMINATED, S.WITHDRAWN, S.NO_LONGER_AVAILABLE}), re.compile(
        # "over", "done", "complete" and "closed" only said of something: "aged 18 and over"
        # (not what it came to: "it ended up enrolling 116 people")
        r"\b(?:finished(?! up\b)|completed|ended(?! up\b)|concluded|wrapped up|came to an end"
        r"|closed down)\b"
        r"|\b(?:is|are|was|were|'s|'re|been)\s+(?:now |all |already |officially |long |fully "
        r"|since )*(?:done|complete|closed)\b"
        # at the clause's end: "is complete digeorge anomaly" describes the illness
        r"(?=\s*(?:[.,;:!?)\n\-]|$|and\b|now\b|in\b|on\b|since\b|as of\b))"
        # spoken: "the study's all done with" (not "done with a needle")
        r"|\b(?:is|are|was|were|'s|'re)\s+(?:now |all |already |well |long )*done with"
        r"(?=\s*(?:[.,;:!?)\n]|$|now\b))")),
    # Why apart: a study over or run its full course was run, which one withdrawn before it
    # began never was (though it may well be "closed").
    (frozenset({S.COMPLETED, S.TERMINATED, S.NO_LONGER_AVAILABLE}), re.compile(
        r"\b(?:is|are|was|were|'s|'re|been)\s+(?:now |all |already |officially |long |fully "
        r"|since )*over\b(?=\s*(?:[.,;:!?)\n\-]|$|and\b|now\b|in\b|on\b|since\b|as of\b))"
        # its end reached, as a translation says it: "The study is arrived at its end"
        r"|\b(?:arrived at|reached|got to) (?:its|the|their) (?:end|conclusion)\b"
        # ... or come to, as a leaflet says it: "The study has come to its end" (its own end is
        # the end of a course it ran)
        r"|\b(?:has|have|'s|had|having) (?:now |since |already )?come to (?:an|its|their)"
        r" (?:end|close|conclusion)\b|\bcame to (?:its|their) (?:end|close|conclusion)\b")),
    (frozenset({S.COMPLETED}), re.compile(
        # (and the participle a caption uses: "shows the study as having run its full course")
        r"\b(?:has|have|'s|'ve|had|having) (?:now |since |already |long )?run (?:its|their)"
        r" (?:full |whole |entire |natural )?course\b")),
]  # fmt: skip
# Words one of which every reading above holds: a sentence without any is not read.
_STATUS_WORD_RE = re.compile(
    r"\b(?:yet|longer|stopped|finished|closed|open|recruit\w*|enrol\w*|accept\w*|taking|admitting"
    r"|seeking|signing|signed|ongoing|under ?way|underway|progress|running|going|continuing"
    r"|remains?|completed?|ended|concluded|wrapped|came|over|done|halted|shut|brought|wound"
    r"|called|prematurely|cut|terminated|paused|hold|suspended|temporarily|withdrawn|never"
    r"|offered|available|full|started|begun|begin|start|active|looking|taken|letting|allowing"
    r"|welcoming|hand|handing|hands|supply|supplying|supplies|provide|provides|providing"
    r"|give|gives|giving|offer|offers|offering|break|commenced?|launched|kicked|got|course"
    r"|arrived|reached|disposition|halt|shut|carrying|completion|off|pulled|taken|nobody"
    r"|carried|took|without|come)\b"
)
# A sentence a status is said in: it names the study or its sign-up, or opens with a
# status word, as a table cell or a card's line does ("Ongoing, though closed to ...").
_STATUS_SUBJECT_RE = re.compile(
    rf"\b(?:{STUDY}|{SIGNUP}|status|listing|enrol\w*|recruit\w*|program(?:me)?|scheme|supply"
    # (the sign-up by its verb, said of nobody: "Nobody's been signed up yet")
    r"|(?:nobody|no one|no-one)(?:'s| has| have)? (?:yet )?been)\b"
    r"|^[\s|*#>•-]*(?:ongoing|completed|complete|finished|recruiting|enrolling|closed|active"
    r"|terminated|withdrawn|suspended|open|under ?way|not yet|stopped|paused|over|done)\b"
)
# What is asked, planned or hypothetical says no status: "results come out once it is over".
_STATUS_HEDGE_RE = re.compile(
    r"\b(?:if|whether|once|until|unless|would|could|might|may|expected|expects|will|going to"
    # a plan, not a state: "It should be finished by June 2018"
    r"|should|shall|scheduled|due|estimated|anticipated|set to|aims?|target\w*"
    r"|after (?:it|the study|the trial)|when (?:it|the study|the trial) (?:ends|finishes|is"
    r"|closes)"
    # a plan said in everyday words: "it's meant to be finished by 2030", "they're hoping to
    # have it wrapped up in May", "they plan to finish in 2031"
    r"|meant to|supposed to|hop(?:e|es|ed|ing) to|plan(?:s|ned|ning)? to)\b|\?"
    # will, contracted: "they reckon it'll be finished in July"; "it'd be done by then"
    r"|\w'(?:ll|d) be\b"
)
# The plan a study stopped short of is no hedge: "it ended before it was supposed to" says
# it was cut short, not what is planned.
_FELL_SHORT_OF_PLAN_RE = re.compile(
    r"\bbefore (?:it was|its|they were|it had been) (?:meant|due|planned|supposed|scheduled|set"
    r"|expected|intended)(?: to)?\b"
)
# Where a status word is about a person's part, not the study: "your part is done", "the
# treatment is over after 12 weeks".
_NOT_THE_STUDY_RE = re.compile(
    r"\b(?:you|your|participants? (?:is|are|will)|each (?:visit|participant)"
    # (the treatment through a programme is what an access programme's status is about)
    r"|treatment (?:is|ends)(?![^.;]*\b(?:programme|program|scheme)\b)"
    r"|who (?:have |has |had )?(?:completed|finished|ended)"
    r"|dosing|follow-up (?:is|ends)|phase (?:1|2|3|4|i|ii|iii|iv) (?:is|means))\b"
)


def _status_by_meaning(ctx: Context, status: Status, read: list[tuple[int, int]]
                       ) -> Iterator[Finding]:  # fmt: skip
    """Sentences the status patterns did not read, judged by what they say about the
    study's state (``_STATUS_MEANINGS``)."""
    if status in (S.UNKNOWN, S.WITHHELD):
        return
    lower = ctx.lower
    for a, b in ctx.sentences:
        if overlaps(a, b, read) or ctx.excluded(a):
            continue
        sentence = lower[a:b]
        if not _STATUS_WORD_RE.search(sentence) or _STATUS_HEDGE_RE.search(
            _FELL_SHORT_OF_PLAN_RE.sub(" ", sentence)
        ):
            continue
        if _NOT_THE_STUDY_RE.search(sentence):
            continue
        subject = _STATUS_SUBJECT_RE.search(sentence)
        allowed: frozenset[Status] | None = None
        spans: list[tuple[int, int]] = []
        for meaning, pattern in _STATUS_MEANINGS:
            for match in pattern.finditer(sentence):
                # a reading's "said" group, where it has one, is the state without its lead
                span = match.span("said") if match.groupdict().get("said") else match.span()
                if overlaps(*span, spans):
                    continue  # "not finished" is not also "finished"
                spans.append(span)
                allowed = meaning if allowed is None else allowed & meaning
        if allowed is None or not allowed or status in allowed:
            continue  # nothing said, or parts that disagree: no reading to trust
        first, first_end = min(spans)
        if subject is None or subject.start() >= first_end:
            continue  # said of something before the study is named: not of the study
        start, end = a + first, a + max(y for _, y in spans)
        yield error(
            "status.mismatch",
            "overall_status",
            f"Summary says {ctx.text[start:end]!r}, which is not true of a study that is "
            f"{status.value} (overall_status).",
            (start, end),
        )


# --- phase ---------------------------------------------------------------------

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "one": 1, "two": 2, "three": 3, "four": 4}
PHASE_RULE = Rule(
    r"\b(?P<early>early[ -])?phase\s*:?\s*(?P<a>[1-4]|iv|iii|ii|i|one|two|three|four)\b"
    r"(?:\s*(?:/|and|or|-|to)\s*(?:phase\s*)?(?P<b>[1-4]|iv|iii|ii|i)\b)?",
    "phase phases phase1 phase2 phase3 phase4",  # the registry's "PHASE3" is one word
)
# A digest's shorthand, read with its case: "Ph 2/3" is a phase, "pH 4" an acidity.
PHASE_SHORT_RULE = Rule(
    r"(?<![\w-])Ph\.?\s*(?P<a>[1-4]|IV|III|II|I)\b(?:\s*(?:/|-)\s*(?:Ph\.?\s*)?"
    r"(?P<b>[1-4]|IV|III|II|I)\b)?",
    "ph",
)
# Plain-language explanations of a phase, as the glossary and most lay summaries put them.
PHASE_WORDS: list[tuple[frozenset[int], str, Rule]] = [
    (frozenset({1}), "a first test in people", Rule(
        r"\bfirst[- ](?:in[- ]human|time (?:in|that) (?:people|humans))\b|\bfirst (?:test|tests|"
        r"study|trial)s? (?:of (?:the|this|a) [\w-]+ )?in (?:people|humans|a small group)\b",
        "first")),
    (frozenset({4}), "a study of an approved treatment", Rule(
        r"\b(?:study|test|trial) of (?:a|an|the) (?:\w+ )?(?:treatment|drug|medicine|vaccine|"
        r"device) that (?:is|has been|was) already approved\b", "approved")),
    (frozenset({3}), "a large test against the usual treatment", Rule(
        r"\blarge (?:test|study|trial),? to compare (?:it|the \w+) with the usual treatment\b",
        "large")),
    (frozenset({2}), "a test in a larger group to learn if it works", Rule(
        r"\btest in a larger group,? to (?:learn|see|find out) if it works\b", "larger")),
]  # fmt: skip
NO_PHASE_RULE = Rule(
    r"\b(?:does not|doesn't|do not) (?:have|use) (?:a |any )?phases?\b|\bno phase\b"
    r"|\bnot (?:a )?phased\b|\bphase:? (?:none|not applicable|n/?a)\b",
    "phase phases phased",
)


def _phase_value(token: str) -> int:
    return int(token) if token.isdigit() else ROMAN[token.lower()]


# "phases: NA", the registry's value for a study with no phase ("Phase: none" too); a
# numbered phase as a value is PHASE_RULE's.
_NO_PHASE_TERMS = terms((r"na|n/a|not applicable|none|no phase", frozenset({"NA"})))


# A phase denied right before it is named: "It is not a phase 3 trial", "isn't in phase 2".
_PHASE_DENIED_RE = re.compile(
    r"\b(?:not|isn't|wasn't|aren't|weren't|never)\s+(?:(?:a|an|in|at|yet)\s+)?$"
)


@check
def phase_matches(ctx: Context) -> Iterator[Finding]:
    record = {phase_number(p) for p in ctx.trial.phases} - {0}
    shown = ", ".join(p.value for p in ctx.trial.phases) or "no phase"
    said = [*PHASE_RULE.finditer(ctx), *PHASE_SHORT_RULE.finditer(ctx, ctx.masked_cased)]
    for match in said:
        claimed = {_phase_value(match.group("a"))}
        if match.group("b"):
            claimed.add(_phase_value(match.group("b")))
        early = bool(match.groupdict().get("early"))
        if ANSWERED_NO_RE.match(ctx.lower, match.end()):
            continue  # "Was it phase 3? No; phase does not apply": asked and denied
        if not claimed & record and _PHASE_DENIED_RE.search(
            ctx.lower, max(ctx.sentence_at(match.start())[0], match.start() - 30), match.start()
        ):
            continue  # "It is not a phase 3 trial." of a study that has no phase 3: true
        if not claimed <= record or (early and Phase.EARLY_PHASE1 not in ctx.trial.phases):
            yield error(
                "phase.mismatch",
                "phases",
                f"Summary says {ctx.text[match.start() : match.end()]!r}; the record says "
                f"{shown} (phases).",
                match.span(),
            )
    for phases, meaning, rule in PHASE_WORDS:
        for match in rule.finditer(ctx):
            if not phases & record:
                yield error(
                    "phase.mismatch",
                    "phases",
                    f"Summary describes {meaning} ({ctx.said(match)!r}); the record says "
                    f"{shown} (phases).",
                    match.span(),
                )
    if record:
        read = []
        for match in NO_PHASE_RULE.finditer(ctx):
            read.append(match.span())
            yield error(
                "phase.mismatch",
                "phases",
                f"Summary says {ctx.said(match)!r}; the record says {shown} (phases).",
                match.span(),
            )
        for item, _ in bare_items(ctx, "phase", _NO_PHASE_TERMS):
            if not overlaps(item.start, item.value_end, read):
                yield _item_error(ctx, "phase.mismatch", "phases", item, shown)


# --- study type ----------------------------------------------------------------

OBSERVATIONAL_RULE = Rule(
    r"(?<!not an )(?<!not )\bobservational\b"
    r"|\b(?:study|trial|researchers?|it) (?:does not|doesn't|will not|won't) (?:give|provide|"
    r"test|offer) (?:(?:anyone|anybody|people|participants|patients|them|you) )?(?:any |a )?"
    r"(?:new )?(?:treatments?|drugs?|medicines?|therapy)\b"
    # the study itself as the one only looking on: "this study only watches and writes things
    # down", "the study just follows people and records what happens"
    r"|\b(?:study|trial|it) (?:only|just|simply|merely) (?:watch|observe|look|follow|record"
    r"|collect|write)"
    r"|\bno (?:study )?treatment is (?:given|tested|provided)\b"
    r"|\b(?:researchers|doctors|the study team) (?:only|just) (?:watch|observe|collect|follow)\b"
    # the participants' side: "participants are only observed", "nobody receives a treatment"
    r"|\b(?:participants|people|patients|volunteers|they|you)\s+(?:are|will be|is)\s+(?:only"
    r"|just|simply|merely)\s+(?:observed|watched|followed|monitored)\b"
    r"|\b(?:nobody|no one|no-one|none of the participants)\s+(?:receives|gets|is given|takes"
    r"|will (?:receive|get|be given|take))\s+(?:a |any )?(?:study )?treatments?\b"
    # "nobody takes a drug" can describe an exercise or device trial; "a treatment" cannot
    r"(?! other than)"
    r"|\b(?:nobody|no one|no-one|none of the participants)\s+(?:is|gets|will be) treated\b"
    r"(?! (?:differently|any differently|unfairly))"
    # "Nobody gets given anything new in this one; they just watch how people's health goes":
    # whoever hands it and however it is put, nobody is given a thing, or a new treatment
    r"|\b(?:nobody|no one|no-one)(?:'s|\s+is|\s+gets|\s+will be|\s+will get)?\s+(?:given"
    r"|handed|offered|prescribed)\s+(?:anything|a new (?:treatment|drug|medicine|therapy)"
    r"|any (?:new )?(?:treatments?|drugs?|medicines?|therapy))\b"
    r"|\bnothing (?:new )?(?:is|gets|will be) (?:given|handed out)\b"
    r"|\b(?:they|we|the team|the researchers|the doctors)\s+(?:only|just|simply|merely)\s+"
    r"(?:watch|observe|follow|track|keep (?:an eye|track) on)\s+(?:how|what happens|people"
    r"|participants|patients|volunteers|them|you|their)\b",
    "observational give provide test offer given tested provided only just simply merely "
    "nobody nobody's one no-one none nothing",
)
INTERVENTIONAL_RULE = Rule(r"(?<!not an )(?<!not )\binterventional\b", "interventional")
TESTS_TREATMENT_RULE = Rule(
    r"\b(?:tests?|testing|tries|trying|trial of|evaluates?|evaluating)\s+(?:a |an |the |whether "
    r"|if |how well )?(?:new |experimental |study |investigational )?(?:\w+ )?(?:drug|medicine|"
    r"medication|treatment|therapy|vaccine)\b"
    r"|\b(?:participants|people|patients|everyone|volunteers|each person|they)\s+(?:will\s+)?"
    r"(?:receive|get|be given|are given|take)\s+(?:either\s+)?(?:a |an |the )?(?:study |"
    r"experimental |new |investigational )(?:drug|medicine|treatment|vaccine)\b"
    r"|\b(?:randomly|by chance)\s+(?:assigned|put|placed)\s+(?:in|into|to)\b"
    # the study team handing out treatment: "everyone who joins is assigned a treatment"
    r"|\b(?:is|are|will be|gets?)\s+(?:assigned|allocated|given)\s+(?:a |an |their )?(?:study "
    r")?(?:treatment|drug|medicine|therapy)\s+by the (?:study team|researchers|investigators)\b"
    # the researchers handing out or choosing it: "the researchers give the participants the
    # treatment being studied", "the research team decides which treatment each volunteer gets"
    r"|\b(?:researchers|research team|study team|investigators|study doctors)\s+(?:(?:actually"
    r"|also|will|then|usually) )?(?:give|hand out|provide|administer|assign|allocate)s?\s+"
    # ("the researchers give no treatment" says the opposite)
    r"(?:(?!no\b|not\b|none\b|zero\b)[\w-]+\s+){0,3}?(?:treatments?|drugs?|medicines?|therapy|therapies|vaccines?)\b"
    # a treatment as "something to try": "the study team gives people something to try"
    # ... or the treatment under test: "they actually give you the treatment to try", "the
    # team gives participants the drug being tested"
    r"|\b(?:gives?|hands?|offers?)\s+(?:people|participants|patients|volunteers|everyone"
    r"|them|you|each person)\s+(?:(?:something|a (?:new )?(?:treatment|medicine|drug|therapy))"
    r"(?: new)? to (?:try|take|use|test)"
    r"|the\s+(?:study\s+|new\s+)?(?:treatment|medicine|drug|therapy)\s+(?:to (?:try|test)"
    r"|being (?:tested|studied|tried)|under (?:test|study)))\b"
    # the same, passive, as a handout puts it: "volunteers are given something to try"
    # (the people may be named by what they do: "the people who join are given ...")
    r"|\b(?:people|participants|patients|volunteers|everyone|you|they)(?: (?:who|that)"
    r" (?:\w+ ){0,2}?(?:join|joins|take part|takes part|sign up|signs up|enrol+s?|are in it))?"
    r"\s+(?:are|is|will be|get)\s+(?:given|handed|offered)\s+something(?: new)? to (?:try"
    r"|take|use|test)\b"
    # the study's kind said of it: "It's a treatment study", "this one is a drug trial"
    r"|\b(?:it|this(?: one)?|the (?:study|trial)|this (?:study|trial))(?:'s|\s+is)\s+an?\s+"
    r"(?:treatment|drug|medicine|therapy|vaccine)\s+(?:study|trial)\b"
    r"|\b(?:researchers|research team|study team|investigators)\s+(?:decide|choose|pick"
    r"|determine)s?\s+(?:which|what)\s+(?:treatment|drug|medicine|therapy|intervention)\b"
    # the people in it handed the treatment itself: "the people taking part actually get
    # given the treatment", "you get the actual treatment", "participants receive the
    # treatment under test" (not "people who get the treatment from their own doctor")
    r"|\b(?:people|participants|patients|volunteers|everyone|you|they|folks?|ppl)(?: taking part"
    r"| in (?:it"
    r"|the study|the trial))?\s+actually\s+(?:get|gets|are|is|will be|will get|receive"
    r"|receives)\s+(?:given\s+)?(?:the|a|an)\s+(?:actual\s+|real\s+)?(?:treatment|drug"
    r"|medicine|therapy)\b"
    r"|\b(?:receive|receives|get|gets|given)\s+the\s+(?:actual\s+(?:treatment|drug|medicine"
    r"|therapy)|(?:treatment|drug|medicine|therapy)\s+(?:under (?:test|study)|being (?:tested"
    r"|studied|tried)))\b",
    "tests test testing tries trying trial evaluates evaluating receive get given take randomly "
    "chance assigned allocated give gives hand hands provide provides administer administers "
    "assign assigns allocate allocates decide decides choose chooses pick picks determine "
    "determines hand offer offers receives gets actually actual handed offered study",
)
NEGATED_BEFORE_RE = re.compile(r"(?:\b(?:not|no|never|without)|n't)\b[\w\s]{0,12}$")


_STUDY_TYPE_TERMS = terms(
    (r"interventional|clinical trial|treatment (?:study|trial)", frozenset({"INTERVENTIONAL"})),
    (r"observational(?: study)?", frozenset({"OBSERVATIONAL"})),
    (r"expanded access(?: program(?:me)?)?", frozenset({"EXPANDED_ACCESS"})),
)


def _item_error(ctx: Context, code: str, field: str, item: Item, record: str) -> Finding:
    value = ctx.text[item.value_start : item.value_end]
    return error(
        code,
        field,
        f"Summary says {item.label} {value!r}; the record says {record} ({field}).",
        (item.value_start, item.value_end),
    )


@check
def study_type_matches(ctx: Context) -> Iterator[Finding]:
    kind = ctx.trial.study_type
    if kind is None:
        return
    bare, wrong_items = contradicted_items(ctx, "study_type", _STUDY_TYPE_TERMS, kind.value)
    for item in wrong_items:
        yield _item_error(ctx, "study_type.mismatch", "study_type", item, kind.value)
    wrong: list[Rule] = []
    if kind == StudyType.INTERVENTIONAL:
        wrong = [OBSERVATIONAL_RULE]
    elif kind == StudyType.OBSERVATIONAL:
        wrong = [INTERVENTIONAL_RULE, TESTS_TREATMENT_RULE]
    for rule in wrong:
        for match in rule.finditer(ctx):
            if bare and overlaps(*match.span(), bare):
                continue
            if rule is TESTS_TREATMENT_RULE and NEGATED_BEFORE_RE.search(
                ctx.lower, max(0, match.start() - 20), match.start()
            ):
                continue
            yield error(
                "study_type.mismatch",
                "study_type",
                f"Summary says {ctx.text[match.start() : match.end()]!r}; the record says "
                f"{kind.value} (study_type).",
                match.span(),
            )


# --- allocation and masking --------------------------------------------------------

RANDOM_RULE = Rule(
    r"\b(?:non-?|not |no )?randomi[sz](?:ed|ation|e|es|ing)\b|\brandomly\b|\bby chance\b"
    # "random" as the adjective of an allocation: "Random allocation", "Non-random groups"
    r"|\b(?:non-?)?random (?:allocation|assignment|allotment|grouping|group assignment"
    r"|treatment assignment)s?\b|\bnon-?random\b"
    # what is allocated may follow, and a negation sits before "random": minutes' "Allocation
    # to groups is not random" (NOT_RANDOM_RE then reads the "not")
    r"|\b(?:allocation|assignment|grouping|groups?)(?: (?:to|into|between|among|of) (?:the )?"
    r"(?:[\w-]+ )?(?:groups?|arms?|participants|people|volunteers|patients))? (?:is|are|was"
    r"|were|will be)(?: not|n't)? (?:completely |purely |entirely |totally )?random\b"
    # the group as a question: "which group you end up in is totally random"
    r"|\b(?:which|what) (?:group|arm|treatment)\b[\w' ]{0,40}? (?:is|are|will be|'s)(?: not"
    r"|n't)? (?:completely |purely |entirely |totally |just |kinda |pretty much )?random\b"
    # ... or after it: "it's totally random which group you get"
    r"|\b(?:it's|it is|it isn't|it's not|it is not) (?:completely |purely |entirely |totally "
    r"|just |kinda |pretty much )?random (?:which|what) (?:group|arm|treatment)\b"
    # ... or the group named first and "it's random" said of it: "You don't get to pick your
    # group, it's random"
    r"|\b(?:group|arm)s?\b[^.;:!?]{0,30}?, (?:it's|it is|that's|that is)(?: not)? (?:completely "
    r"|purely |entirely |totally |just |kinda |pretty much |all )?random\b"
    # the bare value of a card's item on how groups are made: "Group assignment: random",
    # "Allocation: not random" (read from the value, so its own negation is in its fragment)
    r"|(?:(?<=assignment: )|(?<=allocation: )|(?<=placement: )|(?<=allotment: ))(?:not |non-?)?"
    r"random\b"
    # Why any label that names the groups: a card's row on how people reach their groups is an
    # allocation row, whatever its label calls the choosing ("Group choice: not random",
    # "Which arm: random", "How groups are made: random"); a random sample draws people, not
    # groups
    r"|\b(?:groups?|arms?)\b[\w' -]{0,25}?:[ \t]*(?:not |non-?)?random\b(?! samples?\b)"
    r"|\bat random\b|\b(?:flip|toss)(?:s|es|ping|ing|ped|ed)? (?:of )?a coin\b"
    r"|\bcoin (?:toss|flip)\b|\bby lottery\b|\bdraw(?:ing)? lots\b|\bluck of the draw\b"
    # Why any verb before "by lot": drawing lots is chance whoever says it settles,
    # decides or picks the group ("Which group each participant joins is settled by lot").
    # (Not "by lots of", an amount.)
    r"|\bby (?:drawing |the drawing of |the )?lots?\b(?! of\b)"
    # a translation's "in random form" (en forma aleatoria); chance as the one who picks
    r"|\bin (?:a )?random (?:form|way|manner|fashion|order)\b|\b(?:left |down |up )to chance\b"
    # chance as the one who picks, however the verb is qualified or negated: "chance alone
    # decides", "chance does not decide", "chance will pick", "chance has no say in"
    r"|\bchance (?:(?:alone|only|itself|by itself|simply|then|will|would|does|did|not|n't"
    r"|does not|doesn't|did not|didn't|will not|won't|never)\s+){0,2}(?:decides?|decided"
    r"|picks?|picked|chooses?|chose|determines?|determined|settles?|settled|assigns?|assigned)\b"
    r"|\bchance (?:plays|has|had) (?:no|a|any|the) (?:part|role|say)\b"
    r"|\b(?:not|rather than|instead of) chance\b"
    # Why any noun of choosing after "random": whatever act of picking is random is chance,
    # however a writer names the act ("A random draw decides each volunteer's group", "a
    # random pick", "a random split"). Not a sample: a random sample draws the people, not
    # their groups.
    r"|\brandom (?:draw|drawing|pick|picking|choice|selection|split|sort|sorting|shuffle"
    r"|process|method|system|lottery|allotment|placement|assignment|allocation)s?\b"
    # ... and a draw as the one who decides, with no "random" at all: "a draw decides"
    r"|\b(?:draw|lottery|raffle) (?:decides|picks|chooses|determines|sets|settles|assigns)\b",
    "randomized randomised randomization randomisation randomly chance random coin lottery lots "
    "randomize randomise randomizes randomising randomizing luck lot draw raffle",
)
# Contractions negate too: "Groups aren't picked at random".
NOT_RANDOM_RE = re.compile(
    # ... and so does a contrast: "decided by the team rather than by chance"
    # each word whole: "noted", "nothing", "nowhere" are no negations ("Lay members noted
    # that participants are randomised"); "non" alone may run into its word ("nonrandom")
    r"(?:\b(?:not|no|never|without|nobody|no one|no-one|rather than|instead of"
    r"|as opposed to)\b|\bnon-?|n['’]t)"
    # a limit is no negation: "no more than 6 months before randomisation"
    r"(?!\s*(?:more|less|later|earlier|longer|shorter|sooner|fewer|greater|older|younger)"
    r"\s+than\b)\s*(?:be\s+)?(?:\w+\s+)"
    # "You don't get put in a group by chance": the negation may stand five words off
    r"{0,5}?(?:randomi[sz]|randomly|(?:by )?chance\b|at random|random\b"
    r"|(?:flip|toss)\w* (?:of )?a coin|coin (?:toss|flip)|lottery|(?:by )?lots?\b"
    # a draw denied: "No computer draw picks your group"
    r"|draws?\b|raffles?\b)"
    # chance as the subject, its verb negated: "chance does not decide", "chance plays no
    # part in it"
    r"|\bchance (?:(?:alone|only|itself|then)\s+)?(?:does not|doesn't|did not|didn't|will not"
    r"|won't|would not|wouldn't|never|(?:plays|has|had) no)\b"
)
CHOOSE_RULE = Rule(
    r"\b(?:you|people|participants|patients|doctors?) (?:can |will |may )?(?:choose|pick|decide) "
    r"(?:which|their|your) (?:group|treatment)",
    "choose pick decide",
)
# Each also reads the prompt's own wording ("masking DOUBLE"), which a model may copy.
MASK_PATTERNS: list[tuple[frozenset[str], str, Rule]] = [
    (frozenset({"NONE"}), "open label", Rule(
        r"\bopen[- ]label\b|\beveryone (?:will )?knows? (?:which|what|who)\b|\bno (?:masking|"
        r"blinding)\b|\bnot (?:blinded|masked)\b|\bunblinded\b|\bnon-?blinded\b"
        # "no one is blinded", "none of them are masked": said of nobody, so open
        r"|\b(?:nobody|no one|no-one|none of (?:them|us|the \w+))"
        r" (?:is|are|was|were|will be|gets?|got) (?:blinded|masked)\b|\bmasking none\b",
        "open label open-label everyone masking blinding blinded masked unblinded non-blinded "
        "nonblinded nobody one no-one none")),
    (frozenset({"QUADRUPLE"}), "quadruple blind", Rule(
        r"\bquadruple[- ](?:blind|mask)\w*|\bmasking quadruple\b", "quadruple")),
    (frozenset({"TRIPLE", "QUADRUPLE"}), "triple blind", Rule(
        r"\btriple[- ](?:blind|mask)\w*|\bmasking triple\b", "triple")),
    (frozenset({"DOUBLE", "TRIPLE", "QUADRUPLE"}), "double blind", Rule(
        r"\bdouble[- ](?:blind|mask)\w*|\bmasking double\b|\bneither (?:the )?(?:participants"
        r"|people|patients|volunteers|you)\b[^.]{0,40}\bnor\b", "double neither")),
    (frozenset({"SINGLE"}), "single blind", Rule(
        r"\bsingle[- ](?:blind|mask)\w*|\bmasking single\b", "single")),
    (frozenset({"SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"}), "blinded", Rule(
        r"\b(?:is|are|be|was|were|study|trial) (?:blinded|masked)\b|\bblinded (?:study|trial)\b"
        r"|\b(?:participants|people|patients|volunteers|you|they) (?:will )?(?:not know|do not "
        r"know|don't know|won't know|will not know|are not told)\b"
        r"|\b(?:nobody|no one|no-one) (?:knows|is told|will know|can tell|finds out) (?:who|which"
        r"|what)\b", "blinded masked know told knows tell finds")),
]  # fmt: skip


# Bare values of allocation and masking items, the registry's words ("Allocation:
# NON_RANDOMIZED", "Randomized: no", "Masking: DOUBLE"), meaning what MASK_PATTERNS' wordings
# mean: a double-blind study is also one of three or four masked roles.
_RANDOMIZED = frozenset({"RANDOMIZED"})
_NOT_RANDOMIZED = frozenset({"NON_RANDOMIZED", "NA"})
_ALLOCATION_TERMS = terms(
    (r"randomi[sz]ed|random(?:ly)?(?: (?:allocation|assignment))?|yes|true", _RANDOMIZED),
    (
        # (negated either way: "non-random", "not random", "not randomly assigned")
        r"(?:non[- ]?|not )(?:randomi[sz]ed|random(?:ly)?(?: (?:allocated|assigned|allocation"
        r"|assignment))?)|no|none|false|n/?a"
        r"|not applicable|single[- ](?:group|arm)(?: assignment)?",
        _NOT_RANDOMIZED,
    ),
)
_BLINDED = frozenset({"SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"})
_MASKING_TERMS = terms(
    (r"none|no|open(?:[- ]label)?|unmasked|unblinded|not (?:masked|blinded)|false",
     frozenset({"NONE"})),
    (r"single(?:[- ](?:blind|mask)\w*)?", frozenset({"SINGLE"})),
    (r"double(?:[- ](?:blind|mask)\w*)?", frozenset({"DOUBLE", "TRIPLE", "QUADRUPLE"})),
    (r"triple(?:[- ](?:blind|mask)\w*)?", frozenset({"TRIPLE", "QUADRUPLE"})),
    (r"quadruple(?:[- ](?:blind|mask)\w*)?", frozenset({"QUADRUPLE"})),
    (r"yes|true|blind(?:ed)?|masked", _BLINDED),
)  # fmt: skip


@check
def design_matches(ctx: Context) -> Iterator[Finding]:
    trial = ctx.trial
    source = ctx.facts.text
    allocation = trial.allocation
    # A record with no allocation field may still call itself randomized in its text; then
    # neither answer contradicts it.
    said = allocation or (None if "random" in source else "NA")
    bare, wrong_items = contradicted_items(ctx, "allocation", _ALLOCATION_TERMS, said)
    for item in wrong_items:
        yield _item_error(
            ctx, "design.allocation", "allocation", item, allocation or "no allocation"
        )
    for match in RANDOM_RULE.finditer(ctx):
        if bare and overlaps(*match.span(), bare):
            continue
        a, b = fragment_at(ctx, match.start())  # "No blinding / Random allocation": not negated
        negated = NOT_RANDOM_RE.search(ctx.lower, a, b)
        says = ctx.text[match.start() : match.end()]
        if negated:
            if allocation == "RANDOMIZED":
                span = (min(negated.start(), match.start()), match.end())
                yield error(
                    "design.allocation",
                    "allocation",
                    f"Summary says the groups are not chosen by chance "
                    f"({ctx.text[span[0] : span[1]]!r}); the record says RANDOMIZED "
                    "(allocation).",
                    span,
                )
        elif ANSWERED_NO_RE.match(ctx.lower, match.end()):
            continue  # "Was it randomized? No; everyone got the app": asked and denied
        elif allocation != "RANDOMIZED" and not (allocation is None and "random" in source):
            yield error(
                "design.allocation",
                "allocation",
                f"Summary says {says!r}; the record says {allocation or 'no allocation'} "
                "(allocation).",
                match.span(),
            )
    for match in CHOOSE_RULE.finditer(ctx):
        if allocation == "RANDOMIZED":
            yield error(
                "design.allocation",
                "allocation",
                f"Summary says {ctx.said(match)!r}; the record says RANDOMIZED (allocation).",
                match.span(),
            )
    masking = trial.masking
    taken, wrong_items = contradicted_items(ctx, "masking", _MASKING_TERMS, masking)
    for item in wrong_items:
        yield _item_error(ctx, "design.masking", "masking", item, masking or "no masking given")
    for allowed, meaning, rule in MASK_PATTERNS:
        for match in rule.finditer(ctx):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            if masking in allowed:
                continue
            if masking is None and _masking_in_text(meaning, source):
                continue
            yield error(
                "design.masking",
                "masking",
                f"Summary says {ctx.text[match.start() : match.end()]!r} ({meaning}); the record "
                f"says {masking or 'no masking given'} (masking).",
                match.span(),
            )


def _masking_in_text(meaning: str, source: str) -> bool:
    if meaning == "open label":
        return "open" in source or "not blind" in source or "unblind" in source
    return "blind" in source or "mask" in source
