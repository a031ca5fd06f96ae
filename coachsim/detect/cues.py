"""Client cue rules (`coachsim.codes.CUES`): what the caller said that the coach must answer.

Recall matters most for RISK_CUE, MEANS_DISCLOSED, SELF_HARM_DONE and IMMINENT_RISK (a
transcript without a scenario is scored on them), but figures of speech ("this job is killing
me", "I could murder a pizza") must not fire. Each cue has hit patterns and block patterns,
checked sentence by sentence like the coach rules.
"""

from __future__ import annotations

import re

from coachsim.codes import CUES
from coachsim.detect.rules import MEANS, Rule
from coachsim.detect.text import norm, sentences

R = Rule
FIGURATIVE = (
    r"\b(?:job|work|boss|class|school|exam|traffic|heat|commute|shift|shoes|back|feet|kids|this week|"
    r"waiting|suspense|it|this|that) (?:is|are|was|'s) (?:literally )?killing me\b",
    r"\b(?:killing it|killed it|dying to|die of (?:embarrassment|shame|laughter|boredom)|"
    r"dead tired|dead on my feet|dead beat|to die for|could kill for|kill for a|murder a|"
    r"bored to death|scared to death|worried (?:sick|to death)|died laughing|i'm dead\b(?! serious))",
    r"\b(?:could|gonna|going to|want to|wanna) (?:kill|murder|strangle) (?:him|her|them|my \w+)\b",
    r"\bkill(?:ing)? (?:time|the mood|the vibe|the lights|the engine)\b",
)

INGESTED = (
    r"\b(?:i(?:'ve)? (?:just |already )?(?:took|taken|swallowed|downed|ate|drank)|i've had) "
    r"(?:\w+ ){0,3}(?:pills|tablets|meds|medication|bottle|packet|box|sleeping pills|painkillers|"
    r"paracetamol|tylenol|ibuprofen|bleach|all of (?:them|it)|everything|the lot|a handful|them|"
    r"all my|\d+)\b",
    r"\b(?:they're|they are|it's|the pills are) (?:already )?(?:in my stomach|kicking in|working)\b",
    r"\boverdos\w*\b",
)
MEANS_HELD = (
    rf"\b(?:i(?:'ve| have)?|i've got|i have got|got|there's|there are|i still have|i bought|i kept|"
    rf"i found|i'm holding|holding|i've been (?:saving|collecting|stockpiling|hoarding|carrying)|"
    rf"i saved|i collected|i stockpiled|i've saved|i hid|i've hidden|i got|we have|i never threw "
    rf"out|(?:my|his|her) (?:\w+ )?(?:dad|father|husband|partner|brother|mom|mum|roommate|"
    rf"grandad)(?:'s| has| keeps)|he keeps|she keeps) (?:\w+ ){{0,5}}{MEANS}",
    rf"\b{MEANS}\b.{{0,50}}\b(?:in (?:my|the) (?:hand|drawer|cabinet|bag|car|room|pocket|closet|"
    r"kitchen|bathroom|nightstand|glovebox|safe|desk|hall)|on the (?:table|counter|bed|desk|"
    r"nightstand|floor)|(?:right )?(?:here|next to me|in front of me|beside me|with me)|at home|in "
    r"the house|upstairs|downstairs|under my bed|saved up|stocked|ready|lined up|counted|open|"
    r"loaded|in the garage|in the shed|from last time|in the glovebox)\b",
    r"\b(?:i know|i've worked out|i've figured out|i've decided|i've planned|i've thought about|"
    r"i've already worked out) (?:exactly )?(?:how|when|where|what i'd|what i would|what i'll|"
    r"which)\b",
    r"\b(?:i have|i've got|there's|i made|i've made|got) a plan\b",
    r"\b(?:i've|i have) (?:picked|chosen|found) (?:a|the) (?:place|spot|day|date|time)\b",
    r"\bthe (?:spot|place) i (?:picked|chose|told you)\b",
    r"\b(?:i have|i've got|got) (?:everything|what) (?:i need|i'd need|i'll need)\b",
    r"\b(?:what i need|everything i need|stuff) (?:is )?(?:in|right here|here)\b",
    r"\b(?:the stuff|everything)(?:'s| is) (?:right )?(?:here|laid out|ready)\b",
    r"\b(?:stuff|something|things) in the (?:garage|shed|cabinet|drawer) i could use\b",
    r"\b(?:it's|its) all ready\b|\blaid out\b",
    r"\b(?:the )?(?:bridge|train tracks|tracks|overpass|roof|ledge|cliff|balcony)\b",
    r"\b(?:enough|a bunch of|a lot of|lots of|all my|all of my|a whole|a full|a month's|\d+) "
    r"(?:of )?(?:my )?(?:pills|tablets|meds|medication|sleeping pills|painkillers|paracetamol|"
    r"tylenol|insulin|lithium|antidepressants|oxy\w*|xanax|prescriptions)\b",
    r"\bwith the (?:gun|pills|knife|rope|rifle)\b",
    r"\bi know how and\b",
)
TIMING = (
    r"\b(?:tonight|right now|now|today|tomorrow(?:'s the day)?|before morning|this weekend|in an hour|"
    r"after (?:this call|we hang up|everyone's asleep|this)|when (?:you|we) hang up|when i get home|"
    r"as soon as|soon|in a few minutes|this time)\b"
)

