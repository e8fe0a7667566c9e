# validation.lex — phrases in which the agent names the customer's feelings or accepts their view
# of the situation as legitimate ("that must be so frustrating", "you have every right to be
# upset", "your concern is valid", "this isn't the experience you should have had").
#
# Draws on: customer-service practice guides, de-escalation and complaint-handling literature and
# the public research on empathy in service communication (naming the emotion, legitimising the
# reaction, perspective taking). All phrasing was written by the replytone team; no licensed
# lexicon is copied.
#
# Grading (kind):
#   specific — names a feeling ("frustrating", "upset", "stressful"), the burden the customer
#              carried ("you shouldn't have to chase us") or the way they were let down
#              ("this isn't the experience you should have had"). Weight 1.5 to 2.5.
#   generic  — accepts the customer's view without naming a feeling or the situation
#              ("I understand how you feel", "these are valid concerns"). Weight 1.0.
#
# Left to acknowledgement.lex (it loads first and has the same phrases): "you're right",
# "you have a point", "that's a fair point", "I take your point", "I see where you're coming
# from", "I get why", "that makes sense".
#
# Anchoring: every pattern is tied to the customer or to what happened to them ("you", "your",
# "that must be", "I can imagine how"), never to a bare feeling word, so "the confusing menu has
# been removed" is not read as validation. Longer patterns here win over the short
# "I understand" / "I can see" / "I know" of acknowledgement.lex by leftmost-longest matching.
# Two deliberate exceptions, both kept narrow: an intensified feeling word after a verb ("a
# cracked screen is so annoying": the intensifier is required, and neutral words such as
# "confusing" are left out) and a gerund subject at the start of a clause ("being locked out on
# a Monday is awful"). Bare "that's awful" / "that's tough" must end the clause (punctuation,
# "and", "to hear") so that "that's a tough one" or "that is tough to say" stay neutral.

dimension: validation

# ---------------------------------------------------------------------------------------------
# "That must be frustrating" — naming how the situation feels
# ---------------------------------------------------------------------------------------------

[must-be-frustrating]
pattern: (that|this) (must be|must have been) [so|really|incredibly|very|extremely|super|truly|quite|pretty|especially|particularly|deeply|immensely|hugely|awfully|terribly] (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking)
pattern: it (must be|must have been) [so|really|incredibly|very|extremely|super|truly|quite|pretty|especially|particularly|deeply|immensely|hugely|awfully|terribly] (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking)
weight: 2.0
kind: specific
match: That must be so frustrating, especially after waiting all week.
match: This must have been incredibly stressful for you.
match: It must be really inconvenient to be without your laptop.
match: That must have been nerve-wracking when the payment bounced.
nomatch: The frustrating part of the form is fixed now.
nomatch: We removed the confusing step from checkout.

[must-be-hard]
pattern: (that|this|it) (must be|must have been|sounds like|is) (a|such a|a really|a very|an incredibly) (difficult|hard|tough|awkward|horrible|awful|stressful|frustrating|worrying|scary) (position|place|spot|situation) to be in
pattern: (that|this|it) (must be|must have been) [so|really|incredibly|very|extremely|super|truly|quite|pretty|especially|awfully] (difficult|hard|tough|awful|horrible|terrible|scary|rough|draining|tiring|miserable|unpleasant)
pattern: (that|this|it) (must be|must have been) (hard|difficult|tough) (for you|on you|to deal with|to go through|to hear)
weight: 1.5
kind: specific
match: That must have been really difficult with a newborn at home.
match: This must be hard to deal with on top of everything else.
match: That sounds like a really difficult position to be in.
nomatch: The hard drive was replaced last week.

[would-be-frustrating]
pattern: (that|this|it) (would be|would have been|can be|could be) [so|really|incredibly|very|extremely|super|truly|quite|pretty|especially|absolutely|awfully] (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking)
pattern: (that|this|it) (has been|has clearly been|has obviously been|has got to be|is going to be) (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|unsettling|overwhelming|exhausting|aggravating|disheartening|embarrassing|gutting|heartbreaking)
weight: 1.5
kind: specific
match: That would be frustrating for anyone.
match: It can be really confusing when two invoices arrive at once.
match: This has clearly been exhausting for you.
nomatch: We made the app less confusing in the last update.

[that-is-so-frustrating]
pattern: (that is|that was|this is|this was|that has been|this has been|it has been) (so|really|incredibly|extremely|super|truly|absolutely|beyond|very|hugely|deeply|genuinely|understandably|especially|particularly) (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking)
pattern: ^ (that is|that was|this is|that has been|this has been) (frustrating|annoying|upsetting|disappointing|maddening|infuriating|exasperating|aggravating|disheartening|stressful|exhausting|embarrassing|gutting|heartbreaking)
pattern: (oh|oh no|ugh|gosh|wow|yikes|oh dear|oh man|argh) [,] (that is|that was|this is|that has been|this has been) (frustrating|annoying|upsetting|disappointing|maddening|infuriating|exasperating|aggravating|disheartening|stressful|exhausting|embarrassing|gutting|heartbreaking)
pattern: , (that is|which is|which must be|and that is|which has been) [so|really|incredibly] (frustrating|annoying|upsetting|disappointing|maddening|infuriating|exasperating|aggravating|disheartening|stressful|exhausting|embarrassing|gutting|heartbreaking)
pattern: (that is|this is|that was|that has been) (frustrating|annoying|upsetting|disappointing|maddening|infuriating|exasperating|aggravating|disheartening|stressful|exhausting|embarrassing|gutting|heartbreaking) (.|!|!!|,|and|to hear|to read)
weight: 2.0
kind: specific
match: That's so frustrating, I'm sorry.
match: This is incredibly disappointing after the wait you've had.
match: That's disappointing. Let me look at what happened with the courier.
match: Oh no, that's annoying!
match: The parcel went to the wrong depot, which is so frustrating.
match: Sorry the strap snapped on day two 🙁 that's annoying. We can send a new one.
match: I hear you and that is disappointing, and we will put it right.
nomatch: This is confusing for new users, so we simplified the menu.
nomatch: The new layout is less frustrating to use.

[thats-awful]
pattern: (that is|this is|that was) [so|really|just|absolutely|truly|pretty|genuinely|honestly] (awful|horrible|terrible|dreadful|rough|tough|rubbish|grim|horrid|miserable|sad|heartbreaking|gutting) (.|!|!!|,|and|to hear|to read|<emoji>)
weight: 1.5
kind: specific
match: Oh no, that's awful!
match: That's tough, I'm sorry the refund hasn't arrived.
match: That is really rough. Let me see what I can do.
nomatch: That is a rough estimate of the delivery date.
nomatch: That's terrible wifi signal in the basement, try the other router.

[is-so-frustrating]
pattern: (is|are|was|were|has been|have been) (so|really|super|genuinely|truly|incredibly|honestly|beyond|seriously|properly|just so|always so|understandably) (frustrating|annoying|upsetting|disappointing|maddening|infuriating|exasperating|irritating|aggravating|disheartening|stressful|exhausting|embarrassing|gutting|heartbreaking|nerve wracking)
pattern: (frustrating|annoying|upsetting|disappointing|maddening|infuriating|exasperating|irritating|aggravating|disheartening|stressful|exhausting|embarrassing|gutting|heartbreaking|nerve wracking) [,|and] (i|we) [totally|completely|really|fully|definitely] (get it|get that|understand|hear you|know)
weight: 1.5
kind: specific
match: A cracked screen on a phone you just unboxed is so annoying.
match: Missed connections are really stressful, and we want to help.
match: Surprise fees are frustrating, I get it.
nomatch: The update is so easy to install.
nomatch: The checkout page is really simple to use.

