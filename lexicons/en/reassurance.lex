# reassurance.lex — phrases that lower the customer's worry: it is not their fault, nothing is
# lost or charged, the problem is fixable, they do not need to do anything, the agent is glad to
# help ("it's not your fault", "no worries", "rest assured", "you won't be charged",
# "you're all set", "happy to help").
#
# Draws on: customer-service practice guides and de-escalation literature (removing blame from
# the customer, normalising small mistakes, stating plainly what will not happen to them).
# All phrasing was written by the replytone team; no licensed lexicon is copied.
#
# Scope notes:
# - Commitments about the agent's own actions ("I'll make sure this doesn't happen again",
#   "I'll take care of it", "leave it with me", "I'm on it") are ownership, not reassurance.
# - Offers of extras ("free of charge", "on the house", "at no cost") are proactive help.
# - Several patterns carry their own negator ("not your fault", "no worries", "don't worry",
#   "you won't be charged"): negation is only checked before a match, so they read as
#   reassurance. A negator just before the phrase still negates it ("I can't say it's not
#   your fault").
# - "no problem" and "not a problem" are anchored (sentence start, "it's", trailing
#   punctuation) so that "we found no problem with the line" or "this is not a problem we can
#   fix" are not read as reassurance.

dimension: reassurance

# ---------------------------------------------------------------------------------------------
# It is not your fault
# ---------------------------------------------------------------------------------------------

[not-your-fault]
pattern: (it is|this is|that is|it was|this was|that was|this is definitely|this is certainly|it is absolutely|it is honestly|this is really) not your fault
pattern: (it is|this is|that is|it was|this was|that was) (in no way|by no means|absolutely not|definitely not|certainly not|not at all|not in any way) your fault
pattern: (none of this|none of that|none of it) (is|was) your fault
pattern: not your fault (at all|in the slightest|in any way|one bit)
weight: 2.0
match: Please know this isn't your fault.
match: It was in no way your fault.
match: None of this is your fault, and we'll sort it out.
match: Honestly, not your fault at all.

[not-to-blame]
pattern: you are (not|in no way|not at all|certainly not|definitely not|by no means) (to blame|at fault|responsible for (this|that|the error|the mistake|the delay|the problem))
pattern: you (were|have) not (to blame|at fault|been at fault|caused this|caused the problem)
pattern: (this|that|it) (is not|was not) (caused by|because of|due to) (anything you did|anything you have done|you|something you did|your (device|setup|settings))
weight: 2.0
match: You're not to blame for the courier's mistake.
match: You were not at fault here.
match: This wasn't caused by anything you did.

[did-nothing-wrong]
pattern: you (did|have done|have not done|did not do) (nothing|anything) wrong
pattern: [there is] nothing you (did|have done) (wrong|to cause this|caused)
pattern: you (did|have done) (everything|exactly) (right|what you should have|what you were supposed to)
weight: 2.0
match: You did nothing wrong.
match: You haven't done anything wrong.
match: There's nothing you did wrong here.
match: You did everything right.

[right-thing]
pattern: you (did|have done|did exactly|have done exactly) the right thing
pattern: (it was|that was) (the right call|a good call|a smart move|the right thing to do|the right move|a good idea|wise|smart) to (contact|reach out|check|ask|get in touch|let us know|call|message)
weight: 1.5
match: You did the right thing by contacting us.
match: It was a good call to check with us first.

[easy-mistake]
pattern: (it is|that is|this is|it was|that was) (an|a|a very|a really|such an|a totally|a completely) (easy|common|understandable|simple|honest|natural|innocent) (mistake|mix up|thing to miss|thing to overlook|one to miss|error|slip)
pattern: (it is|that is) [so|very|really|super|pretty] easy to (miss|overlook|mix up|get mixed up|get confused|do)
weight: 1.5
match: That's an easy mistake to make.
match: It's really easy to miss that setting.
nomatch: Our team made a simple mistake with your address.