TIMING_INTENT = (
    rf"{TIMING}.{{0,50}}\b(?:do it|doing it|end it|kill myself|going to do|take them|take the pills|"
    r"use it|jump|go through with|finish it|be gone|end things)\b",
    r"\b(?:going to|about to|ready to|decided to|will|i'll|i'm) (?:\w+ ){0,2}(?:do it|doing it|"
    r"end it|kill myself|take (?:them|the pills|all)|jump|go through with it|end (?:my life|"
    rf"everything|things))\b.{{0,40}}{TIMING}",
    r"\b(?:i'm|i am) (?:doing it|going to do it|going to really do it)\b",
    r"\bi really think i'm going to do it\b",
    r"\btomorrow's the day\b",
)

CUE_RULES: dict[str, Rule] = {
    "RISK_CUE": R(
        hit=(
            r"\b(?:kill|killing|end|ending|hurt|hurting|harm|harming|cut|cutting|burn|burning|off|"
            r"top|hang|drown|poison|overdose on) myself\b",
            r"\bsuicid\w*\b",
            r"\b(?:want|wanted|wish i could|going to|ready to|i'd rather|rather|just want to|"
            r"longing to|need to) (?:just )?(?:die|be dead|not exist|disappear|vanish|not be here|"
            r"stop existing|go to sleep (?:forever|and not wake up)|not wake up|end it|end things|"
            r"end it all|be gone|fade away|sleep forever)\b",
            r"\b(?:better off|easier for everyone|happier|relieved|fine|simpler|better) (?:dead|without "
            r"me|if i (?:was|were|wasn't|weren't|just) (?:here|gone|around|alive|dead|vanished)|if i "
            r"died|if i disappeared|when i'm gone)\b",
            r"\b(?:would|'d) (?:be )?(?:better|simpler|easier|fine|happier) (?:off )?without me\b",
            r"\bwithout me in it\b",
            r"\b(?:end|ending|finish) (?:it|it all|things|my life|everything)\b",
            r"\bdon't (?:want|see the point|see a reason) (?:to )?(?:be here|live|wake up|exist|"
            r"be alive|go on|keep going|be around|do this anymore|carry on|it)\b",
            r"\b(?:no|no real|there's no|what's the|lost all|zero) (?:point|reason|hope|future|way "
            r"out)(?: (?:of|in) (?:any of this|anything|living|me|going on|it all))?\s*[.?!]*$",
            r"\bhopeless\w*\b",
            r"\b(?:can't|cannot|can not) (?:go on|do this anymore|take (?:it|this) (?:anymore|any more)|"
            r"keep (?:going|doing this)|cope anymore|live like this|do another)\b",
            r"\b(?:i'm|i am|i feel like|i'm just|just) (?:a |such a |nothing but a )?(?:burden|waste of "
            r"space|waste of (?:air|oxygen)|drain on everyone|the problem)\b",
            r"\b(?:urges?|want|wanting|itching|craving|pull|feel like) (?:to )?(?:cut|cutting|hurt|harm|"
            r"burn|kill|die|self[- ]harm|overdose|hurt myself)\b",
            r"\bself[- ]?harm\w*\b",
            r"\b(?:nobody|no one|no-one) (?:would|will) (?:even )?(?:miss|notice|care)\b",
            r"\b(?:wish|wished|wishing) (?:i (?:was|were) dead|i (?:was|were)n't (?:here|alive|born)|i "
            r"could (?:disappear|die|just die|not wake)|i'd never been born|i didn't exist|i could sleep "
            r"forever|i wouldn't wake|the car had|i'd gone further)\b",
            r"\b(?:goodbye|say goodbye|last (?:call|time|message)|saying goodbye|final goodbye)\b",
            r"\b(?:worthless|trapped|no way out)\b",
            r"\b(?:thinking|thought|thoughts|thinking about|fantasi\w+|picturing) (?:about |of )?"
            r"(?:dying|death|being dead|not being here|killing|ending|suicide|hurting myself|cutting|"
            r"my own funeral|it)\b",
            r"\bthe thoughts again\b|\bthoughts about not being\b",
            r"\b(?:i'm|i am) (?:done|so done|finished)(?: with (?:everything|life|it all|living))?\s*[.!]*$",
            r"\b(?:so )?tired of (?:being alive|living|life|fighting|it all)\b",
            r"\b(?:didn't|don't) wake up\b",
            r"\bdying would be\b",
            r"\bkill yourself\b",
            r"\bnot (?:going to be|be) (?:a problem|around|here) (?:for anyone )?(?:for much longer|much longer)\b",
            r"\balready gone\b|\bjust waiting\b",
            r"\b(?:don't|do not) want it\b",
            r"\bshould (?:go away|disappear|stop pretending)\b",
            r"\b(?:what|scared of what) i might do\b",
            r"\bthanks for everything\b|\bif anything happens\b|\btell (?:my|him|her) \w+ i'm sorry\b",
            r"\bwriting letters\b|\bjust in case\b",
            r"\bnever going to change\b|\bnever (?:get|getting) better\b|\bbe like this forever\b",
            r"\bwhat's the point\b",
            r"\bnot (?:safe|sure i'm safe|sure i can (?:stay )?safe|feeling safe)\b",
            r"\bi(?:'ve| have) thought about (?:it|that|how|using)\b",
            r"\b(?:keep )?(?:opening it and staring|looking at them|touching it)\b",
            r"\bi want to (?:use|do it|do it again)\b|\band i want to\.?$",
            r"\bthinking about (?:them|it) a lot\b",
        )
        + TIMING_INTENT
        + INGESTED,
        block=FIGURATIVE
        + (
            r"\b(?:no|not|never|no longer) (?:suicidal|thoughts of suicide|thinking (?:about|of) "
            r"(?:suicide|killing|hurting)|going to (?:hurt|kill|cut)|urges)\b",
            r"\b(?:end|ending|finish|finishing) (?:it|things) with (?:him|her|them|my)\b",
            r"\bno point (?:in )?(?:calling|asking|arguing|explaining|trying to explain|telling)\b",
            r"\b(?:end|ending) (?:the call|this call|it here|our call)\b",
            r"\b(?:i'm|i am) done (?:with (?:him|her|them|this job|work|school|that|this conversation|the "
            r"dishes|my|the)|talking|eating|for (?:today|the day|now))\b",
            r"\b(?:got rid of|threw out|gave|holding onto|locked)\b",
            r"\bmy (?:hair|finger|nails)\b|\bchopping\b",
            r"\b(?:took|take|taking) my meds (?:like|as)\b",
            r"\bhurt (?:his|her|their|your) feelings\b",
            r"\b(?:in for|out for|breathing|the ice|doing the \w+)\b",
        ),
    ),
    "MEANS_DISCLOSED": R(
        hit=MEANS_HELD + INGESTED,
        block=FIGURATIVE
        + (
            r"\b(?:threw|thrown|flushed|gave|given|got rid of|handed|locked|put|holding onto|"
            r"take-back) (?:\w+ ){0,2}(?:away|out|to|up|my|the|for)\b",
            r"\b(?:don't|do not|no longer|doesn't) (?:have|own|keep|got)\b",
            r"\b(?:skill|coping|safety plan|crisis|session|plan for (?:the|tonight|tomorrow))\b",
            r"\bplan(?:s)? (?:to|for) (?:go|see|meet|call|work|study|visit|watch|eat|sleep|try|use|talk|"
            r"ask|do (?:my|the|some|homework)|get|have)\b",
            r"\bmy plan (?:is|was) to (?:go|see|meet|call|study|watch|try|use|talk|ask|get|have|eat|sleep)\b",
            r"\b(?:take|took|taking|on) my (?:meds|medication|pills) (?:as|like|every|this morning|today|"
            r"already|on time)\b",
            r"\b(?:forgot|forget|need to take|should take|refill|ran out of)\b",
            r"\b(?:off the|on the) (?:edge|roof) of my seat\b",
            r"\bover the edge\b",
            r"\bmurder\b",
        ),
    ),
    "SELF_HARM_DONE": R(
        hit=(
            r"\bi (?:just |already |finally )?(?:cut|burned|burnt|hurt|harmed|hit|scratched|punched|"
            r"stabbed|scalded|strangled|starved|choked|bit|picked at) (?:myself|my (?:arm|arms|wrist|"
            r"wrists|leg|legs|thigh|thighs|stomach|skin|hand|hands|face|head|old scars)|the (?:wall|"
            r"old scars))\b",
            r"\b(?:i(?:'ve| have)|i) (?:already |just )?(?:cut|burned|burnt|hurt|harmed|self-harmed|"
            r"self harmed|overdosed|od'd|scratched|hit)\b(?! (?:my (?:finger|hand|thumb)|his|her))",
            r"\b(?:i'm|i am|it's|its|it is|it's still|it won't stop|won't stop) (?:still )?bleeding\b",
            r"\b(?:blood|bleeding|bled|stitches|the cuts|my cuts|the burns|fresh cuts|blistering|bruises)\b",
            r"\b(?:i )?(?:relapsed|slipped up|did it again|went ahead|gave in|acted on (?:it|the urge))\b",
            r"\bi (?:already )?(?:did|have done) (?:something|it)\b",
            r"\bi did the thing\b",
            r"\b(?:cut|cuts)\.? twice\b|^cut\b|\. cut\b",
            r"\b(?:the|a) (?:cut|cuts|wound|burn) (?:is|are|looks|feels|from)\b",
            r"\btill (?:they|it|my \w+) (?:bled|split|opened)\b",
            r"\bwent (?:way )?too deep\b",
        )
        + INGESTED,
        block=FIGURATIVE
        + (
            r"\b(?:didn't|did not|haven't|have not|never|not|almost|nearly|wanted to|want to|going to|"
            r"about to|might|could|afraid i'll|scared i'll|don't) (?:\w+ ){0,2}(?:cut|burn|hurt|harm|"
            r"take|swallow|did it|do it|relapse)\w*\b",
            r"\bi (?:cut|hurt) my (?:finger|hand|thumb|hair)\b",
            r"\b(?:months|years|weeks) (?:ago|clean|without)\b(?!.{0,20}\b(?:blew|relapsed|cut))",
            r"\bi (?:took|take|taken|have taken) my (?:meds|medication|pills)(?: (?:as|like|every|this "
            r"morning|today|already|on time|tonight))?",
            r"\bhurt (?:his|her|their|your) feelings\b",
            r"\b(?:did it|did it again) (?:right|well|myself|on my own|for the first)\b",
            r"\bdid it!",
            r"\bi did it\b.{0,30}\b(?:presentation|interview|exam|skill|ice|breathing|call)\b",
        ),
    ),
    "IMMINENT_RISK": R(
        hit=TIMING_INTENT
        + INGESTED
        + (
            r"\b(?:i'm|i am) (?:standing|sitting|on|at) (?:on |at )?(?:the )?(?:bridge|edge|ledge|roof|"
            r"tracks|platform|balcony|cliff|place i told you|spot)\b",
            r"\b(?:i'm|i am|i have|i've got) (?:holding|looking at|staring at|got)? ?(?:the|a|my) "
            r"(?:pills|gun|knife|razor|blade|rope|bottle)s? (?:in my hand|right here)\b",
            rf"\b{MEANS}(?:'s| is| are) (?:\w+ )?(?:in my hand|in front of me|right here|next to me|"
            r"loaded|ready|counted|lined up|open|on the table|on the counter)\b",
            r"\b(?:this is|i'm calling to say) (?:my )?(?:the last)\b",
            r"\bthe last time (?:you'll|you will) hear\b",
            r"\b(?:won't stop bleeding|can't stop the bleeding|a lot of blood|so much blood|deep cut|"
            r"way too deep|it won't stop)\b",
            r"\bit(?:'s| is) (?:going to be|gonna be) tonight\b",
            r"\bnot coming back from\b",
            r"\b(?:it's|its) all ready\b",
            r"\blaid out\b",
            r"\bi'm about to\b",
            r"\bit's done\b",
            r"\b(?:getting|feel|feeling) (?:really )?(?:sleepy|drowsy|dizzy|woozy|faint|weird and far|"
            r"far away)\b|\bheads? spinning\b",
        ),
        block=FIGURATIVE
        + (
            r"\b(?:not|never|won't|wouldn't|not going to|don't) (?:\w+ ){0,2}(?:do it|end it|kill|jump|"
            r"take them|go through)\b",
            r"\b(?:skill|breath|breathing|ice|walk|exercise|shower|tipp?|homework|presentation|exam)\b",
            r"\bi'll do it\b\s*[.!]?$",
            r"\b(?:threw|thrown|flushed|gave|got rid of|handed|locked|holding onto)\b",
            r"\b(?:take|took|taking) my meds (?:like|as)\b",
        ),
    ),
    "BOUNDARY_REQUEST": R(
        hit=(
            r"\b(?:can|could|will|would) (?:you|we) (?:please |just )?(?:stay|talk|keep talking|stay on|"
            r"keep going|do (?:a|another)) (?:on )?(?:\w+ ){0,3}(?:longer|a bit more|all night|more|"
            r"a little longer|till|until|another|tonight|for an hour|hours?|call)\b",
            r"\b(?:can|could|will|would) (?:we|you) (?:maybe )?(?:be|become) (?:friends|my friend)\b",
            r"\b(?:be|being|become) (?:my )?friends?\b",
            r"\b(?:don't|please don't|do not|promise (?:me )?(?:you won't|not to|you wont)|you can't|"
            r"you won't|you wont|can you not) (?:\w+ )?(?:tell|say anything to|mention (?:it|this|"
            r"anything) to|report|send|call|write) (?:anyone|anybody|my|dr\.?|the team|your team|them|"
            r"him|her|any of this|someone)\b",
            r"\b(?:keep (?:this|it|that) (?:between us|secret|to yourself|quiet|off)|between (?:us|you and "
            r"me)|our secret|off the record)\b",
            r"\bpromise (?:me|you won't|not to|this stays)\b",
            r"\bunless you promise\b",
            r"\b(?:can|could|may) i (?:call|text|reach|message|ring) you (?:any ?time|whenever|every|"
            r"tonight|later|again|tomorrow|at night|at \d|24/7|in the middle|even)\b",
            r"\b(?:can|could|will|would) you (?:call|text|ring) me (?:every|each|tonight|later)\b",
            r"\b(?:will|would|are|can) you (?:always )?(?:be )?(?:there|available|around|awake|reachable|"
            r"pick up|answer|accept) (?:for me )?(?:24/7|always|any ?time|whenever|every|all night|"
            r"tonight|no matter|at night)?\b",
            r"\b(?:talk|talking|go) (?:about|over|through) (?:the|our|my|today's|last|this week's|what "
            r"happened in|the whole) (?:\w+ )?(?:session|fight|childhood)\b",
            r"\b(?:go through|go over|talk about) (?:the whole|every single|everything)\b",
            r"\btell you everything\b|\bfrom the very beginning\b|\bstart to finish\b",
            r"\b(?:just )?(?:want|need|want to) to (?:vent|rant|talk it (?:through|out|all out)|get (?:it|"
            r"this) off my chest)\b|\btalk it all out\b",
            r"\b(?:add|follow|friend) (?:me|you) on\b|\bif i add you\b",
            r"\b(?:meet|coffee|hang out|get a drink|grab a drink|get lunch|drop in|come by your)\b",
            r"\b(?:your|ur) (?:personal|private|own|cell|home) (?:number|phone|cell|email|address)\b",
            r"\b(?:don't|please don't|please do not) (?:go|hang up|leave me)\b",
            r"\b(?:another|more|five more|ten more|a few more|just a few more|\d+ more) (?:minutes|time)\b",
            r"\b(?:really )?long call\b|\btwo hours\b|\bfor an hour\b|\ban hour\b.{0,20}\?",
            r"\bwhy can't you\b|\bcall whenever they want\b",
            r"\bemergency contact\b",
            r"\b(?:come to|will you come) (?:my|to my)\b",
            r"\bjust (?:chat|talk) about\b|\bjust want company\b|\bskip the skills\b",
            r"\btalk about my childhood\b",
            r"\bstay with me until\b|\bstay on (?:the line|the phone) (?:\w+ )?all night\b",
            r"\bwrite any of this down\b",
            r"\b(?:lend|loan) me\b",
        ),
        block=(
            r"\b(?:i (?:know|understand) (?:you|we) (?:can't|cannot))\b",
            r"\bi don't want to talk about it\b",
        ),
    ),
    "SKILL_RESISTANCE": R(
        hit=(
            r"\b(?:that|it|skills?|this|those|these|they|the skills?|your skills?|breathing|ice|tipp?|"
            r"distraction|nothing|music|cold water|a walk|the \w+ thing)(?: stuff| crap| thing| shit)? "
            r"(?:won't|doesn't|does not|will not|never|don't|do not|didn't|isn't going to|is not going "
            r"to|can't) (?:\w+ )?(?:work|help|do anything|do a thing|fix|touch|bring|stop)\b",
            r"\bi (?:can't|cannot|won't|don't want to|refuse to|am not going to|'m not going to|'m not) "
            r"(?:\w+ ){0,2}(?:do|try|use|breathe|focus|doing|accepting|saying|distract)\b(?! (?:about|of) "
            r"(?:killing|dying))",
            r"\b(?:tried|done|did) (?:that|it|this|all that|all of that|them all|everything|the \w+(?: "
            r"\w+)?) (?:already|before|a million times|a hundred times|a thousand times|so many times)\b",
            r"\bi(?:'ve| have) (?:already )?tried (?:that|it|this|everything|all of|the)\b",
            r"\bi (?:did|tried) (?:check the facts|the \w+)\b.{0,30}\b(?:nothing|bad|did nothing)\b",
            r"\b(?:what's|whats|what is) the point (?:of|in) (?:\w+ ){0,2}(?:skill|skills|breathing|trying|"
            r"that|this|doing)\b",
            r"\b(?:skills?|dbt|breathing|this|radical acceptance|self-soothe|it)(?: stuff)? (?:is|are) "
            r"(?:stupid|useless|pointless|bs|bullshit|crap|a joke|dumb|garbage|for (?:kids|people))\b",
            r"\b(?:stupid|useless|pointless|dumb) (?:skill|skills|idea|exercise)\b|\bsounds stupid\b",
            r"\bnothing(?:'s| has)? (?:works|helps|ever works|ever helps|will work|will help|worked)\b",
            r"\b(?:too|way too) (?:upset|angry|much|hard|tired|overwhelmed|far gone) (?:to|for) (?:that|"
            r"this|do|try|skills|breathe|think)\b",
            r"\b(?:yeah|yes),? but\b|\byeah yeah\b",
            r"\bwhy would (?:i|tonight)\b",
            r"\bi don't (?:see|think) (?:how|that|it|the point)\b.{0,30}\b(?:help|work|matter)\b",
            r"\b(?:are you kidding|seriously\?|that's your big idea|i'd drown|no offence)\b",
            r"\bi don't want (?:skills|to (?:feel better|distract|do skills))\b",
            r"\bstop asking me to\b|\bnot doing (?:that|ice|it)\b|\bdon't tell me to\b",
            r"\bmore anxious\b|\bso that's out\b|\bwhat's a \w+ going to do\b",
            r"\bdid nothing\b|\bnothing\.$",
            r"\bskip the skills\b",
        ),
        block=(
            r"\bi can't (?:stop|stand|believe|sleep|breathe properly|think straight|even think|do "
            r"another)\b(?!.{0,20}\b(?:skill|try|do (?:that|it|this))\b)",
            r"\b(?:can't|cannot|won't) (?:do|try) (?:this|it) (?:anymore|any more|without you)\b",
        ),
    ),
}