[it-is-frustrating-when]
pattern: it (is|gets|can get) [so|really|incredibly|very|extremely|especially] (frustrating|annoying|stressful|upsetting|disappointing|worrying|maddening|infuriating|exasperating|irritating|unsettling|unnerving|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking) (when|if|not knowing|having to|waiting)
pattern: it (is|gets|can get) [so|really|very] (frustrating|annoying|stressful|upsetting|disappointing|worrying|maddening|infuriating|exasperating|irritating|unsettling|unnerving|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking) to (wait|see|find|have|get|be|deal with|lose|receive|discover|keep|chase|not)
weight: 1.5
kind: specific
match: It's so frustrating when a delivery window comes and goes.
match: It is really stressful not knowing where your money is.
match: It's so annoying to find a parcel left in the rain.
nomatch: It is very upsetting to call us that.
nomatch: It is worth checking the spam folder too.

[frustrating-experience]
pattern: (that|this|it) (must be|must have been|sounds like|has been) *2 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|distressing|unsettling|overwhelming|exhausting|aggravating|disheartening|difficult|tough|rough|awful|horrible|terrible|miserable) (experience|time|situation|ordeal|wait|process|delay|day|week|few days|start|morning|journey)
pattern: (that is|this is|that was|this was|this has been|it has been|it was) *2 (frustrating|annoying|stressful|upsetting|disappointing|worrying|maddening|infuriating|exasperating|distressing|exhausting|aggravating|disheartening|difficult|tough|rough|awful|horrible|terrible|miserable|nerve wracking) (experience|situation|ordeal|wait|delay|day|week|few days|start|morning|journey|thing to go through|position to be in)
weight: 2.0
kind: specific
match: That must have been a really stressful morning.
match: This sounds like such a frustrating experience.
match: It has been a difficult few days for you, I know.
match: That's a really frustrating situation, and I'm sorry.
nomatch: This has been a busy week for our warehouse.
nomatch: This is a quick process that takes two minutes.

[must-have-been-a-shock]
pattern: (that|this|it) (must be|must have been|sounds like|has been|would be) (a|such a|quite a|a real|a bit of a|a huge|a big|an absolute|a complete|a total) (shock|blow|worry|pain|hassle|headache|nightmare|letdown|let down|disappointment|nuisance|ordeal|inconvenience)
weight: 2.0
kind: specific
match: That must have been quite a shock when the bill arrived.
match: This sounds like a real headache.
match: That would be a huge disappointment on a birthday.
nomatch: This has been a big update for the app.

# ---------------------------------------------------------------------------------------------
# Naming the customer's feeling directly
# ---------------------------------------------------------------------------------------------

