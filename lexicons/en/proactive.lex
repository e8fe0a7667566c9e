# proactive.lex: proactive help.
#
# Cues that the agent goes beyond the literal question: extra steps taken unasked ("I've also",
# "while I'm at it", "I went ahead and also"), goodwill gestures ("as a courtesy", "I've applied
# a credit"), help for what comes next ("in the meantime", "for future reference", "if that
# doesn't work"), alternatives and tips ("another option is", "a quick tip"), resources ("here's
# a guide", "I've included") and open doors ("feel free to reach out"). Feeds the support score.
#
# Draws on: customer-service practice guides (anticipating the next question, offering
# alternatives, closing with an open door), service-recovery literature on goodwill gestures.
# All phrasing was written by the replytone team; no licensed lexicon was copied.
#
# Notes for editors:
# - "just in case" and "just a heads up" keep the full phrase so that they win over a "just"
#   minimizer in confrontation.lex (longest match at the same position wins).
# - Closing boilerplate ("feel free to reach out", "if you have any other questions", "you can
#   also") is real but weak help, so it weighs 0.5; concrete extra actions weigh 1.0-1.5.
# - "I've also ..." starts here, not in ownership.lex: the ownership action patterns leave out
#   "also" so this file's longer phrase wins.

dimension: proactive

[in-the-meantime]
pattern: in the (meantime|mean time|meanwhile)
pattern: while you (wait|are waiting)
weight: 1.0
message: Gives the customer something useful to do or know while the main issue is pending.
match: In the meantime, you can use the web version.
match: While you wait, the spare key in the app will still open the door.

[i-have-also]
pattern: (i|we) have also
pattern: i also (went ahead|added|included|sent|attached|applied|checked|flagged|noted|made|booked|arranged|upgraded|extended|waived|refunded|credited)
weight: 1.0
message: Reports an extra step taken beyond what was asked.
match: I've also flagged this with the delivery team.
match: I also extended your trial by a week.
match: We have also refunded the shipping fee.

[went-ahead-and-also]
pattern: i (went|have gone) ahead and also
pattern: i also (went|have gone) ahead and
pattern: we (went|have gone) ahead and also
weight: 1.5
message: Reports an extra action taken unasked.
match: I went ahead and also renewed your parking permit.
match: I also went ahead and removed the late fee.

[just-in-case]
pattern: just in case
pattern: in case (you need|you need it|you want|it helps|it is helpful|it comes in handy|you run into|you were wondering|you are wondering|anything goes wrong)
weight: 1.0
message: Anticipates a need before the customer hits it.
match: Just in case, here is the direct number for the depot.
match: I've kept the old settings in case you need them.
match: Here is the manual in case it helps.

[while-i-am-at-it]
pattern: while i (am|was) at it
pattern: while i (was|am|had) (in your account|in there|on the phone with them|looking at your account|checking your account|your account open)
weight: 1.5
message: Reports extra help done while handling the main request.
match: While I'm at it, I've moved your renewal date too.
match: While I was in your account, I noticed an unused voucher.

[as-a-courtesy]
pattern: as a [small] (courtesy|goodwill gesture|gesture of goodwill|one off courtesy|one time courtesy|one off gesture|one off goodwill gesture)
pattern: (a|as a) (courtesy|complimentary|goodwill) (credit|refund|upgrade|discount|voucher|replacement|night|delivery)
weight: 1.5
message: A goodwill gesture offered unasked.
match: As a courtesy, I've waived the delivery fee.
match: You'll see a goodwill credit on your next statement.

[to-make-up-for]
pattern: to make up for
pattern: to make (it|this|that|things) up to you
weight: 1.5
message: A gesture to put right the experience, not only the fault.
match: To make up for the cold pizza, your next order is on us.
match: I'd like to make it up to you with a free month.

[i-have-added]
# "I've added a/an/the ..." is read by ownership.i-have-actioned (loaded first, same length),
# which also feeds personalization; this entry keeps the "extra" wordings and the team form.
pattern: i have added (some|extra|two|three|bonus|free|complimentary)
pattern: we have added (a|an|some|extra|two|three|bonus|free|complimentary)
weight: 1.0
message: Reports something extra added for the customer.
match: I've added extra data to your line for the week.
match: We have added a free month to your plan.

