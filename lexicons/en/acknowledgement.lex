# acknowledgement.lex - replies that show the customer's message and situation were received and
# understood: "thanks for letting us know", "I've read through your message", "I can see that your
# refund hasn't arrived", "I understand you've been waiting", "I've looked into your order".
#
# Draws on: customer-service practice guides (acknowledge before you solve), call-centre and chat
# quality rubrics, de-escalation literature on "confirming receipt and understanding"; all
# phrasing written by the replytone team.
#
# Scope notes:
# - Feelings talk ("that must be frustrating", "I'd be upset too") belongs in validation.lex, so no
#   pattern here names an emotion. Where a validation phrase starts the same way (for example
#   "I understand how frustrating"), the longer validation pattern wins at that position.
# - Restating the customer's words ("you mentioned", "if I understand correctly") is in
#   listening.lex (active_listening, which also feeds acknowledgement).
# - Generic "I understand" style cues weigh 1.0; cues that name the customer's actual situation
#   ("I can see that your refund hasn't arrived") weigh 1.5-2.0.
# - Patterns avoid matching "I don't understand" / "I'm not sure I understand": the bare
#   "I understand" forms are tied to the start of a sentence or to a following "that you/your".
# - Stock openers and receipts that cold, templated replies also use ("Thank you for contacting
#   us.", "We have received your ticket", "We acknowledge your complaint") weigh 0.3 or less, so
#   alone they do not make a reply count as acknowledging; the same phrases naming the topic
#   ("thanks for getting in touch about the slow speeds") weigh more.
# - Sympathy that names what happened ("sorry to hear the zip broke", "so sorry your parcel
#   showed up crushed") lives here; apology.lex holds apologies for our own actions.
# - The last section holds general patterns with gaps for the many ways agents name the customer's
#   situation: a lead-in ("I can see", "it looks like", "from what I can see", "I notice", "I
#   understand", "sounds like") + a subject ("the *4", "your <word>") + a verb of what happened
#   ("was", "never", "did not", "keeps", "failed", "expired"). The match ends at that verb. Verbs
#   that open personalization.lex's date and amount patterns ("cancelled on the 14th", "charged
#   £20") are left out of the verb lists (bar fixed phrases such as "charged you"), and "your"
#   takes one word only (two only before a clear problem verb), so "your recent order", "your
#   order 12345" and those dates stay with that file.
#   Bare "is" is never a verb of what happened ("it looks like the sale ends Friday", "the order is
#   on its way" do not count).

dimension: acknowledgement

# ---------------------------------------------------------------------------------------------
# Thanks for telling us: the customer's message has been received
# ---------------------------------------------------------------------------------------------

[thanks-for-letting-us-know]
pattern: (thanks|thank you) [so much|very much|again] for letting (us|me) know [about (this|that|the|your)]
pattern: (i|we) [really] appreciate you letting (us|me) know [about (this|that|the|your)]
pattern: (thanks|thank you) [so much|very much|again] for telling (us|me) [about (this|that|the|your)]
pattern: (i|we) [really|truly] appreciate you telling (us|me) (about|this|that|so quickly|so soon|right away|straight away)
weight: 1.0
match: Thanks for letting us know about the missing charger.
match: Thank you so much for letting me know, I will pass this on.
match: We really appreciate you letting us know about this.
match: Thanks for telling us about the scratched lens.
match: I appreciate you telling me about the mix-up, I will get that changed.
nomatch: Please let us know if the charger is missing.
nomatch: Thanks for telling your friends about us!

# The bare openers ("Thank you for contacting us.") are stock phrases that also open cold,
# templated replies, so alone they stay below the acknowledgement threshold (0.3). When they
# name what the customer wrote about ("... about the slow speeds"), see thanks-for-contacting-about.
[thanks-for-reaching-out]
pattern: (thanks|thank you) [so much|very much|again] for reaching out [to (us|me)]
pattern: (i|we) [really] appreciate you reaching out [to (us|me)]
weight: 0.3
match: Thank you for reaching out, Dana.
match: Thanks so much for reaching out to us.
match: We appreciate you reaching out.
nomatch: Feel free to reach out to us anytime.

[thanks-for-getting-in-touch]
pattern: (thanks|thank you) [so much|very much|again] for getting in touch [with (us|me)]
pattern: (thanks|thank you) [so much|very much|again] for (contacting|writing to|messaging|emailing) (us|me)
weight: 0.3
match: Thanks for getting in touch with us.
match: Thank you for contacting us.
match: Thanks for messaging us, Sam.
nomatch: You can get in touch with us by phone or chat.

[thanks-for-contacting-about]
pattern: (thanks|thank you) [so much|again] for (reaching out|getting in touch) [to us|to me|with us|with me] (about|regarding|re|concerning|after|following) (this|that|the|your|what|how|a|an|our)
pattern: (thanks|thank you) [so much|again] for (contacting us|contacting me|writing to us|writing to me|writing in|messaging us|emailing us|calling us|calling in) (about|regarding|re|concerning|after|following) (this|that|the|your|what|how|a|an|our)
pattern: (i|we) [really] appreciate you (reaching out|getting in touch|contacting us|writing to us|writing in|messaging us|emailing us|calling us) [to us|to me|with us] (about|regarding|after|concerning) (this|that|the|your|what|how)
pattern: (thanks|thank you) [so much|very much|again] for (reaching out|getting in touch|contacting us|writing in|writing to us|messaging us) (to let us know|to tell us|to flag|to report|to explain)
weight: 0.75
match: Thanks for reaching out to us about your subscription.
match: Thank you for writing to us after the cancellation of your class.
match: Thanks for getting in touch with us about the delivery.
match: Thank you for writing to us about your booking.
match: Thanks for messaging us about this.
match: We appreciate you reaching out about this.
match: Thank you for contacting us to let us know about the leak.
nomatch: Thank you for contacting us. Our opening hours are 9 to 5.

[thanks-for-the-heads-up]
pattern: (thanks|thank you) [so much|very much|again] for the heads up [about (this|that|the|your)]
pattern: (i|we) [really] appreciate the heads up [about (this|that|the|your)]
pattern: (thanks|thank you|cheers) [so much] for the (shout|nudge|tip off|tip|message|note|dm|tweet|mention|post|report) (about|re|regarding|on|that) (this|that|the|your|a|an|our|it)
weight: 1.0
match: Thanks for the heads-up about the broken link.
match: We appreciate the heads up.
match: Cheers for the shout about the broken lift at the station.
match: Thanks for the message about your missing voucher.
nomatch: Thanks for the shout out, we love hearing that!
nomatch: Keep your head up and have a great weekend.

[thanks-for-flagging]
pattern: (thanks|thank you) [so much|very much|again] for flagging (this|that|it|the|your)
pattern: (i|we) [really] appreciate you flagging (this|that|it|the)
weight: 1.25
match: Thanks for flagging this, Omar.
match: Thank you for flagging the wrong price on the product page.
match: I appreciate you flagging it so quickly.
nomatch: Your account has been flagged for review.

[thanks-for-bringing-to-attention]
pattern: (thanks|thank you) [so much|very much|again] for bringing (this|that|it|the issue|this issue|this matter|the matter|the problem|this problem) to (our|my) attention
pattern: (i|we) [really|truly] appreciate you bringing (this|that|it|the issue|this issue|this matter|the problem) to (our|my) attention
pattern: (thanks|thank you) for (making|keeping) us aware [of (this|that|the)]
weight: 1.25
match: Thank you for bringing this to our attention.
match: Thanks for bringing the matter to my attention so quickly.
match: We appreciate you bringing this issue to our attention.
match: Thanks for making us aware of this.

[thanks-for-reporting]
pattern: (thanks|thank you) [so much|very much|again] for reporting (this|that|it|the|your)
pattern: (thanks|thank you) [so much|very much|again] for the (report|bug report)
pattern: (i|we) [really] appreciate you reporting (this|that|it|the)
weight: 1.0
match: Thanks for reporting this, we have passed it to the app team.
match: Thank you for the bug report.
match: We appreciate you reporting the outage.
nomatch: Reporting tools are available in the dashboard.

[thanks-for-your-message]
pattern: (thanks|thank you) [so much|very much] for your (message|email|e mail|note|dm|reply|response|letter|query|enquiry|inquiry)
pattern: (thanks|thank you) for (the|your) (detailed|thorough|clear|helpful|quick) (message|email|e mail|note|reply|description|explanation|write up|writeup|breakdown|rundown|summary|report|notes)
weight: 0.75
match: Thanks for your message about the invoice.
match: Thank you for your e-mail.
match: Thank you for your detailed email.
match: Thanks for the thorough write-up of the import errors.

[thanks-for-explaining]
pattern: (thanks|thank you) [so much|very much|again] for (explaining|describing|clarifying|outlining|laying out|spelling out|detailing|setting out) (this|that|it|the|what|how|your|everything|all)
pattern: (thanks|thank you) [so much|very much|again] for (walking|talking) (us|me) through (this|that|it|the|what|how|your|everything)
pattern: (thanks|thank you) [so much|very much|again] for (spelling out|explaining|describing|clarifying|detailing|setting out|writing up) (all that|all of that|all this|so clearly|in such detail|in detail|where|when|why|exactly|everything)
pattern: (thanks|thank you) [so much|very much|again] for (explaining|clarifying) (.|!|,)
pattern: and [for] (explaining|describing|spelling out|clarifying) (all that|all of that|all this|everything|so clearly|in such detail) (.|!|,)
weight: 1.25
match: Thanks for explaining what happened at the counter.
match: Thank you for walking me through the steps you tried.
match: Thanks for clarifying that.
match: Thank you for spelling out exactly where the app freezes.
match: Thanks for explaining, that helps.
match: Thanks for your patience and explaining all that.
nomatch: I have sent an email explaining how to reset the router.

[appreciate-you-explaining]
pattern: (i|we) [really|truly|do] appreciate you (explaining|describing|clarifying|outlining|laying out|spelling out|detailing)
pattern: (i|we) [really|truly|do] appreciate you (walking|talking|taking) (us|me) through
pattern: (i|we) [really|truly|do] appreciate you taking the time to (explain|describe|write|lay out|share|detail|walk us through|walk me through)
weight: 1.25
match: I appreciate you explaining the situation in so much detail.
match: We really appreciate you walking us through what happened.
match: I appreciate you taking the time to explain the problem.

[thanks-for-the-details]
pattern: (thanks|thank you) [so much|very much|again] for (sending|sharing|providing|including|attaching) (the|those|these|your|all the|all of the) (details|photos|pictures|screenshots|screenshot|photo|video|information|order number|tracking number|receipt|logs)
pattern: (thanks|thank you) [so much|very much|again] for (the|those|these|all the|all of the) (details|photos|screenshots|pictures)
pattern: (thanks|thank you|cheers) [so much|very much|again] for the (photo|photos|picture|pictures|pic|pics|clip|video|videos|screenshot|screenshots|recording|screen recording|logs|extra details|extra info|breakdown|receipt|order number|tracking number)
pattern: (thanks|thank you) [so much|very much|again] for getting back to (us|me) with (the|those|these|your|all the|that|this)
weight: 1.0
match: Thank you for sending the photos of the dented box.
match: Thanks for those details.
match: Thanks for sharing the screenshot, it helps a lot.
match: Thanks for the photo, the crack is easy to see.
match: Cheers for the clip, that makes it much clearer.
match: Thank you for getting back to me with the serial number.
nomatch: Please send the photos to our returns team.

[thanks-for-the-update]
pattern: (thanks|thank you) [so much|very much|again] for the update (on|about|regarding|,|.|!)
pattern: (thanks|thank you) [so much|very much|again] for (keeping|getting back to) (us|me) (posted|updated|in the loop|informed)
pattern: (thanks|thank you) [so much|very much|again] for (following up|checking back|circling back|the follow up) (on|about|with|,|.|!)
weight: 0.75
match: Thanks for the update on the tracking.
match: Thank you for keeping us posted.
match: Thanks for following up on this.

[thanks-for-confirming]
pattern: (thanks|thank you) [so much|very much|again] for confirming (that|this|the|your|it|,|.|!)
pattern: (thanks|thank you) [so much|very much|again] for (the|that) (confirmation|clarification)
weight: 0.75
match: Thanks for confirming that.
match: Thank you for the clarification.

[thanks-for-sharing-experience]
pattern: (thanks|thank you) [so much|very much|again] for sharing (this|that|your experience|what happened|your story|the details of|your thoughts on)
pattern: (thanks|thank you) [so much|very much|again] for (sharing|telling us|telling me|letting us know|letting me know) (how|why|what|when|where) (the|this|that|it|your|you|happened|went)
pattern: (i|we) [really|truly] appreciate you sharing (this|that|your experience|what happened|the details|these details|those details)
weight: 1.0
match: Thank you for sharing your experience with the repair.
match: We appreciate you sharing what happened at the store.
match: Thank you for sharing how the outage hit your shop.
nomatch: Sharing is turned off for this playlist.

[thanks-for-pointing-out]
pattern: (thanks|thank you) [so much|very much|again] for (raising|pointing out|mentioning|highlighting|calling out|catching|spotting|noticing) (this|that|the|it)
pattern: (thanks|thank you) [so much|very much|again] for (raising|voicing|sharing|flagging|explaining) your (concern|concerns|worry|worries|complaint|point|points|issue|question|questions) (about|regarding|over|with|around|on|,|.|!)
pattern: (i|we) [really|truly] appreciate you (raising|pointing out|mentioning|highlighting|bringing up|catching|spotting) (this|that|the|it)
weight: 1.25
match: Thanks for pointing out the typo on the receipt.
match: I appreciate you raising this with us.
match: Thank you for catching that.
match: Thank you for raising your concerns about the new layout.

[appreciate-the-details]
pattern: (i|we) [really|truly] appreciate (the|all the|those|these) (detail|details|information|info|context|screenshots|photos) you (provided|gave|shared|included|sent|added|attached)
pattern: (i|we) [really|truly] appreciate (the|how much|all the) detail (in|you put into) your (message|email|report|note)
weight: 1.25
match: I appreciate the details you provided about the error.
match: We really appreciate the detail in your report.

[thanks-for-your-question]
pattern: (thanks|thank you) [so much|very much] for (your|the|these|those) (question|questions) (about|regarding|on|,|.|!)
weight: 0.75
match: Thanks for your question about the warranty.
match: Thank you for the questions.

