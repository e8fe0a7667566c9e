# negative-framing.lex: negative framing.
#
# Phrasing that tells the customer what cannot be done instead of what can: "we can't ship
# until Monday" instead of "we can ship on Monday", "we don't offer refunds" instead of "we can
# offer store credit", "that won't be possible" instead of naming the option that is possible.
# The facts may be the same; the frame decides whether the customer hears a wall or a way
# forward. These are mild (weights -0.3 to -0.6): negative framing is not hostility, so it
# feeds confrontation only at half strength, and one finding on its own stays below the level
# at which a reply counts as confrontational (calibrated on labelled replies: a polite "we're
# unable to view accounts here" is not confrontation). Two or more, or negative framing next
# to a confrontation cue, add up. Hostile and policy-hiding phrasing lives in confrontation.lex.
#
# Draws on: customer-service writing guides on positive language ("say what you can do"),
# plain-language and service-recovery literature. All phrasing was written by the replytone
# team; no licensed lexicon was copied.
#
# Notes for editors:
# - Every pattern carries its own negator ("can not", "unable", "impossible"), so the negation
#   rule does not flip them; a negator before the match ("not that we can't ...") is rare and
#   is ignored.
# - Normalization: "can't", "cannot" and "can not" are all "can not"; "won't" is "will not";
#   "don't" is "do not". Write the expanded form.
# - "We can't" alone is not a pattern: "we can't wait to see you" and "we can't thank you enough"
#   are warm. The "can not" entries list the verbs that describe a refusal.
# - A sentence-opening "Unfortunately," belongs to confrontation.lex; the entry here only takes
#   "unfortunately we can't ..." without the comma.
# - "you can't ..." and "you won't be able to ..." often describe the customer's own problem
#   ("sorry to hear you can't log in"), which is acknowledgement, not framing. Those entries only
#   match at the start of a sentence or after "unfortunately".

dimension: negative_framing