[applied-credit]
pattern: (i|we) have applied (a|an|the|some) [small] (credit|discount|coupon|voucher|promo|promotion|courtesy credit|goodwill credit|refund)
pattern: (i|we) have (added|issued|applied|given you) (a|an) (courtesy|goodwill|complimentary|loyalty) (credit|discount|voucher|refund|upgrade)
weight: 1.5
message: A concrete goodwill gesture already applied.
match: I've applied a credit of $15 to your account.
match: We have issued a goodwill voucher for your next stay.

[waived-extended]
pattern: (i|we) have (waived|extended|removed) (the|your|any|a) (fee|fees|charge|charges|late fee|deadline|trial|warranty|return window|due date|delivery fee)
weight: 1.5
message: A concrete gesture in the customer's favour.
match: I've waived the fee for this month.
match: We have extended your return window to 60 days.

# A sentence-opening "For future reference," belongs to confrontation.lex (pa-for-future-reference):
# it usually introduces a correction. This entry takes the phrase everywhere else.
[for-future-reference]
pattern: for [your] future reference
pattern: (so|just so) you (know|have it) for (next time|the future|future reference)
weight: 1.0
message: Helps the customer with what comes next.
match: I have attached a copy of the invoice for future reference.
match: Here is the full setup guide for your future reference.
match: So you have it for next time, the reset button is on the back.

[you-might-also]
pattern: you (might|may) also (like|want|find|enjoy|be interested|wish)
pattern: you (might|may) (like|enjoy|be interested in) (our|the|this|these)
weight: 1.0
message: Points the customer to something extra that fits their need.
match: You might also like the travel adapter for this model.
match: You may be interested in our student plan.

[might-find-helpful]
pattern: you (might|may|should) find (this|these|it|the following|our) [article|guide|page|link|video] (helpful|useful|handy)
pattern: (this|these|the following) (article|guide|page|link|video|steps|checklist) (may|might|should|will) (help|be helpful|be useful|come in handy)
weight: 1.0
message: Offers a resource unasked.
match: You might find this guide helpful.
match: This article should help with the pairing step.

[another-option]
pattern: another (option|alternative|way|possibility) (is|would be|could be|you could try|to try)
pattern: (one|an) (alternative|other option|more option) (is|would be|could be)
pattern: (alternatively|as an alternative|or else if you prefer) ,
weight: 1.0
message: Offers an alternative instead of a dead end.
match: Another option is to pick it up from the locker.
match: Alternatively, you can pay by bank transfer.
match: One alternative would be the overnight service.

[if-that-does-not-work]
pattern: if (that|this|it|the above|that step|this step) (does not|did not|still does not|still will not|will not) (work|help|fix it|solve it|resolve it|do the trick)
pattern: if (the|that|this) (problem|issue|error) (persists|continues|comes back|returns|happens again)
weight: 1.0
message: Prepares the customer for the next step if the first fix fails.
match: If that doesn't work, try a different browser.
match: If the issue persists, reply here and I'll call you.

[i-have-included]
pattern: (i|we) have (included|attached|linked|enclosed)
pattern: (i|we) (included|attached|linked) (a|the|some|your|our)
pattern: (attached|enclosed|below) (is|are|you will find) (a|the|your|some)
weight: 1.0
message: Hands the customer a resource with the reply.
match: I've included the warranty terms below.
match: Attached is a copy of your receipt.

[here-is-a-link]
pattern: here is (a|the|our) (link|guide|article|walkthrough|video|tutorial|checklist|form|page|step by step guide|quick guide|direct link|how to)
pattern: here are (some|the|a few|our) (steps|instructions|links|guides|articles|options|tips|resources)
weight: 1.0
message: Hands the customer a resource.
match: Here's a guide to setting up the printer.
match: Here are a few tips for saving battery.

[here-is-how]
pattern: here is how (to|you can|it works|to do it)
pattern: (these|the following) steps (will|should) (help|get you|walk you)
weight: 1.0
message: Shows the customer how to help themselves.
match: Here's how to find your tracking link.
match: The following steps should get you back online.

[so-you-do-not-have-to]
pattern: so [that] you (do not|will not|would not|never) (have|need) to
pattern: so you (are not|will not be) (left|kept) waiting
weight: 1.0
message: Removes a step or a worry from the customer.
match: I've pre-filled the form so you don't have to type it again.
match: I booked the slot so that you won't need to call back.