[happens-to-everyone]
pattern: (it|this|that) (happens|has happened|can happen) to (the best of us|everyone|all of us|lots of people|a lot of people|many people|many customers|plenty of people|anyone)
pattern: you are (not|definitely not|certainly not|by no means) the only (one|person|customer) (to|who|experiencing|affected|having|seeing|with)
weight: 1.0
match: It happens to the best of us!
match: You're not the only one who has asked about this.
nomatch: We've never had this happen before.
nomatch: I have never had that happen with this model.

[no-silly-questions]
pattern: (there is|there are) no (silly|stupid|dumb|bad) questions
pattern: (that is|it is|that was|this is) (not|never|definitely not|not at all|by no means) a (silly|stupid|dumb|bad) question
pattern: [there is] no such thing as a (silly|stupid|dumb|bad) question
weight: 1.5
match: There are no silly questions!
match: That's not a silly question at all.

# ---------------------------------------------------------------------------------------------
# No problem, no worries, don't worry
# ---------------------------------------------------------------------------------------------

[no-problem]
pattern: ^ no problem
pattern: (it is|that is|it was|that was|this is|it is really|it is absolutely|it is honestly) no problem [at all]
pattern: no problem at all
pattern: (,|yes|yeah|sure|of course|okay|absolutely|certainly|and) no (problem|probs|prob) (.|!|!!|,|<emoji>)
pattern: ^ (no probs|no prob|no problemo) [at all]
weight: 1.0
match: No problem, I've updated the address.
match: Sure, no problem!
match: Of course, no problem. The new date is saved.
match: No probs, it's sorted.
match: It's no problem at all.
match: Changing the date is no problem at all.
nomatch: We found no problem with the line on our side.
nomatch: We ran the checks, no problem was found with the router.

[not-a-problem]
pattern: (it is|that is|it was|that was|this is) not a problem (at all|,|.|!|!!)
pattern: ^ not a problem
pattern: (sure|of course|absolutely|certainly|okay|yes|and) [,] not a problem (.|!|!!|,|at all)
weight: 1.0
match: Absolutely, not a problem.
match: That's not a problem at all.
match: Not a problem!
nomatch: This is not a problem we can fix from here.

[no-worries]
pattern: no worries [at all|whatsoever]
pattern: [there is] no need to (worry|panic|stress|be concerned|be alarmed|fret)
weight: 1.0
match: No worries at all!
match: There's no need to worry about the second charge.

[dont-worry]
pattern: [please] (do not|try not to) worry [about (it|that|this|a thing)]
pattern: [please] do not (stress|panic|fret) [about (it|that|this)]
weight: 1.0
match: Don't worry, your order is safe.
match: Please try not to worry.
match: Please don't panic about the email.

[nothing-to-worry-about]
pattern: [there is|there is really|there is absolutely] nothing (to worry about|to be concerned about|for you to worry about|to be worried about)
pattern: (it is|that is|this is|you have|you have got) (nothing|absolutely nothing|really nothing) to worry about
weight: 1.5
match: There's absolutely nothing to worry about.
match: That message is nothing to worry about.
match: You've got nothing to worry about.

[no-need-to-apologise]
pattern: [there is] no need to (apologise|apologize|be sorry|feel bad|feel embarrassed)
pattern: you (do not need|do not have|never need|have no need) to (apologise|apologize|be sorry|feel bad|feel embarrassed)
pattern: [please] do not (apologise|apologize|feel bad|be sorry|feel embarrassed)
weight: 1.5
match: No need to apologise!
match: You don't have to apologize at all.
match: Please don't feel bad about it.

[no-bother]
pattern: (it is|that is|it was|you are|this is) (no|never a|never any|not a|not any) (bother|trouble) [at all]
pattern: ^ no trouble [at all]
pattern: you are not (bothering|troubling|disturbing|inconveniencing) (us|me|anyone) [at all]
weight: 1.0
match: It's no trouble at all.
match: You're never a bother.
match: You are not bothering us at all.

