# Apology: the reply says sorry for something and, at best, owns it.
#
# Graded in two kinds:
#   strong (1.5-2.0): the apology names what went wrong and who did it ("I'm so sorry we sent
#                     the wrong size", "that's on us", "we dropped the ball", "I owe you an
#                     apology"). Intensifiers in modifiers.lex (so, truly, sincerely...) scale
#                     these further, so base weights stay at 1.5-2.0.
#   plain  (0.5-1.0): a real but routine apology ("sorry about that", "apologies for the wait",
#                     "sorry for the delay").
#
# NOT here, on purpose: non-apologies ("sorry for any inconvenience", "we apologize for any
# inconvenience", "sorry you feel that way", "sorry if you were upset", "sorry, but") live in
# confrontation.lex as kind `non-apology`. Because matching is leftmost-longest, no pattern here
# may end on an open "for"/"about" that could swallow "... for any inconvenience": every "for"
# is followed by an explicit object. "Sorry for THE inconvenience" is a real but generic apology
# and gets the lowest plain weight (confrontation.lex flags only "any inconvenience"). Sympathy ("sorry to hear that") is
# acknowledgement.lex, and "this should not have happened" / "you deserve better" are
# validation.lex.
#
# Draws on: customer-service recovery guides, research on the components of an effective
# apology (acknowledge the specific failure, take responsibility, say what happens next), and
# de-escalation literature. All phrasing written by the replytone team.

dimension: apology

# ---------------------------------------------------------------------------------------------
# Strong: sorry + what WE did
# ---------------------------------------------------------------------------------------------

[sorry-we-did]
pattern: i am [so|really|truly|very|deeply|terribly|sincerely|incredibly|genuinely|extremely] sorry [that] (we|our team) (missed|dropped|got|made|messed|let|forgot|sent|charged|overcharged|double charged|kept|lost|mixed|delayed|failed|caused|put|mishandled|misread|overlooked|gave|cancelled|canceled|did not get back|did not reply|did not respond|did not update|did not let|did not call|did not follow|did not see|did not catch|did not send|did not deliver|have not been able|have not got back|have not gotten back|have not replied|have not responded|have not fixed|have not resolved|have not sorted|were not able|were not clear|were not there|could not get|have kept|have caused|have let|have put|have made|had to|took so long|left|shipped|billed|damaged|broke)
pattern: we are [so|really|truly|very|deeply|terribly|sincerely|incredibly|genuinely|extremely] sorry [that] we (missed|dropped|got|made|messed|let|forgot|sent|charged|overcharged|double charged|kept|lost|mixed|delayed|failed|caused|put|mishandled|misread|overlooked|gave|cancelled|canceled|did not get back|did not reply|did not respond|did not update|did not let|did not call|did not follow|did not see|did not catch|did not send|did not deliver|have not been able|have not got back|have not gotten back|have not replied|have not responded|have not fixed|have not resolved|have not sorted|were not able|were not clear|were not there|could not get|have kept|have caused|have let|have put|have made|had to|took so long|left|shipped|billed|damaged|broke)
pattern: [so|really|very|truly] sorry [that] we (missed|dropped|got|made|messed|let|forgot|sent|charged|overcharged|double charged|kept|lost|mixed|delayed|failed|caused|put|mishandled|misread|overlooked|gave|did not get back|did not reply|did not respond|did not update|did not let|did not call|did not see|did not catch|have not been able|have not got back|have not replied|have not fixed|were not able|have kept|have caused|have let|have put|have made|took so long|left|shipped|billed|damaged|broke)
weight: 1.5
kind: strong
match: I'm so sorry we missed your delivery window.
match: I am sorry that we sent you the wrong size.
match: We're really sorry we kept you waiting this long.
match: Sorry we didn't get back to you sooner.
nomatch: I'm sorry, we can't offer a refund on sale items.
nomatch: Sorry we can not change the date now.

[sorry-i-did]
pattern: i am [so|really|truly|very|deeply|terribly|sincerely|incredibly|genuinely|extremely] sorry [that] i (missed|forgot|misread|misunderstood|gave you|got|made|overlooked|sent|did not|was not|kept|caused|confused|mixed|left|put|took so long|have kept|have not|have been)
weight: 1.5
kind: strong
match: I'm so sorry I missed your call this morning.
match: I am sorry that I gave you the wrong information yesterday.
match: I'm sorry I didn't explain that better.

