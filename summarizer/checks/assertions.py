"""Claims found by what a sentence asserts, not by how it is worded.

The claim checks in ``claims`` are families of wordings ("has been shown to work", "results
were positive"); each new style of writing brings wordings they have never seen. These
backstops look instead for the few things a lay summary must not assert, in any words:

- a benefit, stated as fact ("clearly effective", "works for most patients");
- safety, as an absence of harm ("free of side effects", "side effects: not a concern");
- certainty of success ("certain to succeed", "a sure thing");
- payment the record never offers ("$500 for every participant");
- advice to join ("Recommendation: join if you have asthma");
- promotion ("top-tier care") and a regulator's approval the record never mentions;
- results, for a trial that has posted none ("Findings: a clear benefit").

A sentence that asks, aims, plans or hedges ("to see whether it works", "may help") asserts
nothing, so it is passed over. A backstop reports only where the pattern checks found no
error in the same sentence (``core.Checker`` sees to that), so it never repeats them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .claims import NO_VALUE_WORDS, OTHER_WORK_RE, unanswered_question
from .core import WHO_MAY_JOIN_RE, Context, Finding, backstop, error, find_near
from .facts import CAMEL_SPLIT_RE, RecordFacts
from .labels import POSTED_TERMS, contradicted_items

# What makes a sentence a question, a plan, a hope or a denial rather than an assertion.
_NOT_ASSERTED_RE = re.compile(
    r"\b(?:whether|if|how (?:well|much|safe|effective)|to (?:see|learn|find out|test|check"
    r"|study|compare|measure|know|understand|look at|confirm|decide|tell|show|prove|judge"
    r"|assess|evaluate|determine)|may|might|could|possibl\w*|potential\w*|hope\w*|aims?|goal"
    r"|purpose|(?<!in )(?<!beyond )(?<!without )question|unknown|not (?:yet )?known|unclear"
    r"|unsure|yet to|remains? to be"
    r"|being (?:tested|studied)|is testing|are testing|tests whether|will (?:look|measure"
    r"|check|compare|record|track|monitor|watch|find)|wants? to|trying to|expect\w*"
    r"|plan(?:s|ned|ning)?"
    r"|not|no|never|cannot|can't|isn't|aren't|don't|doesn't|hasn't|haven't|wasn't|weren't"
    r"|won't|nobody|no one|without proof"
    # a claim named is not made ("the claim that it cures is unproven"); but a speaker who
    # "claimed that" or "claims that" it cures is passed on as said, like "said that"
    r"|claim(?!ed that\b|s that\b)\w*"
    # a wording the writer is told to keep out mentions a claim, it does not make it:
    # "Avoid saying that X cures nightmares", "refrain from calling it a cure"
    r"|avoid(?:s|ed|ing)? (?:saying|stating|suggesting|implying|calling|describing|writing"
    r"|telling)|refrain(?:s|ed|ing)? from|neither|nor)\b|\?"
)

# What makes a whole sentence a question or a plan, wherever it stands ("X works better, or
# so the team hopes to show").
_ASKS_RE = re.compile(
    r"\b(?:whether|to (?:see|learn|find out|test|check|compare|measure|show|prove|confirm"
    r"|judge|assess|evaluate|determine)|hope\w*|aims?|goal|(?<!in )(?<!beyond )(?<!without )"
    r"question|unknown|not (?:yet )?known"
    r"|might|may|could)\b|\?"
    # an indirect question: "the study sees who does better on the app"
    # what the study counts or compares: "the team counts how many who got it felt better"
    r"|\bhow (?:many|often|much|long|quickly|fast|soon)\b|\b(?:compares|measures|counts"
    r"|tracks)\b"
    # (not a relative clause: "people who did the exercises had fewer flare-ups")
    r"|(?<!people )(?<!patients )(?<!those )(?<!kids )(?<!children )(?<!adults )(?<!ones )"
    r"\b(?:who|which|what) (?:\w+ )?(?:does|do|did|works?|helps?|feels?|gets?)\b"
)
# Who received a study's treatment: "people who got it", "kids on the spray", "those
# treated with X".
_TREATED = (
    r"\b(?:people|patients|participants|volunteers|kids|children|adults|women|men|those|babies"
    r"|infants|users|ones|everyone|group|folks|individuals|persons)\s+(?:who|that)\s+(?:\w+\s+)?"
    r"(?:got|took|received|used|tried|were given|were on|were treated|had the|did the|have had"
    r"|try|take|get|use|receive)\b"
    r"|\b(?:people|patients|participants|volunteers|kids|children|adults|those|babies|users"
    r"|group|folks|persons|individuals)\s+(?:on|taking|using|given|treated with)\s+[\w/()-]"
    r"|\bafter (?:trying|taking|using|getting|receiving|having) (?:it|the|this|them)\b"
)
# Better off, as an outcome: "back at school sooner", "healed faster", "fewer attacks".
_BETTER_OFF = (
    r"(?:got|get|gets|felt|feel|feels|were|was|are|is|did|do|does)\s+(?:\w+\s+){0,2}?"
    r"(?:better|well again|sooner|faster|quicker|healthier|stronger)\b"
    r"|recover(?:ed|s)?\b|heal(?:ed|s)?\b|improved\b|bounce[sd]? back|back (?:at|to|in) "
    r"(?:school|work|normal|class|their (?:usual|normal|daily))"
    r"|(?:had|have|has|got|saw|needed|need|needs|reported|showed)\s+(?:\w+\s+){0,2}?(?:fewer"
    r"|less|lower|shorter|milder|smaller|better|improved)\b"
    # well again, in everyday words: "stop feeling poorly", "like yourself again", "back on
    # their feet", "has not come back"
    r"|(?:stop|quit)(?:s|ped)? (?:feeling|being) (?:\w+ )?(?:poorly|sick|ill|unwell|bad|awful"
    r"|rough|lousy|terrible|miserable|crummy|low|down)"
    # something of theirs given back: "finding their strength restored", "see their
    # energy return"
    r"|(?:find|finds|finding|found|feel|feels|feeling|felt|see|sees|seeing|saw)\s+(?:their|your"
    r"|his|her)\s+(?:[\w-]+\s+){1,3}?(?:restored|renewed|improved|returned|return|back|eased"
    r"|lifted|healed|better)\b"
    r"|like (?:yourself|themselves|himself|herself|before|new)\b|back on (?:their|your|his"
    r"|her) feet|(?:has|have) not come back|(?:hasn't|haven't|never) come back|never came back"
)
_TREATMENT_NOUNS = (
    r"drug|medicine|medication|treatment|therapy|vaccine|pill|tablet|capsule|cream|ointment"
    r"|gel|shot|injection|jab|spray|inhaler|patch|drops|app|program|programme|exercises?"
    r"|training|device|surgery|operation|procedure|supplement|diet|intervention|remedy|dose"
)
# Past tense only: "lowers blood sugar" is how a record describes what a drug is for.
_DID_GOOD = (
    r"cut|lowered|reduced|eased|relieved|cleared(?: up)?|healed|shortened|halved|boosted"
    r"|improved|sped up|stopped|prevented|shrank|shrunk|lessened|calmed|restored|helped"
    r"|got rid of|brought down|kept away|led to|resulted in|gave|made"
)
# What a treatment is said to have made better.
_HEALTH_OBJECTS = (
    r"pain|aches?|symptoms?|swelling|inflammation|fever|itch\w*|rash\w*|redness|attacks?"
    r"|seizures?|flare-?ups?|flares|episodes|relapses?|infections?|bleed\w*|blood pressure"
    r"|blood sugar|glucose|cholesterol|weight|tumou?rs?|deaths?|hospital stays?|recovery"
    r"|healing|cough\w*|wheez\w*|breathless\w*|fatigue|tiredness|nausea|vomiting|anxiety"
    r"|depression|stress|insomnia|headaches?|migraines?|cravings?|falls|scarring|viral load"
    r"|sleep|mood|quality of life|strength|breathing|memory|fewer|less|lower|better|faster"
    r"|quicker|milder|shorter|them (?:feel|get|heal|recover|sleep|breathe|walk)"
)
# The reader's illness promised gone, which a modal does not soften: "Your asthma could be
# gone for good with this", "your eczema may clear up completely on it". Only a question
# hedges it ("to see whether your pain could be gone"): ``_asserted`` reads it so.
_GONE_FOR_YOU_RE = re.compile(
    r"\b(?:your|ur) (?:[\w'()-]+,? ){1,8}?(?:could|might|may|can|will|would|should)"
    r" (?:soon |finally |actually )?(?:be )?(?:gone|cured|healed|over|history|clear(?:ed)? up"
    r"|disappear|vanish|go away|a thing of the past) (?:for good|forever|for ever|completely"
    r"|entirely|once and for all|with (?:this|it|the (?:treatment|drug|medicine|therapy))"
    r"|on (?:this|it|the (?:treatment|drug|medicine|therapy)))\b"
)
# The illness denied a return after treatment: "the rash never returns after treatment",
# "the cancer never came back once treated". Its "never" is the claim, so the denials of
# ``_NOT_ASSERTED_RE`` cannot hedge it; a question, an aim or a person described ("patients
# whose cancer never returned after surgery" may join) can.
_NEVER_BACK_RE = re.compile(
    r"\bnever (?:returns?|returned|comes? back|came back|recurs?|recurred|reappears?"
    r"|reappeared|flares? up again) (?:after|once|following|for good|again after)\b"
)
_NEVER_BACK_HEDGE_RE = re.compile(r"\b(?:whose|who|if|unless|until)\b")
_QUESTION_BEFORE_RE = re.compile(
    r"\b(?:whether|if|to (?:see|learn|find out|know|check|test)|asks?|unknown)\b|\?"
)
# A benefit stated as fact, in pieces, each run only when its words are there (one large
# alternation tried at every position cost 0.4 ms a summary).
_EFFICACY: list[tuple[re.Pattern[str], frozenset[str]]] = [(re.compile(p), frozenset(k.split()))
                                                           for p, k in [
    (r"\b(?:clearly|highly|very|truly|really|remarkably|proven|definitely|extremely|hugely)\s+"
     r"(?:effective|beneficial|helpful|successful)\b"
     r"|:\s*(?:clearly |highly |very |proven |truly )?(?:effective|excellent|outstanding"
     r"|beneficial|successful|a success)\b",
     "effective beneficial helpful successful excellent outstanding success"),
    (r"\b(?:shown|proven|proved|known|found|demonstrated|established|confirmed)\s+to\s+"
     r"(?:work|help|reverse|cure|heal|improve|reduce|relieve|prevent|stop|treat|ease|lower"
     r"|boost|clear|fix|beat|shrink)\b",
     "shown proven proved known found demonstrated established confirmed"),
    (r"\bbenefits?\s*:?\s+(?:is\s+|are\s+|has been\s+|have been\s+)?(?:already\s+|[a-z]+ly\s+)?"
     r"(?:established|proven|clear|confirmed|certain|guaranteed|obvious)\b"
     r"|\b(?:a|the|its) (?:clear|proven|real|big|major|huge|obvious) benefit\b",
     "benefit benefits"),
    (r"\bworks?\s+(?:well\s+)?(?:for|in)\s+(?:the\s+)?(?:large\s+|vast\s+|great\s+)?(?:majority"
     r"|most|nearly|almost|everyone|everybody|all)\b|\b(?:effective|works?) against\b",
     "work works effective"),
    (r"\b(?:typically|usually|always|quickly|reliably|soon)\s+(?:see|feel|notice|get)\s+"
     r"(?:[\w'()-]+\s+){0,8}?(?:improve|improvement|better|relief|results)\b"
     # (fewer harms, as what the treated typically have: "typically experience fewer
     # complications")
     r"|\b(?:typically|usually|generally|reliably)\s+(?:experience|have|report|suffer|see"
     r"|get)\s+(?:far |much )?(?:fewer|less|milder|shorter)\b",
     "typically usually always quickly reliably soon"),
    (r"\b(?:a |an )?(?:breakthrough|miracle|game[- ]changer|wonder (?:drug|treatment|cure))\b",
     "breakthrough miracle game-changer changer game wonder"),
    # the benefit itself, said as what happens: "a complete disappearance of the symptoms",
    # "people who get it do a lot better", "their symptoms clear up", "does the job"
    (r"\b(?:complete|total|full) (?:disappearance|resolution|remission|recovery|cure) of\b",
     "disappearance resolution remission recovery cure"),
    (r"\b(?:do|does|did|feel|feels|felt) (?:a lot |much |far |significantly |way |so much "
     r"|noticeably |markedly |clearly |visibly |measurably )?better\b"
     r"|\bbetter than (?:all |any |the )?(?:other|existing|current|standard|usual)\b",
     "better"),
    (r"\b(?:shown|showed|shows|has|have|demonstrated) (?:an? )?(?:clear |real |proven )?"
     r"(?:efficacy|effectiveness|superiority)\b|\bsuperior to\b|\boutperform\w*",
     "efficacy effectiveness superiority superior outperform outperforms outperformed "
     "outperforming"),
    (r"\b(?:clearly |really |truly |definitely )?does the (?:job|trick)\b", "job trick"),
    (r"\bsymptoms? (?:clear(?:ed|s)? up|go(?:es)? away|went away|disappear\w*|vanish\w*"
     r"|resolv\w*)\b", "symptom symptoms"),
    # The illness itself gone soon, or for nearly everyone: "the rash cleared up within a
    # few days", "it got rid of the cough for almost everybody". A record writes what a
    # treatment is for ("to clear up", "to get rid of"), never that it did.
    (r"\b(?:cleared|clears) up (?:within|in (?:a|just|only|under|no)|after (?:a|just|only)"
     r"|for (?:almost |nearly |virtually )?(?:every|all|most)|completely|fully|totally|quickly"
     r"|overnight|for good)\b"
     r"|\bgot rid of\b(?! (?:the )?(?:placebo|dummy|control|usual|standard|other|older))",
     "cleared clears rid"),
    (r"\b(?:truly|really|genuinely|clearly|definitely) (?:helps?|works?)\b",
     "truly really genuinely clearly definitely"),
    # Verbs no record uses to say what a treatment is for, only what it did: "X eliminates
    # the pain", "it reverses the disease", "brings the illness under control".
    (r"\b(?:eliminat|eradicat|ameliorat|revers|cur)(?:es|ed)\s+"
     r"(?:clearly\s+|completely\s+|fully\s+)?(?:the|their|your|his|her|this|its|all|any)\b"
     r"|\bwipes? out\b|\bbrings? (?:[\w'()-]+\s+){1,6}?under control\b",
     "eliminates eliminated eradicates eradicated ameliorates ameliorated reverses reversed "
     "cures cured wipes wipe brings bring"),
    # what the treatment is: "can be used as an effective treatment", "is a safe and
    # effective therapy"
    (r"\b(?:is|are|as|be|being) (?:an? |the )?(?:safe and |very |highly |truly |proven )?"
     r"effective (?:treatment|therapy|drug|medicine|option|way|remedy|cure)\b",
     "effective"),
    # a benefit seen, or the best there is: "have shown significant improvement in survival",
    # "one of the most effective treatments for asthma"
    (r"\b(?:shown|showed|shows|demonstrated|had|saw|seen|see) (?:a |an )?(?:significant|marked"
     r"|clear|major|dramatic|substantial|great|big|remarkable) (?:improvement|benefit|reduction"
     r"|drop|decrease|gain)s?\b|\bmost effective (?:treatments?|therap\w+|drugs?|ways?|options?"
     r"|medicines?)\b",
     "shown showed shows demonstrated had saw seen see effective"),
    # What happened to the people treated, said as an outcome: "kids who got the spray were
    # back at school sooner", "those on the cream healed faster", "had fewer attacks".
    (rf"(?:{_TREATED})[^.;:!?\n]{{0,80}}?\b(?:{_BETTER_OFF})",
     "who that on given treated taking using after"),
    # A benefit as a label's value: "Mortality benefit: demonstrated", "Efficacy: established
    # vs SoC", "Tx response: near-universal", "Outcome: remission achieved", "X = effective".
    (r"\b(?:benefit|efficacy|effectiveness|response|outcome|result|cure|remission|recovery"
     r"|relief|improvement|healing)s?"
     r"(?: rate)?\s*:\s*(?:[\w-]+\s+){0,4}?(?:demonstrated|established|proven|confirmed|shown"
     r"|achieved|near-universal|universal|excellent|outstanding|guaranteed|certain|assured)\b"
     r"|=\s*(?:highly |very |clearly )?(?:effective|efficacious|curative|beneficial)\b",
     "benefit benefits efficacy effectiveness response responses outcome outcomes result "
     "results cure remission recovery effective efficacious curative beneficial relief "
     "improvement improvements healing"),
    # The treatment doing away with the illness, in the present: "fixes herniated disc",
    # "beats it for good", "makes the pain go away", "no doubt ... this treatment works".
    (r"\b(?:fixes|beats|cures|conquers|defeats|banishes|gets rid of)\b(?! (?:the )?(?:placebo"
     r"|dummy|control|usual|standard|other|older))"
     # (not the study's own end: "it wrapped for good in 2015", "recruitment closed for good")
     r"|(?<!wrapped )(?<!wrapped up )(?<!ended )(?<!closed )(?<!stopped )(?<!finished )"
     r"(?<!shut )(?<!down )(?<!over )(?<!done )(?<!halted )(?<!quit )(?<!up )"
     r"\bfor good\b(?! reason)"
     r"|\bmakes? (?:[\w'(),-]+\s+){1,8}?(?:go away|disappear|vanish|clear up)\b"
     r"|\bno doubt\b[^.;\n]{0,50}\b(?:works?|helps?|effective|cures?)\b",
     "fixes beats cures conquers defeats banishes rid good make makes doubt"),
    # better than what people have now: "gets results where older options have fallen
    # short", "a clear step up from the treatments most people use", "turned things around"
    (r"\bwhere (?:other|older|existing|current|standard|usual|previous|earlier) (?:options"
     r"|treatments?|drugs?|medicines?|therap\w+|approaches)\b[^.;\n]{0,20}?\b(?:failed|fall"
     r"|fell|fallen|didn't work|did not work|haven't worked|have not worked|don't work)"
     r"|\b(?:a |an )?(?:clear |real |big |huge |major |definite |marked |genuine )?(?:step up"
     r"|upgrade|leap forward) (?:from|on|over)\b"
     r"|\bturn(?:s|ed|ing)? (?:things|it|everything|(?:my|your|their|his|her) (?:life|lives"
     r"|health))(?: right)? around\b"
     # any illness turned around, when it is for good: "turns asthma around completely"
     r"|\bturn(?:s|ed|ing)? (?!(?:the |a )?(?:patients?|participants?|persons?|bab(?:y|ies)"
     r"|infants?|child(?:ren)?)\b)(?:[\w'-]+ ){1,6}?around (?:completely|fully|totally"
     r"|entirely|for good|in (?:days|weeks))\b"
     # better than what people take now: "X beats what most of us take now"
     # life with the illness turned around, without a word of degree: "it turns life with
     # gout around" (the life is the reader's or the patients', never the study's)
     r"|\bturn(?:s|ed|ing)? (?:(?:daily|everyday|family|home|school|working) )?(?:life|lives)"
     r" (?:with|for|of (?:people|patients|those|children|families) with) [^.;\n]{1,60}?around\b"
     r"|\b(?:beats?|outperforms?|outdoes|surpasses|trumps|tops) (?:what|anything|everything"
     r"|all)\b[^.;\n]{0,40}?\b(?:now|currently|today|on offer|out there|available)\b",
     "where step upgrade leap turn turns turned turning beat beats outperform outperforms "
     "outdoes surpass surpasses trumps trump tops"),
    # how soon or for whom it works, as a fact: "For most people, symptoms ease off within
    # weeks of starting", "Helps most people with asthma get back to normal"
    (r"\bfor (?:most|many|nearly all|almost all|the majority of) (?:people|patients|users"
     r"|participants|of them)\b[^.;\n]{0,60}?\b(?:ease|eases|ease off|improve|improves"
     r"|settle|settles|fade|fades|lift|lifts|subside|subsides|go away|goes away|clear up"
     r"|clears up|get better|gets better|under control|back to normal)\b"
     r"|\bhelps? (?:most|many|nearly all|almost all|the majority of) (?:people|patients|users"
     r"|participants|sufferers)\b"
     r"|\bsymptoms?\b[^.;\n]{0,40}?\b(?:ease|eases|ease off|improve|settle|fade|lift|subside"
     r"|go away|clear up|under control|resolve|resolves|disappear|disappears|vanish|vanishes"
     r"|lifts|fades|subsides|settles|improves|clear|clears)\b[^.;\n]{0,20}?\bwithin (?:a |the )?"
     r"(?:few |couple "
     r"of |several |first )?(?:days?|weeks?|months?)\b",
     "most many nearly almost majority helps help symptom symptoms"),
    # the benefit as a label's value, expected or typical: "Expected benefit: fewer attacks
    # within weeks", "Typical outcome: symptoms under control by the first month"
    (r"\b(?:expected|typical|usual|likely|anticipated|proven|known) (?:benefits?|outcomes?"
     r"|results?|improvements?|effects?|gains?)\s*:\s*[^.;\n]{0,60}?\b(?:fewer|less|lower"
     r"|better|under control|relief|improv\w*|back to normal|gone|disappear\w*|eas\w+|cured"
     r"|recover\w*|heal\w*)\b",
     "expected typical usual likely anticipated proven known"),
    # a promise that it will deal with the illness: "Ganaxolone will sort my depression out"
    # (not "your doctor will clear up any questions", "will sort your travel out")
    (r"\bwill (?:sort|clear|fix|knock) (?:my|your|their|his|her) (?!(?:questions?|queries"
     r"|paperwork|forms?|travel|appointments?|visits?|schedule|doubts|worries|concerns"
     r"|transport|costs?|expenses|diary|details)\b)[\w'-]+(?:,? [\w'()/-]+){0,8}? (?:out|up)\b"
     r"|\bwill (?:cure|heal|get rid of) (?:my|your|their|his|her)\b",
     "sort clear fix cure heal rid knock"),
    # the benefit felt, and how soon: "Volunteers usually feel the benefit within weeks",
    # "people really notice the difference", "Fast relief: benefits felt within days"
    (r"\b(?:feel|feels|felt|notice|notices|noticed|see|sees|saw)\s+(?:(?:the|a|an|real|big"
     r"|huge|clear|such a|that|marked|noticeable|definite) ){0,2}(?:benefits?|difference"
     r"|improvement)\b"
     r"|\bbenefits? (?:are |were |is )?(?:felt|seen|noticed|kicks? in|arrives?|shows? up)\b"
     r"|\b(?:fast|quick|rapid|instant|lasting|long-lasting|speedy|swift) relief\b",
     "feel feels felt notice notices noticed see sees saw benefit benefits relief improvement"),
    # better than what there is: "It knocks spots off what's on the shelf", "gives better
    # results than the habitual treatment", "acts more rapidly than the treatments that exist"
    (r"\bknocks? spots off\b|\bruns? rings (?:a)?round\b"
     r"|\b(?:gives?|gave|produces?|brings?|delivers?) (?:much |far )?(?:better|superior|greater"
     r"|faster|stronger|quicker) (?:results?|outcomes?|relief|effects?) than\b"
     r"|\b(?:acts?|works?|worked|acted) (?:much |far )?(?:more (?:rapidly|quickly|effectively"
     r"|strongly)|faster|quicker) than\b",
     "knocks knock spots runs rings gives gave produces produce brings bring delivers deliver "
     "acts act works work worked acted"),
    # easing for most, or fast, in the present: "diminishes the symptoms of X in the
    # majority of the persons", "X calms eczema within days"
    (r"\b(?:diminish|reduce|lessen|ease|relieve|alleviate|improve|calm|soothe|settle|clear)"
     r"(?:es|s|ed)?\b[^.;\n]{0,50}?\b(?:in|for) (?:the )?(?:majority|most|nearly all|almost all)"
     r"\b|\b(?:calms?|soothes?|settles?|eases?|clears?|relieves?)\b[^.;\n]{0,40}?\bwithin"
     r" (?:a (?:few |couple of )?)?(?:hours|days|weeks)\b",
     "diminish diminishes diminished reduce reduces reduced lessen lessens lessened ease eases "
     "eased relieve relieves relieved alleviate alleviates alleviated improve improves "
     "improved calm calms calmed soothe soothes soothed settle settles settled clear clears "
     "cleared"),
    # relief that lasts, or the illness left behind: "Relief that lasts well beyond the
    # study", "a relief of X that is durable", "puts X firmly in the past", "most leave
    # off needing other medicines", "The upshot: fewer bad days"
    (r"\brelief (?:that|which) (?:lasts|is (?:durable|lasting|permanent)|stays)\b"
     r"|\b(?:durable|permanent) (?:relief|improvement|results?|benefits?)\b"
     r"|\brelief of [^.;\n]{0,40}? (?:that|which) is (?:durable|lasting|permanent)\b"
     r"|\bputs? [^.;\n]{1,40}? (?:firmly |well and truly |finally )?in the past\b"
     r"|\ba thing of the past\b"
     r"|\b(?:stop|stops|stopped|leave of|leaves of|leave off|leaves off|no longer) needing\b"
     r"|\b(?:upshot|bottom line|payoff|pay-off|end result)\s*:\s*[^.;\n]{0,40}?\b(?:fewer|less"
     r"|better|relief|improv\w*|gone|cured)\b|\bfewer (?:bad|sick|painful|rough) days\b",
     "relief durable permanent puts put past thing needing upshot bottom payoff pay-off end "
     "fewer"),
    # kinder than what people have now: "gentle on the body, strong on symptoms", "a
    # kinder option than what's usually offered", "A step beyond today's standard care"
    (r"\b(?:gentle|easy|kind|easier|kinder|gentler|chill) (?:on|to) (?:the|your|their|ur) (?:body"
     r"|stomach"
     r"|system|skin|joints)\b|\bstrong on (?:symptoms|pain|results|relief)\b"
     r"|\b(?:kinder|gentler|better|safer|easier|smarter) (?:option|choice|alternative|treatment"
     r"|way|approach) than\b|\b(?:a |one )?(?:step|leap|notch|cut) (?:beyond|ahead of|above)\b"
     # (not the stage before a licence: "the big head-to-head step ahead of any licence
     # application", which says when, not how well)
     r"(?! (?:any |a |an |the |its |their )?(?:\w+ )?(?:licen[cs]\w*|approvals?|applications?"
     r"|submissions?|filings?|marketing|launch|rollout|regulators?)\b)"
     r"|\bbeyond (?:today's|current|existing|the|what) (?:standard|usual|best|is offered)\b",
     "gentle easy kind easier kinder gentler chill strong better safer smarter step leap notch cut "
     "beyond"),
    # life given back, a record of helping: "Patients get their lives back with X", "X has a
    # lovely track record of helping people feel like themselves again"
    (r"\b(?:get|gets|got|getting|give|gives|gave|giving|given) (?:people |patients |you |them )?"
     r"(?:their|your|my|his|her) (?:old |normal |former |usual |whole |full )?(?:lives?|life"
     r"|health|freedom|independence|energy|normal life|confidence) back\b"
     r"|\btrack record (?:of|in) (?:helping|success|working|results|improving|easing"
     r"|relieving|getting|curing)\b"
     r"|\b(?:good|great|lovely|strong|excellent|proven|solid|impressive|fantastic|wonderful)"
     r" track record\b",
     "back track"),
    # what most people who take it find: "Most volunteers on X report fewer symptoms",
    # "Many people find their asthma settles down once they start", "Most volunteers no
    # longer need other medicines"
    (r"\b(?:most|many|nearly all|almost all|the majority of|lots of|plenty of) (?:[\w-]+ )?"
     r"(?:people|patients|volunteers|participants|users|folks|sufferers|of them|who try it)\b"
     r"[^.;\n]{0,60}?(?:\b(?:report|reports|reported|say|says|said|find|finds|found|notice"
     r"|noticed|feel|felt|get|got|have|had)\b[^.;\n]{0,50}?\b(?:fewer|less|better|improv\w*"
     r"|relief|settles?|settled|eases?|eased|calms?|calmed|clears?|cleared|goes away|went away"
     r"|difference|benefit)\b|\bno longer (?:need|needs|needed|have|has|had|get|suffer)\b)",
     "most many nearly almost majority lots plenty"),
    # easing for most as a habit: "X tends to ease asthma for most people who try it",
    # "Clears the symptoms for the majority"
    (r"\btends? to (?:ease|relieve|improve|help|calm|soothe|settle|clear|reduce|lower|work"
     r"|shrink|heal)\b"
     r"|\bclears? (?:up )?(?:[\w'-]+ ){0,4}?symptoms\b"
     r"|\b(?:for|in) (?:most|many|nearly all|almost all|the majority of) (?:people |patients "
     r"|those |users )?who (?:try|take|use|get|got|took|used|tried)\b",
     "tend tends clear clears who"),
    # What the treatment did, in the past: "the drug cut their pain in half", "the app
    # helped people sleep", "it led to fewer flare-ups".
    # (Facts handed over are no change in health: "the comparison app gave information
    # about depression", "it gave tips on sleep".)
    (rf"\b(?:{_TREATMENT_NOUNS}|it|they)\s+(?:\w+ly\s+)?(?:{_DID_GOOD})\s+"
     r"(?!(?:\w+\s+){0,2}?(?:information|education|advice|tips|facts|lessons|details|guidance"
     r"|materials|content|videos|articles|leaflets|explanations?)\b)(?:\w+\s+){0,3}?"
     rf"(?:{_HEALTH_OBJECTS})\b",
     "cut lowered reduced eased relieved cleared healed shortened halved boosted improved sped "
     "stopped prevented shrank shrunk lessened calmed restored helped got brought kept led "
     "resulted gave made"),
    # better than what people have now, as a verdict or a comparison: "Compared with usual
    # care: superior", "it hits way harder than what people take now", "a more reliable
    # outcome than the therapies on offer"
    (r"\b(?:compared (?:with|to)|versus|vs\.?|relative to|against) [^.;:\n]{1,40}:\s*(?:clearly "
     r"|far |much )?(?:superior|better|more effective|safer|stronger|the winner)\b"
     r"|\b(?:hits?|works?|acts?|kicks?) (?:way |much |far |a lot |so much )?(?:harder|stronger"
     r"|better) than\b"
     r"|\b(?:it's|it is|this is|that's) the (?:better|best|superior|safer|stronger) (?:option"
     r"|choice)\b"
     r"|\b(?:a |an )?(?:more reliable|more dependable|more consistent|better|superior|stronger"
     r"|more lasting) (?:outcomes?|results?|relief|effects?|control|protection|recovery) than\b",
     "compared versus vs relative against hits hit works work acts act kicks kick reliable "
     "option choice "
     "dependable consistent better superior stronger lasting"),
    # a benefit the study brings: "Taking part is associated with a marked improvement in
    # wellbeing", "leads to a clear reduction in pain"
    (r"\b(?:associated with|linked (?:with|to)|leads? to|results? in|brings?|yields?"
     r"|produces?|delivers?|offers?) (?:a |an )?(?:significant|marked|clear|major|dramatic"
     r"|substantial|great|big|remarkable|meaningful|noticeable|striking) (?:improvement|benefit"
     r"|reduction|gain|relief|recovery)s?\b",
     "associated linked leads lead results result brings bring yields yield produces produce "
     "delivers deliver offers offer"),
    # how soon or how often it works, as a label's value: "Onset of benefit: within days",
    # "Response rate: most volunteers respond", "Durability: relief persists after the study"
    (r"\b(?:onset|start) of (?:benefit|relief|improvement|action|effect)s?\s*:\s*(?:within|in"
     r"|after) (?:a |the )?(?:few |couple of |first |several )?(?:hours|days|weeks|days?)\b"
     r"|\bresponse(?: rate)?\s*:\s*(?:most|nearly all|almost all|the majority|high|very high"
     r"|excellent|near-universal)\b"
     r"|\b(?:durability|lasting effect)\s*:\s*[^.;\n]{0,60}?\b(?:persists?|lasts?|continues?"
     r"|endures?|remains?|stays?)\b"
     r"|\b(?:relief|benefits?|improvement|effects?) (?:from|of|for|on) [^.;\n]{1,40}? (?:persists?"
     r"|lasts?|continues?|endures?) (?:after|beyond|long after|once|past)\b",
     "onset start response durability lasting relief benefit benefits improvement effect "
     "effects"),
    # evidence or better care as a verdict: "Its track record speaks for itself", "an
    # improvement on existing care", "they feel like themselves again"
    (r"\b(?:track record|record|results|evidence|data|outcomes?) speaks? for (?:itself"
     r"|themselves)\b"
     r"|\b(?:improvement|advance|step forward|upgrade|leap) (?:on|over|from) (?:the )?(?:existing"
     r"|current|standard|usual|available|older|other|present)\b"
     r"|\bfeel(?:s|ing)? (?:like )?(?:themselves|yourself|himself|herself|myself|ourselves"
     r"|yourselves) again\b",
     "speaks speak improvement advance forward upgrade leap feel feels feeling"),
    # a renewal felt, which only a benefit gives: "People come away from it feeling renewed
    # in body and spirit", "they feel like new"
    (r"\b(?:feel|feels|feeling|felt)\s+(?:(?:so|truly|really|completely|totally) )?(?:renewed"
     r"|refreshed|restored|revitali[sz]ed|rejuvenated|transformed|reborn|healed|like new"
     r"|like a new (?:person|man|woman))\b",
     "feel feels feeling felt"),
    # the illness gone for most, or for good: "Outcome for asthma: resolved in most cases",
    # "Most participants achieve lasting control of their migraines", "everyone on it gets
    # better", "her eczema basically vanished"
    (r"\b(?:resolved|resolves|cleared|clears|cured|healed|disappeared|disappears|went away"
     r"|goes away|gone) (?:in|for) (?:most|many|nearly all|almost all|the majority of|all)"
     r" (?:cases|of them|patients|people|participants|volunteers|users)\b"
     r"|\b(?:most|many|nearly all|almost all|all|everyone|the majority)\b[^.;\n]{0,30}?\b"
     r"(?:achieve|achieves|gain|gains|get|gets|reach|reaches|attain|attains) (?:lasting"
     r"|long-term|durable|full|complete|permanent|total|good|excellent) (?:control|relief"
     r"|remission|recovery)\b"
     r"|\b(?:everyone|everybody|all|most people|anyone) (?:on it|on this|taking it|who (?:takes"
     r"|took|gets|got|tries|tried) it)\b[^.;\n]{0,20}?\b(?:gets? better|got better|improves?"
     r"|improved|recovers?|recovered|heals?|healed)\b"
     r"|\b(?:everyone|everybody|nearly everyone|almost everyone|most people|all) on [^.;\n]{1,60}?"
     r" (?:gets?|got|keeps?|kept|has|have) (?:their|his|her|my|your|ur) [^.;\n]{1,80}? under"
     r" control\b"
     r"|\b(?:her|his|their|my|your|ur) [^.;\n]{1,60}? (?:basically |completely |totally |just "
     r"|literally |pretty much |all but )?(?:vanished|disappeared|went away|cleared up"
     r"|was cured|were cured|got cured)\b",
     "resolved resolves cleared clears cured healed disappeared disappears went goes gone "
     "achieve achieves gain gains get gets reach reaches attain attains everyone everybody "
     "all anyone vanished control"),
    # healing as an ongoing record: "X has been clearing up eczema for almost everyone who's
    # used it" (a study "has been recruiting"; only a treatment has been curing)
    (r"\b(?:has|have|'s|'ve) been (?:clearing(?: up)?|curing|healing|fixing|reversing"
     r"|relieving|beating|wiping out|getting rid of|turning around)\b"
     r"|\bfor (?:nearly|almost|virtually|practically|just about) (?:everyone|everybody|all)"
     r"(?: of (?:them|those))? (?:who|that)(?:'s| has| have|'ve)? (?:tried|taken|used|had"
     r"|received|got|gotten)\b",
     "clearing curing healing fixing reversing relieving beating wiping getting turning "
     "nearly almost virtually practically just"),
    # what is lost to the illness, given back by the treatment: "patients recover full
    # movement on the drug", "people regain their sight with it"
    (r"\b(?:regain|regains|regained|regaining|recover|recovers|recovered|recovering)"
     r" (?:(?:their|your|his|her|full|normal|lost|much|most|all) ){0,2}(?:function|functioning"
     r"|mobility|movement|strength|independence|vision|sight|hearing|speech|use of [\w ]{1,20})"
     r"\b[^.;\n]{0,40}?\b(?:on|with|thanks to|after (?:starting|taking|getting|using))"
     r" (?:it|this|them|the|[a-z0-9])",
     "regain regains regained regaining recover recovers recovered recovering"),
    # a burden of the illness falling for the people treated: "hospital stays drop sharply
    # for those on X", "flare-ups fall among people taking it"
    (r"\b(?:admissions|readmissions|hospitali[sz]ations|(?:hospital |clinic )?(?:stays|visits)"
     r"|relapses|flare-?ups|attacks|seizures|deaths|symptoms|pain|infections|episodes"
     r"|sick days|days off)\s+(?:[a-z]+ )?(?:fall|falls|fell|drop|drops|dropped|decline"
     r"|declines|declined|plummet\w*|plunge\w*|shrink|shrinks|shrank|halve|halves|halved"
     r"|go down|goes down|went down|come down|comes down|ease|eases|eased)\b[^.;\n]{0,30}?"
     r"\b(?:for|among|in|with) (?:those|people|patients|participants|volunteers|users|everyone"
     r"|anyone|kids|children|adults|folks)\s+(?:on|taking|given|using|treated|who (?:take|took"
     r"|get|got|use|used|receive|received))\b",
     "fall falls fell drop drops dropped decline declines declined plummet plummets "
     "plummeted plunge plunges plunged shrink shrinks shrank halve halves halved go goes "
     "went come comes ease eases eased"),
    # time in hospital cut, as what happens: "you'll spend far less time in hospital on X"
    (r"\b(?:spend|spends|spent|stay|stays|stayed)\s+(?:[a-z]+ )?(?:less|fewer|shorter)\s+"
     r"(?:time|days|nights|weeks)\s+in (?:the )?hospital\b",
     "spend spends spent stay stays stayed"),
    # evidence as a verdict for the treatment, whoever's it is: "the published evidence
    # fully backs the drug", "data confirm a clear edge for the therapy" (the treatment
    # after its determiner: "studies on back surgery" is a back's)
    (r"\b(?:data|evidence|results?|findings|studies|research|science|trials)\b[^.;\n]{0,20}?"
    r"\b(?:(?:totally|fully|strongly|firmly|clearly|really|solidly|squarely|overwhelmingly"
    r"|completely) )?(?:back|backs|backed|vindicate|vindicates|vindicated|endorse|endorses"
    rf"|endorsed)(?: up)? (?:(?:the |this |its |their )(?:new )?(?:{_TREATMENT_NOUNS}|approach)"
    r"|it)\b"
    r"|\b(?:totally|fully|strongly|firmly|clearly|solidly|squarely|overwhelmingly|completely)"
    rf" support(?:s|ed)? (?:(?:the |this |its |their )(?:new )?(?:{_TREATMENT_NOUNS}|approach)"
    r"|it)\b"
    r"|\b(?:confirm|confirms|confirmed|prove|proves|proved|establish|establishes|established)"
    r" (?:an? |the |its |their )?(?:clear |real |strong |definite |decisive )?(?:advantage|edge"
    r"|benefit|superiority) (?:for|of|with|in favou?r of)\b",
     "back backs backed vindicate vindicates vindicated endorse endorses endorsed support "
     "supports supported confirm confirms confirmed prove proves proved establish "
     "establishes established"),
    # a difference made, as done: "the drug really made a difference", "it has made all the
    # difference" (a study asks whether it makes one)
    (rf"\b(?:{_TREATMENT_NOUNS}|it|this|they)\s+(?:\w+ly\s+|has\s+|have\s+|had\s+)*made"
     r" (?:a|the|all the) (?:real |big |huge |clear |massive |significant |great |noticeable |"
     r"genuine |world of )?difference\b",
     "made"),
    # life given back, credited to the treatment: "folk with asthma are back digging their
    # plots thanks to it" (not back as the body: "back pain")
    (r"\b(?:are|is|'re|were|was|got|get|gets|getting|be) (?:now |finally |already |all )?back"
     r" (?!pain|ache|problems?|injur\w+|surgery)[^.;\n]{0,40}?\b(?:thanks to|because of|due to)"
     r" (?:it|this|that|them|the|their|its|[a-z0-9])",
     "thanks because due"),
    # the long-awaited answer: "the answer people with gout have waited years for", "the
    # cure they've been hoping for"
    (r"\bthe (?:answer|cure|solution|fix|remedy|treatment|breakthrough)\b[^.;\n]{0,60}?"
     r"(?:have|has|'ve|had|'d) (?:been )?(?:waited|waiting|longed|longing|hoped|hoping|prayed"
     r"|praying)(?: \w+){0,2}? for\b",
     "answer cure solution fix remedy treatment breakthrough"),
    # every rival left behind: "X leaves every other option on the shelf standing", "it
    # outperforms all other treatments"
    (r"\b(?:leaves?|left|leaving) (?:every|all|any|each) (?:the )?(?:other |existing )?"
     r"(?:options?|treatments?|therap(?:y|ies)|drugs?|medicines?|alternatives?|rivals?"
     r"|competitors?|choices?)\b[^.;\n]{0,30}?\b(?:standing|behind|in the (?:shade|dust))\b"
    # (or the field of rivals as a whole: "X leaves the rest of the field trailing")
    r"|\b(?:leaves?|left|leaving) (?:the rest of the (?:field|pack|bunch|competition)|the"
    r" (?:competition|field|pack|rest)|everything else|everyone else|(?:all )?the others)"
    r" (?:[\w-]+ ){0,2}?(?:standing|behind|trailing|for dead|in (?:the|its|their) (?:shade|dust"
    r"|wake))\b"
     r"|\b(?:beats?|outperforms?|outclasses|outshines?|trumps?|surpasses) (?:every|all|any|each)"
     r" (?:the )?(?:other |existing )?(?:options?|treatments?|therap(?:y|ies)|drugs?|medicines?"
     r"|alternatives?|rivals?|competitors?)\b",
     "leaves leave left leaving beats beat outperforms outperform outclasses outshines "
     "outshine trumps trump surpasses"),
    # a burden of the illness cut for the reader on the treatment: "fewer hospital trips for
    # you on X" (not the study's own schedule: "fewer clinic visits for you in the home arm")
    (r"\b(?:fewer|less|shorter|milder) (?:[\w-]+ ){0,2}?(?:hospital|attacks?|flare-?ups?"
     r"|flares?|symptoms?|pain|relapses?|seizures?|infections?|admissions?|exacerbations?"
     r"|sick|a&e|emergency)\b[^.;\n]{0,20}?\bfor (?:you|ur|u) (?:on|with|while on|taking)\b"
    # (or needed less by whoever is on it: "you'd need far fewer hospital visits on X")
    r"|\b(?:need|needs|needed|have|has|had|make|makes|made) (?:(?:far|much|a lot|way|many"
    r"|significantly) )?fewer (?:[\w-]+ ){0,2}?(?:hospital|a&e|emergency|casualty) (?:[\w-]+ )?"
    r"(?:visits?|trips?|stays?|admissions?)\b (?:on|with|while on|when taking|thanks to)\b",
     "fewer less shorter milder"),
]]  # fmt: skip
_EFFICACY.append((_GONE_FOR_YOU_RE, frozenset(["your", "ur"])))
_EFFICACY.append((_NEVER_BACK_RE, frozenset(["never"])))
_SAFETY_RE = re.compile(
    # (or an absence of them: "notable for the near absence of unwanted effects")
    r"\b(?:no|zero|without|free of|free from|(?:(?:near|virtual|almost complete|complete"
    r"|total) )?(?:absence|lack) of|won't (?:get|have|cause|experience|give you)"
    r"(?: any)?|will not (?:get|have|cause|experience)(?: any)?|never (?:causes?|gives?))\s+"
    # (any word of degree: "presents no meaningful risk to participants")
    r"(?:(?:known|serious|major|bad|nasty|real|significant|worrying|meaningful|appreciable"
    r"|notable|measurable|substantial|relevant|important|additional|added|extra|material) )?"
    r"(?:side[- ]effects?|(?:adverse|unwanted|undesirable) (?:effects?|events?|reactions?)"
    r"|harms?|complications?|risks?|toxicit(?:y|ies)"
    r"|dangers?|downsides?)\b(?! factors?\b)"
    r"(?: (?:of any kind|at all|whatsoever|in taking part))?"
    r"|\b(?:risk-free|harmless|without (?:any )?danger)\b"
    # no risk to the reader: "Joining won't put you at any risk", "it puts you at no risk"
    r"|\b(?:won't|will not|doesn't|does not|can't|cannot|never|wouldn't|would not) put"
    r" (?:you|them|anyone|anybody|participants|volunteers|people|patients|your health)"
    r" at (?:any )?(?:real |serious )?risk\b(?! of (?!harm|side|complications|danger))"
    r"|\bputs? (?:you|them|anyone|participants|volunteers|people|patients) at no (?:real )?risk\b"
    # harms asked about and answered small: "Side effects? Hardly any", "Risks: next to none"
    r"|\b(?:side[- ]effects?|risks?|harms?|complications?|downsides?)\s*[?:]\s*(?:hardly"
    r"|barely|scarcely|virtually|practically|almost) (?:any|none)\b"
    r"|\b(?:side[- ]effects?|risks?|harms?|complications?|downsides?)\s*[?:]\s*(?:very few"
    r"|next to none|few to none|none to speak of|nothing to speak of|none worth mentioning)\b"
    r"|\b(?:side[- ]effects?|risks?|harms?|safety)(?: profile| level)?\s*(?::|is|are|were|was)\s*"
    r"(?:(?:basically|really|simply|just|largely|mostly|honestly|generally|usually|pretty much)"
    r" )?(?:not (?:a|much of a) (?:concern|worry|problem|issue)|none|nil|minimal|negligible"
    r"|excellent|no (?:real )?(?:concern|issue|problem|worry)|nothing to worry about"
    r"|not an issue|a non-?issue)"
    r"|\b(?:completely|totally|perfectly|entirely|absolutely|100 ?%|very|proven)\s+safe\b"
    r"|\b(?:aes?|adverse (?:events?|effects?|reactions?)|side[- ]effects?)(?: profile| rate"
    r"| burden)?\s*:\s*(?:none|nil|zero|0|no)\b|\bnothing bad (?:happens|will happen|can happen)\b"
    r"|\bsafety(?: profile| record)?\s*:\s*(?:[\w-]+\s+){0,2}?(?:best|excellent|outstanding"
    r"|perfect|unmatched|spotless|flawless)\b"
    r"|\b(?:best|better|spotless|perfect|flawless|excellent|outstanding|unmatched) safety (?:record"
    r"|profile)\b|\bsafest\b|\bsafety (?:record|profile) (?:is|was) (?:\w+ )?(?:spotless|perfect"
    r"|flawless|excellent|outstanding|unmatched|clean|impeccable)\b"
    # nothing safer: "No treatment has a better safety record", "none has been safer"
    r"|\b(?:no|none)\b (?:[\w-]+ ){0,4}?(?:has|had|have|with|is|was|has been) (?:a |an )?"
    r"(?:(?:better|cleaner|stronger) safety (?:record|profile)|safer)\b"
    r"|\b(?:need not|needn't|don't need to|do not need to|no need to) worry about (?:any )?"
    r"(?:side[- ]effects?|risks?|safety|harms?)"
    r"|\b(?:side[- ]effects?|risks?)\b[^.;\n]{0,30}\bthere (?:are|were|will be) none\b"
    r"|\b(?:well|easily|fully) tolerated\b"
    # tolerated as a verdict: "People tend to tolerate it wonderfully, with hardly any
    # problems at all"
    r"|\btolerat(?:e|es|ed|ing) (?:it|them|this|the (?:drug|treatment|medicine|therapy|vaccine"
    r"|procedure|operation|surgery|device|injection|jab|pill|tablets?))"
    r" (?:very |really |extremely |remarkably |so )?(?:well|wonderfully|nicely"
    r"|beautifully|easily|brilliantly|fine)\b"
    r"|\b(?:hardly|barely|scarcely|almost never) (?:any|cause[sd]?(?: any)?) (?:problems"
    r"|side[- ]effects?|issues|trouble|complaints|reactions|harms?)\b"
    # harms made nothing, or tolerability praised: "with minimal adverse events", "presents
    # negligible risk", "a favourable tolerability profile", "no bad stuff"
    r"|\b(?:minimal|negligible|very few|almost no|next to no) (?:side[- ]effects?"
    r"|adverse (?:events?|effects?|reactions?))\b|\b(?:negligible|zero) risks?\b"
    r"|\b(?:favou?rable|good|excellent|benign|clean|reassuring|great) tolerability\b"
    r"|\bno bad (?:stuff|effects|reactions|side effects|things)\b"
    # nobody harmed so far, as a fact: "nobody has had a bad reaction to it", "no one has
    # had any serious problems on it"
    r"|\b(?:nobody|no one|none of them|not one person|not a single person) (?:has|have|had|'s)"
    r" (?:ever )?(?:had|got|suffered|experienced) (?:a |any )?(?:bad|serious|nasty|major|severe"
    r"|real) (?:reactions?|side[- ]effects?|problems?|complications?|effects?)\b"
    # nobody harmed, in any words: "I've not had a single patient come to any harm on it"
    r"|\b(?:not (?:had )?a single|not one|nobody|no one|none of (?:them|my patients|the \w+))"
    r"\b[^.;\n]{0,30}?\b(?:come to (?:any )?harm|came to (?:any )?harm|been harmed|got hurt"
    r"|was harmed|were harmed)\b"
    # a label that calls it low risk, with harms made rare: "Low risk: serious problems are
    # very rare with X"
    r"|\blow[- ]risk\s*:\s*(?:[\w-]+ ){0,3}?(?:problems?|side[- ]effects?|harms?"
    r"|complications?|reactions?) (?:are|is) (?:very |extremely )?(?:rare|uncommon|unusual)\b"
)
# Harms made small, as a verdict on the treatment: "the side effects are mild, and most
# people hardly notice them", "Side effects: mild and short-lived", "it's very low risk",
# "serious side effects are practically unheard of". (A risk named with its mildness is a
# consent form's fact, not a verdict: "Risks: mild bruising where blood is taken".)
# Harm made small, in any words for the harm and for the smallness: "Unwanted effects of
# the treatment are rare and mild", "the side effects are next to nothing", "complications
# are a rarity", "there is nothing risky about taking part", "nothing about the operation
# is harmful", "hardly anyone has a bad reaction to it". A harm as the subject of what makes
# it small (or almost no one as the subject of having it) is the verdict; what the study
# asks about harm is hedged before it ("to see whether side effects are rare").
_HARM_NOUNS = (
    r"(?:(?:unwanted|side|adverse|bad|harmful|undesirable|nasty|after)[- ](?:effects?"
    r"|reactions?|events?)|risks?|harms?|downsides?|dangers?|complications|drawbacks)"
)
_SMALL = (
    r"(?:rare|mild|minimal|few|negligible|minor|trivial|slight|uncommon|low|small|tiny|nil"
    r"|non-?existent|(?:next to|close to|practically|almost) nothing|nothing|barely there"
    r"|hardly there|manageable|tolerable|short-lived|fleeting|a rarity|few and far between"
    r"|(?:almost |nearly |practically )?unheard of)"
)
_HARM_MADE_SMALL_RE = re.compile(
    r"\b" + _HARM_NOUNS + r"(?: (?:of|from|with|to) [^.;:\n]{1,50}?)?\s+(?:are|is|were|was"
    r"|tend to be|seem|seems|remain|remains|stay|stays|look|looks|have been|has been)\s+"
    r"(?:(?:very|extremely|generally|usually|typically|only|quite|pretty|so|really|mostly"
    r"|always|largely|reassuringly|basically) )*" + _SMALL + r"\b"
    r"|\bnothing (?:at all )?(?:risky|harmful|dangerous|unsafe|hazardous|worrying|scary)"
    r" (?:about|in|with)\b"
    r"|\b(?:nothing|no part|no step) (?:about|in|of) [^.;:\n]{1,40}? (?:is|was|are|were)"
    r" (?:at all )?(?:risky|harmful|dangerous|unsafe|hazardous)\b"
    r"|(?:\b(?:hardly|barely|scarcely) (?:anyone|anybody)|\b(?:almost|nearly|virtually)"
    r" (?:no one|nobody|no-one)|\bvery few (?:people|patients|volunteers|participants|users)"
    r"|\bno(?:body| one|-one)) (?:ever )?(?:has|have|gets?|got|had|suffers?|suffered"
    r"|experiences?|experienced|reports?|reported|notices?) (?:a |an |any )?(?:(?:bad|serious"
    r"|nasty|real|major|adverse|allergic) )?(?:reactions?|side[- ]effects|problems"
    r"|complications|after[- ]effects|harm)\b"
)
_SAFETY_MILD_RE = re.compile(
    r"\b(?:side[- ]effects?|adverse (?:effects?|events?|reactions?)|risks?|downsides?)"
    r"(?: (?:of|from|with) (?:it|this(?: one)?|the (?:drug|treatment|medicine|therapy)"
    r"|[\w-]+(?: [\w-]+){0,3}?))?"
    # (an aside may come between: "Side effects, where they occur at all, are trivial")
    r"(?:,[^,.;\n]{1,40},)?"
    r"(?:\s*:\s*|\s+(?:are|is|were|was|tend to be|seem|seemed|look|remain|stay|have been"
    # hearsay is the verdict too: "Side effects are reported to be minimal"
    r"|(?:are|is|were|was|have been|has been) (?:reported|said|thought|found|known|believed"
    r"|understood|described|considered|expected|judged|deemed) (?:to be|as)"
    r"|'re)\s+)"
    r"(?:(?:usually|generally|typically|mostly|mainly|very|quite|pretty|fairly|only|just"
    r"|extremely|really|incredibly|practically|virtually|almost|nearly|all|always|relatively"
    r"|reassuringly|lowkey|low-key|basically|honestly|literally|like)\s+)*"
    r"(?:mild|minor|rare|few and far between|minimal|negligible|slight|tiny|low|short-lived"
    r"|manageable|uncommon|trivial|insignificant|gentle|nothing (?:really|much|serious|to worry"
    r"|major|to write home about)|nothing(?= *(?:[.,;!]|$| fr\b| tbh\b))|unheard of|non-?existent"
    r"|inexistent|no big deal|easy to (?:live"
    r" with|manage|handle)|few(?! (?:weeks|days|months|hours|people|of)\b)|light)\b"
    r"(?!\s+(?:pain|discomfort|bruis\w*|bleeding|soreness|redness|swelling|headaches?|nausea"
    r"|risks?|chance|to)\b)"
    r"|\b(?:it|this(?: one)?|the (?:drug|treatment|medicine|therapy|procedure|vaccine|surgery"
    r"|operation|device|injection|pill|app|study|trial))"
    r"(?:'s| is| was| has been)\s+(?:(?:very|extremely|really|quite|fairly|pretty|incredibly"
    r"|considered|known to be|said to be)\s+)*(?:low|minimal|no)[- ]risk\b"
    r"(?!\s+(?:patients|people|women|men|group|population|pregnanc\w*|\w+s)\b)"
    r"|\b(?:low|minimal|no)[- ]risk (?:option|choice|treatment|way|approach|alternative)\b"
    r"|\b(?:most|many|nearly all|almost all) (?:people|patients|users|of them)\s+(?:hardly"
    r"|barely|don't even|do not even|never) (?:notice|feel|get|have) (?:them|any|it)\b"
)
# A safety sentence that tells what the record or the team says or does about harms, not a
# promise about them: "The record lists no side effects", "tell the team about any".
_ABOUT_HARMS_RE = re.compile(
    r"\b(?:listing|registry|posted|information|data|details|report|tell|call|contact"
    # (not a "safety record", which is the claim: "its safety record is spotless")
    r"|ask|watch|monitor\w*|track\w*|check\w*|(?<!safety )record\w*|note\w*|if|whether|may"
    r"|might|could"
    r"|possible|unknown|known yet)\b"
)
# A criterion about the reader's past, not a promise: "no serious side effects from earlier
# treatment".
_HISTORY_RE = re.compile(r"\b(?:earlier|previous|prior|past|before|history|had)\b")
_CERTAINTY_RE = re.compile(
    r"\b(?:certain|sure|bound|guaranteed|assured|destined|set)\s+to\s+(?:succeed|work|help"
    r"|be a success|pay off|make (?:you|them|people|everyone)|cure|fix|heal)\b"
    r"|\bsure thing\b|\bsure bet\b|\bsuccess is (?:assured|guaranteed|certain|a given)\b"
    r"|\bcan(?:'t|not) fail\b|\bwill (?:definitely|certainly|surely|undoubtedly) (?:work|help"
    r"|succeed)\b"
)
_PAYMENT_RE = re.compile(
    r"[$£€¥] ?\d|\b\d[\d,]* ?(?:dollars|euros?|pounds|usd|eur|gbp)\b"
    r"|\b(?:hundred|thousand) (?:dollars|euros|pounds)\b"
    # (a study "paid for by" its sponsor is funded, not paying: "paid for and run by Takeda")
    r"|\b(?:get|gets|be|are|is|were|was|getting|being) paid\b(?! for (?:and [\w ]{1,25}? )?by\b)"
    r"|\bpays? (?:\$|£|€|\d|you|each"
    r"|every|participants|volunteers|people|everyone)\b|\bpayment\b|\bcompensat\w+|\bstipend"
    r"|\breimburs\w+|\bgift (?:card|voucher)s?\b|\b(?:prizes?|rewards?|cash|lots of money)\b"
    # the costs of taking part met by the study: "insurance: pays all travel"
    r"|\bpays? (?:for )?(?:all|any|every|your)(?: of (?:your|the))? (?:travel|expenses|costs"
    r"|fares|parking|transport)\b"
    # money as the respect in which volunteers are looked after: "They look after you really
    # well money-wise" (not "financially supported by", which is the sponsor's)
    r"|\bmoney[- ]?wise\b|\b(?:look|looks|looked|taken?) (?:care of|after) (?:you|volunteers"
    r"|participants|people|everyone) (?:[\w-]+ ){0,2}?financially\b"
)
# A denial just before a claim: "no payment", "not certain to work", "isn't approved".
_NEGATION_RE = re.compile(r"\b(?:no|not|unpaid|without|won't|never|isn't|aren't|nothing)\b")
# A denial just after a claim's noun, as its predicate: "(Payment) for taking part is not
# mentioned", "(compensation) isn't offered".
_DENIED_AFTER_RE = re.compile(
    r"(?: (?:for|of|to) [\w -]{1,30}?)? (?:is|are|was|were|has|have)(?: been)? (?:not|never)\b"
    r"| (?:isn't|aren't|wasn't|weren't|hasn't|haven't)\b"
)
# A label whose answer is no: "Miracle: no.", "Cure - none".
_LABEL_ANSWERED_NO_RE = re.compile(r"\s*(?::|=|-|\u2013|\u2014)\s*(?:no|none|nope)\b")
_RECORD_PAYS_RE = re.compile(
    r"\bpa(?:y|id|yment)\w*|compensat|stipend|reimburs|honorari|incentive|[$£€¥]|dollars"
    r"|euros|gift card|voucher"
)
# Telling the reader to join, in any words: "Recommendation: join if you have X", "People
# with X need to get into this study", "you really ought to sign up".
_ADVICE_RE = re.compile(
    r"\b(?:should|must|need to|needs to|ought to|have to|has to|had better|urged? to|encouraged?"
    r" to)\s+(?:really |definitely |def |defo |deffo |totally |all |just |seriously |absolutely )?"
    r"(?:join|sign up|enrol\w*"
    r"|take part|get into|get in on|apply|participate|volunteer|be part of|register|inscribe"
    r"|put (?:their|your|his|her) names? down)\b"
    r"|\brecommend\w*\s*:?\s*(?:that (?:you|people|patients|everyone) )?(?:to )?(?:join|sign up"
    r"|enrol\w*|take part|apply|participate|volunteer)\b"
    # an order to act, now: "stop whatever you're taking now and join", "sign them up right
    # away", "Inscribe yourself at once"
    # (an order opens its clause: not "looking for people to join now")
    # (at any sentence's opening: "Ready to join? Ask at the front desk today.", "Reserve a
    # selection visit as soon as possible", "Give them a ring today")
    r"|(?:^[\s*•>#-]*|(?<=[.!?] )|(?<=\n)[\s*•>#-]*|[:;,!] |\band |\bthen |\bso )(?:join|sign"
    r" (?:up|them up|him up|her up|yourself up)|enrol\w*|inscribe yourself|register|apply|reserve"
    r"|book|ask at|ask about (?:joining|signing up|a (?:place|spot)|enrol\w*)|call|ring|phone"
    r"|telephone|e-?mail|contact|get in touch with|reach out to|write to"
    r"|give (?:them|us|the team|the clinic) a (?:ring|call|bell)|put your name (?:down"
    r"|forward))\b[^.;\n]{0,30}?\b(?:right away|at once"
    r"|immediately|today|now|without delay|asap|as soon as (?:you can|possible)"
    r"|this (?:very )?(?:week|month|day|morning|afternoon)"
    r"|before (?:the )?(?:places|spots|slots|spaces|openings) (?:finish|go|run out|fill|are gone)"
    r"|before the next \w+)\b"
    r"|(?:^[\s*•>#-]*|(?<=[.!?] )|(?<=\n)[\s*•>#-]*|[:;,!] |\band |\bthen |\bso )get"
    r" (?:yourself |them |him |her )?(?:signed up|signed on|enrol+ed|registered|booked in"
    r"|on board|involved)\b[^.;\n]{0,30}?\b(?:right away|straight away|at once|immediately"
    r"|today|now|without delay|asap|as soon as (?:you can|possible)|quick|quickly|fast)\b"
    r"|\bstop (?:taking |using )?(?:whatever|all|your|any|everything)\b[^.;\n]{0,30}\b(?:join"
    r"|sign up|enrol\w*|take part)\b"
    r"|\b(?:my|our) advice\s*:"
)
# What someone ought to do, in other words for joining: "ought to be in this study", "really
# must put their name down", "pts advised to sign up".
_JOIN_OUGHT_RE = re.compile(
    r"\b(?:should|must|need to|needs to|ought to|have to|has to)\s+(?:really |definitely |all "
    r"|just |seriously )?(?:be in (?:this|the) (?:study|trial)"
    # (not how long: "must be in the study for a year")
    r"(?! for| until| till| through| from| at| during| while)"
    r"|put (?:their|your|his|her) names? (?:down|forward)|get involved|sign on)\b"
    r"|\b(?:advised|urged|encouraged) to (?:join|sign up|enrol\w*|take part|participate|apply"
    r"|volunteer|register)\b"
    r"|\b(?:a|an absolute|a real) must for (?:anyone|everyone|everybody|people|those|all|you)\b"
)
# Advice given as a label and an order, or as advice: "Action: enrol if eligible", "Rec:
# request X from prescriber", "My strong advice is to come off your usual tablets".
_ADVICE_LABEL_RE = re.compile(
    r"\b(?:(?:my|our|her|his|their|the (?:doctor|nurse|team)'s) (?:\w+ )?advice (?:is|was"
    r"|would be)(?: to)?|(?:advice|action|rec|recommendation"
    r"|suggestion|tip|next step|to-?do)\s*:)\s*(?:please\s+)?(?:join|sign up|enrol\w*|register"
    r"|apply|take part|stop|quit|d/c|discontinue|hold|come off|request|start|switch|get|take"
    r"|say yes|book)\b"
)
# An order or a need about the reader's own medicines: "Hold existing therapy during
# study", "Stop your current medicine now". It is advice only when the record never speaks
# of stopping one (``_record_stops``): then "you would stop your inhaler before each visit"
# is the record's own instruction.
_STOP_MEDICINE_RE = re.compile(
    r"\b(?:stop|quit|d/c|discontinue|hold|pause|come off|skip|omit|drop|halt|cease|give up"
    r"|ease off|cut back on|cut down on|wean (?:yourself )?off|lay off|abandon|suspend"
    r"|hold off(?: on)?"
    # a translation's "leave of taking your habitual medicine" (dejar de tomar)
    r"|leave (?:off|of|out)|(?:set|put|lay|leave) aside|do without|go without"
    r"|(?P<set>set|put)|(?P<knock>knock))(?: taking| using)? (?:all |any "
    r"|your |ur |my |their |his |her |existing |current |usual |regular |other |present |actual "
    r"|habitual |normal |daily |own |concurrent |concomitant |background |ongoing )+"
    r"(?:[\w-]+ )?(?:medicines?|medications?|meds|tablets|pills|therapy|therapies|treatments?|tx"
    r"|drugs|inhalers?|insulin|prescriptions?|doses?)\b"
    # ("set" and "put" only as "set your medicine aside", "put your tablets on hold"; "knock"
    # only as "knock your tablets on the head")
    r"(?(set) (?:aside|to one side|on hold)\b)(?(knock) on the head\b)"
    # the same, as what may be done: "While enrolled: other treatment can be stopped"
    r"|\b(?:other|usual|regular|current|existing|present|normal|daily|concurrent|concomitant)"
    r" (?:[\w-]+ )?(?:medicines?|medications?|meds|tablets|pills|therap\w+|treatments?|drugs"
    r"|prescriptions?|doses?|painkillers|inhalers) (?:can|may|could|should|ought to|must"
    r"|needs to|need to)"
    r" (?:all |safely |simply )?be (?:stopped|dropped|suspended|paused|halted|discontinued"
    r"|set aside|put on hold|omitted|skipped|withheld|halved|missed"
    # (a phrasal verb in the passive: "usual tablets can be left off on study days")
    r"|left (?:off|out|aside)|given up|laid aside|cut out|come off"
    # (put away for now: "other treatments can be parked while taking part")
    r"|parked|shelved|benched|put (?:to one side|aside|away|on ice|on the back burner))\b"
    # the medicines themselves as what stops, on joining: "usual medicines can stop on
    # joining", "regular tablets should end once you enrol" (a record says when a
    # participant stops them, never that they stop)
    r"|\b(?:other|usual|regular|current|existing|present|normal|daily) (?:[\w-]+ )?"
    r"(?:medicines?|medications?|meds|tablets|pills|therap\w+|treatments?|drugs|prescriptions?"
    r"|inhalers|painkillers) (?:can|may|could|should|must|will) (?:all |safely |simply )?(?:stop"
    r"|end|cease"
    r"|go|be left) (?:on|once|when|after|while|during|for) (?:joining|enrol\w*|signing up"
    r"|taking part|the study|the trial|you)\b"
)
# Leave not to take the reader's medicines, which its own "no" does not deny: "No need to
# take your usual tablets on clinic days", "you don't have to bother with your inhaler".
_SKIP_MEDICINE_RE = re.compile(
    r"\b(?:no need to|don't need to|do not need to|needn't|don't have to|do not have to"
    r"|won't need to|will not need to|won't have to) (?:keep |carry on |go on )?(?:take|taking"
    r"|use|using|bother with|worry about taking) (?:any of |all )?(?:your|ur|their|his|her)"
    r" (?:(?:usual|regular|normal|daily|other|current|existing|own|present) )*(?:[\w-]+ )?"
    r"(?:medicines?|medications?|meds|tablets|pills|therap\w+|treatments?|drugs|inhalers?"
    r"|insulin|prescriptions?|doses?)\b"
)
_SKIP_HEDGE_RE = re.compile(
    r"\b(?:whether|unless|asked|ask|talk to|check with|if (?:your|the) (?:doctor|team|nurse)"
    r" says)\b|\?"
)
# ... about the reader's own medicines, not the study's tumour cells or its recruitment ("to
# stop tumor cells from dividing", "stopping enrollment early")
_RECORD_STOPS_RE = re.compile(
    r"wash-?out|withh[eo]ld|\b(?:stop\w*|discontinu\w*|ceas\w*|hold\w*|suspend\w*|interrupt\w*"
    r"|taper\w*|pause\w*)\b[^.;\n]{0,40}?\b(?:their|your|current|concomitant|prior|usual|regular"
    r"|existing|all|any|other|background|chronic|previous)\s+(?:[\w-]+\s+){0,2}?(?:medic\w*"
    r"|drugs?|therap\w*|treatments?|tablets|pills|inhalers?|insulin)\b"
)
# A step put down to the study's own rule book, after it: "..., as the protocol requires",
# "per the study protocol", "the protocol says so".
_PROTOCOL_RULE_RE = re.compile(
    r"\b(?:as|because|since) (?:the |its |their )?(?:study |trial )?protocol (?:requires|asks"
    r"|says|sets out|specifies|states|demands|directs)\b|\b(?:per|under|by) the (?:study |trial )?"
    r"protocol\b|\bthe (?:study |trial )?protocol (?:requires|says) (?:it|so|this)\b"
)
# The verbs of ``_STOP_MEDICINE_RE`` that open an order rather than name a medicine.
_STOP_ORDER_OPENS_RE = re.compile(
    r"(?:stop|quit|d/c|discontinue|hold|pause|come|skip|omit|drop|halt|cease|give|ease|cut"
    r"|wean|lay|abandon|suspend|leave|set|put|do|go|knock)\b"
)
# Joining now, as someone's word or the writer's: "She told me to sign up straight away",
# "not to wait and to book the screening this week", "Hit reply today and we'll get your name
# on the list", "Put your name forward; you'll be glad you did".
_JOIN_NOW_RE = re.compile(
    r"\b(?:told|advised|urged|wants?|wanted|asked) (?:me|us|you|them|him|her) to (?:sign up"
    r"|join|enrol\w*|apply|register|take part|say yes|book (?:in|a place|a spot|the screening))\b"
    r"|\b(?:not to|don't|do not|no need to) wait\b[^.;\n]{0,30}?\b(?:book|sign|join|apply"
    r"|enrol\w*|register|say yes|call|ring|reply)\b"
    # (not joining alone: "The team wants patients to enrol right away after diagnosis")
    r"|\b(?:say yes|book (?:\w+ ){0,2}?(?:screening|place"
    r"|spot|slot|appointment|visit)|hit reply|put (?:your|my) name (?:forward|down))\b"
    r"[^.;\n]{0,30}?"
    r"\b(?:straight away|right away|at once|immediately|today|this week|asap|without delay"
    r"|as soon as (?:possible|you can)|before you (?:leave|go)"
    r"|before (?:the )?(?:places|spots|slots|spaces|openings) (?:go|run out|fill|are gone))\b"
    # "get your name in before it fills up", "get ur name down quick", "Get your application
    # in now"
    r"|\bget (?:your|ur) (?:names?|application|form|details) (?:in|down|on the list)\b"
    r"[^.;\n]{0,30}?\b(?:before|now|today|quick|quickly|fast|asap|soon)\b"
    # the haste itself advised, in the passive: "Prompt application is advised"
    r"|\b(?:prompt|early|quick|immediate|speedy) (?:application|enrol\w*|sign-?up|registration"
    r"|booking)s? (?:is|are) (?:strongly |highly )?(?:advised|recommended|encouraged|urged)\b"
    r"|\b(?:we|i)(?:'ll| will| can) (?:get|put|add) (?:your|you) (?:name )?(?:on|down|to)"
    r" (?:the|our) (?:list|study|trial)\b"
    r"|(?:^|(?<=[.!?;:] )|(?<=\n))put your name (?:forward|down)\b"
    r"|\byou(?:'ll| will) (?:be glad you did|never regret it|not regret it|thank yourself)\b"
    # a step owed by a near deadline, in the passive: "screening ought to be booked this
    # week" (a protocol's window is no deadline on the reader: "screening must be done within
    # 28 days of the first dose")
    r"|\b(?:ought to|should|must|needs? to|has to|have to) be (?:booked|arranged|scheduled"
    r"|secured|made|sent|done|requested|submitted)(?: \w+){0,2}? (?:this week|today|tonight"
    r"|now|asap|right away|straight away|without delay|this month|promptly|by (?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend))\b"
    # a place to take, soon: "anyone with X ought to grab a screening slot before the
    # weekend" (a step of the study's own is no hurry: "participants must book a screening
    # visit within 28 days")
    r"|\b(?:should|must|ought to|need to|needs to|have to|has to|had better|'d better)"
    r" (?:\w+ )?(?:grab|book|get|secure|bag|snap up|claim|nab|reserve|sort out|snag|take up)"
    r" (?:a|an|the|your|their|one of the) (?:[\w-]+ )?(?:screening|places?|spots?|slots?"
    r"|appointments?|visits?|seats?)\b[^.;\n]{0,30}?\b(?:this week|today|tonight|now|asap"
    r"|right away|straight away|without delay|this month|promptly|quickly|sharpish|soon"
    r"|before (?:the )?(?:weekend|end of|next|places|spots|slots|spaces|openings|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|they go|it's too late)|by (?:the weekend"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    # a reply hurried: "Reply fast before spaces go", "text back quickly"
    r"|(?:^|(?<=[.!?;:] )|(?<=\n))(?:please )?(?:reply|respond|text (?:back|us)|get in touch"
    r"|call (?:us|now)|ring (?:us|now)|sign up|apply|register|enrol+|book (?:in|now))"
    r" (?:fast|quick|quickly|now|today|asap|promptly|right away|straight away|soon)\b"
)
# Joining advised to a group, as minutes or a broadcast pass it on: "The council advises
# members with gout to sign up straight away", "the host urged listeners to book a screening
# slot". Said to readers by a speaker the summary relays, it is the summary's own advice.
# (Not "asked": "patients are asked to book a screening visit" is the study's procedure, and
# the object names the audience, not the study's participants.)
_ADVISED_TO_JOIN_RE = re.compile(
    r"\b(?:advis|urg|tell|told|recommend|press|implor|beg|begg)(?:es|ed|s|e)? (?:all |any |the )?"
    r"(?:members|callers|listeners|readers|viewers|residents|parents|families|locals|followers"
    r"|neighbours|neighbors|everyone|everybody|anyone|anybody|a caller|the caller"
    r"|people)(?: (?:with|who have|who has|living with) [^.;\n]{1,60}?)? to (?:sign up|join"
    r"|enrol\w*|register|apply|take part|put (?:their|your) names? down|book (?:\w+ ){0,3}?"
    r"(?:screening|places?|spots?|slots?|appointments?|visits?))\b"
)
# Joining as the writer's suggestion: "Why not book the screening this week?", "I'd gently
# encourage you to sign up", "I'd go ahead and put your name down", "if you have asthma,
# joining is a lovely idea". A question or an "if" is its form, not a hedge.
_SUGGEST_RE = re.compile(
    r"\bwhy not (?:just )?(?:book|sign up|join|apply|enrol\w*|register|put your name"
    r"|give it a (?:go|try)|take part|go for it|try it)\b"
    r"|\b(?:i'd|i would|we'd|we would|i|we) (?:\w+ )?(?:encourage|urge|advise|recommend|suggest)"
    r"(?:s|d)? (?:you|that you|everyone|anyone|people) (?:to )?(?:sign up|join|enrol\w*|apply"
    r"|register|take part|book|put (?:your|their) names?|go ahead)\b"
    r"|\b(?:i'd|i would|we'd|we would) (?:go ahead and )?(?:put your name (?:down|forward)"
    r"|sign up|join|apply|enrol\w*|register|book (?:in|a|the)|get (?:yourself )?(?:signed up"
    r"|enrol+ed|registered|booked in))\b"
    # "With your asthma, I'd say go for it", "If I were you ...", "... that's what I'd do"
    r"|\b(?:i'd|i would) (?:just |honestly |definitely )?say (?:go for it|do it|give it a (?:go"
    r"|try)|sign up|join)\b|\bif i were you\b|\bthat's what i'd do\b"
    r"|\bgo ahead and (?:put your name (?:down|forward)|sign up|join|apply|enrol\w*|register"
    r"|book)\b"
    r"|\b(?:joining|signing up|taking part|enrolling|applying|to join|to sign up|to take part)"
    r"\b[^.;\n]{0,20}?\b(?:is|would be|'d be|could be|'s|seems|sounds like) (?:a |an )?"
    r"(?:really |very |such a |truly )?(?:lovely|good|great|wonderful|smart|wise|sensible"
    r"|excellent|brilliant|fantastic) (?:idea|choice|move|decision|step|plan)\b"
    r"|\bno-brainer\b"
    # "if you have asthma, just do it", "honestly just go for it"
    r"|\bjust (?:do it|go for it|sign up|join|give it a (?:go|try))\b"
)
_SUGGEST_HEDGE_RE = re.compile(
    r"\b(?:whether|(?<!why )not|never|no one|nobody|don't|doesn't|up to you|your (?:own )?"
    r"(?:choice|decision))\b"
)
_JOIN_NOW_HEDGE_RE = re.compile(
    r"\b(?:whether|may|might|could|up to you|your (?:own )?(?:choice|decision)|voluntary"
    r"|decide|no pressure|no rush|don't have to|do not have to)\b|\?"
)
# What leaves stopping a medicine to someone else, or denies it: "whether to stop", "do not
# stop your medicines", "you may be asked to hold your inhaler".
_STOP_HEDGE_RE = re.compile(
    r"\b(?:whether|not|no|never|don't|doesn't|unless|asked|ask|talk to|check with|without"
    r" (?:talking|asking|checking)"
    # the reader's past, as a criterion: "anyone who had to stop their medication recently"
    r"|had|recently|previously|in the past|cannot|can't)\b|\?"
)
# Advice whose hedges are its own (every other piece's are ``_ADVICE_HEDGE_RE``): for
# stopping a medicine, "You can set your regular medicine aside" permits, and that is the
# advice; for joining now, its own denial is the advice ("not to wait and to book this week").
_ADVICE_HEDGES = {
    # "my advice is to enrol while you still can": the "can" is the advice's own
    _ADVICE_LABEL_RE: re.compile(r"\bwhether\b|\?"),
    _STOP_MEDICINE_RE: _STOP_HEDGE_RE,
    _SKIP_MEDICINE_RE: _SKIP_HEDGE_RE,
    _JOIN_NOW_RE: _JOIN_NOW_HEDGE_RE,
    _SUGGEST_RE: _SUGGEST_HEDGE_RE,
}
# The reader's treatment changed or asked for: "I will change your prescription to X",
# "Ask for X the next time you see your doctor", "request X from prescriber".
_PRESCRIBES_RE = re.compile(
    r"\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| would| can)? (?:change|switch|swap"
    r"|adjust|move|put|start) (?:your (?:prescription|medicines?|medications?|treatment|tablets"
    r"|dose)|you (?:on|onto|over to))\b|\b(?:i|we)(?:'ll| will| shall)? prescribe\b"
    r"|(?:^|(?<=[.!;:] )|(?<=\n)|(?<=\n- ))(?:ask|request)(?: your (?:doctor|gp|nurse|prescriber))?"
    r" for (?!(?:more |further |any )?(?:information|info|details|advice|help|a copy|a leaflet"
    r"|questions|support|time)\b)"
    r"|\brequest\b[^.;\n]{1,60}\bfrom (?:your |the )?(?:prescriber|doctor|gp|physician)\b"
    # someone else made to change it: "get my GP to switch me to X now"
    r"|\b(?:get|ask|have) (?:my|your|ur|their|his|her) (?:gp|doctor|physician|prescriber|nurse)"
    r" to (?:switch|change|put|start|prescribe|move|swap)\b"
    # (any doctor, when the reader or their relative is the one moved onto it: "ask the
    # doctor to move their relative onto X")
    r"|\b(?:ask|get|have) (?:the|a) (?:gp|doctor|physician|prescriber) to (?:switch|move|put"
    r"|change|swap|transfer) (?:you|them|him|her|me|(?:your|their|his|her|my) (?:[\w-]+ )?"
    r"(?:relative|loved one|mother|father|mum|dad|parent|partner|child|son|daughter|husband"
    r"|wife))\b[^.;\n]{0,20}? (?:onto|on to|over to|on|to)\b"
    # a treatment demanded of one's own doctor: "advised to demand X from their doctor",
    # "Tell your doctor you want X"
    r"|\b(?:demand|insist on)\b[^.;\n]{1,80}?\b(?:to|from|of|with) (?:your|their|his|her|my|ur)"
    r" (?:doctors?|gps?|physicians?|prescribers?)\b"
    r"|\btell (?:your|ur|their|his|her) (?:doctor|gp|physician|prescriber) (?:that )?(?:you|they"
    r"|he|she) (?:want|need)s?\b"
    # "request that their physician prescribe X in place of current treatment"
    r"|\b(?:request|ask|insist|demand)s? that (?:my|your|ur|their|his|her) (?:gp|doctor"
    r"|physician|prescriber|nurse) (?:prescribe|switch|change|put|start|move|swap)\b"
    # "Solicit to your doctor the change of your treatment to X", "Have a word with your
    # doctor about going onto X now"
    r"|\bthe (?:change|switch) (?:of|in) your (?:treatment|medicines?|medications?|prescription"
    r"|tablets)s? to\b"
    r"|\b(?:doctor|gp|physician|prescriber)\b[^.;\n]{0,20}?\babout (?:going|getting|switching"
    r"|moving|changing) (?:onto|on to|over to|to)\b"
)
# A polite modal is a treatment request's own form ("families may wish to ask the doctor
# to move their relative onto X"); only a question or a denial leaves it open.
_ADVICE_HEDGES[_PRESCRIBES_RE] = re.compile(
    r"\b(?:whether|not|never|don't|doesn't|nobody|no one|unless)\b|\?"
)
# A choice left to the reader, or a question: "you may join if", "whether you should join".
_ADVICE_HEDGE_RE = re.compile(
    r"\b(?:whether|may|might|could|can|up to you|your (?:own )?(?:choice|decision)|voluntary"
    r"|decide|not|no|never|don't|doesn't|nobody|no one|want to|wish to|would like)\b|\?"
)
# Selling the study: "lucky to get a spot", "top-tier care at no cost".
_PROMOTION_RE = re.compile(
    r"\b(?:lucky|fortunate)\b[^.;\n]{0,40}\b(?:spot|place|join|part|get|in)\b"
    r"|\b(?:top[- ]tier|top[- ]notch|world-class|first-class|cutting-edge|state-of-the-art|premier"
    r"|once-in-a-lifetime|golden opportunity|unmissable"
    # (a bus missed is no offer: "Don't miss the bus: the 42 stops outside")
    r"|don't miss(?! (?:the|your) (?:bus|train|tram|stop|turning|turn|exit|last bus))"
    r"|best (?:care|treatment"
    r"|doctors|possible care))\b"
)
# Praise of the product: "next-gen, best-in-class", "revolutionary", "paid handsomely".
_PRAISE_RE = re.compile(
    r"\b(?:best-in-class|next-gen\w*|revolutionary|ground-?breaking|game-changing|life-changing"
    r"|must-have|generous(?:ly)?|handsome(?:ly)?|lucrative|highly recommended)\b"
)
# The best ever: "the coolest study ever", "the most fun you can have at a hospital".
_BEST_EVER_RE = re.compile(
    r"\b(?:[a-z]+est|best|greatest|top|most [a-z]+) (?:[\w-]+ ){0,3}?(?:ever|around|anywhere"
    r"|out there"
    # (any place as the scope of the superlative: "the most gifted doctors in the land")
    r"|in (?:the|its|their|this|our) (?:world|land|country|nation|region|state|city|county"
    r"|business|field|area|west|east|north|south|discipline|specialty)"
    r"|you (?:can|could|will|'ll) (?:have|find|get))\b"
)
# Hurry, few places: "Limited slots; act fast", "places are in short demand", "you do not
# want to miss it", "You will love it, everybody does!"
_HURRY_RE = re.compile(
    r"\b(?:limited|few|scarce) (?:slots|places|spots|spaces|openings)\b"
    r"|\b(?:places|spots|slots|spaces|openings) (?:are )?(?:filling (?:up )?fast|going fast"
    r"|in short (?:demand|supply)|scarce|running out)\b"
    r"|\bact (?:fast|now|quickly)\b|\bmove (?:fast|quickly)\b|\bhurry\b"
    r"|\bbefore (?:it's|it is) too late\b|\bwhile (?:places|spots) last\b"
    # (whoever it is that will not want to: "colleagues will not want to miss")
    r"|(?:\bnot|n't|\bnever) (?:want|wish|afford|be able) to miss\b|\byou(?:'ll| will) love (?:it"
    r"|this)\b"
    # a chance let go, or the pity of it: "It would be a great pity to let such a chance pass
    # by", "a shame to miss out"
    r"|\blet (?:such an? |this |the |that |a |an )?(?:[\w-]+ )?(?:chance|opportunity)"
    r" (?:pass|slip|go)\b|\b(?:pity|shame|waste) (?:to|if you) (?:miss|pass up|turn (?:it|this)"
    r" down|let)\b"
    r"|\b(?:everybody|everyone) (?:loves|does)(?: it)?!"
    r"|\b(?:spots|places|slots|spaces|openings|studies|chances|opportunities) like (?:this|these)"
    r" (?:don't|do not|rarely|seldom) come (?:around|along|up)\b"
    r"|\b(?:they|spots|places|slots|spaces|openings) (?:go|fill(?: up)?) (?:fast|quickly)\b"
    # (a limit is a fact: "places are limited"; their going fast is the sales talk) "Places
    # are limited and are filling quickly", "Places tend to go quickly"
    r"|\b(?:places|spots|slots|spaces|openings|seats)\b[^.;\n]{0,50}?\b(?:filling|fill|go|going"
    r"|gone|run out|running out|snapped up|taken|allocated|claimed|booked|filled)\b[^.;\n]{0,15}?"
    r"\b(?:quickly|fast|soon|quick(?! [a-z])"
    r"|rapidly|in no time)\b"
    # (or the speed before the verb: "Places were few and were quickly taken")
    r"|\b(?:places|spots|slots|spaces|openings|seats)\b[^.;\n]{0,40}?\b(?:quickly|fast|rapidly"
    r"|soon) (?:taken|filled|gone|snapped up|booked|claimed|allocated|used up)\b"
    r"|\bnot to be missed\b|\bof a lifetime\b|\bbefore (?:it|they|the study) (?:fills|fill) up\b"
    r"|\bbefore (?:the |all )?(?:places|spots|slots|spaces|openings|seats) (?:are|get) (?:all )?"
    r"(?:filled|taken|gone)\b"
    # demand foretold, which rushes the reader: "demand is expected to be high"
    r"|\bdemand (?:is|will be|are|looks)(?: (?:expected|likely|set|bound|sure) to be)? (?:very )?"
    r"(?:high|strong|huge|great|intense|considerable)\b"
    # "Spots go like hot cakes, so don't hang about", "Only a handful of places left", "the
    # places are very limited and they finish rapidly"
    r"|\blike hot ?cakes\b|\b(?:don't|do not) (?:hang about|hang around|delay|dawdle|hesitate)\b"
    r"|\bonly (?:a )?(?:handful|few|couple)(?: of)? (?:places|spots|slots|spaces|openings|seats)"
    r" (?:left|remain\w*)\b"
    r"|\b(?:places|spots|slots|spaces|openings|seats)\b[^.;\n]{0,40}?\b(?:finish|finishing"
    r"|run out|sell out)\w* (?:rapidly|quickly|fast|soon)\b"
    # a chance not to lose: "an opportunity that one cannot lose", "A chance not to be passed
    # up"
    r"|\b(?:chance|opportunity)\b[^.;\n]{0,20}?\b(?:not to be (?:missed|passed up|lost)"
    r"|(?:one|you) (?:cannot|can't|shouldn't|mustn't|must not) (?:lose|miss|pass up|afford to"
    r" miss))\b"
)
# Ratings, endorsements and a chance not to miss: "Volunteers rate this study very highly",
# "★ Top-rated study", "Editor's pick", "Leading research team with an excellent track
# record", "members who took part loved the experience", "a real chance to finally get on top
# of it", "a rare chance to try something brand new before anyone else".
_ENDORSE_RE = re.compile(
    r"\b(?:top[- ]rated|highly[- ]rated|five[- ]star|5[- ]star|editor'?s'? (?:pick|choice)"
    r"|staff pick|must[- ]see|must[- ]do)\b"
    r"|\brate(?:s|d)? (?:this|the|it)(?: (?:study|trial|one))? (?:very |really |so )?(?:highly"
    r"|well|five stars|5 stars)\b"
    r"|\b(?:excellent|outstanding|proven|strong|impressive|great|stellar) track record\b"
    r"|\b(?:leading|renowned|world-renowned|acclaimed|elite|star|distinguished|eminent"
    r"|pre-?eminent|celebrated|world-leading|world-class|illustrious|esteemed|gifted"
    r"|internationally (?:[\w-]+))(?: research| investigator| medical| clinical| study)? (?:team"
    r"|doctors|researchers|experts|clinicians|investigators|scientists|specialists)\b"
    r"|\b(?:everyone|everybody|members|participants|volunteers|people|patients|all)\b"
    r"[^.;\n]{0,40}?\b(?:loved|enjoyed|raved about|adored) (?:it|the experience|taking part"
    r"|being part|the study|every minute)\b"
    # the experience spoken of warmly, by anyone: "Everyone who has taken part speaks of it
    # with delight", "people talk about it glowingly"
    r"|\b(?:speaks?|spoke|speaking|talks?|talked|talking|writes?|wrote) (?:of|about) (?:it|this"
    r"|the (?:study|trial|experience|programme|program|treatment))\s+(?:with (?:(?:great|real"
    r"|such) )?(?:delight|joy|enthusiasm|warmth|fondness|praise|pride|gratitude|affection)"
    r"|(?:very |so )?(?:highly|warmly|fondly|glowingly|enthusiastically))\b"
    # an opportunity with a word of praise before it: "a standout opportunity" (not a
    # neutral one: "an equal opportunity", "a further opportunity")
    r"|\b(?:a|an) (?!(?:equal|further|additional|second|another|other|research|learning"
    r"|training|new|good|fair|final|first|last|optional|possible|potential|small|limited"
    r"|one-time|voluntary)\b)[a-z]+(?:-[a-z]+)? opportunity\b(?! (?:of|that) (?:getting"
    r"|being|you|the placebo))"
    r"|\b(?:a |an )?(?:real|rare|great|brilliant|fantastic|wonderful|unique|amazing|exciting"
    r"|excellent|perfect|ideal) (?:chance|opportunity)\b(?! (?:of|that) (?:getting|being|you|the"
    r" placebo))"
    r"|\bbefore (?:anyone|everyone|anybody) else\b"
    r"|\b(?:little|nothing|not much|nothing much) (?:to worry about|to lose)\b"
    # past volunteers' verdicts: "Rated excellent by past volunteers", "Former volunteers
    # describe the experience as excellent", "have said such kind things about it"
    r"|\b(?:past|former|previous|earlier|other) (?:volunteers|participants|patients|members"
    r"|users)\b[^.;\n]{0,40}?\b(?:excellent|great|wonderful|fantastic|amazing|brilliant|loved"
    r"|enjoyed|praised|rave|raved)\b"
    r"|\b(?:rated|described as|calls? it|called it) (?:as )?(?:excellent|outstanding|superb"
    r"|wonderful|amazing|fantastic|brilliant|first-rate)\b"
    # "qualify the experience as excellent", "give it five stars", "raves about it", "just
    # the ticket for your asthma", "a team of international prestige"
    r"|\b(?:qualif|describ|rat|call|consider)\w* (?:the experience|it|the study|the trial"
    r"|this study|taking part) as (?:excellent|outstanding|superb|wonderful|amazing|fantastic"
    r"|brilliant|first-rate|great)\b"
    r"|\b(?:give|gives|gave|giving) (?:it|this|the (?:study|trial)) (?:five|5|top|full)"
    r" (?:stars|marks)\b|\braves? about\b"
    r"|\b(?:(?:could|might|may) (?:well )?be )?(?:just|exactly) (?:the ticket|what the doctor"
    r" ordered)\b"
    r"|\b(?:international|world|worldwide|global) (?:prestige|renown|reputation|fame)\b"
    r"|\bprestigious (?:team|centre|center|hospital|doctors|researchers|experts)\b"
    r"|\b(?:said|say|says|saying) (?:such |so many |lots of |really |very )?(?:kind|nice|lovely"
    r"|great|good|wonderful|glowing) things about\b"
    r"|\btop[- ]class\b|\bfirst[- ]rate\b|\bsecond to none\b"
    r"|\bin (?:really |very |such )?(?:good|safe|great|excellent|the best) hands\b"
    # what it could be for you: "just the fresh start you've been hoping for"
    r"|\b(?:fresh start|new beginning|new lease (?:of|on) life)\b"
    r"|\b(?:could|might|may) (?:well )?be (?:just |exactly )?(?:the|what) [^.;\n]{0,30}?"
    r"(?:you've|you have|you'd|you) (?:been )?(?:hoping|looking|waiting|wishing) for\b"
    # nothing to weigh: "Already licensed: little to weigh up", "nothing to be nervous about"
    r"|\b(?:nothing|little|not much|very little) (?:really )?to (?:be )?(?:nervous|worried"
    r"|anxious|scared|afraid|consider|weigh up|think about|think over|fear|stress|fret)\b"
    # "so taking part involves little consideration", "needs no second thought"
    r"|\b(?:involves?|requires?|needs?|takes?|calls? for) (?:little|no|hardly any|not much"
    r"|very little) (?:consideration|thought|deliberation|second thought|thinking)\b"
    # ratings and the best there is: "Rating: top marks", "study of the year", "among the
    # most significant studies available", "easy money"
    r"|\btop marks\b|\b(?:study|trial|treatment|therapy) of the (?:year|decade|century)\b"
    r"|\b(?:among|one of) the (?:most (?:significant|important|exciting|promising|valuable"
    r"|advanced|innovative|impressive|worthwhile|thrilling|remarkable|fascinating|inspiring"
    r"|groundbreaking|ground-breaking|cutting-edge|talked-about|anticipated|ambitious|interesting"
    r"|pioneering|extraordinary|special)|best|finest|top|greatest) (?:[\w-]+ )?"
    r"(?:studies|trials|research|programmes|programs|opportunities)\b"
    r"|\b(?:easy|free|quick|fast) (?:money|cash)\b"
    # fame, buzz and a decision made easy: "the doctors running it are famous the world
    # over", "the trial the whole town is talking about", "that makes saying yes simple"
    r"|\bworld[- ](?:famous|renowned)\b|\bfamous (?:the world over|worldwide|everywhere)\b"
    r"|\b(?:team|doctors|researchers|experts|clinicians|investigators|scientists|specialists"
    r"|hospital|centre|center|clinic|surgeons?)\b[^.;\n]{0,30}?\b(?:is|are|'s|'re) (?:[a-z]+ )?"
    r"(?:famous|renowned|celebrated|legendary|acclaimed)\b"
    r"|\b(?:everyone|everybody|the whole (?:town|area|city|community|country|region)|people"
    r" (?:everywhere|all over))\b[^.;\n]{0,30}?\b(?:is|are|'s|'re|has been|have been)"
    r" (?:talking|buzzing|raving|chatting) about\b"
    r"|\bthe talk of the (?:town|area|city|community|region)\b"
    # (any crowd, when the study is what they talk of: "the study the whole club's talking
    # about", not "the whole team talks about the plan with you")
    r"|\bthe whole [\w-]+(?:'s| is| are| has been) (?:talking|buzzing|raving|chatting) about"
    r"(?= (?:it|this|the (?:study|trial|research|project))\b| *[.,;!]| *$)"
    r"|\b(?:makes?|made|making) (?:the |your |this |that )?(?:decision|choice|saying yes)"
    r" (?:an? )?(?:easy|easier|simple|straightforward|obvious|a (?:simple|easy) one)\b"
    r"|\b(?:an?|such an?) (?:easy|obvious|simple) (?:yes|decision|choice|call|pick)\b"
    # the decision eased by what came before: "already approved, which simplifies the
    # decision", "so easy decision", "so members needn't think twice"
    r"|\bsimplif(?:y|ies|ied|ying) (?:the |your |this |that )?(?:decision|choice)\b"
    r"|\bso (?:an? )?(?:easy|obvious|simple) (?:yes|decision|choice|call)\b"
    r"|\b(?:needn'?t|need not|don'?t need to|do not need to|no need to|won'?t need to)"
    r" (?:even )?think twice\b"
    # praise that runs out of words: "past volunteers can't say enough good things about it"
    r"|\b(?:can'?t|cannot|could ?n'?t|could not) (?:say|speak) (?:highly )?enough\b"
    r"|\b(?:speaks?|spoke|speaking|spoken|think|thinks|thought) (?:very |so |really |incredibly"
    r" |extremely |most |exceptionally )?highly of\b"
    # the decision made easy, in any words for easy: "saying yes is a doddle", "the choice
    # is a breeze"
    r"|\b(?:saying yes|the (?:decision|choice)|deciding|choosing|signing up|joining)"
    r"(?: [\w-]+){0,2}? (?:is|'s|becomes|will be) (?:a |an )?(?:real |absolute |total )?"
    r"(?:doddle|breeze|cinch|piece of cake|walk in the park|no-brainer|easy (?:one|call|decision"
    r"|choice)|simple matter|formality)\b"
    r"|\bsaying yes (?:is|'s|becomes) (?:so |really |very )?(?:easy|simple|obvious)\b"
    r"|\b(?:can'?t|cannot|could ?n'?t|could not) (?:praise|recommend) (?:it|this|the \w+)"
    r" (?:highly )?enough\b"
    # ranked among the greats, or the talk of the town: "ranks among the most important of
    # the decade", "hottest study in town"
    r"|\b(?:ranks?|ranked|ranking) (?:among|as one of|with) the (?:most|best|top|greatest"
    r"|finest|biggest)\b"
    r"|\b(?:most [a-z]+|best|greatest|finest|biggest) of (?:the|this|our) (?:year|decade"
    r"|century|generation|era)\b"
    r"|\bhottest (?:[\w-]+ ){0,2}?(?:study|trial|ticket|research|project|thing)\b"
    r"|\b(?:study|trial|ticket|show) in town\b"
    # few studies matter as much: "Few studies in this field matter as much as this one"
    r"|\b(?:few|no) (?:other )?(?:studies|trials)\b[^.;\n]{0,40}?\b(?:matter|count|as important"
    r"|as vital|as valuable|more important)\b"
)
# What no one else offers: "care you simply could not get on the NHS".
_ONLY_HERE_RE = re.compile(
    r"(?<=[a-z] )(?<!that )(?<!which )(?<!what )(?<!something )(?<!anything )you (?:simply "
    r"|just |otherwise |normally )?(?:could|can|would)(?:n't| not) (?:get|find|have|receive)\b"
    # (what the study itself does not give is no boast: "you wouldn't get it from the study")
    r"(?!(?: (?:it|them|this|that|these|those|any|one))? (?:from|in|through|as part of|during)"
    r" (?:the|this) (?:study|trial)\b)"
    r"|\bnowhere else\b"
    # the study set above the others: "Few studies on display here promise as much", "no
    # other trial offers more"
    r"|\b(?:few|no|hardly any) (?:other )?(?:studies|trials|treatments|programmes|programs"
    r"|study|trial|treatment)\b[^.;\n]{0,30}?\b(?:promises?|offers?|gives?|delivers?|provides?)"
    r" (?:as much|so much|more)\b(?! than)"
    r"|\bonly available (?:here|in this study)\b"
    # "Be first to try a new treatment", "early access to a treatment not yet available
    # elsewhere"
    r"|\b(?:be|being) (?:the |among the |one of the )?first (?:\w+ )?to (?:try|get|receive|use"
    r"|access)\b|\b(?:early|priority|exclusive|privileged|fast-track) access\b"
    r"|\b(?:a|the) leading new (?:therapy|treatment|drug|medicine)\b"
    r"|\bnot (?:yet )?available (?:anywhere )?else(?:where)?\b"
    r"|\b(?:access|try|get|receive|use)\b[^.;\n]{0,20}?\bbefore (?:anyone|anybody|everyone"
    r"|others)(?: else)?\b"
)
# A regulator's approval of the treatment: "The FDA has already given it its approval".
_APPROVAL_RE = re.compile(
    r"\b(?:fda|ema|mhra|regulators?|health canada|the (?:government|authorities))\b[^.;\n]{0,40}"
    r"\b(?:approv\w*|approbation|signed off|cleared|authori[sz]\w*|licen[sc]\w*|green light)"
    r"|\b(?:approved|cleared|authori[sz]ed|licen[sc]ed) by (?:the )?(?:fda|ema|mhra|regulators?)"
    r"|\b(?:fda|ema|regulator)[- ](?:approved|authori[sz]ed|cleared)\b"
    # in other words: "given the green light by the regulator", "the medicine bosses in
    # Europe have already said yes to it", "the government has already said it is great"
    r"|\b(?:green light|go-ahead|seal of approval|sign-off|blessing) (?:from|by) (?:the )?"
    r"(?:fda|ema|mhra|regulators?|government|authorities|agency)"
    r"|\b(?:fda|ema|mhra|regulators?|government|authorities|agency|officials|bosses|ministry)\b"
    r"[^.;\n]{0,40}\b(?:already )?(?:said yes|okayed|given (?:it )?(?:the )?(?:go-ahead|nod"
    r"|thumbs[- ]up)|said (?:that )?(?:this|the|it)\b[^.;\n]{0,30}\b(?:is|was) (?:great|safe"
    r"|good|effective|fine|excellent))"
)
_RESULTS_RE = re.compile(
    r"\b(?:results?|findings?|outcomes?|data)\b[^.;\n]{0,40}?\b(?:were|was|are|is|showed|show"
    r"|shows|found|revealed|came back)\s+(?:\w+\s+){0,2}?(?:positive|encouraging|promising"
    r"|good|strong|clear|favou?rable|better|improved|successful|a success|beneficial|fewer|less"
    r"|lower|reduced)\b"
    r"|\b(?:fewer|less|lower|more|higher|better)\b[^.;\n]{0,40}\b(?:in|among|for) the (?:treated"
    r"|treatment|active|drug|intervention) (?:group|arm)\b"
    r"|\b(?:reported|headline|main|key|early|interim|final|top-?line)\s+(?:results?|findings?)"
    r"\s*:|\bfindings?\s*:\s*\w"
    r"|\b(?:fewer|less|lower|more|higher|better)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:among|in|for)\s+"
    r"(?:those|the people|people|patients|participants|volunteers) (?:treated|taking|who (?:took"
    r"|received|got|were given))\b"
    r"|\b(?:a|the) (?:clear|significant|big|real|strong) (?:benefit|improvement|difference)"
    r" (?:over|compared)\b"
)
# What the results showed, in other words: "I have seen the results, and symptoms fell",
# "Final analysis: tx superior", "the first answers were really good", "Results: most pts
# improved", "Full recovery: 98%".
_RESULTS_SAID_RE = re.compile(
    r"\b(?:results?|findings?|analysis|answers|data)\b[^.;\n]{0,60}?\b(?:improved|fell|dropped"
    r"|declined|decreased|went down|got better|recovered|did better|superior|worked|succeeded"
    r"|(?:were|was|are|is) (?:\w+ )?(?:good|great|positive|excellent|encouraging|promising))\b"
    r"|\b(?:final|interim|primary) analysis\s*:"
    # a result as a label or a pointer: "Interim readout: positive", "Published outcome: a
    # clear improvement", "the results pointed clearly to a benefit"
    r"|\b(?:published|interim|final|headline|topline|top-line|early|reported|observed)"
    r" (?:outcomes?|readouts?"
    r"|results?|findings?)\s*:\s*(?!none|not|no\b|n/a|pending|awaited|expected)"
    r"|\b(?:results?|findings?|data)\b[^.;\n]{0,30}?\b(?:pointed|points|suggested|indicated)"
    r" (?:\w+ )?(?:to|towards?|that)\b"
    # (or the first figures, whatever they are called: "Early numbers point to a real gain")
    r"|\b(?:early|first|initial|preliminary|interim|latest) (?:numbers|figures|readings|counts"
    r"|returns|stats|statistics)(?: (?:so far|already|now|clearly|strongly|all))?"
    r" (?:point|pointed|points"
    r"|suggest|suggests|suggested|indicate|indicates|indicated|hint|hints|hinted) (?:\w+ )?"
    r"(?:to|towards?|at|that)\b"
    # the outcome as a win for one side: "The results turned out to be a huge win for the
    # treatment", "the outcome's been called a clear victory for it"
    r"|\b(?:results?|findings?|outcomes?|data|readouts?|verdict)\b[^.;\n]{0,40}?\b(?:an?|the)"
    r" (?:[\w-]+ ){0,2}?(?:win|victory|triumph|success|home run|slam dunk|knockout) (?:for|in"
    r" favou?r of) (?:the |this |it\b|them\b)"
    # what one group ended up with: "the treatment group ended up with fewer flare-ups"
    r"|\b(?:treatment|drug|active|study|intervention) (?:group|arm)\b[^.;\n]{0,30}?\b(?:ended up"
    r" with|had|saw|showed|reported|experienced) (?:far |much |significantly )?(?:fewer|less"
    r"|lower|better|milder)\b"
    r"|\b(?:recovery|response|cure|remission|success|survival)(?: rate)?\s*:?\s*(?:of |was |is )?"
    r"\d+(?:\.\d+)? ?(?:%|percent|pct)"
    r"|\b(?:the )?(?:doctors|researchers|team|study) (?:saw|found|noticed|showed) that\b"
    # how the figures look: "Early figures look strongly positive", "So far the data look
    # very hopeful for the treatment group"
    r"|\b(?:data|figures|numbers|results?|findings?|early signs|signs|outcomes?)\s+(?:so far\s+)?"
    r"(?:look|looks|looked|seem|seems|seemed|are looking|appear|appears)\s+(?:\w+ly |very "
    r"|really |quite |so )?(?:hopeful|promising|encouraging|positive|good|great|strong"
    r"|favou?rable|bright)\b"
    # a result as a label with its direction: "Result: fewer flare-ups with the treatment",
    # "Outcome so far: symptoms down in most volunteers"
    # (not a hope: "Anticipated result: less back pain")
    r"|(?<!anticipated )(?<!expected )(?<!likely )(?<!typical )(?<!possible )(?<!target )"
    r"(?<!desired )(?<!intended )(?<!usual )(?<!planned )(?<!hoped-for )"
    r"\b(?:results?|findings?|(?:outcomes?|results?|findings?) so far)\s*:\s*(?:[\w-]+ ){0,3}?"
    r"(?:fewer|less|better|down|improved|reduced|ahead|lower(?! back))\b"
    # a verdict on the trial: "it delivered", "came out on top", "a real thumbs-up for it",
    # "surpassed the comparison", "reached its principal objective", "came down on the
    # treatment's side", "they favour the treatment"
    r"|\b(?:it|the (?:treatment|drug|medicine|therapy|study|trial|vaccine|device))\s+(?:clearly "
    r"|really )?(?:delivered|came through|paid off|won out)\b"
    r"|\bcame out (?:on top|ahead|in front)\b|\bthumbs[- ]up\b"
    r"|\b(?:surpassed|outperformed|beat|bettered|outdid|outstripped)\s+(?:the )?(?:comparison"
    r"|comparator|placebo|control|standard|usual|other (?:group|arm|treatment))\b"
    r"|\b(?:reached|met|achieved|hit|attained)\s+(?:its|their|the) (?:principal|primary|main)"
    r" (?:objective|goal|end ?point|aim|target)\b"
    r"|\b(?:came|come|comes|coming) down (?:\w+ly |squarely )?(?:on (?:the )?[\w'-]+ side"
    r"|in (?:the )?[\w'-]+ favou?r)\b"
    # an advantage given as confirmed: "published data: an advantage for the treatment
    # confirmed" (the order turned round from "confirmed an advantage")
    rf"|\b(?:advantage|edge|benefit|superiority) (?:for|of|with) (?:the |this |its )?(?:new )?"
    rf"(?:{_TREATMENT_NOUNS}|active (?:group|arm)|treated group)\b[^.;\n]{{0,15}}?\b(?:confirmed"
    r"|proven|proved|shown|demonstrated|established)\b"
    r"|\b(?:favou?r(?:s|ed)?|back(?:s|ed)?|support(?:s|ed)?) the (?:treatment|drug|medicine"
    r"|therapy|new|active|vaccine|intervention)\b(?! group| arm)"
    r"|\b(?:communicated|reported|observed|recorded|noted|found|saw)\s+(?:far |significantly "
    r"|many )?(?:fewer|less|lower|more|higher|better)\b[^.;\n]{0,40}?\b(?:in|among) the group"
    r" of (?:the )?(?:treatment|drug|intervention)\b"
    # what the results showed, as a benefit: "The results confirm a clear advantage for the
    # treated", "Published outcomes demonstrate a meaningful benefit", "Findings to date show
    # improvement among most participants"
    r"|\b(?:results?|findings?|outcomes?|data|analysis|evidence)\b[^.;\n]{0,30}?\b(?:confirm"
    r"|confirms|confirmed|demonstrate|demonstrates|demonstrated|show|shows|showed|reveal|reveals"
    r"|revealed|indicate|indicates|indicated|establish|establishes|established) (?:an? |the )?"
    r"(?:\w+ )?(?:advantage|benefit|improvement|gain|superiority|reduction|win)\b"
    # the verdict as a label: "Primary endpoint: met", "Published verdict: treatment arm
    # ahead", "Outcome reported: fewer hospital stays"
    r"|\b(?:primary|main|principal|key) (?:end ?point|outcome|objective|goal)s?\s*:\s*"
    r"(?:met|achieved|reached|hit|attained|positive|successful)\b"
    r"|\b(?:published|interim|final|headline|early|reported|official) (?:verdict|conclusions?"
    r"|answer)\s*:\s*(?!none|not|no\b|n/a|pending|awaited|expected)"
    r"|\b(?:outcomes?|results?|findings?|verdict) (?:reported|published|observed|announced"
    r"|released)\s*:\s*(?!none|not|no\b|n/a|pending|awaited|expected)"
    # in chat: "the results were a W for it", "early numbers were lowkey really good", "they
    # said fewer people ended up in hospital on it"
    r"|\b(?:results?|findings?|numbers|figures|data)\b[^.;\n]{0,20}?\b(?:were|was|are|is|came"
    r" back) (?:\w+ ){0,3}?(?:a w|a win|a success|a hit|good|great|positive|amazing|strong)"
    r" for (?:it|the (?:treatment|drug|medicine|therapy|vaccine|new))\b"
    r"|\b(?:results?|findings?|numbers|figures|data)\b[^.;\n]{0,20}?\b(?:were|was) (?:\w+ )?"
    r"(?:a w|a win|a big win|a success)\b"
    r"|\bfewer (?:ppl|people|patients|participants|volunteers|kids|of them) (?:ended up|were"
    r"|went|needed|got|had)\b[^.;\n]{0,40}?\b(?:on it|on (?:the )?(?:treatment|drug|medicine"
    r"|vaccine)|with it|taking it|who got it)\b"
)
# A look at the data before the end, told as a verdict: "Early figures show a clear gain",
# "a halfway check looked very encouraging". A plan names the look ("an interim analysis
# at 12 weeks"); only a finding says what it showed.
_EARLY_READ_RE = re.compile(
    r"\b(?:early|first|initial|preliminary|interim|emerging|halfway|half-way|midway|mid-point"
    r"|midpoint) (?:figures|numbers|data|results|findings|signs|readings|returns|check|look"
    r"|review|analysis|read|reading|peek|glance|count|tally|snapshot)s? (?:\w+ )?(?:show|shows"
    r"|showed|shown|point to|pointed to|reveal|reveals|revealed|suggest|suggests|suggested"
    r"|indicate|indicates|indicated|look|looks|looked|seem|seems|seemed|came back|proved"
    r"|was|were|is|are)(?: to be)? (?:an? )?(?:very |really |quite |highly |extremely |most )?"
    r"(?:clear|real|big|strong|solid|marked|striking|definite|encouraging|promising|positive"
    r"|favou?rable|good|great|excellent|impressive)\b"
)
# A burden of the illness fallen for those treated, as a count already made: "hospital
# stays had fallen sharply on the treatment", "admissions dropped among those given it".
_BURDEN_FELL_RE = re.compile(
    r"\b(?:hospital (?:stays|admissions|visits)|admissions|sick days|days off|days in hospital"
    r"|flare-?ups|attacks|relapses|infections|seizures|visits to (?:a&e|hospital|the gp))"
    r" (?:had |have |has )?(?:fallen|fell|dropped|declined|gone down|come down|halved"
    r"|plummeted|dwindled)(?: \w+)? (?:on|with|after|among|in|for) (?:the |this |those |people"
    r" |patients )?(?:treatment|drug|medicine|therapy|injection|programme|program|given|on"
    r"|taking|treated|who)\b"
)
_NOT_RESULTS_RE = re.compile(
    r"\b(?:not|no|none|yet|will|would|when|once|until|after the study|expected|due|if"
    r"|whether|may|might|hope(?!ful\b)\w*|plan(?:s|ned|ning)?|to be posted|other studies"
    r"|earlier studies"
    r"|previous"
    r"|elsewhere)\b|\?"
)


# A record that speaks of a regulator's approval, not an ethics board's: "approved by the
# FDA for asthma", "an approved drug", "marketing authorisation". ("The ethics committee
# approved the protocol" licenses no "the regulator has approved it".)
_RECORD_APPROVAL_RE = re.compile(
    r"\b(?:fda|ema|mhra|regulator\w*|licen[sc]\w*|marketing authori[sz]ation|agency)\b[^.]{0,80}"
    r"approv|approv\w*[^.]{0,80}\b(?:fda|ema|mhra|regulator\w*|indications?|licen[sc]\w*"
    r"|agency|market\w*)\b|\bapproved (?:drugs?|medicines?|medications?|treatments?|products?"
    r"|devices?|therap\w+|vaccines?|for|by the fda)\b|\b(?:fda|ema)[- ]approved\b"
)
# A record that denies the approval speaks of none: "X is not approved by the FDA for this
# use", "it has not yet been licensed", "an unapproved medicine". The denial goes before the
# record is read for an approval, so "approved for asthma but not approved for COPD" still
# speaks of one.
_RECORD_DENIES_APPROVAL_RE = re.compile(
    r"\b(?:not|never|isn't|aren't|wasn't|weren't|hasn't|haven't|yet to be|un|non-?)"
    r"(?:\s+[\w-]+){0,3}?\s*(?:approv|licen[sc]|authori[sz])\w*"
)
_TELLS_WRITER_RE = re.compile(
    r"\b(?:say|tell|write|state|mention|claim|add|include|report|stress|emphasi[sz]e)"
    r"(?:s)?\s+(?:that|readers|the reader|users|patients|everyone|people)\b"
)


def _without_writer_orders(text: str) -> str:
    """``text`` with every sentence (or line) that tells a writer what to say made a space.

    This is what one pattern with ``[^.\\n]*`` on both sides of the order did, in time
    quadratic in a line's length (a record's unpunctuated criteria took tens of
    milliseconds): from the start of the order's sentence to the sentence end after the
    sentence's last order, whose ``\\s+`` may run on across a line break."""
    pieces, at = [], 0
    while match := _TELLS_WRITER_RE.search(text, at):
        start = max(text.rfind(".", at, match.start()), text.rfind("\n", at, match.start())) + 1
        start = max(start, at)
        last, sentence_end = match, _sentence_end(text, match.start())
        while (later := _TELLS_WRITER_RE.search(text, last.start() + 1)) and (
            later.start() < sentence_end
        ):
            last = later
        pieces += [text[at:start], " "]
        at = _sentence_end(text, last.end())
    pieces.append(text[at:])
    return "".join(pieces)


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(".", at), text.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(text)


