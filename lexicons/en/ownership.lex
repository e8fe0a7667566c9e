# ownership.lex: ownership and commitment.
#
# Cues that the agent takes the customer's problem on as their own: first-person commitments
# ("I'll make sure", "leave it with me"), actions already taken on the customer's behalf
# ("I've gone ahead and", "I've issued a refund", "I've escalated this"), commitments with a
# time attached ("I'll get back to you by Friday") and promises to stay with the case until it is
# resolved. Feeds personalization (x0.5) and the support score.
#
# Draws on: customer-service practice guides (ownership language, "I" versus "we" versus
# "they", committing to a next step and a time), service-recovery and de-escalation
# literature. All phrasing was written by the replytone team; no licensed lexicon was copied.
#
# Notes for editors:
# - Bare "make sure" / "look into" are instructions or intentions as often as commitments
#   ("Please make sure your app is updated"), so the patterns require a first-person subject and
#   a future or perfect tense.
# - "I've also ..." and "I went ahead and also ..." belong to proactive.lex; the patterns here
#   leave "also" out so that the longer proactive phrase wins.
# - "we" commitments are kept but weigh much less than "I" commitments (0.3 against 1.0-2.0):
#   this file feeds personalization at half weight, and a team promise ("we'll sort it out",
#   "our team is on it") is what a template says, while "I'll sort it out" is a person taking the
#   case. Entries whose id starts with "we-" (and let-us-fix) are the team forms; most are
#   grouped at the end of the file ("Team commitments"). Every other entry is first-person
#   singular only.

dimension: ownership

[i-will-make-sure]
pattern: i (will|am going to) make sure
pattern: i (will|am going to) make certain
weight: 1.5
message: A first-person commitment to see something through.
match: I'll make sure the courier has your new address.
match: I am going to make sure the second charge comes off your card.
match: I will make certain the replacement goes out on the first van.
nomatch: Please make sure your app is on the latest version.
nomatch: Just to make sure, which postcode did you order to?

[we-will-make-sure]
pattern: we (will|are going to) make (sure|certain)
weight: 0.3
message: A team commitment to see something through; "I'll make sure" is stronger.
match: We'll make sure the driver calls ahead next time.
nomatch: Make sure the filter is clicked firmly into place.

[i-will-personally]
pattern: i will personally <word>
pattern: i am personally <word>
pattern: i have personally <word>
weight: 2.0
message: The agent puts their own name on the next step.
match: I'll personally check on the parcel tomorrow morning.
match: I am personally handling your claim from here.
match: I have personally reviewed every charge on the account.

[gone-ahead-and]
pattern: i (have gone|went|have now gone) ahead and
weight: 1.5
message: Reports an action already taken on the customer's behalf.
match: I've gone ahead and cancelled the duplicate order.
match: I went ahead and moved your booking to the 14th.

[leave-it-with-me]
pattern: leave (it|this|that|everything|the rest) with me
pattern: leave (it|this|that|the rest) to me
weight: 1.5
message: The agent takes the problem off the customer's hands.
match: Leave it with me and I will update you this afternoon.
match: Please leave the rest to me.

[take-care-of-it]
pattern: i will take care of (it|this|that|everything|the rest|that for you|this for you)
pattern: let me take care of (it|this|that|everything|the rest)
pattern: i have taken care of (it|this|that|everything|the rest)
weight: 1.5
message: Takes a task off the customer's hands.
match: Thanks for the details, I'll take care of it from here.
match: Let me take care of the rest.
match: I have taken care of everything on our side.
nomatch: I will take care of you on your next flight.

[i-will-handle]
pattern: i will (handle|deal with|sort out|look after) (it|this|that|everything|the rest|the|your)
pattern: i will sort (it|this|that|everything) out
pattern: let me (handle|deal with|sort out) (it|this|that|the rest)
pattern: i am (handling|dealing with|looking after|taking care of) (it|this|that|your)
weight: 1.5
message: The agent takes charge of the task.
match: I'll handle the paperwork with the bank.
match: I will sort this out with the warehouse.
match: Let me handle it.
match: I'm handling your return myself.

[consider-it-done]
pattern: consider (it|that|this) (done|sorted|handled|taken care of)
weight: 2.0
message: A crisp, confident commitment.
match: Consider it done.
match: Consider that sorted for you.