[so-sorry-for-specific]
pattern: i am (so|really|truly|very|deeply|terribly|sincerely) sorry (for|about) (the|this|that|all the|all of the|such a) (delay|delays|wait|long wait|mix up|mixup|confusion|mistake|error|trouble|hassle|oversight|miscommunication|misunderstanding|mess|late reply|late response|slow reply|slow response|delayed response|wrong item|missed delivery|double charge|incorrect charge|experience you had|problems|poor service|lack of updates)
pattern: we are (so|really|truly|very|deeply|terribly|sincerely) sorry (for|about) (the|this|that|all the|all of the|such a) (delay|delays|wait|long wait|mix up|mixup|confusion|mistake|error|trouble|hassle|oversight|miscommunication|misunderstanding|mess|late reply|late response|slow reply|slow response|delayed response|wrong item|missed delivery|double charge|incorrect charge|experience you had|problems|poor service|lack of updates)
weight: 1.5
kind: strong
match: I'm so sorry for the mix-up with your order.
match: We are truly sorry about the delay.
match: I'm really sorry about all the confusion.
nomatch: I'm so sorry for any inconvenience.

[sorry-for-our-mistake]
pattern: [i am|we are] [so|really|truly|very|deeply|terribly|sincerely] sorry (for|about) (our|my) (mistake|mistakes|error|errors|oversight|mix up|part in this|part in that|slow response|late reply|delay|confusion|miscommunication|failure|poor service|lack of communication|lack of updates|carelessness|slip)
weight: 1.5
kind: strong
match: Sorry for our mistake, the right item is on its way.
match: I'm so sorry for my error on the form.
match: We are sorry for our slow response.

[sorry-for-letting-you-down]
pattern: [i am|we are] [so|really|truly|very|deeply|terribly|sincerely] sorry (for|about) (letting you down|putting you through this|putting you through that|putting you through all this|keeping you in the dark|missing your call|missing your appointment|the runaround)
weight: 1.5
kind: strong
match: I'm so sorry for letting you down on this one.
match: Sorry for the runaround, I have sorted it now.

[sorry-for-not-getting-back]
pattern: [i am|we are] [so|really|truly|very|deeply|terribly|sincerely] sorry (for|about) not (getting back to you|getting this right|getting it right|keeping you updated|keeping you informed|keeping you posted|being clearer|replying sooner|responding sooner|calling you back|following up|letting you know sooner|spotting this sooner|catching this sooner)
weight: 1.5
kind: strong
match: We're sorry for not keeping you updated.
match: Sorry for not getting back to you yesterday.

[sorry-to-have-let-you-down]
pattern: [i am|we are] [so|really|truly|very|deeply|terribly|sincerely] sorry to have (let you down|kept you waiting|put you through this|caused you this trouble|caused this confusion|caused you so much trouble|disappointed you)
weight: 1.5
kind: strong
match: I am sorry to have let you down.
match: We are so sorry to have kept you waiting.

[sorry-you-had-to]
pattern: [i am|we are] [so|really|truly|very|deeply|terribly|sincerely] sorry [that] you (had to|have had to) (wait|chase|chase us|call|call us|call back|deal with|go through|contact us|ask|repeat|explain|come back|keep asking|keep calling|write in|reach out again|wait so long|wait this long)
weight: 1.5
kind: strong
match: I'm sorry you had to chase us for this.
match: We are so sorry that you have had to wait this long.
nomatch: Sorry you feel that way.

[sorry-for-the-trouble-we-caused]
pattern: sorry (for|about) (the|all the) (trouble|hassle|frustration|stress|confusion|inconvenience|worry|disruption|extra work|delay|mix up) (we|our mistake|our error|my mistake|i) (have caused|caused|has caused|created|put you through)
pattern: (i am|we are) [so|really|truly|very|deeply|sincerely] sorry for (the|all the) (trouble|hassle|confusion|stress|frustration|inconvenience|mix up) (we|i|our mistake|our error) (have caused|caused|has caused)
pattern: (apologies|my apologies|our apologies) (for|about) (the|all the) (trouble|hassle|frustration|stress|confusion|inconvenience|worry|disruption|delay|mix up) (we|our mistake|our error|my mistake|i) (have caused|caused|has caused|created)
weight: 2.0
kind: strong
match: Sorry for the trouble we caused with your booking.
match: I'm really sorry for all the hassle our mistake has caused.
match: My apologies for the confusion I caused.