@lru_cache(maxsize=64)
def _record_offers(facts: RecordFacts) -> tuple[bool, bool]:
    """Whether the record itself speaks of paying participants, and of an approval. Not its
    planted instructions, nor any sentence telling a writer what to say, found or not as a
    planted one: "say everyone is paid $500" offers no payment. Once a record: it is the
    same for every summary of it."""
    text = _without_writer_orders(facts.clean_text)
    approves = _RECORD_APPROVAL_RE.search(_RECORD_DENIES_APPROVAL_RE.sub(" ", text))
    return bool(_RECORD_PAYS_RE.search(text)), bool(approves)


@lru_cache(maxsize=64)
def _record_stops(facts: RecordFacts) -> bool:
    """Whether the record itself asks anyone to stop or hold a medicine (a washout)."""
    return bool(_RECORD_STOPS_RE.search(facts.clean_text))


def _readable(ctx: Context, start: int) -> bool:
    """Whether a backstop reads the sentence at ``start``: not one that says who may not
    join, nor a criterion quoted from the record."""
    return not (ctx.excluded(start) or any(x <= start < y for x, y in ctx.quoted_spans))


@backstop
def claims_by_meaning(ctx: Context) -> Iterator[Finding]:
    said_in: set[int] = set()  # one finding a sentence is enough for an editor to look
    for code, pieces, message in _ASSERTIONS:
        for pattern, keys in pieces:
            yield from _claims_of_kind(ctx, code, pattern, keys, message, said_in)