[i-will-follow-up]
pattern: i will follow up
pattern: i will (check back|circle back) (with you|in|on|tomorrow|later|by|within)
pattern: i will be following up
weight: 1.5
message: Commits the agent to a next contact.
match: I'll follow up with the carrier today.
match: I will check back with you on Thursday.
match: I will be following up on this personally.

[we-will-follow-up]
pattern: we will follow up (with you|by|within|today|tomorrow|on)
weight: 0.3
message: A team commitment to a next contact.
match: We will follow up with you within two working days.

[keep-you-updated]
pattern: i will keep you (updated|posted|informed|in the loop|up to date)
pattern: i will keep you (updated|posted|informed) (on|about|every step)
weight: 1.5
message: Commits to keeping the customer informed.
match: I'll keep you posted.
match: I will keep you updated on the repair.

[i-will-let-you-know]
pattern: i will let you know (as soon as|once|the moment|the minute|when|right away|as soon)
pattern: i will (update|notify|message|email) you (as soon as|once|the moment|the minute|when|right away)
weight: 1.0
message: Commits to reporting back.
match: I'll let you know as soon as the refund clears.
match: I will email you the moment the part arrives.

[i-will-update-you-by]
pattern: i will (update|contact|message|email|text) you (by|within|today|tomorrow|before|first thing|later today|no later than)
pattern: (you will|you should) hear [back] from me (by|within|today|tomorrow|before|shortly|first thing|later today)
pattern: and [i] will (update|call|email|message|contact|text|ring) you (by|within|today|tomorrow|before|on|at|every|each|first thing|later today|this)
pattern: expect (an update|to hear) from me (by|within|today|tomorrow|before|first thing|later today)
weight: 1.5
message: A commitment with a time attached.
match: I will update you by Friday at the latest.
match: You'll hear back from me by the end of the day.
match: Expect an update from me tomorrow morning.
match: I've chased the depot and will call you on Monday.

[get-back-to-you-by]
pattern: i will (get back|come back|reply|respond) to you (by|within|today|tomorrow|before|first thing|later today|no later than|this morning|this afternoon|this evening|this week)
pattern: i will (get back|come back) to you (as soon as|once|the moment|when)
weight: 1.5
message: A commitment with a time or trigger attached.
match: I'll get back to you by 5pm today.
match: I'll get back to you as soon as I hear from the depot.

[i-will-be-in-touch]
pattern: i will be in touch (by|within|today|tomorrow|shortly|soon|as soon as|once|before|with)
pattern: i will reach out [to you] (by|within|today|tomorrow|as soon as|once|when|shortly)
weight: 1.0
message: Commits the agent to the next contact.
match: I'll be in touch tomorrow with the courier's answer.
match: I will reach out to you once the engineer has been.

[on-it]
pattern: i am on (it|this|the case|top of it|top of this)
pattern: i am on it (now|right now|already)
weight: 1.5
message: Short, immediate commitment.
match: I'm on it!
match: Thanks for flagging, I'm on it.
match: I'm on top of it and will report back.

[working-on-it]
pattern: i am [already|now|currently] working on (it|this|that|your|a fix)
pattern: i have [already] started (working on|on) (it|this|your)
pattern: i am [just|now|currently] (checking|confirming|double checking) (with|on) (the|your|our)
weight: 1.0
message: Reports work in progress by the agent.
match: I'm already working on your replacement.
match: I have started on your refund request.
match: I'm checking with the kitchen now.

[look-into-myself]
pattern: i will (look into|investigate|dig into|check into) (this|it|that) (myself|personally|right away|right now|straight away|immediately|now|today)
pattern: let me (look into|dig into|check on|chase) (this|it|that) (myself|personally|right away|right now|straight away|immediately)
weight: 1.5
message: The agent commits to investigate, now and personally.
match: I'll look into this myself.
match: Let me dig into it right away.

