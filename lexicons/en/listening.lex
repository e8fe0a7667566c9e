# listening.lex - active-listening markers: the reply refers back to what the customer said,
# restates it, or checks that it was understood ("you mentioned that", "if I understand
# correctly", "so what you're saying is", "just to confirm", "from what you've told me").
#
# Draws on: customer-service and contact-centre coaching material on active listening
# (paraphrase, reflect, clarify, summarise), counselling-skills literature on reflective
# listening; all phrasing written by the replytone team.
#
# Scope notes:
# - Feeds acknowledgement. Generic "I understand" / "thanks for letting us know" cues live in
#   acknowledgement.lex; feelings ("it sounds like that was frustrating") in validation.lex.
# - This file loads last, so on a tie another file wins. Patterns here are written to be longer
#   than the generic cues they overlap with ("if I understand correctly" starts before "I
#   understand").
# - Bare "you mentioned" / "you said" are tied to a following word that shows the customer's own
#   words are being referred to, so "you mentioned us in a tweet" or "did you say" do not count.
# - Weights: restating or checking cues 1.0-1.5.
# - The last section reflects the situation back with gaps ("sounds like the app keeps logging you
#   out", "got it, the invoice shows the wrong address", "so your card was declined"), using the
#   same subject and verb lists as the general section of acknowledgement.lex.

dimension: active_listening

# ---------------------------------------------------------------------------------------------
# Referring back to the customer's words
# ---------------------------------------------------------------------------------------------

[you-mentioned]
pattern: you [have|also] mentioned (that|in your|earlier|before|previously|above|on the phone|in chat|how|the|your|a|an|it|this|having|being|seeing|getting)
pattern: you [have] mentioned , (the|your|that|this)
weight: 1.25
match: You mentioned that the app crashes on startup.
match: You've mentioned the order number in your note, thank you.
match: You mentioned having two accounts with us.
nomatch: Thanks for the mention!
nomatch: You mentioned us in a tweet last week, thanks!

[you-said]
pattern: you [also] said (that|your|the|you|it was|it is|this|there was|there is|earlier|before|on the phone|in your)
pattern: you (have|had) [already|also] said (that|your|the|you|this|there)
weight: 1.0
match: You said the parcel was left outside.
match: You've said that the charger gets hot.
match: You said earlier that the tracking stopped.
nomatch: Say hello to our new app!
nomatch: How many tracks would you say you have?

[as-you-described]
pattern: (as|like) you (described|explained|outlined|noted|pointed out|put it|said|say|mentioned|wrote|reported|indicated|stated|shared|showed|described it|explained it)
pattern: (as|like) you have [already|rightly|correctly] (described|explained|outlined|noted|pointed out|said|mentioned|written|reported|indicated|stated|shared)
pattern: (as|like) you (already|rightly|correctly) (described|explained|noted|pointed out|said|mentioned|wrote|suggested|guessed|suspected)
weight: 1.25
match: As you described, the screen flickers after ten minutes.
match: Like you said, the store had no stock.
match: As you've already pointed out, the code expired early.
match: As you rightly noted, the fee should not apply.

[you-noted-that]
pattern: you (noted|pointed out|indicated|stated|explained|described|wrote|mentioned) (that|in your|how|what|when|where)
pattern: you have (noted|pointed out|indicated|stated|explained|described|written|shared|reported|specified|clarified|confirmed) (that|how|what|when|where)
weight: 1.25
match: You noted that the invoice shows the wrong address.
match: You explained how the box was already open.
match: You've confirmed that the lights are still blinking.
nomatch: Please confirm your email address.
nomatch: Can you let us know what happened?
nomatch: Have you confirmed that the bank approved it?

[you-also-mentioned]
pattern: you also (mentioned|asked|said|noted|wanted to know|asked about|raised|flagged|brought up|pointed out)
pattern: (the other|another|your other|the second) (thing|point|question|issue) you (mentioned|raised|asked about|brought up|flagged)
weight: 1.25
match: You also asked whether the warranty covers water damage.
match: The other thing you mentioned was the missing manual.

[you-have-told-us]
pattern: you have told (us|me) (that|about|how|what)
pattern: you have let (us|me) know (that|about)
pattern: you told (us|me) (that|about|how|earlier|before|on the phone|in chat)
weight: 1.25
match: You've told us that the heater stopped working.
match: You told me earlier that you moved house.
match: You have let us know that the door was damaged.
nomatch: Once you let us know your address, we will ship it.
nomatch: Could you let us know about the error code?