[no-rush]
pattern: [there is] no (rush|hurry) [at all|whatsoever]
pattern: take (all the time you need|as long as you need|as much time as you need)
pattern: take your time (,|.|!|!!)
weight: 1.0
match: There's no rush at all.
match: Take all the time you need.
match: Take your time, the offer is valid until Friday.
nomatch: Take your time to review the options below.

[no-harm-done]
pattern: no harm (done|at all)
weight: 1.0
match: No harm done!

# ---------------------------------------------------------------------------------------------
# Rest assured, I can assure you
# ---------------------------------------------------------------------------------------------

[rest-assured]
pattern: [please|you can] rest assured
pattern: [please] be assured
weight: 1.0
match: Rest assured, we'll have this sorted by Friday.
match: Please be assured that your details are safe.

[assure-you]
pattern: (i|we) (can|want to|would like to|just want to) assure you
pattern: i assure you
pattern: let me (assure|reassure) you
pattern: (i|we) (want|wanted|would like|just want|just wanted) to reassure you
weight: 1.0
match: I can assure you the refund has been sent.
match: Let me reassure you that nothing has been lost.

# ---------------------------------------------------------------------------------------------
# We will get this sorted; you are in good hands
# ---------------------------------------------------------------------------------------------

[get-this-sorted]
pattern: we (will|are going to|will definitely|will absolutely|will soon|can|can definitely|can easily) get (this|that|it|everything|things) (sorted|fixed|resolved|sorted out|straightened out|put right|back on track|working again) [for you]
pattern: we (will|are going to|can|can definitely) (sort|straighten) (this|that|it|everything|things) out [for you]
weight: 1.5
match: We can definitely get it fixed.
match: We're going to get everything back on track.
match: We are going to sort this out for you.

[will-be-fine]
pattern: (it|everything|all|it all|things) (will|is going to) be (fine|okay|alright|all right|just fine|perfectly fine|back to normal)
pattern: (everything|it all|it|things) (will|is going to|will all) (work out|be sorted|get sorted) [fine|in the end]
weight: 1.0
match: Everything will be fine.
match: It will all work out.

[good-hands]
pattern: you are in (good|safe|great|the best|very good|capable|the right|excellent) hands
weight: 1.5
match: You're in good hands with our repair team.

[got-you-covered]
pattern: (we|i) (have|have got|got) you covered
pattern: you are (fully|completely|totally) covered
pattern: your (order|purchase|device|item|repair|replacement|booking|trip|phone|laptop|parcel|package) is (covered|fully covered|still covered) (by|under|for)
weight: 1.5
match: We've got you covered.
match: You're fully covered for accidental damage.
match: Your laptop is still covered under warranty.

[we-have-got-this]
pattern: (we|i) have got (this|it) (from here|covered|handled|under control)
pattern: (this|it|everything) is (under control|in hand|in good hands)
pattern: (just|you can) leave (it|this|that|everything|the rest) with us
weight: 1.0
match: We've got this from here.
match: Everything is in hand.
match: Just leave it with us.

[count-on-us]
pattern: you can (count|rely) on (us|me)
weight: 1.0
match: You can count on us.

[here-for-you]
pattern: (we are|i am|we are always|i am always|we will always be|we will be|i will be) here (for you|to support you|if you need (us|me|anything))
weight: 1.0
match: We're always here for you.

[not-alone]
pattern: you are (not|definitely not|never) (alone|on your own) [(in this|with this)]
weight: 1.0
match: You're not alone in this.

# ---------------------------------------------------------------------------------------------
# Easy to fix, all set
# ---------------------------------------------------------------------------------------------

