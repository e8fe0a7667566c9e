# Emotions in the customer's message (not the reply): what replytone looks for when a Context
# carries the message, so it can tell whether the reply answered the feeling as well as the facts.
# Each entry's `kind` is the emotion, its `weight` the intensity it signals (0.5 mild .. 2.0 strong).
# Written by the replytone team from customer-service practice (complaint language, escalation
# cues); no licensed emotion lexicon was copied.
dimension: emotion

[frustrated]
kind: frustration
pattern: [so|really|very|extremely|incredibly|beyond] (frustrated|frustrating|fed up|sick of|tired of)
weight: 1.5
match: I'm so frustrated with this.
match: I'm fed up with waiting.
nomatch: Thanks, that fixed it.

[again-and-again]
kind: frustration
pattern: (again and again|over and over|for the (second|third|fourth|fifth|tenth|last) time|yet again|once again|every single time)
weight: 1.0
match: I have asked for the third time.
match: It broke yet again.

[still-not]
kind: frustration
pattern: (still|yet to) (have not|has not|had not|not|no|waiting|nothing|received|heard)
pattern: still (waiting|broken|not working|nothing|no reply|no answer|no response)
weight: 1.0
match: I still haven't received my refund.
match: Still waiting for an answer.

[no-one-answers]
kind: frustration
pattern: (nobody|no one|no-one) (has|is|will|ever|even) *2 (answer|answered|answering|reply|replied|replying|respond|responded|responding|help|helped|helping|call|called)
pattern: (no|not a single|not one) (reply|response|answer|call back|callback|update)
weight: 1.5
match: Nobody has answered my emails.
match: I've had no response in a week.

[waste-of-time]
kind: frustration
pattern: (waste|wasted|wasting) [of] (my|our) (time|money|day|weekend)
pattern: (waste of time|waste of money)
weight: 1.5
match: This is a waste of my time.

[ridiculous]
kind: anger
pattern: (ridiculous|unacceptable|outrageous|disgraceful|disgusting|appalling|shocking|pathetic|a joke|a scam|scammed|ripped off|rip off|useless|incompetent|terrible service|worst service|awful service)
weight: 2.0
match: This is completely unacceptable.
match: Your service is a joke.
match: I feel ripped off.

[angry]
kind: anger
pattern: [so|really|very|absolutely|extremely] (angry|furious|livid|mad|pissed|outraged|fuming|irate|infuriated|infuriating)
weight: 2.0
match: I am absolutely furious.
match: This is infuriating.

[threats]
kind: anger
pattern: (cancel|cancelling|canceling|close) my (account|subscription|membership|card|contract)
pattern: (report you|reporting you|leave a review|bad review|never (buy|order|shop|use) *3 again|take my business elsewhere|contact my lawyer|chargeback|dispute the charge)
weight: 1.5
match: I will never order from you again.
match: I'm going to cancel my subscription.

[caps-shout]
kind: anger
pattern: <caps> <caps> <caps>
weight: 1.0
match: WHERE IS MY ORDER
match: I WANT MY MONEY BACK

[exclaim]
kind: anger
pattern: (!!|?!)
weight: 0.5
match: Where is it?!
match: This is wrong!!

[worried]
kind: anxiety
pattern: [so|really|very|extremely|quite|a bit|a little] (worried|anxious|nervous|concerned|scared|afraid|stressed|stressful|panicking|panicked|uneasy)
pattern: (worried|concerned|afraid) (that|about)
weight: 1.5
match: I'm really worried about my account.
match: I am concerned that my card was used.

[fraud-fear]
kind: anxiety
pattern: (hacked|stolen|fraud|fraudulent|unauthorised|unauthorized|someone else|identity theft|not me|did not make this|did not authorize|did not authorise)
weight: 1.5
match: I think my account was hacked.
match: There is a charge I did not authorize.

[what-if]
kind: anxiety
pattern: (what if|will i lose|am i going to lose|will i still|is my (money|data|account|order) safe|is it safe)
weight: 1.0
match: What if the parcel is lost?
match: Is my money safe?

[confused]
kind: confusion
pattern: [really|very|so|a bit|a little|completely|totally] (confused|confusing|unclear|lost)
pattern: (does not make sense|makes no sense|no idea (how|why|what|where)|not sure (how|why|what|where|if|whether)|do not understand|can not figure out|can not work out|can not find)
weight: 1.0
match: I'm confused by the invoice.
match: It makes no sense.
match: I can't find the download link.
nomatch: I found it, thanks.

[how-do-i]
kind: confusion
pattern: (how do i|how can i|where do i|where can i|what do i need to|am i supposed to)
weight: 0.5
match: How do I change my address?

[disappointed]
kind: disappointment
pattern: [so|really|very|extremely|deeply|bitterly] (disappointed|disappointing|let down|gutted|upset|unhappy|sad|dissatisfied|not happy|not impressed)
weight: 1.5
match: I'm really disappointed with the quality.
match: Not happy at all.

[expected-better]
kind: disappointment
pattern: (expected better|expected more|used to be (good|great|better)|not what i (ordered|paid for|expected)|not as described|broken|damaged|faulty|defective|missing (item|items|parts|part|pieces))
weight: 1.0
match: The lamp arrived broken.
match: This is not what I ordered.

[urgent]
kind: urgency
pattern: (urgent|urgently|asap|as soon as possible|immediately|right now|right away|emergency|time sensitive|time-sensitive|desperately|critical)
weight: 1.5
match: Please fix this ASAP.
match: I need this urgently.

[deadline]
kind: urgency
pattern: (by|before) (today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|the end of the day|my flight|my trip|the wedding|christmas|the deadline)
pattern: (need|needed|needs) it (today|tomorrow|by|before|for)
weight: 1.0
match: I need it by Friday.
match: It has to arrive before my flight.