[let-me-check]
# "Let me check that for you": the agent takes the next step in the first person. The verbs are
# listed so that "let me know" (a request to the customer) is left out.
pattern: let me [just|quickly] (check|double check|look into|look at|take a look|have a look|see what|find out|dig into|chase|follow up|request|report|raise|escalate|sort|fix|arrange|book|update|pull up|reach out|contact|speak to|speak with|confirm|investigate|sort out|correct|process|cancel|refund|reset|resend|send|flag|get in touch|find)
weight: 1.0
message: The agent takes the next step personally.
match: Let me check that for you right away.
match: Let me just have a look at the tracking.
match: Thanks, let me see what I can do.
nomatch: Please let me know if there is anything else.

[i-will-look-into]
pattern: i will (look into|investigate|dig into|check into|check on) (this|it|that|your|the|what)
weight: 1.0
message: A first-person commitment to investigate.
match: I'll investigate what happened with the delivery.
match: I will check on the status of your order.
nomatch: Please look into the settings menu.

[i-have-escalated]
pattern: i have (escalated|raised|flagged|reported) (this|it|that|your|the|ticket|case|issue|complaint|them|both)
pattern: i (am escalating|will escalate|have now escalated|just escalated) (this|it|that|your|the)
pattern: i have passed (this|it|your case|your complaint|your feedback) (on|directly|straight) to
pattern: (i have|i have also) (logged|flagged|marked|raised) (it|this|that|your case|your ticket) as (a|an) (priority|urgent|high priority)
weight: 1.5
message: Reports that the agent moved the case up on the customer's behalf.
match: I've escalated this to our billing team.
match: I have raised your case with the carrier.
match: I will escalate your complaint to a supervisor.
match: I have passed your case on to the repairs manager.
match: I've logged it as a high priority fault.

[already-contacted]
pattern: i have already (contacted|spoken to|spoken with|reached out to|called|emailed|messaged|written to|chased)
pattern: i have (contacted|spoken to|spoken with|reached out to|been in touch with|chased) (the|our|your)
pattern: i [just|also just] (contacted|spoke to|spoke with|called|reached out to) (the|our|your) (courier|carrier|store|branch|team|warehouse|supplier|bank|manager|engineer|driver|depot|restaurant|hotel|airline)
weight: 1.5
message: Reports contact made on the customer's behalf.
match: I've already contacted the store.
match: I have spoken to our warehouse team about your order.
match: I called the courier this morning.

[we-have-contacted]
pattern: we have [already] (contacted|reached out to|spoken to|spoken with|been in touch with|chased) (the|our|your)
weight: 0.3
message: Reports contact made by the team on the customer's behalf.
match: We have contacted the carrier for an update.

[i-have-refunded]
pattern: i have (refunded|credited|reimbursed|reversed|voided)
pattern: i [just] (refunded|credited|reimbursed|reversed) (you|your|the|it|that)
weight: 1.5
message: Reports money returned by the agent.
match: I've refunded the delivery charge to your card.
match: I have reversed the late fee.
match: I just credited your account.

[i-have-issued]
pattern: i have (issued|processed|submitted|approved|authorized|authorised|raised) (a|an|the|your|this|it|that)
pattern: i [just] (issued|processed|submitted|approved) (a|an|the|your)
weight: 1.5
message: Reports an action completed by the agent.
match: I have issued a replacement voucher.
match: I've processed the exchange for the larger size.
match: I just submitted the claim.

[i-have-arranged]
pattern: i have (arranged|booked|scheduled|organized|organised|expedited|rebooked|reserved) (a|an|the|your|for|it|this|that|you)
pattern: i have (ordered|dispatched|reshipped|reissued|resent) (a|an|the|your|you|it|this|that|them)
weight: 1.5
message: Reports a concrete arrangement made by the agent.
match: I've arranged a collection for Tuesday.
match: I have expedited your order.
match: I've reissued your boarding pass.

[i-have-sent]
pattern: i have (sent|emailed|forwarded|mailed|posted) (you|it|this|that|the|a|an|your|over)
pattern: i [just] sent (you|it|over|a|an|the|your)
weight: 1.0
message: Reports something sent to the customer by the agent.
match: I've sent you the form by text.
match: I have emailed the invoice to the billing address.
match: I just sent over the return label.

[i-have-reset]
pattern: i have (reset|unlocked|restored|reactivated|re enabled|reinstated|upgraded|renewed|cancelled|canceled|replaced) (a|an|the|your|it|this|that|them|all|everything|both)
weight: 1.5
message: Reports an account or order fixed by the agent.
match: I've reset your password.
match: I have upgraded your seat.
match: I've unlocked the account.