[you-must-be-frustrated]
pattern: you (are probably|were probably|are likely|are no doubt|may be|might be|may have been|might have been|may be feeling|might be feeling|are probably feeling|are likely feeling) [a little|a bit|quite|really|very|pretty] (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: you (must be|must have been|must feel|must be feeling|must have felt) [so|really|incredibly|very|extremely|super|truly|quite|pretty|especially|particularly|deeply|immensely|hugely|awfully|terribly] (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: (i bet|i am sure|i imagine|i would imagine|i expect|no doubt) you (are|were|have been|felt|are feeling) [so|really|very|pretty] (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross)
weight: 2.0
kind: specific
match: You must be so fed up with this by now.
match: You might be feeling a little anxious about the transfer.
match: You must have been worried when the card was declined.
match: I bet you were annoyed to find the box empty.
nomatch: You must be signed in to see your orders.

[understandably-upset]
pattern: you (are|were|have been|feel|felt|are feeling) (understandably|rightly|justifiably|quite rightly|naturally|very understandably|completely understandably|quite understandably|reasonably) (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: you (are|were) (understandably|rightly|quite understandably|justifiably) (so|really|very|quite|pretty|more than a little) (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: (of course|naturally) you (are|were|would be|feel|felt|are feeling|have been) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: You're understandably upset about the missed appointment.
match: You are understandably very worried about the charge.
match: You were rightly annoyed that nobody called you back.
match: Of course you're disappointed, the gift was meant for Saturday.

[rightly-so]
pattern: (and|quite) (rightly|understandably|justifiably|quite rightly|rightfully|very rightly) so
pattern: (and|quite) (with good reason|for good reason|with every reason)
pattern: ^ (understandably|rightly|justifiably|quite rightly|rightfully|and rightly|and understandably|and with good reason) (so|.|!|,)
weight: 1.0
kind: generic
match: You expected it by Friday, and rightly so.
match: You were worried, and with good reason.
match: You're fed up with us. Understandably so.

# ---------------------------------------------------------------------------------------------
# Perspective taking: "I'd be upset too", "anyone would be frustrated"
# ---------------------------------------------------------------------------------------------

[i-would-be-upset-too]
pattern: i would (be|feel|have been|have felt) [so|really|very|just as|equally|pretty|also|definitely|absolutely|incredibly] (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected) (too|as well)
pattern: we would (be|feel|have been|have felt) [so|really|very|just as|equally|pretty|also|definitely|absolutely|incredibly] (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected) (too|as well)
pattern: i would (be|feel|have been|have felt) (just as|equally|every bit as|exactly as) (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: i would (be|feel|have been) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected) (in your (shoes|position|place|situation)|if (that|this|it) happened to me|if i were you)
pattern: i would (also|definitely|certainly|absolutely|probably|totally) (be|feel|have been) [so|really|very|pretty|incredibly] (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: i would (be|have been|feel) [so|really|absolutely|pretty] (livid|fuming|furious|seething|raging|beside myself|devastated|gutted|heartbroken|fed up|annoyed|frustrated|upset|disappointed|cross|mad) (.|!|!!|,|<emoji>|if (that|this|it) happened to me)
pattern: (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected) *3 (i|we) would (be|feel|have been|have felt) (too|as well|the same|in your (shoes|position|place))
weight: 2.5
kind: specific
match: Honestly, I'd be upset too.
match: I would have been just as confused by that email.
match: I'd be really annoyed in your position.
match: I would definitely be frustrated after three missed deliveries.
match: Honestly, I'd be fuming!
match: I would be gutted if that happened to me.
nomatch: I would be happy to check that for you.
match: We'd be cross too if our order vanished.
match: You sound upset, and honestly I would be too.
nomatch: I would be concerned if the router light is flashing red, so please check it.
nomatch: I would be happy to help with that.

[i-would-feel-the-same]
pattern: i would (feel|have felt|be feeling|probably feel|definitely feel|react|have reacted) (the same|the same way|exactly the same|exactly the same way|just the same|the exact same way)
pattern: (anyone|anybody|everyone|most people|any of us) would (feel|have felt|react|have reacted) (the same|the same way|exactly the same way|that way|like that)
pattern: in your (shoes|position|place|situation) , i would (feel|be|have felt|think) (the same|exactly the same|the same way)
weight: 1.0
kind: generic
match: I'd feel exactly the same way.
match: Most people would react the same way.
match: In your shoes, I would feel the same.

[anyone-would-be-frustrated]
pattern: (anyone|anybody|any of us|most people) (in your (position|shoes|situation|place)|in that situation) would (be|feel|have been|have felt) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: (anyone|anybody|everyone|any of us|most people|anyone else|any customer) would (be|feel|have been|have felt|get) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: who would not (be|feel|have been|have felt|get) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.5
kind: specific
match: Anyone would be frustrated after being cut off twice.
match: Any of us would have been upset by that.
match: Anyone in your position would be worried.
match: Honestly, who wouldn't be annoyed by that?

[dont-blame-you]
pattern: i (do not|can not|could not|really do not|honestly do not) blame you
pattern: (nobody|no one|who) (can|could|would) blame you
weight: 1.0
kind: generic
match: I don't blame you for asking for a refund.
match: Who could blame you?

[dont-blame-you-for-feeling]
pattern: i (do not|can not|could not) blame you for (being|feeling|getting) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: (nobody|no one|who) (can|could|would) blame you for (being|feeling|getting) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: I can't blame you for being annoyed.
match: Nobody could blame you for feeling let down.

[no-wonder-youre-upset]
pattern: [it is|that is] (no|small) wonder you (are|were|feel|felt|have been|would be|got|are feeling) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: It's no wonder you're frustrated.
match: No wonder you were confused by the second bill.

[not-surprised-youre-upset]
pattern: i am (not|not at all|not remotely|hardly) surprised [that] you (are|were|feel|felt|have been|would be|are feeling) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: I'm not surprised you're upset after that call.

# ---------------------------------------------------------------------------------------------
# Legitimising the reaction: "you have every right", "your frustration is understandable"
# ---------------------------------------------------------------------------------------------

[every-right-to-feel]
pattern: you have (every|all the|each and every|a perfect) right to (be|feel) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: you are (right|absolutely right|quite right|completely right|totally right|justified|entitled|fully entitled|within your rights) to (be|feel) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.5
kind: specific
match: You have every right to be upset about this.
match: You're absolutely right to be concerned.
match: You are entitled to feel let down.

[good-reason-to-feel]
pattern: you (have|had) (good|every|more than enough|plenty of|real) reason to (be|feel) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: You have good reason to be annoyed with us.

[every-right-to-expect]
pattern: you have every right to (expect|ask|know|question|complain|raise|demand|an answer|an explanation|a refund|be told|be informed|feel that way)
pattern: you are (well|fully|entirely|completely|perfectly|absolutely|quite) within your rights to
pattern: you have every right (.|!|,)
weight: 1.0
kind: generic
match: You have every right to expect a straight answer.
match: You're well within your rights to ask for a refund.

[right-to-expect]
pattern: you (are|were) [absolutely|completely|totally|quite|so|perfectly|entirely|definitely] right to (expect|chase|query|want|insist|push back|complain|double check|worry|be cautious|be careful|be wary|be suspicious|be annoyed with us|hold us to)
weight: 1.0
kind: generic
match: You're right to expect better communication from us.
match: You were absolutely right to push back on that fee.

[youre-not-wrong]
pattern: you are (not|definitely not|certainly not|absolutely not|not at all) wrong
weight: 1.0
kind: generic
match: You're not wrong, the wait has been far too long.

[perfectly-fair-concern]
pattern: (that is|this is|it is|you raise|you have raised|you have) a (perfectly|completely|totally|entirely) (fair|valid|reasonable|legitimate|understandable) (concern|question|request|complaint|criticism|worry|point|thing to ask|thing to want|ask)
pattern: (that is|this is|it is|you raise|you have raised) a (very valid|really valid|really fair|very legitimate|very reasonable) (concern|complaint|criticism|worry|point)
pattern: (that is|this is|it is|you raise|you have raised|you make|you have|that was) (a|such a) (fair|valid|legitimate|justified|reasonable) (concern|complaint|criticism|gripe|grievance|worry|frustration|ask|request)
pattern: (that is|this is|it is|that was) (totally|completely|perfectly|entirely|absolutely|very) (fair|valid|reasonable|legitimate) (.|!|!!|,|and|enough)
weight: 1.0
kind: generic
match: That's a perfectly fair question.
match: You raise a completely valid concern.
match: It is a really valid point.
nomatch: Good question! The store opens at nine.
match: Sorry the app logged you out twice, that's a fair complaint.
match: That's completely fair, nobody likes a surprise bill.
nomatch: That is a fair price for the upgrade.

[concern-is-valid]
pattern: (these are|those are|they are|both are|both of these are) [all|completely|totally|very|really|perfectly] (valid|legitimate|fair|reasonable|understandable) (concerns|points|questions|complaints|feelings|worries)
pattern: your (concern|concerns|complaint|feedback|point|question|request|feelings|reaction|expectation|expectations) (is|are) [completely|totally|entirely|perfectly|absolutely|very|so|quite] (valid|legitimate|justified|fair|reasonable|warranted|understandable|well founded)
weight: 1.0
kind: generic
match: Your concern is completely valid.
match: These are completely valid concerns.
match: Your feelings are valid, and we want to put this right.
nomatch: Your question is in the queue.

[frustration-is-understandable]
pattern: your (frustration|disappointment|annoyance|anger|upset|worry|worries|anxiety|stress|irritation|confusion|distress|exasperation|unhappiness|displeasure) (is|are|was) [completely|totally|entirely|perfectly|absolutely|very|so|quite] (understandable|justified|valid|warranted|legitimate|fair|reasonable|natural|normal|well founded)
pattern: your (frustration|disappointment|annoyance|anger|upset|worry|worries|anxiety|stress|irritation|confusion|distress|exasperation|unhappiness|displeasure) *5 (is|are|was) [completely|totally|entirely|perfectly|absolutely] (understandable|justified|valid|warranted|legitimate|fair|reasonable|natural|well founded)
weight: 2.5
kind: specific
match: Your frustration is completely understandable.
match: Your disappointment is totally justified.
match: Your annoyance over the repeated calls is completely justified.

[frustration-makes-sense]
pattern: (your|the) (frustration|disappointment|annoyance|anger|upset|worry|anxiety|stress|confusion|reaction) (makes|made) [complete|total|perfect|absolute] sense
weight: 2.0
kind: specific
match: Your frustration makes complete sense.

[reasonable-reaction]
pattern: (that is|it is|that was|this is) (a|an) [completely|totally|perfectly|entirely|very|really] (fair|reasonable|understandable|natural|valid|legitimate|normal|human) (reaction|response|way to feel|thing to feel|feeling|expectation|thing to expect|assumption)
weight: 1.5
kind: specific
match: That's a completely natural reaction.
match: It is a reasonable expectation.

[not-too-much-to-ask]
pattern: (it is|that is|this is) (not|hardly|by no means|in no way|certainly not|definitely not) (too much|unreasonable|a lot) to (ask|expect|want)
weight: 1.0
kind: generic
match: That's not too much to ask.
match: It is hardly unreasonable to expect a reply.

# ---------------------------------------------------------------------------------------------
# "I understand how frustrating this is" and its relatives (longer than plain "I understand")
# ---------------------------------------------------------------------------------------------

[understand-how-frustrating]
pattern: (i|we) *1 understand (how|just how) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking)
pattern: (i|we) *1 understand (how|just how) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking) (this|that|it|all of this) (is|must be|must have been|has been|was|can be|must feel)
weight: 2.0
kind: specific
match: I understand how frustrating this must be.
match: I completely understand how stressful this has been.
match: We understand how inconvenient it is to wait in.
match: I understand how unnerving it can be to see an unknown charge.

[know-how-frustrating]
pattern: (i|we) *1 (know|appreciate|realise|realize|recognise|recognize|hear|see|get) (how|just how|exactly how) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking)
pattern: i *1 (know|appreciate|realise|realize|recognise|recognize) how *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking) (this|that|it) (is|must be|can be|has been|was|gets)
weight: 2.0
kind: specific
match: I know how frustrating it is when a refund takes this long.
match: I totally get how annoying that is.
match: We appreciate how disappointing this has been.
nomatch: We know how to reset the router remotely.

[cant-imagine-how-frustrating]
pattern: i (can not|could not|honestly can not|really can not) imagine (how|just how) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking)
pattern: i (can not|could not) *1 imagine how *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking) (this|that|it) (is|must be|must have been|has been|was|would be|can be)
weight: 2.0
kind: specific
match: I can't imagine how stressful that must have been.