[cannot-until]
pattern: (we|i) can not (ship|refund|process|do|offer|change|cancel|send|issue|release|dispatch|deliver|approve|complete|replace|exchange|return|activate|reactivate|reset|unlock|restore|book|schedule|update|move|confirm|open|start) *6 until
pattern: (we|i) (are unable to|am unable to|will not be able to|are not able to|am not able to|will not) (ship|refund|process|do|offer|change|cancel|send|issue|release|dispatch|deliver|approve|complete|replace|exchange|return|activate|reset|unlock|restore|book|schedule|update|confirm) *6 until
pattern: can not be (shipped|refunded|processed|released|dispatched|delivered|approved|completed|replaced|exchanged|returned|activated|changed|cancelled|canceled|booked|scheduled|confirmed|issued) *6 until
weight: -0.5
message: Leads with the wait instead of the way forward. Say when it can happen: "we can ship on Monday" instead of "we can't ship until Monday".
fix: rephrase
replace: we can do this as soon as
rewrite: (we|i) (?:can ?not|can't|can’t|will not be able to|won't be able to|are unable to|am unable to) (ship|refund|process|send|issue|release|dispatch|deliver|replace|exchange|book|confirm|activate|reset|unlock|restore|update|change|cancel|approve|complete)(.*?) until ((?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b.*) => $1 can $2$3 on $4
rewrite: (we|i) (?:can ?not|can't|can’t|will not be able to|won't be able to|are unable to|am unable to) (ship|refund|process|send|issue|release|dispatch|deliver|replace|exchange|book|confirm|activate|reset|unlock|restore|update|change|cancel|approve|complete)(.*?) until (.+) => $1 can $2$3 as soon as $4
match: We can't ship your order until Monday.
match: We won't refund the deposit until the item is back with us.
match: Your refund can't be processed until the courier scans the parcel.

[we-cannot-action]
pattern: we [really|currently|actually] can not (offer|give|provide|change|accept|allow|make|assist with|assist you|send|process|issue|refund|cancel|ship|honor|honour|override|extend|waive|approve|access|view|see your|see the|see that|disclose|modify|edit|transfer|reverse|remove|add|release|replace|exchange|reinstate|restore|reactivate|book|hold|reserve|match|price match|locate|find|do that|do this|do it|compensate|return|deliver|arrange|upgrade|downgrade|split|combine|apply)
weight: -0.5
message: Says what the team can't do. Lead with what you can do instead, e.g. "we can offer store credit" rather than "we can't give refunds".
fix: rephrase
replace: what we can do is
match: We cannot offer refunds on sale items.
match: We can't change the delivery date from here.
nomatch: We can't wait to see you on board!
nomatch: We can't thank you enough for the kind words.

[i-cannot-action]
pattern: i [really|currently|actually] can not (offer|give|provide|change|accept|allow|make|assist with|assist you|send|process|issue|refund|cancel|ship|honor|honour|override|extend|waive|approve|access|view|see your|see the|see that|disclose|modify|edit|transfer|reverse|remove|add|release|replace|exchange|reinstate|restore|reactivate|book|hold|reserve|match|price match|locate|find|do that|do this|do it|compensate|return|deliver|arrange|upgrade|downgrade|split|combine|apply)
weight: -0.5
message: Says what you can't do. Lead with what you can do, e.g. "I can move it to next week" rather than "I can't change the date".
fix: rephrase
replace: what I can do is
match: I can't refund the ticket directly.
match: I cannot see the order on this account.
nomatch: I can't wait to hear how the trip goes!

[we-are-unable-to]
pattern: (we|i) (are|am) [currently] unable to
pattern: (we|i) (are|am) [currently] not able to
weight: -0.5
message: Leads with inability. Say what you can do, e.g. "we can look into this by phone" rather than "we are unable to view orders here".
fix: rephrase
replace: what we can do is
match: We're unable to see card numbers from this inbox.
match: I am not able to change the billing date.

[unfortunately-we-cannot]
pattern: unfortunately (we|i) (can not|are unable to|am unable to|will not be able to|are not able to|am not able to|could not|were unable to|was unable to)
pattern: unfortunately (we|i) do not (have|offer|support|allow|accept|provide|ship|sell|carry|stock|do)
pattern: (we|i) (unfortunately|sadly) (can not|are unable to|am unable to|will not be able to|could not)
pattern: (we|i) (are|am) (unfortunately|sadly) (unable|not able) to
weight: -0.6
message: Stacks a regret word on top of a refusal. Open with the option you do have: "what I can do is ..." instead of "unfortunately we can't ...".
fix: rephrase
replace: what we can do is
match: The seats are sold out and unfortunately we can't add more.
match: We unfortunately cannot honour that code.
match: I am sadly unable to extend the offer.

[not-possible]
pattern: (it|that|this) (is|was) [simply|just|currently] not possible
pattern: (it|that|this) is not (an option|something we can do|doable)
weight: -0.5
message: Closes the door without naming an alternative. Say what is possible: "what we can do is ..." instead of "that's not possible".
fix: rephrase
replace: what we can do instead is
match: That's not possible with this type of ticket.
match: It is just not possible to merge the two accounts.
match: I'm afraid that is not an option for this fare.

[wont-be-possible]
pattern: (that|this|it) (will not|would not|is not going to) be possible
pattern: (that|this|it) (will not|would not) be (an option|doable)
weight: -0.5
message: A flat no. Offer the nearest thing you can do: "the earliest we can do is ..." instead of "that won't be possible".
fix: rephrase
replace: the nearest we can do is
match: That won't be possible for this booking.
match: I'm sorry, it wouldn't be possible to change the name on the ticket.

[we-do-not-offer]
pattern: we [currently|normally|usually|generally] do not (offer|allow|support|accept|provide|permit|ship|deliver|carry|stock|issue|give|do|honor|honour|refund|exchange|cover|guarantee|price match|sell that|take|arrange)
pattern: we (no longer|are no longer able to) (offer|support|sell|stock|carry|accept|provide|ship|deliver|allow)
weight: -0.5
message: Tells the customer what's off the table. Name what you do offer: "we offer store credit or an exchange" instead of "we don't offer refunds".
fix: rephrase
replace: what we do offer is
match: We don't offer next-day delivery to that postcode.
match: We do not accept returns on used headphones.
match: We no longer stock that model.
nomatch: We do not share your details with anyone.
nomatch: We don't charge for returns.

[wont-be-able-to]
pattern: (we|i) will not be able to
pattern: (we|i) (would not|are not going to|am not going to) be able to
weight: -0.5
message: Predicts a refusal. Say what will happen instead: "we'll be able to reissue it once ..." rather than "we won't be able to reissue it".
fix: rephrase
replace: we will be able to do this once
match: We won't be able to reopen the claim after Friday.
match: I wouldn't be able to hold the seat past noon.

[you-cannot]
pattern: ^ you can not (return|exchange|cancel|change|combine|use|redeem|transfer|modify|request|order|book|upgrade|downgrade|pay|get|have|access|add|remove|edit|swap|reuse|apply|claim|switch|keep|extend|delay|split)
pattern: unfortunately you can not
pattern: (but|however|so) you can not (return|exchange|cancel|change|combine|redeem|transfer|modify|request|reuse|claim|switch|swap|extend)
weight: -0.5
message: Tells the customer what they can't do. Tell them what they can: "you can exchange it for another size" rather than "you can't return it".
fix: rephrase
replace: what you can do is
match: You can't combine two vouchers on one order.
match: The sale has ended, so you can't redeem the code now.
match: The fare is fixed and unfortunately you cannot change it online.
nomatch: I'm sorry to hear you can't log in to the app.
nomatch: You can't go wrong with the larger size!

[you-will-not-be-able-to]
pattern: ^ you will not be able to
pattern: (otherwise|unfortunately|or else) you will not be able to
pattern: ^ you will not be (allowed|permitted|eligible) (to|for)
weight: -0.5
message: Frames the outcome as a loss. Say what the customer can do: "once the form is in, you'll be able to ..." rather than "you won't be able to ... until".
fix: rephrase
replace: once this is done, you will be able to
match: You won't be able to log in until you verify your email.
match: Please save the code, otherwise you won't be able to reopen the file.
nomatch: I'm sorry you won't be able to make the event.

[not-allowed]
pattern: (you are|customers are|guests are|it is|that is|this is) not (allowed|permitted)
pattern: not (allowed|permitted) (to|on|in|under|for)
weight: -0.5
message: A rule stated as a prohibition. Say what is allowed: "you can bring one carry-on bag" rather than "two bags are not allowed".
fix: rephrase
replace: what is allowed is
match: Guests are not allowed to smoke on the balcony.
match: Pets are not permitted in the rooms.

[not-eligible]
pattern: (you are|it is|that is|this is|your (order|account|item|purchase|request|product|device|plan|booking|ticket|claim|fare|card) is) not eligible
pattern: (does not|will not|would not) (qualify|be eligible) (for|to)
weight: -0.5
message: Leads with exclusion. Say what the customer does qualify for: "your order qualifies for store credit" rather than "you're not eligible for a refund".
fix: rephrase
replace: what you do qualify for is
match: Your order is not eligible for free returns.
match: The booking does not qualify for a refund.

[it-is-impossible]
pattern: (it is|that is|this is|that would be|it would be|it will be) [almost|practically|simply] impossible
pattern: there is no possibility (to|of|that)
weight: -0.5
message: An absolute refusal. Name the closest thing you can do: "the quickest option is ..." instead of "it's impossible".
fix: rephrase
replace: the quickest option is
match: It is impossible to change the seat after check-in.
match: I checked and there is no possibility to move the date.

[not-available]
pattern: (is|are) [currently|sadly] not available
pattern: (is|are) [currently] (unavailable|no longer available)
pattern: (is|are) not available (in|on|for|to|at|yet)
weight: -0.3
message: Says what's missing. Say what is available: "it's available in blue and black" or "it'll be back on the 5th" rather than "it is not available".
fix: rephrase
replace: is out for now, and what we can offer instead is
match: This colour is not available in your size.
match: The feature is currently unavailable on Android.
match: That option is not available to business accounts.

[cannot-guarantee]
pattern: (we|i) can not (guarantee|promise)
pattern: there is no (guarantee|promise) (that|of)
pattern: (we|i) (are|am) (unable|not able) to (guarantee|promise)
weight: -0.3
message: Leads with uncertainty. Commit to what you can: "we'll do everything we can to ..." or "the usual time is ..." instead of "we cannot guarantee".
fix: rephrase
replace: we will do everything we can to
match: We cannot guarantee delivery before the weekend.
match: There is no guarantee that the colour will come back.

[not-something-we-do]
pattern: (that|this|it) is not something (we|i) (do|offer|can do|provide|support|can offer|are able to|can fix|can change)
pattern: (that|this) is not (a service|a feature|an option) (we|that we) (offer|provide|have)
weight: -0.5
message: Refuses without a way forward. Say what you do offer: "what we can do is ..." instead of "that's not something we do".
fix: rephrase
replace: what we can do is
match: That's not something we offer for gift cards.
match: I'm afraid this is not a service we provide.

[the-problem-is]
pattern: the [main|only|real] problem (is|here is) that
pattern: the [main|only|real] (problem|issue) (is|lies) with your
weight: -0.3
message: Frames the reply around the obstacle. Lead with the fix: "to get this working, we'll need ..." instead of "the problem is that ...".
fix: rephrase
replace: to get this working, we need
match: The problem is that the warehouse closes at four.
match: The issue lies with your router settings.

[the-issue-is-you]
pattern: the (issue|problem) (is|was|here is) [that] (you|your)
pattern: the (issue|problem) (seems to be|appears to be|might be|may be) (on|at) your (end|side)
weight: -0.6
message: Puts the problem on the customer. Describe the fix instead: "changing the router setting will sort this" rather than "the issue is that you changed the setting".
fix: rephrase
replace: what will sort this out is
match: The issue is that you used an old link.
match: The problem seems to be on your side.
match: The problem is your card details have expired.

[no-way-to]
pattern: (we|i) have no way (to|of)
pattern: there is no way (for us|for me|to|of|we can|i can)
pattern: (we|i) do not have a way (to|of)
weight: -0.5
message: Leads with a dead end. Say what you can do: "the best way to get this checked is ..." instead of "we have no way to check".
fix: rephrase
replace: the best way to
match: We have no way to track parcels once they are delivered.
match: There's no way for us to see the card number.

[could-not]
pattern: (we|i) could not (find|locate|process|complete|verify|confirm|approve|accept|match|reach|access|see|issue|refund|change)
pattern: (we|i) (were|was) (unable|not able) to
weight: -0.3
message: Leads with failure. Lead with the next step: "to finish this, could you send ..." rather than "we couldn't verify your account".
fix: rephrase
replace: to finish this, we still need to
match: We couldn't verify the card you entered.
match: I could not find a booking with that reference.
match: We were unable to locate a booking under that name.

[can-only]
pattern: (we|i) can only (offer|refund|do|process|provide|accept|ship|give|issue|exchange|send)
weight: -0.3
message: Frames the one option as a limit. Offer it as a choice: "we can offer store credit" rather than "we can only offer store credit".
fix: rephrase
rewrite: (we|i) can only (\w+) => $1 can $2
replace: we can
match: We can only offer an exchange for this item.

[passive-cannot-be]
pattern: (can|could) not be (refunded|processed|shipped|cancelled|canceled|changed|returned|exchanged|accepted|honored|honoured|reversed|reinstated|restored|recovered|modified|edited|transferred|amended|undone|combined|redeemed|extended|used|done)
weight: -0.5
message: A passive refusal with nobody behind it. Say what can be done: "you can exchange it for another size" rather than "it cannot be returned".
fix: rephrase
replace: what we can do is
match: Digital orders can't be refunded after download.
match: The voucher could not be redeemed online.
nomatch: Your card will not be charged twice.

[no-longer-supported]
pattern: (is|are) no longer (supported|offered|sold|made|produced|stocked|valid|accepted)
pattern: (is|are) not (supported|compatible) (on|with|by|for|in)
weight: -0.3
message: Leads with what's gone. Point to what replaces it: "the new model works with ..." rather than "this model is no longer supported".
fix: rephrase
replace: has been replaced by
match: That model is no longer supported.
match: The old app is not compatible with iOS 17.

[not-in-a-position]
pattern: (we|i) (are|am) not in a position to
pattern: (we|i) (are|am) (currently|presently|still|sadly|unfortunately) not in a position to
pattern: (we|i) (will not|would not|are not going to|am not going to) be in a position to
weight: -0.5
message: Frames the agent's limits. Say what you can do or who can: "our billing team can approve this, and I've asked them" rather than "I'm not in a position to approve this". ("I'm not authorized to" is policy-shielding and lives in confrontation.lex.)
fix: rephrase
replace: what I can do is
match: We are not in a position to offer compensation.
match: We are currently not in a position to extend the offer.
match: I won't be in a position to confirm the date before Friday.

[we-will-not]
pattern: (we|i) will not (accept|refund|honor|honour|replace|reimburse|compensate|cover|exchange|issue|reissue|waive|override|extend|approve|process)
weight: -0.5
message: A flat refusal. Say what you will do: "we'll replace it once ..." or "what we can offer is ..." rather than "we won't replace it".
fix: rephrase
replace: what we will do is
match: We won't accept returns after 30 days.
match: We will not accept returns after 30 days.

[afraid-we-cannot]
pattern: (i am|we are) afraid (we|i) (can not|will not be able to|are unable to|am unable to|could not|are not able to|am not able to)
pattern: (i am|we are) afraid (we|i) do not (have|offer|support|allow|accept|provide|ship|sell|carry|stock)
pattern: (i am|we are) afraid (that|it) (is|will) not [be] possible
weight: -0.5
message: Softens a refusal but still leads with it. Lead with the option: "what I can do is ..." instead of "I'm afraid we can't ...".
fix: rephrase
replace: what I can do is
match: I'm afraid we cannot hold the room past 6pm.
match: We're afraid it isn't possible to split the payment.

[no-option]
pattern: (there is|we have|i have) no (other option|other choice|option|alternative|choice|other way) (but|than|to|except)
pattern: there (are|is) no (other options|alternatives|other way)
weight: -0.5
message: Closes every door. Name the option there is: "the option we have is ..." rather than "there is no other option".
fix: rephrase
replace: the option we have is
match: We have no option but to cancel the booking.
match: There are no other options for this fare.

[no-access]
pattern: (we|i) do not have (the ability|access|the option|the tools|visibility) (to|of|on|into)
pattern: (we|i) do not have access
weight: -0.3
message: Frames the agent's limits. Say who can help or how: "the billing team can see this, and I've passed it to them" rather than "I don't have access".
fix: rephrase
replace: the team that can see this is
match: I don't have access to your card details.
match: We do not have the ability to edit reviews.

[system-does-not-allow]
pattern: (the|our) system (does not|will not|can not|would not) (allow|let|accept|permit|support)
pattern: (the|our) (system|tool|website|app) (does not|will not) let you
weight: -0.5
message: Blames a system and leaves the customer stuck. Say what you can do around it: "I can make this change by hand" rather than "the system doesn't allow that". ("The system won't let me" is policy-shielding and lives in confrontation.lex.)
fix: rephrase
replace: what I can do instead is
match: The system doesn't allow changes after dispatch.
match: The website won't let you change the address after dispatch.

[warranty-does-not-cover]
pattern: (the|your|our|this) (warranty|guarantee|policy|plan|insurance|cover|coverage|subscription) (does not|will not|can not) (cover|include|extend)
weight: -0.5
message: Leads with what's excluded. Lead with what is covered or what you can do: "the repair is $40, and I can book it today" rather than "the warranty doesn't cover this".
fix: rephrase
replace: what we can do is
match: The warranty doesn't cover water damage.

[outside-window]
pattern: (is|are|was|falls|fell|fall) outside [of] (the|our|your) [return|returns|refund|warranty|cancellation|delivery] (window|period|policy|timeframe|time frame|area|zone)
weight: -0.3
message: Leads with the rule that excludes the customer. Say what you can still do: "what I can offer for an order of this age is ..." rather than "this is outside our return window".
fix: rephrase
replace: what I can offer for this is
match: Your order falls outside the return window.
match: Unfortunately the address is outside our delivery area.

[that-will-not-work]
pattern: (that|this) (will not|would not|does not) work for (us|our|this)
pattern: ^ that will not work
weight: -0.3
message: Rejects the customer's idea without an alternative. Suggest what would work: "what would work is ..." instead of "that won't work".
fix: rephrase
replace: what would work is
match: That won't work, since the fare is non-refundable.
match: Sadly that doesn't work for us on a Sunday.

[we-do-not-know]
pattern: (we|i) (do not|did not) know (when|why|how long|if|whether)
pattern: (we|i) (do not|have not) (got|received|been given) (any|an) (update|information|eta|timeline|date)
weight: -0.3
message: Leads with uncertainty. Commit to what you can: "I'll let you know as soon as we have a date" rather than "we don't know when".
fix: rephrase
replace: I will update you as soon as we know
match: We don't know when the item will be back in stock.
match: We haven't received any update from the supplier.

[cannot-help]
pattern: (we|i) (can not|are unable to|am unable to) help (you|with)
pattern: (we|i) (can not|are unable to|am unable to) (help|assist) [you] (without|otherwise|unless)
pattern: (that|this) is not something (we|i) can help with
weight: -0.5
message: Refuses help. Point the customer to who can: "the bank can sort this out quickest, here's how to reach them" rather than "we can't help with that".
fix: rephrase
replace: the quickest way to sort this is
match: We're unable to help with third-party orders.
match: This is not something I can help with here.
match: We can't help without the order number.

[out-of-our-hands]
pattern: (it is|that is|this is) out of (our|my) control
pattern: there is nothing [more] (we|i) can (do|offer) (until|at this|right now)
weight: -0.5
message: Signals helplessness. Say what you will do while you wait: "I'll chase the courier daily and update you" rather than "it's out of our control". ("Out of my hands" is policy-shielding and lives in confrontation.lex.)
fix: rephrase
replace: what I will do in the meantime is
match: It's out of our control until the carrier scans it.

[not-at-the-moment]
pattern: (we|i) (do not|can not) (currently|right now|at the moment|at this time) (offer|support|ship|deliver|accept|provide|allow|do)
pattern: (is|are) not (possible|available|an option) (at the moment|right now|at this time|yet)
weight: -0.3
message: Leads with the gap. Say when or what instead: "we'll start shipping to Norway in May" rather than "we don't currently ship to Norway".
fix: rephrase
replace: what we can offer right now is
match: We don't currently ship to Norway.
match: Gift wrapping is not available at the moment.

[cannot-unless]
pattern: (we|i) (can not|will not be able to|are unable to|am unable to|will not) (ship|refund|process|do|offer|change|cancel|send|issue|release|approve|complete|replace|exchange|reset|unlock|restore|book|confirm|continue|proceed|help) *6 unless
pattern: (that|this|it|your order|your refund|your claim) can not be (processed|approved|refunded|shipped|completed|changed) *6 unless
weight: -0.5
message: Makes the next step sound like a threat. Say what happens once the condition is met: "as soon as we have the photo, we can approve the refund" rather than "we can't approve it unless you send a photo".
fix: rephrase
rewrite: (we|i) (?:can ?not|can't|can’t|will not be able to|won't be able to|won’t be able to|are unable to|am unable to|will not|won't|won’t) do anything(.*?) unless (.+) => $1 can sort this out$2 as soon as $3
rewrite: (we|i) (?:can ?not|can't|can’t|will not be able to|won't be able to|won’t be able to|are unable to|am unable to|will not|won't|won’t) (\w+)(.*?) unless (.+) => $1 can $2$3 as soon as $4
replace: as soon as we have this, we can
match: We can't approve the refund unless we receive a photo.
match: Your claim can't be processed unless the form is signed.

[no-longer-possible]
pattern: (it|that|this) is no longer (possible|an option|doable)
pattern: (we|i) (can|are able to|am able to) no longer (change|cancel|amend|edit|refund|return|offer|hold|extend)
weight: -0.5
message: Leads with the missed chance. Say what is still possible: "you can still return it once it arrives" rather than "it's no longer possible to cancel".
fix: rephrase
replace: what is still possible is
match: It's no longer possible to edit the order.
match: We can no longer change the delivery address.

[too-late]
pattern: (it is|that is|it was) too late (to|for) (cancel|change|amend|modify|return|refund|stop|edit|make changes|a refund|an exchange|changes)
pattern: (we|i|you) (are|am|were|was) (past|beyond) the (point|cut off|deadline) (to|for|of|where)
weight: -0.5
message: Leads with the deadline the customer missed. Say what can still be done: "the parcel is on its way, and you can return it free once it arrives" rather than "it's too late to cancel".
fix: rephrase
replace: what we can still do is
match: It's too late to cancel, the order has left the warehouse.
match: I'm sorry, we are past the cut-off for changes.

[not-handled-by-us]
pattern: (we|i) (do not|can not) (handle|deal with|look after|manage) (that|this|those|these|it|them|requests|issues|complaints|queries|bookings|orders)
pattern: (is|are) not (handled|dealt with|managed|covered) by (us|our team|this team|me|this department)
weight: -0.5
message: Pushes the customer away. Point to who can help and how: "our partner handles bookings, and here is their direct line" rather than "we don't handle bookings".
fix: rephrase
replace: the team that handles this is
match: We don't handle bookings made through travel agents.
match: Delivery complaints are not handled by this team.

[no-record]
pattern: (we|i) (have|can find|could find|can see|could see) no record (of|for)
pattern: there is no record (of|for)
pattern: (we|i) (can not|could not|do not) (find|see|locate) (a|any) record (of|for)
weight: -0.3
message: Leads with what is missing. Lead with the next step: "to track this down, could you send the confirmation email?" rather than "we have no record of your booking".
fix: rephrase
replace: to track this down, could you send
match: We have no record of a payment on that date.
match: I can't find any record of the call.

# ---- Coverage across domains (replytone team) ----
# Refusal frames that insurers, hotels, rental desks, schools, pharmacies and ticket sellers use:
# "not covered", "excluded", "non-refundable", "will not be accepted". Still mild on their own;
# next to a confrontation cue, or two together, they tip a curt reply over.

[not-covered]
pattern: (this|that|it|the damage|the repair|the cost|the claim|the loss|the item|the treatment|the fee|the charge|these|those|they) (is|are|was|were|would not be|will not be) not covered
pattern: (is|are|was|were) not covered (by|under|on|in|as part of) (your|the|our|this)
pattern: (is|are) (not|never) covered (.|!)
weight: -0.5
message: "This is not covered" names what the customer can't have. Lead with what the policy does cover or what help remains.
fix: rephrase
replace: your cover includes
match: This is not covered.
match: That's not covered under your policy.
match: The repair was not covered by the warranty.

[excluded]
pattern: (is|are|was|were) [specifically|expressly|explicitly] excluded (from|under|by|in|on)
pattern: (this|that|it) is [specifically|expressly] excluded (.|!)
pattern: (is|are) an exclusion (in|on|under) (your|the)
weight: -0.5
message: "That is excluded" is the wall the customer hits. Say what is included and what else can help.
fix: rephrase
replace: your policy includes
match: This is excluded under your policy.
match: That is excluded.

[non-refundable]
pattern: (is|are|was|were) (non refundable|nonrefundable|not refundable|non returnable|not returnable|non transferable|not transferable|non exchangeable|not exchangeable|non negotiable|not negotiable)
weight: -0.4
message: "It's non-refundable" states the rule as a wall. Say what the customer can do instead (credit, transfer, resale).
fix: rephrase
replace: can't be refunded, but it can be
match: Tickets are non refundable.
match: The fee is non refundable.

[will-not-be-accepted]
pattern: (will|would|shall) not be (accepted|reviewed|considered|processed|honoured|honored|refunded|reimbursed|replaced|issued|approved|extended|reinstated|credited|waived|reversed|granted|allowed|permitted|marked|graded|dispensed|filled|rebooked|transferred)
pattern: (late|incomplete|unsigned|duplicate|partial|handwritten|emailed|photocopied|expired|undated) (submissions|claims|applications|forms|requests|returns|entries|payments|assignments|documents|appeals|prescriptions|tickets|vouchers|coupons) (are not|will not be|can not be|are never) (accepted|reviewed|considered|processed|refunded|honoured|honored|marked|graded|filled|dispensed)
weight: -0.6
message: "Late submissions will not be accepted" tells the customer what is refused. Say what they can do and by when.
fix: rephrase
replace: we need this by the deadline to process it
match: Incomplete claims will not be reviewed.
match: Your refund will not be processed until the item is back.
match: Handwritten forms are not accepted.

[not-permitted-plural]
pattern: (refunds|returns|exchanges|cancellations|changes|amendments|transfers|name changes|extensions|upgrades|date changes|resales|late check outs|late checkouts) (are|is) not (permitted|allowed|possible|accepted|offered|available|given|issued|provided|an option)
weight: -0.5
message: "Refunds are not permitted" leads with the refusal. Say which options are open.
fix: rephrase
replace: we can offer
match: Name changes are not permitted on this fare.
match: Refunds are not given after the course starts.