[in-your-message-you]
pattern: in your (message|email|e mail|note|dm|tweet|letter|last message|previous message|earlier message|chat|reply|ticket|request|review|post|comment|form|complaint|voicemail) [,] you (mentioned|said|wrote|asked|noted|explained|described|indicated|told|shared|stated|pointed out|said that|asked about|asked whether|asked if)
pattern: you (mentioned|said|wrote|noted|explained|described|indicated|asked|stated) (in|on) (your|the) (message|email|e mail|note|dm|tweet|letter|last message|previous message|chat|call|phone|form|ticket|review|voicemail|survey)
weight: 1.5
match: In your message, you mentioned a second order.
match: In your email you asked whether we ship to Norway.
match: You wrote in your review that the sizing runs small.
nomatch: In your message, kindly include the order number.

[from-what-you-told-me]
pattern: (from|based on|going by|given) what you [have|had] (told|described|explained|shared|said|written|mentioned|sent|shown|reported|outlined|wrote|showed|described to)
pattern: (from|based on|going by|given) what you (are|were) (describing|telling|saying|seeing|reporting|experiencing)
pattern: from what you (told|described|explained|shared|said|wrote|mentioned|sent|showed|outlined|reported)
weight: 1.5
match: From what you've told me, the charger is the likely cause.
match: Based on what you're describing, the router needs a reset.
match: From what you said, the courier never knocked.
nomatch: From what you ordered, you can request a return on two items.

[from-your-description]
pattern: (from|based on|going by|given) your (description|explanation|message|email|note|screenshots|screenshot|photos|photo|video|details|account of what happened|summary|notes) (,|of|it|i|we|the|this|that)
weight: 1.25
match: From your description, it sounds like the fuse has gone.
match: Based on your screenshots, the payment is still pending.
nomatch: Based on your plan, calls abroad are charged per minute.

# ---------------------------------------------------------------------------------------------
# Checking understanding
# ---------------------------------------------------------------------------------------------

[just-to-confirm]
pattern: ^ [so|okay|ok] [,] just to (confirm|clarify|double check|check|be sure|make sure) (,|:)
pattern: ^ [so|okay|ok] [,] to (confirm|clarify) (,|:)
weight: 1.0
match: Just to confirm, have you already tried resetting the router?
match: So, just to clarify: the charge appeared twice?
match: To confirm, is this the card ending in 4421?
nomatch: Please reply to confirm your new address.

[just-to-confirm-you]
pattern: just to (confirm|clarify|double check|check|be sure|make sure) [,] you (were charged|have been charged|received|paid|tried|mentioned|said|are seeing|are using|are on|are trying|want|would like|mean|were sent|placed)
pattern: just to (confirm|clarify|double check|check|be sure|make sure) [,] your (order|account|card|device|booking|parcel|package|refund|payment|flight|order number|email|address|phone)
pattern: just to (confirm|clarify|double check|check) [,] (is|was|does|did|are|were) (this|that|it|the issue|the problem|the error|the charge|your order|your account) (happening|still|only|on|from|for|the same)
weight: 1.25
match: Just to confirm, you were charged twice on the 3rd?
match: Just to double check, your order number ends in 88?
match: Just to clarify, is this happening on both phones?

[if-i-understand-correctly]
pattern: if i (understand|understood|have understood|am understanding|follow|am following) [you|this|that|your message|everything] (correctly|right|properly)
pattern: if i (read|am reading|have read) (this|that|it|you|your message|your email|your note|your messages) (correctly|right)
pattern: if i have (got|understood) (this|that|it|everything|you) (right|correctly)
pattern: if i am (hearing|reading) you (correctly|right)
weight: 1.5
match: If I understand correctly, the screen went black after the update.
match: If I've got this right, you were billed for both months.
match: If I'm reading your message correctly, the box arrived empty.
match: If I'm hearing you correctly, the app logs you out daily.