[good-you-told-us]
pattern: (it is|it was|that is) (good|great|helpful|important) (that you|of you to) (let us know|told us|reached out|flagged this|mentioned this|got in touch|contacted us|reported this)
pattern: (that is|this is|that was|this was|it is) [really|very|super] (helpful|useful|good) (to know|information|context|detail|feedback for us)
pattern: ^ (that|this) [really|definitely] helps (a lot|me understand|us understand|,|.|!)
weight: 0.75
match: It's good that you let us know straight away.
match: That is really helpful to know.
match: That helps me understand what went wrong.
nomatch: This is useful for setting up a new account.
nomatch: I hope this helps clarify the billing dates.
nomatch: I hope that helps!

# ---------------------------------------------------------------------------------------------
# Received: we have your message / items
# ---------------------------------------------------------------------------------------------

# Bare receipts ("We have received your ticket", "Your complaint has been logged") are what
# auto-replies and cold templates say, so alone they stay below the threshold (0.3); receipts
# that name the topic are received-your-message-about.
[got-your-message]
pattern: (i|we) [have] (got|received|gotten|seen) your (message|messages|email|emails|e mail|note|dm|request|ticket|reply|complaint|voicemail|letter|query|enquiry|inquiry|form|submission|review)
pattern: your (message|email|e mail|request|ticket|complaint|enquiry|inquiry|claim|form) (has been|was|is) (received|logged)
weight: 0.3
match: I got your message and I am on it.
match: We have received your email and will reply today.
match: Your request has been received.
match: We've seen your DM and will respond shortly.
nomatch: You should have got an email with your order number.
nomatch: If your request is not received by Friday, call us.

[received-your-message-about]
pattern: (i|we) [have] (got|received|seen|read) your (message|email|e mail|note|dm|request|ticket|complaint|letter|query|enquiry|inquiry|review|post|tweet|comment|comments|feedback|voicemail|form) (about|regarding|concerning|asking about|asking whether|asking if|explaining|describing)
pattern: ^ [just] (got|saw|seen|read) your (message|messages|email|note|dm|dms|tweet|tweets|post|thread|comment|review|reply|voicemail) (about|re|regarding|on|asking|saying|explaining)
pattern: (i|we) [just] saw your (tweet|tweets|post|posts|thread|comment|comments|review|reply|dm|dms) (about|re|regarding|on|asking|saying|explaining)
pattern: ^ [i|we] [just] saw [that] you (got|were|had|have been|have had|had been|lost|missed|ended up)
pattern: , [i|we] [just] saw [that] you (got|were|had|have been|have had|had been|lost|missed|ended up)
weight: 1.25
match: We have received your message regarding the late delivery.
match: I read your email about the double charge.
match: We got your note asking about the warranty.
match: Got your message about the app crashing, thanks!
match: Saw your thread about the login loop on Android.
match: We saw your post about the broken locker at the gym.
match: Saw you got charged for the trial twice.
nomatch: I saw the results this morning.

[can-confirm-received]
pattern: (i|we) (can|would like to|want to) confirm [that] (we|i) have (received|got|registered|logged) your
pattern: (i|we) [can|would like to|want to] (confirm|acknowledge) receipt of your
pattern: (this|just a quick note) [is] to confirm [that] (we|i) have received your
weight: 1.5
match: I can confirm we've received your return.
match: We can confirm receipt of your documents.
match: This is to confirm that we have received your complaint.
match: We acknowledge receipt of your letter.

[received-your-items]
pattern: (i|we) have [now|already] (received|got) your (return|returned item|returned items|package|parcel|documents|photos|pictures|screenshots|payment|form|claim|application|refund request|cancellation request|warranty claim|details|device)
weight: 1.0
match: We have received your return and the refund is on its way.
match: I've now received your photos.
nomatch: You have received your refund already.

[read-your-message]
pattern: (i|we) have [carefully|just] (read|gone) through your (message|messages|email|emails|e mail|note|notes|letter|complaint|review|feedback|comments|ticket|request|case|details)
pattern: (i|we) have [carefully|just] read [over|through] (your|all of your|all your) (message|messages|email|emails|e mail|note|notes|letter|complaint|review|feedback|comments|ticket)
pattern: (i|we) [carefully] read through your (message|messages|email|emails|e mail|note|letter|complaint|review|feedback|comments|ticket)
pattern: having read [through] your (message|messages|email|emails|e mail|note|letter|complaint|review|feedback)
weight: 1.5
match: I've read through your message and I can help with the exchange.
match: We have carefully read your complaint.
match: I read through your email twice to make sure nothing was missed.
match: Having read your message, I can see two issues.

[read-back-through-history]
pattern: (i|we) have (looked|gone|read) back (through|over|at) (your|the|our) [previous|earlier|past] (conversation|conversations|messages|emails|chat|chats|history|case notes|notes|correspondence|calls|tickets)
pattern: (i|we) (looked|went|read) back (through|over|at) (your|the|our) [previous|earlier|past] (conversation|conversations|messages|emails|chat|chats|history|case notes|notes|correspondence|calls|tickets)
weight: 1.75
match: I've gone back through your previous conversations with us.
match: We looked back over the case notes from last week.

[picked-up-your-case]
pattern: (i|we) have (picked up|taken over|taken on) your (ticket|case|message|email|request|query|complaint|claim|enquiry|inquiry)
pattern: (your|this) (ticket|case|message|email|request|query|complaint) has (come|been passed|been assigned|been handed) (to me|through to me|over to me|on to me)
weight: 1.0
match: I've picked up your case from my colleague.
match: Your ticket has been passed to me.

[listened-to-voicemail]
pattern: (i|we) have (listened to|played back|gone over) (your|the) (voicemail|voice message|call|call recording|recording|phone call)
pattern: (i|we) (listened to|played back) (your|the) (voicemail|voice message|call recording|recording)
weight: 1.5
match: I've listened to your voicemail from this morning.
match: We listened to the call recording.

[viewed-attachments]
pattern: (i|we) have (watched|viewed|seen|opened|checked) (the|your) (video|videos|photos|photo|pictures|picture|screenshots|screenshot|attachment|attachments|recording|images|image|files|file|logs|clip|clips|footage|pics)
pattern: (i|we) (watched|viewed|opened) (the|your) (video|videos|photos|photo|pictures|screenshots|screenshot|attachment|attachments|recording|images|files|logs)
weight: 1.5
match: I've watched the video you sent, and I can hear the rattle.
match: We viewed your photos of the packaging.

# ---------------------------------------------------------------------------------------------
# Hearing / understanding
# ---------------------------------------------------------------------------------------------

[i-hear-you]
pattern: (i|we) [totally|completely|absolutely|definitely|really] hear you (.|,|!|loud and clear|on (this|that|this one|that one))
pattern: (i|we) [totally|completely|absolutely|definitely|really] hear you (about|re|regarding|on|and|there|<customer>|!!)
pattern: ^ (i|we) [totally|completely|absolutely|definitely|really] hear you <name>
weight: 1.25
match: I hear you, and I want to get this sorted.
match: We hear you loud and clear.
match: I totally hear you on this one.
match: We hear you about the slow checkout.
match: I hear you re: the long queue.
match: I hear you and I will raise it today.
match: I hear you Sam, that timing is rough.
nomatch: We could not hear you on the call, so we will email instead.
nomatch: We hope to hear you are enjoying the new phone.

[i-hear-your-concern]
pattern: (i|we) [fully|completely|really] hear (your|the) (concern|concerns|point|points|feedback|request|question|comments)
pattern: (i|we) [fully|completely|really] hear what you are (saying|telling us|telling me|asking)
weight: 1.25
match: I hear your concern about the renewal price.
match: We hear what you are saying about the queue times.

[i-understand-sentence]
pattern: ^ (i|we) [do|completely|totally|fully|certainly|absolutely|definitely|really] understand [completely|totally|fully|entirely] (.|!|,|and|so)
pattern: , (i|we) [do|completely|totally|fully|certainly|absolutely|definitely|really] understand (.|!|and)
pattern: ^ (ok|okay|right|ah|alright|oh|yes) [,] (i|we) [do|completely|totally|fully|certainly|absolutely|definitely|really] understand (.|!|,|and|so)
pattern: (i|we) [completely|totally|fully|definitely|really] (understand|see|get it) now
weight: 1.0
match: I completely understand.
match: We understand, and we will look into it today.
match: Okay, I understand.
match: Ah, I understand now, the code was for the other store.
match: Right, I see now: the refund went to the old card.
nomatch: I'm not sure I understand.
nomatch: I don't understand what went wrong here either.

[understood-got-it]
pattern: ^ (understood|noted|got it|gotcha) (.|!|,)
pattern: ^ (totally|completely|fully|perfectly) understood (.|!|,)
pattern: ^ (right|ok|okay|alright|ah|yep|yes) [,] (got it|understood|gotcha|noted) (.|!|,)
weight: 0.5
match: Understood, let me check this for you.
match: Got it! I will update the address now.
match: Totally understood.
match: Right, got it, the parcel went to your old address.
nomatch: I understood the order was for two items.

[i-understand-that]
pattern: (i|we) [do|completely|totally|fully|certainly|absolutely|definitely|really] understand that
pattern: (i|we) [do|completely|totally|fully|certainly|absolutely|definitely|really] understand [that] you (received|placed|paid|booked|were charged|have been charged|are waiting|are trying|have been trying|are still|were expecting|have had|had to)
weight: 1.0
match: I understand that your plan changed last month.
match: We completely understand that the timing matters.
match: I understand you placed two orders by mistake.
nomatch: I don't understand that error code either.
nomatch: I'm not sure I understand why this happened.

[i-understand-your-concern]
pattern: (i|we) [do|completely|totally|fully|certainly|absolutely|definitely|really] understand your (concern|concerns|point|points|situation|position|request|predicament|dilemma|issue|problem|reasoning|perspective|viewpoint|point of view|need|needs|priorities)
pattern: (i|we) [do|completely|totally|fully|certainly|absolutely|definitely|really] understand the (concern|concerns|situation|position|request|predicament|dilemma|reasoning)
weight: 1.0
match: I understand your concern, and I will check the data limit.
match: We totally understand the situation.
match: I understand your point about the delivery slots.
nomatch: I didn't understand your request, could you rephrase it?

[understand-the-issue-with]
pattern: (i|we) [do|completely|totally|fully|now|certainly] understand (the|your) (issue|problem|situation|difficulty|trouble|concern|concerns) (with|regarding|around|about|concerning) (the|your|this|that)
pattern: (i|we) [completely|totally|fully] understand [that] you (are|have been) (having|experiencing|running into|dealing with|facing) (trouble|issues|problems|difficulty|difficulties|an issue|a problem|some issues|some trouble)
weight: 1.5
match: I understand the issue with your password reset.
match: We understand you're having trouble with the app.
match: I understand that you have been experiencing issues with your router.

[i-understand-how-why]
pattern: (i|we) [do|completely|totally|fully|certainly|absolutely|can|really] understand (why|how) (you|this|that|it|the|your) (would|could|might|are|were|have|had|is|was|happened|came)
pattern: (i|we) can [certainly|absolutely|definitely|totally|fully] understand (why|how|that)
weight: 1.0
match: I understand why you would want a refund in this case.
match: We can certainly understand why.
match: I understand how this happened with the second order.
nomatch: I can't understand how this happened.

[i-understand-importance]
pattern: (i|we) [do|completely|totally|fully|certainly|really] (understand|know|realize|realise|recognize|recognise|appreciate) how (important|essential|vital|urgent|time sensitive) (this|it|your|that|the|a working|having)
pattern: (i|we) [do|completely|totally|fully|certainly|really] (understand|know|realize|realise|recognize|recognise|appreciate) the (importance|urgency) of (this|your|the|having|getting)
pattern: (i|we) [do|completely|totally|fully|certainly|really] (understand|know|realize|realise|recognize|recognise|appreciate) the urgency
weight: 1.25
match: I know how important your battery life is on a work trip.
match: We understand the importance of getting this resolved before the weekend.
match: I recognise the urgency here.

[this-is-urgent-for-you]
pattern: (i|we) [completely|fully|really] (understand|know|realize|realise|recognize|recognise|appreciate) [that] (this|it) is (urgent|time sensitive|important to you|a priority for you|needed)
pattern: (i|we) (understand|know|realize|realise|recognise|appreciate) [that] (the|your) (order|delivery|repair|refund|replacement|booking|trip|event) is (urgent|time sensitive|important to you|needed)
pattern: (i|we) can see [that] (this|it) is (urgent|time sensitive|important to you|a priority for you)
weight: 1.5
match: I know this is time sensitive for your event.
match: We understand that this is important to you.
match: I realise the delivery is urgent.

[you-have-been-waiting]
pattern: (i|we) [do|completely|totally|fully|certainly|really] (understand|know|realize|realise|recognize|recognise|appreciate|can see|see) [that] you have been waiting
pattern: (i|we) [do|completely|totally|fully|certainly|really] (understand|know|realize|realise|recognize|recognise|can see|see) [that] you have (had to wait|waited|been kept waiting|been on hold)
weight: 1.75
match: I understand you've been waiting a long time for this refund.
match: We know that you have been waiting since Monday.
match: I can see you have waited over two weeks for a reply.

[taking-longer-than-expected]
pattern: (i|we) (understand|know|realize|realise|recognise|appreciate) [that] (this|it|the process) (has taken|is taking|took) longer than (expected|it should|it should have|promised|we said|anticipated|usual)
pattern: (i|we) (understand|know|realize|realise|recognise|appreciate) [that] your (order|refund|repair|delivery|claim|case|replacement|return) (has taken|is taking|took) longer than (expected|it should|promised|we said|anticipated|usual)
pattern: (i|we) [completely|fully|really] (understand|know|realize|realise|recognize|recognise|appreciate) [that] this has been going on for (a while|some time|a long time|too long|weeks|days|months|a few days|a few weeks|several days|several weeks)
pattern: (i|we) can see [that] (this|it) has been (going on|ongoing|an issue|a problem|happening) (for|since)
weight: 1.75
match: I know this has taken longer than expected.
match: We realise your refund is taking longer than it should.
match: I understand that this has been going on for weeks.
match: I can see this has been happening since the last update.