[see-how-frustrating]
pattern: (i|we) (can|could) *1 (see|tell|appreciate|understand|imagine) (how|just how) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking)
pattern: i can *1 (see|tell|appreciate|understand|imagine) how *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking) (this|that|it) (is|must be|must have been|has been|was|would be|can be)
pattern: (i|we) (can|could) *1 (see|understand|appreciate) why *6 (would be|was|is|would have been|must be|must have been|has been|felt|seemed|looked) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking)
weight: 2.0
kind: specific
match: I can see how frustrating this has been for you.
match: I can only imagine how stressful that was.
match: I can certainly appreciate how inconvenient this is.
match: I can see why two bills in one week would be worrying.
nomatch: I can see how the order was split into two parcels.

[understand-this-is-frustrating]
pattern: i *1 (understand|know|realise|realize|appreciate|recognise|recognize|get|see|hear) *2 (is|has been|was|must be|must have been|can be|would be) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking)
pattern: we *1 (understand|know|realise|realize|appreciate|recognise|recognize|can see|can imagine) *2 (is|has been|was|must be|must have been|can be|would be) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|embarrassing|gutting|heartbreaking)
pattern: (i|we) *1 (understand|know|get|realise|realize|appreciate|see) [that] its *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking)
weight: 2.0
kind: specific
match: I understand this is frustrating.
match: I know that this has been really stressful.
match: We realise the wait has been disappointing.
match: I know its annoying to wait in for a courier.
nomatch: I know the new version is faster.

[hear-how-upset]
pattern: i (can|could) *1 (hear|tell|see|sense|imagine|understand|appreciate) (how|just how) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected) you
pattern: i (can|could) *1 (hear|tell|see|sense|imagine|understand|appreciate) (that|why) you *3 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: i (hear|see|get) how *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected) you
weight: 2.0
kind: specific
match: I can hear how upset you are.
match: I can tell that you're really worried about the deposit.
match: I can see why you'd be annoyed.
match: I hear how frustrated you are.

[understand-why-upset]
pattern: (i|we) *1 (understand|get|know|see|hear) (why|that) you *3 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: (i|we) *1 (know|realise|realize|understand|appreciate|recognise|recognize) you *3 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: (totally|completely|fully|absolutely|definitely|really|so) (get|understand|see) (why|how) you *3 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: I completely understand why you're disappointed.
match: I know you're frustrated with how long this has taken.
match: We realise you have been really inconvenienced by this.
match: Oh no, totally get why you're disappointed.
nomatch: I understand that you were charged twice.

[understand-your-frustration]
pattern: i [completely|totally|fully|really|truly|absolutely|definitely|do|can|certainly|genuinely] understand (your|the|all of your) (frustration|disappointment|annoyance|anger|upset|stress|worry|worries|anxiety|irritation|distress|exasperation|unhappiness|displeasure)
pattern: we [completely|totally|fully|really|truly|absolutely|definitely|do|can|certainly] understand (your|the) (frustration|disappointment|annoyance|anger|upset|stress|worry|worries|anxiety|irritation|distress|exasperation|unhappiness|displeasure)
pattern: i [completely|totally|fully|really|absolutely|definitely] get (your|the) (frustration|disappointment|annoyance|anger|upset|stress|worry|anxiety|irritation)
pattern: (i|we) [completely|totally|fully|really|truly|absolutely|definitely|do|can|certainly] (appreciate|respect|acknowledge) (your|the|all of your) (frustration|disappointment|annoyance|anger|upset|stress|worry|worries|anxiety|irritation|distress|exasperation|unhappiness|displeasure)
weight: 1.5
kind: specific
match: I understand your frustration with the repeated delays.
match: We completely understand your disappointment.
match: I totally get the frustration.
match: We appreciate your frustration with the billing change.
nomatch: We appreciate your patience while we look into it.
nomatch: I understand your question about the invoice.

[share-your-frustration]
pattern: (i|we) [completely|totally|fully|really|truly|absolutely|definitely|do|can] (share|feel|hear|see|sense|recognise|recognize|acknowledge) your (frustration|disappointment|annoyance|anger|upset|stress|worry|worries|anxiety|irritation|distress|exasperation|pain)
weight: 2.0
kind: specific
match: I share your frustration here.
match: I really hear your frustration.
match: We recognise your disappointment.

[hear-the-frustration]
pattern: i (can|could) *1 (hear|tell|see|sense|feel) (your|the) (frustration|disappointment|anger|upset|stress|worry|anxiety|exasperation|annoyance) [in your (message|email|voice|words|reply|messages)]
weight: 2.0
kind: specific
match: I can hear the frustration in your message.
match: I can really sense your disappointment.

[understand-how-you-feel]
pattern: (i|we) *1 (understand|know|get|see|appreciate|can imagine|can see|can understand) how you (feel|are feeling|must feel|must be feeling|felt|might feel|may feel|would feel)
pattern: (i|we) *1 (understand|appreciate|respect|acknowledge|recognise|recognize|hear) (your feelings|how you are feeling|your side of things|your side|your side of the story|how this has made you feel|how this made you feel)
weight: 1.0
kind: generic
match: I understand how you feel.
match: I respect your feelings on this.
match: I understand how this has made you feel.
match: We know how you must be feeling right now.
match: We hear your side, and we'll review the decision.

[see-why-you-feel-that-way]
pattern: i (can|could) *1 (see|understand|appreciate) why you (feel|felt|would feel|might feel|may feel) (that way|this way|like that|like this|the way you do)
pattern: (i|we) *1 (understand|get|see) why you (feel|felt|would feel|might feel) (that way|this way|like that|like this|the way you do)
weight: 1.0
kind: generic
match: I can see why you feel that way.
match: I totally get why you feel like that.

[know-the-feeling]
pattern: i (know|understand|remember) (the feeling|that feeling|exactly how that feels|how that feels|how it feels|what that is like|what it is like|what it feels like)
pattern: (totally|completely|definitely|absolutely|we all|we) (get|know) (the|that) *1 feeling (.|!|!!|,|<emoji>|and|too)
weight: 1.0
kind: generic
match: I know the feeling, and I'm sorry.
match: I know what it's like to wait in all day.
match: Monday outages, totally get the feeling!
nomatch: I get the feeling the courier took a wrong turn.

[been-there]
pattern: (i have|we have|we have all|we have each|i have definitely) been there (.|!|,|too|myself|before)
weight: 1.0
kind: generic
match: We've all been there!
match: I've been there myself.

[i-feel-the-same]
pattern: i (feel|felt|really feel|honestly feel) (the same|the same way|exactly the same|exactly the same way)
weight: 1.0
kind: generic
match: I feel the same way about surprise fees.

[can-only-imagine]
pattern: i can (only|just|well|certainly|definitely|totally|absolutely|easily) imagine
pattern: i can imagine (how|what) (that|this|it) (must|would|might) (feel|have felt|be like|have been like)
weight: 1.0
kind: generic
match: I can only imagine.
match: I can imagine what that must have been like.

[imagine-your-frustration]
pattern: i can [only|just|well|certainly|definitely|totally|absolutely|easily] imagine (your|the) (frustration|disappointment|stress|worry|anxiety|annoyance|inconvenience|upset|distress|hassle|panic|shock)
pattern: i can *1 imagine (that|it|this) (must be|must have been|would be|was|is) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|embarrassing|gutting|heartbreaking)
weight: 2.0
kind: specific
match: I can only imagine your frustration.
match: I can imagine that must be really confusing.