[make-sure-i-understand]
pattern: (let me|i want to|i would like to|i just want to|i wanted to|i would just like to) (make sure|check|confirm) [that] i (understand|understood|have understood|have this right|have got this right|have everything right|have all the details|am understanding|follow|have it right)
pattern: (to|just to|so i can) make sure i (have|got|have got|understand|understood) (this|that|it|everything|all of this|the details|you) [right|correctly|straight|correct|down]
pattern: (just to|so i can|to) (check|confirm|be sure) [that] i (understand|understood|have understood|have got this right|have this right|have it right|got this right|got that right|am reading this right|follow|have followed)
weight: 1.5
match: Let me make sure I understand what happened.
match: I want to make sure I have this right.
match: To make sure I have everything right, the order was placed on the 2nd?
match: Just to make sure I understood you, the box was already torn?
match: Just to check I've understood, the second box never came?

[correct-me-if-wrong]
pattern: [please] correct me if i am (wrong|mistaken|misunderstanding|misreading|off)
pattern: (let me know|tell me) if i have (misunderstood|got (this|that|it|anything) wrong|missed anything|misread)
pattern: (let me know|tell me) if i (misunderstood|got (this|that|it|anything) wrong|missed anything|misread)
weight: 1.25
match: Correct me if I'm wrong, but the refund went to your old card.
match: Please let me know if I've misunderstood anything.
match: Tell me if I got that wrong.

[is-that-right]
pattern: (is|was) (that|this) (right|correct|accurate) (?|??)
pattern: (have|did) i (got|get|understood|understand) (that|this|it|you|everything) (right|correctly) (?|??)
pattern: am i right in (thinking|understanding|saying|assuming|reading)
pattern: do i have (that|this|it|everything) (right|correct) (?|??)
weight: 1.25
match: You ordered the blue one, is that right?
match: Did I get that right?
match: Am I right in thinking the order came in two boxes?
match: Do I have that correct?
nomatch: That is right, the store opens at nine.

[do-you-mean]
pattern: when you say (that|the|your|it|this|you)
pattern: (by|when you say) (that|this|it) [,] do you mean
pattern: do you mean (that|the|your|you|this|it is|it was)
weight: 1.0
match: When you say the app is frozen, can you still swipe?
match: By that, do you mean the charge is still pending?
match: Do you mean that the charger does not work at all?

# ---------------------------------------------------------------------------------------------
# Reflecting and summarising
# ---------------------------------------------------------------------------------------------

[it-sounds-like-you]
pattern: (it|this|that) sounds like you (are|were|have been) (trying|looking|hoping|having|wanting|asking|planning|getting|seeing|still|unable|locked out|waiting|using|on|moving|travelling|traveling)
pattern: (it|this|that) sounds like you (have|had) [already] (tried|received|placed|moved|updated|reset|restarted|reinstalled|contacted|checked|done)
pattern: (it|this|that) sounds like you (would like|want|wanted|received|placed|tried|were sent|were charged)
pattern: [it|this|that] sounds like your (order|account|device|package|parcel|refund|payment|card|router|phone|booking|app|delivery|subscription|plan)
weight: 1.25
match: It sounds like you're trying to move your plan to a new address.
match: Sounds like your order is in two parcels.
match: It sounds like you have already tried the reset.
nomatch: It sounds like a GPU error on the card.
nomatch: It sounds like you didn't read the email we sent.

[it-seems-like-you]
pattern: it (seems|looks) (like|as though|as if|that) you (are|were|have been) (trying|looking|hoping|having|wanting|asking|planning|getting|seeing|still|unable|waiting|using|on)
pattern: it (seems|looks) (like|as though|as if|that) you (have|had) [already] (tried|received|placed|updated|reset|restarted|reinstalled|contacted|checked|been charged|been sent)
pattern: it (seems|looks) (like|as though|as if|that) you (would like|want|wanted|tried|received|placed|were sent|were charged)
weight: 1.0
match: It seems like you have already updated the app.
match: It looks as though you tried the reset already.
nomatch: It seems like the page is loading slowly today.
nomatch: It looks like you need to update the app first.
nomatch: It looks like you have forgotten to add the gift message.

[what-you-are-saying]
pattern: so what you are (saying|telling (me|us)|describing|asking) (is|,)
pattern: what (i am hearing|i hear) (is|,|from you is)
pattern: ^ so you are (saying|telling (me|us)) [that]
pattern: you are (saying|telling (me|us)) that
weight: 1.5
match: So what you're saying is the code worked once and then stopped.
match: What I'm hearing is that the delivery slot keeps changing.
match: So you're saying the invoice was never sent?
match: You are telling us that the lock arrived without keys.