[thats-on-us]
pattern: that is [all|completely|totally|entirely|fully|squarely] on (us|me)
pattern: the (blame|fault|responsibility) (is|lies|sits) (with us|with me|on us|on me|entirely with us|squarely with us|entirely on us)
weight: 2.0
kind: strong
match: That's on us, and we'll make it right.
match: That's completely on me, I should have double-checked.
match: The blame lies with us, not the courier.
nomatch: The delivery charge is on us this time.

[we-got-this-wrong]
pattern: (we|i) [really|clearly|definitely|completely|totally] (got|had|have got|have gotten) (this|that|it|things|your order|your booking|your bill|your refund|your address|the order|the address|the amount|this one|that one) wrong
pattern: (we|i) [really|clearly|completely|totally] (got|have got) (this|that|it|things) (mixed up|muddled up|backwards)
weight: 2.0
kind: strong
match: We got this wrong and I want to fix it today.
match: I had your address wrong in our system.
match: We clearly got the amount wrong on the invoice.
nomatch: If we got anything wrong, please tell us.

[we-dropped-the-ball]
pattern: (we|i) [really|completely|totally|clearly|definitely] dropped the ball
pattern: (we|i) have [really|completely|totally|clearly] dropped the ball
weight: 2.0
kind: strong
match: We dropped the ball on this one.
match: I'll be honest, we really dropped the ball here.
match: We've dropped the ball with your refund.

[we-made-a-mistake]
pattern: (we|i) [have|clearly|definitely|really] made (a|an|some|the) [big|real|serious|clear|genuine|honest|careless|silly|bad|costly] (mistake|mistakes|error|errors|blunder)
pattern: (we|i) (made|have made) a (mess|hash) of (this|it|that|your order|your booking|your account|things)
weight: 2.0
kind: strong
match: We made a mistake with your billing date.
match: I made an error when I processed the return.
match: We've made a mess of this, and I'm sorry.
nomatch: If we made a mistake, we will correct it.
nomatch: If we have made an error with your bill, let us know.

[i-apologize-for-specific]
pattern: (i|we) [sincerely|truly|deeply|do|really|genuinely|wholeheartedly] (apologize|apologise) for (the|this|that|all the) (delay|delays|wait|long wait|mix up|mixup|confusion|mistake|error|trouble|hassle|oversight|miscommunication|misunderstanding|mess|late reply|late response|slow reply|slow response|delayed response|wrong item|missed delivery|double charge|incorrect charge|experience you had|problems|poor service|lack of updates)
pattern: (i|we) [sincerely|truly|deeply|do|really|genuinely|wholeheartedly] (apologize|apologise) for (our|my) (mistake|mistakes|error|errors|oversight|mix up|part in this|slow response|late reply|delay|confusion|miscommunication|failure|poor service|lack of communication|lack of updates|carelessness)
pattern: (i|we) [sincerely|truly|deeply|do|really|genuinely|wholeheartedly] (apologize|apologise) for (not|keeping you waiting|letting you down|putting you through|missing|the way|how this|how we|how your|what happened|what you went through)
weight: 1.5
kind: strong
match: I apologize for the delay in getting back to you.
match: I sincerely apologise for the mix-up with your tickets.
match: We apologize for our mistake.
match: I apologize for not getting this sorted sooner.
nomatch: We apologize for any inconvenience this may have caused.

[want-to-apologize]
pattern: (i|we) (would like|want|wanted|would really like) to [personally|sincerely|also|first] (apologize|apologise) (to you|for the delay|for the wait|for the mix up|for the confusion|for the mistake|for the error|for our mistake|for our error|for my mistake|for this|for that|for not|for keeping you waiting|for what happened|for how|.|!|,)
weight: 1.5
kind: strong
match: I want to apologise for keeping you waiting.
match: I'd like to personally apologize to you for this.
match: We would like to apologize for the confusion with your booking.
nomatch: We would like to apologize for any inconvenience caused.

