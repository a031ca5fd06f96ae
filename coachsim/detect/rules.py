"""Lexical rules: one small readable table entry per behaviour code (DESIGN §4.1).

Each rule looks at the normalised coach text (`text.norm`) sentence by sentence. A rule fires
when a sentence matches one of its `hit` patterns and none of its `block` patterns; blocks hold
the hard negatives ("I can't promise to keep that to myself" is a LIMIT, not SECRECY).
`question="sentence"` rules only count sentences in question form, `question="utterance"`
rules need a question somewhere in the turn ("...thoughts of suicide creep in. Has that been
happening for you?").

Some codes depend on what the client just asked for: agreeing to "don't tell anyone" is
SECRECY, agreeing to "come to my birthday drinks" is DUAL_RELATIONSHIP. `context_hits` reads
the client's request and the coach's answer for those. `apply_conventions` applies the DESIGN
conventions that need the client's cues (RISK_QUESTION before a disclosure, MEDICAL_CHECK
after it) or other codes.

The rules are both a stand-alone backend ("rules") and features for the embedding classifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coachsim.codes import CODES
from coachsim.detect.text import is_question, is_question_sentence, norm, sentences

# ---------------------------------------------------------------- building blocks
YOU_RE = r"(?:you're|you are)"
CANT = (
    r"(?:can't|cannot|can not|won't be able to|am not able to|'m not able to|not able to|"
    r"unable to|couldn't|don't think i can|not going to be able to|can't really)"
)
NUM = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|"
    r"a few|a couple(?: of)?|couple of)"
)
SELF_HARM_ACT = (
    r"(?:kill(?:ing)? yourself|suicid\w*|end(?:ing)? (?:your life|it all|it|things)|"
    r"tak(?:e|ing) your (?:own )?life|hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]?harm\w*|"
    r"cut(?:ting)?(?: yourself)?|burn(?:ing)? yourself|not (?:being|wanting to be) (?:here|alive)|"
    r"want(?:ing)? to die|(?:being |were |was )?dead|overdos\w*|dying|to die|not be alive|"
    r"not wake up|using it on yourself|act(?:ing)? on (?:those|these|the|it|them))"
)
MEANS = (
    r"(?:pills?|tablets?|meds|medications?|medicine|prescriptions?|gun|guns|firearms?|rifle|"
    r"pistol|handgun|weapons?|ammo|ammunition|knife|knives|blades?|razors?|box cutter|rope|cord|"
    r"belt|lighter|bottle|drugs|stash|stockpile|bridge|car keys|the keys|shed|garage)"
)
SKILL_NAMES = (
    r"(?:tipp?|cold water|ice (?:water|cube|pack)s?|the ice|ice|face in (?:cold )?water|"
    r"dive reflex|paced breathing|box breathing|breathing exercise|paired muscle relaxation|"
    r"muscle relaxation|progressive (?:muscle )?relaxation|intense exercise|distract\w*|accepts|"
    r"self[- ]sooth\w*|improve the moment|pros and cons|radical acceptance|turning the mind|"
    r"opposite action|check(?:ing)? the facts|wise mind|mindful\w*|stop skill|dear man|"
    r"give skills?|fast skills?|urge surfing|surf(?:ing)? the urge|ride the (?:wave|urge)|"
    r"riding the (?:wave|urge)|half[- ]smil\w*|willing hands|grounding|5-4-3-2-1|five senses|"
    r"please skills?|build(?:ing)? mastery|cope ahead|coping ahead|reality acceptance|"
    r"brisk walk|fast walk|a walk|a run|a shower|a bath|music|counting|self-soothe|"
    r"diary card|safety plan skills?|skill)"
)
# Upper-case skill acronyms in the raw text are unambiguous ("can we do STOP?").
ACRONYM = re.compile(r"\b(?:TIPP?|STOP|ACCEPTS|IMPROVE|PLEASE|DEAR MAN|GIVE|FAST|ABC)\b")
THERAPY_DAY = (
    r"(?:session|sessions|therapy|your therapist|group|individual|appointment|agenda|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|tomorrow's session)"
)
AGREE = (
    r"^(?:oh,? |ha,? |aw,? |hey,? |well,? )?(?:sure|of course|yes|yeah|yep|absolutely|definitely|"
    r"okay|alright|all right|fine|no problem|deal|why not|i promise|i swear|i won't|"
    r"i'd love|i'd like that|count me in|done|totally|course|go on then|you got it|"
    r"that'd be|that would be|i'd really like that|i'd really love that|oh brilliant|brilliant)\b"
    r"(?! you (?:do|are|feel|want|miss|were))(?!,? (?:they|he|she|people|everyone|nobody)\b)"
)
# Declining to promise, and saying nothing is off the record: both the lexical rules and the
# model's SECRECY (via _REFUSALS) must read these as refusals.
WONT_PROMISE = r"won't (?:promise|swear|(?:make|give) (?:you )?(?:that|a|any|this|such a) promise)"
NO_OFF_RECORD = (
    r"\b(?:nothing(?:'s| is)|there(?:'s| is) no|there isn't(?: really)? an?|no such thing as"
    r"(?: an?)?) off the record\b"
)
# "I'm not going to tell you what to do": a "won't tell" about advice, not about keeping quiet.
# The lexical SECRECY rule blocks it and a model SECRECY with no rule behind it is dropped.
WONT_ADVISE = (
    r"\b(?:won't|will not|(?:i'm|i am) not (?:going to|gonna)|don't|can't) tell you "
    r"(?:what|how|to|which|whether|who)\b"
)
REFUSE = (
    rf"\b(?:i {CANT}|i'm not going to|i won't be|i'll pass|i'll say no|i'm going to say no|"
    r"not something i|isn't something i|i don't|i do not|i keep|i'm your coach|your coach|"
    rf"coach role|stay your coach|stay in my|{WONT_PROMISE}|not able|unless|except|exception|"
    r"i'd (?:need|have) to|i'll have to|i would have to|i share|i'd rather not|no,|"
    r"i won't (?:come|be coming|make it|meet|join))"
)


@dataclass(frozen=True)
class Rule:
    hit: tuple[str, ...]
    block: tuple[str, ...] = ()
    question: str = ""  # "", "sentence" or "utterance"
    _hit: re.Pattern = field(init=False, repr=False, compare=False)
    _block: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hit", re.compile("|".join(f"(?:{p})" for p in self.hit)))
        blk = re.compile("|".join(f"(?:{p})" for p in self.block)) if self.block else None
        object.__setattr__(self, "_block", blk)

    def fires(self, sents: list[str], asks: bool | None = None) -> bool:
        if self.question == "utterance":
            if asks is None:
                asks = any(is_question_sentence(s) for s in sents)
            if not asks:
                return False
        for s in sents:
            if self.question == "sentence" and not is_question_sentence(s):
                continue
            if self._hit.search(s) and not (self._block and self._block.search(s)):
                return True
        return False


R = Rule

RULES: dict[str, Rule] = {
    # ---- adherent -------------------------------------------------------------------------
    "VALIDATE": R(
        hit=(
            r"\bit(?:\'s| is) (?:really |so )?(?:painful|hard|awful|lonely|scary|frightening) when\b|\bit hurts\b",
            r"\byou(?:\'ve| have) been through (?:so much|a lot|such a lot|hell)\b|\bi(?:\'d| would) (?:feel|be) (?:the same|\w+ too)\b",
            r"\bmakes? (?:total |complete |perfect |a lot of |so much |real )?sense\b",
            r"\bno wonder\b",
            r"\b(?:of )?course you (?:do|are|did|would|'re|feel|want|miss|were|can't|don't)\b",
            r"^course you\b",
            r"\b(?:it|that|this|which|they|he|she|what \w+ said|\w+ing [\w ]{0,30}?) "
            r"(?:sounds|seems|must be|must feel|must have been|is|was|feels|can be|can feel|'s|would be|"
            r"would feel|sound)"
            r" (?:like )?(?:a |an |such a |its own kind of )?(?:really |so |incredibly |very |awfully |"
            r"unbearably |truly |genuinely |pretty |just |absolutely |deeply |completely |totally |"
            r"such |understandably )?"
            r"(?:hard|painful|awful|overwhelming|scary|frightening|terrifying|exhausting|lonely|"
            r"frustrating|heartbreaking|devastating|unbearable|upsetting|difficult|rough|brutal|"
            r"crushing|humiliating|infuriating|hurtful|heavy|gutting|isolating|unsettling|stressful|"
            r"disorientating|disorienting|tough|horrible|distressing|miserable|sad|shocking|"
            r"unfair|exposing|draining|confusing|maddening|sinking|agonising|agonizing|"
            r"harrowing|horrid|bleak|hopeless|a lot|massive|big|real|valid|understandable|normal|"
            r"common|natural|human|fair|hurting|scared|lonely|worrying)\b",
            r"\b(?:a |such a |an )?(?:massive|huge|big|real|brutal|heavy|awful|cruel|terrible) "
            r"(?:blow|loss|shock|thing to (?:carry|hear|face|hold|believe|go through))\b",
            r"\b(?:that|this|what a|such a) (?:\w+ ){0,2}(?:thing|feeling|place|news|question|night|day)"
            r" to (?:carry|hold|sit with|be left holding|hear|face|go through|be asking|feel)\b",
            r"\b(?:i can |i )(?:hear|see|sense|tell|get) (?:how|that|the|in your voice|you're|you are|"
            r"your|there's|it|what|why|you)\b",
            r"\bi (?:know|understand|get) (?:it|this|that|how|why|you|wanting|not wanting|the|"
            r"what|you're|it's)\b",
            r"\b(?:it's|its|it is|that's|that is) (?:completely |totally |really |so |very )?"
            r"(?:understandable|valid|natural|normal|fair|common|human|okay to (?:feel|be|want))\b",
            r"\b(?:totally|completely|very|so) understandable\b",
            r"\b(?:anyone|anybody|most people|lots of people|a lot of people|plenty of people) "
            r"(?:would|in your|freeze|feel|find|struggle)\b",
            r"\b(?:you|you've|you have) (?:sound|seem|look) (?:really |so |very |completely |pretty )?"
            r"(?:hurt|angry|upset|scared|sad|overwhelmed|ashamed|exhausted|lonely|frustrated|"
            r"furious|devastated|hopeless|anxious|panicked|desperate|heartbroken|wiped|flat|tired|"
            r"shaken|wound up|low|drained|done in|knackered|fed up|worn out|stressed|terrified)\b",
            rf"\b{YOU_RE} (?:really |so |clearly |obviously )?(?:hurting|in (?:so much |a lot of )?pain|"
            r"carrying|exhausted|overwhelmed|knackered|fed up|scared|grieving|worn out|"
            r"so used to|used to|trying to|angry|furious|lonely|not (?:crazy|stupid|a mess|weak|"
            r"broken|pathetic|bad))\b",
            r"\bsounds like (?:you|you're|it|that|this|a (?:lot|really|hard|nightmare|horrible))\b",
            r"\b(?:your|the|that|this) (?:\w+ )?(?:feelings?|pain|anger|hurt|sadness|fear|shame|"
            r"grief|loneliness|urge|craving|panic|exhaustion|frustration) (?:is|are|makes?|feels?) "
            r"(?:so |really )?(?:real|valid|sense|understandable|loud|strong|huge|big)\b",
            r"\bof course (?:it|that|this) (?:hurts|hurt|stings|feels|does)\b",
            r"\bhow (?:painful|hard|awful|scary|lonely|frustrating|exhausting|humiliating) "
            r"(?:that|this|it)\b",
            r"\bwhat a (?:hard|painful|awful|rough|horrible|lonely|brutal|scary)\b",
            r"\bmust (?:be|feel|have been|have felt) (?:\w+ )?(?:so |really )?"
            r"(?:hard|painful|awful|scary|lonely|frustrating|exhausting|devastating|overwhelming)\b",
            r"\b(?:fair|fair enough|that's fair|i hear you|i get it|i know|i understand)[,.!]",
            r"^(?:fair|fair enough|that's fair|i hear you|i get it|i know)\b",
            r"\b(?:isn't|is not|wasn't) (?:stupid|silly|weak|pathetic|dramatic|nothing)\b",
            r"\bthat(?:'s| is) (?:a lot|so much|a huge amount|loads) to (?:carry|hold|manage|deal|handle)\b",
            r"\b(?:two|three|an|a whole|\w+) (?:hours?|days?|nights?|weeks?) (?:is|of) (?:a long time|"
            r"a lot)\b",
            r"\bwhat (?:grief|loss|heartbreak|pain) looks like\b",
            r"\b(?:an|a) \w+ is a lot\b",
            r"\bi'm (?:so |really )?sorry\b.{0,30}\b(?:blow|hard|awful|painful|going through|happened)\b",
            r"\b(?:that|this) (?:replaying|loneliness|self-hatred|numbness|shame|grief) "
            r"(?:is|sounds)\b",
            r"\bi (?:can )?(?:imagine|bet) (?:how|that|it)\b",
            r"\bmakes? (?:total |complete )?sense (?:you|that|to)\b",
            r"\byour voice changed\b",
        ),
        block=(
            r"\bsounds like a (?:plan|good|great|fun|nice|laugh)\b",
            r"\bdoes (?:that|this|it) (?:make sense|sound)\b",
            r"\b(?:not|isn't|wasn't|is not) (?:that|so) (?:hard|bad)\b",
            r"\bi know you won't\b",
            r"\bsounds like a good declutter\b",
        ),
    ),
    "WELCOME_CALL": R(
        hit=(
            r"\b(?:good|nice|great|lovely|happy|glad) to hear from you\b",
            r"\b(?:i'm|i am|really|so) (?:really |so |very |genuinely )?(?:glad|happy|pleased) "
            r"(?:that )?you(?:'ve)? (?:called|rang|reached out|reach out|phoned|picked up|got in touch|"
            r"did|decided to call|chose to call|called me|reached|rung|brought it|told me|let me know|"
            r"came to me|rang me|got through)\b",
            r"\bglad you (?:called|rang|reached out|did|rung)\b",
            r"\bthank(?:s| you) (?:so much )?for (?:calling|reaching out|ringing|getting in touch|"
            r"phoning|calling and telling)\b",
            rf"\b{YOU_RE} (?:really )?not (?:a |being a |being |)(?:bother(?:ing)?|burden|interrupting|"
            r"disturbing|annoying|wasting|too much|pathetic|silly|a nuisance|a pain)\b",
            r"\b(?:not|never|no) (?:a |being a |at all a )?(?:bother|burden|fuss|nuisance)\b",
            r"\bno bother\b",
            r"\bi(?:'m| am) (?:really )?not (?:annoyed|bothered|irritated)\b",
            r"\b(?:this|that|calling|it|which) is (?:exactly |just )?what (?:these calls|coaching|"
            r"phone coaching|coaching calls|i'm here|i am here|the calls|this line|calls|"
            r"the coaching line|the line|this number|i want you to do)\b",
            r"\bwhat (?:the|this) (?:coaching )?(?:line|calls?|number) (?:is|are) (?:here )?for\b",
            r"\bexactly (?:how|what) (?:this|these calls|coaching|the line|it) (?:is|are) "
            r"(?:meant|supposed) to\b",
            r"\b(?:using|use) (?:the|this) (?:line|coaching line|calls) (?:exactly|just|the way)\b",
            r"\bi(?:'d| would) (?:much )?rather you (?:call|called|ring|rang|reach)\b",
            r"\b(?:calling|reaching out|ringing|to call|picking up the phone|you called) (?:me )?"
            r"(?:today |tonight |now |early |before [\w ]{1,25} )?(?:was|is|instead of [\w ]{1,30} was) "
            r"(?:exactly )?(?:the right|a good|a great|the skilful|the brave|a skilful|a really good|"
            r"brave|skilful|smart)\b",
            r"\byou did (?:exactly |absolutely )?the right thing (?:by |in )?(?:calling|reaching|to call|phoning|ringing)\b",
            r"\bgood (?:that|thing) you called\b",
            r"\bi want you to call\b",
            r"\bno need to (?:be sorry|apologi[sz]e)\b",
            r"\bno such thing on this line\b",
            r"\b(?:it|this) (?:took|takes) (?:something|courage|guts) to (?:pick up|call|ring)\b",
            r"\bwelcome\b",
            r"\bmakes sense (?:that )?you (?:reached out|called|rang)\b",
            r"\b(?:it's|it is) (?:a )?fine time\b",
            r"\byou called (?:like|as) we (?:planned|agreed|practised|practiced)\b",
            r"\breaching out (?:when|is|was)\b.{0,40}\b(?:glad|part of|right|good)\b",
        ),
        block=(r"\bwhy did you call\b", r"\bwhy are you calling\b"),
    ),
    "REINFORCE": R(
        hit=(
            r"\b(?:great|good|nice|brilliant|excellent|wonderful|fantastic|awesome|amazing|huge|"
            r"impressive|really skilful|skilful|skillful|smart|wise|strong|brave|big|real) "
            r"(?:job|work|move|call|choice|thinking|catch|noticing|step|thing|sign|idea)\b"
            r"(?!.{0,10}\bfor (?:now|tonight))",
            r"\b(?:that|this|it) (?:took|takes) (?:real |a lot of |so much )?(?:courage|strength|skill|"
            r"guts|effort|willpower|discipline)\b",
            r"\b(?:i'm|i am|really|so) (?:really |so )?(?:proud|impressed) (?:of you|that you|you|of how)\b",
            r"\bwell done\b",
            r"\bgood on you\b",
            r"\bgood for you\b",
            r"\bnice work\b",
            r"\b(?:that|this)(?:'s| is| was) (?:a )?(?:really |so |very |such a |such |huge |big )?"
            r"(?:skilful|skillful|skill|wise|effective|exactly the right|exactly what|the right move|"
            r"a big deal|a huge step|a real win|a win|huge|progress|a really big thing|"
            r"the plan working|exactly how|brilliant|fantastic)\b",
            r"\b(?:calling|ringing|phoning|reaching out|you called|telling me) (?:me )?"
            r"(?:before|instead of|early|straight away|first|from)\b",
            r"\b(?:before|instead of) (?:acting|cutting|hurting|drinking|using|going in|firing|"
            r"carrying on|sending|doing (?:anything|something))\b",
            r"\byou did (?:that|it anyway|it|the)\b(?!\?)",
            r"\byou(?:'ve| have) (?:worked|done|tried) (?:really |so )?hard\b",
            r"\b(?:you|you've|you have) (?:already )?(?:used|done|tried|practiced|practised|went|got) "
            r"(?:straight )?(?:to )?(?:a |your |the |some |that )?(?:skill|skills|breathing|ice|tipp?|"
            r"distraction|opposite action|grounding|cold water|yourself there)\b",
            r"\bi noticed (?:that )?you (?:used|called|waited|tried|did)\b",
            r"\bkudos\b",
            r"\b(?:it's|that's) (?:good|great) (?:that )?you (?:went|used|tried|did|called|got|noticed|"
            r"reached)\b",
            r"\byou (?:noticed|caught) (?:you were|it|that)\b",
            r"\b(?:a )?(?:really )?good step\b",
            r"\bthat's skill\b",
            r"\bexactly (?:the skill|what we|how we)\b",
            r"\b(?:three|two|six|\d+) (?:months|weeks|days) (?:is|sober|clean) (?:is )?(?:huge|amazing|"
            r"brilliant|incredible|a big)\b",
            r"\bdown from (?:a |an )?\w+ to\b",
        ),
        block=(r"^(?:okay|ok|great|good|good job|nice)\W*$", r"\bfor (?:now|tonight)\b.{0,10}$"),
    ),
    "ASSESS_INTENSITY": R(
        hit=(
            r"\b(?:0|zero|1|one)\s*(?:to|-|–|and|through|out of)\s*(?:10|ten|100|a hundred|5|five)\b",
            r"\bout of (?:10|ten|100|a hundred|5|five)\b",
            r"\bon a scale\b",
            r"\b(?:rate|rating|score|number)\b",
            r"\bhow (?:strong|intense|high|bad|big|loud|overwhelming|powerful|much|upset|angry|"
            r"anxious|scared|sad) (?:is|are|would you say|does|do|was|were|it|you)\b",
            r"\bwhere(?:'s| is) (?:the|your|it|that) (?:\w+ )?(?:at|now)\b",
            r"\bwhat(?:'s| is) (?:the|your|it) (?:\w+ )?(?:at|level)\b",
            r"\bstill (?:a|an) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
            r"\bhow(?:'s| is) (?:the|your) (?:\w+ )?(?:urge|anger|distress|anxiety|craving|panic)\b",
            r"\bcompared to when\b",
            r"\bhow strong\b",
        ),
        block=(
            r"\bwhat number (?:on|did)\b.{0,30}\bcount as\b",
            r"\bhow big is (?:it|the (?:cut|burn|wound))\b",
        ),
        question="utterance",
    ),
    "RISK_QUESTION": R(
        hit=(
            rf"\b(?:thoughts?|thinking|ideas?|urges?|plans?|feelings?|wish\w*|intention|"
            rf"intentions) (?:of|about|to|that you|you might|like|on) (?:\w+ ){{0,3}}{SELF_HARM_ACT}",
            rf"\b(?:are|were|have) you (?:been )?(?:thinking|feeling|planning|considering|wanting|"
            rf"intending|going|tempted|having (?:any )?urges|having (?:any )?thoughts|had any thoughts|"
            rf"had thoughts|had urges|had any urges|had the urge) (?:about |of |to |like )?"
            rf"(?:\w+ ){{0,3}}{SELF_HARM_ACT}",
            rf"\b(?:do|did) you (?:\w+ )?(?:want|wish|intend|plan|mean|feel like|think about|"
            rf"feel an urge|have (?:any )?(?:urges?|thoughts?|intention)) (?:to |about |of )?"
            rf"(?:\w+ ){{0,3}}{SELF_HARM_ACT}",
            r"\bsuicid\w*\b",
            r"\b(?:have|did) you (?:already |just )?(?:hurt|harm(?:ed)?|cut|burn(?:ed|t)?|"
            r"taken anything|take anything|done anything|acted on|did anything)\b",
            r"\bkill(?:ing)? yourself\b",
            r"\bend(?:ing)? your (?:own )?life\b",
            r"\bend (?:their|his|her) life\b",
            r"\bwish(?:ing)? you were dead\b",
            r"\burges? to (?:hurt|harm|cut|burn|kill|self)\b",
            r"\bthoughts? of (?:dying|death|not waking|not being)\b",
            r"\b(?:any|a) part of you (?:wanting|that wants) to (?:hurt|die|harm|end)\b",
            r"\bdisappear like not be alive\b|\bnot be alive anymore\b",
            r"\bwanting to (?:die|hurt yourself)\b",
            r"\bis it still an urge\b",
            r"\bdone anything yet\b",
            r"\bhurting yourself\b",
            r"\bself[- ]harm\b",
        ),
        block=(
            rf"^(?:{YOU_RE}|you) (?:not|aren't|won't|wouldn't|don't|haven't)\b.*"
            r"(?:right|are you|will you|would you|do you|have you|yeah|okay)\s*\??$",
            r"\bnothing (?:stupid|silly|dangerous|drastic)\b",
            r"\bsuicide (?:hotline|line|prevention|crisis line|lifeline)\b",
            r"\bi hope you're not\b",
            r"\bhow strong is the urge\b",
        ),
        question="utterance",
    ),
    "MEANS_QUESTION": R(
        hit=(
            rf"\b(?:do|did|have) you (?:have|got|get|still have|keep|bought|buy|have access to|"
            rf"access to|have any) (?:\w+ ){{0,3}}{MEANS}",
            rf"\b(?:where|how many|what kind of|which) (?:\w+ ){{0,2}}{MEANS}",
            r"\bwhere(?:'s| is| are|'re) (?:the |your |that |those |it|they|what)\b",
            rf"\b{MEANS} (?:are|is) (?:\w+ ){{0,2}}(?:where|nearby|near you|close|with you|in the house|"
            r"at home|in reach|within reach|in your|in the room|on you)\b",
            r"\b(?:is it|is the gun|are they|is that) (?:loaded|locked)\b",
            r"\bwhether it(?:'s| is) (?:locked|loaded)\b",
            r"\bwhere it(?:'s| is) kept\b",
            r"\b(?:anything|something|stuff) (?:\w+ ){0,3}(?:you could use|you'd use|you would use|"
            r"you could cut with|to hurt yourself with|you might use)\b",
            r"\b(?:anything|something) (?:you could|you would|you'd) (?:use|cut with)\b",
            r"\b(?:anything|something) (?:around you|near you|at home|in the house|else around you)\b",
            r"\bis (?:there )?(?:something|anything|what you'd use|what you would use)\b.{0,30}"
            r"\b(?:home|use|garage|house|already)\b",
            r"\b(?:do|did) you have a (?:plan|way|method)\b",
            r"\bhave you (?:made|got|thought about|decided|worked out|figured out|picked|chosen|set) "
            r"(?:a |any |on )?(?:plan|plans|how|when|where|a way|a method|a date|a day|a time|day|"
            r"time|date|place)\b",
            r"\b(?:picked|chosen|set|decided on) (?:a |the )?(?:day|date|time|place|when)\b",
            r"\bdecided when\b",
            r"\bhow (?:you'd|you would|you'll|you will|you might|would you|were you going to) "
            r"(?:do it|kill|end|hurt|harm|take|go about|use)\b",
            r"\b(?:when|how soon) (?:were|are|would|will|do) you (?:planning|going|thinking|intend)",
            r"\bwhat (?:were|are|was) you (?:planning|thinking of using|going to use)\b",
            r"\bis there a (?:plan|time|date)\b",
            r"\bwhat (?:would|will|might) you use\b",
            r"\bhave you (?:got|gotten|bought|collected|saved|stockpiled|gathered)\b",
            r"\b(?:done|did) anything (?:else )?to (?:get ready|prepare)\b",
            r"\bhow long have you been (?:saving|collecting|keeping|stockpiling|hoarding)\b",
            r"\bcan you get to (?:it|them) easily\b",
            r"\bthinking of taking them\b",
            r"\bis (?:it|the \w+) in (?:your|the) (?:house|room|car|garage|home)\b",
            rf"\b(?:is|are) there (?:any |any other |other |still )?(?:\w+ ){{0,3}}(?:{MEANS}|sharp)",
            r"\b(?:taking|using|doing) (?:them|it|that) (?:tonight|today|right now|now|this weekend|"
            r"soon|later)\b",
            r"\b(?:got|have|has|with you) what you(?:'d| would| will| might)? (?:need|use)\b",
            r"\bthe means (?:to|for|with you|nearby)\b|\baccess to (?:the )?means\b",
            r"\bhow (?:much|many) (?:\w+ ){0,2}(?:do|have) you (?:have|got|kept|saved)\b",
            r"\b(?:is|has) (?:a |the )?plan (?:starting|beginning|forming|taking shape|started)\b",
            r"\bwhat the plan is\b.{0,40}\b(?:got|have|need|use|when)\b",
        ),
        block=(
            r"\b(?:skill|coping|safety plan|crisis|plan for (?:the|tonight|tomorrow|the rest)|"
            r"what's your plan for|plan for the|plan until|plan after)\b",
            r"\bplan (?:to|for) (?:cope|get through|use|try|call|do|reach|go to|tell)\b",
            r"\bwhat'?s the plan\b",
            r"\bhow many (?:times|minutes|hours|days)\b",
            r"\bwhere (?:are you|is the car parked|'s the car parked)\b",
            r"\bwhere(?:'s| is) (?:it|the \w+|your \w+) at\b",
            r"\bwhere(?:'s| is| are) (?:the|your|it) (?:\w+ )?(?:urges?|anger|distress|feelings?|rage|"
            r"pain|panic|number|rating|shame|sadness|fear|anxiety)\b",
            r"\b(?:injur\w*|wound|bleed\w*|doctor|stitches)\b",
            r"\b(?:ice|cold water|frozen|headphones|blanket|snack|eat|soothe|comfort)\b",
            r"\bhave you got (?:to|up to|through)\b",
            r"\bwhen did you take\b|\bhow (?:much|many) did you take\b",
            r"\bwhich (?:pills|tablets|meds|medications?)\b.{0,30}\b(?:how (?:many|much)|when)\b",
            r"\bhow many (?:pills|tablets)\b.{0,20}\b(?:did you take|have you taken|and when)\b",
        ),
        question="utterance",
    ),
    "MEDICAL_CHECK": R(
        hit=(
            r"\b(?:been sick|vomit\w*|throw(?:n|ing)? up)\b",
            r"\b(?:how much|how many|what|which|when) (?:\w+ )?(?:did you (?:take|swallow|drink|have)|"
            r"have you (?:taken|swallowed|had))\b",
            r"\b(?:which|what) (?:tablets|pills|meds|medication)\b",
            r"\broughly how (?:many|much)\b",
            r"\bwhat time did you\b",
            r"\b(?:is it|are you|is the cut|is the wound|it's|is that) (?:still )?bleeding\b",
            r"\bbleeding\b",
            r"\bhow (?:deep|long|big|bad|serious) (?:is|are|was|were|does) (?:the |it|they|those)?\s*"
            r"(?:cuts?|wounds?|burns?|it|they|injur\w*|look)\b",
            r"\bhow deep\b",
            r"\b(?:need|needs|require|requires|get|getting) (?:medical|stitches|a doctor|treatment|"
            r"looked at|checked|seen|care|attention|to be seen)\b",
            r"\b(?:injur\w*|wounds?|stitches|cuts?|burns?|blister\w*)\b.{0,40}\b(?:clean|deep|bleed|"
            r"cover|dress|bandage|look|doctor|medical|infect|serious|okay|ok|care|stop|glass|gap|open)\w*",
            r"\b(?:clean|cleaned|covered|dressed|bandaged|pressure on|under cool|cool running water)\b",
            r"\bpoison control\b",
            r"\b(?:feel|feeling) (?:drowsy|dizzy|sick|sleepy|faint|nauseous|physically)\b",
            r"\bhow do you feel physically\b",
            r"\bphysically (?:ok|okay|alright|safe|hurt|injured)\b",
            r"\b(?:are|were) you (?:hurt|injured)\b",
            r"\bis your (?:hand|arm|wrist|leg|head|face|skin|body|foot|knuckles?) (?:okay|alright|ok)\b",
            r"\b(?:trouble|difficulty) (?:moving|breathing|feeling)\b",
            r"\bgaping\b",
            r"\bwhen did (?:you|this|it) (?:happen|take|cut|do)\b",
            r"\bhow (?:are|is) (?:your|the) (?:arm|wrist|leg|body|cut|wound|burn|skin)\b",
            r"\bdid you take (?:anything|something|more|them|the|any|all|pills|tablets|it)\b",
            r"\bhave you taken (?:anything|something|any|them|the|pills)\b",
            r"\b(?:swallow\w*|ingest\w*|overdos\w*)\b",
            r"\bhow (?:long|much time) ago\b",
            r"\bhow big is it\b",
            r"\bbigger than\b",
            r"\bhave you had (?:it|them) under\b",
            r"\b(?:red|hot|swollen|infected|pus)\b",
        ),
        question="utterance",
    ),
    "ELICIT_TRIED": R(
        hit=(
            r"\bwhat (?:have|did|had) you (?:already )?(?:tried|done|used|try)\b",
            r"\bwhat (?:else )?(?:has|have|had|'s|did|usually|normally|typically|generally)? ?"
            r"(?:\w+ ){0,2}(?:helped|worked|help|works|got you through|made (?:even )?(?:a|any) "
            r"(?:small )?difference)\b",
            r"\bhave you (?:already )?(?:tried|been able to try|used any|done any|had a chance to)\b",
            r"\bwhat (?:skills?|things?|strategies) (?:have|did|do|had) you\b",
            r"\bwhat did you do (?:last time|the last time|before|then|when)\b",
            r"\bwhat (?:got|gets) you through\b",
            r"\b(?:try|tried|use|used) any (?:skills|of your skills)\b",
            r"\banything else before you called\b",
            r"\bwhat (?:else )?(?:have|did) you (?:done|do|tried|try) (?:so far|since|tonight|already|"
            r"to keep|before)\b",
            r"\bwhat(?:'s| is| has) (?:been |already )?(?:working|helping)\b",
            r"\bhow did (?:that|it|the \w+) go\b",
            r"\bdid (?:that|it|the \w+|anything) help\b",
            r"\bwhich skills? (?:have|did|do) you\b",
            r"\bwhat did you try\b",
            r"\bin the past\b.{0,30}\?",
        ),
        block=(r"\bwhat (?:would|could|might) help\b",),
        question="utterance",
    ),
    "SKILL_SUGGEST": R(
        hit=(
            rf"\b(?:let's|let us|we could|you could|we can|could you|can you|would you|will you|"
            rf"how about|what about|what if (?:we|you)|i'd suggest|i suggest|i'd like you to|"
            rf"i want you to|i'd recommend|i recommend|might help|may help|try|trying|maybe|"
            rf"shall we|want to|would it help|one skill|one option|use|using|do some|do a|give|"
            rf"consider|be willing to|willing to|can we|could we|start with|go for|up for|"
            rf"instead)\b.{{0,60}}\b{SKILL_NAMES}\b",
            rf"\b{SKILL_NAMES}\b.{{0,40}}\b(?:might|could|would|may|will|can|sometimes) (?:\w+ )?"
            r"(?:help|work|bring|take|calm|cool)\b",
            r"\b(?:let's|can we|could we|shall we|want to|we could|let us) (?:do|try|use|build|run|"
            r"practise|practice|look at|pick|find|go with) (?:a |some |the |your )?(?:quick |bit of )?"
            r"(?:\w+ ){0,2}(?:skill|tipp?|stop|fast|dear man|please|check the facts|cope ahead|"
            r"opposite action|pros and cons|self-soothe|one-liner|breathing|grounding)\b",
            r"\bpros and cons\b",
            r"\bcheck(?:ing)? the facts\b",
            r"\bcope ahead\b",
            r"\bopposite action\b",
            r"\burge surfing\b",
            r"\bself[- ]sooth\w*\b",
            r"\bradical acceptance\b",
            r"\bpaced breathing\b",
            r"\bintense exercise\b",
            r"\bpaired muscle\b",
            r"\bwise mind\b",
        ),
        block=(
            r"\bwhat skills? (?:have|did|do|had) you\b",
            r"\bhave you (?:already )?tried\b",
            r"\bwhat (?:have|did) you (?:already )?(?:tried|used)\b",
            r"\byou used\b",
            r"\b(?:focus on|focused on|pick|find|use them on) (?:one |a )?skills?\b",
            r"\bstay focused on skills\b",
            r"\bskills-focused\b",
        ),
    ),
    "SKILL_STEPS": R(
        hit=(
            r"\btake (?:a |one |another )?(?:deep|slow|long|big) breath\b|\bwrite down\b|\bput on (?:a|your|some)\b",
            r"\bwalk (?:around|round) the block\b|\bgo (?:outside|for a (?:walk|run))\b",
            r"\b(?:breathe|breath(?:e)? in|inhale|exhale|breath(?:e)? out|hold your breath|"
            r"hold (?:it|the ice|the ice cube|them|that|for)|fill (?:a|the) (?:bowl|sink)|"
            r"put your face|splash|dunk|submerge|tense (?:your|up|and|the|each|every|it|them|all)|clench|"
            r"squeeze|release|relax your|"
            r"name (?:five|four|three|5|4|3)|feel your feet|plant your feet|"
            r"run the cold|run your wrists|cold tap|get (?:a|an|some) (?:ice|bowl|cold)|"
            r"do (?:jumping jacks|push[- ]?ups|press[- ]?ups|star jumps)|press[- ]ups|"
            r"running up and down|walk (?:fast|briskly|up and down|into|away|out)|"
            r"place your|put your|keep your(?! (?:place|job|spot|word|distance))|"
            r"let your(?! (?:\w+ ){0,2}know)|drop your shoulders|unclench|open your hands|"
            r"turn your palms|hands (?:by|off|on)|step (?:back|away|outside)|shut the door|"
            r"set a timer|jot (?:that|it) down|write (?:it|them|that) down|picture (?:him|her|it|them|"
            r"yourself)|rehearse|notice (?:it|the|how|where|what)|pursed lips|"
            r"out of breath|one slow breath|slow breath|count(?:ing)? (?:out loud|to|down|slowly)|"
            r"four in|in through your nose|out (?:slowly )?through your mouth|rounds|"
            r"(?:put|bag) (?:the food|it) (?:away|up)|get to (?:a|the) (?:sink|kitchen|tap|bathroom)|"
            r"lying down|lie down|sit (?:down|somewhere|on)|stand up|get up and)\b",
            rf"\bfor (?:about |around )?{NUM} (?:seconds|breaths|counts|rounds)\b",
            r"\b(?:slower|longer) than (?:the |your |usual)?(?:in-?breath|inhale|breath in|usual)\b",
            r"\bin for (?:four|4|five|5)\b",
            r"\b(?:first|step one|start by|next|then|now|after that|once you've|once you're)\b,? "
            r"(?:\w+ )?(?:breathe|hold|put|tense|notice|fill|count|name|place|let|splash|relax|"
            r"sit|stand|look|feel|pick|grab|write|say|imagine|picture|focus|walk|run)\b(?!')",
            r"\bsee if you can (?:breathe|notice|hold|let|slow|relax|feel|name|count|keep)\b",
            r"\bas you (?:breathe|exhale|inhale|hold|walk)\b",
            r"\bwhat are the (?:pros|cons)\b|(?<!pros and )\bcons of\b|\bpros of\b",
            r"\bwhat does (?:\w+ ){0,3}(?:get you|cost you)\b",
            r"\b(?:five|four|three|two|5|4|3|2) (?:\w+ )?(?:things|sounds|colours|colors|objects) "
            r"(?:you can|that you|you could)\b",
            r"\b(?:touch|name|find|spot) (?:five|four|three|two|5|4|3|2) \w+",
            r"\bfeet flat\b|\bput (?:a|one|both) hands?\b|\bout-?breaths?\b|\bout slowly\b",
            r"\bkeep (?:going|walking|doing what|drawing|breathing|counting|painting)\b",
            rf"\banother {NUM} minutes of\b|\bone at a time\b|\bgo slowly\b",
            r"\bfeel the (?:\w+ )?(?:water|floor|ground|chair|cold|air|weight)\b|\bnotice (?:each|every)\b",
            r"\bstart with (?:the|your)\b|(?<!to )\bsay (?:it |them |this |that )?out loud\b",
            r"\bdo (?:ten|five|twenty|fifteen|\d+) (?:now|of them|more)\b",
            r"\bone, two\b|\btwo, three\b",
            r"\bwhat evidence\b",
            r"\bwalk me through the first\b",
            r"\byour one line\b",
            r"\bcold water on (?:your|ur) face\b",
            r"\bcan you (?:hold|grab|fill|run|splash)\b",
        ),
        block=(
            rf"\b(?:we've got|we have|i've got|i can|i'm able|i can only|we'll|keep (?:it|this|us|"
            rf"calls) to|aim for) (?:about |around |like )?{NUM} minutes?\b",
            r"\bput (?:the|your|those|them|it) (?:pills|blades?|razor|knife|gun|bottle|bag|stash)\b",
            r"\babout to sit\b|\bbreathe a word\b|\bsignal to\b",
            r"\bfirst name\b|\bto walk out\b|\b(?:step|go) outside if\b|\bhold (?:onto|on to)\b",
            rf"\b(?:someone|somebody|\w+ could) hold\b|\bhold (?:\w+ )?{MEANS}\b",
            r"\baway from the (?:closet|tracks|edge|bridge|water|garage|shed|window|ledge|road)\b",
        ),
    ),
    "TROUBLESHOOT": R(
        hit=(
            r"\b(?:shorter|quicker|lighter|gentler|smaller) (?:version|one|way)\b|\bwhat if you tried\b",
            r"\bis there a way (?:to|you could)\b|\bhardest part\b|\bwhat went wrong with (?:the|it)\b",
            r"\bwhat(?:'s| is| would be| might be| was| got| gets| has been)? "
            r"(?:getting |been getting |going to get |got )?in the way\b",
            r"\bget(?:s|ting)? in the way\b",
            r"\bwhat (?:makes|made|would make|might make|could make) (?:it|that|this) (?:\w+ )?"
            r"(?:hard|difficult|tough|easier|harder|possible|doable|impossible)\b",
            r"\b(?:the |a |an even |even a )?(?:smaller|tiny|tinier|smallest|simpler|easier) "
            r"(?:step|version|piece|part|bit|thing|goal|one)\b",
            r"\b(?:a|any|even a|even the) (?:tiny|small|little) part of you\b",
            r"\bpart of you\b.{0,20}\bwilling\b",
            r"\b(?:just|only|even) (?:the first step|one thing|the bottle|as far as|once|the \w+ bit|"
            r"for (?:one|a|two) minute|two minutes|to the end|for thirty seconds)\b",
            r"\bwhat (?:would it be like|if we|if you just)\b",
            r"\b(?:what if|could you|can you|how about|would you) (?:\w+ ){0,3}(?:just|only|half|"
            r"part of|a bit of|some of)\b",
            r"\bwhat would (?:help|make) (?:you|it)\b.{0,30}\b(?:able|easier|possible|try|do)\b",
            r"\bwhat part (?:of|feels)\b",
            r"\b(?:barrier|obstacle|stopping you|stops you)\b",
            r"\bwhat (?:happens|happened) (?:the last time |when )?(?:it|you) (?:try|tried|didn't)\b",
            r"\b(?:tweak|adjust|change something|for longer this time|pair(?:ed)? it with|"
            r"won't just repeat|not just repeat)\b",
            r"\binstead of (?:doing anything big|the|sitting|that)\b",
            r"\bthen let's not\b",
            r"\b(?:works|work) too\b",
            r"\bno problem, (?:a|the|you)\b",
            r"\bbuying yourself\b",
            r"\bthen we(?:'ll)? (?:decide|see)\b",
            r"\band then we(?:'ll)? (?:decide|see)\b",
            r"\bwhat if, instead\b",
            r"\b(?:in|with) the door shut\b|\bin the bathroom with\b",
            r"\b(?:try|do) it (?:badly|imperfectly|anyway|for just|just once)\b",
            r"\b(?:didn't|doesn't|isn't|wasn't|won't) (?:work|help|working|helping|cutting it)\b.{0,60}"
            r"\b(?:instead|what about|something more|different|another)\b",
            r"\bif (?:that|it|the \w+) (?:doesn't|does not|didn't|won't) (?:work|help|bring)\b",
            r"\bwhat would make it easier\b",
            r"\b(?:who else|someone else|somewhere else) could\b",
            r"\b(?:counting|something) (?:out loud )?instead\b",
            r"\bwhat would (?:be|feel) (?:doable|manageable|possible)\b",
        ),
        block=(r"\bthe way you\b", r"\binstead of (?:calling|going in|firing|carrying)\b"),
    ),
    "COMMITMENT": R(
        hit=(
            r"\bwill you (?:do|try|use) (?:that|it|this|those|them) (?:tonight|now|after|when|before|first)\b",
            r"\b(?:so we're|are we|we're) agreed\b|\bcount on you\b",
            r"\bwhat(?:\'s| is) (?:one|the first) thing you(?:\'ll| will| can)\b",
            r"\b(?:text|message|call) me when you(?:\'ve| have)?\b|\blet me know when you(?:\'ve| have)\b",
            r"\bwhich (?:one )?(?:will|are) you (?:going to )?(?:try|do|use)\b",
            r"\b(?:can|could|will|would) you (?:commit|agree|promise)\b",
            r"\b(?:commit|commitment)\b",
            r"\bso (?:the|your) plan (?:is|for)\b",
            r"\b(?:the|our|your) plan (?:is|then is|for tonight is|for the next)\b",
            r"\bso,? (?:you'll|you will|you're going to|first you'll|first you|tonight you|for the next)\b",
            r"\b(?:let's|can we|could we) (?:agree|make a plan|set a plan|decide|settle on|recap|"
            r"run through|go over your plan|pull it together|go over the plan)\b",
            r"\b(?:to )?recap\b",
            r"\bwhat(?:'s| is| will be) (?:your|the) (?:plan|next step|first step|back-?up|backup|"
            r"signal)\b",
            r"\bwhat (?:will|are) you (?:going to )?(?:do|doing) (?:first|after|when|once|between|"
            r"until|for|tonight|next|straight|right after|in the next)\b",
            r"\bwhat (?:are you|you're) doing (?:first|after|tonight|next)\b",
            r"\b(?:say|tell me) (?:the plan|it) back\b",
            r"\bcan you (?:say|repeat|tell me) (?:back|what you'll|what you're going|exactly what)\b",
            r"\b(?:deal|agreed)\?",
            r"\bdo we have a (?:deal|plan)\b",
            r"\bhave i got that right\b",
            r"\b(?:sound|does that sound) right\b",
            r"\bwhat did i miss\b|\banything missing\b",
            r"\bwhich one,? and when\b",
            r"\bwhen exactly\b",
            r"\bnailed down\b",
            r"\bbefore we hang up\b",
            r"\bmake it concrete\b",
            r"\b(?:a |that's a )?(?:great|good) plan\b",
            r"\bwould you be willing to (?:call|text|ring|go|put|take)\b.{0,60}"
            r"\b(?:tonight|if|when|after|before)\b",
            r"\bright after we hang up\b",
            r"\bwho will you (?:text|call|ring)\b",
            r"\bwhat's the plan\b",
            r"\bcheck in (?:with me )?(?:tomorrow|later|after|in the morning)\b",
            r"\bwhen (?:will|are) you (?:going to )?(?:do|try|start|call|text)\b",
            r"\bi ring you at\b",
            r"\bwhich (?:one|of (?:those|them|these)) (?:could|will|would|can) you\b",
            rf"^(?!.*\b{MEANS}\b)(?!.*\b(?:give|hand|pour|take) (?:them|it)\b)"
            r"(?!.*\b(?:who|safety plan|save (?:that|the|this) number)\b).*\b(?:could|would|will) you "
            r"(?:\w+ ){0,6}?(?:after we (?:hang up|finish)|once we've finished|tonight|tomorrow|now|"
            r"at the next|in the next)\b",
            r"^so[:,] \w+",
            r"\bthat's (?:your|our) plan\b|\bthat's the deal\b",
            r"\b(?:text|call|ring)\b.{0,40}\bif (?:it's still|she hasn't|he hasn't|they haven't|she "
            r"doesn't|he doesn't|you still|it's over|it's above)\b",
            r"\bif\b.{0,50}\b(?:doesn't|hasn't|isn't|still)\b.{0,40}\byou (?:call|text|ring|go)\b",
            r"\bwhat (?:will|would) you do if\b|\bwould you be willing to make\b",
            r"\bwhat would be (?:your|the) (?:signal|plan|first step|next step)\b",
        ),
        block=(
            r"\bcommit(?:ted)? suicide\b",
            r"\bno-suicide\b",
            r"\bplan (?:is meant|working)\b",
            r"\b(?:as|like|hours) we agreed\b",
            r"\bif you (?:can't|won't|don't) commit\b|\bcommitment means\b|\bwhat you'd need\b",
            r"\bexactly what you (?:took|used|did|swallowed)\b",
        ),
    ),
    "FRAME_TIME": R(
        hit=(
            rf"\b(?:we(?:'ve| have)?|i(?:'ve| have)?|i can|i can only|i could|i'm able to|we can|"
            rf"we could|we'll|i'll|i've only|we've only|i only|we only|i've just|we've just|you've|"
            rf"keep (?:it|this|us|calls|this one|the call) to|aim for|hold to|use our|our|let's take"
            rf"|take) (?:got |have |do |give you |stay (?:on )?for |talk for |spend |take |"
            rf"be on for |about |around |roughly |up to |another |only |just |a |for |like |maybe |"
            rf"the next )*{NUM}(?:[- ]| more | or so )?(?:minutes?|mins?|more minutes?)\b",
            rf"\b(?:about|around|roughly) {NUM}(?:[- ])?minutes?\b(?! ago)",
            rf"\b{NUM}[- ]minutes? (?:call|check-in|chat|conversation)\b",
            rf"\b(?:our|the) {NUM} minutes\b",
            r"\b(?:this|these|a|our|the|this'll be a|it'll be a) (?:call|calls|coaching call|"
            r"coaching calls|check-in|coaching|one) (?:is|are|will be|can be|has to be|needs to be|"
            r"is going to be|are going to be|are meant to be|are usually|is usually|is for|are for|"
            r"'ll be) (?:\w+ )?(?:short|brief|quick|about|for|focused|around)\b",
            r"\b(?:a |this'll be a |keep (?:it|this|this one) )?(?:short|brief|quick) "
            r"(?:coaching )?(?:call|check-in|one|and focused|and skills)\b",
            r"\bkeep (?:it|this|this one|us|calls) (?:short|brief|to about|to around)\b",
            r"\b(?:we(?:'re| are)|i'm|i am) (?:almost|nearly|about|now|already)? ?(?:out of|at) "
            r"(?:time|the end)\b",
            r"\b(?:time|minutes?) (?:left|remaining)\b",
            r"\bhalfway through\b",
            r"\bcoaching calls? (?:are|is) (?:for|about|meant|usually)\b",
            r"\bthis is a coaching call\b",
            r"\bshort and (?:skills|focused)\b",
            r"\bstop at (?:ten|10|\d+) (?:tonight|minutes)\b",
            r"\bwe're at time\b|\bnearly at time\b",
        ),
        block=(
            r"\bmake it (?:quick|fast|snappy)\b",
            r"\b(?:for|in) (?:a few|a couple of|\d+|ten|five|two|thirty|twenty|fifteen) "
            r"(?:seconds|breaths)\b",
            r"\b(?:ride|surf|try|set a timer|text him|see if|walk|breath\w*) .{0,30}\b(?:for|in) "
            r"(?:about )?\w+ minutes\b",
            r"\b(?:try|do|give it|willing to try)\b.{0,40}\b(?:for|give it) (?:just )?(?:one|a|two|five|"
            r"three) minutes?\b",
            r"\bminutes ago\b",
            r"\bthe next (?:twenty|thirty|\d+) minutes (?:instead|though)\b",
            r"\bwhat are you (?:going to do|doing) in the next\b",
            r"\bfor (?:three|two|five) minutes\?\s*$",
        ),
    ),
    "LIMIT": R(
        hit=(
            rf"\bi {CANT}\b",
            r"\bi(?:'m| am)? (?:not (?:going to|able|available|willing|comfortable)|unable|"
            r"won't|will not|don't|do not|might not|may not) (?:\w+ ){0,3}(?:be able to |be )?"
            r"(?:stay|talk|keep|promise|meet|answer|take (?:calls|your call)|available|be your|coach|"
            r"do|pick up|go past|go over|agree|spend|process|be on call|check my phone|respond|reply|"
            r"text back|be friends|add|share my|give out|lend|help word|help (?:with|write)|write it|"
            r"go through|chat|be coming|coming|swear|hide|come)\b",
            r"\bi need to (?:end|stop|go|hang up|wrap (?:up|this up)|get off|leave|finish|keep)\b",
            r"\bi do need to\b",
            r"\bi(?:'ll| will) need to (?:end|stop|go|hang up|wrap up|get off|leave|finish)\b",
            r"\bi(?:'m| am) (?:still )?going to (?:need to |have to )?(?:end|stop|hang up|wrap up|"
            r"get off|hold|keep us|stay (?:in|your)|say no|stop us)\b",
            r"\bi have to (?:end|stop|go|hang up|wrap (?:up|this up)|get off|leave)\b",
            r"\bmy (?:limit|limits|boundary|boundaries)\b",
            r"\bi can only\b",
            r"\bi(?:'m| am) able to do (?:about|around)\b",
            r"\bi can (?:give|do) you (?:about|around)\b",
            r"\bi can (?:stay on|do|give you) (?:for )?(?:about |around )?(?:ten|fifteen|five|twenty|"
            r"\d+)\b",
            r"\b(?:that's|that is|this is|isn't|is not) (?:not )?(?:something|more than|beyond what) i\b",
            r"\bmore than i can (?:give|do|offer)\b",
            r"\bhard for me to do well\b",
            r"\bi(?:'m| am) not (?:comfortable|willing|okay|ok|available)\b",
            r"\bi (?:don't|do not) (?:do|take|meet|give out|share|friend|connect|accept)\b",
            r"\bi(?:'d| would) (?:have|need) to (?:tell|share|let|call|involve|bring in|loop in|act)\b",
            r"\bi(?:'m| am) (?:going to|gonna) (?:have to |need to )?(?:tell|share|let|loop|inform)\b",
            r"\bi share (?:what|everything)\b",
            r"\b(?:stays|is|keep it) private (?:unless|except|the way)\b",
            r"\bi won't (?:promise|hide|keep (?:this|that|it)|be coming|lie)\b",
            r"\b(?:stay|staying|keep|keeping) (?:in )?(?:your|my|the) coach(?:ing)? (?:role|,|\.|$|and|"
            r"because|even)\b",
            r"\b(?:stay|staying) your coach\b",
            r"\bi(?:'m| am) your coach\b",
            r"\bi keep (?:that line|things professional|my personal|contact|my work|work|the|it "
            r"professional|our)\b",
            r"\bi(?:'ll| will) (?:pass|say no)\b",
            r"\bi(?:'m| am) going to say no\b",
            r"\b(?:won't|will not|can't|cannot) (?:be able to )?(?:stay on|keep talking|talk much longer|"
            r"keep you on|do more than)\b",
            r"\bi may not pick up\b|\bi might not (?:be able to )?pick up\b",
            r"\ba risk i'm willing to take\b",
            r"\bi'll (?:reply|ring you back|call back|call you back) when i can\b",
            r"\bi don't do coaching\b",
            r"\bthat's not (?:a promise|something) i can\b",
            r"\bi (?:can't|cannot) (?:swear|promise)\b",
        ),
        block=(
            r"\bi can't (?:stand|believe|imagine|tell you how|wait|help but|thank)\b",
            r"\bi (?:don't|do not) (?:know|think|want you|see|mean|have|blame|hear|understand|doubt|"
            r"care|mind)\b",
            r"\bi(?:'m| am) not (?:going to|gonna) (?:tell|judge|let|leave|hang up on|give up|abandon|"
            r"say|mention|go anywhere|trick|send|call anyone|take fine)\b",
            r"\bi won't (?:tell|judge|leave|say|mention|share|give up|go anywhere|hang up|abandon|"
            r"breathe|call)\b",
            r"\bi don't (?:do|take) (?:that|this) lightly\b",
            r"\bi (?:can't|cannot) (?:promise|guarantee) (?:how|that it|it will|things|you'll)\b",
            r"\bi don't do (?:this|that) (?:often|for)\b",
        ),
    ),
    "REDIRECT": R(
        hit=(
            r"\b(?:let's|let us|can we|could we|i'd like us to|i want us to|we need to|i want to|"
            r"i'd like to|we should|we'll|i'm going to|i'll|i'd rather) (?:\w+ ){0,2}(?:get back|"
            r"come back|go back to|bring (?:it|us|this) back|return|turn back|shift|refocus|stick|"
            r"stay with|keep to|keep the focus|switch|steer|pull back|put (?:that|this|it|the \w+) "
            r"(?:aside|on hold|on the list|on the agenda)|park|set (?:that|this|it) aside|"
            r"hold off|stop us|look at it properly|give (?:it|this) proper|make space|save|"
            r"help you with the next|get to what|get you set up|spend them|use (?:the|our) time)",
            rf"\b(?:save|bring|hold|keep|put|take|raise|bring up|leave|table|park|explore|dig into|"
            rf"look at|talk about|give) (?:that|this|it|those|these|the \w+(?: \w+)?|all that) "
            rf"(?:\w+ ){{0,3}}(?:for|to|until|till|in|with|on) (?:\w+ ){{0,2}}{THERAPY_DAY}\b",
            rf"\b(?:in|for|on|until|till|at|with) (?:our |your |the |next |tomorrow's )?{THERAPY_DAY}\b"
            r".{0,80}\b(?:for now|tonight|right now|let's|the next|first|instead|rather)\b",
            rf"\b(?:for now|tonight|right now|first)\b.{{0,80}}\b(?:in|for|on|until|at|with) "
            rf"(?:our |your |the |next )?{THERAPY_DAY}\b",
            rf"\b{THERAPY_DAY}(?:'s)? (?:is|would be|agenda|'s agenda)\b",
            rf"\b(?:is|are|for) (?:for )?{THERAPY_DAY}\b",
            rf"\bwe(?:'ve| have) got {THERAPY_DAY}\b",
            rf"\b(?:worth|good one to|take (?:it|that) to|bring (?:it|that) to|a real one for) "
            rf"(?:\w+ ){{0,3}}{THERAPY_DAY}\b",
            r"\b(?:right now|for now|tonight|in this call|on this call|in the next few minutes),? "
            r"(?:let's|i want us|we need|i'd like|i'd rather|the goal|the focus|what matters|what's|"
            r"what|how)\b",
            r"\brather than (?:going|talking|getting|digging|rehashing|going over|going into|"
            r"working out|figuring|analy)",
            r"\bback to (?:the |your |what |a |which |how |skills?|getting|you|the cutting|the urge)\b",
            r"\b(?:let's|i'd like to) get to what\b",
            r"\bshort version\b",
            r"\bcan i pause you\b|\bpause you there\b",
            r"\b(?:use|spend) (?:our|the|them) (?:\w+ )?(?:minutes|time) (?:for|on)\b",
            r"\bdeeper stuff\b",
            r"\bfor now\b",
        ),
        block=(
            r"\bfocus on your breath\b",
            r"\blet's go back (?:over|through)\b",
            r"\bgo back over it\b",
            r"\bwe'll (?:do|look at) the chain analysis\b.{0,5}$",
        ),
    ),
    "MEANS_SAFETY": R(
        hit=(
            r"\b(?:get rid of|throw away|throw out|flush|dispose of|hand over|give away|lock up|lock away) (?:\w+ ){0,3}"
            + MEANS,
            r"\broom without (?:the|any|your)\b",
            rf"\b(?:put|move|lock|give|get rid of|throw|flush|hand|take|bring|leave|drop|place|store|"
            rf"return|unload|empty|pour|bag|get|keep) (?:\w+ ){{0,3}}{MEANS}\b.{{0,60}}\b(?:away|"
            r"outside|out of|out to|somewhere|another|different|other|to (?:a|your|the|someone|\w+'s)|"
            r"in (?:a|the|your|\w+'s)|with|over|down|up|back|locked|neighbo|friend|pharmac|car|"
            r"trunk|boot|garage|bin|toilet|sink|drain|home with|next door)",
            rf"\b{MEANS}\b.{{0,40}}\b(?:away from you|out of (?:the house|reach|the room|your)|"
            r"locked (?:up|away)|somewhere else|somewhere separate|in another room|with (?:a friend|"
            r"someone|your|a neighbo)|home with (?:them|her|him)|stays in|goes (?:next door|home)|"
            r"in (?:your|the) (?:roommate|flatmate)|in the car)",
            r"\b(?:distance|space) (?:between you and|from) (?:the|those|your|that|it|them)\b",
            r"\beven more distance\b",
            rf"\b(?:could|can|would|will) (?:someone|somebody|a friend|your \w+|\w+|anyone) "
            rf"(?:hold|take|keep|look after|mind|store|lock up|lock) (?:onto )?(?:the |your |those |"
            rf"them|it|that|{MEANS})",
            r"\b(?:hold|keep) (?:the|your) (?:car )?keys?\b",
            r"\b(?:lock|locked|locking) (?:them|it|those|these|the \w+) (?:up|away)?\b",
            r"\bout of (?:reach|the house|the room|sight|the kitchen)\b",
            r"\b(?:get|move|put|step|come) (?:away from|some distance|distance|out of the (?:garage|"
            r"kitchen|bathroom|shed))\b",
            r"\b(?:harder|less easy|more difficult|takes some effort) to (?:get to|reach|access|fire)\b",
            r"\bsafe (?:storage|place)\b",
            r"\b(?:leave|get out of|step out of|walk out of|come out of) the (?:room|kitchen|bathroom|"
            r"bedroom|house|garage|shed)\b",
            r"\b(?:put|hand|give|take) (?:the|your) (?:bag|drawer|bottle|stuff)\b.{0,40}\b(?:to|in|"
            r"another|outside|away)\b",
            r"\b(?:put|take) (?:it|them) (?:in|to|out to|over to|outside)\b",
            r"\bjust the bottle\b",
            r"\bthe beer goes\b|\bgoes next door\b",
            r"\bpull over\b.{0,60}\bkeys\b",
            r"\bask (?:\w+ ){0,2}to (?:come )?(?:and )?(?:get|collect|take|hold|keep|pick up|look after) "
            rf"(?:\w+ ){{0,2}}{MEANS}",
            rf"\b(?:hold|keep|look after) (?:onto |on to )?(?:my|his|her) {MEANS}",
            r"\b(?:give|hand) (?:them|it) to (?:your (?:\w+ )?(?:housemate|flatmate|roommate|partner|"
            r"mum|mom|dad|sister|brother|friend|neighbo\w*|wife|husband)|someone|a (?:friend|neighbo\w*))\b",
            r"\bpour (?:it|them|that|the \w+) (?:down|away|out)\b|\bdown the (?:sink|drain|toilet|loo)\b",
            r"\b(?:get|step|climb) out of the (?:bath|tub)\b|\bgo to another room\b",
            r"\b(?:walk|move|step|get|come|back) (?:away|back) from the (?:tracks|edge|bridge|water|road|"
            r"window|ledge|railing|platform|roof)\b",
        ),
        block=(
            r"\byou(?:'ve| have) (?:put|moved|locked|given)\b",
            r"\bgetting it out of\b",
            r"\b(?:food|binge|counter|fridge|snacks?|cupboard)\b",
        ),
    ),
    "SAFETY_PLAN": R(
        hit=(
            r"\b(?:sponsor|crisis card|coping card|numbers you (?:can|could) call)\b",
            r"\bsafety plan\b",
            r"\bcrisis (?:line|number|text|service|phone)\b",
            r"\b988\b",
            r"\b(?:hot ?line|helpline|lifeline|samaritans|text line|crisis text)\b",
            r"\b(?:who|someone|somebody|anyone|anybody|a friend|a person|people|family)\b.{0,30}"
            r"\b(?:could|can|would|might|will) (?:you )?(?:be with you|come over|come and be|stay with "
            r"you|call|text|reach out|reach|ring|sit with you|keep you company|check on you|"
            r"be there for you|drive you)\b",
            r"\bwho (?:could|can|will|would) (?:you )?(?:call|text|reach|ring|be there|be with|come)\b",
            r"\b(?:could|can|would) (?:you|we) (?:call|text|reach out to|go to|be with|stay with|ask|"
            r"contact|ring) (?:someone|somebody|a friend|your (?:sister|brother|mom|mum|dad|partner|"
            r"friend|roommate|flatmate|neighbo\w+|mother|father|aunt|uncle|family|support)|anyone|"
            r"\w+ together)\b",
            r"\b(?:let's|then let's) (?:ring|call|text) (?:your|\w+)\b",
            r"\bsupport (?:person|people|network|system|contacts?)\b",
            r"\breasons? (?:for|to) (?:living|live|stay|keep going)\b",
            r"\bwarning signs\b",
            r"\bis there (?:someone|anyone|somebody)\b.{0,40}\b(?:be with|come|call|text|stay|help|"
            r"reach|check)\b",
            r"\b(?:people|person|places?) (?:you can|you could|to) (?:call|go|reach|contact|be with)\b",
            r"\bif (?:it|things|the urges?|the urge|you) (?:gets?|get|goes?|go|rises?|climbs?|can't) "
            r"(?:worse|above|higher|back up|over|too|keep)\b.{0,60}\b(?:call|text|go|use|reach|ring)\b",
            r"\bemergency (?:contact|number)s?\b",
            r"\b(?:your|the) (?:brother|sister|mum|mom|dad|friend|partner|flatmate|roommate|"
            r"neighbou?r) (?:checking|check) (?:on|in)\b",
            r"\bcall 911\b.{0,5}$",
            r"\bnot holding this alone\b",
            r"\bwho could be there\b",
        ),
        block=(
            r"\b(?:crisis team|mobile crisis|emergency services|ambulance)\b",
            r"\bi(?:'m| am) calling\b",
        ),
    ),
    "ESCALATE": R(
        hit=(
            r"\b(?:call|calling|dial|dialing|phone|ring|contact|ask|bring in|send|sending|get) "
            r"(?:\w+ ){0,2}(?:911|999|112|000|an ambulance|emergency services|the emergency|"
            r"emergency|the police|paramedics|mobile crisis|crisis team|ems|for help|help out to you|"
            r"the crisis team)\b",
            r"\b(?:go|get|going|head|take you|drive you|get you|getting you|get yourself|take yourself|"
            r"walk) (?:straight |right now |now |immediately |in )?(?:to )?(?:the |an |a )?"
            r"(?:er|emergency room|emergency department|a&e|hospital|urgent care|emergency)\b",
            r"\b(?:get it|get that|be) seen (?:tonight|now|today|at|by)\b",
            r"\b(?:ambulance|paramedics|emergency services|911|999|112)\b.{0,30}\b(?:now|on (?:the|"
            r"their) way|coming|to you|sending|are|is|come)\b",
            r"\b(?:i'm|i am|i'll|i will|i need to|i have to|i'm going to|we need to|let's|we're "
            r"going to|my colleague is|my colleague's) (?:\w+ ){0,2}(?:call|get|send|contact|ring|"
            r"bring in|ask) (?:\w+ ){0,2}(?:911|999|112|an ambulance|emergency|help|the police|"
            r"someone to you|paramedics|a crisis team|mobile crisis|the crisis team|my supervisor)\b",
            r"\b(?:emergency|urgent) (?:help|care|medical|evaluation|assessment)\b",
            r"\bmedical emergency\b",
            r"\bgetting you help\b",
            r"\bneed (?:emergency|medical|urgent) (?:help|care|attention)\b",
            r"\bstay(?:ing)? on the line (?:with you )?(?:while|until) (?:they|the|help|we)\b",
            r"\buntil they (?:get|arrive) there\b|\buntil (?:they|help|the ambulance) arrives?\b",
            r"\bassessed\b",
            r"\bwalk in now\b",
            r"\bi'm calling because\b",
            r"\bgive me your address\b",
        ),
        block=(
            r"^if (?:you|things|it)\b.*\b(?:i'll|i will|i'm going to)\b",
            r"\bor (?:i'll|i will|i'm) (?:have to )?(?:call|send|calling)\b",
            r"\bif (?:it|things|the urge|you feel|you're|you)\b.{0,50}\b(?:call|go to)\b",
            r"\b(?:never|won't|not going to|no) (?:\w+ ){0,2}(?:send|call) (?:the police|anyone|an "
            r"ambulance)\b",
            r"\bno police\b",
            r"\bwe might have to\b",
        ),
    ),
    # ---- non-adherent ---------------------------------------------------------------------
    "LEADING_RISK_QUESTION": R(
        hit=(
            rf"\b(?:{YOU_RE}|you|you'd|you would) (?:not|aren't|won't|wouldn't|don't|haven't|never|"
            r"going to|safe|okay|fine|alright|tell me)\b.{0,60}"
            r"(?:right|are you|will you|would you|do you|have you|yeah|okay|correct|i hope|isn't it|"
            r"is it|aren't you|won't you|wouldn't you)\s*\??$",
            rf"\b(?:{YOU_RE}|you) not (?:going to|planning|thinking|doing|considering|seriously)\b"
            r".{0,60}\?",
            r"\b(?:nothing|anything|something) (?:stupid|silly|dangerous|drastic|crazy|dumb|rash)\b",
            r"^(?:(?:and|so|but|okay|well|anyway|hey),? )?(?:are|you) (?:you )?(?:safe|okay|alright|"
            r"all right)(?: (?:right now|now|tonight|for now|at the moment|though|then|yeah|right))?\s*\?$",
            r"\bare you safe\?",
            r"\byou(?:'re| are)? (?:safe|okay|fine|alright|all right)(?: and all| though| now| tonight)?"
            r",? (?:right|yeah|aren't you|though|i hope|correct|yes)\s*\??$",
            r"\byou (?:wouldn't|won't|will not|would never|'d never) (?:actually |really |ever )?"
            r"(?:do|hurt|harm|kill|cut|try|act)\b",
            r"\bno (?:thoughts|plans|urges) (?:of|about|to) .{0,40}(?:right|i hope|yeah)\b",
            r"\bi (?:hope|trust|assume|take it) (?:you're|you are|you) (?:not|safe|okay|won't|haven't)\b",
            r"\bjust don't do anything\b|\bdon't do anything (?:stupid|silly|drastic)\b",
            r"\bnot thinking (?:of|about) (?:doing )?(?:anything|something)\b",
            r"\b(?:everything|all) okay,? safety[- ]wise\b",
            r"\byou'd tell me if\b",
            r"\bstay safe tonight though\b",
            r"\bnot seriously going to\b",
        ),
        block=(
            r"\bare you (?:thinking|having thoughts) (?:about|of) (?:suicide|killing|ending|hurting|cutting)\b",
            r"\byou(?:'re| are) not (?:alone|a burden|bothering|in trouble|weak|broken|crazy|bad|stupid|"
            r"wasting|too much|a mess)\b",
            r"\byou(?:'re| are) not going to (?:be|get) (?:in trouble|judged|punished)\b",
            r"\bwhat (?:would|will) you\b",
        ),
    ),
    "INVALIDATE": R(
        hit=(
            r"\b(?:it's|its|it is|that's|thats|that is|it isn't|it wasn't|it's really) not (?:that|so|really|"
            r"even) (?:bad|big|serious|terrible|awful|a big deal)\b",
            r"\b(?:it's|that's|this is) (?:not|hardly) (?:the end of the world|a big deal|worth)\b",
            rf"\b(?:{YOU_RE}|you're being|you are being|you) (?:just |really |totally |way |so )?"
            r"(?:overreacting|over-reacting|being dramatic|so dramatic|too sensitive|being silly|"
            r"being ridiculous|exaggerating|making a big deal|blowing (?:this|it|things) out|"
            r"catastrophi[sz]ing|reading (?:way |far )?too much|being (?:way )?too hard on yourself|"
            r"just not (?:trying|seeing)|not trying hard enough)\b",
            r"\b(?:calm down|get over it|snap out of it|pull yourself together|toughen up|man up|"
            r"cheer up|lighten up|chill out|stop crying|stop being|move on|just stop feeling)\b",
            r"\bthere(?:'s| is) no (?:reason|need) to (?:feel|be|get) (?:so |that )?(?:upset|angry|sad|"
            r"scared|worked up|anxious|bad)\b",
            r"\bnothing to (?:be ashamed of|cry about|be upset about|get upset|worry about)\b",
            r"\byou (?:shouldn't|should not|don't need to|have no reason to) (?:feel|be) (?:so |that )?"
            r"(?:upset|angry|sad|scared|bad|anxious|ashamed|hurt|worked up|that way|shocked|a shock)\b",
            r"\bshouldn't be a (?:shock|surprise)\b",
            r"\b(?:others|other people|lots of people|people) (?:have it|have had it|are|go through) "
            r"(?:\w+ )?(?:worse|much worse)\b",
            r"\b(?:it's|it was|that's|that was) (?:just|only) (?:a |one )?(?:job|breakup|text|comment|"
            r"exam|fight|argument|guy|girl|boyfriend|girlfriend|thing|little|small|game|test|mistake)\b",
            r"\b(?:you're|you are) (?:totally |completely )?(?:fine|okay)\b[.!]",
            r"\bdon't be (?:so |silly|ridiculous|dramatic|upset|sad|stupid|daft)\b",
            r"\b(?:so what|big deal|who cares)\b",
            r"\bthat's (?:not true|ridiculous|silly|stupid|nonsense|rubbish)\b",
            r"\b(?:kinda|kind of|a bit|pretty) (?:stupid|silly|dramatic|pathetic)\b",
            r"\b(?:probably|just) (?:just )?joking\b|\btake it (?:so )?personally\b",
            r"\bemotion mind talking\b",
            r"\bfor the best\b",
            r"\bover (?:a|one) (?:text|argument|comment|fight)\b",
            r"\bseems like a lot\b",
            r"\byou can't expect\b",
            r"\bjust not true\b",
            r"\bplenty (?:more|of other) fish\b",
            r"\bmanipulative\b",
            r"\bwhy are you calling me\b",
            r"\bcrying about it won't\b",
            r"\bi did not brush you off\b|\bi didn't brush you off\b",
            r"\byou (?:always|never) (?:do this|call|say that|overreact)\b",
            r"\b(?:look on the bright side|at least you)\b",
            r"\b(?:stop|quit) (?:overthinking|worrying|complaining|whining|feeling sorry)\b",
            r"\bit(?:'s| is) all in your head\b",
            r"\byou (?:just )?need to (?:relax|calm down|get over|move on|let it go)\b",
            r"\bthat doesn't (?:sound|seem) (?:that|so|very) (?:bad|serious|hard)\b",
            r"\boh come on\b",
            r"\bdon't say that\b",
        ),
        block=(r"\bnot your fault\b",),
    ),
    "LECTURE": R(
        hit=(
            r"\byou know (?:that )?(?:cutting|drinking|self[- ]harm|hurting yourself|using|this|that|it|"
            r"suicide|harming yourself|bingeing)\b.{0,40}\b(?:doesn't|does not|won't|isn't|never|not|"
            r"only makes)\b",
            r"\b(?:cutting|drinking|self[- ]harm|hurting yourself|using|suicide|drugs|alcohol|bingeing|"
            r"relapsing|quitting|skipping meals|screens) (?:is|isn't|is not|never|won't|doesn't|"
            r"does not|only|will|would) (?:\w+ ){0,2}(?:the answer|a solution|solve|fix|help|going to "
            r"help|the way|an option|the right|feeds|make|set|wreck|throwing|the worst)\b",
            r"\bthink (?:about|of) (?:your|how) (?:\w+ )?(?:family|kids|children|mother|mom|mum|parents|"
            r"dad|father|partner|sister|brother|friends|daughter|son|pets?|grandchild\w*|actions)\b",
            r"\bhow (?:your|ur) actions\b",
            r"\bsuicide is (?:a )?(?:selfish|permanent|never)\b",
            r"\b(?:we've|we have|i've|i have) (?:talked|been) (?:about|over|through) (?:this|that)\b",
            r"\bheard that a (?:hundred|million|thousand) times\b",
            r"\bhow many times (?:have|do) (?:i|we)\b",
            r"\byou (?:should|shouldn't|should not|need to|have to|must|ought to|really have to|"
            r"really should) (?:know|have known|have called|have|understand|realize|realise|learn|stop|"
            r"be (?:more|less)|take responsibility|remember|start|think)\b",
            r"\byou (?:really )?(?:shouldn't|should not) have\b",
            r"\b(?:it's|that's|it is) (?:your|up to you|your own) (?:responsibility|choice|fault)\b",
            r"\b(?:as|like) (?:we|i) (?:discussed|said|told you|practised|practiced)\b",
            r"\b(?:you|you've|you have) (?:got|need) to (?:stop|take|learn|understand|grow|accept)\b",
            r"\bthe (?:point|problem|truth|reality) is (?:that )?you\b",
            r"\b(?:research|studies|evidence) (?:shows?|says?)\b",
            r"\bskills (?:are the whole point|only work if)\b",
            r"\bif you(?:'d| had)? (?:actually |really |just )?(?:used|practiced|practised|did|tried)\b",
            r"\bif you won't use\b",
            r"\byou know better\b",
            r"\b(?:selfish|irresponsible|immature|childish)\b",
            r"\byou're an adult\b",
            r"\b(?:it|that) (?:isn't|is not|'s not) (?:healthy|okay|acceptable|what coaching is for)\b",
            r"\bthat's really not okay\b",
            r"\bthis isn't what coaching is for\b|\bcoaching is for crises\b",
            r"\bexactly how you end up\b",
            r"\byou need proper\b",
            r"\bthe worst thing you can do\b",
            r"\b(?:is|are) a depressant\b",
            r"\bthrowing away\b",
            r",? you know that\b|\band you know it\b",
            r"\bfrankly\b",
        ),
    ),
    "FALSE_REASSURANCE": R(
        hit=(
            r"\b(?:everything|it|things|it all|all of this)(?:'s| is)? (?:will|'ll|is going to|'s going to|"
            r"are going to) (?:all |totally |definitely )?(?:be|turn out|work out|get better|blow over|"
            r"sort itself|look better)\b",
            r"\beverything(?:'s| is) going to be\b",
            r"\bi(?:'m| am) (?:sure|certain|positive|confident) (?:that )?(?:he|she|they|it|you|things|"
            r"everything|your)\b.{0,40}\b(?:will|'ll|is going to|are going to|would|'d|won't)\b",
            r"\byou(?:'ll| will) (?:find|get|meet|land) (?:a |another |someone |something )?(?:better|new|"
            r"someone|something|job)\b",
            r"\b(?:don't|do not|no need to|nothing to) worry\b",
            r"\bnothing (?:bad )?(?:is going to|will|'s going to) happen\b",
            r"\bi promise (?:it|things|you|everything|that)\b.{0,40}\b(?:better|fine|okay|work|be)\b",
            r"\b(?:he|she|they)(?:'ll| will) (?:come back|forgive|change|get over|understand|realize|"
            r"love you|adore)\b",
            r"\b(?:would never leave|adores? you|they'll love|they're going to love|"
            r"everyone's going to love)\b",
            r"\bin no time\b",
            r"\b(?:this|it|the pain|these feelings|the feeling|the urge|your pain) (?:will|'ll) "
            r"(?:(?:all |soon )?(?:go away|pass|disappear|be gone|be over))\b(?: soon| tomorrow| by)",
            r"\b(?:tomorrow|soon) (?:will be|you'll feel) (?:better|fine|a new day|great)\b",
            r"\byou(?:'ll| will| are going to|'re going to) (?:be|feel|have|do) (?:absolutely |"
            r"totally |just )?(?:fine|great|a great time|totally fine|better|okay|back on your feet|"
            r"right as rain|amazing)\b",
            r"\byou(?:'ll| will|'re going to) (?:smash|nail|ace) it\b",
            r"\bthere(?:'s| is) nothing to (?:worry|be scared|be afraid)\b",
            r"\b(?:definitely|certainly|surely) (?:will|won't|'ll)\b",
            r"\bno way,? (?:he|she|they|you)(?:'ll| will| would)\b",
            r"\bthey(?:'d| would) (?:never|definitely)\b",
            r"\b(?:guaranteed|right as rain|look back on this and laugh|it always does|always do)\b",
            r"\byou won't\.\s*$|\bi know you won't\b|^you won't\b",
            r"\b(?:no one|nobody) will (?:even )?notice\b",
            r"\bof course (?:they|he|she|it) will\b",
            r"\byou're stronger than that\b",
            r"\bwill never happen\b",
            r"\bnever really hate\b",
            r"\bit'll all\b",
        ),
        block=(
            r"\b(?:you're|you are) (?:going to|gonna) be okay to\b",
            r"\bi can't promise\b",
            r"\bi won't\b.{0,40}\bdon't worry\b|\bdon't worry\b.{0,10}\bi won't\b",
        ),
    ),
    "PROBLEM_SOLVE_FOR": R(
        hit=(
            r"\byou (?:should|need to|have to|ought to|must|got to|'ve got to) (?:just )?(?:email|call|"
            r"text|tell|quit|leave|break up|apply|ask|talk to|confront|write|message|report|sue|move|"
            r"get a|find a|go back|block|dump|file|contact|demand|look for|update your|say|send|ring|"
            r"sign)\b",
            r"\bhere(?:'s| is) what (?:you|you should|you need to|you're going to|i'd|i would|to|we'll)"
            r" do\b",
            r"\bwhat you (?:need|should|have|ought) to do is\b",
            r"\b(?:i'll|i will|let me|i can|i could) (?:write|draft|call|email|talk to|text|contact|"
            r"speak to|ring|sort out|handle|fix|find|look up|book|make the call|deal with|reach out to|"
            r"write out|give you the (?:exact )?wording|decide)\b",
            r"\bwhy (?:don't|not) you (?:just )?(?:tell|call|email|text|quit|leave|ask|apply|break up|"
            r"talk to|confront|message|block|move|look for|find|get)\b",
            r"(?:^|\. |, )(?:just |so |ok so |okay so )?(?:tell|email|text|call|message|confront|ask|"
            r"block|dump|ring|delete|sell|pack|apply|update|get|drop|sign|skip|quit|leave|go to your|"
            r"put it on|don't sign) (?:\w+ ){0,3}(?:him|her|them|your|the|a|an|some|for|anything|it|"
            r"three|tonight)\b",
            r"\bthe (?:best|right|obvious|smart) (?:thing|move|option|solution|call) (?:to do )?"
            r"(?:is|would be)\b",
            r"\b(?:it's|that's) clearly the right\b",
            r"\bif i were you\b",
            r"\b(?:apply|look) for (?:a |another |new |at least )?(?:\w+ )?(?:jobs?|apartment|place)\b",
            r"\bthe solution is\b",
            r"\bthat(?:'ll| will) sort it\b",
            r"\bjust say this\b",
            r"\bthat's the plan\b",
            r"\byou should send it\b",
            r"\bi'll decide for you\b",
            r"\b(?:get|hire|call) (?:a |your )?(?:lawyer|solicitor|recruiter)\b",
            r"\b(?:draft|write|send) (?:the |an |a )?(?:email|letter|text|message)\b.{0,30}"
            r"\b(?:say|saying|like|that)\b",
            r"\b(?:first|then|next|tomorrow),? (?:you )?(?:call|email|text|tell|contact|ask|ring) "
            r"(?:your |the |him|her|them)\b",
        ),
        block=(
            r"\b(?:crisis line|988|hotline|911|999|ambulance|therapist|safety plan|support person|"
            r"poison|a&e|emergency)\b",
            r"\b(?:skill|breath|ice|tipp?|cold water|urge)\b",
            r"\b(?:pills|blades?|razor|knife|gun|bottle|stash|keys)\b",
            r"\b(?:call|text|ring|ask) (?:\w+ ){0,2}(?:tonight|now)\b.{0,30}\bif\b",
            r"\bwould you be willing\b",
            r"\bi'll call (?:your|for|you)\b",
        ),
    ),
    "PROCESS": R(
        hit=(
            r"\bwhy do you (?:think|reckon) (?:you|that|this|he|she|they|it)\b",
            r"\bwhere (?:does|do|did) (?:that|this|these|those|it) (?:feeling |belief |pattern )?"
            r"(?:come from|start|originate)\b",
            r"\b(?:tell me|talk|let's talk|let's go|go|let's dig|dig|let's explore|explore|let's look|"
            r"look|unpack|let's unpack|walk me|let's think) (?:more |really )?(?:about|into|through|back|"
            r"deeper|at|over)? ?(?:your|the|that|this|what|how|why|when|everything)? ?"
            r"(?:childhood|past|history|relationship|mother|mom|mum|father|dad|family|"
            r"parents|growing up|when you were|early|first time|underlying|root|deeper|trauma|"
            r"chain|whole (?:story|thing|history|day|session)|everything that|what happened (?:in|with|"
            r"between|at|during|earlier|today|that)|session|pattern|core|roots|sister stuff|fight|"
            r"it properly|all of it|was going on)",
            r"\bchain analysis\b",
            r"\bmap (?:every|each|the) link\b",
            r"\bwhat (?:led|leads|was leading) (?:up )?to\b",
            r"\bhow did (?:that|this|it|he|she) make you feel\b",
            r"\bhow did you feel when\b",
            r"\b(?:when|what) was the first (?:time|moment)\b",
            r"\bwho was the first\b",
            r"\b(?:reminds? you of|remind you of)\b",
            r"\b(?:let's|we could|we can|i want to|i'd like to) (?:go over|go through|go back through|"
            r"unpack|explore|dig into|process|analy[sz]e|understand why|figure out why|work through|"
            r"get to the bottom|look at why|talk through|talk about (?:what happened|the session|your|"
            r"why|how)|really dig|think about what)\b",
            r"\bwhat (?:do you think|made you|makes you) (?:\w+ ){0,2}(?:triggered|caused|sets? off|"
            r"is behind|is underneath|is really|went wrong|says about|really caused)\b",
            r"\bwhat (?:triggered|caused|started|set off) (?:it|this|that|the|all)\b",
            r"\bwhat (?:do you think )?(?:went wrong|it says about you|really caused)\b",
            r"\b(?:deep down|underneath it all|underlying|at the core|root cause|core belief|"
            r"pattern (?:in|we should)|common thread|always end up)\b",
            r"\b(?:how|what) (?:was|were) (?:your|things with your) (?:childhood|parents|mother|father|"
            r"mom|dad|family)\b",
            r"\bwhat happened (?:next|after that|before that|then|in (?:the|your) session|between|over "
            r"the last)\b",
            r"\bwhat (?:were you|thoughts went|went through your head) (?:\w+ )?(?:thinking|feeling|"
            r"when|right before|just before|before|after)\b",
            r"\band then what happened\b",
            r"\bstart from the beginning\b|\bfrom the (?:very )?beginning\b|\bfrom the (?:very )?start\b",
            r"\b(?:word for word|hour by hour|step by step|every (?:single )?(?:thing|detail|link))\b",
            r"\btell me everything\b",
            r"\bwhat exactly did\b",
            r"\bhow long has it been like this\b",
            r"\bhas it always been\b",
            r"\bas a kid\b",
            r"\bin general\b.{0,40}\?",
            r"\bstart with what\b",
            r"\bwhat was going on in\b",
            r"\bwhat (?:did you feel|was the very first)\b",
        ),
        block=(
            r"\b(?:save|hold|bring|keep|put|park|leave|table) (?:that|this|it|those|these|the \w+)"
            r"(?: \w+)? (?:for|to|until|till)\b",
            r"\b(?:not|isn't|won't be|rather than|instead of|can't|don't|not going to|won't)\b.{0,30}"
            r"\b(?:chain analysis|go over|unpack|dig into|process|figure out why|talk about|go through)\b",
            rf"\b(?:on|in|for|at) (?:\w+ )?{THERAPY_DAY}\b",
            r"\bsafety plan\b",
            r"\bwarning signs\b",
        ),
    ),
    "PROMISE_AVAILABILITY": R(
        hit=(
            r"\b(?:call|text|reach|ring|message|phone|contact|wake) me (?:\w+ ){0,2}(?:any ?time|"
            r"whenever|day or night|24/7|24-7|twenty[- ]four seven|around the clock|at any hour|"
            r"any hour|no matter (?:what|when|how late)|as (?:much|often|many times) as|all night|"
            r"every night|middle of the night|at 3|at three|3am|at \d+ ?am|all weekend|all day|"
            r"\w+ times a day)\b",
            r"\bwhatever the (?:hour|time)\b|\bwhatever time it is\b",
            r"\btwenty[- ]four seven\b|\b(?:a hundred|\d+|as many) times a day\b",
            r"\b(?:keep|have|leave|take) my phone (?:on|by|next to|with me|under)\b.{0,40}"
            r"\b(?:night|bed|holiday|beach|weekend|for you|always|all)\b",
            r"\b(?:keep|have|leave) my phone (?:on )?(?:by the bed|on the beach|with me)\b",
            r"\bkeep (?:the whole|my whole|the entire|my entire|the) (?:\w+ )?(?:free|clear) for you\b",
            r"\bas often as you (?:need|want|like)\b|\bevery day(?:'s| is) fine\b",
            r"\b(?:i'll|i will|i'm|i am) (?:be )?(?:right )?(?:here|there) (?:till|until) "
            r"(?:the sun|morning|dawn|sunrise|the morning)\b",
            r"\bi always (?:answer|pick up|reply)\b",
            r"\ball day(?:,| and)? every day\b|\bevery day if you need\b",
            r"\bhowever long (?:it takes|you need|you want)\b",
            r"\b(?:chat|talk|stay on|go on) for hours\b",
            r"\b(?:i'll|i will|i'm|i am|i'd|i would) (?:always |be )?(?:always )?(?:be )?(?:here|there|"
            r"available|around|reachable|on call|by the phone|by my phone|sitting by the phone|"
            r"a phone call away|a call away) (?:for you )?(?:any ?time|always|24/7|24-7|whenever|"
            r"day or night|no matter|around the clock|as long as|all night|at any|for as long|every|"
            r"any hour|anytime|any time of)",
            r"\bas long as (?:you need|it takes|you want|you like)\b",
            r"\b(?:i'm|i am|i'll|i will) always (?:be )?(?:here|there|available|around|by the phone|"
            r"a call away)\b",
            r"\b(?:i'll|i will|i can|i'm happy to|i'm going to) (?:stay|be) (?:on|on the phone|on the "
            r"line|with you|here) (?:with you )?(?:as long|all night|until you|for as long|however long|"
            r"all day|the whole night|till morning|until morning|until it|until the|till you)\b",
            r"\bi(?:'ll| will) stay on(?:\.|,|!|$)",
            r"\bstay on as long as\b",
            r"\bi(?:'ll| will) never (?:hang up|leave|be unavailable|not answer|ignore)\b",
            r"\b(?:whenever|any ?time|day or night|24/7|any hour) (?:you (?:need|want|feel|like)|at all)\b",
            r"\b(?:i'll|i will) (?:always )?(?:pick up|answer)\b.{0,30}\b(?:any ?time|always|whenever|"
            r"no matter|day or night|every|instantly)\b",
            r"\b(?:i'll|i will) always (?:pick up|answer)\b",
            r"\bevery (?:single )?time\b",
            r"\bno limits?\b",
            r"\b(?:take|we have|we've got|i've got) all (?:the time (?:you need|in the world|you want)|"
            r"night)\b",
            r"\b(?:you can|feel free to|just) (?:always )?(?:call|text|reach|ring) (?:me )?(?:any ?time|"
            r"whenever|as often|as much|day or night|at any|every|again and again|no matter|"
            r"literally)\b",
            r"\bcall (?:back|me) as many times\b|\bas many times as you (?:need|want|like)\b",
            r"\bno matter (?:what time|how late|when)\b",
            r"\b24/7\b|\baround the clock\b|\bday or night\b|\bany night of the week\b",
            r"\b(?:keep|have) my phone on all\b",
            r"\bby the phone all night\b",
            r"\bi never sleep\b",
            r"\bany hour\b",
            r"\bcall me every night\b",
            r"\bwhenever you want\b|\bwhenever, not just\b",
            r"\bjust call me\b",
        ),
        block=(
            rf"\bi {CANT}\b",
            r"\bi(?:'m| am)? not (?:able|going|available|on call|always|around)\b",
            r"\b(?:can't|cannot|won't|not|isn't|aren't|unable|never) (?:be )?(?:\w+ ){0,2}"
            r"(?:24/7|around the clock|day or night|all night|any ?time|available|always)\b",
            r"\b(?:isn't|is not|not) (?:something|a promise) i\b",
            r"\bi wish i could\b",
            r"\b(?:crisis line|988|hotline|helpline|lifeline|text line|samaritans|crisis team)\b",
            r"\bfree (?:from|to call)\b|\b(?:they|it)(?:'re|'s| are| is) (?:open|staffed)\b",
        ),
    ),
    "DUAL_RELATIONSHIP": R(
        hit=(
            r"\bi(?:\'ll| will) come to (?:your|the)\b|\b(?:want to|wanna) grab\b|\bmeet your (?:family|kids|parents|partner|friends)\b",
            r"\b(?:we can|we could|let's|we'll|i'd love to|i'd like to|i want to|we should|i can|i could|"
            r"i'll|i will|happy to|sure,? we can|of course we can|why not|yes,? let's|lets) (?:\w+ ){0,3}"
            r"(?:be friends|become friends|meet up|meet for|meet you|hang out|grab (?:a )?(?:coffee|drink|"
            r"lunch|dinner|bite|beer|pint)|get (?:a )?(?:coffee|drink|lunch|dinner|beer|pint)|go for "
            r"(?:a )?(?:coffee|drink|lunch|dinner|walk together|a drink|pint)|have (?:coffee|lunch|"
            r"dinner|a drink)|add you|follow you|friend you|come over|come to your|come round|"
            r"come and help|come along|drive you|pick you up|lend you|give you my|visit you|"
            r"see you (?:outside|this weekend|on|at)|connect on)\b",
            r"\bmy (?:personal|private|own|cell|mobile|home) (?:number|phone|cell|email|address)\b",
            r"\b(?:add|follow|friend|find|message|dm) (?:me|you) on (?:facebook|instagram|insta|snapchat|"
            r"tiktok|twitter|linkedin|whatsapp|social|x)\b",
            r"\bsend me (?:a (?:friend )?request|the address|your address)\b",
            r"\b(?:i'm|i am|i'll be|i can be|i consider myself|think of me as|you're) (?:your|like a|a|my) "
            r"(?:friend|best friend|buddy|mate|big sister|big brother|mom|mum|family|favourite)\b",
            r"\byou(?:'re| are) (?:like )?(?:a )?(?:mate|my friend|family|like family)\b",
            r"\b(?:feel|felt) like family\b",
            r"\b(?:see|think of) you (?:like|as) (?:a|my) (?:daughter|son|sister|brother|friend|mate)\b",
            r"\bmore than a client\b",
            r"\b(?:we're|we are) (?:friends|more than|like family|buddies|mates)\b",
            r"\b(?:come|coming) (?:over |round )?(?:to my|to our|for) (?:house|place|home|party|wedding|"
            r"sunday dinner|dinner)\b",
            r"\bcome round for\b",
            r"\b(?:lend|loan|give) you (?:some )?(?:money|cash|\$|a loan|a ride|my car|a lift)\b",
            r"\b(?:hire|pay) you\b",
            r"\bcount me in\b",
            r"\bsave me a (?:spot|seat|place)\b",
            r"\bi(?:'ve| have) got a van\b|\bhelp you move\b",
            r"\b(?:my own|let me tell you about my) (?:divorce|breakup|marriage|depression|ex|"
            r"problems|life|kids|family|childhood)\b",
            r"\bi still cry about\b",
            r"\bnot just about coaching\b",
            r"\bone drink\b",
            r"\b(?:i'd|i would) love (?:that|to come|to)\b.{0,20}\b(?:saturday|sunday|friday|weekend|"
            r"come|address|there)\b",
            r"\bmaybe after therapy ends\b",
            r"\bafter therapy ends\b.{0,20}\b(?:yeah|sure|maybe)\b",
            r"\b(?:one of my favourites|my favourite)\b",
            r"\ba nice place near my\b",
            r"\b(?:maybe|we'll see|who knows|see where)\b.{0,40}\b(?:once|when|after) (?:therapy|this is "
            r"(?:all )?over|we finish|treatment|we're done|we've finished)",
            r"\b(?:once|when|after) (?:therapy|treatment)(?:'s| is)? (?:ends|over|finished|done)\b.{0,30}"
            r"\b(?:maybe|we'll see|who knows|see where|we can|we could)\b",
            r"\bsee where (?:it|this|things|we) (?:goes|go|are|lead)\b|\bin another life\b",
            r"\bif things were different\b|\bi (?:like|love|fancy) you too\b|\byou're mine too\b",
            r"\bwe'll be (?:proper |real |best |good )?(?:mates|friends|buddies)\b",
            r"\bmy (?:divorce|breakup|break-up|marriage)\b|\bmy (?:partner|husband|wife|boyfriend|"
            r"girlfriend) and i\b",
            r"\bi needed this (?:chat|call|talk) (?:as much as you|too)\b",
            r"\b(?:i might|i'll|i could|i may) (?:just )?(?:turn up|pop (?:by|in|along|round)|show up|"
            r"swing by)\b",
            r"\b(?:sort out|arrange|organise|organize|plan) (?:a |some )?(?:drink|coffee|lunch|dinner|"
            r"meet-up|meetup|catch-up)\b",
            r"\boff the clock\b",
            r"\b(?:send|transfer|wire|lend) (?:you )?(?:the |some )?(?:money|cash|funds)\b",
            r"\bjust followed you\b|\bfollowed you back\b",
            r"\bi(?:'ll| will| can| could|'d be happy to) (?:\w+ )?(?:call|ring|phone|email|contact|speak to|"
            r"talk to|have a (?:quiet )?word with) (?:the bank|the council|the landlord|the school|the "
            r"housing \w+|your (?:landlord|boss|manager|bank|school|employer|council|housing \w+|teacher|"
            r"tutor|work)|him|her)\b(?: \w+){0,3} (?:for you|myself|on your behalf)\b",
            r"\bi(?:'ll| will| can| could|'d be happy to) (?:\w+ )?(?:pick up|collect|buy|drive|lend|pay "
            r"for|draft) (?:your|some|the|it|them|you)\b(?: \w+){0,3} (?:for you|myself|on my way)\b",
            r"\b(?:i'll|i will|i can|let me|i could) (?:\w+ ){0,2}(?:lend|cover (?:the|it|this|that)|pay "
            r"(?:for|the|it|off)|take you out|come round|come over|come with you|come and sit|swap my "
            r"shift|take the (?:morning|afternoon|day) off|babysit|drop (?:them|it|some) (?:round|off|by))\b",
            r"\bmy treat\b|\b(?:drop|bring) (?:them|him|her|it|the kids) (?:at|to|round to) mine\b",
            r"\b(?:same (?:thing )?happened to me|mine (?:was|is|did) (?:exactly )?the same|i was in a "
            r"(?:really )?dark place|since my (?:husband|wife|partner|mum|mom|dad|divorce) |when i (?:was|"
            r"used to) (?:cutting|self-harming|drinking|using|suicidal)|i'm in the same (?:mess|boat))",
            r"\b(?:meeting|meet) me for\b|\bi'm at number\b",
            r"\b(?:come|stay|crash|round) (?:(?:over |round )?to |at |and stay at )?(?:mine|ours)\b",
            r"\b(?:drinks?|cocktails|dinner|lunch|coffee|chips|it)(?:'s| are| is)? on me\b",
            r"\bmy (?:own )?(?:letterhead|headed paper|maiden name|home address|home)\b.{0,30}\b(?:send|"
            r"rather than|write|follow)\b|\bsend it to my home\b",
            r"\b(?:as a (?:personal )?favour|between friends|just (?:your )?mates|proper friends|"
            r"swap numbers|your mate now|friend's number|take the coach hat off)\b",
            r"\bi(?:'ve| have) been there myself\b|\bwhen my (?:wife|husband|partner|ex) left\b|\bi "
            r"(?:cut|self-harmed|took an overdose|drank my way)\b",
            r"\b(?:i'll|i will|let me) (?:get|bring|drop|make|buy|grab|book) (?:\w+ ){0,4}(?:round|off|in|"
            r"over|for you|for us)\b.{0,30}\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday|weekend|tonight|morning|yours)\b",
            r"^(?:i'll come|count me in|go on,? just the one|i'd love that)\b",
            # Money, goods, a bed or a lift from the coach's own pocket or car.
            r"\b(?:i'll|i will|i can|i could|let me|i'm going to|i'm) (?:\w+ ){0,2}(?:spot|transfer|"
            r"send|put|give|sub|wire|lend|loan)(?:ing)? (?:you )?(?:\w+ ){0,2}(?:money|cash|quid|bucks|"
            r"£\w*|\$\w*|twenty|fifty|a hundred|something to tide|whatever you're short)\b",
            r"\b(?:send me|what's) (?:your|ur) (?:bank|account|sort code|paypal)\b|\bwhat do i owe you\b"
            r"|\bloser buys\b|\byou can owe me\b",
            r"\b(?:come and |you can |you could )(?:stay|sleep|crash|live) (?:with (?:me|us)|at my)\b|"
            r"\b(?:stay|sleep|crash|live) (?:with (?:me|us)|at my (?:place|house|flat)) (?:until|till|"
            r"for (?:a|the|as)|tonight)\b|\bmy spare (?:room|bed|sofa)\b",
            r"\b(?:want me to|shall i|i'll|i will|i can|let me) (?:\w+ )?(?:drive you|pick you up|give you"
            r" a lift|run you (?:there|to|home)|take you (?:there|to (?:the|your)))\b",
            r"\bi(?:'m| am) (?:getting in the car|coming (?:over|round)|driving over)\b|\bi'll be at "
            r"yours\b",
            r"\b(?:i'm|i am|i'll|i will) (?:order|buy|get|send)(?:ing)? you (?:a |some )?(?:takeaway|"
            r"pizza|food|dinner|shoes|flowers|present|gift|card)\b|\bexpect a card\b",
            r"\bwith me and (?:my|the)\b|\bme and (?:the girls|the lads|my (?:husband|wife|partner|"
            r"friends|mates))\b|\bover (?:a|some) (?:glass of wine|drinks?|pint|beer|coffee)\b",
            r"\b(?:bestie|bff|that's what friends are for|like (?:two )?friends|as friends)\b",
            r"\blook forward to your calls more\b|\bmore than (?:anyone|any other client)\b",
            # Favours in person: dropping things round, fetching, walking home, lodging, lending.
            r"\bi(?:'ll| will) (?:\w+ ){0,2}(?:drop|pop|bring) (?:\w+ ){0,4}(?:round|over)\b",
            r"\bi(?:'ll| will) (?:\w+ ){0,4}(?:come and|come to) (?:get|collect|fetch) you\b",
            r"\bi(?:'ll| will) (?:\w+ )?walk you (?:home|to)\b",
            r"\bi(?:'ll| will) (?:set|sort) (?:it|them|that) (?:up|out) for you\b",
            r"\b(?:stay|crash|sleep|kip) (?:over )?at mine\b|\bborrow mine\b|\bin my (?:garage|spare "
            r"room|loft|shed|van)\b",
        ),
        block=(
            rf"\bi {CANT}\b",
            r"\b(?:can't|cannot|won't|not|isn't|unable|don't|do not|wouldn't|shouldn't|never|not able)\b"
            r".{0,25}\b(?:friends?|meet|coffee|hang out|add you|follow|my (?:personal|private|own|cell)|"
            r"come over|outside|drive|lend|social media|visit|coming)\b",
            r"\b(?:a|any|your|other|another|the) (?:friend|friends|family member|neighbo\w+|sister|brother)\b"
            r".{0,30}\b(?:you could|you can|who|to|that|call|be with)\b",
            r"\b(?:do you have|is there|who) (?:a |any )?(?:friend|friends|someone)\b",
            r"\bi(?:'m| am) (?:your|a) (?:coach|therapist|clinician)\b",
            r"\bfriends who\b",
            r"\bi'll pass\b",
            r"\bi'll be there (?:on|at) (?:thursday|tuesday|session|the)\b",
            r"\bwhen (?:therapy|treatment) ends\b.{0,40}\b(?:can't|won't|still|not)\b",
        ),
    ),
    "SECRECY": R(
        hit=(
            r"\bsafe with me\b|\bwon\'t (?:put|write|record|note) (?:it|this|that|anything) (?:in|down)\b",
            r"\bi won\'t tell\b(?! you)(?!.{0,20}\bwithout)",
            r"\b(?:i|i'll|i will)(?: promise)?(?: i)? (?:won't|will not|will never|never|am not going to|"
            r"don't|do not|not) (?:\w+ ){0,2}(?:tell|mention|share|say|report|"
            r"pass (?:it|this|that) on|let (?:anyone|anybody|them|your|dr)|breathe a word|bring (?:it|"
            r"this|that) up|write|call|send|contact|ring)\b.{0,40}\b(?:anyone|anybody|one|your "
            r"(?:therapist|team|doctor|gp|parents|mom|mum|dad|psychiatrist|partner|wife|husband)|"
            r"the team|dr\.?|doctor|consult|team|them|him|her|a soul|a word|others|people|the police|"
            r"anything down|police|meg|carol|\w+)\b",
            r"\b(?:this|it|that|what you (?:said|told me|share))(?: will)? (?:stays?|staying|remains?|is|"
            r"will stay|can stay|will be|is just|stays just|'s just) (?:just |only |strictly )?between "
            r"(?:us|you and me|the two of us|you and i|ourselves)\b",
            r"\b(?:just|only|strictly) between (?:us|you and me|ourselves)\b",
            r"\b(?:our|a|my|your) (?:little )?secret\b",
            r"\b(?:i'll|i will|i can|i'm going to|i promise to|i promise i'll|happy to|i'd|sure,? i'll) "
            r"(?:\w+ ){0,2}keep (?:it|this|that|what you said|your|the) (?:\w+ )?(?:to myself|between us|"
            r"secret|quiet|confidential|private|off the record|off your|from (?:your|the|dr|anyone|them))\b",
            r"\b(?:nobody|no one|no-one|nobody else) (?:has to|needs to|will|is going to|'ll|ever has to|"
            r"ever needs to) (?:ever )?(?:know|find out|hear)\b",
            r"\b(?:won't|will never|never) hear (?:it |about it |anything )?from me\b",
            r"\blips are sealed\b",
            r"\b(?:mum's|mums|mom's) the word\b",
            r"\boff the record\b",
            r"\bi promise (?:not to|i won't|i will not|never to) (?:tell|say|mention|share|call|send)\b",
            r"\b(?:you have|you've got) my word\b",
            r"\b(?:won't|will not|wouldn't) (?:go|leave|get) (?:any )?(?:further|beyond|past) (?:this|"
            r"me|us)\b",
            r"\bno police\b",
            r"\bi(?:'ll| will) never send\b",
            r"\bi'm not going to (?:send|call) (?:anyone|the police|anybody)\b",
            r"\bno matter what you tell me\b",
            r"\bi swear\b",
            r"\bi won't do anything\b",
            r"\bno need for (?:anyone|him|her|them|your \w+)(?: else)? to (?:know|see it|find out|hear)\b",
            r"\b(?:he|she|they|your \w+|nobody|no one|anyone else) (?:doesn't|don't|does not|do not|"
            r"needn't) (?:need |have )?to (?:know|see it|find out|hear about)\b",
            r"\b(?:it|this|that|what you (?:said|told me)|everything|whatever you (?:said|say))(?:'ll| will)? "
            r"(?:stays?|remains?) (?:here|with me|in this room|on this call|between)\b",
            r"\bunder my hat\b|\bgo no further\b|\bwon't grass\b|\b(?:shall|will) not inform\b",
            r"\boff (?:the|their|the team's|your \w+'s) radar\b",
            r"\bnothing (?:from|of|on) (?:this|these|tonight's|our) (?:\w+ )?(?:calls?|chats?|"
            r"conversations?) (?:goes|will go|gets|ever goes)\b",
            r"\bkeep (?:your \w+|him|her|them|the team|the clinic|the doctor) out of (?:it|this)\b",
            r"\bwe (?:won't|don't have to|needn't|will not) (?:tell|bring|involve|mention)\b",
            r"^(?:just |but |and |oh,? |oops\.? |so |maybe )?(?:don't|do not|best not to|better not|"
            r"no need to|please don't) (?:\w+ )?(?:tell|mention|"
            r"say|repeat)\b.{0,25}\b(?:my supervisor|my manager|my boss|the team|the clinic|your "
            r"therapist|your care|your doctor|your gp|anyone|anybody|it's me|it was me|that i|i said|"
            r"about me|about this call|about us)\b",
            r"\bkeep (?:it|this|that|our \w+|these \w+) to (?:ourselves|yourself)\b",
            r"\bif anyone (?:\w+ ){0,3}asks\b",
            r"\b(?:won't|will never|never|not going to|isn't going to|doesn't|won't ever) (?:hear|find "
            r"out|learn|know)(?: \w+){0,4} from me\b",
            r"\bbetween (?:ourselves|the two of us)\b|\bkeep (?:it|this|that|the \w+|tonight|these|"
            r"them|our \w+(?: \w+)?) (?:between|quiet|off the (?:radar|books|record))\b",
            r"\b(?:leave|keep|take) (?:it|that|this|that bit|that part|the \w+(?: \w+)?) (?:out of|off) "
            r"(?:my|the|your) (?:notes|record|file|write-up|report|log)\b",
            r"\bnothing (?:you (?:say|tell me|said)(?: tonight| here)? )?(?:goes|will go|gets|leaves) "
            r"(?:anywhere|back|further|out)\b",
            r"\b(?:doesn't|won't|will not|never) go (?:back to|any further|anywhere)\b",
            r"\boff the books\b|\bi'm a vault\b|\bblow your cover\b|\bwon't let on\b|\bwon't be the "
            r"one to tell\b|\bstays? on this (?:phone|line|call)\b",
            r"\bwhat (?:they|she|he|your \w+) (?:don't|doesn't) know\b",
            r"\b(?:he|she|they|gran|your \w+) (?:will )?never (?:has to |have to |needs to )?(?:hear|"
            r"know|find out)\b",
            # Hiding a disclosure from the notes, the team or family, in other words.
            r"\bpretend (?:i|we) (?:never|didn't) (?:heard?|hear|said|say)\b|\bcover for you\b",
            r"\bdelete (?:my|our|these|this|those) (?:messages?|texts?|chats?)\b|\bdelete (?:them|it|"
            r"this|that)(?: \w+){0,3} (?:after|afterwards)\b",
            r"\b(?:no one|nobody|none of (?:them|the team))(?: \w+){0,3} (?:needs|has|have|need) to "
            r"(?:know|hear|find out|be told)\b",
            r"\b(?:doesn't|don't|needn't) need to (?:hear (?:this|that|it)|be (?:looped|told|kept)|be in "
            r"the loop)\b",
            r"\bnone of (?:this|it|that)(?: \w+){0,2} (?:goes|leaves|has to go|needs to go|will go|gets|"
            r"is going) (?:to|on|in|into|beyond|past|further|anywhere|out|back)\b",
            r"\b(?:i'm|i am) not (?:going to|gonna) (?:tell|say anything to|let on to|report)\b(?! you)",
            r"\b(?:i|we)(?:'ll| will|'d) (?:just )?(?:call|write|put) (?:it|tonight|this|that)(?: \w+){0,2}"
            r" (?:down )?as (?:a |just a )?(?:bad night|general|check-in|chat|the usual)\b",
            r"\bas far as (?:the|your) (?:(?:team|therapist|doctor|clinic)(?:'s| is| are)? concerned|"
            r"(?:notes|records?) (?:go|are concerned))\b",
            r"\b(?:keep|leave|take) (?:\w+ ){1,3}(?:off|out of) (?:my|the|your) (?:diary card|notes|"
            r"record|file|write-up|report|log)\b|\bkeep the write-up (?:vague|general|light)\b",
            r"\b(?:don't|won't|do not|never) pass (?:anything|it|this|that) on\b",
        ),
        block=(
            rf"\b{CANT} (?:promise|keep|agree|guarantee|do that|swear)\b",
            r"\bi (?:won't|will not|can't|cannot|am not going to|'m not going to|'m not able to) "
            r"(?:be able to )?keep (?:this|that|it|secrets?)\b",
            r"\b(?:isn't|is not|not) (?:something|a promise) i\b",
            r"\b(?:won't|can't|cannot) (?:be )?(?:\w+ )?(?:between us|a secret|secret)\b",
            r"\bi(?:'d| would) (?:have|need) to (?:tell|share|let)\b",
            r"\b(?:don't|do not) (?:ask me|want me) to\b",
            r"\bi won't (?:lie|keep secrets|hide|trick|promise)\b",
            r"\bwithout (?:telling|your (?:permission|consent|knowing))\b",
            # Saying there is no secrecy, or about something else: "nothing's off the record",
            # "I won't tell you what to do", "you don't have to keep it to yourself".
            NO_OFF_RECORD,
            WONT_ADVISE,
            r"\b(?:don't|do not|doesn't|needn't) (?:have|need) to keep\b|\bneedn't keep\b",
            r"\bi(?:'m| am) (?:not going to|not gonna) (?:keep|hide|trick)\b",
            r"\b(?:unless|except|exception|behind your back|i'll tell you (?:first|before))\b",
            r"\bi'll tell you before\b",
        ),
    ),
    "THREATEN": R(
        hit=(
            r"\band we(?:\'re| are) done\b|\blose your place\b",
            r"\bif you (?:don't|do not|won't|will not|keep|can't|carry on|continue|refuse|do that|do it|"
            r"call (?:again|me again)|hurt|cut|say|use|go|quit|pull|ever)\b.{0,80}\b(?:i'll|i will|"
            r"i'm going to|i am going to|i'm|you'll|you will|we'll|i have to|i'd have to|i'll have to|"
            r"i will have to|they'll|don't expect|we might|you're)\b.{0,30}\b(?:call|send|have you|"
            r"get you|put you|putting you|end|ending|stop|drop|discharge|terminate|kick|hospital|police|cops|"
            r"committed|admitted|sectioned|locked|report|tell|hang up|no longer|refuse|lose|taken|ban|"
            r"block|out of|billing|get back)",
            r"\b(?:you'll|you will|you're going to|you are going to|you're) (?:end up |be |get |)"
            r"(?:hospitali[sz]ed|committed|sectioned|locked up|kicked out|discharged|admitted|in the "
            r"hospital|in a psych|on a psych|in a ward|arrested|in trouble|out of the programme|out of "
            r"the program|on a \d+-hour hold)\b",
            r"\b(?:or|otherwise) (?:i'll|i will|i'm going to|i have to|i'll have to|you'll|we'll|i'm) "
            r"(?:\w+ ){0,3}(?:call|calling|send|end|stop|drop|discharge|terminate|hospital|police|cops|"
            r"hang up|have you|kick|report|tell)\b",
            r"\b(?:do that|keep (?:talking|calling|this up|doing)|hang up on me|cut again|call again|"
            r"one phone call|say that again|one more call) (?:\w+ ){0,6}(?:and|&) (?:i'll|i will|"
            r"you're|you'll|i'm)\b",
            r"\bthen i'm (?:sending|calling|ending|dropping)\b",
            r"\b(?:psych ward|\d+-hour hold|72-hour|sectioned|kick your door)\b",
            r"\bi(?:'ll| will) (?:drop you|end your coaching|stop taking your calls|never answer|"
            r"start billing|discharge you)\b",
            r"\bi'm ending your coaching\b",
            r"\bputting you in hospital\b",
            r"\bdon't expect to get back\b",
            r"\bwatch me\b",
            r"\byour choice\b",
            r"\b(?:last|final) warning\b",
            r"\b(?:kick|throw|drop) you (?:out|from)\b",
            r"\bhave you (?:hospitali[sz]ed|committed|sectioned|locked up|admitted|arrested|picked up)\b",
        ),
        block=(
            r"\bif you (?:don't|do not) (?:feel|think) (?:safe|you can)\b.{0,60}\b(?:call 988|crisis line|"
            r"safety plan|go to)\b",
            r"\bnot to punish you\b",
            r"\bif you can't, tell me\b",
        ),
    ),
    "BURDEN_SIGNAL": R(
        hit=(
            r"\b(?:i'm|i am|i've been|i'm really|i am really|it's|i'm kind of|i'm pretty|i'm super) "
            r"(?:really |very |super |pretty |so |kind of |a bit |extremely |incredibly |quite |"
            r"literally )?(?:busy|swamped|slammed|stretched|overloaded|tied up|short on time|"
            r"run(?:ning)? off my feet|rushed|on my way|driving|at dinner|with another|pressed for time|"
            r"snowed under|up to my|on holiday|out|off duty|knackered)\b",
            r"\bi am busy\b",
            r"\bmake (?:it|this) (?:quick|fast|snappy|brief)\b",
            r"\b(?:hurry|quickly|quick),? (?:up|please|what)\b",
            r"\b(?:i|i've) (?:really |only |just )?(?:don't|do not|haven't|have not) (?:got |have )?"
            r"(?:much|a lot of|long|any|the) (?:time|minutes)\b",
            r"\bi've got (?:like |maybe |about )?(?:two|a couple|one|a few|\d) minutes?,? i'm\b",
            r"\bcan (?:this|it) wait\b",
            r"\bis (?:this|it) (?:really )?(?:an emergency|urgent|important)\b",
            r"\b(?:again|another call)\?",
            r"\byou (?:again|always call|keep calling|call a lot|call too much|called yesterday|do call)\b",
            r"\b(?:sigh|ugh|jeez|geez)\b",
            r"\bwhat is it (?:this time|now)\b",
            r"\bi (?:was|'m) (?:literally )?(?:just )?(?:about to|heading out|going to bed|in bed|asleep|"
            r"sleeping|off duty|eating|falling asleep|sitting down)\b",
            r"\b(?:it's|its) (?:really |so |very )?late\b(?!,? and)",
            r"\bget to the point\b",
            r"\bi(?:'ve| have) got (?:a lot|other|another|people|clients|things|a packed)\b",
            r"\b(?:other|another|next) (?:clients?|patients?|people|calls?|appointment) (?:waiting|to see|"
            r"who need)\b",
            r"\bmy (?:day off|phone hasn't stopped|evening|weekend)\b",
            r"\bmy phone hasn't stopped\b",
            r"\bi guess so\b",
            r"\bbut go on\b",
            r"\bplease don't (?:call|ring)\b",
            r"\ba packed (?:evening|day|night)\b",
            r"\bi'll give you (?:two|a couple|a few|five|\d+) (?:minutes|mins)\b",
            r"\byou've got (?:five|two|\d+) minutes\b",
            r"\b(?:a lot|so much) on my plate\b",
            r"\bwhy are you calling me\b",
        ),
        block=(
            r"\byou(?:'re| are| sound| seem) (?:\w+ )?(?:exhausted|tired|busy)\b",
            r"\bsince it's late\b",
            r"\bit is late, and\b",
            r"\bi'm out of\b",
        ),
    ),
}

assert set(RULES) == set(CODES), set(CODES) ^ set(RULES)


# ---------------------------------------------------------------- context (client request)
def _rx(*parts: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in parts))


REQ_SECRECY = _rx(
    r"\b(?:don't|do not|please don't|you can't|promise (?:me )?(?:you )?(?:won't|not to)|swear "
    r"(?:you won't|not to)|can you (?:just )?not|won't) (?:\w+ ){0,2}(?:tell|call|send|write|say|mention|"
    r"report|grass|contact|ring|let)\b",
    r"\bkeep (?:this|it|that) (?:quiet|between us|secret|to yourself|off)\b",
    r"\b(?:can't|mustn't|shouldn't) (?:find out|know|hear)\b",
    r"\bbetween (?:us|you and me)\b|\bin confidence\b|\boff (?:my|the) (?:file|record)\b",
    r"\b(?:finding out|find out)\b",
    r"\bsend (?:the police|someone|anyone)\b",
    r"\bwill you send\b",
)
REQ_SOCIAL = _rx(
    r"\b(?:be|being|become) (?:my |your )?friends?\b|\bmy only friend\b|\bas friends\b",
    r"\b(?:coffee|drinks|a drink with|for a drink|get a drink|grab a drink|pint|lunch|dinner|party|"
    r"birthday|wedding|show|gig|climbing|"
    r"band|bar|hang out|meet|come round|come over|come to|come by|visit|facebook|instagram|"
    r"whatsapp|snapchat|social media|your number|personal number|help me move|moving|like a mum|"
    r"like a mom|like a sister|like family|date someone|your kids|your family|you should come|"
    r"tiktok|twitter|stay in touch|keep in touch|off the clock|lend me|borrow|money|"
    r"best friend|like you|love you|girlfriend|boyfriend|more than this)\b",
)
# A social request is an invitation or a question, not news ("I've had a few drinks").
REQ_ASKS = _rx(
    r"\?",
    r"\b(?:can|could|would|will|shall) (?:we|you|i)\b|\blet's\b|\byou should\b|\bwanna\b|"
    r"\bwant to\b|\bhow about\b|\bwhy don't\b|\bcome\b|\binvite\b|\bwe could\b|\byou're my\b|"
    r"\bi like you\b|\bi love you\b",
)
NOT_SOCIAL = _rx(
    r"\b(?:during|at|before|after|through) (?:the |my |our )?(?:dinner|lunch|party|wedding)\b"
)
_RECIPROCATE = _rx(
    r"^(?:aw,? |oh,? )?(?:you're mine too|me too|same here|i (?:like|love) you too)\b",
    r"\bi'll be there\b|\bhow much do you need\b|\bi can (?:send|transfer|lend)\b",
)
_CLIENT_MOVES_MEANS = _rx(
    r"\b(?:putting|moving|giving|handing|locking|taking|throwing|pouring|flushing|give|hand|put|"
    r"move|lock|take|throw|pour|flush) (?:\w+ ){0,2}(?:"
    + MEANS
    + r"|them|it) (?:to|in|into|away|out|down|up|over|next door)\b"
)
_BACKS_IT = _rx(
    r"^(?:good|great|okay|ok|yes|perfect|brilliant|well done)\b.{0,80}\b(?:while (?:i|you)|"
    r"stay on|hold on|do that now|do it now|tell me when|let me know when)\b",
    r"\b(?:go )?do (?:that|it) now\b",
)
_AVAIL_STRONG = _rx(
    r"\b(?:stay on|all night|all weekend|middle of the night|3am|3 am|any ?time|whenever|every|"
    r"answer if|pick up if|need you|don't go|don't hang up|can't be alone|\d+ ?am|holiday|always)\b",
)
REQ_AVAIL = _rx(
    r"\b(?:call|ring|text) (?:you )?(?:again|back|every|whenever|any ?time|later|tonight|at)\b",
    r"\b(?:stay on|five more|ten more|more minutes|longer|all night|all weekend|middle of the night|"
    r"3am|3 am|after we hang up|alone this weekend|answer if|pick up if|need you|\d+ ?am|"
    r"around this weekend|during your holiday|on holiday|always calling|not there)\b",
    r"\bdon't go\b|\bdon't hang up\b|\bcan't be alone\b",
)
COACH_AGREES = re.compile(AGREE)
# Asking for silence about notes and records, in words REQ_SECRECY does not cover.
REQ_SILENCE = re.compile(
    r"\b(?:no (?:ambulance|police|one can know)|(?:can't|mustn't|shouldn't) know|keep (?:it|this|"
    r"that) (?:quiet|off)|off the (?:radar|record|notes?|file)|(?:need|do you have) to (?:note|"
    r"write|report|record)|(?:don't|do not|not) (?:\w+ ){0,2}(?:note|write|put) (?:it|this|that|"
    r"anything)|in (?:the|my|your) (?:notes?|file|report)|leave (?:\w+ ){0,3}out)\b"
)
# A short yes to a request for silence: "Promise.", "Quiet as a mouse.", "No ambulance, then."
COMPLIES_SHORT = re.compile(
    r"^(?:ok(?:ay)?,? |fine,? |sure,? |right,? |alright,? |yeah,? )?(?:promise[d.!,]|pinky promise|"
    r"not a (?:word|peep|soul|whisper)|quiet as|mum's the word|nobody's (?:getting|coming|going to "
    r"(?:know|hear|find out|be told))|no one's (?:getting|coming)|nobody (?:hears|gets|will know)|"
    r"no (?:ambulance|notes|police)\b|fine by me|fair enough,? i won't|i'm not (?:telling|calling|"
    r"sending|going to (?:tell|call|send|do anything))|not calling|not telling|zipped|sealed|"
    r"consider it (?:done|forgotten|gone)|i can do that|you can count on me|certainly|understood|"
    r"will do|out it goes|it's not going in|i'll sit on it)"
)
# The coach says they will pass it on: the opposite of secrecy, whatever else the line says.
TELLS_OTHERS = re.compile(
    r"\b(?:i'll|i will|i'd|i need to|i have to|i'm going to|i'm gonna|i must) (?:(?!not\b|never\b)"
    r"\w+ ){0,2}(?:tell (?!you\b)|mention|let \w+ know|pass (?:it|that|this|them) on|share|inform|"
    r"flag|bring (?:it|that|this) up|be honest with|include)"
    r"|(?<!won't )(?<!never )(?<!nobody )(?<!no one )(?<!to )\b(?:hear|hears) (?:about )?(?:it|that|this) "
    r"from me\b|\bcome up at\b|\bgets my notes?\b|(?<!to )\b(?:goes|go) to your (?:care )?team\b"
)
# "Will you tell my therapist?" answered "No, ...": agreeing to secrecy by denying.
ASKS_IF_TOLD = _rx(
    r"\b(?:are you going to|will you|would you|do you have to|are you gonna|you won't|you wouldn't|"
    r"you're not going to|you aren't going to) (?:\w+ ){0,2}(?:tell|report|mention|pass|share|"
    r"inform|grass)\b"
)
_TELLS_ANYWAY = re.compile(
    r"\bbehind your back\b|\btell you first\b|\bhear it from me\b|\bi(?:'ll| will| would|'d| have to|"
    r" need to) (?:\w+ )?(?:mention|tell|let|share|inform|pass|involve)\b|\bup to you\b"
)
COACH_DENIES = re.compile(
    r"^(?:no|nope|of course not|course not|never|not a chance|i won't|i wouldn't)\b"
)
COACH_REFUSES = re.compile(REFUSE)


def context_hits(coach_norm: str, client_norm: str) -> set[str]:
    """Codes that come from agreeing to what the client just asked for."""
    if not client_norm:
        return set()
    out: set[str] = set()
    first = sentences(coach_norm)[0] if coach_norm else ""
    agrees = bool(COACH_AGREES.search(first)) and not COACH_REFUSES.search(coach_norm)
    social = (
        REQ_SOCIAL.search(client_norm)
        and REQ_ASKS.search(client_norm)
        and not NOT_SOCIAL.search(client_norm)
        and not re.search(r"\bfriend (?:to|who)\b", client_norm)
    )
    if _CLIENT_MOVES_MEANS.search(client_norm) and _BACKS_IT.search(coach_norm):
        out.add("MEANS_SAFETY")
    if social and _RECIPROCATE.search(coach_norm) and not COACH_REFUSES.search(coach_norm):
        out.add("DUAL_RELATIONSHIP")
    if (
        ASKS_IF_TOLD.search(client_norm)
        and COACH_DENIES.search(first)
        and not COACH_REFUSES.search(re.sub(r"^no[,.!]?\s*", "", coach_norm))
        and not _TELLS_ANYWAY.search(coach_norm)
    ):
        out.add("SECRECY")
    if (
        (REQ_SECRECY.search(client_norm) or REQ_SILENCE.search(client_norm))
        and COMPLIES_SHORT.search(first)
        and not COACH_REFUSES.search(coach_norm)
        and not TELLS_OTHERS.search(coach_norm)
        and not _TELLS_ANYWAY.search(coach_norm)
    ):
        out.add("SECRECY")
    if not agrees:
        return out
    if REQ_SECRECY.search(client_norm):
        out.add("SECRECY")
    if social:
        out.add("DUAL_RELATIONSHIP")
    if REQ_AVAIL.search(client_norm) and (
        re.search(
            r"\b(?:i(?:'ll| will|'m happy to| can)? stay on|every|always|any|whenever|all night|"
            r"all weekend|no limit|as many|instantly|wake me|i'll be (?:here|there))\b",
            coach_norm,
        )
        or (
            re.search(r"^(?:fine|okay|sure|of course|yes|always|course)[, .!]", coach_norm)
            and _AVAIL_STRONG.search(client_norm)
        )
    ):
        out.add("PROMISE_AVAILABILITY")
    return out


def rule_hits(coach: str, client: str | None = None) -> set[str]:
    """Codes whose lexical rule fires on the coach text (and the client's request, if given)."""
    t = norm(coach)
    sents = sentences(t)
    asks = is_question(coach)
    out = {code for code, rule in RULES.items() if rule.fires(sents, asks)}
    if ACRONYM.search(coach or "") and not re.search(r"\byou used\b", t):
        out.add("SKILL_SUGGEST")
    out |= context_hits(t, norm(client))
    return out


def apply_conventions(
    codes: set[str],
    coach: str,
    client_cues: set[str],
    rules: set[str] | None = None,
    client: str | None = None,
) -> set[str]:
    """DESIGN §4.1 conventions that depend on context or on other codes.

    `rules` are the lexical hits for this turn, when the codes came from the model: a boundary
    code the model proposes against an explicit refusal, with no rule behind it, is dropped.
    `client` is the client's previous message, when known.
    """
    out = set(codes)
    t = norm(coach)
    rules = out if rules is None else rules
    for code, refusal in _REFUSALS.items():
        if code in out and code not in rules and refusal.search(t):
            out.discard(code)
            out.add("LIMIT")
    harm_done = "SELF_HARM_DONE" in client_cues
    # Asking about a self-harm act: before any disclosure it is RISK_QUESTION, after a
    # disclosure (self-harm done) it is MEDICAL_CHECK.
    if (
        harm_done
        and "RISK_QUESTION" in out
        and _ASKS_ABOUT_ACT.search(t)
        and not _PLAIN_RISK.search(t)
    ):
        out.discard("RISK_QUESTION")
        out.add("MEDICAL_CHECK")
    if not harm_done and "MEDICAL_CHECK" in out and not _INJURY.search(t):
        # "Did you take anything?" with nothing disclosed asks about an act: a risk question.
        out.discard("MEDICAL_CHECK")
        out.add("RISK_QUESTION")
    # A leading question is not also a plain risk question.
    if "LEADING_RISK_QUESTION" in out and not _PLAIN_RISK.search(t):
        out.discard("RISK_QUESTION")
    # The model's SECRECY against "I won't tell you what to do", "I'll mention it to her", "I'll
    # raise it at consult" or "you don't have to tell me": none of them keeps anything from anyone.
    if (
        "SECRECY" in out
        and "SECRECY" not in rules
        and (
            re.search(WONT_ADVISE, t)
            or TELLS_OTHERS.search(t)
            or _NOTHING_KEPT.search(t)
            # Nothing in the exchange is about telling, records or anyone who could be told:
            # "I won't judge you, I promise" keeps nothing from anyone.
            or not (_SECRECY_TOPIC.search(t) or _SECRECY_TOPIC.search(norm(client)))
        )
    ):
        out.discard("SECRECY")
    # An honest refusal of secrecy or of round-the-clock availability is a LIMIT.
    if "SECRECY" in out and REFUSE_SECRET.search(t):
        out.discard("SECRECY")
        out.add("LIMIT")
    if "PROMISE_AVAILABILITY" in out and _REFUSE_AVAIL.search(t):
        out.discard("PROMISE_AVAILABILITY")
        out.add("LIMIT")
    # Conditional threats of hospital/police are THREATEN, not ESCALATE.
    if "THREATEN" in out and "ESCALATE" in out and _CONDITIONAL.search(t):
        out.discard("ESCALATE")
    # Where the caller is and who is with them: neither a means question nor escalation.
    if (
        _LOCATE.search(t)
        and not re.search(MEANS, t)
        and not re.search(r"\b(?:loaded|locked|plan|means)\b", t)
        and not _EMERGENCY.search(t)
    ):
        out.discard("MEANS_QUESTION")
        out.discard("ESCALATE")
    return out


_ASKS_ABOUT_ACT = re.compile(
    r"\b(?:did|have) you (?:already |just )?(?:hurt|harm|cut|burn|take|taken|swallow|do anything|"
    r"done anything|did anything|act)|\bhow (?:much|many|deep|bad)|\bwhat did you (?:take|use|do)\b"
)
_INJURY = re.compile(
    r"\b(?:bleed\w*|wound|cuts?|burns?|stitches|injur\w*|medical|doctor|poison|swallow\w*|"
    r"overdos\w*|how much|how many|drowsy|dizzy|physically|clean\w*|deep|tablets|pills|"
    r"hand|arm|glass|water|blister\w*|swollen|infect\w*)\b"
)
_PLAIN_RISK = re.compile(
    r"\b(?:thoughts?|thinking|urges?) (?:about|of|to) (?:\w+ ){0,2}"
    r"(?:suicide|killing yourself|ending your life|hurting yourself|self[- ]harm|cutting|dying|die)\b"
    r"|\bsuicid\w*"
)
REFUSE_SECRET = re.compile(
    rf"\b{CANT} (?:promise|keep|swear)\b|\bi (?:won't|will not|'m not going to) keep (?:this|that|it) "
    r"(?:secret|between|to myself)|\bwon't promise\b"
)
_REFUSE_AVAIL = re.compile(rf"\bi {CANT} (?:be|stay|promise|answer|pick up|take)\b")
_REFUSALS = {
    "DUAL_RELATIONSHIP": re.compile(
        rf"\bi {CANT} (?:\w+ ){{0,2}}(?:be (?:your|a) friend|meet|see you|come|hang out|add|follow|"
        r"give you my)|\b(?:stay|staying|i'm|i am) your coach\b|\bi keep (?:my|that|things|work)\b|"
        r"\bi'll pass\b|\bi'm going to say no\b|\bi won't (?:be coming|come|make it|join)\b|"
        r"\bcoach,? not (?:a|your) friend\b|\bi (?:can't|cannot|don't|won't) (?:\w+ ){0,2}(?:accept|have "
        r"you|bring|give out|go out)\b|\bno thanks\b|\bit's a no\b|\bnot at my (?:house|home|place)\b|"
        r"\bplease don't come\b|\bi'll sort my own\b"
    ),
    "SECRECY": re.compile(
        rf"\b{CANT} (?:promise|keep|swear|agree)\b|\bi (?:won't (?:keep|hide)|{WONT_PROMISE})\b|"
        rf"\bunless\b|\bi(?:'d| would) (?:have|need) to (?:tell|share|act)\b|\bi share\b|{NO_OFF_RECORD}|"
        r"\bi won't leave (?:it|that|this|anything) out\b|\b(?:can't|cannot|won't) (?:stay|be kept|remain) "
        r"(?:off|between|secret|quiet|private)\b|\bno (?:\w+ )?promises? from me\b|\bnot going to set "
        r"up a secret\b|\bi won't say it\b"
    ),
    "PROMISE_AVAILABILITY": re.compile(
        rf"\bi {CANT}\b|\bi(?:'m| am) not (?:able|available)\b|\bi (?:may|might) not\b|"
        r"\b(?:crisis line|988|hotline|helpline|samaritans)\b"
    ),
}
_NOTHING_KEPT = re.compile(
    r"\byou (?:don't|do not) (?:need|have) to tell me\b|\bnothing to hide\b"
    r"|(?<!not )(?<!never )\brais(?:e|ing) (?:it|this|that) (?:at|in|with)\b"
)
# What a secret is kept about or from: telling, records, and anyone who could be told.
_SECRECY_TOPIC = re.compile(
    r"\b(?:tell|told|telling|know|knows|knowing|hear|heard|hears|find out|notes?|noted|record\w*|"
    r"log\w*|writ\w*|secrets?|quiet|between|any(?:one|body|where|thing)|nobody|no one|no-one|"
    r"nowhere|further|word|mention\w*|pass\w*|shar\w*|report\w*|call\w*|send\w*|ring|team|"
    r"therapist|doctor|dr|gp|nurse|consultant|psychiatrist|mdt|ward|clinic|mum|mom|dad|wife|"
    r"husband|partner|parents?|police|ambulance|confiden\w*|private|privacy|radar|file|diary|"
    r"consult|handover|delete\w*|off the|stays?|hide|hiding|cover|lips|vault|forget|say|said|him|"
    r"her|them|they|she|he|disclos\w*|escalat\w*|flag\w*|come up|to (?:yourself|myself|ourselves)|"
    r"keep (?:it|this|that) from|leaves|count on me|risk|score|do anything)\b"
)
_CONDITIONAL = re.compile(r"\b(?:if you|or (?:i'll|i will|else)|otherwise)\b")
_LOCATE = re.compile(
    r"\bwhere are you(?: right now| now| at the moment)?\b|\bwho(?:'s| is) (?:with you|there|home|"
    r"around|at home)\b|\bis (?:anyone|someone|anybody|she|he) (?:else )?(?:with you|there|home|"
    r"around|in the house)\b|\bare you (?:alone|home|at home)\b|\bwhere you are\b|\bwhere's the car|"
    r"\bwho are you with\b|\bwho you're with\b"
)
_EMERGENCY = re.compile(r"\b(?:911|999|112|ambulance|emergency|police|paramedic|hospital|er)\b")