[i-have-corrected]
pattern: i have (corrected|fixed|amended|updated|changed|removed|resolved) (a|an|the|your|it|this|that)
weight: 1.0
message: Reports a correction made by the agent.
match: I've corrected the spelling of your name on the booking.
match: I have removed the duplicate charge.

[we-have-processed]
pattern: we have (issued|processed|refunded|credited|arranged|sent|reset|upgraded|replaced|reversed|cancelled|canceled|expedited) (a|an|the|your|you|it|this|that)
weight: 0.3
message: Reports an action completed by the team.
match: We have processed your refund.
match: We've sent you a new code.

[i-have-looked-into]
pattern: i have (looked into|investigated|dug into|traced|got to the bottom of) (this|it|that|what happened|the cause)
weight: 1.0
message: Reports investigation already done by the agent.
match: I've looked into this and found where the parcel went.
match: I have got to the bottom of what happened with the charge.

[i-have-made-sure]
pattern: i have (made sure|ensured|confirmed|verified) (that|the|your|it|this|with)
weight: 1.5
message: Reports that the agent secured an outcome.
match: I've made sure the driver has your gate code.
match: I have confirmed with the hotel that the room is held.

[i-will-arrange]
pattern: i will (arrange|book|schedule|organize|organise|expedite|reserve|process|issue|authorize|authorise|approve|add|apply|move|switch|swap|upgrade|set up|rebook) (a|an|the|your|this|it|that|for|you)
weight: 1.5
message: Commits the agent to a concrete action.
match: I will arrange a technician visit for Monday.
match: I'll process the exchange now.

[i-will-refund]
pattern: i will (refund|credit|reimburse|replace|reship|resend|reverse|waive|cancel) (you|it|this|that|the|your|a)
weight: 1.5
message: Commits the agent to put things right financially.
match: I will refund the full amount today.
match: I'll replace the damaged item.

[i-will-send]
pattern: i will (send|email|forward|post|mail) (you|it|this|that|the|a|an|your|over)
weight: 1.0
message: Commits the agent to send something.
match: I'll send you the prepaid label.
match: I will forward your receipt to the billing team.

[i-will-fix]
pattern: i will (fix|correct|resolve|rectify|amend|update) (this|it|that|the|your)
pattern: i will get (this|it|that|your) (sorted|fixed|resolved|corrected|processed|done|changed|updated)
weight: 1.5
message: Commits the agent to fix the problem.
match: I'll fix the address on your account.
match: I will get this sorted today.

[i-will-chase]
pattern: i will (chase|contact|call|speak to|speak with|reach out to|get in touch with) (the|our|them|this up|it up)
pattern: i will chase (this|it|that) (up|for you|with)
weight: 1.5
message: Commits the agent to push others on the customer's behalf.
match: I'll chase the courier for an answer.
match: I will speak to the store manager this afternoon.
match: I'll chase it up for you.

[i-will-call-you]
pattern: i will (call|phone|ring) you
pattern: i will give you a (call|ring|quick call)
weight: 1.5
message: A commitment to personal contact.
match: I'll call you at 10am tomorrow.
match: I will give you a ring once I have news.

[you-have-my-word]
pattern: you have my (word|promise|personal guarantee|personal assurance)
pattern: i give you my (word|promise)
pattern: i promise (i will|to|that i will|you i will|we will)
weight: 2.0
message: A personal promise.
match: You have my word that this will be fixed.
match: I give you my word on it.
match: I promise I will call you back.

[full-responsibility]
pattern: i take (full|complete|total|personal) responsibility (for|and)
pattern: i take [full|complete|total] responsibility for (this|that|the|what|our|my)
pattern: i (accept|take) (full|complete|total) ownership (of|for)
weight: 2.0
message: The agent owns the failure instead of deflecting it.
match: I take full responsibility for the mix-up with your order.
match: I take responsibility for what went wrong.
match: I accept full ownership of this.