[i-owe-you-an-apology]
pattern: (i|we) [really|certainly|definitely|truly] owe you (an apology|a [big|huge|sincere|real|proper|full] apology|an explanation and an apology|an apology and an explanation)
pattern: you (deserve|are owed|are due) (an apology|a [big|sincere|real|proper|full] apology) (from us|from me|.|,|!|and)
weight: 2.0
kind: strong
match: I owe you an apology for how this was handled.
match: We really owe you a proper apology.
match: You deserve an apology from us, and here it is.

[this-is-our-mistake]
pattern: (this|that|it) (is|was|has been) [entirely|completely|totally|fully|all|clearly|definitely|absolutely] (our|my) (mistake|error|fault|oversight|bad|doing|slip|mess up)
weight: 2.0
kind: strong
match: This is our mistake and we will cover the cost.
match: That was entirely my fault.
nomatch: This was not our mistake, the courier lost it.
nomatch: If this was our mistake, we'll put it right.

[the-mistake-was-ours]
pattern: the (mistake|error|fault|oversight|mix up) (is|was|lies) (ours|mine|on our end|on our side|on our part|on us|on me|our own|entirely ours|with us|with me)
weight: 2.0
kind: strong
match: The error was on our end, not yours.
match: The mistake is mine and I have corrected it.

[error-on-our-part]
pattern: (this|that|it) (is|was) (an error|a mistake|an oversight|a mix up|a slip) on (our|my) (part|end|side)
pattern: (an error|a mistake|an oversight|a mix up|a slip) on (our|my) (part|end|side) (meant|caused|led|has|means)
weight: 2.0
kind: strong
match: It was a mistake on our part to close the ticket.
match: An error on our side meant the refund was never sent.

[we-messed-up]
pattern: (we|i) [really|totally|completely|properly|clearly|definitely] (messed|screwed|mucked|slipped|fouled) up
pattern: (we|i) [really|totally|completely|properly] (messed|mixed|mucked) (this|that|it|things|your order|your booking) up
pattern: (we|i) (have|had) [really|totally|completely] (messed|screwed|mucked) (up|this up|that up|it up)
weight: 2.0
kind: strong
match: We messed up, plain and simple.
match: I totally mixed that up, sorry.
match: We have really messed this up for you.

[my-apologies-for]
pattern: my [sincere|sincerest|deepest|humble|heartfelt|personal|genuine] apologies (for|about) (the|this|that|all the) (delay|delays|wait|long wait|mix up|mixup|confusion|mistake|error|trouble|hassle|oversight|miscommunication|misunderstanding|mess|late reply|late response|slow reply|slow response|delayed response|wrong item|missed delivery|double charge|incorrect charge|experience you had|problems|poor service|lack of updates)
pattern: my [sincere|sincerest|deepest|humble|heartfelt|personal|genuine] apologies (for|about) (our|my) (mistake|mistakes|error|errors|oversight|mix up|part in this|slow response|late reply|delay|confusion|miscommunication|failure|carelessness)
pattern: my [sincere|sincerest|deepest|humble|heartfelt|personal|genuine] apologies (for|about) (not|keeping you waiting|letting you down|putting you through|missing|the way|how this|what happened|this .|that .|this !|that !)
weight: 1.5
kind: strong
match: My apologies for the confusion earlier.
match: My sincere apologies for our mistake.
match: My apologies for not replying sooner.
nomatch: My apologies for any frustrations or inconvenience.

[please-accept-my-apologies]
pattern: please accept (my|our) [sincere|sincerest|deepest|heartfelt|humble|most sincere|personal|full] (apologies|apology) (.|!|,|on behalf)
pattern: please accept (my|our) [sincere|sincerest|deepest|heartfelt|humble|most sincere|personal|full] (apologies|apology) for (the delay|the wait|the mix up|the confusion|the mistake|the error|the trouble|the hassle|the oversight|the experience you had|our mistake|our error|my mistake|my error|this|that|not|keeping you waiting|letting you down|what happened)
weight: 1.5
kind: strong
match: Please accept my apologies for the mix-up.
match: Please accept our sincere apologies, this should have been caught.
nomatch: Please accept our apologies for any inconvenience caused.

