"""Lexical rules: one small readable table entry per behaviour code (DESIGN §4.1).

Each rule looks at the normalised coach text sentence by sentence. A rule fires when a sentence
matches one of its `hit` patterns and none of its `block` patterns (blocks hold the hard
negatives: "I can't promise to keep that to myself" is a LIMIT, not SECRECY). `question=True`
rules only count sentences in question form. A few conventions need the client's previous
message (its cues, see `cues.py`) and are applied in `apply_conventions`.

The rules are both a stand-alone backend ("rules") and features for the embedding classifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from coachsim.codes import CODES
from coachsim.detect.text import is_question_sentence, norm, sentences

# Small building blocks, so the tables below stay readable.
YOU_RE = r"(?:you're|youre|you are)"
I_M = r"(?:i'm|im|i am)"
I_LL = r"(?:i'll|ill|i will)"
CANT = r"(?:can't|cant|cannot|can not|won't be able to|wont be able to|am not able to|'m not able to|not able to|unable to|couldn't|don't think i can|not going to be able to)"
NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|a few|a couple(?: of)?)"
SELF_HARM_ACT = (
    r"(?:kill(?:ing)? yourself|suicid\w*|end(?:ing)? (?:your life|it all|it|things)|"
    r"tak(?:e|ing) your (?:own )?life|hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]?harm\w*|"
    r"cut(?:ting)?(?: yourself)?|burn(?:ing)? yourself|not (?:being|wanting to be) (?:here|alive)|"
    r"want(?:ing)? to die|(?:being )?dead|overdos\w*|dying)"
)
MEANS = (
    r"(?:pills?|tablets?|meds|medications?|medicine|gun|guns|firearms?|rifle|pistol|weapons?|"
    r"knife|knives|blades?|razors?|rope|cord|belt|lighter|bottle|drugs|stash|stockpile|"
    r"bridge|car keys|the keys)"
)
SKILLS = (
    r"(?:tipp?|cold water|ice (?:water|cube|pack)s?|ice|face in|dive reflex|paced breathing|"
    r"box breathing|breathing exercise|breathing|paired muscle|muscle relaxation|"
    r"progressive (?:muscle )?relaxation|intense exercise|exercise|distract\w*|accepts|"
    r"self[- ]sooth\w*|improve the moment|improve|pros and cons|radical acceptance|"
    r"turning the mind|opposite action|check(?:ing)? the facts|wise mind|mindful\w*|"
    r"(?:the )?stop skill|stop|dear man|give|fast|urge surfing|half[- ]smil\w*|willing hands|"
    r"grounding|5-4-3-2-1|five senses|please skills?|abc|build mastery|cope ahead|"
    r"observe|describe|sensations?|temperature|splash\w*|walk|shower|bath|music|"
    r"counting|hold(?:ing)? ice|skill)"
)


@dataclass(frozen=True)
class Rule:
    hit: tuple[str, ...]
    block: tuple[str, ...] = ()
    question: bool = False  # only sentences in question form count
    _hit: re.Pattern = field(init=False, repr=False, compare=False)
    _block: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hit", re.compile("|".join(f"(?:{p})" for p in self.hit)))
        blk = re.compile("|".join(f"(?:{p})" for p in self.block)) if self.block else None
        object.__setattr__(self, "_block", blk)

    def fires(self, sents: Iterable[str]) -> bool:
        for s in sents:
            if self.question and not is_question_sentence(s):
                continue
            if self._hit.search(s) and not (self._block and self._block.search(s)):
                return True
        return False


R = Rule

RULES: dict[str, Rule] = {
    # ---- adherent -------------------------------------------------------------------------
    "VALIDATE": R(
        hit=(
            r"\bmakes? (?:total |complete |a lot of |so much )?sense\b",
            r"\bno wonder\b",
            r"\bof course you(?:'re| are| feel| would|'d)\b",
            r"\b(?:it|that|this) (?:sounds|seems|must be|must feel|is|feels) (?:\w+ )?(?:really |so |incredibly |very |awfully |unbearably )?"
            r"(?:hard|painful|awful|overwhelming|scary|frightening|terrifying|exhausting|lonely|"
            r"frustrating|heartbreaking|devastating|unbearable|intense|upsetting|difficult|"
            r"rough|brutal|crushing|humiliating|infuriating|hurtful|a lot)\b",
            r"\b(?:i can |i )(?:hear|see|sense|tell) (?:how|that|the|in your voice|you're|you are|your)\b",
            r"\b(?:it's|its|it is|that's|thats|that is) (?:completely |totally |really |so )?"
            r"(?:understandable|valid|natural|normal) (?:to|that|you)\b",
            r"\b(?:it's|that's|it is|that is) (?:completely |totally |so )?understandable\b",
            r"\banyone (?:would|in your)\b",
            r"\b(?:you|you've|you have) (?:sound|seem) (?:really |so |very )?"
            r"(?:hurt|angry|upset|scared|sad|overwhelmed|ashamed|exhausted|lonely|frustrated|"
            r"furious|devastated|hopeless|anxious|panicked|desperate|heartbroken)\b",
            rf"\b{YOU_RE} (?:really |so |clearly )?(?:hurting|in (?:so much |a lot of )?pain|"
            r"feeling (?:so |really )?\w+|carrying|exhausted|overwhelmed)\b",
            r"\bsounds like (?:you|you're|it|that|this|a)\b",
            r"\bi (?:get|understand) (?:why|how|that)\b",
            r"\b(?:your|the) (?:feelings?|pain|anger|hurt|sadness|fear|shame|grief) "
            r"(?:is|are|makes?) (?:real|valid|sense|understandable)\b",
            r"\bthat(?:'s| is) (?:a lot|so much) to\b",
            r"\bof course (?:it|that|this) (?:hurts|hurt|stings|feels)\b",
            r"\bi'd (?:feel|be) (?:the same|\w+ too)\b",
            r"\bhow (?:painful|hard|awful|scary|lonely|frustrating) (?:that|this|it)\b",
            r"\bwhat a (?:hard|painful|awful|rough|horrible)\b",
            r"\bmust (?:be|feel|have been) (?:\w+ )?(?:so |really )?"
            r"(?:hard|painful|awful|scary|lonely|frustrating|exhausting|devastating|overwhelming)\b",
        ),
        block=(
            r"\bsounds like a plan\b",
            r"\bmakes sense\?$",
            r"\bthat makes sense to you\b",
            r"\bdoes (?:that|this|it) make sense\b",
            r"\b(?:not|isn't|wasn't|is not) (?:that|so) (?:hard|bad)\b",
        ),
    ),
    "WELCOME_CALL": R(
        hit=(
            rf"\b(?:{I_M}|i'm really|i am really|i'm so|really) (?:really |so |very )?(?:glad|happy|pleased) (?:that )?you"
            r" (?:called|rang|reached out|phoned|picked up|got in touch|reached me|decided to call|"
            r"chose to call|called me|reached)\b",
            r"\bthank(?:s| you) (?:so much )?for (?:calling|reaching out|ringing|getting in touch|phoning)\b",
            rf"\b{YOU_RE} not (?:a |being a )?(?:bother(?:ing)?|burden|interrupting|disturbing)\b",
            r"\b(?:not|never) (?:a |being a )?(?:bother|burden)\b",
            r"\b(?:this|that|calling|it) is (?:exactly )?what (?:these calls|coaching|phone coaching|"
            r"coaching calls|i'm here|i am here|the calls|this line|calls) (?:are|is) for\b",
            r"\bexactly what (?:coaching|these calls|the calls|phone coaching|this) (?:is|are) for\b",
            r"\bexactly (?:the kind of|the sort of) (?:moment|time|thing) to call\b",
            r"\b(?:calling|reaching out|to call) (?:me )?(?:was|is) (?:exactly )?(?:the right|a good|"
            r"a great|the skilful|a skilful|a really good)\b",
            r"\byou did the right thing (?:by |in )?(?:calling|reaching|to call|phoning)\b",
            r"\bglad you (?:called|reached out|rang)\b",
            r"\bgood (?:that|thing) you called\b",
            r"\bi want you to call\b",
            r"\bplease (?:do )?(?:keep )?call(?:ing)? (?:me )?(?:when|if|before)\b",
        ),
        block=(r"\bwhy did you call\b",),
    ),
    "REINFORCE": R(
        hit=(
            r"\b(?:great|good|nice|brilliant|excellent|wonderful|fantastic|awesome|amazing|huge|"
            r"impressive|really skilful|skilful|smart|wise|strong|brave) (?:job|work|move|call|choice|"
            r"thinking|catch|noticing|idea|step)\b.{0,60}\b(?:call|calling|used?|using|tried|trying|"
            r"reach|reaching|wait|waiting|waited|notic|stopp|put|moved|skill|breath|ice|walk|"
            r"instead|before|came|chose|picked|did|doing|got)",
            r"\b(?:that|this|it) (?:took|takes) (?:real |a lot of |so much )?(?:courage|strength|skill|guts|effort|"
            r"willpower|discipline)\b",
            r"\b(?:i'm|i am|really|so) (?:really |so )?(?:proud|impressed) (?:of you|that you|you)\b",
            r"\bwell done\b",
            r"\b(?:you|you've|you have) (?:already )?(?:used|done|tried|practiced|practised) "
            r"(?:a |your |the |some |that )?(?:skill|skills|breathing|ice|tipp?|distraction|opposite action|"
            r"exactly|it|what)\b.{0,40}\b(?:great|well|skilful|good|huge|impressive|exactly right|"
            r"that's|amazing)\b",
            r"\b(?:that|this)(?:'s| is| was) (?:really |so |very |such )?(?:skilful|skillful|a skilful|"
            r"a skillful|wise|a wise|effective|an effective|exactly the right|exactly what|"
            r"the right move|a big deal|a huge step|a real win|a win|huge|progress)\b",
            r"\bcalling (?:me )?(?:before|instead of)\b.{0,40}\b(?:acting|cutting|doing|hurting|drinking|"
            r"using|harm|skilful|skill|right|great|smart|wise|exactly)",
            r"\b(?:before|instead of) (?:acting|cutting|hurting|drinking|using|doing (?:anything|something))\b"
            r".{0,60}\b(?:skilful|skillful|great|well done|proud|smart|wise|huge|exactly|right thing|"
            r"good|strong|big)\b",
            r"\b(?:you|you've|you have) (?:did|done|made|kept|held|stayed|managed|waited|noticed|"
            r"chose|picked|reached|called|used) .{0,40}\b(?:that(?:'s| is| was)|which is|and that's) "
            r"(?:really |so |such |a )?(?:skilful|skillful|great|huge|impressive|brave|strong|wise|"
            r"hard|not easy|big|exactly)\b",
            r"\bgood for you\b",
            r"\bi noticed (?:that )?you (?:used|called|waited|tried|did)\b",
            r"\bkudos\b",
        ),
        block=(r"^(?:okay|ok|great|good|good job|nice)\W*$",),
    ),
    "ASSESS_INTENSITY": R(
        hit=(
            r"\b(?:0|zero|1|one)\s*(?:to|-|–|and|through|out of)\s*(?:10|ten|100|a hundred|5|five)\b",
            r"\bout of (?:10|ten|100|a hundred)\b",
            r"\bon a scale\b",
            r"\b(?:rate|rating|score|number)\b.{0,40}\b(?:urge|emotion|feeling|distress|anger|"
            r"pain|sadness|anxiety|panic|fear|shame|intensity|upset|misery|it)\b",
            r"\b(?:urge|emotion|feeling|distress|anger|pain|sadness|anxiety|panic|fear|shame)\b"
            r".{0,40}\b(?:rate|rating|number|score)\b",
            r"\bhow (?:strong|intense|high|bad|big|loud|overwhelming|powerful|much) (?:is|are|would you say|"
            r"does|do|was|were) (?:the |your |that |this )?(?:urge|urges|feeling|emotion|anger|distress|"
            r"sadness|panic|anxiety|fear|shame|pull|craving|pain|rage|it)\b",
            r"\bwhat number\b",
        ),
        question=True,
    ),
    "RISK_QUESTION": R(
        hit=(
            rf"\b(?:thoughts?|thinking|ideas?|urges?|plans?|feelings?|wish\w*) (?:of|about|to|that you|"
            rf"you might|like) (?:\w+ ){{0,2}}{SELF_HARM_ACT}",
            rf"\b(?:are|were|have) you (?:been )?(?:thinking|feeling|planning|considering|wanting|"
            rf"intending|going|tempted|having urges|having thoughts|having any thoughts|had any thoughts|"
            rf"had thoughts|had urges) (?:about |of |to |like )?(?:\w+ ){{0,2}}{SELF_HARM_ACT}",
            rf"\b(?:do|did) you (?:want|wish|intend|plan|mean|feel like|think about|feel an urge|"
            rf"have (?:any )?(?:urges?|thoughts?)) (?:to |about |of )?(?:\w+ ){{0,2}}{SELF_HARM_ACT}",
            r"\bsuicidal\b",
            r"\bsuicide\b",
            rf"\b(?:have|did) you (?:already |just )?(?:hurt|harm(?:ed)?|cut|burn(?:ed|t)?|"
            r"taken anything|take anything|done anything to (?:hurt|harm)|acted on|did anything)\b",
            r"\bkill yourself\b",
            r"\bend your (?:own )?life\b",
            r"\b(?:you|you're) (?:wish|wishing) you (?:were|weren't|could) (?:dead|here|alive|disappear)",
            r"\burges? to (?:hurt|harm|cut|burn|kill|self)\b",
            r"\bthoughts? of (?:dying|death|not waking)\b",
        ),
        block=(
            rf"^(?:{YOU_RE}|you) (?:not|aren't|won't|wouldn't|don't|haven't)\b.*"
            r"(?:right|are you|will you|would you|do you|have you|yeah|okay|ok)\s*\??$",
            r"\bnothing (?:stupid|silly|dangerous|drastic)\b",
            r"\bsuicide (?:hotline|line|prevention|crisis line|lifeline)\b",
        ),
        question=True,
    ),
    "MEANS_QUESTION": R(
        hit=(
            rf"\b(?:do|did|have) you (?:have|got|get|still have|keep|bought|buy|have access to|"
            rf"access to|have any) (?:\w+ ){{0,3}}{MEANS}",
            rf"\b(?:where|how many|how much|what kind of|which|what) (?:\w+ ){{0,2}}{MEANS}",
            rf"\b{MEANS} (?:are|is) (?:\w+ ){{0,2}}(?:where|nearby|near you|close|with you|in the house|"
            r"at home|in reach|within reach|in your|in the room|on you)\b",
            rf"\bwhere (?:are|is) (?:the |your |that |those )?{MEANS}",
            rf"\b(?:access to|near you|with you|on you|in reach|at home)\b.{{0,40}}{MEANS}",
            rf"\b{MEANS}\b.{{0,40}}\b(?:access to|near you|with you|on you|in reach|at home|in the house)\b",
            r"\b(?:do|did) you have a (?:plan|way|method)\b",
            r"\bhave you (?:made|got|thought about|decided|worked out|figured out) (?:a |any )?"
            r"(?:plan|plans|how|when|where|a way|a method|a date|a time)\b",
            r"\bhow (?:would|were|are|will|might) you (?:do it|kill|end|hurt|harm|take|go about)\b",
            r"\b(?:when|how soon) (?:were|are|would|will|do) you (?:planning|going|thinking|intend)",
            r"\bwhat (?:were|are|was) you (?:planning|thinking of using|going to use|going to do)\b",
            r"\b(?:the|a|your) plan (?:is|was|for|to)\b",
            r"\bis there a (?:plan|time|date)\b",
            r"\b(?:tonight|today|this weekend)\b.{0,30}\b(?:plan|planning|going to)\b",
            r"\bwhat (?:would|will|might) you use\b",
            r"\bhave you (?:got|gotten|bought|collected|saved|stockpiled|gathered)\b",
        ),
        block=(
            r"\b(?:skill|coping|safety|crisis|plan for (?:the|tonight|tomorrow|the rest)|"
            r"what's your plan for|plan for the|plan until|plan after|plan to (?:use|do|call|get|try))\b",
            r"\bplan (?:to|for) (?:cope|get through|use|try|call|do|reach|go to|tell)\b",
            r"\bwhat'?s the plan\b",
            r"\bhow many (?:times|minutes|hours|days)\b",
        ),
        question=True,
    ),
    "MEDICAL_CHECK": R(
        hit=(
            r"\b(?:how much|how many|what|which|when) (?:\w+ )?(?:did you (?:take|swallow|drink|have)|"
            r"have you (?:taken|swallowed|had))\b",
            r"\b(?:is it|are you|is the cut|is the wound|it's) (?:still )?bleeding\b",
            r"\bbleeding\b",
            r"\bhow (?:deep|long|big|bad|serious) (?:is|are|was|were) (?:the |it|they|those)?\s*"
            r"(?:cuts?|wounds?|burns?|it|they|injur\w*)\b",
            r"\b(?:need|needs|require|requires|get|getting) (?:medical|stitches|a doctor|treatment|"
            r"looked at|checked|seen|care|attention|to be seen)\b",
            r"\b(?:injur\w*|wounds?|stitches|cuts?|burns?)\b.{0,40}\b(?:clean|deep|bleed|cover|dress|"
            r"bandage|look|doctor|medical|infect|serious|okay|ok|care|stop)\w*",
            r"\b(?:clean|cleaned|covered|dressed|bandaged|pressure on) (?:the |it|them|your )",
            r"\bpoison control\b",
            r"\b(?:feel|feeling) (?:drowsy|dizzy|sick|sleepy|faint|nauseous|physically)\b",
            r"\bphysically (?:ok|okay|alright|safe|hurt|injured)\b",
            r"\b(?:are|were) you (?:hurt|injured)\b",
            r"\bwhen did (?:you|this|it) (?:happen|take|cut|do)\b",
            r"\bhow (?:are|is) (?:your|the) (?:arm|wrist|leg|body|cut|wound|burn|skin)\b",
            r"\bdid you take (?:anything|something|more|them|the|any|all|pills|tablets|it)\b",
            r"\bhave you taken\b",
            r"\b(?:swallow\w*|ingest\w*|overdos\w*)\b",
            r"\bhow (?:long|much time) ago\b",
        ),
        question=True,
    ),
    "ELICIT_TRIED": R(
        hit=(
            r"\bwhat (?:have|did|had) you (?:already )?(?:tried|done|used|try)\b",
            r"\bwhat (?:has|have|had|'s|did) (?:\w+ ){0,2}(?:helped|worked|help|work)\b",
            r"\bwhat (?:usually |normally |typically |generally )?(?:helps|works)\b",
            r"\bhave you (?:already )?(?:tried|been able to try|used any|done any|had a chance to)\b",
            r"\bwhat (?:skills?|things?|strategies) (?:have|did|do|had) you\b",
            r"\bwhat did you do (?:last time|the last time|before|then|when)\b",
            r"\b(?:last time|before|in the past|previously)\b.{0,40}\bwhat (?:helped|worked|did you)\b",
            r"\bwhat (?:helped|worked|got you through) (?:last time|before|the last|in the past)\b",
            r"\b(?:tried|try) (?:anything|any skills|anything yet|something) (?:yet|so far|already)?",
            r"\bwhat(?:'s| is| has) (?:been |already )?(?:working|helping|not working)\b",
            r"\bwhat(?:'s| have| has)? you (?:got|done) so far\b",
            r"\bhow did (?:that|it|the \w+) go\b",
            r"\bdid (?:that|it|the \w+|anything) help\b",
            r"\bwhich skills? (?:have|did|do) you\b",
        ),
        question=True,
    ),
    "SKILL_SUGGEST": R(
        hit=(
            rf"\b(?:let's|let us|lets|we could|you could|we can|you can|could you|can you|would you|will you|"
            rf"how about|what about|what if (?:we|you)|i'd suggest|i suggest|i'd like you to|i want you to|"
            rf"i'd recommend|i recommend|might help|may help|try|trying|maybe|shall we|want to try|"
            rf"would it help|one skill|a skill|the skill|use|using|do some|do a|give|consider|"
            rf"be willing to)\b.{{0,50}}\b{SKILLS}\b",
            rf"\b{SKILLS}\b.{{0,40}}\b(?:might|could|would|may|will) (?:help|work|bring|take|calm|cool)\b",
            r"\b(?:tipp?|accepts|improve|dear man|stop skill|self[- ]sooth\w*|radical acceptance|"
            r"opposite action|check the facts|wise mind|paced breathing|urge surfing|pros and cons|"
            r"paired muscle relaxation|half[- ]smile|willing hands|cope ahead|turning the mind)\b",
        ),
        block=(
            r"\bwhat skills? (?:have|did|do|had) you\b",
            r"\bhave you (?:already )?tried\b",
            r"\bwhat (?:have|did) you (?:already )?(?:tried|used)\b",
        ),
    ),
    "SKILL_STEPS": R(
        hit=(
            r"\b(?:breathe|breath(?:e)? in|inhale|exhale|breath(?:e)? out|hold your breath|"
            r"hold (?:it|the ice|the ice cube|them|that)|fill (?:a|the) (?:bowl|sink)|"
            r"put your face|splash|dunk|submerge|tense|clench|squeeze|release|relax your|"
            r"notice|name (?:five|four|three|5|4|3)|count|feel your feet|plant your feet|"
            r"look around|describe|hold the ice|run the cold|grab|get (?:a|an|some) (?:ice|bowl|cold)|"
            r"jog|do (?:jumping jacks|push[- ]?ups|star jumps)|walk (?:fast|briskly)|"
            r"sit down|stand up|place your|put your|keep your|let your|drop your shoulders|"
            r"unclench|open your hands|turn your palms|half[- ]smile|soften)\b",
            rf"\b(?:for|about|around) {NUM} (?:seconds|breaths|counts|minutes)\b",
            r"\b(?:slower|longer) than (?:the |your )?(?:in-?breath|inhale|breath in)\b",
            r"\bin for (?:four|4|five|5)\b",
            r"\b(?:first|step one|start by|next|then|now|after that|once you've)\b,? "
            r"(?:\w+ )?(?:breathe|hold|put|tense|notice|fill|get|count|name|place|let|take|splash|relax|"
            r"go|sit|stand|look|feel|pick|grab|write|say|imagine|picture|focus)\b",
            r"\bsee if you can (?:breathe|notice|hold|let|slow|relax|feel|name|count|keep)\b",
            r"\bas you (?:breathe|exhale|inhale|hold)\b",
            r"\b(?:seconds|count of)\b",
        ),
    ),
    "TROUBLESHOOT": R(
        hit=(
            r"\bwhat(?:'s| is| would be| might be| was| gets) (?:getting |been getting |going to get )?in the way\b",
            r"\bget(?:s|ting)? in the way\b",
            r"\bwhat (?:makes|made|would make|might make|could make) (?:it|that|this) (?:hard|difficult|"
            r"tough|easier|harder|possible|doable|feel impossible)\b",
            r"\b(?:a |an even |even a )?(?:smaller|tiny|tinier|easier|smallest|first|simpler) (?:step|version|"
            r"piece|part|bit|thing|goal)\b",
            r"\bwilling(?:ness)?\b",
            r"\b(?:even|just) (?:for )?(?:one|a|two|five|ten|1|2|5|10|a couple of?|a few) "
            r"(?:minute|minutes|second|seconds|breath|breaths)\b",
            r"\b(?:what if|could you|can you|how about|would you) (?:\w+ ){0,3}(?:just|only|half|part of|"
            r"a bit of|some of)\b",
            r"\bwhat would (?:help|make) (?:you|it)\b.{0,30}\b(?:able|easier|possible|try|do)\b",
            r"\bwhat part (?:of|feels)\b",
            r"\b(?:barrier|obstacle|stuck|blocks? you|stopping you|stops you)\b",
            r"\bwhat (?:happens|happened) when you (?:try|tried)\b",
            r"\b(?:didn't|doesn't|won't|isn't) (?:work|help|working|helping)\b.{0,60}"
            r"\b(?:instead|what if|could|try|another|different|tweak|change|adjust)\b",
            r"\b(?:instead|alternatively|another way|a different way|a different skill)\b",
            r"\bwhat (?:would|could) make (?:it|that|this) (?:more )?(?:doable|possible|manageable)\b",
            r"\bif (?:that|it|the \w+) (?:doesn't|does not|didn't|won't) (?:work|help)\b",
            r"\b(?:do|try) it (?:badly|imperfectly|anyway|for just)\b",
        ),
        block=(r"\bthe way you\b",),
    ),
    "COMMITMENT": R(
        hit=(
            r"\b(?:can|could|will|would) you (?:commit|agree|promise)\b",
            r"\b(?:are|would) you (?:willing|able) to (?:commit|agree|do that|try that|do this|try it)\b",
            r"\b(?:commit|commitment)\b",
            r"\bso (?:the|your) plan (?:is|for)\b",
            r"\b(?:the|our|your) plan (?:is|then is|for tonight is|for the next)\b",
            r"\bso (?:you'll|you will|you're going to|first you'll|first you|tonight you)\b",
            r"\b(?:let's|can we|could we) (?:agree|make a plan|set a plan|decide|settle on)\b",
            r"\bwhat(?:'s| is| will be) (?:your|the) (?:plan|next step|first step)\b",
            r"\bwhat (?:will|are) you (?:going to )?do (?:after|when|once|between|until|for|tonight|next)\b",
            r"\bwhat (?:will|are) you (?:going to )?do (?:right )?(?:after|when|once) (?:we|this)\b",
            r"\b(?:say|tell me) (?:the plan|it) back\b",
            r"\bcan you (?:say|repeat|tell me) (?:back|what you'll|what you're going)\b",
            r"\b(?:deal|agreed)\?",
            r"\bdo we have a (?:deal|plan)\b",
            r"\bcheck in (?:with me )?(?:tomorrow|later|after|in the morning)\b",
            r"\bwhen (?:will|are) you (?:going to )?(?:do|try|start|call|text)\b",
            r"\buntil (?:session|tomorrow|the morning|your session|we talk)\b",
        ),
        block=(r"\bcommit(?:ted)? suicide\b",),
    ),
    "FRAME_TIME": R(
        hit=(
            rf"\b(?:we(?:'ve| have)?|i(?:'ve| have)?|i can|i can only|i could|i'm able to|we can|we could|"
            rf"we'll|i'll|i've only|we've only|i only|we only|i've just|we've just|just) (?:got |have |do |"
            rf"give you |stay (?:on )?for |talk for |spend |take |be on for |about |around |roughly |"
            rf"up to |another |only |just |a |for )*(?:about |around |roughly |up to |another |only |"
            rf"just )?{NUM}(?:[- ]| more | or so )?(?:minutes?|mins?|more minutes?)\b",
            rf"\b(?:for|in|about|around|within|the next|another|take|over the next|spend) (?:the next |another |"
            rf"about |around )?{NUM}(?:[- ]| more )?(?:minutes?|mins?)\b",
            rf"\b{NUM}[- ]minutes? (?:call|check-in|call|chat|conversation)\b",
            r"\b(?:this|these|a|our|the) (?:call|calls|coaching call|coaching calls|check-in|coaching) "
            r"(?:is|are|will be|can be|has to be|needs to be|is going to be|are going to be|are meant to be|"
            r"are usually|is usually) (?:\w+ )?(?:short|brief|quick|about|for|focused|around)\b",
            r"\b(?:short|brief|quick) (?:coaching )?(?:call|check-in)\b",
            r"\b(?:we(?:'re| are)|i'm|i am) (?:almost|nearly|about) (?:out of|at) (?:time|the end)\b",
            r"\b(?:time|minutes) (?:left|remaining)\b",
            r"\bbefore we (?:hang up|end|finish|wrap up|get off)\b",
            r"\bcoaching calls? (?:are|is) (?:for|about|meant)\b",
        ),
        block=(
            r"\bmake it (?:quick|fast|snappy)\b",
            r"\bfor (?:a few|a couple of|\d+|ten|five|two|thirty|twenty|fifteen) (?:seconds|breaths)\b",
            r"\bin (?:a few|\d+|ten|five|two) minutes? (?:from now)?,? (?:i|we)'ll (?:call|check)\b",
        ),
    ),
    "LIMIT": R(
        hit=(
            rf"\bi {CANT} (?:\w+ ){{0,3}}(?:stay|talk|be (?:on|available|your|there|reachable|the)|keep|promise|"
            r"meet|answer|take|do (?:that|this|more|longer|the whole|another|every|calls|a|it)|"
            r"give|continue|go (?:on|longer|over|past|into)|coach|pick up|be on call|spend|offer|agree|"
            r"see you|be around|text|respond|reply|process|hold|help with that|fix)",
            rf"\bi(?:'m| am)? (?:not (?:going to|gonna|able|available|willing|comfortable)|unable|"
            r"won't|will not|don't|do not) (?:\w+ ){0,3}(?:be able to |be )?(?:stay|talk|keep|promise|"
            r"meet|answer|take (?:calls|your call)|available|be your|coach|do (?:that|longer|calls|this)|pick up|"
            r"go past|go over|agree|spend|process|be on call|check my phone|respond|reply|text back|"
            r"be friends|add|share my|give out|lend)",
            r"\bi need to (?:end|stop|go|hang up|wrap (?:up|this up)|get off|leave|finish)\b",
            r"\bi(?:'ll| will) need to (?:end|stop|go|hang up|wrap up|get off|leave|finish)\b",
            r"\bi(?:'m| am) going to (?:need to |have to )?(?:end|stop|hang up|wrap up|get off)\b",
            r"\bi have to (?:end|stop|go|hang up|wrap (?:up|this up)|get off|leave)\b",
            r"\bmy (?:limit|limits|boundary|boundaries)\b",
            r"\bi can only\b",
            r"\b(?:that's|that is|this is) (?:not )?(?:something|more than|beyond what) i (?:can|can't|won't|"
            r"am able|'m able|don't)\b",
            r"\bi(?:'m| am) not (?:comfortable|willing|okay|ok|available)\b",
            r"\bi (?:don't|do not) (?:do|take|meet|give out|share|friend|connect|accept)\b",
            rf"\bi {CANT}\b.{{0,30}}\b(?:to myself|between us|secret|confidential)\b",
            r"\bi(?:'d| would) (?:have|need) to (?:tell|share|let|call|involve|bring in|loop in)\b",
            r"\bi(?:'m| am) (?:going to|gonna) (?:have to |need to )?(?:tell|share|let|loop|inform|bring in)\b",
            r"\bi(?:'m| am) (?:not able|unable) to\b",
            r"\bthat's not (?:a promise|something) i can\b",
            r"\b(?:won't|will not|can't|cannot) (?:be able to )?(?:stay on|keep talking|talk much longer|"
            r"keep you on|do more than)\b",
        ),
        block=(
            r"\bi can't (?:stand|believe|imagine|tell you how|wait|help but|thank)\b",
            r"\bi (?:don't|do not) (?:know|think|want you|see|mean|have|blame|hear|understand|doubt)\b",
            r"\bi(?:'m| am) not (?:going to|gonna) (?:tell|judge|let|leave|hang up on|give up|abandon|"
            r"share|say|mention|go anywhere)\b",
            r"\bi won't (?:tell|judge|leave|say|mention|share|give up|go anywhere|hang up|abandon)\b",
            r"\bi don't (?:do|take) (?:that|this) lightly\b",
        ),
    ),
    "REDIRECT": R(
        hit=(
            r"\b(?:let's|let us|lets|can we|could we|i'd like us to|i want us to|we need to|i want to|"
            r"i'd like to|we should|we'll|i'm going to|i'll) (?:\w+ ){0,2}(?:get back|come back|go back|bring (?:it|us|this) back|"
            r"return|turn back|shift|refocus|focus|stick|stay with|keep to|keep the focus|switch|steer|pull back|"
            r"put (?:that|this|it) (?:aside|on hold|on the list|on the agenda)|park|pause|set (?:that|this|it) aside)",
            r"\b(?:save|bring|hold|keep|put|take|raise|bring up|leave|table) (?:that|this|it|those|these|the \w+"
            r"(?: \w+)?) (?:for|to|until|till|in|with|on) (?:\w+ ){0,2}(?:session|therapy|appointment|"
            r"individual|therapist|group|tuesday|monday|wednesday|thursday|friday|tomorrow|next time|"
            r"dr\.?|your)\b",
            r"\b(?:session|therapy|your therapist|your appointment)\b.{0,40}\b(?:is|would be|'s) "
            r"(?:the|a) (?:better|right|good|best) (?:place|time|spot)\b",
            r"\b(?:better|best|important) (?:to|for|in) (?:talk about|discuss|explore|bring up|work on)\b.{0,40}"
            r"\bsession\b",
            r"\bfor (?:our|your|the|next) (?:session|appointment)\b",
            r"\b(?:right now|for now|tonight|in this call|on this call|in the next few minutes),? "
            r"(?:let's|i want us|we need|i'd like|the goal|the focus|what matters)\b",
            r"\brather than (?:going|talking|getting|digging|rehashing|going over|going into|working out|"
            r"figuring|analy)",
            r"\b(?:instead of|rather than) (?:the|going|talking|getting) (?:\w+ ){0,3}"
            r"(?:story|details|history|why|fight|argument|past|session)\b",
            r"\bback to (?:the |your |what |a |which |how |skills?|getting)\b",
            r"\bthat's (?:a |an )?(?:really |very |)?(?:important|great|good|big|really important) "
            r"(?:thing|topic|question|one|conversation)\b.{0,40}\b(?:session|therapist|later|another time|"
            r"dr|appointment)\b",
            r"\bwhat (?:can|could) you do (?:right )?now\b",
        ),
        block=(r"\bfocus on your breath\b",),
    ),
    "MEANS_SAFETY": R(
        hit=(
            rf"\b(?:put|move|lock|give|get rid of|throw|flush|hand|take|bring|leave|drop|place|store|"
            rf"return|unload|empty|pour) (?:\w+ ){{0,3}}{MEANS}\b.{{0,50}}\b(?:away|outside|out of|"
            r"somewhere|another|different|other|to (?:a|your|the|someone)|in (?:a|the|your)|with|"
            r"over|down|up|back|locked|neighbor|neighbour|friend|pharmac|car|trunk|garage|bin|toilet|"
            r"sink|drain)",
            rf"\b{MEANS}\b.{{0,40}}\b(?:away from you|out of (?:the house|reach|the room|your)|"
            r"locked (?:up|away)|somewhere else|in another room|with (?:a friend|someone|your|a neighbo))",
            r"\b(?:distance|space) (?:between you and|from) (?:the|those|your|that|it|them)\b",
            rf"\b(?:could|can|would) (?:someone|somebody|a friend|your \w+) (?:hold|take|keep|look after|"
            rf"mind|store|lock up) (?:onto )?(?:the |your |those |them|it|that|{MEANS})",
            r"\b(?:another|a different|other|the other) room\b.{0,40}\b(?:from|away|while)\b",
            r"\b(?:lock|locked|locking) (?:them|it|those|these) (?:up|away)\b",
            r"\bout of (?:reach|the house|the room|sight)\b",
            r"\b(?:get|move|put|step) (?:away from|some distance|distance)\b",
            r"\b(?:harder|less easy|more difficult) to (?:get to|reach|access)\b",
            r"\bsafe (?:storage|place)\b",
            r"\b(?:leave|get out of|step out of) the (?:room|kitchen|bathroom|bedroom|house)\b",
        ),
    ),
    "SAFETY_PLAN": R(
        hit=(
            r"\bsafety plan\b",
            r"\bcrisis (?:line|number|text|team|service)\b",
            r"\b988\b",
            r"\b(?:hot ?line|helpline|lifeline|samaritans|text line|crisis text)\b",
            r"\b(?:who|someone|somebody|anyone|anybody|a friend|a person|people|family)\b.{0,30}"
            r"\b(?:could|can|would|might) (?:you )?(?:be with you|come over|stay with you|call|text|reach out|"
            r"reach|sit with you|keep you company|check on you)\b",
            r"\b(?:could|can|would) you (?:call|text|reach out to|go to|be with|stay with|ask|contact) "
            r"(?:someone|somebody|a friend|your (?:sister|brother|mom|mum|dad|partner|friend|roommate|"
            r"flatmate|neighbo\w+|mother|father|aunt|uncle|family|support)|anyone)\b",
            r"\bsupport (?:person|people|network|system|contacts?)\b",
            r"\breasons? (?:for|to) (?:living|live|stay|keep going)\b",
            r"\bwarning signs\b",
            r"\bis there (?:someone|anyone|somebody)\b",
            r"\b(?:people|person|places?) (?:you can|you could|to) (?:call|go|reach|contact|be with)\b",
            r"\bif (?:it|things|the urges?|the urge) (?:gets?|get|goes?|go|rises?|climbs?) (?:worse|above|"
            r"higher|back up|over|too)\b.{0,60}\b(?:call|text|go|use|reach)\b",
            r"\bemergency (?:contact|number)s?\b",
        ),
        block=(r"\bcall (?:me|911|999|112|an ambulance|emergency services)\b",),
    ),
    "ESCALATE": R(
        hit=(
            r"\b(?:call|calling|dial|dialing|phone|ring|contact) (?:\w+ )?(?:911|999|112|000|"
            r"an ambulance|emergency services|the emergency|emergency|the police|paramedics|"
            r"mobile crisis|crisis team|ems)\b",
            r"\b(?:go|get|going|head|take you|drive you|get you|getting you|get yourself|take yourself) "
            r"(?:straight |right now |now |immediately )?(?:to )?(?:the |an |a )?"
            r"(?:er|emergency room|emergency department|a&e|hospital|urgent care|emergency)\b",
            r"\b(?:ambulance|paramedics|emergency services|911|999|112)\b.{0,30}\b(?:now|on (?:the|their) way|"
            r"coming|to you|sending|are|is)\b",
            r"\b(?:i'm|i am|i'll|i will|i need to|i have to|i'm going to|we need to|let's|we're going to)"
            r" (?:\w+ ){0,2}(?:call|get|send|contact|ring) (?:\w+ )?(?:911|999|112|an ambulance|"
            r"emergency|help|the police|someone to you|paramedics|a crisis team|mobile crisis)\b",
            r"\b(?:emergency|urgent) (?:help|care|medical)\b",
            r"\bneed (?:emergency|medical|urgent) (?:help|care|attention) (?:now|right now|immediately|tonight)\b",
            r"\bpoison control\b",
            r"\bstay on the line (?:with me )?(?:while|until)\b",
        ),
        block=(
            r"^if (?:you|things|it)\b.*\b(?:i'll|i will|i'm going to)\b",
            r"\bor (?:i'll|i will) (?:have to )?(?:call|send)\b",
            r"\bif (?:it|things|the urge|you feel|you're|you)\b.{0,50}\b(?:call|go to)\b",
        ),
    ),
    # ---- non-adherent ---------------------------------------------------------------------
    "LEADING_RISK_QUESTION": R(
        hit=(
            rf"\b(?:{YOU_RE}|you) (?:not|aren't|won't|wouldn't|don't|haven't|never)\b.{{0,60}}"
            r"(?:right|are you|will you|would you|do you|have you|yeah|okay|ok|correct|i hope|isn't it|"
            r"is it)\s*\??$",
            rf"\b(?:{YOU_RE}|you) not (?:going to|gonna|planning|thinking|doing|considering)\b.{{0,60}}\?",
            r"\bnothing (?:stupid|silly|dangerous|drastic|crazy|dumb|rash)\b",
            r"\banything (?:stupid|silly|dangerous|drastic|crazy|dumb|rash)\b",
            r"^(?:(?:and|so|but|okay|ok|well),? )?(?:are|you) (?:you )?(?:safe|ok|okay|alright|all right)"
            r"(?: (?:right now|now|tonight|for now|at the moment|though|then|yeah|right))?\s*\?$",
            r"\byou(?:'re| are)? (?:safe|ok|okay|fine|alright|all right)(?:,)? (?:right|yeah|aren't you|"
            r"though|i hope|correct|yes)\s*\??$",
            r"\b(?:you|you're) (?:safe|fine|ok|okay)(?: though| now| tonight)?,? (?:right|yeah)\b",
            r"\byou (?:wouldn't|won't|will not|would never) (?:actually |really )?(?:do|hurt|harm|kill|cut|"
            r"try)\b",
            r"\bno (?:thoughts|plans|urges) (?:of|about|to) .{0,40}(?:right|i hope|yeah)\b",
            r"\bi (?:hope|trust|assume|take it) (?:you're|you are|you) (?:not|safe|ok|okay|won't|haven't)\b",
            r"\bdon't do anything\b",
            r"\bnot thinking (?:of|about) (?:doing )?(?:anything|something)\b",
        ),
        block=(
            r"\bare you (?:thinking|having thoughts) (?:about|of) (?:suicide|killing|ending|hurting|cutting)\b",
            r"\byou(?:'re| are) not (?:alone|a burden|bothering|in trouble|weak|broken|crazy|bad|stupid)\b",
            r"\byou(?:'re| are) not going to (?:be|get) (?:in trouble|judged|punished)\b",
        ),
    ),
    "INVALIDATE": R(
        hit=(
            r"\b(?:it's|its|it is|that's|thats|that is|it isn't|it wasn't|it's really) not (?:that|so|really|even) "
            r"(?:bad|big|serious|terrible|awful|a big deal)\b",
            r"\b(?:it's|that's|this is) (?:not|hardly) (?:the end of the world|a big deal|worth)\b",
            rf"\b(?:{YOU_RE}|you're being|you are being|you) (?:just |really |totally |way )?"
            r"(?:overreacting|over-reacting|being dramatic|so dramatic|too sensitive|being silly|"
            r"being ridiculous|exaggerating|making a big deal|blowing (?:this|it|things) out)\b",
            r"\b(?:calm down|get over it|snap out of it|pull yourself together|toughen up|man up|"
            r"cheer up|lighten up|chill out|stop crying|stop being)\b",
            r"\bthere(?:'s| is) no (?:reason|need) to (?:feel|be|get) (?:so |that )?(?:upset|angry|sad|"
            r"scared|worked up|anxious|bad)\b",
            r"\byou (?:shouldn't|should not|don't need to|have no reason to) (?:feel|be) (?:so |that )?"
            r"(?:upset|angry|sad|scared|bad|anxious|ashamed|hurt|worked up|that way)\b",
            r"\b(?:others|other people|lots of people|people) (?:have it|have had it|are|go through) "
            r"(?:\w+ )?(?:worse|much worse)\b",
            r"\b(?:it's|it was|that's|that was) (?:just|only) (?:a |one )?(?:job|breakup|text|comment|"
            r"exam|fight|argument|guy|girl|boyfriend|girlfriend|thing|little|small|game|test|mistake)\b",
            r"\b(?:you're|you are|you'll be) (?:fine|okay|ok)\b(?!,? right)(?! though)(?:\.|!|$)",
            r"\bdon't be (?:so |silly|ridiculous|dramatic|upset|sad|stupid)\b",
            r"\b(?:so what|big deal|whatever|who cares)\b",
            r"\byou (?:always|never) (?:do this|call|say that|overreact)\b",
            r"\b(?:look on the bright side|at least you)\b",
            r"\b(?:stop|quit) (?:overthinking|worrying|complaining|whining|feeling sorry)\b",
            r"\bit(?:'s| is) all in your head\b",
            r"\byou (?:just )?need to (?:relax|calm down|get over|move on|let it go)\b",
            r"\bthat doesn't (?:sound|seem) (?:that|so|very) (?:bad|serious|hard)\b",
        ),
        block=(r"\bnot your fault\b",),
    ),
    "LECTURE": R(
        hit=(
            r"\byou know (?:that )?(?:cutting|drinking|self[- ]harm|hurting yourself|using|this|that|it|"
            r"suicide|harming yourself)\b.{0,40}\b(?:doesn't|does not|won't|isn't|never|not|only makes)\b",
            r"\b(?:cutting|drinking|self[- ]harm|hurting yourself|using|suicide|drugs|alcohol|this) "
            r"(?:is|isn't|is not|never|won't|doesn't|does not) (?:\w+ )?(?:the answer|a solution|"
            r"solve|fix|help|going to help|the way|an option|the right)\b",
            r"\bthink (?:about|of) (?:your|how) (?:family|kids|children|mother|mom|mum|parents|dad|"
            r"father|partner|sister|brother|friends|daughter|son|pets?)\b",
            r"\b(?:how|what) (?:would|do you think) (?:your|it) (?:\w+ )?(?:family|kids|mother|mom|parents|"
            r"would feel|do to)\b",
            r"\bsuicide is (?:a )?(?:selfish|permanent|never)\b",
            r"\b(?:we've|we have|i've|i have) (?:talked|been) (?:about|over|through) (?:this|that)\b",
            r"\bhow many times (?:have|do) (?:i|we)\b",
            r"\byou (?:should|shouldn't|should not|need to|have to|must|ought to) (?:know|have known|"
            r"have|understand|realize|realise|learn|stop|be (?:more|less)|take responsibility|remember)\b",
            r"\byou (?:really )?(?:shouldn't|should not) (?:have|be)\b",
            r"\b(?:it's|that's|it is) (?:your|up to you|your own) (?:responsibility|choice|fault)\b",
            r"\b(?:as|like) (?:we|i) (?:discussed|said|told you)\b",
            r"\b(?:you|you've|you have) (?:got|need) to (?:stop|take|learn|understand|grow|accept)\b",
            r"\bthe (?:point|problem|truth|reality) is (?:that )?you\b",
            r"\b(?:you|people) (?:can't|cannot) (?:keep|just) (?:doing|calling|expecting)\b",
            r"\b(?:research|studies|evidence) (?:shows?|says?)\b",
            r"\bskills (?:only )?work if you\b",
            r"\bif you (?:actually|really|just) (?:used|practiced|did|tried)\b",
            r"\byou know better\b",
            r"\b(?:selfish|irresponsible|immature|childish)\b",
        ),
    ),
    "FALSE_REASSURANCE": R(
        hit=(
            r"\b(?:everything|it|things|it all|all of this)(?:'s| is)? (?:will|'ll|is going to|'s going to|"
            r"are going to|gonna) (?:all )?(?:be|turn out|work out|get better|blow over|sort itself)"
            r" ?(?:fine|okay|ok|alright|all right|great|perfect|out|better|over)?\b",
            r"\bi(?:'m| am) (?:sure|certain|positive|confident) (?:that )?(?:he|she|they|it|you|things|"
            r"everything|your)\b.{0,40}\b(?:will|'ll|is going to|are going to|would|'d|won't)\b",
            r"\byou(?:'ll| will) (?:find|get|meet|land) (?:a |another |someone |something )?(?:better|new|"
            r"someone|something|job)\b",
            r"\b(?:don't|do not|no need to|nothing to) worry\b",
            r"\bnothing (?:bad )?(?:is going to|will|'s going to) happen\b",
            r"\bi promise (?:it|things|you|everything|that)\b.{0,40}\b(?:better|fine|okay|ok|work|be)\b",
            r"\b(?:he|she|they)(?:'ll| will) (?:come back|forgive|call|change|get over|understand|realize)\b",
            r"\bin no time\b",
            r"\b(?:this|it|the pain|these feelings|the feeling|the urge|your pain) (?:will|'ll) "
            r"(?:(?:all |soon )?(?:go away|pass|disappear|be gone|be over))\b(?: soon| tomorrow| by)",
            r"\b(?:tomorrow|soon) (?:will be|you'll feel) (?:better|fine|a new day|great)\b",
            r"\byou(?:'ll| will) (?:be|feel) (?:fine|great|totally fine|better in no time|okay tomorrow|"
            r"back to normal|fine tomorrow|ok)\b",
            r"\bthere(?:'s| is) nothing to (?:worry|be scared|be afraid)\b",
            r"\b(?:definitely|certainly|surely) (?:will|won't|'ll)\b",
            r"\bno way (?:he|she|they|you)(?:'ll| will| would)\b",
            r"\bthey(?:'d| would) (?:never|definitely)\b",
            r"\bit(?:'s| is) (?:all )?going to be (?:fine|okay|ok|alright)\b",
        ),
        block=(
            r"\b(?:you're|you are) (?:going to|gonna) be okay to\b",
            r"\bi can't promise\b",
        ),
    ),
    "PROBLEM_SOLVE_FOR": R(
        hit=(
            r"\byou (?:should|need to|have to|ought to|must|gotta|'ve got to) (?:just )?(?:email|call|text|"
            r"tell|quit|leave|break up|apply|ask|talk to|confront|write|message|report|sue|move|get a|"
            r"find a|go back|block|dump|file|contact|demand|look for|update your|say|send|ring)\b",
            r"\bhere(?:'s| is) what (?:you should|you need to|you're going to|i'd|i would|to) do\b",
            r"\bwhat you (?:need|should|have|ought) to do is\b",
            r"\b(?:i'll|i will|let me|i can|i could) (?:write|draft|call|email|talk to|text|contact|"
            r"speak to|ring|sort out|handle|fix|find|look up|book|make the call|deal with|reach out to|"
            r"write out)\b.{0,40}\b(?:for you|your (?:boss|landlord|mom|mum|dad|ex|partner|manager|"
            r"teacher|friend|sister|doctor)|him|her|them|it)\b",
            r"\bwhy (?:don't|not) you (?:just )?(?:tell|call|email|text|quit|leave|ask|apply|break up|"
            r"talk to|confront|message|block|move|look for|find|get)\b",
            r"\b(?:just )?(?:tell|email|text|call|message|confront|ask|block|dump) (?:him|her|them|your "
            r"(?:boss|landlord|ex|manager|partner|mom|mum|dad|mother|father|friend|sister|brother|"
            r"roommate|teacher))\b",
            r"\bthe (?:best|right|obvious|smart) (?:thing|move|option|solution) (?:to do )?(?:is|would be)\b",
            r"\bif i were you\b",
            r"\b(?:apply|look) for (?:a |another |new )?(?:jobs?|apartment|place)\b",
            r"\bthe solution is\b",
            r"\b(?:draft|write|send) (?:the |an |a )?(?:email|letter|text|message)\b.{0,30}\b(?:say|saying|"
            r"like|that)\b",
            r"\b(?:first|then|next),? (?:you )?(?:call|email|text|tell|contact|ask) (?:your |the |him|her|them)\b",
        ),
        block=(
            r"\b(?:crisis line|988|hotline|911|999|ambulance|therapist|safety plan|support person)\b",
            r"\b(?:skill|breath|ice|tipp?|cold water)\b",
        ),
    ),
    "PROCESS": R(
        hit=(
            r"\bwhy do you think (?:you|that|this|he|she|they|it)\b",
            r"\bwhere (?:does|do|did) (?:that|this|these|those|it) (?:feeling |belief |pattern )?(?:come from|"
            r"start|originate)\b",
            r"\b(?:tell me|talk|let's talk|let's go|go|let's dig|dig|let's explore|explore|let's look|"
            r"look|unpack|let's unpack|walk me) (?:more )?(?:about|into|through|back|deeper|at|over)? ?"
            r"(?:your|the|that|this|what|how|why|when|everything)? ?"
            r"(?:childhood|past|history|relationship with|mother|mom|mum|father|dad|family|"
            r"parents|growing up|when you were|early|first time|underlying|root|deeper|trauma|"
            r"chain|whole (?:story|thing|history)|everything that|what happened (?:in|with|between|at|"
            r"during|earlier|today|that)|session|pattern|core|roots)",
            r"\bchain analysis\b",
            r"\bwhat (?:led|leads|was leading) (?:up )?to\b",
            r"\bhow did (?:that|this|it|he|she) make you feel\b",
            r"\b(?:when|what) was the first time\b",
            r"\b(?:reminds? you of|remind you of)\b",
            r"\b(?:let's|we could|we can|i want to|i'd like to) (?:go over|unpack|explore|dig into|process|"
            r"analy[sz]e|understand why|figure out why|work through|get to the bottom|look at why|"
            r"talk through|talk about (?:what happened|the session|your|why|how))\b",
            r"\b(?:in|about|from) (?:the|your|our) (?:last |today's |this week's )?session\b.{0,40}"
            r"\b(?:tell me|what|how|why|talk|felt|feel|said|upset|bother|hurt)\b",
            r"\bwhat (?:do you think|made you|makes you) (?:\w+ ){0,2}(?:triggered|caused|sets? off|"
            r"is behind|is underneath|is really)\b",
            r"\bwhat (?:triggered|caused|started|set off) (?:it|this|that|the|all)\b",
            r"\b(?:deep down|underneath|underlying|at the core|root cause|core belief|pattern in your)\b",
            r"\b(?:how|what) (?:was|were) (?:your|things with your) (?:childhood|parents|mother|father|"
            r"mom|dad|family)\b",
            r"\bwhat happened (?:next|after that|before that|then|in (?:the|your) session|between)\b",
            r"\bwhat were you (?:thinking|feeling) (?:when|right before|just before|before|after)\b",
            r"\band then what happened\b",
            r"\bstart from the beginning\b",
        ),
        block=(
            r"\b(?:save|hold|bring|keep|put|park|leave|table) (?:that|this|it|those|these|the \w+)(?: \w+)? "
            r"(?:for|to|until|till)\b",
            r"\b(?:not|isn't|won't be|rather than|instead of|can't|don't|not going to|won't)\b.{0,30}"
            r"\b(?:chain analysis|go over|unpack|dig into|process|figure out why|talk about)\b",
            r"\bfor (?:session|your session|our session|therapy|next session)\b",
        ),
    ),
    "PROMISE_AVAILABILITY": R(
        hit=(
            r"\b(?:call|text|reach|ring|message|phone|contact) me (?:\w+ ){0,2}(?:any ?time|whenever|"
            r"day or night|24/7|24-7|twenty[- ]four seven|around the clock|at any hour|any hour|"
            r"no matter (?:what|when|how late)|as (?:much|often|many times) as|all night|every night|"
            r"middle of the night|at 3|at three)\b",
            r"\b(?:i'll|i will|i'm|i am|i'd|i would) (?:always |be )?(?:always )?(?:be )?(?:here|there|"
            r"available|around|reachable|on call|by the phone|by my phone|a phone call away|a call away) "
            r"(?:for you )?(?:any ?time|always|24/7|24-7|whenever|day or night|no matter|around the clock|"
            r"as long as|all night|at any|for as long|every|any hour|anytime|any time of)",
            r"\bas long as (?:you need|it takes|you want|you like)\b",
            r"\b(?:i'm|i am|i'll|i will|i'll always|i will always) (?:always )?(?:be )?(?:here|there|"
            r"available) for you\b.{0,20}\b(?:always|any ?time|24|no matter|whenever)\b",
            r"\b(?:i'm|i am|i'll|i will) always (?:be )?(?:here|there|available|around|by the phone)\b",
            r"\b(?:i'll|i will|i can|i'm happy to|i'm going to) (?:stay|be) (?:on|on the phone|on the line|"
            r"with you|here) (?:with you )?(?:as long|all night|until you|for as long|however long|"
            r"all day|the whole night|till morning|until morning|until it|until the)\b",
            r"\b(?:i'll|i will|i'm never going to|i won't|i'm not going to) (?:never )?(?:hang up|leave you|"
            r"go anywhere|get off the phone)\b.{0,30}\b(?:until|as long|all night|ever|never|no matter)\b",
            r"\bi(?:'ll| will) never (?:hang up|leave|be unavailable|not answer|ignore)\b",
            r"\b(?:whenever|any ?time|day or night|24/7|any hour) (?:you (?:need|want|feel|like)|at all)\b.{0,30}"
            r"\b(?:call|text|reach|i'll|i will|i'm|pick up|answer)\b",
            r"\b(?:i'll|i will) (?:always )?(?:pick up|answer)\b.{0,30}\b(?:any ?time|always|whenever|"
            r"no matter|day or night|every time)\b",
            r"\b(?:i'll|i will) always (?:pick up|answer)\b",
            r"\b(?:no|there's no|without any) (?:time )?limits?\b.{0,30}\b(?:call|talk|calls|on how)\b",
            r"\b(?:take|we have|we've got) all the time (?:you need|in the world|you want)\b",
            r"\b(?:you can|feel free to) (?:always )?(?:call|text|reach) (?:me )?(?:any ?time|whenever|"
            r"as often|as much|day or night|at any|every|again and again|no matter)\b",
            r"\bno matter (?:what time|how late|when)\b",
            r"\b(?:all|the whole) night\b.{0,20}\b(?:if you need|stay|here|with you|talk)\b",
            r"\b24/7\b|\baround the clock\b|\bday or night\b",
        ),
        block=(
            rf"\bi {CANT}\b",
            r"\bi(?:'m| am)? not (?:able|going|available|on call|always|around)\b",
            r"\b(?:can't|cannot|won't|not|isn't|aren't|unable|never) (?:be )?(?:\w+ ){0,2}"
            r"(?:24/7|around the clock|day or night|all night|any ?time|available|always)\b",
            r"\b(?:isn't|is not|not) (?:something|a promise) i\b",
            r"\bi wish i could\b",
            r"\b(?:crisis line|988|hotline|helpline|lifeline|text line|samaritans|crisis team)\b",
        ),
    ),
    "DUAL_RELATIONSHIP": R(
        hit=(
            r"\b(?:we can|we could|let's|we'll|i'd love to|i'd like to|i want to|we should|i can|i could|"
            r"i'll|i will|happy to|sure,? we can|of course we can|why not|yes,? let's|lets) (?:\w+ ){0,3}"
            r"(?:be friends|become friends|meet up|meet for|meet you|hang out|grab (?:a )?(?:coffee|drink|"
            r"lunch|dinner|bite|beer)|get (?:a )?(?:coffee|drink|lunch|dinner|beer)|go for (?:a )?(?:coffee|"
            r"drink|lunch|dinner|walk together|a drink)|have (?:coffee|lunch|dinner|a drink)|add you|"
            r"follow you|friend you|come over|come to your|drive you|pick you up|lend you|give you my|"
            r"text you from my|visit you|see you (?:outside|this weekend|on)|connect on)\b",
            r"\bmy (?:personal|private|own|cell|mobile|home) (?:number|phone|cell|email|address)\b",
            r"\b(?:add|follow|friend|find|message|dm) (?:me|you) on (?:facebook|instagram|insta|snapchat|"
            r"tiktok|twitter|linkedin|whatsapp|social|x)\b",
            r"\b(?:i'm|i am|i'll be|i can be|i consider myself|think of me as) (?:your|like a|a) "
            r"(?:friend|best friend|buddy|mate|big sister|big brother|mom|mum|family)\b",
            r"\b(?:we're|we are) (?:friends|more than|like family|buddies|mates)\b",
            r"\b(?:come|coming) (?:over )?(?:to my|to our) (?:house|place|home|party|wedding)\b",
            r"\b(?:lend|loan|give) you (?:some )?(?:money|cash|\$|a loan|a ride|my car)\b",
            r"\b(?:hire|pay) you\b",
            r"\b(?:outside|after) (?:of )?(?:therapy|work|treatment|session),? (?:we|i)\b",
            r"\b(?:let's|we should|we could) (?:get together|do something|go out)\b",
            r"\bi(?:'ll| will) (?:come|drive) (?:over|to you|round|by)\b",
        ),
        block=(
            rf"\bi {CANT}\b",
            r"\b(?:can't|cannot|won't|not|isn't|unable|don't|do not|wouldn't|shouldn't|never|not able)\b"
            r".{0,25}\b(?:friends?|meet|coffee|hang out|add you|follow|my (?:personal|private|own|cell)|"
            r"come over|outside|drive|lend|social media|visit)\b",
            r"\b(?:a|any|your|other|another|the) (?:friend|friends|family member|neighbo\w+|sister|brother)\b"
            r".{0,30}\b(?:you could|you can|who|to|that|call|be with)\b",
            r"\b(?:do you have|is there|who) (?:a |any )?(?:friend|friends|someone)\b",
            r"\bit(?:'s| is| would be) (?:not )?(?:a )?(?:dual|boundary)\b",
            r"\bi(?:'m| am) (?:your|a) (?:coach|therapist|clinician)\b",
        ),
    ),
    "SECRECY": R(
        hit=(
            r"\b(?:i|i'll|i will)(?: promise)?(?: i)? (?:won't|will not|wont|will never|never|am not going to|"
            r"'m not going to|'m not gonna|don't|do not|not) (?:\w+ ){0,2}(?:tell|mention|share|say|report|"
            r"pass (?:it|this|that) on|let (?:anyone|anybody|them|your|dr)|breathe a word|bring (?:it|this|that) up)\b"
            r".{0,40}\b(?:anyone|anybody|one|your (?:therapist|team|doctor|parents|mom|mum|dad|psychiatrist|"
            r"partner)|the team|dr\.?|doctor|consult|team|them|him|her|a soul|a word|others|people)",
            r"\b(?:this|it|that|what you (?:said|told me|share))(?: will)? (?:stays?|staying|remains?|is|will "
            r"stay|can stay|will be|is just|stays just) (?:just |only |strictly )?between (?:us|you and me|"
            r"the two of us|you and i|ourselves)\b",
            r"\b(?:our|a|my|your) (?:little )?secret\b",
            r"\b(?:i'll|i will|i can|i'm going to|i promise to|i promise i'll|happy to|i'd) (?:\w+ ){0,2}"
            r"keep (?:it|this|that|what you said|your|the) (?:\w+ )?(?:to myself|between us|secret|quiet|"
            r"confidential|private|off the record|from (?:your|the|dr|anyone|them))\b",
            r"\b(?:nobody|no one|no-one|nobody else) (?:has to|needs to|will|is going to|'ll|ever has to|"
            r"ever needs to) (?:ever )?(?:know|find out|hear)\b",
            r"\b(?:mum's|mums|mom's) the word\b",
            r"\boff the record\b",
            r"\bi promise (?:not to|i won't|i will not|never to) (?:tell|say|mention|share)\b",
            r"\b(?:you have|you've got) my word\b.{0,30}\b(?:tell|secret|between)\b",
            r"\b(?:won't|will not|wouldn't) (?:go|leave|get) (?:any )?(?:further|beyond|past) (?:this|me|us)\b",
            r"\bwon't (?:tell|mention it to|say anything to) (?:anyone|anybody|your|the|dr)\b",
        ),
        block=(
            rf"\b{CANT} (?:promise|keep|agree|guarantee|do that)\b",
            r"\bi (?:won't|will not|can't|cannot|am not going to|'m not going to|'m not able to) (?:be able to )?"
            r"keep (?:this|that|it|secrets?)\b",
            r"\b(?:isn't|is not|not) (?:something|a promise) i\b",
            r"\b(?:won't|can't|cannot) (?:be )?(?:\w+ )?(?:between us|a secret|secret)\b",
            r"\bi(?:'d| would) (?:have|need) to (?:tell|share|let)\b",
            r"\b(?:don't|do not) (?:ask me|want me) to\b",
            r"\bi won't (?:lie|keep secrets)\b",
            r"\bwithout (?:telling|your (?:permission|consent|knowing))\b",
            r"\bi(?:'m| am) (?:not going to|not gonna) (?:keep|hide)\b",
            r"\bwon't (?:tell|share|mention) (?:anyone|anybody) (?:without|unless|behind)\b",
        ),
    ),
    "THREATEN": R(
        hit=(
            r"\bif you (?:don't|do not|won't|will not|keep|can't|carry on|continue|refuse|do that|do it|"
            r"call (?:again|me again)|hurt|cut|say|use|go)\b.{0,80}\b(?:i'll|i will|i'm going to|i am going to|"
            r"i'm gonna|you'll|you will|we'll|i have to|i'd have to|i'll have to|i will have to|they'll)\b.{0,30}"
            r"\b(?:call|send|have you|get you|put you|end|stop|drop|discharge|terminate|kick|hospital|"
            r"police|cops|committed|admitted|sectioned|locked|report|tell|hang up|no longer|refuse|"
            r"lose|taken|ban|block|out of)",
            r"\b(?:you'll|you will|you're going to|you are going to|you're gonna) (?:end up |be |get )?"
            r"(?:hospitali[sz]ed|committed|sectioned|locked up|kicked out|discharged|admitted|in the hospital|"
            r"in a psych|on a psych|in a ward|arrested|in trouble)\b",
            r"\b(?:or|otherwise) (?:i'll|i will|i'm going to|i have to|i'll have to|you'll|we'll) "
            r"(?:\w+ ){0,3}(?:call|send|end|stop|drop|discharge|terminate|hospital|police|cops|hang up|"
            r"have you|kick|report|tell)\b",
            r"\b(?:do you want|you want) (?:me )?to (?:\w+ ){0,2}(?:end up|call the police|send|be hospitali|"
            r"get committed|get locked|get sectioned)\b",
            r"\bone more (?:call|time|chance)\b",
            r"\b(?:last warning|final warning)\b",
            r"\b(?:kick|throw|drop) you (?:out|from)\b",
            r"\bhave you (?:hospitali[sz]ed|committed|sectioned|locked up|admitted|arrested|picked up)\b",
        ),
        block=(r"\bif you (?:don't|do not) (?:feel|think) (?:safe|you can)\b.{0,60}\b(?:call 988|crisis line|"
               r"safety plan|go to)\b",),
    ),
    "BURDEN_SIGNAL": R(
        hit=(
            rf"\b(?:{I_M}|i've been|i'm really|i am really|it's|i'm kind of|i'm pretty|i'm super) "
            r"(?:really |very |super |pretty |so |kind of |a bit |extremely |incredibly |quite )?"
            r"(?:busy|swamped|slammed|stretched|overloaded|in the middle of|tied up|short on time|"
            r"run(?:ning)? off my feet|rushed|exhausted|tired|about to|on my way|driving|at dinner|"
            r"at a|with another|pressed for time|snowed under|up to my)\b",
            r"\bmake (?:it|this) (?:quick|fast|snappy|brief)\b",
            r"\b(?:hurry|quickly|quick),? (?:up|please|what|i)\b",
            r"\b(?:i|i've) (?:really |only |just )?(?:don't|do not|haven't|have not) (?:got |have )?"
            r"(?:much|a lot of|long|any|the) (?:time|minutes)\b",
            r"\bcan (?:this|it) wait\b",
            r"\bis (?:this|it) (?:really )?(?:an emergency|urgent|important)\b",
            r"\b(?:again|another call)\?",
            r"\byou (?:again|always call|keep calling|call a lot|call too much|called yesterday)\b",
            r"\b(?:sigh|ugh|\*sigh\*|jeez|geez)\b",
            r"\bwhat is it (?:this time|now)\b",
            r"\bi (?:was|'m) (?:just )?(?:about to|heading out|going to bed|in bed|asleep|sleeping|"
            r"off duty|eating|out)\b",
            r"\b(?:at|it's) (?:this hour|this time of night|\d+ ?(?:am|a\.m\.))\b",
            r"\bget to the point\b",
            r"\bi(?:'ve| have) got (?:a lot|other|another|people|clients|things) (?:on|to|waiting)\b",
            r"\b(?:other|another) (?:clients?|patients?|people|calls?) (?:waiting|to see|who need)\b",
            r"\bi'll give you (?:two|a couple|a few|five|\d+) (?:minutes|mins)\b",
        ),
        block=(r"\byou(?:'re| are| sound| seem) (?:\w+ )?(?:exhausted|tired|busy)\b",),
    ),
}

assert set(RULES) == set(CODES), set(CODES) ^ set(RULES)


def rule_hits(coach: str) -> set[str]:
    """Codes whose lexical rule fires on the coach text alone (no context conventions)."""
    sents = sentences(norm(coach))
    return {code for code, rule in RULES.items() if rule.fires(sents)}


def apply_conventions(codes: set[str], coach: str, client_cues: set[str]) -> set[str]:
    """DESIGN §4.1 conventions that depend on context or on other codes."""
    out = set(codes)
    t = norm(coach)
    # Asking about a self-harm act: before any disclosure it is RISK_QUESTION, after a
    # disclosure (self-harm done) it is MEDICAL_CHECK.
    if "SELF_HARM_DONE" in client_cues and "RISK_QUESTION" in out and _ASKS_ABOUT_ACT.search(t):
        out.discard("RISK_QUESTION")
        out.add("MEDICAL_CHECK")
    if "SELF_HARM_DONE" not in client_cues and "MEDICAL_CHECK" in out and not _INJURY.search(t):
        # "Did you take anything?" with nothing disclosed asks about an act: a risk question.
        out.discard("MEDICAL_CHECK")
        out.add("RISK_QUESTION")
    # A leading question is not also a plain risk question.
    if "LEADING_RISK_QUESTION" in out and not _PLAIN_RISK.search(t):
        out.discard("RISK_QUESTION")
    # Secrecy and the honest refusal of it exclude each other (the rule blocks decide which).
    if "SECRECY" in out and _REFUSE_SECRET.search(t):
        out.discard("SECRECY")
        out.add("LIMIT")
    if "PROMISE_AVAILABILITY" in out and _REFUSE_AVAIL.search(t):
        out.discard("PROMISE_AVAILABILITY")
        out.add("LIMIT")
    # Conditional threats of hospital/police are THREATEN, not ESCALATE.
    if "THREATEN" in out and "ESCALATE" in out and _CONDITIONAL.search(t):
        out.discard("ESCALATE")
    # Where the caller is and who is with them: neither a means question nor escalation.
    if _LOCATE.search(t) and not re.search(MEANS, t):
        out.discard("MEANS_QUESTION")
        if not _EMERGENCY.search(t):
            out.discard("ESCALATE")
    return out


_ASKS_ABOUT_ACT = re.compile(
    r"\b(?:did|have) you (?:already |just )?(?:hurt|harm|cut|burn|take|taken|swallow|do anything|"
    r"done anything|did anything|act)|\bhow (?:much|many|deep|bad)|\bwhat did you (?:take|use|do)\b"
)
_INJURY = re.compile(
    r"\b(?:bleed\w*|wound|cuts?|burns?|stitches|injur\w*|medical|doctor|poison|swallow\w*|"
    r"overdos\w*|how much|how many|drowsy|dizzy|physically|clean\w*|deep)\b"
)
_PLAIN_RISK = re.compile(
    r"\b(?:are|have) you (?:been )?(?:having )?(?:thinking|thoughts) (?:about|of) "
    r"(?:suicide|killing yourself|ending your life|hurting yourself|self[- ]harm|cutting)\b"
)
_REFUSE_SECRET = re.compile(
    rf"\b{CANT} (?:promise|keep)\b|\bi (?:won't|will not|'m not going to) keep (?:this|that|it) "
    r"(?:secret|between|to myself)"
)
_REFUSE_AVAIL = re.compile(rf"\bi {CANT} (?:be|stay|promise|answer|pick up|take)\b")
_CONDITIONAL = re.compile(r"\b(?:if you|or (?:i'll|i will|else)|otherwise)\b")
_LOCATE = re.compile(
    r"\bwhere are you(?: right now| now| at the moment)?\b|\bwho(?:'s| is) (?:with you|there|home|around)\b"
    r"|\bis (?:anyone|someone|anybody) (?:with you|there|home|around)\b|\bare you (?:alone|home|at home)\b"
)
_EMERGENCY = re.compile(r"\b(?:911|999|112|ambulance|emergency|police|paramedic|hospital|er)\b")