[not-the-answer-expected]
pattern: (i|we) (understand|know|realize|realise|recognise|appreciate) [that] this (is not|was not|may not be) (what|the outcome|the answer|the news|the result) you (expected|were expecting|wanted|were hoping for|hoped for|had in mind)
weight: 1.5
match: I know this isn't the answer you were hoping for.
match: We understand that this is not what you expected.

[i-get-it]
pattern: ^ (i|we) [totally|completely|absolutely|definitely|really|do] get it (.|!|,|and|now)
pattern: (i|we) [totally|completely|absolutely|definitely|really|do] get why
pattern: (i|we) (totally|completely|absolutely|definitely|really) get that
pattern: (, |and|ugh|yeah|look|honestly|oh|ok|okay) [,] (i|we) [totally|completely|absolutely|definitely|really|do] get it (.|!|,|!!)
weight: 1.0
match: I totally get it.
match: We get it, and we are fixing the checkout bug.
match: I get why you would want to cancel.
match: I completely get that.
match: Ugh, I get it, a dead battery on day one is no fun.
match: Yeah, I get it.
nomatch: Once I get it back from the warehouse, I will call you.
nomatch: When we get that back to you, the label will be inside.

[makes-sense]
pattern: (that|this|everything) [totally|completely|absolutely|really|definitely] makes [total|complete|perfect|a lot of] sense
pattern: ^ makes [total|complete|perfect] sense (.|!|,)
weight: 1.0
match: That makes total sense, thanks for explaining.
match: This makes sense.
match: Makes perfect sense!
nomatch: It makes sense to restart the router first.
nomatch: Does that make sense?
nomatch: That doesn't make sense to me.

[see-what-you-mean]
pattern: (i|we) [totally|completely|absolutely|definitely|now|can] (see|get|understand|follow) what you (mean|are saying|are getting at|are describing|are asking|meant)
pattern: (i|we) [totally|completely|absolutely|definitely|now|can] (see|get) where you are coming from
pattern: (i|we) [totally|completely|absolutely|definitely|now|can] see (your|the) point
weight: 1.25
match: I see what you mean about the menu layout.
match: We get where you're coming from.
match: I can see your point.
match: I understand what you are asking.
nomatch: I don't see what you mean by the second charge.

[take-your-point]
pattern: (i|we) [completely|totally|fully] take your point
pattern: ^ point taken (.|!|,)
pattern: you (make|raise|bring up|made|raised) a (good|great|fair|valid|very good|very fair|really good) point
weight: 1.0
match: I take your point about the packaging.
match: Point taken, and thank you.
match: You make a fair point about the fees.
match: You raise a good point.

[good-question]
pattern: (that is|this is|it is|what) a (good|great|fair|excellent|reasonable|very good|really good|valid) question
pattern: ^ (good|great|fair|excellent) question (.|!|,)
pattern: (that is|this is|it is) a (good|great|fair|excellent|reasonable|very good|really good|very fair) point
weight: 1.0
match: That's a great question.
match: Good question! The plan renews on the first of each month.
match: That is a fair point.
nomatch: Please ask a question in the community forum.

[i-see-sentence]
pattern: ^ [ah|oh|okay|ok|right] [,] i see (.|!|,)
weight: 0.5
match: Ah, I see.
match: I see, so the label printed blank.
nomatch: I see no record of that order.

[understand-what-you-want]
pattern: (i|we) [do|completely|totally|fully|certainly|absolutely|really] understand [that] you (would like|want|are looking|are trying|are hoping|require|wish|are seeking|are interested|are planning|intend)
pattern: (i|we) [do|completely|totally|fully|certainly|absolutely|really] understand [that] you need (help|assistance|some help|guidance|support|a|an|the|your|this|it|to know|to change|to update|to cancel|to return)
pattern: (i|we) [completely|fully|now] understand what you (need|are looking for|would like|want|require|are trying to do)
weight: 1.0
match: I understand that you need help with your router.
match: We understand you would like to change your plan.
match: I now understand what you are looking for.
nomatch: I understand you need to relax about the fee.

[understand-why-contacting]
pattern: (i|we) [completely|fully] understand the reason (for your|behind your|you are) (message|email|e mail|call|request|complaint|query|enquiry|inquiry|contacting us|writing|calling|writing in)
pattern: (i|we) (see|understand|note) [that] you are (writing|contacting us|reaching out|getting in touch|asking|enquiring|inquiring|writing in) (about|regarding|because|to ask|in relation to)
weight: 1.25
match: I understand the reason for your email.
match: I see you're writing about the renewal notice.
match: We understand that you are reaching out about your warranty.

[you-were-expecting]
pattern: (i|we) (understand|know|realize|realise|see|can see) [that] you (were|are|had been|have been) (expecting|waiting for|counting on|relying on) (a|an|the|your|it|this|delivery|to)
weight: 1.5
match: I understand that you are expecting a refund this week.
match: We know you were counting on the delivery for the weekend.

[need-it-by]
pattern: (i|we) (understand|know|realize|realise|see|can see|note) [that] you need (this|it|the order|your order|the item|the part|the parts|the replacement|a replacement|your refund|the refund|your device) (by|before|for|urgently|today|tomorrow|soon|back)
weight: 1.5
match: I understand you need this by Friday for the wedding.
match: We know that you need your device back for work.

[your-preference]
pattern: (i|we) (understand|see|note|know|have noted) [that] you (would prefer|prefer|would rather|would like us to|do not want|no longer want|no longer wish)
weight: 1.25
match: I understand you would prefer a refund over a voucher.
match: We have noted that you no longer want the marketing emails.

[rely-on-it]
pattern: (i|we) (understand|know|realize|realise|appreciate|recognise) [that] you (rely|depend|count) on (this|it|the|your|us|our|having)
pattern: (i|we) (understand|know|realize|realise|appreciate|recognise) [that] you (use|need) (this|it|the app|your phone|your device|your car|the service|your account) (for work|every day|daily|for your business|to work)
weight: 1.5
match: We understand that you rely on the service for work.
match: I know you use your phone for work every day.

[what-this-means-for-you]
pattern: (i|we) [fully|completely|really] (understand|know|realize|realise|recognise|recognize|appreciate) what (this|that|it|the delay|the outage|losing access) (means|meant|would mean) (for|to) (you|your)
pattern: (i|we) (understand|know|realise|recognise|appreciate) (the|how much of an) (impact|effect) (this|that|the delay|the outage) (has had|has|is having) on (you|your)
weight: 1.5
match: I understand what this means for your trip.
match: We recognise the impact this has had on your business.

[take-on-board]
pattern: (i|we) have (taken|take) (on board|onboard) (your|the|what you|all of your|these|those)
pattern: (i|we) [fully|completely] take (on board|onboard) (your|the|what you|all of your|these|those)
weight: 1.25
match: We have taken on board your comments about the app.
match: I take on board what you said about the queue.

# ---------------------------------------------------------------------------------------------
# Seeing the customer's situation ("I can see that your order...")
# ---------------------------------------------------------------------------------------------

[see-your-order]
pattern: (i|we) see [that] your (order|package|parcel|refund|payment|delivery|shipment|item|return|replacement|booking|reservation|subscription|claim|ticket|invoice|bill|card|flight|device|plan|account|case|repair|application|charge|transaction|credit)
pattern: (i|we) can [now|already|clearly] see that your (order|package|parcel|refund|payment|delivery|shipment|item|return|replacement|booking|reservation|subscription|claim|ticket|invoice|bill|card|flight|device|plan|account|case|repair|application|charge|transaction|credit)
pattern: (i|we) can (now|already|clearly) see your (order|package|parcel|refund|payment|delivery|shipment|item|return|replacement|booking|reservation|subscription|claim|ticket|invoice|bill|card|flight|device|plan|account|case|repair|application|charge|transaction|credit)
pattern: (i|we) [have] (noticed|notice|note) [that] your (order|package|parcel|refund|payment|delivery|shipment|item|return|replacement|booking|reservation|subscription|claim|ticket|invoice|bill|card|flight|device|plan|account|case|repair|application)
weight: 1.5
match: I see that your order is in the system now.
match: We can see that your refund is on its way.
match: I can now see your booking in the system.
match: I noticed your subscription renewed twice this month.
nomatch: I can't see your order in our system yet.
nomatch: Let me see your order history first.
nomatch: Please send us your order number so we can see your order details.

[see-account-records]
pattern: (i|we) can see (on|in|from) (your|the) (account|order|booking|records|record|system|tracking|history|file|case|profile|notes|order history|payment history)
pattern: (looking at|checking|reviewing) your (account|order|booking|records|tracking|history|file|case|order history|payment history) [now] , (i|we) (can see|see|notice|noticed|found)
pattern: (i|we) can see (from|in|on) our (records|system|notes|logs|end|side) [that]
weight: 1.75
match: I can see on your account that the payment failed.
match: Looking at your order, I can see the courier missed the first attempt.
match: We can see from the tracking that it left the depot.
match: I can see in our records that the return was scanned.

[can-see-that]
pattern: (i|we) can [clearly|certainly|definitely|absolutely|now] see (that|how|why|where)
weight: 1.25
match: I can see that the second charge is a duplicate.
match: We can see how that would be useful for teams.
match: I can see why you thought the sale price applied.
match: I can certainly see why.
nomatch: I can't see that option in your plan.
nomatch: You can see that option under Settings.

[see-you-have]
pattern: (i|we) [can] see [that] you (have|had) (placed|contacted|tried|called|written|sent|requested|received|paid|booked|upgraded|downgraded|cancelled|canceled|returned|updated|moved|had|experienced|lost|reported|been charged|been billed|been sent|been without)
pattern: (i|we) [can] see [that] you (placed|contacted|tried|called|wrote|sent|requested|received|paid|booked|upgraded|downgraded|cancelled|canceled|returned|updated|moved) (a|an|the|your|two|three|several|multiple|to|us|for|this|that|it|on|with|in|last|yesterday)
pattern: (i|we) [have] noticed [that] you [have|had] (placed|contacted|tried|called|sent|requested|received|paid|booked)
weight: 1.25
match: I see you placed an order on the 3rd.
match: We can see that you have upgraded to the family plan.
match: I noticed that you contacted us last week as well.
match: I see you've had a power cut reported on your street.
nomatch: We will see you at the store on Saturday.
nomatch: I hope to see you again soon.

[see-what-happened]
pattern: (i|we) [now|can now] (see|understand) [exactly] what (happened|went wrong|has happened|is going on|is happening|caused this|caused the)
pattern: (i|we) [now|can now] see (where|how) (the|this|things|it) (went wrong|happened|got mixed up|broke down)
pattern: (i|we) [can|now|can now] see where the (problem|issue|error|mistake|confusion|mix up) (is|was|came from|comes from|crept in)
weight: 1.5
match: I see what happened with the second parcel.
match: We now understand what went wrong.
match: I can see where the mix-up came from.
nomatch: We will see what happens after the update.
nomatch: Send me a DM so I can see what happened.

[see-the-issue]
pattern: (i|we) see the (issue|problem|error|charge|charges|transaction|delay|mistake|double charge|duplicate charge|duplicate payment|extra charge|failed payment|pending charge|refund|cancellation|outage) (on|in|with|you|that|from|for|here|now)
pattern: (i|we) can (now|already|clearly) see the (issue|problem|error|charge|charges|transaction|delay|mistake|double charge|duplicate charge|duplicate payment|extra charge|failed payment|pending charge|refund|cancellation|outage)
pattern: (i|we) can see the (charge|charges|transaction|payment|refund|error|issue|problem|duplicate charge|double charge) (on|in) your
pattern: (i|we) [can] see (the|a) (second|duplicate|double|extra|missing|pending|failed) (charge|payment|order|transaction|refund|delivery|item)
weight: 1.5
match: I can see the charge on your statement from the 4th.
match: We see the issue you ran into at checkout.
match: I can see a duplicate payment on the account.
nomatch: If you see the error again, restart the app.
nomatch: Please send a screenshot so we can see the error.

[understand-the-confusion]
pattern: (i|we) [can|totally|completely|certainly] (see|understand) (the|your|why there was|how there was) (confusion|mix up|misunderstanding)
weight: 1.25
match: I understand the confusion with the two accounts.
match: We can see why there was confusion about the sale dates.

[seen-prior-contact]
pattern: (i|we) [can] see [that] you have (contacted|called|written to|messaged|emailed|reached out to|been in touch with|spoken to|spoken with|chatted with) us (before|previously|already|several times|a few times|multiple times|twice|more than once|about this|last week|recently)
pattern: (i|we) [can] see [that] you have (already|previously) (contacted|called|written to|messaged|emailed|reached out to|been in touch with|spoken to|spoken with|chatted with) (us|our team|our billing team|our support team|the team|support)
weight: 2.0
match: I can see you've contacted us several times about this.
match: We see that you have already spoken to our billing team.

[repeat-contact-understood]
pattern: (i|we) (understand|know|realize|realise|recognise|appreciate) [that] you have (contacted|called|written to|messaged|emailed|reached out to|been in touch with|spoken to|chatted with) us (several|multiple|a few|many|numerous|two|three|four) times
pattern: (i|we) [completely|fully|really] (understand|know|realize|realise|recognize|recognise|appreciate) [that] this is [now] the (second|third|fourth|fifth) time (you have|that you have|you are)
pattern: (i|we) [completely|really] (understand|know|realize|realise|appreciate|can see|see) [that] this is [now] your (second|third|fourth|fifth) (time|call|message|attempt)
weight: 2.0
match: I understand you've contacted us several times about this.
match: I realise this is the third time you have had to write in.
match: We know that this is now the second time you have contacted us.
match: I know this is your third time getting in touch about the boiler.

[already-tried]
pattern: (i|we) [can] (see|understand|know|appreciate|noticed|note) [that] you have already (tried|done|restarted|reset|reinstalled|cleared|updated|checked|followed|gone through|been through|rebooted|uninstalled)
weight: 1.75
match: I see you've already tried restarting the router.
match: We understand that you have already followed the troubleshooting guide.

[charged-twice]
pattern: (i|we) [can] (understand|see|noticed) [that] you (were|have been|had been|got) (charged|billed|debited) (twice|two times|more than once|double|again|incorrectly|the wrong amount|for)
weight: 2.0
match: I can see you were charged twice for the same order.
match: We understand that you have been billed incorrectly.