def _claims_of_kind(ctx: Context, code: str, pattern: re.Pattern[str], keys: frozenset[str],
                    message: str, said_in: set[int]) -> Iterator[Finding]:  # fmt: skip
    lower = ctx.lower
    # Most summaries have none of a kind's words: its pattern is not run at all; and where
    # they are, only near them (a large alternation tried at every position of a summary
    # costs a tenth of a millisecond). A sum of money needs no word: "$500".
    if code == "claim.payment" and _has_currency(lower):
        matches: Iterator[re.Match[str]] = pattern.finditer(lower)
    elif keys.isdisjoint(ctx.words):
        return
    else:
        matches = find_near(pattern, keys, ctx, lower)
    for found in matches:
        a, b = ctx.sentence_at(found.start())
        if a in said_in or not _readable(ctx, a):
            continue
        if code == "claim.results" and (
            _in_results_item(ctx, found.start()) or _timepoint_item(lower, found)
        ):
            continue
        if code == "claim.payment" and unanswered_question(ctx, found.start()):
            continue  # "Will I be paid?" asks; a yes after it would answer
        if code == "claim.promotional" and _PRAISE_ASKED_PUT_OFF_RE.match(lower, found.end()):
            continue  # "Must-see? That's for the results to say" asks and declines to answer
        sentence = lower[a:b]
        match_start, match_end = found.start() - a, found.end() - a
        if not _asserted(ctx, code, pattern, sentence, match_start, match_end):
            continue
        said_in.add(a)
        said = ctx.text[found.start() : found.end()].strip(" :")
        yield error(code, None, message.format(said=said), (found.start(), found.end()))