[you-are-asking]
pattern: you are asking (about|whether|if|for|how|why|when|what|where|which|us|me)
pattern: you (asked|were asking|had asked) (about|whether|if|how|why|when|what|where|which|us to|me to)
weight: 1.25
match: You're asking whether the plan includes roaming.
match: You asked how long the refund takes.
match: You asked us to hold the parcel at the depot.
nomatch: Are you asking for a refund?

[you-are-referring-to]
pattern: you (are|were) referring to (the|your|a|an|this|that)
pattern: (the|that|this) [<word>] (order|item|package|parcel|charge|charges|fee|fees|bill|email|error|account|booking|device|product|number|address|message|payment|invoice|transaction|plan|issue|problem|refund|delay|outage|noise|fault|bug|crash|leak|reading|discount|voucher|code|screen|update|change|price|difference) you (are referring to|referred to|referenced|mentioned|described|flagged|reported|noticed|spotted|noted|pointed out|asked about|are asking about|were asking about|raised|queried|disputed|told us about|told me about|wrote about|complained about)
weight: 1.25
match: The charge you mentioned was a pre-authorisation.
match: The error you described is caused by an old cache.
match: I think you are referring to the March invoice.
match: The late fee you queried was added in error.
match: The rattling noise you described is the fan.

[the-issue-you-are-seeing]
pattern: (the|this) (issue|problem|behavior|behaviour|error|glitch|bug|message|noise|delay|fault) you (are|have been|were|keep) (seeing|getting|experiencing|describing|reporting|running into|dealing with|having|hearing)
pattern: what you are (describing|experiencing|reporting|running into)
pattern: what you (have been|were) (seeing|describing|experiencing|reporting|running into)
weight: 1.0
match: The error you're seeing is linked to the expired card.
match: What you're describing matches a known bug.
match: What you have been seeing is a display glitch.
nomatch: What you are seeing now is our new homepage design.

[the-details-you-provided]
pattern: (the|those|these) (details|information|info|steps|screenshots|screenshot|photos|photo|pictures|video|logs|dates|numbers|order number|tracking number) you (provided|shared|gave|sent|described|listed|attached|included|took|mentioned)
pattern: (in|from) the (screenshot|screenshots|photo|photos|picture|pictures|video|attachment|attachments|logs|recording) you (sent|shared|attached|provided|included|took)
weight: 1.0
match: Thanks, the details you provided helped us find the parcel.
match: In the photos you sent, the seal is broken.

[since-you-have-already]
pattern: (since|as|because|given that|now that|seeing as) you have already (tried|done|restarted|reset|reinstalled|cleared|updated|checked|followed|contacted|called|rebooted|replaced|returned|sent|spoken)
pattern: (since|as|because|given that|now that) you (tried|restarted|reset|reinstalled|cleared|updated|checked|followed|rebooted) (the|your|that|this|those|these|it) (already|steps|guide)
weight: 1.25
match: Since you've already tried restarting, let's check the cable.
match: As you have already reinstalled the app, the next step is a cache reset.

[recap]
pattern: (let me|i will|i would like to|i will just|let me just) (recap|summarize|summarise|sum up|repeat back|play back) (what you|your|the details|everything|where we are|this|that)
pattern: (to|just to|so , to|so to) (recap|summarize|summarise|sum up) (what you|your message|your email|the situation|where we are)
weight: 1.25
match: Let me recap what you've told me so far.
match: To sum up the situation, the second box never arrived.
nomatch: To summarize our policy, returns are accepted within 30 days.

[restate-so-you]
pattern: ^ [okay|ok|right] [,] so [,] you (received|were charged|have been charged|tried|placed|paid|were sent|returned|cancelled|canceled|called|contacted|booked|upgraded|noticed|saw|are seeing|are still seeing|are getting|were told|have tried|have received|have not received|did not receive|never received|got charged|got billed|were billed|have been billed|got sent|got|lost|missed|were double charged|got double charged|were left|have been left|were given|were promised|moved|signed up|were expecting)
pattern: ^ [okay|ok|right] [,] so [,] you are (looking|hoping|trying|wanting|asking|planning) to
weight: 1.0
match: So you received the parcel but the charger was missing?
match: Okay, so you were charged twice for the same order.
match: Right, so you got billed again after closing the account.
match: So you're looking to move your booking to June.
nomatch: So you can track your order in the app.