[to-save-you-time]
pattern: to save you [some] (time|trouble|the trouble|a trip|the hassle|a call|a step|a phone call|from having to)
pattern: (that|this|it) (will|should|can|might) save you [some] (time|trouble|a trip|the hassle|a call)
weight: 1.0
message: Anticipates effort the customer would otherwise spend.
match: To save you time, I've pasted the steps below.
match: This should save you a trip to the store.

[one-more-thing]
pattern: ^ [oh|and|also] one more (thing|tip|suggestion)
pattern: (one|a) (last|final) (tip|suggestion|thing worth knowing)
pattern: one more (tip|suggestion)
weight: 0.5
message: Adds an extra piece of help before closing.
match: One more thing: the app also lets you pause deliveries.
match: A final tip: keep the receipt inside the box.
nomatch: We need one more thing from you before we can ship.

[i-have-set-up]
pattern: (i|we) have set up
pattern: (i|we) have (turned on|enabled|activated|switched on) *4 for you
pattern: (i|we) have (created|enabled|turned on|activated|scheduled) [a|an|the] (alert|reminder|notification|notifications|tracking|auto renewal|autopay|standing order)
weight: 1.0
message: Reports something set up to help the customer going forward.
match: I've set up a delivery alert for your address.
match: We have enabled notifications for this order.
match: I've turned on spending alerts for you.

[you-can-also]
pattern: you (can|could) also
pattern: you (also have|also have the) (the option|option|the choice|choice) (to|of)
weight: 0.5
message: Offers an additional route the customer may not know.
match: You can also manage this from the mobile app.
match: You also have the option to collect in store.

[i-can-also]
pattern: (i|we) (can|could) also
pattern: if you (like|want|wish) , (i|we) (can|could|will)
pattern: (i|we) (am|are) happy to also
weight: 1.0
message: Offers an extra step unasked.
match: I can also send you a replacement cable.
match: If you like, I can move the delivery to Saturday.

[would-you-like-me-to]
pattern: would you like (me|us) to [also]
pattern: (shall|should) i [also] (go ahead and|send|set up|add|check|book|arrange|reserve|hold|update)
pattern: do you want me to [also]
weight: 1.0
message: Offers a next step instead of waiting for the customer to ask.
match: Would you like me to book the engineer for Tuesday?
match: Shall I send the invoice to your work email?

[feel-free-to]
pattern: feel free to (reply|reach out|contact|get in touch|message|dm|call|ask|write|drop|ping|email|chat|respond)
pattern: feel free to let (me|us) know
pattern: [please] do not hesitate to (reach out|contact|get in touch|reply|ask|let (me|us) know|call|email|message)
weight: 0.5
message: An open door for further help.
match: Feel free to reply here if anything else comes up.
match: Please don't hesitate to get in touch.

[any-other-questions]
pattern: if you have any (other|further|more|additional) (questions|concerns|issues|problems)
pattern: if (there is|you need) anything else (i|we) can (do|help with)
pattern: let (me|us) know if (you need anything else|there is anything else|you have any (other|further|more) questions)
weight: 0.5
message: An open door for further help.
match: If you have any other questions, just reply to this email.
match: Let me know if there's anything else.

[i-would-recommend]
pattern: (i|we) would (recommend|suggest)
pattern: (i|we) (recommend|suggest) (that|trying|using|checking|you|switching|turning|restarting|updating)
pattern: my (recommendation|suggestion|advice) (is|would be)
weight: 1.0
message: Gives the customer expert advice, not only an answer.
match: I'd recommend restarting the router first.
match: We recommend updating to the latest app version.
match: My suggestion would be to book the earlier slot.

[quick-tip]
pattern: a (quick|helpful|handy|useful|little) (tip|trick|shortcut)
pattern: ^ (quick|pro|helpful|handy|top) tip
pattern: here is a (tip|trick|shortcut)
weight: 1.0
message: Shares a tip the customer did not ask for.
match: A quick tip: you can scan the barcode instead of typing it.
match: Pro tip: the night train is usually half empty.

[heads-up]
pattern: just a [quick|friendly] heads up
pattern: (a|as a) [quick|friendly] heads up
pattern: (i|we) wanted to give you a [quick] heads up
weight: 1.0
message: Warns the customer ahead of something they would otherwise run into.
match: Just a heads up, the store closes early on Sunday.
match: As a heads up, the new card arrives in a plain envelope.