# A word of praise asked as a question and answered no, or left to others to settle: a
# programme's "Must-see? That's for the results, not this note, to say", "Five stars? Not
# from this card", "Top-rated? Who knows." (An answer yes, "Must-see? Absolutely.", sells.)
_PRAISE_ASKED_PUT_OFF_RE = re.compile(
    r"\s*\?\s*(?:no\b|nope\b|not (?:(?:for|from|by|in) )?(?:this|the|our|us|me|here|yet"
    r"|known|something)\b|(?:that|it)(?:'s| is) (?:for|up to) (?:the |others|you|readers"
    r"|results|time)|who knows\b|(?:this|the|our) (?:note|card|label|summary|programme|program"
    r"|page|poster|sheet|leaflet|listing|notice) (?:can'?t|cannot|doesn'?t|does not|won'?t"
    r"|will not|isn'?t|is not|makes no)\b|(?:unknown|too early|no one knows|nobody knows)\b)"
)


def _has_currency(text: str) -> bool:
    return any(symbol in text for symbol in "$£€¥")


def _asserted(ctx: Context, code: str, pattern: re.Pattern[str], sentence: str, start: int,
              end: int) -> bool:  # fmt: skip
    """Whether the sentence asserts the claim found at [start, end): each kind has its own
    hedges and its own reasons to pass."""
    if code == "claim.payment":
        return (
            not _NEGATION_RE.search(sentence, max(0, start - 30), start)
            # payment as the subject of a denial: "Payment for taking part is not mentioned
            # in the record", "compensation isn't offered"
            and not _DENIED_AFTER_RE.match(sentence, end)
            and not (_record_offers(ctx.facts)[0])
        )
    if code == "claim.results":
        # other people's work is no result of this trial, in whatever words it is named:
        # "earlier published findings showed a benefit"
        return not (
            ctx.trial.has_results
            or _NOT_RESULTS_RE.search(sentence)
            or OTHER_WORK_RE.search(sentence)
            or WHO_MAY_JOIN_RE.search(sentence)
        )
    if code == "claim.safety":
        # (the denial is the claim here: only what comes before it can hedge)
        before = sentence[:start]
        if "tolerated" in sentence[start:end] and "tolerated" in ctx.facts.clean_text:
            return False  # the record's own words about earlier experience with it
        if sentence[start:end] in ctx.facts.clean_text:
            return False  # "a favourable tolerability profile in earlier studies", quoted
        # (a denial whose scope is the page, not the treatment: "Side effects: none
        # reported in this summary; see the record")
        if _THIS_PAGE_SCOPE_RE.match(sentence, end):
            return False
        return not (
            _ABOUT_HARMS_RE.search(before)
            or _NOT_ASSERTED_RE.search(before)
            or _HISTORY_RE.search(sentence, end)
        )
    if code == "claim.advice":
        if pattern in (_STOP_MEDICINE_RE, _SKIP_MEDICINE_RE) and _record_stops(ctx.facts):
            return False  # the record's own instruction: "hold your inhaler before each visit"
        # (a medicine's stop said in the passive and put down to the study's protocol is its
        # rule reported: "Some other medicines must be stopped first, as the protocol
        # requires"; an order to the reader, "Stop your other medicines, as the protocol
        # requires", still tells them what to do)
        if (
            pattern is _STOP_MEDICINE_RE
            and not _STOP_ORDER_OPENS_RE.match(sentence, start)
            and _PROTOCOL_RULE_RE.search(sentence, end)
        ):
            return False
        return not _ADVICE_HEDGES.get(pattern, _ADVICE_HEDGE_RE).search(sentence)
    if code == "claim.approval":
        return not _record_offers(ctx.facts)[1] and not _NEGATION_RE.search(sentence)
    if code == "claim.promotional":
        # the record's own words are no sales talk: "Next-generation sequencing" in a title
        return not (
            _NOT_ASSERTED_RE.search(sentence, 0, start)
            or sentence[start:end] in ctx.facts.clean_text
        )
    if code == "claim.certainty":
        return not _NEGATION_RE.search(sentence, max(0, start - 20), start)
    if pattern is _GONE_FOR_YOU_RE:
        return not _QUESTION_BEFORE_RE.search(sentence, 0, start)
    if pattern is _NEVER_BACK_RE:
        return not (
            _QUESTION_BEFORE_RE.search(sentence, 0, start)
            or _NEVER_BACK_HEDGE_RE.search(sentence, 0, start)
            or _ASKS_RE.search(sentence)
            or WHO_MAY_JOIN_RE.search(sentence)
        )
    # a benefit: hedged before the claim, or the sentence asks, plans or says who may join,
    # or it is a label answered no ("Miracle: no.", "Cure: none")
    return not (
        _NOT_ASSERTED_RE.search(sentence, 0, start)
        or _LABEL_ANSWERED_NO_RE.match(sentence, end)
        or _ASKS_RE.search(sentence)
        or WHO_MAY_JOIN_RE.search(sentence)
    )