[easy-fix]
pattern: (this|that|it) (is|should be|will be) (an|a) (easy|quick|simple|straightforward|really easy|super easy|very easy|really quick|really simple) (fix|one to fix|thing to fix|one to sort|thing to sort|one)
pattern: (this|that|it) (is|should be|will be) (easy|quick|simple|straightforward|very easy|really easy|super easy|easy enough|nice and easy) to (fix|sort|sort out|resolve|correct|undo|put right)
pattern: (this|that|it) can (easily|quickly|definitely|absolutely|certainly|still) be (fixed|sorted|resolved|sorted out|undone|reversed|corrected|recovered|restored|put right)
weight: 1.5
match: This is an easy fix.
match: That's really easy to sort out.
match: It can easily be undone.

[all-set]
pattern: you are [now] (all set|good to go|all sorted|all good|sorted|all done|all squared away)
weight: 1.0
match: You're all set!
match: You are now good to go.

[all-taken-care-of]
pattern: (everything|it|that|this|it all|that all) (is|has been) [now] [all] (taken care of|sorted|sorted out|squared away|back to normal|back on track|up and running)
weight: 1.0
match: Everything has been taken care of.
match: It's all sorted now.

[everything-fine]
pattern: everything (is|looks|is looking|seems) (fine|good|okay|in order|normal|all good) (on|from) (our|my|this) (end|side)
pattern: everything (is|is now) (working again|working as it should|working normally)
pattern: your (order|package|parcel|delivery|booking|reservation|account|subscription|payment|refund) (is|looks|is looking|is still) (on track|in order|all good|safe and sound|still active|perfectly fine|fine)
weight: 1.0
match: Everything looks fine on our end.
nomatch: If everything looks good, proceed to the payment page.
match: Your parcel is still on track for Friday.

[all-good]
pattern: (it is|that is|we are) all good
pattern: ^ all good (.|!|,)
weight: 1.0
match: It's all good!
match: All good, thanks for checking.

[totally-fine]
pattern: (that is|it is|this is|that is all|that is absolutely) (completely|totally|perfectly|absolutely|entirely) (fine|okay|alright|all right|normal|expected)
weight: 1.0
match: That's completely fine.
match: It is perfectly normal to see a pending charge for a few days.

# ---------------------------------------------------------------------------------------------
# Nothing is lost, nothing is charged, nothing to do
# ---------------------------------------------------------------------------------------------

[not-charged]
pattern: you (will not|will never|are not going to|have not been|were not) (be charged|charged|billed|be billed) [twice|again|extra|anything|for (this|that|it|the replacement|the return|the delay|the exchange|the repair)]
pattern: there (is|will be) no (charge|extra charge|additional charge|fee|cost|extra cost) (for (this|that|you|the replacement|the return|the repair|the exchange)|to you)
pattern: (this|that|it|the replacement|the repair|the exchange|the return) (will not|is not going to|does not|will never) cost you (anything|a thing|a penny|a cent|extra)
weight: 1.5
match: You won't be charged for the replacement.
match: There will be no charge for the repair.
match: It won't cost you a penny.

[get-money-back]
pattern: you will (get|receive|be getting) (your money back|a full refund|every penny back|all your money back|the full amount back)
weight: 1.0
match: You'll get a full refund once the item is back with us.

[data-safe]
pattern: your (data|information|details|personal data|personal information|personal details|payment details|payment information|card details|account|account details|money|funds|files|photos|password) (is|are|remains|remain|will remain|will be|is still|are still) [completely|totally|perfectly|fully] (safe|secure|protected|safe and secure|intact)
pattern: your (data|information|details|account|card details|payment details|personal information|photos|files) (has not been|was not|have not been|were not) (compromised|accessed|shared|exposed|lost|leaked)
weight: 1.5
match: Your data is completely safe.
match: Your card details were not compromised.