[restate-so-the-item]
pattern: ^ [okay ,|ok ,|right ,] so [,] (the|your) (package|order|item|parcel|delivery|tracking|refund|payment|account|app|device|charge|router|phone|booking|card) (shows|showed|says|is showing|still shows|arrived|was marked|never arrived|keeps|stopped)
pattern: ^ [okay ,|ok ,|right ,] so [,] (the|your) *2 (came|arrived|showed up|turned up|never|did not|has not|have not|went missing|stopped|keeps|kept|broke|failed|was missing|were missing|is missing|are missing|was damaged|were damaged|was broken|was late|was cold|got lost|was marked|still shows|is still showing|was left|were left|got left|went to)
weight: 1.0
match: So the package shows as delivered, but nothing arrived.
match: Okay, so your app keeps logging you out.
match: Right, so the pizza came without any toppings.
nomatch: So the next step is to reset the router.
nomatch: The package shows as delivered on the tracking page.

[i-hear-that]
pattern: (i|we) hear [that] you (are|were|have been) (having|trying|looking|unable|waiting|still|getting|seeing|moving|travelling|traveling)
pattern: (i|we) hear [that] your (order|account|device|package|parcel|refund|payment|card|router|phone|booking|app|delivery|subscription|plan)
pattern: (i|we) (gather|take it) [that] (you are|you were|you have been|your) (having|trying|looking|unable|waiting|still|order|account|device|package|parcel|refund|payment|booking)
weight: 1.0
match: I hear you're having trouble with the new update.
match: I gather you are still waiting on the engineer.
nomatch: We hope to hear from you soon.
nomatch: I hear you are wrong about this.

[you-were-told]
pattern: you were (told|promised|informed|advised|quoted|given) (that|by|you|your|the|it|a|an)
pattern: you have been (told|promised|informed|advised|quoted) (that|by|you|your|the|it|a|an)
weight: 1.25
match: You were told the refund would take three days.
match: You've been promised a callback twice now.

[you-reached-out-about]
pattern: you (reached out|got in touch|wrote in|wrote to us) (about|regarding|because|to ask|asking)
pattern: you (have|had) (reached out|contacted us|got in touch|written in|written to us|called us|messaged us|emailed us|been in touch) (about|regarding|because|to ask|asking)
weight: 1.0
match: You reached out about the charge on your card.
match: You've contacted us because the heater is leaking.
nomatch: Have you contacted us about the delay before?

[your-question-about]
pattern: (regarding|as for|about|on|to answer|in answer to|coming back to|going back to) your (second|other|first|last|follow up|earlier|original|main) (question|point|request|concern)
pattern: (as for|to answer|in answer to|coming back to|going back to|regarding) your question (about|on|regarding|whether|if|,)
pattern: (on|regarding|as for|coming back to|going back to) your (point|comment|remark|note|suggestion) (about|on|regarding|that)
weight: 1.0
match: As for your second question, the warranty is two years.
match: To answer your question about delivery, we ship on Mondays.
match: Coming back to your point about the fees, they were waived.
nomatch: If you have a question, please contact us.

[you-want-to-know]
pattern: ^ [so|okay|ok] [,] you (would like|want|wanted|were hoping|are hoping) to know (whether|if|how|why|when|what|where|which|about)
pattern: ^ [so|okay|ok] [,] you (are|were) (wondering|curious) (whether|if|how|why|when|what|where|about)
pattern: (i see|i gather|i take it|it sounds like|it seems) [that] you (would like|want|wanted) to know (whether|if|how|why|when|what|where|which|about)
weight: 1.0
match: You want to know whether the plan can be paused.
match: You were wondering if the colour comes in large.
match: It sounds like you want to know when the sale ends.
nomatch: If you want to know more, visit our help centre.
nomatch: If you want to know how to reset it, see the guide.
nomatch: If you're wondering where your refund is, check the app.

[you-would-like-to]
pattern: ^ [so|okay|ok] [,] you would like (to|us to|a|an|the|your)
pattern: (i see|i gather|i take it|it seems) [that] you would like (to|us to|a|an|the|your)
weight: 1.0
match: You would like a refund rather than a replacement.
match: I gather you would like us to cancel the second order.
nomatch: If you would like to upgrade, visit the store.