# What a text says it leaves out is its own scope: "none reported in this summary", "none
# listed on this card". ("None reported", "none reported in the study" still claim safety.)
_THIS_PAGE_SCOPE_RE = re.compile(
    r" (?:(?:is|are) )?(?:reported|listed|given|described|mentioned|shown|covered|named"
    r"|included) (?:in|on|by) (?:this|our) (?:summary|label|card|note|leaflet|sheet|programme"
    r"|program|page|poster|notice|listing|flyer|pass|invite)\b"
)


def _in_results_item(ctx: Context, at: int) -> bool:
    """Whether ``at`` is in a results item with a bare answer ("Final results: pending"),
    which ``claims`` reads as the registry's answer."""
    if not ctx.labelled_items:
        return False
    return any(a <= at < b for a, b in contradicted_items(ctx, "results", POSTED_TERMS, None)[0])


# A results label whose value is a time says when the result is measured, not what it was:
# "Main result: 3 years", "Key findings: at week 12", "Main result: six months after surgery".
# The value must end there: "Main result: 3 weeks of less pain" states one.
_NUMBER_WORD = (
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty-\w+|thirty|thirty-\w+|forty"
    r"|forty-\w+|fifty|fifty-\w+|sixty|a|an)"
)
_TIME_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
_TIMEPOINT_VALUE_RE = re.compile(
    r"\s*(?:(?:measured|checked|assessed|read|taken|due)\s+)?(?:(?:at|after|by|in|within|over"
    r"|around|about|roughly|up to)\s+)?"
    rf"(?:(?:day|week|month|year|visit)\s+\d+|{_NUMBER_WORD}[- ]{_TIME_UNIT})"
    r"(?:\s+(?:later|after (?:the |your |each |their |starting |joining )?[\w-]+(?: dose)?"
    r"|from (?:the )?(?:start|baseline)))?\s*(?:[.;)\n]|$)"
)