[nothing-lost]
pattern: you (will not|are not going to|did not|have not|will never) (lose|lost) (anything|any data|any money|any progress|any points|any credit|any files|any photos|any of your (data|money|progress|points|credit|files|photos|messages)|your data|your money|your progress|your points|your credit|your files|your photos|your place|your spot|your booking|your warranty|your number)
pattern: nothing (has been|was|is|will be) (lost|deleted|wiped|affected)
weight: 1.5
match: You won't lose any of your photos. You won't lose your data.
match: Nothing has been lost.

[not-affected]
pattern: (this|that|it|the change|the update|the outage|the issue|the error|the delay) (will not|does not|should not|did not|has not) affect (your|you)
pattern: your (account|order|service|booking|subscription|plan|warranty|credit score|rate|price|balance|data|reservation) (will not be|has not been|was not|is not|will not) (affected|cancelled|canceled|closed|suspended|interrupted|impacted)
weight: 1.5
match: This won't affect your credit score.
match: Your booking will not be affected.

[nothing-to-do]
pattern: you (do not|will not) need to do anything [else|further|more|at all|on your end|on your side]
pattern: you do not have to do anything [else|further|more|at all]
pattern: there is nothing [else|more|further] (you need to do|for you to do|you have to do|needed from you|required from you)
weight: 1.5
match: You don't need to do anything else.
match: There is nothing you need to do.

[no-action-required]
# The formal notice wording ("No action is required on your part") is boilerplate in mass
# notices as often as a reassurance to a worried customer, so it is a weak cue.
pattern: no [further] action [is] (needed|required) (from you|on your (end|part|side))
weight: 0.5
match: No action is needed from you.
match: No further action is required on your end.

[still-time]
pattern: (there is|you have|you still have|there is still) (plenty of|lots of|enough|more than enough) time
pattern: you are still (within|in) (the|your) (return|refund|warranty|cancellation|grace) (window|period)
pattern: you are still (eligible|in time|on time|covered)
weight: 1.5
match: You still have plenty of time to return it.
match: You are still within the return window.

[safe-to-ignore]
pattern: you can [safely|simply|just] (ignore|disregard|delete) (this|that|the) (message|email|warning|notice|reminder|letter|text|notification)
pattern: (it is|that is) [completely|perfectly|totally] safe to (ignore|disregard|delete|use|continue|proceed|keep using)
weight: 1.0
match: You can safely ignore that email.
match: It is perfectly safe to keep using the card.

[relax]
pattern: you can (relax|breathe easy|rest easy|sleep easy|breathe a sigh of relief)
weight: 1.0
match: You can relax, the booking is confirmed.

# ---------------------------------------------------------------------------------------------
# Happy to help, glad you asked
# ---------------------------------------------------------------------------------------------

[happy-to-help]
pattern: (i am|we are|i would be|we would be|i will be|we will be|always|i am always|we are always|more than|i am more than|we are more than|i am really|i am so|so) (happy|glad|pleased) to help
pattern: ^ (happy|glad|pleased) to help
weight: 1.0
match: Always happy to help!
match: I'm more than happy to help.
match: Glad to help.

[glad-could-help]
pattern: (i am|we are|i am so|we are so|i am really|we are really|so|really) (glad|happy|pleased) (i|we) (could|were able to|was able to) help
pattern: (glad|happy|pleased) (that|this|it) (helped|worked|did the trick|sorted it)
weight: 1.0
match: I'm glad I could help.
match: Glad that worked!

[my-pleasure]
pattern: (it is|it was|it is always|it has been|always) (my|our) pleasure [to help|helping you]
pattern: (it is|it was|it is always|it has been|always) (a|an absolute|a real) pleasure (to help|helping you|to assist)
weight: 1.0
match: It was my pleasure to help.
match: It's always a pleasure to help.
nomatch: It was a pleasure having you on board.

[glad-you-asked]
pattern: [i am|we are|i am so|we are so|i am really|really|so] glad you (asked|checked|checked with us|reached out|got in touch|contacted us|let us know|brought this up|brought it up|said something)
weight: 1.0
match: Glad you asked!
match: I'm so glad you checked with us first.