[important-to-you]
pattern: (i|we) *1 (know|understand|realise|realize|appreciate|recognise|recognize|get|can see|can imagine) how (important|urgent|vital|crucial|critical|valuable|precious|essential|time sensitive) *3 (to you|for you|to your (business|family|team))
pattern: (i|we) *1 (know|understand|realise|realize|appreciate|recognise|recognize|get) how (important|urgent|vital|crucial|critical|valuable|precious|essential) *2 (is|are|was)
weight: 1.5
kind: specific
match: I know how important this is to you.
match: I understand how important it is for you to have it before the weekend.
match: We realise how urgent your order is.

[means-so-much]
pattern: (i|we) *1 (know|understand|realise|realize|appreciate|can see) how much (this|that|it|your order|the trip|the event|this gift|this order|the booking) (means|meant|matters|mattered) [to you]
weight: 1.5
kind: specific
match: I know how much this means to you.

[your-time-is-valuable]
pattern: (i|we) *1 (know|understand|realise|realize|appreciate|recognise|recognize) [that] your time is (valuable|precious|important|limited)
weight: 1.0
kind: generic
match: I know your time is valuable.

[understand-the-inconvenience]
pattern: i *1 (understand|appreciate|recognise|recognize|realise|realize|know|see|imagine) *2 (inconvenience|hassle|disruption|stress|worry|trouble|headache|upheaval|frustration|disappointment) (this|that|it|the delay|this issue) (has caused|is causing|caused|must have caused|must be causing|has created|has put you through|has meant)
pattern: i *1 (understand|appreciate|realise|realize|recognise|recognize|know) (this|that|it|the delay|this issue) (is|has been|was|must be|must have been|has caused|caused|is causing) *2 (inconvenience|hassle|disruption|headache|upheaval|nuisance|worry|stress|trouble|disappointment|frustration)
pattern: (i|we) *1 (understand|know|realise|realize|appreciate|can see|can imagine) *3 (is|was|has been|must be|must have been|came as|comes as|would be) *2 (shock|blow|nasty surprise|unwelcome surprise|disappointment|letdown|let down|headache|hassle|nightmare|worry)
weight: 1.5
kind: specific
match: I understand the inconvenience this has caused.
match: I appreciate this has been a real hassle.
match: We understand the new price came as a shock.

# ---------------------------------------------------------------------------------------------
# "You shouldn't have to..." — naming the burden
# ---------------------------------------------------------------------------------------------

[not-the-first-time]
pattern: (especially|particularly) (since|as|when|after|given that|because|now that) (this|it) (is|was|has been) (not the first time|the second time|the third time|happening again|a repeat|an ongoing problem|going on for so long)
pattern: (especially|particularly) (after|when) you have (already|been|had to|asked|called|contacted us|tried|waited)
weight: 1.5
kind: specific
match: That's maddening, especially as this isn't the first time.
match: I'm sorry, especially after you've already called twice.

[on-top-of-everything]
pattern: on top of everything else (you are dealing with|you are going through|you have going on|you have had to deal with|that has happened|going on|you have on)
pattern: (when|while) you (are|were) already (dealing with|going through|coping with|juggling|managing) (so much|a lot|enough|everything else|a move|a house move|a new baby|an illness|a busy week)
weight: 1.5
kind: specific
match: Having the boiler fail on top of everything else you're dealing with is a lot.
match: And all this while you're already dealing with a house move.
nomatch: On top of everything else, we've added a credit to your account.

[worst-possible-time]
pattern: (this|that|it) (happened|came|comes|hit|broke|went wrong|failed|stopped working|arrived late) at (the worst possible time|the worst time|such a bad time|a really bad time|a terrible time|the worst possible moment|an awful time|a really awkward time)
pattern: (the|that) timing (could not|could not have|really could not have|could hardly have) (be|been) worse
pattern: (is|was|what|such|that is) (the worst|terrible|awful|rotten|horrible|really bad|dreadful|the worst possible|cruel) timing
weight: 1.5
kind: specific
match: It broke at the worst possible time.
match: The timing couldn't have been worse.
match: A power cut the night before your exam is the worst timing.

[never-nice-to-find]
pattern: (it is|that is|it is just|it is certainly|it is definitely) (never|not|not ever|no) (nice|pleasant|fun|a nice feeling|a good feeling|a great feeling|a nice surprise|a welcome surprise) (to|when|finding|seeing|getting)
pattern: (such a|a really|a|an|what a|the worst) (grim|horrible|awful|rotten|miserable|nasty|horrid|upsetting|stressful|disappointing|frustrating|sad|unpleasant|gutting|horrible) thing to (open|find|come home to|receive|discover|see|wake up to|deal with|happen|go through|unbox|hear|read)
weight: 1.5
kind: specific
match: It's never nice to find an unexpected charge on your statement.
match: It is not a nice feeling when a parcel goes missing.
match: A leaking box is such a horrible thing to come home to.

[shouldnt-have-to-deal-with]
pattern: you (should not|should never) (have to|have had to|ever have to) (deal with|go through|put up with|cope with|handle|sort out) (this|that|any of this|all of this|all this|such|it|these|something like this)
weight: 1.5
kind: specific
match: You shouldn't have to deal with this on your day off.
match: You should never have had to go through all of this.
nomatch: You shouldn't have to restart it again after this update.

[shouldnt-have-to-chase]
pattern: you (should not|should never) (have to|have had to|ever have to) (chase|keep chasing|keep calling|keep asking|keep contacting|keep following up|repeat yourself|explain (this|it|yourself|everything) again|wait this long|wait so long|wait that long|fight|ask twice|ask again|call us again|call twice|jump through hoops|spend (hours|so long|this long|your time)|pay for our mistake|worry about (this|that|it))
pattern: you (should not|should never) (need to|have needed to) (chase|keep chasing|keep calling|repeat yourself|ask twice|fight)
weight: 1.5
kind: specific
match: You shouldn't have to chase us for a refund.
match: You should not have had to repeat yourself.
nomatch: You shouldn't have to enter your password again.

[no-one-should-have-to]
pattern: (no one|nobody|no customer|no one else|none of our customers) should (have to|ever have to|have had to|need to) (deal with|go through|put up with|wait|chase|experience|face|cope with|repeat)
weight: 1.5
kind: specific
match: Nobody should have to wait three weeks for a refund.
match: No one should have to put up with that.

[should-have-been-told]
pattern: you (should have been|ought to have been|deserved to be|deserve to be) (told|informed|notified|updated|warned|contacted|called|kept informed|kept updated|kept in the loop|kept posted|given a heads up|given notice|given more notice|given an update|given a clear answer|given a straight answer)
pattern: (we|someone|somebody) (should have|really should have|ought to have) (told|informed|notified|updated|warned|contacted|called) you
weight: 1.5
kind: specific
match: You should have been told about the delay straight away.
match: Someone should have called you back.

# ---------------------------------------------------------------------------------------------
# "This isn't the experience you should have had" — accepting that they were let down
# ---------------------------------------------------------------------------------------------