[you-have-been-trying]
pattern: ^ [so|okay|ok] [,] you have been trying to (log|sign|get|reach|contact|cancel|use|access|pay|book|update|change|return|claim|order|connect|reset|redeem)
weight: 1.0
match: You've been trying to reach us since Monday.
match: So you have been trying to cancel the plan online.
nomatch: If you have been trying to log in, clear your cache first.

[your-message-says]
pattern: your (message|email|e mail|note|review|tweet|letter|dm|ticket|form|comment) (says|said|mentions|mentioned|explains|explained|describes|described|notes|noted|shows|showed) [that]
weight: 1.25
match: Your email says the box arrived crushed.
match: Your note mentioned that the seal was broken.

[in-other-words]
pattern: (in other words|put another way|put simply|in short|if i have it right) , (you|your)
weight: 1.25
match: In other words, you were billed for a plan you cancelled.
match: Put another way, your order never left the warehouse.

[you-noticed]
pattern: ^ [so|okay|ok] [,] you (noticed|spotted|saw|found) (that|a|an|the|your|two|some|this)
pattern: you have (noticed|spotted|seen|found) (that|a|an|two|some) (charge|charges|error|difference|problem|issue|mistake|extra|duplicate|message)
weight: 1.0
match: You noticed that the charge was taken twice.
match: You've spotted a duplicate charge on the statement.
nomatch: Have you noticed any error messages?

[regarding-what-you-said]
pattern: (regarding|about|on|as for|coming back to|going back to|following up on|to address) what you (said|mentioned|wrote|asked|described|raised|pointed out) (about|regarding|earlier|before|in|on)
weight: 1.25
match: Going back to what you said about the screen, the part is on order.
match: Regarding what you mentioned earlier, the voucher is still valid.

[you-have-tried]
pattern: you have [already|also] (tried|done|followed|gone through|worked through) (everything|all the|all of the|both|several|a few|a number of|multiple|each of the)
pattern: you (tried|did|followed) (everything|all the|all of the|both|several|each of the) (steps|fixes|options|suggestions|things)
weight: 1.25
match: You've tried everything on the help page already.
match: You followed all the steps in the guide.
nomatch: Once the update is installed, try the steps again.

[so-your-question-is]
pattern: ^ [so] [,] (your|the) (question|main question|concern|main concern|request|ask) is (whether|if|about|how|why|when|what|where|which)
weight: 1.25
match: So your question is whether the warranty covers drops.
match: Your main concern is how long the repair takes.

[the-way-you-describe]
pattern: the way you (describe|described|explained|put|worded) (it|this|that|the|your)
pattern: (the|that) (experience|situation|sequence of events|timeline) you (described|shared|outlined|told us about|explained|laid out)
weight: 1.0
match: The way you describe it, the fault sounds intermittent.
match: The timeline you laid out helps a lot.

# ---------------------------------------------------------------------------------------------
# Reflecting the situation back: general patterns with gaps ("sounds like the app keeps logging
# you out", "got it, the invoice shows the wrong address", "so your card was declined")
# ---------------------------------------------------------------------------------------------