[received-wrong-or-damaged]
pattern: (i|we) [can] (understand|see) [that] you (received|got|were sent) (a|the) (damaged|broken|wrong|faulty|defective|incomplete) (item|order|product|size|parcel|package)
pattern: (i|we) [can] (understand|see) [that] your (order|item|package|parcel|delivery|replacement) (arrived|was delivered|showed up) (late|damaged|broken|incomplete|opened|empty|faulty|without)
weight: 2.0
match: I understand you received the wrong size.
match: We can see that your parcel arrived damaged.
match: I understand your order showed up incomplete.

[unable-to-log-in]
pattern: (i|we) [can] (understand|see) [that] you (are|have been|were) (unable|not able|struggling) to (log|sign|access|get|use|reset|place|complete|make|update|cancel|receive|open|connect)
pattern: (i|we) [can] (understand|see) [that] you (are|have been|were|got) locked out [of your (account|app|profile)]
weight: 1.5
match: I understand you are unable to log in since the update.
match: We see that you have been locked out of your account.
nomatch: If you are unable to log in, use the reset link.

[see-item-not-arrived]
pattern: (i|we) [can] see [that] your (refund|payment|order|package|parcel|delivery|replacement|item) (has not|still has not|did not|never|is not) (arrived|come through|been|shown|shipped|updated|reached|left)
pattern: (i|we) (understand|noticed) [that] your (refund|payment|order|package|parcel|delivery|replacement|item) (has not|still has not|did not|never|is not) (arrived|come through|been|shown|shipped|updated|reached|left)
weight: 2.0
match: I can see that your refund hasn't arrived yet.
match: We understand your parcel never arrived.

[see-item-delayed]
pattern: (i|we) [can] see [that] your (refund|payment|order|package|parcel|delivery|replacement|item|shipment) (is|was|has been|is still) (delayed|stuck|late|missing|lost|on hold|pending|held up|overdue|cancelled|canceled)
pattern: (i|we) (understand|noticed) [that] your (refund|payment|order|package|parcel|delivery|replacement|item|shipment) (is|was|has been|is still) (delayed|stuck|late|missing|lost|on hold|pending|held up|overdue|cancelled|canceled)
pattern: (i|we) [can] (see|noticed) [that] your (refund|payment|order|package|parcel|delivery|replacement|item|shipment) (is still|was|has been|is) (showing|marked|listed) as
weight: 2.0
match: We understand your package is still delayed.
match: I can see your order is still showing as processing.
match: I noticed your parcel was marked as lost.

[see-you-are]
pattern: (i|we) [can] see [that] you are (trying|looking|having|unable|still|now|currently|using|on|based|travelling|traveling|moving|due)
weight: 1.25
match: I can see you're still on the old plan.
match: We see that you are travelling next week.
nomatch: We hope to see you are enjoying the new phone.

[see-when-it-happened]
pattern: (i|we) [can] (see|understand) [that] this (happened|started|began|occurred|first happened) (on|after|when|during|last|yesterday|twice|again|at|while)
pattern: (i|we) (understand|see) [that] the (delay|charge|cancellation|outage|error|mistake|mix up|problem|issue) (happened|started|began|occurred|came|appeared|was caused|caused|meant)
weight: 1.5
match: I can see this started after the last update.
match: I understand the charge appeared twice on your statement.

[see-colleague-notes]
pattern: (i|we) [can] see [that] (my|our) (colleague|colleagues|team|agent|teammate|technician|engineer) (has|have|had|already|was|were|spoke|told|promised|arranged|raised|logged|sent)
pattern: (i|we) [can] see (the|your) (notes|case notes|notes from|conversation) (from|with) (my|our|your) (colleague|colleagues|team|agent|last call|previous call|chat)
weight: 1.5
match: I can see my colleague has already raised this with the warehouse.
match: I see the notes from my colleague yesterday.

[see-what-happened-to-it]
# "I can see your broadband has dropped out six times": the agent looked and names what happened.
# Tied to "can see", or to "I see" at the start of a sentence or clause, and to a verb of what
# happened within three words, so "so we can see the error message" does not count. After
# "your" only one word is allowed, so that "your recent order" stays with personalization.lex;
# "I see that your order ..." is see-your-order.
pattern: (i|we) can [now|already|clearly|also] see the *3 (was|were|has|have|had|never|did not|could not|came|arrived|showed|turned up|went|got|cancelled|canceled|charged|dropped|failed|stopped|keeps|kept|landed|left|missed|broke|crashed|declined|bounced|expired|still|marked|shows|says|said)
pattern: (i|we) can [now|already|clearly|also] see your <word> (was|were|has|have|had|never|did not|could not|came|arrived|showed|turned up|went|got|cancelled|canceled|charged|dropped|failed|stopped|keeps|kept|landed|left|missed|broke|crashed|declined|bounced|expired|still|marked|shows|says|said)
pattern: ^ [ok|okay|right|ah|so] [,] (i|we) see (the *3|your <word>) (was|were|has|have|had|never|did not|could not|came|arrived|showed|turned up|went|got|cancelled|canceled|charged|dropped|failed|stopped|keeps|kept|landed|left|missed|broke|crashed|declined|bounced|expired|still|marked|shows|says|said)
pattern: , (i|we) see (the *3|your <word>) (was|were|has|have|had|never|did not|could not|came|arrived|showed|turned up|went|got|cancelled|canceled|charged|dropped|failed|stopped|keeps|kept|landed|left|missed|broke|crashed|declined|bounced|expired|still|marked|shows|says|said)
pattern: (i|we) can [now|also|already] see the <word> [<word>] you (bought|ordered|purchased|paid for|booked|sent|returned|reported|mentioned|were charged for|redeemed|topped up)
weight: 1.5
match: I can see your meter says zero for the whole week.
match: I see the courier marked it as delivered at 2pm.
match: Hi Omar, I see the payment was taken twice.
match: We can see the restaurant cancelled the order after you paid.
match: I can see the credits you bought yesterday.
nomatch: Please send a screenshot so we can see the error message.
nomatch: We will see the results of the test tomorrow.

[you-were-told]
pattern: (i|we) (understand|realize|realise|know) [that] you (were|have been|had been) (told|promised|given|advised|informed|quoted|offered) (a|an|the|that|it|you|your|by|on|this)
pattern: (i|we) [can] (see|note) [that] you (were|have been|had been) (told|promised|given|advised|informed|quoted|offered) (a|an|the|that|it|you|your|by|on|this)
weight: 1.75
match: I understand you were told the refund would take three days.
match: We can see that you have been promised a call back.

[long-time-customer]
pattern: (i|we) (see|know|understand|can see|noticed|appreciate) [that] you have been (a|our|with us|a loyal|a valued) [customer|member|subscriber|client] (for|since)
weight: 1.25
match: I can see you've been a customer since 2015.
match: We know you have been with us for over ten years.

# ---------------------------------------------------------------------------------------------
# Having looked into it ("I've looked into your account")
# ---------------------------------------------------------------------------------------------

[looked-into-account]
pattern: (i|we) have [now|just] (looked|dug|gone) into (your|the|this) (account|order|booking|reservation|case|claim|request|issue|problem|charge|charges|payment|refund|delivery|tracking|ticket|complaint|situation|matter|subscription)
pattern: (i|we) (looked|dug) into (your|the|this) (account|order|booking|reservation|case|claim|request|issue|problem|charge|charges|payment|refund|delivery|tracking|ticket|complaint|situation|matter|subscription)
weight: 1.5
match: I've looked into your account and found the problem.
match: We dug into the charge on your card.
match: I have now looked into this matter.
nomatch: We will look into your account tomorrow.

[took-a-look]
pattern: (i|we) have (had|taken) a [quick|closer|close|careful|good|proper|thorough] look at (your|the) (account|order|booking|reservation|case|claim|request|issue|charge|charges|payment|refund|delivery|tracking|ticket|complaint|details|history|photos|screenshots|subscription|file|notes|message|email)
pattern: (i|we) (took|had) a [quick|closer|close|careful|good|proper|thorough] look at (your|the) (account|order|booking|reservation|case|claim|request|issue|charge|charges|payment|refund|delivery|tracking|ticket|complaint|details|history|photos|screenshots|subscription|file|notes|message|email)
weight: 1.5
match: I've had a look at your order and it is with the courier.
match: We took a closer look at the charges.
nomatch: Could you take a look at your spam folder?

[reviewed-account]
pattern: (i|we) have [now|just|carefully|fully|thoroughly] reviewed (your|the|all of your|all your|this) (account|order|booking|reservation|case|claim|request|issue|charge|charges|payment|payments|refund|delivery|tracking|ticket|complaint|details|history|photos|screenshots|subscription|file|notes|message|email|emails|messages|transaction|transactions|feedback|situation|billing|statement)
pattern: (i|we) [carefully] reviewed (your|the) (account|order|booking|case|claim|request|charges|payment|payments|refund|ticket|complaint|details|history|photos|screenshots|file|notes|transactions|billing|statement)
pattern: (after|having) [carefully] (reviewing|reviewed|looked into|looking into|looked over|looking over|looked at|looking at|gone through|going through|checking|checked) (your|the) (account|order|booking|case|claim|request|charges|payment|refund|ticket|complaint|details|history|photos|file|notes|transactions|billing|statement|statements|bill|bills|invoice|policy|records|tracking|logs|reservation|readings)
pattern: (i|we) have [now|just|carefully|fully] (reviewed|looked into|looked at|checked|investigated|gone through|gone over) the *3 (on|in|for|from|against) your (account|bill|statement|invoice|order|card|booking|plan|policy|meter|line|subscription)
pattern: (i|we) have [now|just|carefully|fully] (reviewed|looked into|looked at|checked|investigated) the *2 you (raised|mentioned|reported|flagged|queried|disputed|asked about|described|told us about|wrote about)
weight: 1.5
match: I have reviewed your account history.
match: We carefully reviewed the photos you sent.
match: After reviewing your order, I found the missing item.
match: I've looked into the late payment fee on your statement.
match: We have investigated the noise you reported.
nomatch: Our team will review your claim within five days.

[checked-account]
pattern: (i|we) have [now|just|already] (checked|double checked|verified|looked at|looked over|looked through) (your|the|this) (account|order|booking|reservation|case|claim|request|charge|charges|payment|payments|refund|delivery|tracking|ticket|details|history|subscription|file|notes|transaction|transactions|billing|statement|status|address)
pattern: (i|we) (checked|double checked|looked over|looked through) (your|the) (account|order|booking|reservation|case|claim|request|charge|charges|payment|payments|refund|delivery|tracking|ticket|details|history|subscription|file|notes|transaction|transactions|billing|status)
pattern: (i|we) have (checked|double checked) (with|on) (the|your|our) (courier|carrier|warehouse|team|store|bank|billing team|shipping team|depot|order|refund|delivery)
weight: 1.25
match: I've checked your order and it left the warehouse today.
match: We double-checked the tracking for you.
match: I have checked with the courier.
nomatch: Please check your order confirmation email.
nomatch: Have you checked the tracking page?

[pulled-up-account]
pattern: (i|we) have (pulled|brought|called) up your (account|order|booking|reservation|file|details|records|record|case|history|order history|profile)
pattern: (i|we) (pulled|brought) up your (account|order|booking|reservation|file|details|records|record|case|history|order history|profile)
weight: 1.5
match: I've pulled up your account now.
match: We brought up your booking details.

[gone-through-account]
pattern: (i|we) have (gone|been) (through|over) (your|the|all of your|all your) (account|order|booking|case|claim|request|details|history|notes|file|transactions|charges|statement|messages|emails|correspondence|photos|screenshots|logs)
pattern: (i|we) went (through|over) (your|the|all of your|all your) (account|order|booking|case|claim|request|details|history|notes|file|transactions|charges|statement|messages|emails|correspondence|photos|screenshots|logs)
weight: 1.5
match: I've gone over your account history.
match: We went through the logs you attached.

[reproduced-the-issue]
pattern: (i|we) have (reproduced|replicated|recreated|been able to reproduce|been able to replicate|managed to reproduce) (the|this|that|your) (issue|problem|error|bug|crash|fault|behaviour|behavior)
pattern: (i|we) (tried|followed|repeated) the [same] (steps|process) you (described|mentioned|outlined|listed|took)
weight: 1.5
match: I've reproduced the issue on our test account.
match: We followed the steps you described and saw the same error.

# ---------------------------------------------------------------------------------------------
# Knowing, awareness, recognition
# ---------------------------------------------------------------------------------------------

[i-know-that]
pattern: (i|we) [do|completely|fully|certainly|really|already|definitely] know that
pattern: (i|we) [do|completely|fully|certainly|really|already|definitely] know you (rely|depend|count|use|paid|booked|placed|only|just|would like|want|were hoping|have been|had planned|were planning)
weight: 1.0
match: I know you were hoping to pick it up today.
match: We know that the update changed the layout.
match: I know that it was meant to arrive today.
nomatch: Let me know that you received the label.
nomatch: I don't know your account number.

[know-how-much]
pattern: (i|we) [do|completely|fully|certainly|really|definitely] (know|understand|realize|realise) how (much|often|long|many times|hard) (you|your|this|it|the)
weight: 1.25
match: I know how much you use this feature.
match: We understand how long you have been a member.
nomatch: Let me know how much you were charged.

[i-am-aware]
pattern: (i|we) (am|are) [fully|well|very|already|now] aware (that|of) (the|this|your|an|a|you|there|it|that|these|some|an ongoing|recent|how)
pattern: (i|we) (am|are) [fully|well|very|already|now] aware (.|!|,)
pattern: (i|we) have (been made|become) aware (that|of) (the|this|your|an|a|you|there|it)
weight: 1.0
match: We're aware of this and are working on a fix.
match: I am fully aware that you were promised a call back.
match: We have been made aware of the problem.
nomatch: Not that I'm aware of.
nomatch: Please be aware that prices change weekly.

[i-recognize]
pattern: (i|we) [fully|completely|certainly|do] (recognize|recognise|acknowledge|realize|realise) (that|how|what)
pattern: (i|we) [fully|completely|certainly|do] (recognize|recognise|acknowledge|realize|realise) (the|this) (delay|delays|wait|issue|problem|confusion|mistake|error|situation|impact|trouble|request|concern|inconvenience|disruption)
weight: 1.0
match: I recognise that it has been a long wait.
match: We acknowledge the delay on your order.
match: I realize what happened here was avoidable.
nomatch: I didn't realise the store was closed.