[i-will-own-this]
pattern: i will own (this|it|the issue|this issue|your case|the problem)
pattern: i (will|am going to) take ownership (of|for)
pattern: i have taken ownership (of|for)
weight: 2.0
message: The agent explicitly owns the case.
match: I will own this from start to finish.
match: I'm going to take ownership of your case.
match: I have taken ownership of the complaint.

[stay-on-this-until]
pattern: i (will|am going to) (stay on|stay with|keep at|keep working on|keep pushing on|keep chasing) (this|it|top of this|top of it|your case) until
pattern: i will keep (your|the|this) (ticket|case|claim|complaint|chat) open (until|while|till)
pattern: i will (see this|see it|see your case) through
pattern: i will not (rest|stop|close this|close your case|give up) until
weight: 2.0
message: Commits the agent to stay with the case until it is resolved.
match: I'll stay on this until the money is back in your account.
match: I'm not going anywhere: I will see this through.
match: I won't close your case until you confirm the fix works.
match: I'll keep the ticket open until the new part is fitted.

[assigned-to-me]
pattern: i have (assigned|taken) (this|it|your case|your ticket|your request|your claim) (to myself|on)
pattern: (your|this) (case|ticket|request|claim) is [now] (assigned to|with) me
weight: 1.5
message: The agent takes formal ownership of the case.
match: I have assigned your ticket to myself.
match: Your case is now assigned to me.

[make-it-right]
pattern: i will (make|put) (this|it|things) right
pattern: i am going to (make|put) (this|it|things) right
weight: 1.5
message: Commits to put right what went wrong.
match: I'll make this right with a replacement.
match: I am going to put things right.

[i-will-ensure]
pattern: i will ensure
pattern: i will do (everything|whatever|all) i can (to|for)
pattern: i will do (everything|all) in my power
weight: 1.5
message: A first-person commitment to an outcome.
match: I will ensure the credit is applied before your next bill.
match: I'll do everything I can to get it there by Saturday.

[i-will-monitor]
pattern: i will (monitor|keep an eye on|keep track of|track|watch) (this|it|that|your|the)
pattern: i will keep (checking|watching|monitoring) [on] (this|it|that|your|the)
weight: 1.0
message: Commits the agent to watch the case.
match: I will keep an eye on the tracking for you.
match: I'll keep checking on your refund.
nomatch: Please keep an eye on your inbox for the label.

[no-need-to-chase]
pattern: you (will not|do not|would not) (need|have) to (chase|call back|contact us again|follow up|ring back)
pattern: there is no need [for you] to (chase|call back|contact us again|follow up)
weight: 1.0
message: Tells the customer the agent now carries the follow-up.
match: You won't need to chase this, I will.
match: There's no need for you to follow up.

[we-will-sort]
pattern: we will (sort|fix) (this|it|that|everything) [out]
pattern: we will get (this|it|that|them|one|everything) (sorted|fixed|swapped|replaced|resolved|checked|changed|corrected|reshipped|sent out) [out|for you]
weight: 0.3
message: A team commitment to fix the problem.
match: Drop us a message and we'll sort it out.
match: We'll get it swapped for you.

[we-will-action]
pattern: we will (refund|replace|reship|resend|credit|reverse|swap|exchange|rebook|reimburse|cover|send|collect|repair) (it|this|that|the|your|you|them|a|an)
weight: 0.3
message: A team commitment to a concrete action.
match: We'll refund it to your card today.
match: We will collect the old fridge on Tuesday.

[passed-on]
pattern: i have (passed|shared|forwarded|sent) (it|this|that|both|them|your feedback|your comments|your complaint|your report|your account|your concerns|your details|this feedback|the feedback|the details) (to|on to|onto|with|straight to|directly to)
weight: 1.0
message: Reports that the agent carried the customer's feedback to the people who can act on it.
match: I've passed your comments on to the store manager.
match: I've shared this feedback with the product team.

[stay-with-you]
pattern: i (will|am going to) stay (on the line|on the chat|on the call|on the phone|here) with you
pattern: i (will|am going to) stay with you (until|while|till|on this)
weight: 1.5
message: The agent stays present while the problem is fixed.
match: I'll stay on the line with you while the reset runs.
match: I am going to stay with you until the order is through.