# "Sounds like the app keeps logging you out": a reflection of what the customer described. Tied
# to a verb of what happened, so "sounds like a plan" or "sounds great" do not count.
[sounds-like-situation]
pattern: [it|that|this] sounds like (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: [it|that|this] sounds like (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
pattern: [it|that|this] sounds like there (was|were|has been|have been|is been|had been|is|are) (a|an|some|two|another|an extra|a second|a duplicate|a double) *2 (attempts|attempt|login attempts|deliveries|messages|emails|calls|orders|accounts|profiles|entries|readings|issue|issues|problem|problems|error|errors|mix up|mixup|mistake|glitch|delay|delays|fault|outage|confusion|charge|charges|payment|payments|booking|bookings|transaction|transactions|cancellation|change|hold|block|leak|misunderstanding|miscommunication|overbooking|duplicate|hiccup|snag|breakdown|power cut|disruption|overcharge|refund|debit|fee)
pattern: [it|that|this] sounds like you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: [it|that|this] sounds like you (have not|did not|never|could not|can not|were unable to|are unable to|have been unable to|were not able to|are not able to|have not been able to|still have not|still can not) (receive|received|get|got|gotten|hear|heard|been able|managed|manage|access|log|sign|use|find|collect|download|open|connect|redeem|book|pay|check in|get through|reach)
weight: 1.25
match: Sounds like the app keeps logging you out.
match: It sounds like the charger stopped working after a week.
match: So it sounds like the lesson recordings aren't loading for you.
match: It sounds like there's been a mix-up with the booking.
match: It sounds like you were charged for both rooms.
nomatch: It sounds like a great trip!
nomatch: That sounds like a plan.
nomatch: Sounds good, talk soon!

# "Got it, the invoice shows the wrong address": a quick receipt followed by a restatement.
[got-it-restate]
pattern: ^ (got it|gotcha|understood|noted|i see|ah i see) (,|.|!) (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: ^ (oh i see|makes sense|ah okay|ah right|oh right|oh okay) (,|.|!) (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: ^ (got it|gotcha|understood|noted|i see|ah i see) (,|.|!) so (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: ^ (oh i see|makes sense|ah okay|ah right|oh right|oh okay) (,|.|!) so (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: , (got it|gotcha|understood|i see) (,|.|!) [so] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: ^ (got it|gotcha|understood|noted|i see|ah i see|oh i see|ah okay|ah right|oh right|oh okay) (,|.|!) (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
pattern: ^ (got it|gotcha|understood|noted|i see|ah i see|oh i see|ah okay|ah right|oh right|oh okay) (,|.|!|:) [so] you (were|have been|had been|got|are|have|had|need|want|would like|placed|booked|paid|received|tried|called|moved|ordered|bought|cancelled|canceled|returned|noticed|saw|lost|missed|never|did not|have not|can not|could not)
weight: 1.25
match: Got it, the invoice shows the wrong address.
match: Gotcha, so the app crashes when you open the camera.
match: Noted, the invoice has the wrong address.
match: Understood, you need the booking moved to Friday.
match: Ah okay, the email went to your work address.
nomatch: Got it! Have a great day.
nomatch: Noted for next time.

[noted-that]
pattern: ^ [and|also] [,] noted (that|down that) (the|your|you|both|two|this|it)
pattern: (i|we) have [also] (noted|made a note|taken note|jotted down|written down|logged) (that|of the fact that|on your (account|file|case|booking) that) (the|your|you|both|two|this|it)
weight: 1.25
match: Noted that the parcel was left outside.
match: We have logged that the lift is out of order.
match: I've made a note that you're away until the 20th.
nomatch: Please note that the office is closed on Sunday.

[restate-so-general]
pattern: ^ [ok|okay|right] [,] so [,] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: ^ [ok|okay|right] [,] so [,] (the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: ^ [ok|okay|right] [,] so [,] (your <word> (for|from|on|at|in|with|to|of) *3) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: , so [,] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: ^ [ok|okay|right|just to check|just to confirm|to confirm] [,] so [,] (the|your|both) *9 (?|??)
pattern: , so [,] (the|your|both) *9 (?|??)
pattern: ^ so [,] (basically|essentially|in short|to recap|to sum up|from what you say|from what you are saying) [,] (the|your|you|it|they|both|our)
pattern: ^ [ok|okay|right] [,] so [,] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
weight: 1.0
match: So the voucher expired before you could use it.
match: So your card was declined at the pump.
match: So basically the app logs you out whenever you switch networks.
match: Okay, so the booking shows the wrong date.
nomatch: So the next step is to send a photo.
nomatch: So your new plan starts on the 1st.
nomatch: So you can cancel anytime from the app.

[check-i-follow]
pattern: (just so i am clear|so i am clear|to make sure i follow|just to make sure i follow|to be sure i follow|if i am following|if i am following you|if i follow|if i follow you|if i have followed|let me check i have (this|that|it|everything) right|let me check i have got (this|that|it|everything) right|let me make sure i have (this|that|it|everything) right|let me see if i have (this|that|it) right|just so i understand|so i understand|to check i follow|let me check i follow|let me play (this|that|it) back|let me repeat (this|that|it) back|so i have (this|that|it) right|just so we are on the same page|to make sure we are on the same page) [correctly|properly|right] (,|:|-|.)
pattern: (i|we) (want|wanted|would like|just want|just wanted) to (make sure|check|confirm) (i|we) (follow|am following|are following|have followed|have got (this|that|it|everything) (right|straight)|got (this|that|it) (right|straight)|have (this|that|it) straight|am on the same page|are on the same page)
weight: 1.25
match: To make sure I follow, the charge appeared after you cancelled?
match: If I am following, the door code changed and nobody told you.
match: Let me check I have got this right: the room was double-booked.
match: Just so I'm clear, the refund went to the wrong card?
nomatch: Just so you know, the store closes at six.

[read-heard-about]
pattern: (i|we) (read|have read|saw|have seen|heard|have heard) (that|about) (the|your|you) *3 (was|were|has|have|had|did not|never|got|is|are|kept|keeps|stopped|broke|went|came|arrived|left|missed|lost|crashed|failed|leaked|flooded|been|still)
pattern: (i|we) (read|have read|saw|have seen|heard|have heard) (in|from) (your|the) (message|email|note|notes|review|post|tweet|thread|comment|letter|form|voicemail|call|chat|ticket|case notes|colleague|team|report) (that|about|how|what|you)
pattern: (i|we) (heard|have heard|hear|understand|gather) from (my|our|the) (colleague|colleagues|team|manager|store|branch|depot|driver|engineer|technician|courier|hotel|warehouse|pharmacy|team member|agent|partner) (that|about|how|what|you|your)
weight: 1.25
match: We heard about the lift, it keeps breaking down.
match: I saw in your review that the breakfast was cold.
match: I heard from my colleague that your room flooded overnight.
nomatch: I read the terms again and the fee applies.

[regarding-the-issue]
pattern: (regarding|as for|re|with regard to|in regard to|concerning|following up on|coming back to|going back to|as regards) (the|your) *2 (issue|issues|problem|problems|trouble|error|errors|delay|delays|fault|leak|outage|mix up|confusion|complaint|concern|concerns|cancellation|double charge|overcharge|crash|bug|glitch|noise|damage) (with|on|in|at|regarding|from|affecting|of)
pattern: about (the|your) *2 (issue|issues|problem|problems|trouble|error|errors|delay|delays|fault|leak|outage|mix up|confusion|cancellation|double charge|overcharge|crash|bug|glitch|noise|damage) (with|on|in|at|from|affecting) (your|the|our)
weight: 1.0
match: Regarding the issue with your login, we have reset it.
match: Coming back to the noise from the boiler, an engineer is booked.
nomatch: If you have an issue with your order, contact us.

[the-trouble-you-had]
pattern: (the|this|that|all the|all this) (trouble|hassle|difficulty|difficulties|problems|problem|issues|issue|inconvenience|disruption|delay|delays|wait|mix up|confusion) you (have had|had|have been having|were having|went through|have been through|faced|have faced|encountered|have encountered|ran into|have run into|experienced|have experienced)
weight: 1.25
match: The trouble you have had with the app is down to a bug.
match: All the hassle you went through with the claim should not have happened.
nomatch: If you have any trouble, call us.

[the-thing-you-are-seeing]
pattern: (the|this|that) [<word>] (issue|issues|problem|problems|error|errors|error message|message|charge|charges|fee|noise|crash|crashes|bug|glitch|delay|delays|trouble|difficulty|difficulties|behaviour|behavior|outage|fault|lag|dropouts|warning|code|pop up|beeping|rattle|smell|leak|pending charge|pre authorisation|pre authorization|hold) you (are|have been|were|keep) (seeing|getting|experiencing|describing|reporting|hearing|noticing|talking about|referring to|running into|dealing with)
weight: 1.0
match: The charge you are seeing is the pre-authorisation from the hotel.
match: That beeping noise you keep hearing is the low battery alarm.
nomatch: You can see the charge in the app.

[recap-lead]
pattern: (just to recap|to recap|to sum up|just to sum up|quick recap|recapping) (,|:|-) (the *4|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed|(has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second))
pattern: (just to recap|to recap|to sum up|just to sum up|quick recap|recapping) (,|:|-) you (were|have been|got|had|have had|did not|have not|never|could not|can not|are still|were still|tried|have tried|called|contacted|received|ordered|paid|booked)
pattern: (i know|i understand|i see|i get it|i hear you|we understand|we hear you) (,|-) (the *4|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
weight: 1.25
match: Ok so just to recap, the room had no hot water.
match: I know, the tracking has not updated since Tuesday.
nomatch: To recap our policy: refunds take five days.