[not-the-experience-you-deserve]
pattern: (this|that|it) (is not|was not|is definitely not|is certainly not|is absolutely not|is far from|was far from|is not at all|was not at all|is nowhere near) (the|a|the kind of|the level of) (experience|service) (you should have had|you deserve|you deserved|you should expect|you expected|you should have received|we want you to have|we want our customers to have|we aim to provide|we strive for|you have come to expect|you should have gotten)
pattern: (this|that) (is not|was not|is far from) (the|a|the kind of) (day|morning|evening|night|weekend|week|start|welcome|birthday|holiday|trip|journey|flight|stay|delivery|first impression|homecoming|surprise|unboxing|treatment|finish|end) *3 (you deserve|you deserved|you should have had|you were hoping for|you had in mind|you wanted|you were looking forward to|anyone deserves|anyone should have)
weight: 1.5
kind: specific
match: This isn't the experience you should have had.
match: That is not the start to your holiday you were hoping for.
match: That was not the welcome you deserved after a long flight.
match: That was far from the level of service you deserve.
nomatch: This is the experience you deserve, enjoy your stay.

[not-what-you-expected]
pattern: (this|that|it) (is not|was not|is definitely not|is certainly not|is clearly not|is absolutely not) (what you (expected|paid for|signed up for|were promised|were expecting|were hoping for|deserve|deserved|should have received|should expect)|how (it|things|this) should (be|have gone|have been handled|work)|how you should (be treated|have been treated|be spoken to))
weight: 1.5
kind: specific
match: This is not what you paid for.
match: That isn't how you should have been treated.

[you-deserve-better]
pattern: you (deserve|deserved|should have had|should have received|should have gotten) (better|much better|far better|so much better|a lot better|better than (this|that))
pattern: you (deserve|deserved|should have had|should have received|should have gotten) (a|a much|a far|much|far|a lot) (better|smoother|easier|faster|quicker|clearer) (experience|service|response|answer|outcome|explanation|reply|journey|delivery)
weight: 1.5
kind: specific
match: You deserve better than this.
match: You deserved a much smoother experience.
nomatch: You deserve a break this weekend!

[you-were-let-down]
pattern: you (were|have been|feel|felt) (let down|badly let down|really let down|failed|poorly served|treated unfairly|left in the dark|kept in the dark|left waiting|kept waiting|passed around|passed from pillar to post|given the runaround|given the run around|left out of pocket)
weight: 1.5
kind: specific
match: You were left in the dark for far too long.
match: You have been given the runaround, and that stops now.

[shouldnt-have-happened]
pattern: (this|that|it|any of this|what happened) (should not|should never|never should|should not ever) have (happened|been the case|been allowed to happen|gone (this|that) way)
pattern: (none of this|none of that) should have happened
weight: 1.5
kind: specific
match: This should never have happened.
match: None of this should have happened.

[not-okay]
pattern: (that|this|what happened|what you experienced) (is|was) (not|just not|simply not|definitely not|absolutely not|really not|certainly not|clearly not) (okay|acceptable|fair) (.|!|!!|,|at all|and|to you|on us|for you|in any way)
weight: 1.5
kind: specific
match: That's not okay, and I'm sorry it happened.
match: What happened is just not fair to you.
nomatch: That's not okay to share publicly, so please send it privately.
nomatch: That's not acceptable language for this channel.

[unacceptable]
pattern: (that|this|what happened) (is|was) [completely|totally|absolutely|simply|just|really|clearly|entirely] (unacceptable|not on) (.|!|!!|,|and|at all)
weight: 1.5
kind: specific
match: Three missed deliveries? That's completely unacceptable.
nomatch: This is unacceptable behaviour in our chat.

[unfair-to-you]
pattern: (that|this|what happened|it) (is|was|seems|feels) [so|really|very|completely|totally|deeply] unfair (to|on|for) you
pattern: (that is|that was|this is|it is|that seems|that feels) (so|really|very|completely|totally|deeply|just|pretty) unfair (.|!|!!|,|and)
pattern: (that is|that was|this is|it is) (not|just not|really not|definitely not|certainly not) fair (on|to) you
weight: 1.5
kind: specific
match: That seems really unfair to you.
match: Being billed for a cancelled plan? That's so unfair.
match: That isn't fair on you at all.

[know-its-not-ideal]
pattern: (i|we) *1 (know|realise|realize|understand|appreciate|recognise|recognize) (this|that|it|that this|that it) (is not|is far from|was not|is definitely not|is certainly not) (ideal|what you wanted to hear|the news you wanted to hear|great|convenient|easy|fun|much fun|what anyone wants)
weight: 1.0
kind: generic
match: I know this isn't ideal.
match: I realise that this isn't what you wanted to hear.

[last-thing-you-need]
pattern: (that|this|it) (is|was) (the last thing|the very last thing) (you need|you needed|you want|you wanted|anyone needs|anyone wants|you were expecting)
pattern: (that|this|it) (is|was) (not|never) (what|something) anyone (wants|wanted|needs|needed) to (hear|deal with|go through|come home to)
weight: 1.5
kind: specific
match: That's the last thing you need before a trip.
match: That is not something anyone wants to come home to.

[lot-to-deal-with]
pattern: you (have|have got|already have|have had) (a lot|so much|enough|more than enough|plenty) (going on|on your plate|to deal with|to worry about)
pattern: (that is|that was|this is|this has been|that has been|it is|it has been|that sounds like|this sounds like) (a lot|so much|a great deal|far too much|too much|more than enough|quite a lot) (to deal with|to handle|to go through|to put up with|to manage|to take in|on your plate)
weight: 1.5
kind: specific
match: That's a lot to deal with in one week.
match: You have enough on your plate already.
match: This has been far too much to put up with.

[been-through-a-lot]
pattern: you have (been through|had to deal with|dealt with|put up with|had to put up with|gone through|had to go through) (a lot|so much|enough|more than enough|quite a lot|a great deal|far too much|too much|a real ordeal|an ordeal)
pattern: after (everything|all|all that|all of this|everything that) you have (been through|dealt with|had to deal with|gone through|put up with)
weight: 1.5
kind: specific
match: You've been through a lot with this order.
match: After everything you've been through, you deserve a quick fix.

[tested-your-patience]
pattern: (this has|this must have|that has|that must have|we have|it has|the delay has|this has really|the wait has) (tested|stretched|tried) your patience
pattern: would (test|try|stretch|have tested|have tried) (anyone's|anybody's|everyone's|anyone is|anybody is|everyone is|the patience of a saint)
weight: 1.5
kind: specific
match: This has really tested your patience.
match: Four missed callbacks would test anyone's patience.

[youve-had-a-frustrating-time]
pattern: you have (had|been having|been through|dealt with|had to deal with) *2 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|distressing|unsettling|overwhelming|exhausting|aggravating|disheartening|difficult|hard|tough|rough|awful|horrible|terrible|miserable|embarrassing|gutting|heartbreaking) (time|experience|day|week|few days|start|morning|journey|ordeal|wait|time of it|situation|process)
pattern: you (had|went through|are having|were having|got) *2 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|distressing|unsettling|overwhelming|exhausting|aggravating|disheartening|difficult|hard|tough|rough|awful|horrible|terrible|miserable|embarrassing|gutting|heartbreaking) (time|experience|day|week|few days|start|morning|journey|ordeal|wait|time of it|situation|process)
weight: 2.0
kind: specific
match: You've had such a frustrating week with this.
match: You had a really rough time with the installers.
nomatch: You had a great time at the show, we hope!

[waiting-is-frustrating]
pattern: (waiting|waiting around|being kept waiting|chasing|having to chase|not knowing|being left in the dark|delays like this|long waits) *4 (is|are|can be|gets|has been) [so|really|incredibly|very|extremely|super] (frustrating|stressful|annoying|tiring|exhausting|worrying|nerve wracking|unsettling|upsetting|maddening)
pattern: (waiting|waiting around|being kept waiting|delays|long waits|chasing|having to chase) (is|are|can be) (never|no|not|not much|hardly) (fun|easy|pleasant|ideal)
weight: 1.5
kind: specific
match: Waiting for a refund is so stressful.
match: Being kept waiting is never fun.