[acknowledge-your-message]
# "We acknowledge your complaint regarding order ..." is mostly the formal opener of a decision
# letter, so it is a weak cue on its own.
pattern: (i|we) [fully|completely|certainly|do] acknowledge your (request|concern|concerns|message|email|feedback|complaint|question|point|comments|report)
weight: 0.3
match: I acknowledge your request to move the booking.
match: We acknowledge your concerns about the new fees.

[appreciate-your-situation]
pattern: (i|we) [fully|completely|certainly|do|can|totally] appreciate (that|your situation|the situation|your position|your point|your concern|your concerns|where you are coming from|the inconvenience|the disruption|the impact)
weight: 1.0
match: I appreciate your concern about the data.
match: We fully appreciate the situation.
match: I appreciate that timing matters here.

[can-tell]
pattern: (i|we) can tell [that] (this|it) (has been|matters|means|has taken|is important)
pattern: (i|we) can tell that you (have put|put|rely|really care|care|have been|take)
weight: 1.0
match: I can tell this has been going on for a while.
match: We can tell that you have put a lot of time into this setup.
nomatch: I can tell you that the store opens at nine.

[clear-from-your-message]
pattern: (it is|it was|it is very|it is quite) clear from your (message|email|e mail|note|description|explanation|photos|screenshots|review|letter) [that]
pattern: (i|we) can (see|tell) from your (message|email|e mail|note|description|explanation|photos|screenshots|review|letter) [that]
pattern: (i|we) (understand|gather|note) from your (message|email|e mail|note|description|explanation|photos|screenshots|letter|notes) [that]
weight: 1.5
match: It's clear from your message that the courier never knocked.
match: I can see from your photos that the screen is cracked.
match: I understand from your email that the box was empty.

[know-about-issue]
pattern: (i|we) [do|already] know about (the|this|that|an|the current|the ongoing) (issue|problem|outage|bug|error|glitch|delay|delays|fault|disruption)
pattern: (i|we) (am|are) [fully|already|now] aware of (the|this|an|the ongoing) (issue|problem|outage|bug|error|glitch|delay|fault|disruption) (with|on|affecting|in|that)
weight: 1.25
match: We know about the bug in the latest version.
match: We are aware of the outage affecting card payments.
nomatch: We don't know about any outage right now.

# ---------------------------------------------------------------------------------------------
# Agreement and recording the point
# ---------------------------------------------------------------------------------------------

# "You were right to flag it": the customer's report is received and confirmed.
[you-are-right]
pattern: you (are|were) [absolutely|completely|totally|quite|entirely|definitely|so] right to (ask|check|flag|point|question|raise|mention|contact|reach|follow|report|call|bring|tell|let us know|let me know|speak up|get in touch|send|share|write|message)
weight: 1.25
match: You're right to ask about this.
match: You were right to report it straight away.
match: You're absolutely right to flag this with us.
nomatch: You're not right to blame the driver.

# Agreeing with the customer ("You're right that the price was wrong") reads as agreement or
# validation rather than as a sign that their message was taken in, so it is a weak cue here.
[you-are-right-that]
pattern: you are [absolutely|completely|totally|quite|entirely|definitely|100 percent] (right|correct) (that|about|,|.|!|and|in)
pattern: you were [absolutely|completely|totally|quite|entirely|definitely] (right|correct) (that|about)
weight: 0.2
match: You're right that the discount should have applied.
match: You are absolutely correct, the invoice shows the old address.
match: You were right about the battery.
nomatch: You're not right about that fee.

[you-have-a-point]
pattern: you (have|definitely have|certainly have|do have) a (point|fair point|good point|valid point)
weight: 1.0
match: You have a point about the menus.
match: You definitely have a fair point there.

[noted-your]
pattern: (i|we) have [now|also] (noted|logged|recorded|documented|registered) (your|the|this|that|these|those) (feedback|comments|comment|concern|concerns|complaint|request|details|issue|problem|points|preference|preferences|suggestion|suggestions|report)
pattern: (i|we) have [now|also] (noted|logged|recorded|documented) (this|that|it|all of this) (on|in|down|against) (your|the)
pattern: (i|we) have (made|added|left) a note (of|on|about|in) (your|the|this|that|it)
pattern: (i|we) have (taken|made) (note|a note|careful note) of (your|the|this|that|it|all)
weight: 1.0
match: I have noted your feedback about the checkout page.
match: We've made a note on your account.
match: I have taken note of your preference for email.
match: We have logged this on your account.
nomatch: Please note that refunds take five days.
nomatch: As noted above, the sale ended Sunday.

[duly-noted]
pattern: (duly|fully|all) noted (.|!|,)
pattern: (your|the) (feedback|comments|concern|concerns|complaint|request|suggestion|preference) (has|have) been (noted|logged|recorded|passed on)
weight: 0.75
match: Duly noted, thank you.
match: Your feedback has been noted.
match: Your comments have been passed on.
nomatch: Please note the new opening hours.

# ---------------------------------------------------------------------------------------------
# Sorry to hear (acknowledging what happened; apology.lex holds apologies for our own errors)
# ---------------------------------------------------------------------------------------------

[sorry-to-hear]
pattern: [(i|we) (am|are) [so|very|really|truly]] sorry to (hear|learn|read|see) (that|about|this|of)
pattern: [(i|we) (am|are) [so|very|really|truly]] sorry to (hear|learn|read) (you|your) (have|had|are|were|did|never|got|received|experienced|ran)
pattern: [(i|we) (am|are) [so|very|really|truly]] sorry to (hear|learn|read) <word>
pattern: [(i|we) (am|are) [so|very|really|truly]] sorry to (hear|learn|read) (.|!|,|<emoji>)
weight: 1.0
match: I'm sorry to hear that.
match: Sorry to hear about the broken handle.
match: We are so sorry to learn of this.
match: Sorry to hear you had trouble with the app.
match: I'm sorry to hear the zip broke after a week.
match: Really sorry to hear your train was cancelled.
match: So sorry to hear flight 214 was diverted.
match: Oh no, sorry to hear!
nomatch: We would be sorry to see you go.
nomatch: We're sorry to hear you feel that way.

[sorry-to-hear-specific]
pattern: [(i|we) (am|are) [so|very|really]] sorry to (hear|learn) (that|about) your (order|package|parcel|refund|payment|delivery|item|replacement|booking|flight|device|repair|account|bill)
pattern: [(i|we) (am|are) [so|very|really]] sorry to (hear|learn) (that|about) the (delay|delays|damage|mix up|charge|charges|problem|problems|issue|issues|outage|error|wait|cancellation)
pattern: [(i|we) (am|are) [so|very|really]] sorry to (hear|learn) (that|about) you (were|have been|got) (charged|billed|sent|kept|left|given|told|double charged|overcharged)
weight: 1.5
match: I'm sorry to hear that your parcel arrived damaged.
match: So sorry to hear about the delay with your refund.
match: We are sorry to hear that you were charged twice.

[sorry-your-thing-happened]
# "So sorry your parcel showed up crushed": sympathy that names what happened to the customer.
# Apologies for our own actions ("sorry that we ...") are apology.lex; feelings-based
# non-apologies ("sorry you feel that way", "sorry you were upset with our policy") are
# confrontation.lex, so no pattern here names a feeling.
pattern: [(i|we) (am|are)] [so|very|really|truly|terribly|deeply|super] sorry [that] your *3 (was|were|has|have|had|did not|does not|do not|never|still|keeps|kept|came|arrived|showed up|turned up|went|got|broke|stopped|failed|dropped|crashed|has not|have not|was not|were not|is not|are not|could not|can not|ended up|took|missed|went missing|is still|are still)
pattern: [(i|we) (am|are)] [so|very|really|truly|terribly|deeply|super] sorry [that] you (were|have been|got|had been|are|are still|were still|have been left|ended up) (without|left|charged|billed|double charged|overcharged|sent|given|told|kept|stuck|stranded|caught|hit|affected|locked out|cut off|unable|not able|missing|waiting|on hold|ignored|bounced|passed|disconnected|cancelled|canceled|bumped|declined|refused|turned away|woken|delayed)
pattern: [(i|we) (am|are)] [so|very|really|truly|terribly|deeply|super] sorry [that] you (are having|were having|have been having|had|have had|ran into|hit|are running into|have run into|are experiencing|experienced) (trouble|issues|problems|difficulty|difficulties|an issue|a problem|some trouble|some issues|this issue|this problem|connection issues|that issue|that problem|such trouble|so much trouble)
weight: 1.25
match: So sorry your coffee order showed up cold.
match: I'm really sorry your bag didn't arrive with you.
match: Sorry your new SIM still isn't working.
match: We're sorry you were left without heating over the weekend.
match: I'm sorry you've been having trouble with the app.
nomatch: I'm sorry you feel that way.
nomatch: We're sorry you were disappointed with our policy.
nomatch: I'm sorry you had to wait so long.

# ---------------------------------------------------------------------------------------------
# The customer's situation in the agent's own words: general patterns with gaps ("I can see your
# booking for the 14th was cancelled", "looks like your card was charged twice", "I've gone through
# your ticket history", "thanks for the details about the leak")
# ---------------------------------------------------------------------------------------------