def _timepoint_item(lower: str, found: re.Match[str]) -> bool:
    """Whether ``found`` is a label ("Main result:") whose value is only a time, the point
    at which a result will be measured."""
    colon = lower.rfind(":", found.start(), found.end())
    return colon != -1 and bool(_TIMEPOINT_VALUE_RE.match(lower, colon + 1))


def _keys(words: str) -> frozenset[str]:
    return frozenset(words.split())


# (kind, pattern, the words at least one of which any match holds, message), in the order
# a sentence is read: the first kind found in a sentence is its finding.
_ASSERTIONS = [
    ("claim.payment", [(_PAYMENT_RE, _keys(
        "dollars euros euro pounds usd eur gbp paid pays pay payment payments compensation "
        "compensated compensate stipend stipends reimbursed reimbursement reimburse gift prize "
        "prizes reward rewards cash money money-wise moneywise financially"))],
     "Summary promises payment ({said!r}); the record says nothing about paying participants."),
    ("claim.results", [(_RESULTS_RE, _keys(
        "results result findings finding outcomes outcome data reported headline main key early "
        "interim final topline top-line fewer less lower more higher better clear significant "
        "big real strong"))],
     "Summary states results ({said!r}); the record has posted no results (has_results)."),
    ("claim.results", [(_EARLY_READ_RE, _keys(
        "early first initial preliminary interim emerging halfway half-way midway mid-point "
        "midpoint")), (_BURDEN_FELL_RE, _keys(
        "fallen fell dropped declined gone come halved plummeted dwindled"))],
     "Summary states results ({said!r}); the record has posted no results (has_results)."),
    ("claim.results", [(_RESULTS_SAID_RE, _keys(
        "results result findings finding analysis answers data recovery response cure remission "
        "success survival saw found noticed showed outcome outcomes readout readouts group arm "
        "look looks looked seem seems seemed looking appear appears figures numbers signs "
        "delivered through paid won came thumbs thumbs-up surpassed outperformed beat bettered "
        "outdid outstripped reached met achieved hit attained favour favours favoured favor "
        "favors favored back backs backed support supports supported communicated reported "
        "observed recorded noted confirm confirms confirmed demonstrate demonstrates "
        "demonstrated show shows showed reveal reveals revealed indicate indicates indicated "
        "establish establishes established primary principal key endpoint verdict "
        "conclusion conclusions published announced released numbers figures fewer come comes "
        "coming advantage edge benefit superiority"))],
     "Summary states results ({said!r}); the record has posted no results (has_results)."),
    ("claim.advice", [(_ADVICE_RE, _keys(
        "recommend recommended recommends recommendation recommending join sign enrol enroll "
        "enrolled enrolling register apply inscribe stop advice part get participate "
        "volunteer reserve book ask call ring phone give put telephone email e-mail contact "
        "reach write")),
        (_JOIN_OUGHT_RE, _keys(
            "should must need needs ought have has advised urged encouraged"))],
     "Summary tells the reader to join ({said!r}); a trial summary must not give advice."),
    ("claim.advice", [
        (_ADVICE_LABEL_RE, _keys(
            "advice action rec recommendation suggestion tip step to-do todo")),
        (_STOP_MEDICINE_RE, _keys(
            "stop quit d/c discontinue hold pause come skip drop halt cease end give set put ease "
            "cut wean lay abandon suspend leave knock omit stopped dropped suspended paused "
            "halted discontinued omitted skipped withheld halved missed aside without left "
            "given laid parked shelved benched "
            "concurrent concomitant")),
        (_SKIP_MEDICINE_RE, _keys("need needn't have")),
        (_PRESCRIBES_RE, _keys(
            "change switch swap adjust move put start prescribe ask request get have doctor gp "
            "physician prescriber demand insist tell")),
        (_ADVISED_TO_JOIN_RE, _keys(
            "advise advises advised urge urges urged tell tells told recommend recommends "
            "recommended press presses pressed implore implores implored beg begs begged")),
        (_JOIN_NOW_RE, _keys(
            "told advised urged want wants wanted asked wait sign join apply enrol enroll "
            "enrolled register say book hit put get add glad regret thank prompt early quick "
            "immediate speedy ought should must need needs has have reply respond text "
            "touch call ring")),
        (_SUGGEST_RE, _keys(
            "why encourage urge advise recommend suggest encourages urges advises recommends "
            "suggests encouraged urged advised recommended suggested i'd we'd would ahead "
            "joining signing taking enrolling applying join no-brainer were that's just")),
     ],
     "Summary gives medical advice ({said!r}); a trial summary must not tell the reader what to "
     "do about their care."),
    ("claim.promotional", [(_PROMOTION_RE, _keys(
        "lucky fortunate top-tier top tier top-notch notch world-class world first-class "
        "cutting-edge cutting state-of-the-art art premier once-in-a-lifetime lifetime golden "
        "unmissable miss best"))],
     "Summary promotes the study ({said!r}); a summary informs and does not sell."),
    ("claim.promotional", [
        (_PRAISE_RE, _keys(
            "best-in-class next-gen next-generation revolutionary groundbreaking ground-breaking "
            "game-changing life-changing must-have generous generously handsome handsomely "
            "lucrative recommended")),
        (_BEST_EVER_RE, _keys(
            "ever around anywhere world you there land country nation region state city county "
            "business field area west east north south discipline specialty")),
        (_HURRY_RE, _keys(
            "limited few scarce slots places spots spaces openings seats act move hurry late "
            "demand last miss missed love everybody everyone lifetime hot hotcakes hang delay "
            "fills dawdle hesitate handful couple chance opportunity pity shame waste")),
        (_ONLY_HERE_RE, _keys(
            "couldn't can't wouldn't not nowhere only first early anyone anybody everyone "
            "others priority exclusive privileged fast-track leading few hardly other")),
        (_ENDORSE_RE, _keys(
            "top-rated top highly-rated highly five-star five 5-star editor's editors editor "
            "team investigators internationally pre-eminent preeminent illustrious esteemed "
            "gifted world-leading world-class scientists specialists doctors researchers "
            "experts clinicians "
            "pick staff must-see must-do must rate rates rated track leading renowned "
            "world-renowned acclaimed elite star loved enjoyed raved adored chance opportunity "
            "else worry lose past former previous earlier other described calls called said "
            "say says saying class top-class first-rate second hands start beginning lease "
            "hoping looking waiting wishing nothing little much few qualify qualifies qualified "
            "describe describes considered consider give gives gave giving rave raves ticket "
            "prestige renown reputation fame prestigious distinguished eminent celebrated "
            "stress fret involves involve requires require needs need takes take calls call "
            "speaks spoke speaking talks talked talking writes wrote famous renowned "
            "celebrated legendary acclaimed buzzing raving chatting talk decision choice easy "
            "easier simple obvious "
            "marks year decade century among one money cash simplify simplifies simplified "
            "simplifying so needn't need twice enough praise recommend ranks ranked ranking "
            "rank generation era hottest town")),
     ],
     "Summary promotes the study ({said!r}); a summary informs and does not sell."),
    ("claim.approval", [(_APPROVAL_RE, _keys(
        "fda ema mhra regulator regulators canada government authorities approved fda-approved "
        "ema-approved regulator-approved green go-ahead seal sign-off blessing agency officials "
        "bosses ministry"))],
     "Summary says the treatment is approved ({said!r}); the record says nothing of an approval."),
    ("claim.safety", [(_SAFETY_RE, _keys(
        "toxicity toxicities "
        "side side-effect side-effects adverse harm harms complication complications risk risks "
        "danger dangers safety safe risk-free harmless ae aes nothing tolerated safest "
        "tolerate tolerates tolerating hardly barely scarcely downside downsides minimal "
        "negligible tolerability bad nobody one none person low low-risk absence lack "
        "unwanted undesirable put puts")),
        (_SAFETY_MILD_RE, _keys(
            "side side-effect side-effects adverse risk risks downside downsides low-risk "
            "hardly barely notice")),
        (_HARM_MADE_SMALL_RE, _keys(
            "effects effect reactions reaction events risk risks harm harms downside downsides "
            "danger dangers complications drawbacks side-effects after-effects nothing anyone "
            "anybody nobody one no-one few"))],
     "Summary says the treatment is safe ({said!r}); a trial summary must not claim safety."),
    ("claim.certainty", [(_CERTAINTY_RE, _keys(
        "certain sure bound guaranteed assured destined set success fail definitely certainly "
        "surely undoubtedly"))],
     "Summary promises success ({said!r}); no trial's outcome is known in advance."),
    ("claim.efficacy", _EFFICACY,
     "Summary claims a benefit ({said!r}); a trial summary must not say a treatment works."),
]  # fmt: skip