[sorry-this-happened]
pattern: (i am|we are) [so|really|truly|very|deeply|terribly|sincerely|incredibly|genuinely] sorry [that] (this|that|it|all this|all of this) (happened|has happened|occurred|went wrong|has gone wrong|is happening|keeps happening|happened again)
pattern: [so|really|very|truly] sorry [that] (this|that) (happened|has happened|went wrong|has gone wrong|keeps happening|happened again)
weight: 1.5
kind: strong
match: I'm sorry this happened to your order.
match: We are so sorry that this has happened again.
match: Really sorry that happened!

[we-let-you-down]
pattern: (we|i) [really|truly|totally|completely|clearly] let you down
pattern: (we|i) have [really|truly|totally|completely|clearly] let you down
weight: 2.0
kind: strong
match: We let you down this time and I'm sorry.
match: I know we've let you down here.
nomatch: We won't let you down again.
nomatch: If we let you down, we want to hear about it.

[we-should-have]
pattern: (we|i) should have (caught|done better|done more|known|checked|let you know|flagged|noticed|been clearer|been more careful|explained|mentioned|spotted|kept you updated|kept you informed|acted sooner|fixed this|fixed it|replied sooner|got back to you sooner|double checked|handled this|handled that)
pattern: (we|i) could have (done better|handled this better|handled that better|handled it better|done more|been clearer|communicated better|acted sooner)
weight: 1.5
kind: strong
match: We should have caught this before it shipped.
match: I should have been clearer about the fee.
match: We could have handled this better.

[we-fell-short]
pattern: (we|i) (fell|have fallen|came|have come) short (of|on|here|this time|.|,|!)
pattern: (we|i) did not (live up to|meet|keep) (your|our) (expectations|standards|promise|promises|word)
pattern: (we|i) failed to (deliver|update you|let you know|send|notify you|keep you informed|keep you updated|follow up|call you back|get back to you|keep our promise|meet)
weight: 1.5
kind: strong
match: We fell short of what we promised you.
match: We didn't live up to our promise this time.
match: We failed to update you when the flight changed.

[forgive-us]
pattern: please forgive (us|me) (for|.|!|,)
pattern: i hope you (can|will) forgive (us|me)
weight: 1.5
kind: strong
match: Please forgive us for the slow reply.
match: I hope you can forgive us this time.

[offer-an-apology]
pattern: (i|we) (would like to|want to|wanted to) (offer|extend) (my|our) [sincere|sincerest|deepest|heartfelt] (apology|apologies) (to you|.|!|,|for what happened|for this|for that|for the mix up|for the delay|for the confusion)
weight: 1.5
kind: strong
match: I want to offer my sincere apologies for the mix-up.
match: We would like to extend our apologies for what happened.
nomatch: We would like to extend our apologies for any inconvenience.

[apologies-we-did]
pattern: (apologies|my apologies|our apologies|sincere apologies) [that|,] we (missed|dropped|got|made|messed|forgot|sent|lost|mixed|delayed|kept|overlooked|did not get back|have not got back|did not reply|charged|overcharged|double charged|cancelled|canceled|left|let)
weight: 1.5
kind: strong
match: Apologies that we missed your call this morning.
match: My apologies, we lost track of your ticket.

[hands-up]
pattern: (i|we) (hold|put|have to hold|have to put|will hold|will put) (my|our) hands up
pattern: ^ hands up , (that|this|it) (is|was) (us|me|our mistake|my mistake|our fault|my fault|on us|on me)
weight: 2.0
kind: strong
match: We hold our hands up on this one.
match: Hands up, that was our mistake.

[no-excuse]
pattern: there (is|was|really is) no excuse for (this|that|the delay|what happened|how|the way|it|us|the mix up|the mistake|the error)
pattern: (this|that|it) (is|was) (inexcusable|unacceptable on our part|not acceptable on our part)
weight: 2.0
kind: strong
match: There is no excuse for the delay, and I'm sorry.
match: That was inexcusable.

