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

CUE_RULES: dict[str, Rule] = {
    "RISK_CUE": R(
        hit=(
            r"\b(?:kill|killing|end|ending|hurt|hurting|harm|harming|cut|cutting|burn|burning|off|"
            r"top|hang|drown|poison|overdose on) myself\b",
            r"\bsuicid\w*\b",
            r"\b(?:want|wanted|wanna|wish i could|going to|ready to|i'd rather|rather|just want to|"
            r"longing to|need to) (?:just )?(?:die|be dead|not exist|disappear|vanish|not be here|"
            r"stop existing|go to sleep (?:forever|and not wake up)|not wake up|end it|end things|"
            r"end it all|give up|be gone|fade away|sleep forever)\b",
            r"\b(?:better off|easier for everyone|happier|relieved) (?:dead|without me|if i (?:was|were|wasn't|"
            r"weren't) (?:here|gone|around|alive|dead)|if i died|if i disappeared|when i'm gone)\b",
            r"\b(?:end|ending|finish) (?:it|it all|things|my life|everything)\b",
            r"\bdon't (?:want|wanna|see the point|see a reason) (?:to )?(?:be here|live|wake up|exist|"
            r"be alive|go on|keep going|be around|do this anymore|carry on)\b",
            r"\b(?:no|no real|there's no|what's the|whats the|no more|lost all|zero) (?:point|reason|hope|"
            r"future|way out)\b",
            r"\bhopeless\w*\b",
            r"\b(?:can't|cannot|can not) (?:go on|do this anymore|take (?:it|this|much more|any more|anymore)|"
            r"keep (?:going|doing this)|cope anymore|live like this|handle (?:it|this) anymore|"
            r"see a way)\b",
            r"\b(?:i'm|i am|i feel like|i'm just|just) (?:a |such a |nothing but a )?(?:burden|waste of space|"
            r"waste of (?:air|oxygen)|drain on everyone)\b",
            r"\b(?:urges?|want|wanting|itching|craving|pull) (?:to|for) (?:cut|hurt|harm|burn|hit|scratch|"
            r"use|drink|relapse|kill|die|self[- ]harm|o\.?d\.?|overdose|hurt myself|use again)\b",
            r"\bself[- ]?harm\w*\b",
            r"\b(?:nobody|no one|no-one) (?:would|will) (?:miss|notice|care)\b",
            r"\b(?:wish|wished) (?:i (?:was|were) dead|i (?:was|were)n't (?:here|alive|born)|i could (?:disappear|"
            r"die|just die|not wake)|i'd never been born|i didn't exist|i could sleep forever)\b",
            r"\b(?:goodbye|say goodbye|last (?:call|time|message)|saying goodbye|final goodbye)\b",
            r"\b(?:worthless|pointless|trapped|no way out|give up on everything|giving up|given up)\b",
            r"\b(?:thinking|thought|thoughts|thinking about|fantasi\w+) (?:about |of )?(?:dying|death|"
            r"being dead|not being here|killing|ending|suicide|hurting myself|cutting)\b",
            r"\bbetter (?:if i|that i) (?:wasn't|weren't|was not|were not|just) (?:here|around|alive|gone)\b",
            r"\b(?:i'm|i am) (?:done|so done|finished)(?: with (?:everything|life|it all|living))?\s*[.!]*$",
            r"\bthe (?:pills|gun|knife|razor|blade|rope|bridge)\b",
            r"\b(?:cut|cutting|burn|burning|hurt|hurting|scratch|scratching|hit|hitting) (?:my|myself)\b",
            r"\b(?:drink|drank|use|used|take|took) (?:everything|all of (?:it|them)|the whole)\b",
            r"\bwant(?:ed)? (?:the pain|it all|everything) to (?:stop|end|go away)\b",
            r"\bnot (?:safe|sure i'm safe|sure i can (?:stay )?safe|feeling safe)\b",
        ),
        block=FIGURATIVE
        + (
            r"\b(?:not|never|no longer) (?:suicidal|thinking (?:about|of) (?:suicide|killing|hurting)|"
            r"going to (?:hurt|kill|cut))\b",
            r"\b(?:end|ending|finish|finishing) (?:it|things) with (?:him|her|them|my)\b",
            r"\bno point (?:in )?(?:calling|asking|arguing|explaining|trying to explain|telling)\b",
            r"\b(?:end|ending) (?:the call|this call|it here|our call)\b",
            r"\b(?:i'm|i am) done (?:with (?:him|her|them|this job|work|school|that|this conversation|the "
            r"dishes|my|the)|talking|eating|for (?:today|the day|now))\b",
        ),
    ),
    "MEANS_DISCLOSED": R(
        hit=(
            rf"\b(?:i(?:'ve| have)?|i've got|i have got|got|there's|there are|i still have|i bought|i kept|"
            rf"i found|i'm holding|i am holding|holding|i've been (?:saving|collecting|stockpiling|hoarding)|"
            rf"i saved|i collected|i stockpiled|i've saved|i've collected|i hid|i've hidden|i got|we have|"
            rf"my (?:dad|father|husband|partner|brother|mom|mum|roommate)(?:'s| has| keeps)) (?:\w+ ){{0,4}}{MEANS}",
            rf"\b{MEANS}\b.{{0,50}}\b(?:in (?:my|the) (?:hand|drawer|cabinet|bag|car|room|pocket|closet|"
            r"kitchen|bathroom|nightstand|glovebox|safe)|on the (?:table|counter|bed|desk|nightstand|floor)|"
            r"(?:right )?(?:here|next to me|in front of me|beside me|with me)|at home|in the house|"
            r"upstairs|downstairs|under my bed|saved up|stocked|ready|lined up|counted)\b",
            r"\b(?:i know|i've worked out|i've figured out|i've decided|i've planned|i've thought about) "
            r"(?:exactly )?(?:how|when|where|what i'd|what i would|what i'll)\b",
            r"\b(?:i have|i've got|there's|i made|i've made|got) a plan\b",
            r"\b(?:my|the) plan (?:is|was)\b",
            r"\b(?:the )?(?:bridge|train tracks|tracks|overpass|roof|ledge|edge|cliff|balcony)\b",
            r"\b(?:enough|a bunch of|a lot of|lots of|all my|all of my|a whole|a full|a month's|\d+) "
            r"(?:of )?(?:my )?(?:pills|tablets|meds|medication|sleeping pills|painkillers|paracetamol|"
            r"tylenol|insulin|lithium|antidepressants|oxy\w*|xanax)\b",
            r"\b(?:tonight|this weekend|tomorrow|when (?:everyone|they|he|she)(?:'s| is| are)? "
            r"(?:asleep|gone|out|away)|after (?:this call|we hang up))\b.{0,40}\b(?:do it|going to|gonna|"
            r"plan|end|kill)\b",
            r"\b(?:do it|going to|gonna|plan to|planning to|end it|kill myself)\b.{0,40}\b(?:tonight|this "
            r"weekend|tomorrow|when (?:everyone|they|he|she)|after (?:this call|we hang up))\b",
            r"\b(?:wrote|written|writing|left) (?:a |my )?(?:note|letter|will|goodbye)\b",
            r"\b(?:gave|giving) (?:away )?(?:my|all my) (?:things|stuff|cat|dog|belongings)\b",
            r"\bloaded\b",
        ),
        block=FIGURATIVE
        + (
            r"\b(?:threw|thrown|flushed|gave|given|got rid of|handed|locked|put) (?:\w+ ){0,2}(?:away|out|to|"
            r"up)\b",
            r"\b(?:don't|do not|never|no longer|doesn't) (?:have|own|keep|got)\b",
            r"\b(?:skill|coping|safety|crisis|session|plan for (?:the|tonight|tomorrow))\b",
            r"\bplan(?:s)? (?:to|for) (?:go|see|meet|call|work|study|visit|watch|eat|sleep|try|use|talk|"
            r"ask|do (?:my|the|some|homework)|get|have)\b",
            r"\bmy plan (?:is|was) to (?:go|see|meet|call|study|watch|try|use|talk|ask|get|have|eat|sleep)\b",
            r"\b(?:take|took|taking|on) my (?:meds|medication|pills) (?:as|like|every|this morning|today|"
            r"already|on time)\b",
            r"\b(?:forgot|forget|need to take|should take|refill|ran out of)\b",
            r"\b(?:off the|on the) (?:edge|roof) of my seat\b",
            r"\bover the edge\b",
        ),
    ),
    "SELF_HARM_DONE": R(
        hit=(
            r"\bi (?:just |already |finally )?(?:cut|burned|burnt|hurt|harmed|hit|scratched|punched|"
            r"stabbed|scalded|strangled|starved|choked) (?:myself|my (?:arm|arms|wrist|wrists|leg|legs|"
            r"thigh|thighs|stomach|skin|hand|hands|face|head))\b",
            r"\bi(?:'ve| have) (?:already |just )?(?:cut|burned|burnt|hurt|harmed|taken|swallowed|"
            r"overdosed|od'd|scratched|hit)\b",
            r"\bi (?:just |already )?(?:took|swallowed|downed|ate|drank) (?:\w+ ){0,3}(?:pills|tablets|"
            r"meds|medication|bottle|packet|box|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|"
            r"bleach|all of (?:them|it)|everything|the lot|a handful|\d+)\b",
            r"\b(?:i'm|i am|it's|its|it is|it's still|it won't stop|won't stop) (?:still )?bleeding\b",
            r"\b(?:blood|bleeding|stitches|the cuts|my cuts|the burns|fresh cuts)\b",
            r"\b(?:i )?(?:relapsed|slipped up|did it again|did it|went ahead|gave in|acted on (?:it|the urge))\b",
            r"\boverdos\w*\b",
            r"\b(?:the|a) (?:cut|cuts|wound|burn) (?:is|are|looks|feels)\b",
            r"\bi (?:already )?(?:did|have done) (?:something|it)\b",
        ),
        block=FIGURATIVE
        + (
            r"\b(?:didn't|did not|haven't|have not|never|not|almost|nearly|wanted to|want to|going to|"
            r"gonna|about to|might|could|afraid i'll|scared i'll|don't) (?:\w+ ){0,2}(?:cut|burn|hurt|harm|"
            r"take|swallow|did it|do it|relapse)\w*\b",
            r"\bi (?:cut|hurt) my (?:finger|hand|thumb) (?:cooking|chopping|on|at work)\b",
            r"\b(?:months|years|weeks) (?:ago|clean|without)\b",
            r"\bi (?:took|take|taken|have taken) my (?:meds|medication|pills)(?: (?:as|like|every|this "
            r"morning|today|already|on time|tonight))?\s*[.!]?$",
            r"\bi hurt (?:his|her|their|your) feelings\b",
            r"\b(?:did it|did it again) (?:right|well|myself|on my own|for the first)\b",
            r"\bdid it!\b",
        ),
    ),
    "IMMINENT_RISK": R(
        hit=(
            r"\b(?:tonight|right now|now|today|after (?:this|we hang up|this call)|when we hang up|"
            r"in (?:a few|an) (?:minutes|hour)|as soon as|soon)\b.{0,40}\b(?:do it|end it|kill myself|"
            r"going to|gonna|take them|take the pills|use it|jump|go through with|finish it|be gone)\b",
            r"\b(?:going to|gonna|about to|ready to|decided to|will|i'll) (?:\w+ ){0,2}(?:do it|end it|kill "
            r"myself|take (?:them|the pills|all)|jump|go through with it|end (?:my life|everything|things))\b"
            r".{0,30}\b(?:tonight|now|today|after|when|soon|this time)?",
            r"\b(?:i'm|i am) (?:standing|sitting|on|at) (?:on |at )?(?:the )?(?:bridge|edge|ledge|roof|tracks|"
            r"platform|balcony|cliff)\b",
            r"\b(?:i'm|i am) (?:holding|looking at|staring at) (?:the|a|my) (?:pills|gun|knife|razor|blade|"
            r"rope|bottle)\b",
            rf"\b{MEANS} (?:is|are) (?:in my hand|in front of me|right here|next to me|loaded|ready|counted|"
            r"lined up|out)\b",
            r"\b(?:this is|i'm calling to say) (?:my )?(?:goodbye|the last)\b",
            r"\b(?:i (?:just )?took|i've (?:just )?taken|i swallowed|i've swallowed) (?:\w+ ){0,3}"
            r"(?:pills|tablets|bottle|all|everything|handful|\d+|sleeping pills|painkillers)\b",
            r"\b(?:feel|feeling|getting) (?:really )?(?:drowsy|dizzy|sleepy|woozy|faint)\b",
            r"\b(?:won't stop bleeding|can't stop the bleeding|a lot of blood|so much blood|deep cut)\b",
            r"\bit(?:'s| is) (?:going to be|gonna be) tonight\b",
            r"\bi(?:'ve| have) (?:already )?(?:made up my mind|decided)\b",
            r"\bwrote (?:a |my )?(?:note|goodbye|letter)\b",
            r"\bthe last time (?:you'll|you will) hear\b",
        ),
        block=FIGURATIVE
        + (
            r"\b(?:not|never|won't|wouldn't|not going to|don't) (?:\w+ ){0,2}(?:do it|end it|kill|jump|"
            r"take them|go through)\b",
            r"\b(?:going to|gonna) (?:do it|try it|give it a go|try)\b.{0,20}\b(?:skill|breath|ice|walk|"
            r"exercise|shower|call|text)\b",
            r"\b(?:skill|breath|breathing|ice|walk|exercise|shower|tipp?)\b",
            r"\bi'll do it\b\s*[.!]?$",
        ),
    ),
    "BOUNDARY_REQUEST": R(
        hit=(
            r"\b(?:can|could|will|would) (?:you|we) (?:please |just )?(?:stay|talk|keep talking|stay on) "
            r"(?:on )?(?:\w+ ){0,2}(?:longer|a bit more|all night|more|a little longer|till|until|another)\b",
            r"\b(?:can|could|would|will) (?:we|you) (?:be|become) (?:friends|my friend)\b",
            r"\b(?:be|being|become) (?:my )?friends?\b",
            r"\b(?:don't|please don't|do not|promise (?:me )?(?:you won't|not to|you wont)|you can't|"
            r"you won't|you wont) (?:tell|say anything to|mention (?:it|this|anything) to|report) "
            r"(?:anyone|anybody|my|dr\.?|the team|your team|them|him|her)\b",
            r"\b(?:keep (?:this|it|that) (?:between us|secret|to yourself|quiet)|between (?:us|you and me)|"
            r"our secret|off the record)\b",
            r"\b(?:can|could|may) i (?:call|text|reach|message) you (?:any ?time|whenever|every|tonight|"
            r"later|again|tomorrow|at night|at \d|24/7|in the middle)\b",
            r"\b(?:will|would|are|can) you (?:always )?(?:be )?(?:there|available|around|awake|reachable|"
            r"pick up|answer) (?:for me )?(?:24/7|always|any ?time|whenever|every|all night|tonight|"
            r"no matter|at night)\b",
            r"\b(?:talk|talking) about (?:the|our|my|today's|last|this week's|what happened in) (?:\w+ )?session\b",
            r"\b(?:why did you|you said|you were) .{0,40}\b(?:session|in group|last week|today)\b",
            r"\b(?:just )?(?:want|need|wanna) to (?:vent|rant|talk it (?:through|out)|get (?:it|this) off my "
            r"chest|talk about (?:him|her|it|what happened|everything|the fight|my))\b",
            r"\b(?:add|follow|friend) (?:me|you) on\b",
            r"\b(?:meet|coffee|hang out|get a drink|grab a drink|get lunch)\b.{0,30}\b(?:sometime|with me|"
            r"outside|together|us|we)\b",
            r"\b(?:your|ur) (?:personal|private|own|cell|home) (?:number|phone|cell|email|address)\b",
            r"\b(?:don't|please don't|please do not) (?:go|hang up|leave me)\b",
            r"\b(?:another|more|five more|ten more|a few more|just a few more) (?:minutes|mins|time)\b",
            r"\b(?:longer|all night|whole night|hours)\b.{0,20}\?",
            r"\bcan i (?:just )?(?:tell you|talk about|explain) (?:everything|what happened|the whole|about)\b",
            r"\b(?:promise|swear) (?:me )?(?:you'll|you will|you won't)\b",
            r"\b(?:lend|loan) me\b",
            r"\bwhy (?:can't|won't) (?:you|we)\b.{0,30}\b(?:talk|stay|friends|meet|longer)\b",
        ),
        block=(
            r"\b(?:i (?:know|understand) (?:you|we) (?:can't|cannot))\b",
            r"\b(?:talk|talking) about (?:the|my) session (?:on|next|with)\b.{0,10}$",
        ),
    ),
    "SKILL_RESISTANCE": R(
        hit=(
            r"\b(?:that|it|skills?|this|those|these|they|the skills?|your skills?|breathing|ice|tipp?|"
            r"distraction|nothing)(?: stuff| crap| thing| shit)? (?:won't|doesn't|does not|will not|never|"
            r"don't|do not|didn't|isn't going to|is not going to|ain't gonna) (?:\w+ )?(?:work|help|do "
            r"anything|do a thing|fix)\b",
            r"\bi (?:can't|cannot|can not|won't|don't want to|refuse to|am not going to|'m not going to) "
            r"(?:\w+ ){0,2}(?:do|try|use|breathe|focus|get up|move|think)\b(?! (?:about|of) (?:killing|dying))",
            r"\b(?:tried|done|did) (?:that|it|this|all that|all of that|them all|everything) (?:already|before|"
            r"a million times|a hundred times|so many times)\b",
            r"\bi(?:'ve| have) (?:already )?tried (?:that|it|this|everything|all of)\b",
            r"\b(?:what's|whats|what is) the point (?:of|in) (?:\w+ ){0,2}(?:skill|skills|breathing|trying|that|"
            r"this|doing)\b",
            r"\b(?:skills?|dbt|breathing|this)(?: stuff)? (?:is|are) (?:stupid|useless|pointless|bs|bullshit|"
            r"crap|a joke|dumb|for (?:kids|people who))\b",
            r"\b(?:stupid|useless|pointless|dumb) (?:skill|skills|idea|exercise)\b",
            r"\bnothing (?:works|helps|ever works|ever helps|will work|will help)\b",
            r"\b(?:too|way too) (?:upset|angry|much|hard|tired|overwhelmed) (?:to|for) (?:that|this|do|try|"
            r"skills|breathe|think)\b",
            r"\b(?:yeah|yes),? but\b",
            r"\bwhy (?:would|should) i\b",
            r"\bi don't (?:see|think) (?:how|that|it|the point)\b.{0,30}\b(?:help|work|matter)\b",
        ),
        block=(
            r"\bi can't (?:stop|stand|believe|sleep|breathe properly|think straight)\b"
            r"(?!.{0,20}\b(?:skill|try|do (?:that|it|this))\b)",
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
    # An act in progress or a disclosed plan with timing implies a risk cue.
    if out & {"IMMINENT_RISK", "SELF_HARM_DONE", "MEANS_DISCLOSED"}:
        out.add("RISK_CUE")
    return out