[gerund-is-frustrating]
pattern: ^ (being|losing|getting|having|finding|missing|dealing with|coming home to|paying|receiving) *8 (is|was|would be|must be|must have been|has been|can be|sounds) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|maddening|infuriating|exasperating|irritating|aggravating|disheartening|exhausting|embarrassing|gutting|heartbreaking|awful|horrible|miserable|nerve wracking|rough|draining)
pattern: , (being|losing|getting|having|finding|missing|dealing with|coming home to) *8 (is|was|would be|must be|must have been|has been|can be|sounds) *1 (frustrating|annoying|stressful|upsetting|disappointing|worrying|maddening|infuriating|exasperating|irritating|aggravating|disheartening|exhausting|embarrassing|gutting|heartbreaking|awful|horrible|miserable|nerve wracking|rough|draining)
pattern: ^ (being|losing|getting|having|finding|missing|dealing with|coming home to) *8 (sucks|really sucks|totally sucks|is the worst|is no fun|is never fun|is a nightmare|is a pain)
weight: 1.5
kind: specific
match: Being charged for a month you cancelled is frustrating.
match: Losing a whole week of photos is genuinely gutting.
match: Ah, having the heating fail in January is awful.
match: Getting two different answers from us sucks.
nomatch: Getting a replacement out to you is easy.
nomatch: Having your order number to hand is helpful.

[nobody-likes]
pattern: (nobody|no one) (wants|likes|expects) (hidden fees|extra fees|surprise fees|to be overcharged|being overcharged|to be charged twice|to lose their data|losing their data|to lose their photos|to lose their work|being cut off|to be cut off|to be stranded|being stranded|to miss out)
pattern: (nobody|no one) (likes|wants|enjoys|deserves) (to wait|waiting|being kept waiting|surprise charges|unexpected charges|being charged twice|being left in the dark|chasing|having to chase|to be kept waiting|to be left in the dark|a late delivery|late deliveries|a damaged (parcel|order|item|package)|to repeat themselves|repeating themselves|delays|surprises like that)
pattern: (nobody|no one) (wants|likes|needs|enjoys|expects) (that|this) (.|!|!!|,|and)
pattern: (nobody|no one) (wants|likes|enjoys|expects|deserves) to (spend|waste|lose|sit|be stuck|be left|be charged|be billed|hang around|deal with|chase|repeat|go without|miss|start their|end their|come home to)
weight: 1.5
kind: specific
match: Nobody likes surprise charges on their bill.
match: No one wants to lose their photos.
match: No one wants to be left in the dark.
match: Nobody wants that, least of all on a Friday night.
match: Nobody wants to spend a Saturday waiting for an engineer.

[hate-when-that-happens]
pattern: i (hate|really hate|hate it|really hate it|absolutely hate it) when (that|this|it|something like that) happens
pattern: [there is] nothing (more|quite as|as) (frustrating|annoying|stressful|disappointing|infuriating|maddening|irritating) (than|as)
weight: 1.5
kind: specific
match: I hate it when that happens.
match: There's nothing more frustrating than a parcel that never shows up.

[thats-the-worst]
pattern: (that|this) (is|was|has got to be) (the worst|the absolute worst|just the worst|never fun|no fun|not fun|not fun at all|such a pain|a real pain) (.|!|!!|,)
pattern: (is|are) (the worst|the absolute worst|just the worst) (.|!|!!|,)
pattern: it is (the worst|the absolute worst|just the worst|no fun|never fun|such a pain|a real pain) when
weight: 1.5
kind: specific
match: Ugh, that's the worst!
match: That is no fun, I know.
match: Oh no, a flat tyre on a new bike is the worst!
match: It's the worst when a login code never arrives.

[thats-a-shame]
pattern: (that is|this is|it is|that was) (a|such a|a real|a total|a huge|a big|a massive) (shame|bummer|pain|nuisance|letdown|let down|hassle|headache|disappointment|drag|nightmare)
weight: 1.5
kind: specific
match: That's such a shame after all the planning.
match: It is a real hassle, and I'm sorry.
nomatch: It's no hassle at all to change the date.

[upsetting-to-hear]
pattern: (this|that|it) (is|was) [so|really|very|incredibly|truly|deeply|quite] (saddening|upsetting|disappointing|concerning|troubling|frustrating|awful|terrible|distressing|worrying|alarming|heartbreaking|sad) to (hear|read|learn|see)
weight: 1.5
kind: specific
match: This is saddening to hear.
match: That is really upsetting to read.

[sad-to-hear]
pattern: (i|we) (hate|really hate|hated) (to hear|hearing|to read|reading|to learn) (this|that|about this|about that|about your|that your|that you)
pattern: i am [so|really|very|truly|genuinely|deeply|incredibly] (disappointed|sad|saddened|upset|gutted|concerned|troubled|dismayed|alarmed) to (hear|learn|read|see)
weight: 1.5
kind: specific
match: I'm really sad to hear the gift arrived broken.
match: I hate to hear that the replacement broke too.

[frustrated-for-you]
pattern: i am [so|really|truly|genuinely|very|incredibly] (frustrated|upset|annoyed|sad|gutted|disappointed|devastated|heartbroken|angry) (for you|on your behalf|with you)
weight: 2.0
kind: specific
match: I'm so frustrated for you.
match: I am genuinely disappointed on your behalf.

[feel-for-you]
pattern: i [really|truly|genuinely|honestly|do|totally] feel for you
pattern: (my|our) heart goes out to you
weight: 1.5
kind: specific
match: I really feel for you.
match: My heart goes out to you.

[i-would-hate-that-too]
pattern: i would (hate|be unhappy with|be annoyed by|be frustrated by|be upset by) (that|this|it) (too|as well|myself)
pattern: i would not be (happy|pleased|impressed|thrilled|satisfied) (either|with that|about that|with that either|in your (shoes|position|place))
weight: 1.5
kind: specific
match: I'd hate that too.
match: I wouldn't be happy either.
match: I would not be impressed in your position.

[drive-anyone-mad]
pattern: (that|this|it) would (make|have made) (me|anyone|anybody|any of us) [so|really|very|pretty] (frustrated|upset|annoyed|angry|mad|cross|furious|livid|worried|nervous|anxious|sad)
pattern: i would (be|have been) (pulling|tearing) my hair out
pattern: would (bug|annoy|frustrate|irritate|bother|upset|worry|stress out|infuriate|wind up) me (too|as well|no end|to no end|just as much|as well)
pattern: would (annoy|frustrate|irritate|upset|infuriate|exasperate|stress out|wind up|try the patience of|test the patience of) (anyone|anybody|everyone|any of us|most people|a saint)
pattern: would make (me|anyone|anybody|any of us|most people|everyone) (rage|rage quit|scream|want to scream|want to cry|want to give up|lose it|lose their cool|lose their mind|tear their hair out|pull their hair out|see red|fume)
pattern: would (drive|have driven) (me|anyone|anybody|most people|any of us|everyone|us) (mad|crazy|up the wall|round the bend|around the bend|nuts|bonkers|insane|to distraction|spare)
weight: 2.0
kind: specific
match: I'd be pulling my hair out!
match: That would drive anyone up the wall.
match: Two hours on hold would drive me mad.
match: Honestly, that kind of lag would bug me too.
match: Three reschedules in a row would exasperate anyone.
match: A crash right before saving would make anyone want to scream.
nomatch: It would bother me to leave this unresolved, so I'll call the depot.
match: That would make me really angry too.