[apologize-on-behalf]
pattern: (i|we) [sincerely|truly|deeply|really] (apologize|apologise) on behalf of (the|our|everyone|us|my|all of us)
pattern: (i am|we are) [so|really|truly|very|deeply|sincerely] sorry on behalf of (the|our|everyone|us|my|all of us)
pattern: (apologies|my apologies|our apologies) on behalf of (the|our|everyone|us|my|all of us)
weight: 1.5
kind: strong
match: I apologize on behalf of the whole team.
match: I'm so sorry on behalf of our driver.

[not-good-enough]
pattern: (that|this|it) (is|was|is just|was just|is simply|was simply|is really|was really) not good enough (on our part|from us|of us|.|!|,|and)
pattern: (we|i) (were|was|have been) not good enough (here|this time|on this|.|,)
weight: 1.5
kind: strong
match: That's not good enough from us, and I'm sorry.
match: This was just not good enough.

# ---------------------------------------------------------------------------------------------
# Conditional: "if we made a mistake" admits nothing
# ---------------------------------------------------------------------------------------------
# A hypothetical admission is not a strong apology. These patterns start at "if", so (leftmost-
# longest) they take the phrase away from we-made-a-mistake, this-is-our-mistake, we-got-this-
# wrong and we-let-you-down, and leave only a token weight. ("If we have upset you" is a
# non-apology and belongs to confrontation.lex.)

[if-we-made-a-mistake]
pattern: if (we|i) (made|have made|had made|did make|may have made|might have made) (a|an|any|some) [<word>] (mistake|mistakes|error|errors|slip)
pattern: if (we|i) (got|have got|had got|may have got|did get) (this|that|it|anything|something|things) (wrong|mixed up)
pattern: if (we|i) (let you down|have let you down|dropped the ball|have dropped the ball|fell short|have fallen short|messed up|have messed up|slipped up)
pattern: if (this|that|it) (was|is|turns out to be|proves to be|has been) (our|my) (mistake|error|fault|doing|oversight)
pattern: if (there was|there has been|there is|there were) (a|an|any) (mistake|error|oversight|mix up) on (our|my) (part|end|side)
weight: 0.25
kind: conditional
message: "If we made a mistake" keeps the door open to not having made one; check what happened and say sorry for it, or explain it.
match: If we made a mistake, we will of course correct it.
match: If it was our error, we'll cover the cost.
match: We're happy to review it, and if there was an error on our part we'll refund you.
nomatch: We made a mistake with your order and I'm sorry.

# ---------------------------------------------------------------------------------------------
# Plain: a real but routine apology
# ---------------------------------------------------------------------------------------------

[sorry-for-the-mix-up]
pattern: [i am|we are] sorry (for|about) (the|this|that|all the) (mix up|mixup|confusion|mistake|error|oversight|miscommunication|misunderstanding|trouble|hassle|mess|wrong item|double charge|incorrect charge|missed delivery|problems|experience you had)
weight: 1.0
kind: plain
match: Sorry for the confusion, the correct link is below.
match: I'm sorry about the mix-up with the sizes.
nomatch: Sorry for any confusion.

[sorry-for-the-delay]
pattern: [i am|we are] [so|really|very|truly] sorry (for the delay|for the delays|for the wait|for the long wait|for the late reply|for the late response|for the slow reply|for the slow response|for the delayed response|for the wait time|for the hold time|for keeping you waiting|for making you wait|for taking so long|to keep you waiting|to have kept you waiting|it took so long|it took us so long|this took so long)
weight: 0.75
kind: plain
match: Sorry for the delay, we're back online now.
match: I'm sorry for keeping you waiting.
match: Sorry it took us so long to reply.

[sorry-about-that]
pattern: [i am|we are] [so|really|very|truly] sorry about (that|this|all that|all this|all of this|all of that) (.|!|,|!!)
pattern: [i am|we are] [so|really|very|truly] sorry about (that|this) (again|one|mix up)
weight: 0.75
kind: plain
match: Sorry about that! Here is the right link.
match: I'm really sorry about this, let me fix it.
match: So sorry about all that.