# A claim given as a key and its value, as a card, a table or a data dump gives it: the key
# says what is judged ("Existing_therapy", "Regulatory_approval", "Primary_outcome_result")
# and the value the verdict ("discontinue", "granted", "met"). Neither alone is a claim, and
# no wording joins them, so each kind is a pair of word classes: what the key is about and
# what the value says of it. Underscores and hyphens in a key are spaces.
_KEY_VALUE_RE = re.compile(
    r"(?:^|(?<=[\n;{,|•])|(?<=[.!?] ))[ \t*#>\"'-]*(?P<key>[a-z][a-z _/-]{2,40}?)[\"']?[ \t]*[:=]"
    r"[ \t]*[\"']?(?P<value>[^;\n,.}|\"]{1,50})",
    re.MULTILINE,
)
_KEY_WORD_RE = re.compile(r"[a-z]+")


# A value that tells what the record or the study says, not a verdict: "none listed", "not
# yet known", "measured at 12 weeks".
_VALUE_HEDGE_RE = re.compile(
    r"\b(?:listed|record\w*|registry|stated|given|known|posted|yet|measur\w*|assess\w*"
    r"|track\w*|monitor\w*|check\w*|if|whether|may|might|unclear|unknown|pending|tbd|n/a)\b|\?"
)
_MEDICINE_KEYS = _keys(
    "therapy therapies treatment treatments medication medications medicine medicines "
    "meds drugs tablets pills inhaler inhalers prescription prescriptions dose doses"
)
_ORDER_KEYS = _keys(
    "decision recommendation recommended advice action verdict should must todo next "
    "step suggestion tip"
)
_APPROVAL_KEYS = _keys(
    "approval approved licence license licensing authorisation authorization regulatory fda ema"
)
_PRAISE_KEYS = _keys(
    "quality team experts doctors reputation prestige rating experience participant"
)
_RESULT_KEYS = _keys(
    "result results finding findings significance effect effects vs versus difference "
    "direction summary interim"
)
# Keys that compare the treatment with another: "comparedWithStandardCare: better".
_COMPARED_KEYS = _keys("compared comparison versus vs than relative against")
# Keys that say a benefit was shown, whose value only agrees: "efficacyDemonstrated: true".
_SHOWN_KEYS = _keys("demonstrated proven confirmed established shown achieved")
_GOAL_KEYS = _keys("outcome endpoint goal aim target objective")
_BENEFIT_KEYS = _keys(
    "works efficacy effectiveness benefit benefits response responders cure remission "
    "recovery success"
)
_HARM_KEYS = _keys(
    "relapse relapses recurrence toxicity toxicities risk risks harm harms "
    "complications side adverse danger dangers downside downsides"
)
# The reader's own medicines, as against the study's treatment ("Treatment: ...").
_OWN_KEYS = _keys(
    "existing current usual regular other concurrent concomitant background ongoing own "
    "your their habitual normal daily present"
)
# Keys that name who is studied or who approves the study, not a verdict on the treatment:
# "Risk group: low", "Ethics approval: obtained".
_NOT_A_VERDICT_KEYS = _keys(
    "group groups category population patients class stratum score ethics ethical irb "
    "board committee consent"
)
# (key kinds, the value that makes it a claim, the code, what to tell the editor)
_KEY_RESULTS = "Summary states results ({said!r}); the record has posted none."
_KEY_BENEFIT = "Summary claims a benefit ({said!r})."
_KEY_VALUE_CLAIMS: list[tuple[frozenset[str], re.Pattern[str], str, str]] = [
    (_MEDICINE_KEYS, re.compile(
        r"(?:please )?(?:discontinue|stop|pause|hold|withhold|skip|omit|quit|drop|discard"
        r"|bin|cease|suspend|halt|come off|give up|set aside)\b"),
     "claim.advice", "Summary tells the reader to stop their medicine ({said!r})."),
    (_ORDER_KEYS, re.compile(
        r"(?:join|sign up|enrol\w*|take part|apply|register|participate|volunteer|yes|true"
        r"|definitely|go for it)\b"),
     "claim.advice", "Summary tells the reader to join ({said!r})."),
    (_APPROVAL_KEYS, re.compile(
        r"(?:granted|approved|yes|true|obtained|received|given|full|fully approved|licensed"
        r"|cleared)\b"),
     "claim.approval", "Summary says the treatment is approved ({said!r})."),
    (_PRAISE_KEYS, re.compile(
        r"(?:world[ _-]?class|world[ _-]?leading|excellent|outstanding|superb|exceptional"
        r"|first[ _-]?class|top[ _-]?(?:tier|notch|class)|elite|unrivall?ed|unmatched"
        r"|premier|prestigious|renowned|positive|glowing|delighted|rewarding|wonderful"
        r"|fantastic|amazing)\b"),
     "claim.promotional", "Summary promotes the study ({said!r})."),
    (_RESULT_KEYS, re.compile(
        r"(?:[\w-]+ ){0,2}?(?:met|achieved|reached|reduced|lower|fewer|improved|improvement"
        r"|better|positive|significant|superior|favou?rable|favou?rs?|confirmed|demonstrated"
        r"|did better|won|encouraging|promising|reassuring|good|excellent|strong)\b"),
     "claim.results", _KEY_RESULTS),
    (_GOAL_KEYS, re.compile(r"(?:met|achieved|reached|missed|exceeded|hit|attained)\b"),
     "claim.results", _KEY_RESULTS),
    (_BENEFIT_KEYS, re.compile(
        r"(?:high|very high|excellent|strong|outstanding|proven|near[ _-]?universal|universal"
        r"|most|the majority|nearly all|almost all|guaranteed|certain|substantial|significant"
        r"|marked|major|dramatic|large|big|clear|lasting|nearly everyone|almost everyone"
        r"|everyone|everybody)\b"),
     "claim.efficacy", _KEY_BENEFIT),
    (_COMPARED_KEYS, re.compile(
        r"(?:better|superior|more effective|safer|stronger|the winner|preferable|preferred)\b"),
     "claim.efficacy", _KEY_BENEFIT),
    (_SHOWN_KEYS, re.compile(r"(?:true|yes|confirmed|definitely)\b"),
     "claim.efficacy", _KEY_BENEFIT),
    (_HARM_KEYS, re.compile(
        r"(?:rare|none|nil|zero|minimal|negligible|low|very low|very rare|unlikely|trivial"
        r"|mild)\b"),
     "claim.safety", "Summary says the treatment is safe ({said!r})."),
]  # fmt: skip
_CHANGED_ON_TREATMENT_RE = re.compile(
    r"(?:reduced|improved|lowered|fewer|lower|better|cut|halved|shorter|decreased|increased"
    r"|higher|more) (?:on|with|under|in|for|after) (?:the )?(?:treatment|drug|therapy"
    r"|intervention|active|medicine|treated)\b"
)
# A verdict's value that says no, in the words the results reader shares; a "no-" compound
# is a word of its own and the verdict ("Hassle: no-fuss"); dashes alone leave it empty.
_DENIED_VALUE_RE = re.compile(rf"{NO_VALUE_WORDS}(?!-)|n't\b|-+$")
# Degree words before a verdict: "already approved", "overwhelmingly positive".
_QUALIFIER_RE = re.compile(
    r"^(?:already|fully|now|very|highly|overwhelmingly|clearly|strongly|largely|mostly"
    r"|significantly|truly|thoroughly|extremely|generally|consistently) "
)
# What may follow a harm's verdict and leave it a verdict: "Relapse: rare overall".
_VERDICT_TAIL_RE = re.compile(
    r"\s*(?:(?:and \w+|so far|overall|to date|only|at all|if any|to (?:none|nil|zero))\s*)?"
)
# Keys about the treatment's effect on an outcome, in a dump's words:
# "Hospitalisations_on_treatment: reduced".
_ON_TREATMENT = ("on", "treatment")