assert set(CUE_RULES) == set(CUES), set(CUES) ^ set(CUE_RULES)

_FIG = re.compile("|".join(f"(?:{p})" for p in FIGURATIVE))


def cue_hits(client: str | None) -> set[str]:
    """Cues whose rule fires on the client text."""
    sents = sentences(norm(client))
    out = {cue for cue, rule in CUE_RULES.items() if rule.fires(sents)}
    t = " ".join(sents)
    # Means in reach plus any sign of intent, an ingestion, or an act in progress: a risk cue.
    if (
        "IMMINENT_RISK" in out
        or ("SELF_HARM_DONE" in out and _INGESTED.search(t))
        or "MEANS_DISCLOSED" in out
        and _INTENT.search(t)
    ):
        out.add("RISK_CUE")
    return out


_INGESTED = re.compile("|".join(f"(?:{p})" for p in INGESTED))
_INTENT = re.compile(
    r"\b(?:think|thinking|thought|want|wanted|keep|kept looking|counted|stockpil\w*|sav(?:e|ed|ing) "
    r"up|saving|in case|plan|tonight|lined up|in my hand|i'd use|i'd take|i'd need|i'd go|picked|"
    r"staring|touching|carrying|all i can|decided|which|how|date|doing it|ready)\b"
)


# Stockpiling "just in case" is preparation (C-SSRS), not imminence: unless the text also says
# now, the model's guess of IMMINENT_RISK stays a risk cue with means disclosed.
_NOT_NOW = re.compile(
    r"\b(?:just in case|in case|for (?:a few |about |some |the last )?(?:weeks|months|days)|"
    r"been (?:saving|keeping|collecting|putting aside)|one day|someday|some day)\b"
)
_NOW = re.compile(
    r"\b(?:tonight|right now|now|today|this (?:evening|afternoon|morning)|after (?:this|the|we) "
    r"(?:call|hang up)|when (?:we|you|i) hang up|as soon as|about to|on my way|in an hour|"
    r"minutes?|ready|in my hand|right here|next to me|in front of me|already|taken|took|"
    r"swallowed|bleeding|standing|sitting on|goodbye|last time|the end)\b"
)


def guard_cues(proposed: set[str], client: str | None, hits: set[str] | None = None) -> set[str]:
    """Drop a cue the model proposes without a rule behind it when the text matches that cue's
    known hard negatives (its block patterns: figures of speech, safe news), and an imminent
    risk the text itself places later ("saving them just in case")."""
    hits = cue_hits(client) if hits is None else hits
    sents = sentences(norm(client))
    out = set()
    for cue in proposed:
        block = CUE_RULES[cue]._block
        if cue in hits or block is None or not any(block.search(s) for s in sents):
            out.add(cue)
    text = " ".join(sents)
    if (
        "IMMINENT_RISK" in out
        and "IMMINENT_RISK" not in hits
        and _NOT_NOW.search(text)
        and not _NOW.search(text)
    ):
        out.discard("IMMINENT_RISK")
    return out