[i-would-want-the-same]
pattern: i would (want|expect|need|ask for|be asking for|demand|have expected|have wanted) (the same|answers|an explanation|a refund|a replacement|to know|an answer|the same thing|that too|better|more) (too|as well|in your (shoes|position|place|situation))
pattern: if i were (you|in your (shoes|position|place)) , i would (want|expect|ask for|be|feel) (the same|exactly the same|that too|answers|an explanation)
weight: 1.5
kind: specific
match: I'd want answers too.
match: If I were in your shoes, I would want the same.

# ---------------------------------------------------------------------------------------------
# "That sounds stressful", "what a hassle", "how frustrating"
# ---------------------------------------------------------------------------------------------

[sounds-stressful]
pattern: (that|this|it) (sounds|sounded) [so|really|incredibly|very|extremely|super|absolutely|truly|pretty|quite|awfully|just] (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|awful|horrible|terrible|rough|miserable|scary|embarrassing|gutting|heartbreaking|dangerous|frightening|unsafe)
pattern: ^ sounds [so|really|incredibly|very|extremely|super|absolutely|truly|pretty|quite|awfully|just] (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|awful|horrible|terrible|rough|miserable|scary|embarrassing|gutting|heartbreaking)
pattern: (that|this|it) sounds like (it was|it has been|it must have been|it is|you had|you have had|you have been having|you are having) *2 (frustrating|annoying|stressful|upsetting|disappointing|worrying|confusing|inconvenient|maddening|infuriating|exasperating|irritating|concerning|alarming|distressing|unsettling|unnerving|overwhelming|exhausting|aggravating|disheartening|nerve wracking|difficult|hard|tough|awful|horrible|terrible|rough|miserable|scary|embarrassing|gutting|heartbreaking)
weight: 2.0
kind: specific
match: That sounds really stressful.
match: That sounds dangerous, thank you for telling us straight away.
match: Sounds incredibly frustrating, I'm sorry.
match: It sounds like you've had a really difficult time with the app.
nomatch: It sounds like the router needs a restart.
nomatch: That sounds great, see you Friday!

[sounds-like-you-are-frustrated]
pattern: (that|this|it) sounds like you (are|were|have been|must be|are feeling|felt|got) *1 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: It sounds like you're really fed up with this.

[what-a-hassle]
pattern: what a (hassle|pain|nightmare|headache|letdown|let down|disappointment|ordeal|mess|shame|bummer|shock|worry|palaver|faff|drag|nuisance)
pattern: what an (ordeal|inconvenience|annoyance|absolute nightmare|absolute pain|awful experience|awful situation|unpleasant surprise|unwelcome surprise)
weight: 1.5
kind: specific
match: What a hassle, I'm sorry.
match: Oh no, what a nightmare!
match: What an ordeal.
nomatch: What a great photo of the new kitchen!

[what-a-frustrating-experience]
pattern: what (a|an|a really|an incredibly|a truly|such a) (frustrating|stressful|upsetting|disappointing|annoying|maddening|exhausting|horrible|terrible|awful|rotten|rough|miserable|infuriating|exasperating|aggravating|worrying|confusing|inconvenient) (experience|time|situation|ordeal|wait|process|delay|start|day|week|morning|evening|journey|mix up|thing to happen|way to start)
weight: 2.0
kind: specific
match: What a frustrating experience.
match: What a stressful way to start your holiday.

[how-frustrating]
pattern: [oh|oh no|ugh|oh dear|gosh|wow|oh man|oh gosh|argh|yikes] [,] how (frustrating|annoying|stressful|upsetting|disappointing|maddening|infuriating|exasperating|irritating|aggravating|disheartening|inconvenient|awful|horrible|terrible|rotten|worrying|unnerving|alarming|embarrassing|gutting|heartbreaking)
pattern: how (frustrating|annoying|stressful|upsetting|disappointing|maddening|infuriating|exasperating|irritating|aggravating|disheartening|inconvenient|awful|horrible|terrible|worrying|embarrassing|gutting|heartbreaking) (to|that|for you|it must be|this must be|it must have been|that must have been|that must be)
weight: 2.0
kind: specific
match: How frustrating!
match: How disappointing to get a damaged parcel.
match: Oh no, how annoying.
match: How stressful that must have been.

# ---------------------------------------------------------------------------------------------
# "It makes sense", "it's completely understandable"
# ---------------------------------------------------------------------------------------------

[makes-sense]
pattern: it (makes|made) [complete|total|perfect|a lot of|so much|absolute] sense (that you|why you|you would|for you to|you are|you were)
weight: 1.0
kind: generic
match: It makes sense that you'd want a replacement rather than a refund.

[makes-sense-to-feel]
pattern: it (makes|made) [complete|total|perfect|a lot of|so much|absolute] sense (that you|why you|you would|for you to) *2 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: It makes complete sense that you're worried.
match: It makes sense you would be confused by two invoices.

[completely-understandable]
pattern: (that is|this is|it is|that was|it was|which is) [completely|totally|perfectly|entirely|very|so|absolutely|quite|fully|more than] understandable
pattern: ^ (totally|completely|perfectly|entirely|very|absolutely|fully|quite) understandable
pattern: it is [completely|totally|perfectly|entirely|absolutely|quite|very] (understandable|reasonable|only fair|completely fair|totally fair) (that you|why you|you would|for you to|to want|to expect|to ask)
weight: 1.0
kind: generic
match: That's completely understandable.
match: Totally understandable!
match: It's understandable that you'd want to cancel.
nomatch: It is normal for you to see a pending charge for a few days.

[understandable-to-feel]
pattern: it is *1 (understandable|natural|normal|reasonable|only natural|okay|fair|only fair) (to|that you|you would|you are|for you to|that you are) *2 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
pattern: [totally|completely|perfectly|entirely|absolutely|very|quite|so] (understandable|natural|only natural|fair|only fair|reasonable) (that|why) you *2 (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected)
weight: 2.0
kind: specific
match: It's completely understandable to feel let down.
match: It's okay to be frustrated.
match: It is natural that you are worried about your data.
match: Totally understandable that you're anxious about the transfer.
match: Honestly, completely fair that you are annoyed.
nomatch: It is normal for you to be charged once a month.

[feeling-upset-is-natural]
pattern: (feeling|being) (frustrated|upset|annoyed|disappointed|angry|worried|concerned|stressed|confused|anxious|irritated|fed up|let down|exasperated|unhappy|mad|furious|disheartened|overwhelmed|inconvenienced|stressed out|nervous|cross|devastated|gutted|heartbroken|livid|embarrassed|shocked|panicked|fobbed off|misled|disrespected) (is|is completely|is totally|is perfectly|is entirely) (understandable|natural|normal|valid|fair|reasonable|justified)
weight: 2.0
kind: specific
match: Feeling anxious is completely natural after a scare like that.

[okay-to-feel-that-way]
pattern: it is (okay|fine|alright|all right|completely okay|totally okay|perfectly okay|perfectly natural|completely natural|natural|understandable) to feel (that way|this way|like that|like this|the way you do|how you do)
pattern: you are (allowed|entitled|fully entitled) to feel (that way|this way|like that|the way you do|how you do)
weight: 1.0
kind: generic
match: It's okay to feel that way.
match: You're entitled to feel the way you do.

[agree-with-you]
pattern: i [completely|totally|fully|absolutely|entirely|wholeheartedly|do|definitely|certainly|really] agree (with you|with your point|with what you said|that this (is|was|should|should not)|that it (is|was|should|should not)|that that (is|was|should|should not)|that you (are|should|deserve|should not))
pattern: i (could not|can not) agree (more|with you more)
weight: 1.0
kind: generic
match: I completely agree with you.
match: I couldn't agree more.
match: I agree that this should not have taken so long.