# "I can see your booking for the 14th was cancelled": the agent looked, and names what happened
# to the customer's thing. Up to four words may stand between the determiner and the verb of what
# happened; the match ends at that verb, so what follows stays free for other files.
[can-see-situation]
pattern: i can (see|now see|also see|see here|see now) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we can (see|now see|also see|see here|see now) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: (i|we) can (see|now see|also see) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
pattern: (i|we) can see [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (is|are) [still] (wrong|incorrect|broken|faulty|damaged|missing|empty|late|delayed|overdue|blocked|locked|frozen|stuck|down|offline|out of date|pending|on hold|duplicated|doubled|higher|showing|marked|sitting|full|fully booked|sold out|unavailable|closed|not)
pattern: (i|we) (can see|see|noticed|have noticed|notice|can tell) [that] your <word> <word> (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|crashed|froze|expired|lapsed|bounced|disappeared|went missing|got lost|got stuck|is stuck|is missing|are missing|errored|timed out|is still|are still|doubled|jumped|tripled|spiked|went up|(was|were|has been|have been|got) (declined|rejected|refused|denied|lost|stolen|damaged|broken|missing|wrong|incorrect|late|delayed|blocked|suspended|locked|frozen|stuck|double booked|overbooked|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed|bounced))
pattern: (i|we) can [now|also|clearly] see the (problem|issue|error|mistake|mix up|confusion|glitch|fault) (,|.|:|-|here|now|with|on|in)
pattern: (i|we) can (hear|see) the <word> you (described|mentioned|reported|flagged|talked about|told us about|noticed|spotted|heard|were talking about|were describing)
pattern: (i|we) can [now|also] see the <word> [<word>] you (opened|raised|filed|lodged|sent|got|received|submitted|made|placed|started|logged|booked|ordered|paid for|returned|reported|mentioned)
pattern: (i|we) [can] see (the|a|an) (hold|block|flag|note|dispute|claim|complaint|charge|charges|debit|refund|transaction|restriction|suspension|fee|fine|penalty) (on|against|for|from|in) your
pattern: (i|we) can see (on|in) my (end|side|system|screen|records|notes) [that]
pattern: (i|we) can see [that] you [already|have already|have] (verified|updated|submitted|uploaded|paid|topped up|renewed|cancelled|canceled|confirmed|registered|signed up|logged in|completed|attended|checked in|returned|emailed|called|ordered|bought|purchased|applied|reported|followed|changed|reset|rebooked|tried) (yesterday|today|already|last|this|earlier|twice|again|a|an|the|your|two|both|it|this|that|before|after|at|in|for|everything|all)
pattern: (i|we) (can tell|see|noticed|note) (from|in|on) (the|your|our) *2 (logs|log|records|history|tracking|notes|statement|statements|photos|screenshots|account|system|footage|data|report|timeline|readings|file|booking|order|claim|policy|transcript|chat) [that]
weight: 1.5
match: I can see your booking for the 14th was cancelled.
match: We can see that the rental was extended by mistake.
match: I can see both payments left the account on Monday.
match: I can see the hotel still has not refunded your deposit.
match: I can see the invoice has the wrong postcode on it.
match: I can see the date on your ticket is wrong.
nomatch: You can see your booking in the app.
nomatch: Once we can see the payment has cleared, we will ship it.

[noticed-situation]
pattern: i (noticed|notice|have noticed|spotted|have spotted) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we (noticed|notice|have noticed|spotted|have spotted) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: i (note|can tell|have picked up|have seen) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we (note|can tell|have picked up|have seen) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: i am (seeing|noticing|showing) [here] [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we are (seeing|noticing|showing) [here] [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: (it|my system|our system|our records|the tracking) (shows|is showing|says|showed) [that] (the *4|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: (the logs|the error|the screenshot|the photos|the statement) (shows|is showing|says|showed) [that] (the *4|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: your screenshot (shows|is showing|says|showed) [that] (the *4|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: i (noticed|notice|have noticed|spotted|can tell) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
pattern: we (noticed|notice|have noticed|spotted|can tell) [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
pattern: ^ (i|we) see [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: ^ (ok|okay|ah) [,] i see (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: ^ (oh|so|right) [,] i see (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: ^ and [,] i see (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: , [and|so] (i|we) see [that] (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
weight: 1.5
match: I notice the policy lapsed in March.
match: I've noticed the direct debit bounced twice.
match: I can tell the app has been logging you out a lot.
match: Ah, I see the order ended up split into two.
match: Thanks, I see the course access ended up switched off.
nomatch: Please note the office is closed on Sunday.
nomatch: When we see the payment was received, we ship the order.

# Hedged observations ("it looks like", "it seems", "from what I can see") about what happened to
# the customer's thing. The verb list holds events and problems, not bare "is", so "it looks like
# the sale ends Friday" or "the order is on its way" do not count.
[looks-like-situation]
pattern: (it (looks|seems|appears) (like|as though|as if|that)) (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: (it (seems|appears)) (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: (^ (looks|seems) (like|that)|^ seems|, [so|and] (looks|seems) like) (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: (from what (i|we) can (see|tell)|from what (i|we) (see|found)|(from|by) the looks of (it|things)) , (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: (it (looks|seems|appears) (like|as though|that)) (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (is|are) [still] (wrong|incorrect|broken|faulty|damaged|missing|empty|late|delayed|overdue|blocked|locked|frozen|stuck|down|offline|out of date|pending|on hold|duplicated|doubled|higher|showing|marked|sitting|full|fully booked|sold out|unavailable|closed|not)
pattern: (^ (looks|seems) like|from what (i|we) can (see|tell) ,) (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (is|are) [still] (wrong|incorrect|broken|faulty|damaged|missing|empty|late|delayed|overdue|blocked|locked|frozen|stuck|down|offline|out of date|pending|on hold|duplicated|doubled|higher|showing|marked|sitting|full|fully booked|sold out|unavailable|closed|not)
pattern: (it (looks|seems|appears) (like|as though|that)|^ (looks|seems) like|from what (i|we) can (see|tell) ,) (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
pattern: (it (looks|seems|appears) (like|as though|that)|it (seems|appears)|^ (looks|seems) like|^ seems|, [so|and] (looks|seems) like|from what (i|we) can (see|tell) ,) your <word> <word> (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|crashed|froze|expired|lapsed|bounced|disappeared|went missing|got lost|got stuck|is stuck|is missing|are missing|errored|timed out|is still|are still|doubled|jumped|tripled|spiked|went up|(was|were|has been|have been|got) (declined|rejected|refused|denied|lost|stolen|damaged|broken|missing|wrong|incorrect|late|delayed|blocked|suspended|locked|frozen|stuck|double booked|overbooked|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed|bounced))
pattern: ((it is|it was|that is) clear [that]|^ clearly [,]) (the *4|both *4|two *3|these *3|those *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: (looking at|checking) the (tracking|history|logs|notes|statement|footage|photos|booking|records|timeline) , (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: (going by|going through) the (tracking|history|logs|notes|statement|footage|photos|booking|records|timeline) , (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: going over the (tracking|history|logs|notes|statement|footage|photos|booking|records|timeline) , (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: you are (right|correct|quite right|absolutely right) [,] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
weight: 1.25
match: Looks like your card was charged twice.
match: It seems the voucher was not applied to your basket.
match: It looks as though the parcel was left outside.
match: From what I can see, the engineer never turned up.
match: By the looks of it, the upgrade failed halfway.
match: It appears your prescription went to the wrong branch.
match: Hmm, looks like the coupon expired yesterday.
nomatch: It looks like the sale ends on Friday.
nomatch: It seems the best option is to upgrade your plan.
nomatch: From what I can see, the order is on its way.
nomatch: It looks like this: tap Settings, then Billing.

# "It looks like you were billed for the premium tier": the same hedges, about the customer. Only
# what happened to them (charged, moved, without, unable, still having ...); what they did or must
# do ("you forgot", "you need to") is left to confrontation.lex or to nobody.
[looks-like-you]
pattern: ((i|we) can (see|now see|also see)) [that] you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: ((i|we) (noticed|notice|have noticed|spotted|note|can tell)) [that] you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: (it (looks|seems|appears) (like|as though|as if|that)|it (seems|appears)|^ (looks|seems) like|from what (i|we) can (see|tell) ,|(from|by) the looks of (it|things) ,) you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: ((i|we) can (see|now see)|(i|we) (noticed|notice|can tell)|it (looks|seems|appears) (like|as though|that)|it (seems|appears)|^ (looks|seems) like|from what (i|we) can (see|tell) ,) [that] you (have not|did not|never|could not|can not|were unable to|are unable to|have been unable to|were not able to|are not able to|have not been able to|still have not|still can not) (receive|received|get|got|gotten|hear|heard|been able|managed|manage|access|log|sign|use|find|collect|download|open|connect|redeem|book|pay|check in|get through|reach)
pattern: ((i|we) can (see|now see)|(i|we) (noticed|notice|can tell)|it (looks|seems|appears) (like|as though|that)|it (seems|appears)|^ (looks|seems) like|from what (i|we) can (see|tell) ,) [that] you (are|were|have been) [still] (having|experiencing|running into|getting|seeing|dealing with|facing|stuck|locked|left|unable|being charged|being billed|waiting)
pattern: ((i|we) can (see|tell)|it (looks|seems|sounds) (like|as though)|^ (looks|seems|sounds) like) [that] you (have had|had|have been through|went through|have gone through) (a|an|such a|quite a|some|a bit of a|a real|a lot|quite the|a rough|a tough|a long|a difficult|a frustrating|a stressful)
weight: 1.5
match: It looks like you were billed for the premium tier.
match: It looks like you've been without power since Tuesday.
match: Looks like you haven't received the reset email.
match: I notice you were moved onto a different plan last month.
match: It seems you are still having trouble with the sync.
nomatch: It looks like you need to update the app first.
nomatch: It looks like you forgot to add the promo code.
nomatch: It looks like you are all set now.

[there-was-a-problem]
pattern: ((i|we) can (see|now see|also see)) [that] there (was|were|has been|have been|is been|had been|is|are) (a|an|some|two|another|an extra|a second|a duplicate|a double) *2 (attempts|attempt|login attempts|deliveries|messages|emails|calls|orders|accounts|profiles|entries|readings|issue|issues|problem|problems|error|errors|mix up|mixup|mistake|glitch|delay|delays|fault|outage|confusion|charge|charges|payment|payments|booking|bookings|transaction|transactions|cancellation|change|hold|block|leak|misunderstanding|miscommunication|overbooking|duplicate|hiccup|snag|breakdown|power cut|disruption|overcharge|refund|debit|fee)
pattern: ((i|we) (see|noticed|notice|have noticed|spotted)) [that] there (was|were|has been|have been) (a|an|some|two|another|an extra|a second|a duplicate|a double) *2 (attempts|attempt|login attempts|deliveries|messages|emails|calls|orders|accounts|profiles|entries|readings|issue|issues|problem|problems|error|errors|mix up|mixup|mistake|glitch|delay|delays|fault|outage|confusion|charge|charges|payment|payments|booking|bookings|transaction|transactions|cancellation|change|hold|block|leak|misunderstanding|miscommunication|overbooking|duplicate|hiccup|snag|breakdown|power cut|disruption|overcharge|refund|debit|fee)
pattern: ((i|we) (see|noticed|notice|have noticed|spotted)) [that] there (is been|had been|is|are) (a|an|some|two|another|an extra|a second|a duplicate|a double) *2 (attempts|attempt|login attempts|deliveries|messages|emails|calls|orders|accounts|profiles|entries|readings|issue|issues|problem|problems|error|errors|mix up|mixup|mistake|glitch|delay|delays|fault|outage|confusion|charge|charges|payment|payments|booking|bookings|transaction|transactions|cancellation|change|hold|block|leak|misunderstanding|miscommunication|overbooking|duplicate|hiccup|snag|breakdown|power cut|disruption|overcharge|refund|debit|fee)
pattern: (it (looks|seems|appears) (like|as though|as if|that)) there (was|were|has been|have been|is been|had been|is|are) (a|an|some|two|another|an extra|a second|a duplicate|a double) *2 (attempts|attempt|login attempts|deliveries|messages|emails|calls|orders|accounts|profiles|entries|readings|issue|issues|problem|problems|error|errors|mix up|mixup|mistake|glitch|delay|delays|fault|outage|confusion|charge|charges|payment|payments|booking|bookings|transaction|transactions|cancellation|change|hold|block|leak|misunderstanding|miscommunication|overbooking|duplicate|hiccup|snag|breakdown|power cut|disruption|overcharge|refund|debit|fee)
pattern: (it (seems|appears)|^ (looks|seems) like|from what (i|we) can (see|tell) ,|(from|by) the looks of (it|things) ,) there (was|were|has been|have been|is been|had been|is|are) (a|an|some|two|another|an extra|a second|a duplicate|a double) *2 (attempts|attempt|login attempts|deliveries|messages|emails|calls|orders|accounts|profiles|entries|readings|issue|issues|problem|problems|error|errors|mix up|mixup|mistake|glitch|delay|delays|fault|outage|confusion|charge|charges|payment|payments|booking|bookings|transaction|transactions|cancellation|change|hold|block|leak|misunderstanding|miscommunication|overbooking|duplicate|hiccup|snag|breakdown|power cut|disruption|overcharge|refund|debit|fee)
pattern: ((i|we) can [now|also] see|(i|we) (noticed|notice|have noticed|see)|it (looks|seems|appears) [like|that]|^ (looks|seems) like|from what (i|we) can (see|tell) [,]|(i|we) can tell|(i|we) (understand|know|realise|realize)|^ clearly|(it is|that is) clear) [that] (something|something is|something has|something's) (went|has gone|gone|is gone|had gone|is not|was not|was) (wrong|off|not right|amiss|awry)
pattern: (something|something is|something has|something's) [definitely|clearly|obviously] (gone|went) wrong (with|on|in) (your|the)
weight: 1.25
match: I see there was a double booking on your reservation.
match: Looks like there's been a mix-up with the room allocation.
match: It appears there was a problem with your payment.
match: I can see something went wrong with the order.
match: It's clear something went wrong with your booking.
nomatch: If there was a problem, we will email you.
nomatch: There was a problem loading the page, please try again.

[seems-to-have-stopped]
pattern: (the *3|your <word> [<word>]|it|this|they) (seem|seems|appear|appears) to (have stopped|have failed|have crashed|have disappeared|have vanished|have gone missing|have lapsed|have expired|have been cancelled|have been canceled|have been declined|have been rejected|have been charged|have been lost|have been damaged|have got lost|have got stuck|have dropped|have frozen|be stuck|be missing|be showing|be down|be failing|be crashing|be broken|be faulty|be wrong|be playing up|be logging you out|keep|not|have not|be having|have had)
weight: 1.25
match: Your lesson recordings seem to have stopped uploading on Monday.
match: The tracking appears to be stuck at the depot.
nomatch: The sale seems to be popular this year.

[see-what-happened-now]
pattern: (i|we) (can now|can already|can clearly|now|have) (see|understand|figured out|worked out|found out|get|know) [exactly] (what|what is) (happened|has happened|went wrong|has gone wrong|is going on|was going on|is happening|caused (this|it|the))
pattern: (i|we) can (see|understand|tell) exactly (what|what is) (happened|has happened|went wrong|has gone wrong|is going on|was going on|is happening|caused (this|it|the))
pattern: ^ [ok|okay|right|ah|so|and] [,] (i|we) can see (what|what is) (happened|has happened|went wrong|has gone wrong|is going on|was going on)
pattern: (i|we) [now|can now] (see|understand|know) [exactly] what is (happened|going on|happening|gone wrong)
pattern: (i|we) (have found|found|have spotted|spotted|have tracked down|tracked down|have located|located|have pinpointed|pinpointed|have identified|identified|have figured out|figured out|have worked out|worked out) (the|what) (problem|issue|cause|error|fault|culprit|mistake|glitch|bug|source of the problem|reason|root cause) (.|!|,|:|with|on|in|behind|here|and|-)
pattern: (i|we) (have found|found|have spotted|spotted|have figured out|figured out|have worked out|worked out) (what happened|what went wrong|what caused (this|it|the)|why (this|it|the|your))
weight: 1.25
match: I can see exactly what happened.
match: Okay, I can see what's happened here.
match: I found the problem: the address had an extra digit.
match: We've worked out what went wrong with your upload.
nomatch: We'll see what happens after the update.
nomatch: Let me see what I can find.

# "Sorry the room wasn't ready", "sorry about the broken shower": sympathy that names what went wrong.
# Apologies for our own actions ("sorry we ...", "sorry for the delay") stay in apology.lex.
[sorry-the-thing-happened]
pattern: sorry [that|to see|to see that] (the *4|both *4|two *3|our *4|these *3|those *3|the <word> [<word>] you (asked for|booked|ordered|bought|paid for|requested|were promised|reserved|chose|wanted) *2) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|was|were|has been|have been|got|had to)
pattern: (sorry|bummer|shame|gutted) about (the|your) (leak|leaks|noise|smell|mess|damage|breakage|outage|outages|power cut|flood|flooding|cancellation|cancelled|crash|crashes|bug|glitch|fault|faults|breakdown|queue|queues|overcharge|overcharging|double booking|double charge|charges|charge|fee|fees|bill|room|car|flight|journey|trip|stay|meal|food|order|parcel|package|delivery|experience|disruption|scratch|dent|stain|accident|theft|break in|missing|broken|late|cold|wrong|damaged|lost|faulty|failed|declined|rejected|short|soggy|dirty|noisy|leaking|mix up|mixup|confusion|situation|hassle|problems|issues|issue|problem|trouble)
pattern: (sorry|bummer|shame|gutted) about (the|your) <word> <word> (with|on|in|at|from|for|during|.|!|,|and|<emoji>)
weight: 1.25
match: I'm sorry the room wasn't ready when you arrived.
match: Sorry the class got cancelled at the last minute.
match: So sorry the tickets never came through.
match: Sorry about the broken shower in your room.
match: Really sorry about the leak.
nomatch: Sorry, the store is closed today.
nomatch: Sorry the item you wanted is out of stock.

[sorry-you-went-through]
pattern: sorry [that] you (have been|are|were|have had to be|had to be) (dealing with|going through|stuck with|left with|facing|without|stuck|stranded|kept on hold|on hold|locked out|cut off|out of pocket|left out of pocket|caught up in|affected by|hit by|left waiting|put through)
pattern: sorry [that] you (have had|had|have been having|are having|were having|went through|have gone through|have been through|ran into|have run into|are running into|hit|came home to|woke up to|ended up with|were left with|got) (such|so much|a|an|all this|all of this|this|that|these|those|the|some|another|yet another|more|any)
pattern: sorry [that] you (have had|had) to (deal with|go through|put up with|sort out|cope with|face) (this|that|a|an|the|all|such|so|it)
weight: 1.25
match: Sorry you've been dealing with this.
match: Sorry you've had such a hassle with the claim.
match: Sorry you've been going through this.
match: So sorry you came home to a flooded kitchen.
nomatch: I'm sorry you feel that way.
nomatch: We're sorry you were disappointed with our policy.

# Casual chat reactions ("Oh no!", "Yikes, ...", "Ugh, a flat tyre ..."): a first sign that the
# message landed. Weak alone; "oh no worries" and "oh no problem" do not count (no punctuation after
# "no"). Validation.lex wins where the reaction runs on into a feeling ("oh no, that is awful").
[oh-no]
pattern: ^ (oh no|oh dear|oh gosh|oh goodness|oh man|uh oh|yikes|eek|oof|ouch|ugh|argh|aw no|aww no|ah no|oh nooo|oh noo|noooo|nooo|oh my goodness|oh heck) (,|!|.|!!|<emoji>|?!)
pattern: ^ (oh no|oh dear|oh gosh|oh man|uh oh|yikes|eek|oof|ugh|argh|aw no|aww no|ah no|aw|aww) [,|!] (a|an|your|the|that|this|two|three|no|not) <word>
weight: 0.5
match: Oh no! Let me fix that for you.
match: Oh dear, that should not have happened.
match: Yikes, a £300 bill for a month away.
match: Ugh, a flat tyre on day one of your trip.
nomatch: Oh no worries at all!
nomatch: Oh no problem, happy to help.
nomatch: Oh, and bring your ID.

# "I've gone through your ticket history": the agent read what the customer sent or what happened
# to their account. After "the", one of the record words must follow within three words.
[gone-through-records]
pattern: (i|we) have [now|just|also|carefully] (gone|been|looked|read|dug|had a look|had a good look|had a closer look|had a quick look|had a proper look|taken a look|taken a closer look|had a read|looked back|gone back|read back) (through|over|into|at) (your|all your|all of your|all the|all of the|every|each of your|both of your|both your)
pattern: (i|we) have (gone|been|looked|read|dug|had a look|had a good look|had a closer look|had a quick look|had a proper look|taken a look|taken a closer look|had a read|looked back|gone back|read back) (through|over|into|at) (the|those|these) *2 (account|accounts|order|orders|booking|bookings|reservation|reservations|case|claim|claims|request|ticket|tickets|history|notes|note|file|files|details|messages|message|emails|email|correspondence|photos|photo|pictures|screenshots|screenshot|logs|log|statement|statements|bills|bill|invoice|invoices|transactions|payments|charges|policy|documents|paperwork|records|record|timeline|thread|conversation|conversations|chat|chats|call|calls|recording|recordings|footage|report|reports|feedback|review|complaint|letter|application|enrolment|enrollment|prescription|prescriptions|membership|subscription|plan|contract|itinerary|rental|tracking|shipment|return|returns|refund|dispute|quote|readings|usage|data|workspace|settings|setup|submission|submissions|assignment|grades|results|attendance|deliveries|video|videos|clip|attachments|attachment|evidence|receipts|receipt)
pattern: (i|we) (went|looked|read|dug|had a look|took a look|had a closer look|took a closer look|had a read|went back|looked back|read back) (through|over|into|at) (your|all your|all of your|both of your)
pattern: (i|we) (went|looked|read|dug|had a look|took a look|had a closer look|took a closer look|had a read|went back|looked back|read back) (through|over|into|at) (the|those|these) *2 (account|accounts|order|orders|booking|bookings|reservation|reservations|case|claim|claims|request|ticket|tickets|history|notes|note|file|files|details|messages|message|emails|email|correspondence|photos|photo|pictures|screenshots|screenshot|logs|log|statement|statements|bills|bill|invoice|invoices|transactions|payments|charges|policy|documents|paperwork|records|record|timeline|thread|conversation|conversations|chat|chats|call|calls|recording|recordings|footage|report|reports|feedback|review|complaint|letter|application|enrolment|enrollment|prescription|prescriptions|membership|subscription|plan|contract|itinerary|rental|tracking|shipment|return|returns|refund|dispute|quote|readings|usage|data|workspace|settings|setup|submission|submissions|assignment|grades|results|attendance|deliveries|video|videos|clip|attachments|attachment|evidence|receipts|receipt)
pattern: (i|we) have [now|carefully|fully|also] (reviewed|checked|examined|assessed|inspected|investigated|read|watched|listened to) (the|all the|both|those|these|all of the) *2 (account|accounts|order|orders|booking|bookings|reservation|reservations|case|claim|claims|request|ticket|tickets|history|notes|note|file|files|details|messages|message|emails|email|correspondence|photos|photo|pictures|screenshots|screenshot|logs|log|statement|statements|bills|bill|invoice|invoices|transactions|payments|charges|policy|documents|paperwork|records|record|timeline|thread|conversation|conversations|chat|chats|call|calls|recording|recordings|footage|report|reports|feedback|review|complaint|letter|application|enrolment|enrollment|prescription|prescriptions|membership|subscription|plan|contract|itinerary|rental|tracking|shipment|return|returns|refund|dispute|quote|readings|usage|data|workspace|settings|setup|submission|submissions|assignment|grades|results|attendance|deliveries|video|videos|clip|attachments|attachment|evidence|receipts|receipt)
pattern: (i|we) have [now|just|carefully] read (the whole|the full|the entire|all of the|every|each|all your|all of your|both of your|both) (thread|conversation|chat|email|message|messages|emails|history|exchange|correspondence|review|complaint|letter|note|notes|post|report|ticket)
pattern: (i|we) have (been|gone|read|looked) (through|over) (everything|all of it|all of this|all that|it all|the whole thread|the whole conversation|the full thread|the full conversation|the whole chat|every message|each message) (you|your|.|,|!|and|carefully|twice)
weight: 1.5
match: I've looked back through your bookings.
match: I've been through the paperwork for your claim.
match: I've had a look through your account.
match: We've looked over the photos of the damage.
match: I went through the chat history with my colleague.
match: I've been through everything you sent.
nomatch: I have gone through the steps with our team.
nomatch: We have looked at the options for next year.

[have-it-open]
pattern: (i|we) have (got|pulled|brought|called|opened) (your|the) *2 (up|open) (here|now|in front of me|on my screen|and|,|.)
pattern: (i|we) have your (account|booking|order|reservation|file|case|claim|policy|details|records|ticket|application|profile|subscription|membership|statement) (open|up|here|in front of me|on my screen|pulled up)
weight: 1.25
match: I've got your booking up here and the date is wrong.
match: I have your account open and I can help with the charge.
nomatch: Have your account number ready when you call.

# Thanks for what the customer sent ("thanks for the details about the leak", "thanks for sending
# over the receipt"): receipt of their information, stronger than a stock "thanks for contacting us".
[thanks-for-the-info-about]
pattern: (thanks|thank you|cheers) [so much|again] for (the|your|those|these|all the|all that|all this) (info|information|context|background|details|detail|explanation|rundown|run down|breakdown|summary|description|notes|clarification|timeline|photos|photo|pictures|picture|pics|pic|screenshots|screenshot|video|videos|clip|recording|receipt|receipts|documents|paperwork|evidence|reading|readings|meter reading|serial number|order number|booking reference|reference|reference number|claim number|policy number|tracking number|account number|error message|error code|logs|log|file|files|example|examples|link|attachment|attachments|write up|writeup|full story|backstory|extra info|extra details|extra information) (about|on|regarding|around|re|of|for|concerning|showing|from|with|you)
pattern: (thanks|thank you|cheers) [so much|again] for (the|your|all the) (extra|additional|further|full|detailed|clear|quick|useful|helpful) (info|information|context|background|details|detail|explanation|rundown|breakdown|summary|description|notes|photos|screenshots|video|clarification) (about|on|regarding|around|re|of|for|concerning|showing|from|with|you)
pattern: (thanks|thank you|cheers) [so much|again] for (sending|providing|including|attaching|forwarding|passing on|passing along|sending over|sending through|sending across|uploading|submitting|digging out) (the|those|these|your|all the|all of the|that|this|over|through|across|us|me|both|them|it|all that|all of that|along)
pattern: (thanks|thank you|cheers) [so much|again] for (sharing|giving us|giving me|adding|dropping us|dropping me) (the|your|those|these|all the|all that|all this) (info|information|context|background|details|detail|explanation|rundown|run down|breakdown|summary|description|notes|clarification|timeline|photos|photo|pictures|picture|pics|pic|screenshots|screenshot|video|videos|clip|recording|receipt|receipts|documents|paperwork|evidence|reading|readings|meter reading|serial number|order number|booking reference|reference|reference number|claim number|policy number|tracking number|account number|error message|error code|logs|log|file|files|example|examples|link|attachment|attachments|write up|writeup|full story|backstory|extra info|extra details|extra information)
pattern: (thanks|thank you|cheers) [so much|again] for (your|the) (feedback|comments|thoughts|input|review|notes) (about|on|regarding|re|around|concerning) (the|your|our|this|that|how|what|why|yesterday|last|today|a|an)
pattern: (thanks|thank you|cheers) [so much|again] for bringing (the|your) *3 to (our|my) attention
pattern: (thanks|thank you|cheers) [so much|again] for being so (clear|detailed|thorough|specific|open|upfront|honest about what happened|clear about what happened)
pattern: (thanks|thank you|cheers) [so much|again] for (laying|setting|spelling|writing|typing|mapping|breaking|talking) (all that|all of that|all this|that|this|it|everything|things|it all) (out|down|up|through)
weight: 1.25
match: Thanks for the details about the leak.
match: Thank you for the information about the missing dose.
match: Thanks for all the info on the crash.
match: Thanks for the extra context around the billing.
match: Thanks for sending over the receipt from the hotel.
match: Thank you for providing the claim number and the photos.
match: Thanks for laying all that out.
nomatch: Thanks for your order!
nomatch: Thanks for the kind words!

[thanks-for-the-info]
pattern: (thanks|thank you|cheers) [so much|again] for (the|your|those|these|all the|all that|all this) (info|information|context|background|detail|explanation|rundown|run down|breakdown|summary|description|notes|timeline|documents|paperwork|evidence|reading|readings|meter reading|serial number|booking reference|reference|reference number|claim number|policy number|account number|error message|error code|log|file|files|example|examples|attachment|attachments|full story|backstory|extra info|extra details|extra information) (.|!|,|!!|<emoji>|-|and|it|that|this|i|we|so)
pattern: (thanks|thank you|cheers) [so much|again] for (the|your|all the) (extra|additional|further|full|detailed|clear|quick|useful|helpful) (info|information|context|background|details|detail|explanation|rundown|breakdown|summary|description|notes|photos|screenshots|video|clarification) (.|!|,|!!|<emoji>|-|and|it|that|this|i|we|so)
weight: 1.0
match: Thanks for the background, it helps.
match: Thanks for the info!
match: Thank you for the extra details.
nomatch: Thanks for your patience.
nomatch: Thanks for the update on our side.

[thanks-for-taking-the-time-to-tell]
pattern: (thanks|thank you|many thanks) [so much|very much|again] for taking the time to (write|tell|share|explain|let us know|let me know|describe|report|flag|send|reach out|get in touch|contact us|raise|bring|walk us|walk me|outline|detail|write in|write to us|message us|email us)
pattern: (i|we) [really|truly|do] appreciate you taking the time to (tell|share|let us know|let me know|report|flag|send|reach out|get in touch|contact us|raise|bring|write in|write to us|message us)
weight: 1.0
match: Thank you for taking the time to write to us about your stay.
match: Thanks for taking the time to tell us about the room.
match: Thank you for taking the time to share your experience.
nomatch: Thanks for taking the time to fill in our survey.

[thanks-for-checking-in]
pattern: (thanks|thank you|cheers) [so much|again] for (checking in|checking back|circling back|chasing|chasing this up|chasing us|coming back to us|coming back to me|writing back|getting back in touch|replying|your reply|the reply|your follow up|the follow up|following up) (about|on|regarding|re|with|over|to let us know|to let me know|to tell us|to confirm)
pattern: (thanks|thank you) [so much|again] for (bringing up|sharing|describing) (the|your|this|that|these|those|both|all) *2 (issue|issues|problem|problems|error|errors|bug|bugs|glitch|fault|faults|concern|concerns|complaint|complaints|leak|outage|delay|mistake|typo|crash|noise|discrepancy|difference|charge|charges|fee|fees|price|prices|experience)
pattern: (thanks|thank you|cheers) [so much|again] for (pointing|flagging|calling) (this|that|it|these|those) (out|up)
pattern: ^ (good|great|nice|well) (catch|spot|spotted|spotting|eye) (.|!|,|on|there|-|and|<emoji>|!!)
weight: 1.0
match: Thanks for checking in about your order.
match: Thanks for bringing up the issue with the invoices.
match: Thanks for pointing that out.
match: Good catch on the invoice date.
match: Good spot, that price is wrong.
nomatch: Thanks for checking out our new range!

[appreciate-what-you-sent]
pattern: ^ [really|truly|much|totally|definitely] appreciate (the|all the|your|those|these|that) [extra|additional|full|quick|detailed|clear] (detail|details|info|information|context|background|photos|photo|pics|screenshots|screenshot|explanation|heads up|clarification|rundown|breakdown|video|clip|receipt|timeline|notes|report|write up)
pattern: ^ [really|truly|much|totally|definitely] appreciate you (sending|sharing|providing|including|attaching|flagging|raising|reporting|explaining|clarifying|confirming|letting us know|letting me know|telling us|telling me|mentioning|pointing|bringing|describing|laying|walking|checking|double checking|following up|coming back)
pattern: (i|we) [really|truly|do|totally] appreciate (the|all the|those|these|that) [extra|additional|full|quick|detailed|clear] (detail|details|info|information|context|background|explanation|heads up|clarification|rundown|breakdown|timeline|write up)
weight: 1.0
match: Appreciate the detail, that helps.
match: Appreciate you sending the photos.
match: I really appreciate the extra context.
nomatch: Appreciate your patience.

# "I understand the room wasn't ready", "I gather the courier left it at the wrong door": the
# customer's account of what happened, taken in and repeated. Ends at the verb of what happened.
[understand-situation]
pattern: i (understand|realise|realize) [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: i (gather|know|appreciate) [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: i get [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we (understand|realise|realize) [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we (gather|know|appreciate) [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we get [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: i (hear|heard|take it|read|saw) [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: i (have read|have heard|am aware|are aware|was told) [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we (hear|heard|take it|read|saw) [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: we (have read|have heard|am aware|are aware|was told) [that] (the *4|both *4|two *3|our *4|the <word> you (bought|ordered|booked|paid for|mentioned|asked for|requested|were promised) *3|the <word> [<word>] (for|from|on|to|of|in) *3|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3) (was|were|has been|have been|had been|got|had|was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased)
pattern: i (understand|realise|realize|gather|know|appreciate|hear|take it|noted|have noted|am aware|are aware) [that] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (is|are) [still] (wrong|incorrect|broken|faulty|damaged|missing|empty|late|delayed|overdue|blocked|locked|frozen|stuck|down|offline|out of date|pending|on hold|duplicated|doubled|higher|showing|marked|sitting|full|fully booked|sold out|unavailable|closed|not)
pattern: we (understand|realise|realize|gather|know|appreciate|hear|take it|noted|have noted|am aware|are aware) [that] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (is|are) [still] (wrong|incorrect|broken|faulty|damaged|missing|empty|late|delayed|overdue|blocked|locked|frozen|stuck|down|offline|out of date|pending|on hold|duplicated|doubled|higher|showing|marked|sitting|full|fully booked|sold out|unavailable|closed|not)
pattern: i (understand|realise|realize|gather|know|hear|take it|noted|have noted|am aware|are aware) [that] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
pattern: we (understand|realise|realize|gather|know|hear|take it|noted|have noted|am aware|are aware) [that] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (has|had|shows|showed|says|lists|still has|still shows) (the wrong|the old|an old|no|an extra|two|a duplicate|the incorrect|an incorrect|a different|a second)
pattern: (i|we) (understand|realise|realize|gather|know|appreciate|hear|take it|am aware|are aware) [that] your <word> <word> (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|crashed|froze|expired|lapsed|bounced|disappeared|went missing|got lost|got stuck|is stuck|is missing|are missing|errored|timed out|is still|are still|doubled|jumped|tripled|spiked|went up|(was|were|has been|have been|got) (declined|rejected|refused|denied|lost|stolen|damaged|broken|missing|wrong|incorrect|late|delayed|blocked|suspended|locked|frozen|stuck|double booked|overbooked|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed|bounced))
pattern: i (understand|realise|realize|gather|know|appreciate|recognise|recognize) [that] you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: i (hear|heard|take it|read|saw|noted|have noted|am aware) [that] you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: i are aware [that] you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: we (understand|realise|realize|gather|know|appreciate|recognise|recognize) [that] you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: we (hear|heard|take it|read|saw|noted|have noted|am aware) [that] you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: we are aware [that] you (were|have been|had been|got) (double charged|overcharged|declined|rejected|refused|denied|blocked|suspended|locked|frozen|lost|left|given|kept|bumped|downgraded|cut off|disconnected|turned away|double booked|without|unable|not able|stuck|stranded|waiting|on hold|affected|hit|caught|signed up|enrolled|registered|transferred|passed|asked|told|promised|quoted|offered|flagged|marked|removed|dropped|(charged|billed|debited|moved|switched|upgraded|booked|placed|logged|sent|cancelled|canceled|changed|renewed) (the|twice|again|more|too|incorrectly|wrongly|when|after|even|despite|without|by mistake|in error|the wrong|a second|a late|a cancellation|a fee|an admin|for both|for the same|for two|for a|for an|for the|for your|to|onto|into|out|off|automatically|back|from|a different|an old|the old|a new))
pattern: (i|we) (understand|realise|realize|gather|know|appreciate|recognise|recognize|hear|heard|take it|read|saw|noted|have noted|am aware|are aware) [that] you (have not|did not|never|could not|can not|were unable to|are unable to|have been unable to|were not able to|are not able to|have not been able to|still have not|still can not) (receive|received|get|got|gotten|hear|heard|been able|managed|manage|access|log|sign|use|find|collect|download|open|connect|redeem|book|pay|check in|get through|reach)
weight: 1.25
match: I understand the room wasn't ready at check-in.
match: I understand the car had a flat tyre at pickup.
match: We understand the train was delayed and you missed the show.
match: I realise the prescription was meant to be ready yesterday.
match: I know the invoice showed the wrong address.
match: I gather the courier left it at the wrong door.
match: I take it the code still is not working.
match: I understand you were charged a cancellation fee.
match: I understand you haven't received the refund yet.
nomatch: I know this is not ideal.
nomatch: I understand the policy is strict.

[this-is-the-nth-time]
pattern: (i|we) (see|can see|understand|know|realise|realize|appreciate|recognise|gather) [that] (this|it) (is|was) [now] (the|your) (second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth)
pattern: (i|we) (see|can see|understand|know|realise|realize|appreciate|recognise|recognize) [that] (this|it) (is not|was not|is far from|was far from) (the|your) first (time|occasion|attempt|call|message)
pattern: (i|we) (see|can see|understand|know|realise|realize|appreciate|recognise|recognize|gather) [that] (this|it) (has|had) (happened|come up|gone wrong|been an issue|been a problem) (before|again|more than once|twice|several times|a few times|multiple times|repeatedly)
weight: 1.75
match: I can see this is the second time the engineer has missed the slot.
match: I understand this isn't the first time the app has crashed on you.
match: I know this has happened before.
nomatch: This is the second time we have updated the app this month.

[that-explains-it]
pattern: ^ [ah|oh|ok|okay|right|yes|yeah|hmm] [,] that (explains|would explain|could explain|might explain|probably explains|definitely explains) (it|everything|a lot|why|the)
pattern: , (that|which) (explains|would explain|could explain|might explain|probably explains|definitely explains) (it|everything|a lot|why)
pattern: ^ [ah|oh|ok|okay|right|yes|yeah] [,] that (clears|cleared|has cleared) (it|that|this|things|everything) up
pattern: , (that|this) [really|definitely|totally] helps (a lot|me understand|us understand|.|!|<emoji>)
weight: 1.0
match: Ah okay, that explains it.
match: Right, that clears it up.
match: That explains why the app kept crashing.
match: Thanks, that helps me understand what happened.
nomatch: This guide explains how to reset the router.
nomatch: This page explains our refund policy.

[added-to-your-case]
pattern: (i|we) have (added|put|attached|saved|uploaded|included) (that|this|it|those|these|all of that|all that|the details|the photos|your photos|your comments|your notes|the screenshots|your screenshots|the information|your information|everything|your feedback|your reading|the reading) (to|on|in|onto|against|with) (your|the) (case|file|notes|case notes|ticket|account|claim|record|records|booking|complaint|report|profile)
weight: 1.0
match: I've added that to your case notes.
match: We've attached the photos to your claim.
nomatch: You can add notes to your booking in the app.

[got-the-photos]
pattern: , [just] (saw|seen|got|checked) (the|your|those|these) (pics|photos|photo|pictures|screenshots|screenshot|video|clip|recording|images) (,|.|!|-|and|thanks|thank you|<emoji>)
pattern: ^ [just] (saw|seen|got|checked|received|had a look at|looked at|looked through|opened|watched) (the|your|those|these|both) (pics|photos|photo|pictures|picture|screenshots|screenshot|video|videos|clip|clips|recording|images|image|attachments|attachment|receipt|receipts|logs|files|file) (,|.|!|-|and|thanks|thank you|<emoji>|of|from|you)
pattern: (i|we) have (got|received|opened|downloaded|now got|now received) (the|those|these|both|all the|all of the) (pics|photos|photo|pictures|picture|screenshots|screenshot|video|videos|clip|clips|recording|images|image|attachments|attachment|receipt|receipts|logs|files|file|documents|paperwork|readings|details|information|info) (,|.|!|-|and|thanks|of|from|you|showing|i|we)
weight: 1.0
match: Saw the pics, that is not how it should arrive.
match: I've got the screenshots and the error matches a known issue.
match: Got your photos, the damage is clear.
match: Got the screenshots, thanks.
nomatch: Got a question? Send us the photos.

[shows-the-wrong]
pattern: (the *3|your <word>) (shows|showed|has|had|lists|listed|says|said|is showing|was showing|displays|displayed|has got) (the wrong|an incorrect|the incorrect|a wrong|an outdated|the outdated|your old|the old)
weight: 1.0
match: Thanks, the booking shows the wrong date.
match: The invoice lists the old address.
nomatch: Your new card shows your name on the front.

[your-message-about]
pattern: your (message|email|e mail|note|dm|complaint|letter|review|post|tweet|voicemail|report|query|enquiry|inquiry) (about|regarding|re|concerning) (the|your|our|a|an|how|what|why|last|yesterday|being|having|not)
pattern: (reading|having read|going through|looking through|looking over|reading through|reading over|going over) (your|the) (message|messages|email|emails|complaint|letter|review|feedback|thread|chat|conversation|report|description|post|tweet|voicemail|correspondence)
weight: 1.0
match: Your email about the missed delivery came through.
match: Reading your message, the problem started after the update.
nomatch: Your feedback is important to us.

[checked-and-found]
pattern: i have (checked|looked into (this|it|that)|checked (this|it|that)|investigated|been looking into (this|it|that)|been looking at (this|it|that|your account)) (and|,|:) (the *4|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: we have (checked|looked into (this|it|that)|checked (this|it|that)|investigated|been looking into (this|it|that)|been looking at (this|it|that|your account)) (and|,|:) (the *4|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: (i|we) (checked|looked into (this|it|that)|checked (this|it|that)|had a look|took a look|investigated) (and|,|:) (the *4|your <word> [was|were|has been|got]) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: (i|we) [have] (looked|dug) into (the|this|that|those|these) *2 (issue|problem|charge|charges|payment|refund|delay|error|double charge|duplicate|fee|leak|fault|outage|complaint|booking|order|claim|situation|matter|case|bill|invoice|noise|transaction|cancellation|mix up|points|miles|credit|credits|balance|deposit|reading|readings|bills|reservation|ticket|tickets|delivery|parcel|package|shipment|return|exchange|repair|policy|membership|subscription|prescription|lesson|class|course|exam|seat|flight|car|room|app|login|account|sync|upload|download|transfer|crash|bug|glitch|timeline|history)
weight: 1.25
match: I've checked and the room was double booked.
match: I looked into the double charge on your card.
nomatch: I've checked and your order is on its way.

[confirm-the-problem]
pattern: (i|we) can (confirm|verify) [that] (the *4|your <word> [was|were|has been|got]|your <word> (for|from|on|at|in|with|to|of) *3|both *4|our *4) (was not|were not|did not|does not|do not|has not|have not|had not|is not|are not|could not|can not|would not|will not|should not have|should never have|never|still|no longer|keeps|kept|stopped|failed|broke|crashed|froze|leaked|flooded|expired|lapsed|bounced|declined|dropped|jumped|doubled|disappeared|went|ended up|is stuck|is missing|are missing|is still|are still|is showing|shows|says|showed|turned up|came|ran out|timed out|double charged|overcharged|rejected|refused|wiped|deleted|substituted|left|took|wrong|crashes|freezes|fails|stops|drops|flagged|blocked|suspended|locked|denied|held|marked|errored|charged you|billed you|charged your|changed your|moved your|cancelled your|gave|handed|lost|damaged|smelled|logged you out|locked you out|kicked you out|signed you out|double booked|double booked you|overbooked|hit|knocked out|took out|should have gone|should have arrived|should have reached|should have come|should have shown|should have been refunded|should have been applied|should have been cancelled|should have been removed|is being|has gone|has stopped|has dropped|has failed|has crashed|has disappeared|appeared|increased|stolen|broken|missing|incorrect|late|delayed|frozen|stuck|cancelled|canceled|empty|cold|faulty|sent to|delivered to|left at|left outside|handed to|given to|charged twice|billed twice|taken twice|sent to the wrong|released to the wrong|given to the wrong|posted to the wrong|emailed to the wrong|linked to the wrong|applied to the wrong|sent to an old|sent to your old|delivered to the wrong|charged to the wrong|duplicated|reversed)
pattern: (i|we) can (confirm|verify) [that] you (were|have been|had been|got) (charged twice|billed twice|double charged|overcharged|charged for|billed for|sent the wrong|given the wrong|not)
weight: 1.25
match: I can confirm the charge was taken twice.
match: We can confirm your parcel was left at the wrong address.
nomatch: I can confirm your order was dispatched today.

# The agent restating the problem in so many words ("your order arrived with a missing lid",
# "the shuttle never turned up"). Only clear problem phrasings, past tense, so "if your order
# arrives damaged" does not count.
[arrived-damaged]
pattern: (your|the) *3 (arrived|came|turned up|showed up|was delivered|were delivered|got delivered) (damaged|broken|late|cold|open|opened|empty|incomplete|crushed|dented|smashed|wet|soaked|torn|leaking|melted|spoiled|faulty|cracked|without|with a missing|with missing|with a broken|with a crack|with a hole|with a dent|with damage|with the wrong|in pieces|in bits|in a state|in poor condition|in bad condition|in that condition|in this condition|like that|like this)
pattern: (your|the) *3 (arrived|came|turned up|showed up|was delivered|were delivered) (with a|with an|with no|without) <word>
pattern: (your|the) *3 (never arrived|never turned up|never showed up|never came|never reached you|never made it|went missing|did not arrive|did not turn up|did not show up|got lost|was never delivered|were never delivered)
weight: 1.25
match: Your order arrived with a missing lid, that is not good.
match: Just read your DM, the shuttle never turned up at the hotel.
nomatch: If your order arrives damaged, send us a photo.
nomatch: Your order arrived at the depot this morning.

[totally-get-it]
pattern: ^ [oh|ah|ugh|yeah|honestly] [,] (totally|completely|fully|absolutely|honestly) (get it|get that|understand|understood|hear you) (.|!|,|-|<emoji>)
weight: 1.0
match: Totally get it, the car was not cleaned.
match: Completely understand!
nomatch: Totally agree, see you then.

# Saying what should have happened to the customer's thing ("the fee should never have been
# added") restates their problem.
[should-not-have]
pattern: (the|your) *3 (should not have|should never have|should have gone|should have arrived|should have reached|should have been refunded|should have been applied|should have been cancelled|should have been removed|should have been sent|should have been delivered|should have been fixed|should have been credited)
weight: 1.25
match: That is not right, the refund should have gone back to your original card.
match: The late fee should never have been added.
nomatch: The form should have a box for your postcode.