[apologies-for-the-wait]
pattern: [many|our|sincere|our sincere|humble|our humble] apologies (for|about) (the wait|the delay|the delays|the long wait|the late reply|the late response|the slow reply|the slow response|the delayed response|keeping you waiting|the wait time|the hold time|taking so long|the radio silence|the silence)
weight: 0.75
kind: plain
match: Apologies for the wait, I have an update now.
match: Many apologies for the delay in replying.

[apologies-for-the-mix-up]
pattern: [many|our|sincere|our sincere] apologies (for|about) (the|this|that|all the) (mix up|mixup|confusion|mistake|error|oversight|miscommunication|misunderstanding|trouble|hassle|wrong item|double charge|incorrect charge|missed delivery|experience you had)
pattern: [many|our|sincere|our sincere] apologies (for|about) (our|the) (mistake|error|oversight|mix up|slip|confusion)
weight: 1.0
kind: plain
match: Apologies for the confusion, you're right about the date.
match: Our apologies for the mix-up with your seat.
nomatch: Apologies for any inconvenience.

[sorry-for-the-inconvenience]
pattern: [i am|we are] [so|very|truly|really|terribly] sorry for the inconvenience
pattern: (i|we) [sincerely|truly|do|really] (apologize|apologise) for the inconvenience
pattern: (apologies|our apologies|my apologies|our sincere apologies|my sincere apologies|sincere apologies) for the inconvenience
weight: 0.5
kind: plain
match: Sorry for the inconvenience, we are fixing it now.
match: I apologise for the inconvenience and have refunded the fee.
nomatch: Sorry for any inconvenience.

[so-sorry-standalone]
pattern: (i am|we are) (so|really|truly|very|deeply|terribly|sincerely|incredibly|genuinely|extremely) sorry (.|!|!!)
pattern: ^ (so|really|very|terribly) sorry (.|!|!!)
weight: 1.0
kind: plain
match: I'm so sorry! Let me put this right.
match: We're truly sorry.
match: So sorry! I will resend it now.
nomatch: I'm so sorry to hear that.

[my-apologies-standalone]
pattern: ^ (my|our) [sincere|sincerest|deepest|humble] apologies (.|!|,|!!)
pattern: ^ (apologies|many apologies|sincere apologies) (.|!|!!)
weight: 1.0
kind: plain
match: My apologies! The correct tracking number is below.
match: Our sincere apologies, the store closed early today.
match: Apologies! That link was wrong.

[my-bad]
pattern: my (bad|mistake|error) (.|!|,|!!|there|on that|on this|here)
pattern: (oops|whoops) [,] (my|our) (bad|mistake|error)
weight: 1.0
kind: plain
match: My mistake, the store opens at nine.
match: Whoops, my bad!
nomatch: Please let me know if you spot a mistake there.

[we-regret-the-error]
pattern: (i|we) [sincerely|truly|deeply|greatly|really] regret (the|this|that|our|my) (error|mistake|mix up|oversight|delay|confusion|trouble|miscommunication|misunderstanding)
pattern: (i|we) [sincerely|truly|deeply|greatly|really] regret (not|how this|how we|what happened)
weight: 1.0
kind: plain
match: We sincerely regret the error on your statement.
match: I regret not catching this sooner.
nomatch: We regret to inform you that the item is out of stock.
nomatch: We regret that we are unable to offer a refund.

[excuse-the-delay]
pattern: [please] (excuse|pardon|forgive) (the|our|my) (delay|delays|wait|late reply|slow reply|slow response|late response|delayed response|confusion|mix up|error|mistake|typo)
weight: 0.5
kind: plain
match: Please excuse the delay in getting back to you.
match: Pardon the confusion, the sale ends Sunday.

[sorry-again]
pattern: (sorry|apologies) [once] again (for|about) (the|this|that|all the) (delay|wait|mix up|confusion|mistake|error|trouble|hassle|oversight|miscommunication|misunderstanding|mess)
pattern: (sorry|apologies) [once] again (for|about) (keeping you waiting|our mistake|my mistake|our error|letting you down|not getting back to you sooner|this|that)
pattern: ^ (sorry|apologies) [once] again (.|!|,)
weight: 0.75
kind: plain
match: Sorry again for the mix-up, and enjoy the rest of your day.
match: Apologies once again for keeping you waiting.
match: Sorry again! The new code is below.
nomatch: Sorry again for any inconvenience.