[let-us-fix]
pattern: let us (figure out|get to the bottom of|work out) (what|why|how|this|it)
pattern: let us (get|sort) (this|it|that) (sorted|fixed|out|resolved)
weight: 0.3
message: Invites the customer into a joint fix that the agent leads.
match: Let's get to the bottom of why the login fails.
match: Let's get this sorted.

[i-have-actioned]
pattern: i have (blocked|frozen|suspended|paused|stopped|switched|moved|protected|pushed|started|backdated|swapped|activated|enabled|disabled|unblocked|released|locked in|put|popped|applied|added|transferred|merged) (the|your|you|it|this|that|them|all|everything|a|an|£|$|€)
weight: 1.5
message: Reports an action completed by the agent.
match: I've blocked the card and ordered a new one.
match: I have moved your delivery to Sunday morning.
match: I've switched you back to the old tariff.
match: I've put a stop on the card while I check.
match: I've added £5 credit to say sorry.

[i-will-get-someone]
pattern: i will (get|have|ask) (a|someone|somebody|our|the|one of our) *3 to (call|contact|collect|ring|email|visit|check|look|come|fix|repair|pick)
weight: 1.5
message: The agent takes charge of getting the right person to act.
match: I'll get a manager to call you back this afternoon.
match: I will ask someone from the depot to collect it.

# ---------------------------------------------------------------------------------------------
# Team commitments: "we" forms of the entries above. Real commitments, but the team's rather
# than a person's, so they weigh 0.3 (see the note at the top).
# ---------------------------------------------------------------------------------------------

[we-went-ahead-and]
pattern: we (have gone|went|have now gone) ahead and
weight: 0.3
message: Reports an action the team already took on the customer's behalf.
match: We have gone ahead and reopened the ticket.

[we-will-take-care-of-it]
pattern: we will take care of (it|this|that|everything|the rest|that for you|this for you)
weight: 0.3
message: The team takes a task off the customer's hands.
match: Send it back and we'll take care of the rest.
nomatch: We will take care of you on your next flight.

[we-will-keep-you-updated]
pattern: we will keep you (updated|posted|informed|in the loop|up to date)
weight: 0.3
message: The team commits to keeping the customer informed.
match: We will keep you updated on the repair.

[we-will-get-back-to-you]
pattern: we will (get back|come back|reply|respond) to you (by|within|today|tomorrow|before|first thing|later today|no later than|this morning|this afternoon|this evening|this week)
pattern: we will (get back|come back) to you (as soon as|once|the moment|when)
weight: 0.3
message: A team commitment with a time or trigger attached.
match: We will get back to you within 24 hours.

[we-are-on-it]
pattern: we are on (it|this|the case|top of it|top of this)
pattern: our [<word>] (team|engineers|crew|technicians|specialists) (is|are) (on it|on this|on the case|working on it|working on a fix)
weight: 0.3
message: A short team commitment.
match: Thanks for flagging, we're on it.
match: Our billing team is on it now.

[we-have-escalated]
pattern: we have (escalated|raised|flagged|reported) (this|it|that|your|the|ticket|case|issue|complaint|them|both)
weight: 0.3
message: Reports that the team moved the case up.
match: We have raised your case with the carrier.

[we-will-call-you]
pattern: we will (call|phone|ring) you (back|by|within|today|tomorrow|before|at|on|as soon as)
weight: 0.3
message: A team commitment to call the customer.
match: We'll call you back within the hour.

[we-take-responsibility]
pattern: we take [full|complete|total] responsibility for (this|that|the|what|our|my)
pattern: we (accept|take) (full|complete|total) ownership (of|for)
weight: 0.4
message: The team owns the failure instead of deflecting it.
match: We take complete responsibility for what went wrong.

[we-will-make-it-right]
pattern: we (are going to|will) (make|put) (this|it|things) right
weight: 0.3
message: A team commitment to put right what went wrong.
match: We are going to put things right.
match: Send us the photos and we'll make it right.

[we-have-passed-on]
pattern: we have (passed|shared|forwarded|sent) (it|this|that|both|them|your feedback|your comments|your complaint|your report|your account|your concerns|your details|this feedback|the feedback|the details) (to|on to|onto|with|straight to|directly to)
weight: 0.3
message: Reports that the team carried the customer's feedback on.
match: We've passed your comments on to the store manager.