@backstop
def claims_in_key_values(ctx: Context) -> Iterator[Finding]:
    lower = ctx.lower
    if ":" not in lower and "=" not in lower:
        return
    for match in _KEY_VALUE_RE.finditer(lower):
        # (a JSON key's words are in its capitals: "sideEffects", "worksFor")
        key_text = CAMEL_SPLIT_RE.sub(" ", ctx.text[slice(*match.span("key"))])
        key = _KEY_WORD_RE.findall(key_text.lower())
        value = match.group("value").strip()
        if (
            not key
            or not value
            or _VALUE_HEDGE_RE.search(value)
            or not _readable(ctx, match.start())
        ):
            continue
        words = set(key)
        if " ".join(key).endswith(" ".join(_ON_TREATMENT)):
            words |= _RESULT_KEYS
        if words.isdisjoint(_OWN_KEYS):
            words -= _MEDICINE_KEYS  # "Treatment: stop-smoking advice" names the study's
        if not words.isdisjoint(_NOT_A_VERDICT_KEYS):
            continue
        value = _QUALIFIER_RE.sub("", value, count=1)
        # A value that says no claims nothing ("Posted results: none so far"), but for a
        # harm, where "none" is the verdict ("Side effects: none").
        denied = _DENIED_VALUE_RE.match(value) is not None
        # a change credited to the treatment, whatever the key: "hospitalAdmissions:
        # reduced on treatment"
        if not ctx.trial.has_results and _CHANGED_ON_TREATMENT_RE.match(value):
            said = ctx.text[match.start("key") : match.end("value")].strip()
            yield error("claim.results", None, _KEY_RESULTS.format(said=said), match.span("value"))
            continue
        for kinds, verdict, code, message in _KEY_VALUE_CLAIMS:
            found = verdict.match(value)
            if words.isdisjoint(kinds) or not found or (denied and code != "claim.safety"):
                continue
            if code == "claim.safety" and not _VERDICT_TAIL_RE.fullmatch(value, found.end()):
                continue  # a harm named with its mildness: "Risks: mild soreness"
            if code == "claim.results" and ctx.trial.has_results:
                continue
            if code == "claim.approval" and _record_offers(ctx.facts)[1]:
                continue
            said = ctx.text[match.start("key") : match.end("value")].strip()
            yield error(code, None, message.format(said=said), match.span("value"))
            break