[worth-noting]
pattern: it (is|may be|might be|could be) [also] worth (noting|mentioning|knowing|checking|trying|a look|asking)
pattern: (good|useful|helpful) to know :
weight: 0.5
message: Adds useful context unasked.
match: It's worth checking your spam folder as well.
match: Good to know: the warranty also covers the charger.

[fastest-way]
pattern: the (quickest|fastest|easiest|simplest) (way|route|option) (to|is|would be)
weight: 1.0
message: Points the customer to the quickest route.
match: The fastest way to get a refund is through the app.

[you-can-track]
pattern: you can (track|check|follow|see) (your|the) (order|parcel|package|shipment|delivery|refund|progress|status|claim|repair)
weight: 0.5
message: Gives the customer a way to follow progress themselves.
match: You can track your parcel with the link in the email.

[in-addition]
pattern: in addition , (i|we) have
pattern: (additionally|on top of that|on top of this) , (i|we) (have|also|will|can)
pattern: (i|we) have gone (the extra mile|a step further)
weight: 1.0
message: Reports an extra step beyond the request.
match: In addition, I have booked a callback for Friday.
match: On top of that, we have covered the return postage.

[prevent-future]
pattern: to (prevent|avoid) this (from happening|happening) (again|in the future|next time)
pattern: to (avoid|prevent) (this|that|any) (issue|problem|delay|confusion|charge) (in the future|next time|going forward)
pattern: so (this|that|it) does not happen (again|next time)
weight: 1.0
message: Helps the customer avoid the problem next time.
match: To avoid this happening again, turn on auto-update.
match: To prevent any delay next time, add the flat number.

[free-of-charge]
pattern: (at no|for no) [extra|additional] (cost|charge) [to you]
pattern: free of charge
pattern: on the house
weight: 0.5
message: Tells the customer an extra comes at no cost.
match: We'll replace the strap at no extra cost.
match: The second delivery is free of charge.
nomatch: There is a charge for the premium plan.

[if-you-prefer]
pattern: if you (prefer|would prefer|would rather|find it easier)
pattern: if it is (easier|more convenient) (for you)
weight: 0.5
message: Offers the customer a choice of route.
match: If you prefer, we can send a paper copy.
match: You can also call us if it's easier for you.

[saved-for-you]
pattern: (i|we) have (saved|kept|held) (a|the|your|one) (copy|spot|slot|seat|table|item|size|room)
pattern: (i|we) have (put|placed) (a|the) (hold|reservation) on
weight: 1.0
message: Reports something held for the customer ahead of need.
match: I've held a slot for you on Thursday morning.
match: We have put a hold on the last one in your size.

[bookmark-this]
pattern: (you may|you might|it may|it might) (want|be worth|be handy) to (bookmark|save|keep) (this|the) (link|page|article|email|number)
pattern: (bookmark|save) this (link|page|article) for (later|next time|future reference)
weight: 0.5
message: Helps the customer help themselves next time.
match: You might want to bookmark this page for the next renewal.

[one-less-thing]
pattern: (one|that is one) less thing (to worry about|for you to do|to do)
weight: 1.0
message: Frames a task taken off the customer's plate.
match: I've updated the card on file, so that's one less thing to do.

[and-added-extra]
pattern: (and|also) (added|applied|included|popped|thrown in|threw in) (a|an|some) (code|voucher|credit|discount|coupon|bonus|free|gift|courtesy|goodwill)
pattern: (and|also) (added|applied|popped) *3 (credit|voucher|discount|code|compensation|miles|points|bonus)
weight: 1.0
message: An extra given on top of the fix.
match: I've fixed the order and added a voucher for the trouble.
match: I have reissued the ticket and applied 500 bonus points to your account.

[next-time-perk]
pattern: (off|for) your next (order|visit|stay|trip|purchase|booking|flight|ride|meal|box|delivery)
weight: 1.0
message: A goodwill extra for the customer's next visit.
match: Here is a code for 20% off your next order.

[covered-for-you]
pattern: (your|the) (hotel|taxi|meal|meals|accommodation|travel|transport|return postage|postage|return shipping|shipping|delivery|costs|expenses|parking) (is|are|will be|has been|have been) covered
weight: 1.0
message: Takes an extra cost off the customer unasked.
match: I've booked the later train and your taxi is covered.
