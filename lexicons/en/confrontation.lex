# confrontation.lex, part A: wording in a support reply that puts the customer on the defensive.
#
# Covers five sub-kinds of confrontation:
#   blame          the reply makes the customer the cause of the problem ("you failed to", "user error")
#   dismissive     the reply waves the customer's concern away ("calm down", "it is what it is",
#                  minimizers such as "just click" / "simply restart")
#   condescending  the reply talks down to the customer ("it's not rocket science", "did you even")
#   commanding     the reply gives orders instead of asking ("you need to", "do not contact us again")
#   absolute       the reply generalizes about the customer ("you always", "you never", "you keep asking")
#
# Draws on: customer service practice guides, de-escalation literature and plain-language style
# advice on blame-free, collaborative wording. All phrasing, messages and replacements were written
# by the replytone team; no licensed lexicon is copied.
#
# Conventions used here:
# - Every `replace:` is a drop-in for exactly the matched words, so entries are split wherever the
#   matched words need a different replacement (for example one entry per instruction verb for the
#   "just click" / "simply restart" minimizers).
# - Phrases that are also common in warm or neutral replies are anchored to the start of a sentence
#   (`^`) or restricted to the verbs that make them hostile ("you should have checked" is blame,
#   "you should have received an email" is not).
# - Weights: -0.5 mild, -1.0 normal, -1.5 clear, -2.0 strong, -3.0 very strong (severity error).

dimension: confrontation

# ---------------------------------------------------------------------------------------------
# blame
# ---------------------------------------------------------------------------------------------

[you-failed-to]
pattern: you [have] failed to
weight: -1.5
kind: blame
message: "You failed to" frames the customer as the cause of the problem. Say what is still needed instead of what they did wrong.
replace: we still need you to
replace: the next step is to
match: You failed to include your order number in the form.
match: It looks like you have failed to update the billing address.
nomatch: We failed to send the confirmation email, and that one is on us.

[you-neglected-to]
pattern: you [have] neglected to
weight: -1.5
kind: blame
message: "You neglected to" accuses the customer of carelessness. Describe the missing step neutrally.
replace: we still need you to
match: You neglected to sign the return form.
match: Our records show you have neglected to confirm the new address.
nomatch: We neglected to update the tracking page, which is our mistake.

[you-forgot-to]
pattern: you [have] (forgot|forgotten) to
weight: -1.0
kind: blame
message: "You forgot to" points at the customer's lapse. Ask for the missing piece without assigning fault.
replace: we still need you to
replace: could you please
match: It looks like you forgot to attach the photo.
match: You have forgotten to add the gift message.
nomatch: We forgot to include the return label, so a new one is attached.

[user-error]
pattern: [a|an] (user|operator|customer) (error|mistake)
pattern: (pebkac|pebcak)
weight: -2.0
kind: blame
message: Calling it "user error" blames the customer and ends the conversation. Describe what went wrong with the setup and how to fix it.
replace: a setup issue
replace: a settings issue
match: This looks like user error to me.
match: The crash was caused by a user error during setup.
nomatch: We traced the outage to a server error on our side.

[you-did-not-read]
pattern: you did not (read|look at|check|review|notice)
weight: -1.5
kind: blame
message: "You didn't read" assumes the customer ignored the information. Assume it was missed and point to it again.
replace: you may not have seen
match: You didn't read the email we sent last week.
match: It seems you did not check the size chart before ordering.
nomatch: If you did not receive the email, we can resend it right away.

[you-did-not-follow]
pattern: you did not follow
weight: -1.5
kind: blame
message: "You didn't follow" blames the customer for the outcome. Offer to go through the steps together.
replace: we may need to go through
replace: let us walk through
match: You didn't follow the setup steps in the guide.
match: The printer jammed because you did not follow the loading instructions.
nomatch: We did not follow up as promised, and I am sorry about that.

[you-did-not-complete]
pattern: you did not (complete|finish|submit)
weight: -1.0
kind: blame
message: "You didn't complete" reads as an accusation. State what is still outstanding instead.
replace: we are still waiting on
match: You didn't complete the verification form.
match: The refund is on hold since you did not submit the claim.
nomatch: If you already completed the form, you can ignore this message.

[you-did-not-provide]
pattern: you did not (provide|include|attach|give us|enter|add)
weight: -1.0
kind: blame
message: "You didn't provide" makes the delay the customer's fault. Name what you still need instead.
replace: we still need
match: You didn't provide your order number.
match: We can't ship yet because you did not include the apartment number.
nomatch: If you did not request this change, please let us know.
nomatch: If you did not send this request, you can ignore this email.

[you-did-not-listen]
pattern: you (did|do) not (listen|pay attention) to
pattern: you (were|are) not (listening|paying attention) to
weight: -2.0
kind: blame
message: Telling a customer they weren't listening is an accusation that escalates the conversation. Take the lead and go over the point again.
replace: let me go back over
match: You didn't listen to what I explained earlier.
match: It sounds like you were not paying attention to the delivery window.
nomatch: Thank you for listening to our hold music for so long.

[you-must-have-entered]
pattern: you must have (entered|typed|mistyped|used|provided|given us)
weight: -1.5
kind: blame
message: "You must have entered" guesses that the customer made the mistake. Describe what the system received instead.
replace: it looks like the system received
match: You must have entered the wrong email address.
match: I think you must have typed the code incorrectly.
nomatch: You must have been so worried when the package didn't arrive.

[you-must-have-clicked]
pattern: you must have (clicked|pressed|selected|chosen|tapped|picked)
weight: -1.5
kind: blame
message: "You must have clicked" assumes the customer caused the mix-up. Describe what happened, not who did it.
replace: it looks like the system registered
match: You must have clicked the wrong plan at checkout.
match: You must have selected express shipping by accident.
nomatch: You must have had a long day, thank you for your patience.

[you-must-have-missed]
pattern: you must have (missed|overlooked|skipped|ignored)
weight: -1.5
kind: blame
message: "You must have missed" implies carelessness. Acknowledge that the information is easy to miss.
replace: it is easy to miss
match: You must have missed the email about the recall.
match: You must have skipped a step during the setup.
nomatch: You must have been waiting a long time for this reply.

[you-must-have-deleted]
pattern: you must have (deleted|removed|changed|erased|reset)
weight: -1.5
kind: blame
message: "You must have deleted it" blames the customer before the cause is known. Describe the symptom and investigate.
replace: it looks like something happened to
match: You must have deleted the file from your library.
match: You must have changed the settings on the router.
nomatch: You must have had a frustrating morning with this.

[you-must-have-forgotten-to]
pattern: you must have (forgot|forgotten) to
weight: -1.5
kind: blame
message: "You must have forgotten to" guesses at a lapse on the customer's side. Ask for what is missing instead.
replace: we may still need you to
match: You must have forgotten to confirm the booking.
nomatch: We must have forgotten to send the receipt, so here it is.

[you-must-have-misunderstood]
pattern: you must have (misunderstood|misread|misheard|confused)
weight: -1.5
kind: blame
message: "You must have misunderstood" puts the communication failure on the customer. Own the clarity of the explanation.
replace: I may not have been clear about
match: You must have misunderstood the refund policy.
match: You must have misread the delivery date.
nomatch: I must have misunderstood your question, sorry about that.

[you-must-have-made-a-mistake]
pattern: you must have made (a|an) (mistake|error|typo)
weight: -1.5
kind: blame
message: "You must have made a mistake" blames the customer before anyone knows what happened. Call it a mix-up and fix it.
replace: there may have been a mix-up
match: You must have made a mistake when you placed the order.
nomatch: We must have made an error when packing your order.

[you-made-a-mistake]
pattern: ^ you [have] made (a|an|another) [small|simple|careless|silly|basic|common|big] (mistake|error|typo)
pattern: (it seems|it looks like|i think|i believe|apparently|evidently) [that] you [have] made (a|an|another) [small|simple|careless|silly|basic|common|big] (mistake|error|typo)
weight: -1.5
kind: blame
message: "You made a mistake" assigns fault to the customer. Describe the mix-up and move on to the fix.
replace: there was a mix-up
match: You made a mistake on the shipping form.
match: It seems you have made an error in the card number.
match: You made a simple mistake, that's all.
nomatch: We made a mistake with your order and will fix it today.
nomatch: I understand that you made a mistake in your order and would like to correct it.

[you-messed-up]
pattern: you (messed|screwed) (it|this|that) up
weight: -2.0
kind: blame
message: "You messed it up" is blunt blame that leaves the customer feeling judged. Focus on what went wrong and how to fix it.
replace: something went wrong here
match: You messed it up when you reset the device.
match: Honestly you screwed this up by changing the size twice.
nomatch: We messed up your order, and I am truly sorry.

[you-got-it-wrong]
pattern: you (got|have) (it|that|this) [all] wrong
weight: -1.5
kind: blame
message: Telling a customer they got it wrong puts them on the defensive. Clarify the facts without declaring them wrong.
replace: there may be a mix-up here
match: You got it wrong, the sale ended on Friday.
match: I think you have it all wrong.
nomatch: We got it wrong and have issued a full refund.

[you-are-wrong-about]
pattern: you are (wrong|mistaken|incorrect) (about|on|regarding)
pattern: you are (simply|just|completely|totally) (wrong|mistaken|incorrect) (about|on|regarding)
weight: -1.5
kind: blame
message: "You are wrong about" contradicts the customer head-on. Share the facts and let them speak for themselves.
replace: let me clarify
match: You are wrong about the return window.
match: You're completely mistaken about the fee.
nomatch: We were wrong about the delivery date, and I am sorry.

[you-were-supposed-to]
pattern: you were (supposed|meant) to
weight: -1.5
kind: blame
message: "You were supposed to" scolds the customer for not doing something. Say what the plan was and what happens now.
replace: the plan was to
match: You were supposed to return the item by Friday.
match: You were meant to upload the documents last week.
nomatch: Your package was supposed to arrive yesterday, and I am sorry it did not.

[you-were-already-told]
pattern: you were (already|clearly|previously) (told|advised|informed|instructed)
pattern: you have already been (told|advised|informed)
weight: -1.5
kind: blame
message: "You were already told" scolds the customer for asking again. Repeat the answer without the reproach.
replace: we mentioned
match: You were already told the store closes at six.
match: You have already been informed that the plan renews monthly.
nomatch: You will be informed by email once the order ships.

[you-were-warned]
pattern: you were [already|clearly] warned that
weight: -2.0
kind: blame
message: "You were warned" is a reprimand that leaves the customer embarrassed. Restate the information and help with what happens next.
replace: we mentioned that
match: You were warned that late returns are not accepted.
nomatch: We were warned that the carrier was running late.

[that-is-on-you]
pattern: (that|this|it) [one] (is|was) on you
pattern: (that|this|it) is all on you
weight: -2.0
kind: blame
message: "That's on you" hands the whole problem back to the customer. Offer to work it out together.
replace: let us sort this out together
match: That's on you, we only ship what is ordered.
match: Sorry, but this one is on you.
nomatch: That is on your account now, ready to use.
nomatch: The next coffee is on us!

[it-is-on-you-to]
pattern: (it|that) is on you to
pattern: the (onus|responsibility) is on you to
weight: -1.5
kind: blame
message: "It's on you to" makes the fix the customer's burden alone. Ask for the step politely and offer help.
replace: we would ask you to
match: It's on you to check the address before ordering.
match: The onus is on you to keep the receipt.
nomatch: It is on your dashboard under Billing.

[your-fault]
pattern: [all|entirely|completely|totally] your [own] fault
weight: -2.0
kind: blame
negated: reassurance 1.5
message: Calling something the customer's fault is blame, even if it is true. Focus on the fix instead of the fault.
replace: a mix-up we can fix
match: Honestly, the late fee is your fault.
match: That is your own fault for sharing the password.
nomatch: It's not your fault at all, the link had expired.
nomatch: Through no fault of your own, the order was delayed.

[it-is-your-responsibility-to]
pattern: (it|that|this) is [entirely|solely|completely] your (responsibility|job|duty|obligation) to
weight: -1.5
kind: blame
message: "It's your responsibility to" lectures the customer about their duties. Ask for the step and explain why it matters.
replace: we would ask you to
match: It's your responsibility to keep your password safe.
match: It is solely your responsibility to check the order before paying.
nomatch: We take responsibility for the delay and have refunded the fee.

[that-is-your-responsibility]
pattern: (it|that|this) is [entirely|solely|completely] your (responsibility|problem|concern)
pattern: (it|that|this) is (a you problem|your own problem)
weight: -2.0
kind: blame
message: "That's your responsibility" pushes the problem back to the customer and closes the door. Offer to help even when the cause is on their side.
replace: this is something we can sort out together
match: That is your responsibility.
match: Honestly, that's your problem.
nomatch: This is our responsibility and we will fix it.

[you-are-solely-responsible]
pattern: you are (solely|fully|entirely|personally|completely) responsible for
pattern: you (alone|yourself) are responsible for
weight: -1.0
kind: blame
message: "You are solely responsible for" reads like a legal warning aimed at the customer. Explain what they need to handle and offer help.
replace: please take care of
match: You are solely responsible for the return shipping costs.
match: You alone are responsible for the content of the listing.
nomatch: Our team is fully responsible for the delay.

[if-you-had-read]
pattern: if you had (read|checked|looked at|reviewed|double checked)
pattern: had you (read|checked|looked at|reviewed)
weight: -1.5
kind: blame
message: "If you had read" replays what the customer should have done, which only adds blame. Take ownership of pointing them to the information.
replace: if we had pointed you to
match: If you had read the email, you would have seen the new date.
match: Had you checked your spam folder, you would have found it.
nomatch: If you had any trouble with the form, reply here.

[if-you-had-told-us]
pattern: if you had (told|contacted|called|emailed|messaged|informed|asked) us
pattern: if you had let us know
pattern: had you (told|contacted|called|informed) us
weight: -1.5
kind: blame
message: "If you had told us" blames the customer for the outcome. Acknowledge what you didn't know without making it their failure.
replace: had we known
match: If you had told us about the damage, we could have replaced it.
match: Had you contacted us sooner, the order could have been changed.
nomatch: If you had a chance to try the new version, let us know how it went.

[if-you-had-followed]
pattern: if you had (followed|listened to|paid attention to)
weight: -1.5
kind: blame
message: "If you had followed" replays the customer's mistake. Take the lead and offer to go through it together.
replace: if we had walked through
match: If you had followed the instructions, this would not have happened.
nomatch: We followed up with the carrier this morning.

[you-entered-the-wrong]
pattern: you (entered|typed|input|put in|provided|gave us|used|sent) (the wrong|an incorrect|the incorrect|a wrong|an invalid)
weight: -1.5
kind: blame
message: "You entered the wrong" points at the customer. Describe what the system received instead.
replace: we received an incorrect
replace: the system received an incorrect
match: You entered the wrong password three times.
match: It seems you used an incorrect promo code.
nomatch: We sent the wrong size, and a replacement is on its way.

[you-ordered-the-wrong]
pattern: you (selected|chose|picked|ordered|bought|clicked) (the wrong|an incorrect|the incorrect|a wrong)
weight: -1.5
kind: blame
message: "You ordered the wrong" makes the mix-up the customer's fault. Describe what the order shows instead.
replace: the order shows a different
match: You ordered the wrong size, so we can't refund it.
match: You selected the wrong delivery date at checkout.
nomatch: We shipped the wrong color, and I am sorry about that.

[you-ignored]
pattern: you [have] ignored
pattern: you (chose|decided) to ignore
weight: -1.5
kind: blame
message: "You ignored" accuses the customer of bad faith. Assume the message was missed.
replace: you may have missed
match: You ignored our last three emails.
match: You chose to ignore the warning on the screen.
nomatch: We should have replied sooner, and I am sorry it took this long.

[you-should-have-read]
pattern: you should have (read|checked|double checked|looked at|reviewed)
weight: -1.5
kind: blame
message: "You should have checked" lectures the customer about the past. Point to the information and what happens next.
replace: it is worth checking
match: You should have read the terms before buying.
match: You should've checked the compatibility list first.
nomatch: You should have received a confirmation email by now.

[you-should-have-told-us]
pattern: you should have (told|called|contacted|emailed|informed|messaged|asked) us
pattern: you should have let us know
weight: -1.5
kind: blame
message: "You should have told us" blames the customer for the delay. Say you'd have welcomed hearing from them.
replace: we would have been glad to hear from you
match: You should have told us about the damage when it arrived.
match: You should have contacted us sooner.
nomatch: You should have access to the account now.

[you-should-have-followed]
pattern: you should have followed
weight: -1.5
kind: blame
message: "You should have followed" scolds the customer for the past. Offer the steps going forward.
replace: it helps to follow
match: You should have followed the steps in the guide.
nomatch: You should have gotten a tracking number by now.

[you-should-have-kept]
pattern: you should have (kept|saved|held on to)
weight: -1.5
kind: blame
message: "You should have kept" blames the customer for something they can't change now. Offer what you can do without it.
replace: it helps to keep
match: You should have kept the receipt.
nomatch: You should have the receipt in your inbox.

[you-should-have-waited]
pattern: you should have waited
weight: -1.5
kind: blame
message: "You should have waited" tells the customer they acted wrongly. Explain the timing instead.
replace: it is best to wait
match: You should have waited for the confirmation email.
nomatch: You should have seen a notice on your screen.

[you-should-have-known]
pattern: you should have known
pattern: you should have realized
weight: -2.0
kind: blame
message: "You should have known" blames the customer for not having information. Take ownership of how clearly it was communicated.
replace: it was not clear enough that
match: You should have known the sale ended on Sunday.
nomatch: We should have known the courier would be late.

[your-mistake]
pattern: (that|this|it) (is|was) your (mistake|error)
pattern: the (mistake|error) (is|was) (yours|on your end|on your side|on your part)
weight: -1.5
kind: blame
message: Declaring the mistake to be the customer's adds blame without adding help. Call it a mix-up and fix it.
replace: there was a mix-up
match: That was your mistake, not ours.
match: The error was on your end.
nomatch: That was our mistake and we will refund you.

[error-on-your-end]
pattern: (a|an|the) mistake (on|from) your (end|side|part)
pattern: (a|an|the) error on your part
weight: -1.5
kind: blame
message: "A mistake on your part" places the fault with the customer before it's confirmed. Describe the error neutrally.
replace: an error somewhere along the way
match: There was a mistake on your end during checkout.
match: This was caused by an error on your part.
nomatch: If you still see the error on your end, please clear the cache.

[due-to-your-error]
pattern: (due to|because of|caused by) your (error|mistake|negligence|carelessness|oversight)
weight: -2.0
kind: blame
message: Pinning the problem on the customer's error or carelessness is blame. Describe what happened without judging them.
replace: due to a mix-up
match: The charge was applied due to your error.
match: The package was returned because of your mistake.
nomatch: The package was returned due to a carrier error.

[you-caused-this]
pattern: you caused (this|it|the problem|the issue|the error)
weight: -2.0
kind: blame
message: "You caused this" is direct blame. Explain how the issue came about without pointing at the customer.
replace: this came about
match: You caused this by changing the settings.
nomatch: I understand the trouble this caused you.

[you-did-it-wrong]
pattern: you (did|are doing|have done) (it|this|that) wrong
weight: -2.0
kind: blame
message: "You did it wrong" judges the customer's attempt. Acknowledge that it didn't work and show the way forward.
replace: this did not quite work
match: You did it wrong, the SIM goes in face down.
match: It looks like you are doing it wrong.
nomatch: We did it right this time, the order has shipped.

# ---------------------------------------------------------------------------------------------
# dismissive
# ---------------------------------------------------------------------------------------------

[calm-down]
pattern: ^ [please|just|ok|okay|now|sir|madam] [,] calm down
pattern: (,|:|-) [please|just|now] calm down
pattern: (please|just|i need you to|we need you to|you need to|you should|you have to|you must|try to) calm down
pattern: calm yourself [down]
weight: -2.0
kind: dismissive
message: "Calm down" tells an upset customer that their reaction is the problem, which usually makes them more upset. Acknowledge the frustration instead.
replace: I understand how frustrating this is
replace: I can see why this is upsetting
match: Dear customer, calm down and read the email again.
match: Please calm down, we are looking into it.
match: Sir, calm down and let me check the order.
match: I need you to calm down so we can sort this out.
nomatch: Things should calm down on our side after the holidays.
nomatch: Once the rush calms down, we will ship your order.

[relax]
pattern: ^ [just|please|ok|okay|now] [,] relax
pattern: (please|you need to|try to) relax
weight: -1.5
kind: dismissive
message: Telling a worried customer to relax dismisses their concern. Acknowledge it and explain what you're doing about it.
replace: I hear you
replace: I understand the worry
match: Relax, your package will arrive.
match: You need to relax, the charge is only temporary.
nomatch: Sit back and relax while we handle the rest.
nomatch: We decided to relax the return window this month.
nomatch: Your room is ready, so you can just relax and enjoy the stay.

[take-a-deep-breath]
pattern: [just|please] take a deep breath
weight: -1.5
kind: dismissive
message: "Take a deep breath" talks down to a customer's frustration. Acknowledge the stress instead.
replace: I know this has been stressful
match: Take a deep breath, we will fix it.
match: Please take a deep breath and tell me what happened.
nomatch: The new filter lets you breathe easier at home.

[no-need-to-get-upset]
pattern: [there is] no need to (get|be|become) [so] (upset|angry|mad|rude|worked up|emotional|hostile|aggressive|defensive|nasty)
pattern: (do not|try not to) get [so] (upset|angry|mad|worked up|emotional)
weight: -2.0
kind: dismissive
message: Telling a customer there's no need to be upset judges their feelings. Acknowledge the frustration and move to the fix.
replace: I understand why this is upsetting
match: There is no need to get upset, we will sort it out.
match: Don't get so worked up about a small fee.
nomatch: There is no need to worry, your refund is on its way.

[stop-yelling]
pattern: [please] stop (yelling|shouting|swearing|cursing|being rude|being difficult|being aggressive) [at (me|us)|to (me|us)]
weight: -2.0
kind: dismissive
message: Telling a customer to stop yelling or being rude escalates the conflict. Acknowledge the frustration and steer the conversation back to the fix.
replace: let us keep this conversation calm so I can help
match: Please stop yelling at me.
match: Stop being rude to us, we are trying to help.
nomatch: We will stop sending these reminders once you confirm.

[not-our-problem]
pattern: (that|this|it) is [really|simply|just] not (our|my) (problem|concern|issue)
pattern: (that|this|it) is no concern of (ours|mine)
weight: -3.0
kind: dismissive
severity: error
message: "That's not our problem" refuses to help and tells the customer they don't matter. Even when the cause is elsewhere, say what you can do or who can help.
replace: let me see what I can do about this
replace: let me point you to who can help with this
match: That's not our problem, talk to the courier.
match: Honestly, it is really not our concern.
nomatch: That is not a problem at all, happy to help.
nomatch: It's not our policy to charge for exchanges.

[it-is-what-it-is]
pattern: it is what it is
pattern: (that|this) is the way it is
weight: -2.0
kind: dismissive
message: "It is what it is" shrugs off the customer's problem. Acknowledge the disappointment and explain the reason or the options.
replace: I know this isn't the answer you hoped for
match: The fee is non-refundable, it is what it is.
match: That's the way it is, the store has closed.
nomatch: What it is we are still checking, but we will know soon.

[just-how-it-works]
pattern: (that|this|it) is (just|simply|unfortunately) (how|the way) (it works|it is|it goes|things work|things are|things go|the system works|we do things)
pattern: (that|this|it) is (just|simply) (our|the) (policy|process|procedure|rule)
weight: -1.5
kind: dismissive
message: "That's just how it works" treats the customer's question as naive. Explain why it works that way and what the options are.
replace: let me explain why it works this way
match: That's just how it works with prepaid plans.
match: It's simply the way the system works.
nomatch: This is how it works: you choose a plan and we ship monthly.

[not-a-big-deal]
pattern: (it|this|that) is (not|no) [such] [a] big deal
pattern: (it|this|that) is not (that|so) (serious|big of a deal|important)
pattern: (it|this|that) is (just|only) a (minor|small|little|tiny) (issue|inconvenience|delay|glitch|problem|thing|fee)
weight: -1.0
kind: dismissive
message: Calling the customer's problem no big deal minimizes what they're dealing with. Acknowledge that it matters to them.
replace: I understand this matters to you
match: It's not a big deal, the parcel is coming.
match: That's only a minor delay.
nomatch: A big deal on laptops starts on Monday.

[you-are-overreacting]
pattern: you are [a bit|a little|being] (overreacting|over reacting|too sensitive|overly sensitive|so sensitive|dramatic|so dramatic|too dramatic|unreasonable|hysterical|paranoid)
pattern: you are (blowing this|blowing it|blowing this whole thing) out of proportion
pattern: you are making (a big deal|such a big deal|a fuss|a mountain out of a molehill) [out of (this|nothing|it)]
weight: -2.0
kind: dismissive
message: "You're overreacting" tells the customer their feelings are wrong. Acknowledge the reaction as understandable.
replace: I can see this really matters to you
match: You're overreacting, it's one day late.
match: You are being unreasonable about a small fee.
match: You're blowing this out of proportion.
nomatch: You are making great progress with the setup.

[moving-on]
pattern: let us [just] move on from (this|that|it)
pattern: let us just move on
pattern: (anyway|anyways|anyhow) [,] moving on
weight: -1.0
kind: dismissive
message: "Let's move on" closes the topic before the customer feels heard. Check that the concern is resolved before changing the subject.
replace: here is what happens next
match: Let's move on from this.
match: Anyway, moving on.
nomatch: Moving on to your second question, the refund was issued.
nomatch: Let's move on to the next step and set up your account.

[whatever]
pattern: ^ [ok|okay|sure|yeah|fine] [,] whatever (.|!|!!)
pattern: ^ [ok|okay|sure|yeah|fine] [,] whatever you (say|want) (.|!|!!)
weight: -1.5
kind: dismissive
message: A curt "whatever" or "whatever you say" is an eye-roll in text: it tells the customer you've stopped caring. Respond to what they said and confirm what you'll do.
replace: Understood.
replace: Got it, thank you.
replace: Thanks for explaining.
match: Fine, whatever.
match: Whatever you say.
match: Okay, whatever you say.
nomatch: Whatever you need, we are here to help.
nomatch: We will cover whatever the warranty allows.
nomatch: Whatever you say in the chat stays private.
nomatch: You can choose whatever you want.

[do-not-know-what-to-tell-you]
pattern: i do not know what [else] (to tell you|to say|you want me to (say|do|tell you)|you expect (me|us) to do)
pattern: (i am|we are) not sure what [else] (to tell you|you want (me|us) to (say|do))
pattern: what [else] do you want (me|us) to (do|say) [about (it|that|this)]
weight: -2.0
kind: dismissive
message: "I don't know what to tell you" signals that you've given up on the customer. Say what you'll find out or try next.
replace: let me find out what else we can do
match: I don't know what to tell you, the system shows it delivered.
match: I'm not sure what else to tell you.
match: What do you want me to do about it?
nomatch: Let me know what you want me to change on the order.

[take-it-or-leave-it]
pattern: take it or leave it
weight: -3.0
kind: dismissive
severity: error
message: "Take it or leave it" is an ultimatum that ends the relationship. Present the options and help the customer choose.
replace: here are the options we can offer
match: That is the final offer, take it or leave it.
match: Take it or leave it.
nomatch: You can take it with you or leave it at the front desk for pickup.

[deal-with-it]
pattern: ^ [just|simply] (deal|live) with it
pattern: ^ you [will] (have|need) to (deal|live) with it
pattern: you [will] (just|simply) (have|need) to (deal|live) with it
pattern: learn to (deal|live) with it
weight: -3.0
kind: dismissive
severity: error
message: "Deal with it" tells the customer their problem is theirs alone. Offer whatever help or alternative you can.
replace: let me see what we can do to make this easier
match: Deal with it.
match: You will just have to live with it.
match: Just deal with it, the sale is over.
nomatch: We will deal with it first thing tomorrow.
nomatch: Our team will deal with it right away.
nomatch: I'm so sorry you have to deal with it again.
nomatch: I will just deal with it myself and call you back.

[get-over-it]
pattern: ^ [just] get over it
pattern: (just|you will have to|you need to|you will need to|you should) get over it
weight: -3.0
kind: dismissive
severity: error
message: "Get over it" mocks the customer's frustration. Acknowledge it and offer whatever help you can.
replace: I understand this is disappointing
match: Get over it, the sale is over.
match: You need to get over it and place a new order.
nomatch: It takes a day to get over the jet lag, so we moved your booking.

[suck-it-up]
pattern: suck it up
pattern: ^ tough luck
pattern: (that|it) is tough luck
weight: -3.0
kind: dismissive
severity: error
message: "Suck it up" or "tough luck" mocks the customer's problem. Acknowledge it and offer what you can.
replace: I am sorry this has been so frustrating
match: You'll have to suck it up this time.
match: Tough luck, the offer ended yesterday.
nomatch: We had a tough week, but your order is ready.

[obviously]
pattern: obviously
weight: -1.0
kind: dismissive
fix: remove
message: "Obviously" implies the customer should already know, which reads as impatience. Drop the word.
match: Obviously the discount only applies to new orders.
match: You will obviously need to log in first.

[clearly-comma]
pattern: ^ clearly ,
weight: -1.0
kind: dismissive
fix: remove
message: Opening with "Clearly," suggests the answer should have been evident to the customer. Drop it and state the fact.
match: Clearly, that is a settings issue on the device.
nomatch: Let me explain the charges clearly.

[all-you-need-to-do-is]
pattern: all you (need|have|got) to do is
pattern: all (you|you will) (need|have) to do is (just|simply)
weight: -0.5
kind: dismissive
severity: info
message: "All you need to do is" makes the task sound trivial, which stings if the customer already struggled with it. State the step without minimizing it.
replace: the next step is to
match: All you need to do is click Reset.
match: All you have to do is reply with your order number.
nomatch: We will do all we can to help.

[you-just-need-to]
pattern: you (just|simply) (need|have) to
pattern: you will (just|simply) need to
weight: -0.5
kind: dismissive
severity: info
message: "You just need to" minimizes a step the customer may have found hard. State the step without "just".
replace: the next step is to
match: You just need to restart the app.
match: You simply have to update the card details.
nomatch: I just need to confirm a few details with you.

[you-will-just-have-to-wait]
pattern: ^ you will have to wait
pattern: you will (just|simply) have to wait
pattern: you (just|simply) have to wait
pattern: ^ you will need to (be patient|wait)
weight: -1.0
kind: dismissive
message: "You'll just have to wait" dismisses the customer's urgency. Thank them for their patience and give a time frame.
replace: we will ask you to bear with us
match: You'll just have to wait until Monday.
match: You will have to wait for the refund to clear.
nomatch: You won't have to wait long, it ships today.
nomatch: I'm sorry you'll have to wait a little longer for this one.

[you-will-have-to-accept]
pattern: you will [just|simply] have to accept
pattern: you (just|simply) have to accept
weight: -2.0
kind: dismissive
message: "You'll just have to accept" leaves the customer with no say. Explain the reason and any options.
replace: here are your options regarding
match: You'll just have to accept the new terms.
nomatch: You accepted the new terms on Monday.

# ---------------------------------------------------------------------------------------------
# condescending
# ---------------------------------------------------------------------------------------------

[as-anyone-knows]
pattern: as (anyone|everyone|everybody|anybody) (knows|can see|can tell|should know|would know)
pattern: as (we all|you all) know
pattern: as any (customer|user|person|adult|driver|parent) (knows|would know|should know)
weight: -1.5
kind: condescending
message: "As anyone knows" implies the customer is the only one who didn't. State the fact without the comparison.
replace: as a quick note
match: As anyone knows, returns need the original box.
match: As we all know, prices change on the first of the month.
nomatch: As everyone on our team can confirm, your order is on its way.

[everyone-knows-that]
pattern: (everyone|everybody|anyone|anybody) knows that
pattern: (it is|that is) common knowledge that
weight: -1.5
kind: condescending
message: "Everyone knows that" makes the customer feel foolish for asking. Give the information on its own.
replace: it is worth noting that
match: Everyone knows that sale items are final.
match: It's common knowledge that batteries drain in the cold.
nomatch: We want everyone to know that the store reopens Monday.

[it-is-very-simple]
pattern: (it|this|that) is (very|really|quite|pretty|super|extremely|incredibly|actually|fairly) (simple|easy|straightforward|basic)
pattern: (it|this|that) is actually (very|really|quite|pretty|fairly) (simple|easy|straightforward|basic)
pattern: (it|this|that) is (simple|easy) , (really|honestly)
weight: -1.0
kind: condescending
message: Saying "it's very simple" implies the customer should have managed on their own. Walk them through it instead.
replace: here is how it works
match: It's very simple: open Settings and tap Reset.
match: Honestly, this is really easy.
nomatch: We want to make this simple for you.
nomatch: The return process takes about five minutes.

[it-is-very-easy-to]
pattern: (it|this|that) is (very|really|quite|pretty|super|extremely|incredibly|actually|fairly) (simple|easy|straightforward) to
pattern: (it|this|that) is actually (very|really|quite|pretty|fairly) (simple|easy|straightforward) to
weight: -0.5
kind: condescending
severity: info
message: "It's really easy to" can make a customer who struggled feel slow. Describe what they can do.
replace: you can
match: It is really easy to reset your password from the app.
match: It's actually quite simple to change the plan.
nomatch: We made it easy for you to track your order.

[not-rocket-science]
pattern: ((it|this|that) is|its) (not|hardly) rocket science
pattern: (it|this|that) is not (exactly|really) rocket science
pattern: (it|this|that) is not brain surgery
pattern: (not|hardly) (rocket surgery|brain science|quantum physics|astrophysics|nuclear physics)
weight: -2.0
kind: condescending
message: "It's not rocket science" mocks the customer's difficulty. Offer to go through the steps instead.
replace: it only takes a few steps
match: It's not rocket science, follow the three steps in the email.
match: This is hardly rocket science.
nomatch: Our engineers work on rocket science and satellite parts.

[it-is-not-that-hard]
pattern: (it|this|that) is not (that|so|very|really) (hard|difficult|complicated|complex|tricky)
pattern: (it|this|that) is not hard [at all]
weight: -1.5
kind: condescending
message: "It's not that hard" dismisses the trouble the customer had. Acknowledge that it can be tricky and show the steps.
replace: it only takes a few steps
match: It's not that hard to set up the router.
match: Honestly, it is not so complicated.
nomatch: I know this is hard, and we are here to help.

[clearly-you-did-not]
pattern: (clearly|obviously|evidently) you did not
pattern: you (clearly|obviously|evidently) did not
weight: -2.0
kind: condescending
message: "Clearly you didn't" treats the customer's oversight as obvious and foolish. Assume good faith.
replace: it is possible you did not get a chance to
match: Clearly you didn't read the instructions.
match: You obviously did not check the tracking page.
nomatch: Clearly you have been through a lot with this order.

[clearly-you-have-not]
pattern: (clearly|obviously|evidently) you have not
pattern: you (clearly|obviously|evidently) have not
weight: -2.0
kind: condescending
message: "You clearly haven't" implies the customer is careless. Assume the step was missed and offer help.
replace: you may not have
match: You clearly haven't read the manual.
match: Obviously you have not updated the app.
nomatch: You have clearly put a lot of thought into this, thank you.

[clearly-you-do-not-understand]
pattern: (clearly|obviously|evidently) you do not (understand|get|know)
pattern: you (clearly|obviously|evidently) do not (understand|get|know)
pattern: you do not seem to (understand|grasp|get|realize)
pattern: you can not seem to (understand|grasp|get)
weight: -2.0
kind: condescending
message: Telling the customer they don't understand is condescending. Offer a clearer explanation instead.
replace: let me explain
match: You clearly don't understand how refunds work.
match: You don't seem to understand the terms of the plan.
nomatch: I understand the terms can be confusing, so here is a summary.

[clearly-you-missed]
pattern: (clearly|obviously|evidently) you (missed|overlooked|skipped|ignored)
pattern: you (clearly|obviously|evidently) (missed|overlooked|skipped|ignored)
weight: -2.0
kind: condescending
message: "You obviously missed" treats the oversight as foolish. Acknowledge that it's easy to miss.
replace: it is easy to miss
match: You obviously missed the email about the recall.
match: Clearly you skipped a step.
nomatch: We clearly missed the mark this time, and I am sorry.

[clearly-you-misunderstood]
pattern: (clearly|obviously|evidently) you (misunderstood|misread|misheard)
pattern: you (clearly|obviously|evidently) (misunderstood|misread|misheard)
weight: -2.0
kind: condescending
message: "You clearly misunderstood" puts the communication failure on the customer. Own the clarity of the explanation.
replace: I may not have been clear about
match: You clearly misunderstood the offer.
match: Obviously you misread the delivery date.
nomatch: I clearly misread your first message, sorry about that.

[explain-slowly]
pattern: (i will|let me) (explain|say|go over|repeat) (it|this|that) (slowly|more slowly|very slowly|real slow|nice and slow)
pattern: (i will|let me) spell (it|this|that) out [for you]
pattern: (i will|let me) (explain|put) (it|this|that) in (simple|simpler|plain) (terms|words|english) for you
pattern: (i will|let me) (go|take it|speak) (slowly|more slowly|very slowly)
weight: -2.0
kind: condescending
message: "Let me explain this slowly" treats the customer as slow. Offer a clearer walkthrough without the comment on pace.
replace: let me walk you through it
match: Let me explain this slowly.
match: I'll spell it out for you: the plan renews every month.
match: Let me put it in simple terms for you.
nomatch: Let me explain this step by step so nothing gets missed.

[you-should-know-better]
pattern: you should [have] (know|known) better
pattern: you ought to [have] (know|known) better
pattern: you should (already|really) know (this|that) [by now]
pattern: you should know (this|that) by now
weight: -2.0
kind: condescending
message: "You should know better" scolds the customer like a child. Share the information without judging them.
replace: this is easy to miss
match: You should know better.
match: You should already know this by now.
nomatch: You should know that we value your feedback.

[surely-you-know]
pattern: surely you (know|understand|realize|realise|can see|can understand|remember)
pattern: you surely (know|understand|realize|realise|remember)
weight: -1.5
kind: condescending
message: "Surely you know" implies the customer ought to know already. Share the information without the test.
replace: you may already know
match: Surely you know the store is closed on Sundays.
match: Surely you can understand the delay.
nomatch: We will surely get this sorted today.

[surely-you-saw]
pattern: surely you (read|saw|noticed|received|got|checked)
pattern: surely you have (read|seen|noticed|received|got|gotten|checked)
weight: -1.5
kind: condescending
message: "Surely you saw" implies the customer was careless. Point to the information instead.
replace: you might have seen
match: Surely you saw the notice on the website.
match: Surely you have read our email by now.
nomatch: I surely read your message twice to make sure.

[common-sense]
pattern: (it|this|that) is [just|simply|basic|only|pure] common sense
pattern: common sense (would tell you|should tell you|would say|says|dictates|tells you)
weight: -2.0
kind: condescending
message: "It's common sense" tells the customer they lack it. Explain the reason behind the step instead.
replace: it is easy to overlook
match: It's common sense to keep the receipt.
match: Common sense would tell you that the seal must be intact.
nomatch: We use common sense sizes across all our shoe lines.

[use-common-sense]
pattern: use (your|some|a little|a bit of) common sense
pattern: use common sense
weight: -2.0
kind: condescending
message: "Use your common sense" insults the customer. Give the specific guidance instead.
replace: here is a tip that may help
match: Use your common sense when packing fragile items.
match: Next time, use some common sense.
nomatch: Our common sense guide is linked below.

[even-a-child-could]
pattern: even a (child|kid|toddler|monkey|caveman|five year old|<number> year old) (could|can|would) (do|manage|understand|follow|handle) (this|it|that)
pattern: even a (child|kid|toddler|monkey|caveman|five year old|<number> year old) (could|can|would) (figure|work) (this|it|that) out
pattern: (a|any) (child|kid|five year old|<number> year old) (could|can) (do|manage|understand|follow|handle) (this|it|that)
pattern: (a|any) (child|kid|five year old|<number> year old) (could|can) (figure|work) (this|it|that) out
weight: -2.0
kind: condescending
message: Comparing the task to what a child could do humiliates the customer. Offer to guide them through it.
replace: this only takes a few steps
match: Even a child could do this.
match: A five-year-old could figure this out.
nomatch: We can even add a child seat to the booking.

[even-a-child-knows]
pattern: even a (child|kid|toddler|monkey|caveman|five year old|<number> year old) (knows|would know|understands|would understand|can tell|could tell)
weight: -2.0
kind: condescending
message: "Even a child knows" mocks the customer's ability. Share the information without the comparison.
replace: it helps to know
match: Even a kid knows the charger goes in the wall.
nomatch: Even a child seat can be added to the rental.

[did-you-even]
pattern: did you even
pattern: did you ever even
weight: -2.0
kind: condescending
message: "Did you even" implies the customer didn't bother. Ask a neutral question instead.
replace: were you able to
match: Did you even check the tracking page?
match: Did you even try restarting it?
nomatch: Did you receive the email we sent yesterday?

[did-not-you-read]
pattern: did not you read
pattern: did you not read
weight: -1.5
kind: condescending
message: "Didn't you read" implies the customer was careless. Ask neutrally whether they saw the message.
replace: did you get a chance to read
match: Didn't you read the email we sent?
match: Did you not read the terms?
nomatch: Did you get the email we sent?

[have-you-even]
pattern: have you even
weight: -2.0
kind: condescending
message: "Have you even" sounds exasperated and accusing. Ask what the customer already tried.
replace: have you already
match: Have you even tried turning it off and on?
nomatch: Have you had a chance to try the new version?

[do-you-even]
pattern: do you even
weight: -2.0
kind: condescending
message: "Do you even" questions the customer's effort or competence. Ask a neutral question.
replace: are you able to
match: Do you even read our emails?
nomatch: Do you still have the original packaging?

[you-do-realize-that]
pattern: you do (realize|realise|understand|know|see) that
weight: -2.0
kind: condescending
message: "You do realize that" talks down to the customer. State the fact plainly.
replace: please note that
match: You do realize that the sale ended?
match: You do understand that the fee is non-refundable.
nomatch: We realize that this has been a hassle.

[you-do-realize]
pattern: you do (realize|realise)
weight: -2.0
kind: condescending
message: "You do realize" questions the customer's grasp of the situation. State the fact plainly.
replace: please note
match: You do realize the offer expired?
nomatch: Once you realize the order is wrong, reply here.

[do-you-not-understand]
pattern: do you not (understand|realize|realise|see)
pattern: do not you (understand|realize|realise|see)
weight: -2.0
kind: condescending
message: "Do you not understand" is exasperated and insulting. Ask kindly which part is unclear.
replace: let me know which part I can clarify about
match: Do you not understand the policy?
match: Don't you understand the terms?
nomatch: Do you have any other questions about the policy?

[what-part-do-you-not-understand]
pattern: (what|which) part of (this|that|it|my answer|my email|the policy) do you not (understand|get)
pattern: (what|which) part of (this|that|it|my answer|my email|the policy) do not you (understand|get)
pattern: what (do you not|do not you) (understand|get) about (this|that|it)
weight: -2.0
kind: condescending
message: "What part of this don't you understand" is exasperated and insulting. Ask kindly which part is unclear.
replace: which part can I clarify
match: What part of this do you not understand?
match: What don't you understand about this?
match: Which part of my email don't you understand?
nomatch: Let me know what you would like me to clarify.

[believe-it-or-not]
pattern: believe it or not
weight: -1.0
kind: condescending
severity: info
message: "Believe it or not" suggests the customer will doubt you, which can sound patronizing. State the fact.
replace: in fact
match: Believe it or not, the box was shipped on time.
nomatch: We believe it will arrive tomorrow.

[with-all-due-respect]
pattern: with all [due] respect
pattern: with (due|the greatest|the utmost) respect
weight: -1.5
kind: condescending
message: "With all due respect" usually signals the opposite and reads as a set-up for a put-down. Say the point directly and kindly.
replace: to be clear
match: With all due respect, the terms say otherwise.
match: With due respect, that is not what happened.
nomatch: We treat every customer with respect.

[no-offense-but]
pattern: no (offense|offence) [,] but
pattern: i do not mean to be rude [,] but
weight: -1.5
kind: condescending
message: "No offense, but" announces that something offensive is coming. Make the point without the disclaimer.
replace: to be transparent,
match: No offense, but the form says otherwise.
match: I don't mean to be rude, but you asked twice.
nomatch: We meant no offense with the survey email.

[what-is-so-hard-about]
pattern: (i am not sure|i do not see|i do not understand|i do not get|i can not see) what is so (hard|difficult|confusing|complicated) about
pattern: what is so (hard|difficult|confusing|complicated) about
weight: -2.0
kind: condescending
message: "What's so hard about" mocks the customer's struggle. Offer help with the step they're stuck on.
replace: let me help with
match: I'm not sure what's so hard about resetting a password.
match: What is so difficult about this form?
nomatch: We know what is hard about moving house, so we made it easy to pause.

[what-is-so-hard]
pattern: (i am not sure|i do not see|i do not understand|i do not get|i can not see) what is so (hard|difficult|confusing|complicated)
pattern: why is (this|that|it) so (hard|difficult|confusing|complicated) for you
weight: -2.0
kind: condescending
message: Wondering aloud what's so hard belittles the customer. Ask which part is causing trouble.
replace: let me know which part is causing trouble
match: I'm not sure what's so hard.
nomatch: I agree you should have gotten to watch it live.
nomatch: I understand why this is so confusing, let me help.

[i-am-surprised-you]
pattern: i am surprised [that] you (did not|do not|have not) (know|see|notice|realize|realise|understand|read|check|seen|noticed|checked|known)
weight: -1.5
kind: condescending
message: "I'm surprised you didn't know" makes the customer feel ignorant. Share the information without the judgment.
replace: it is easy to miss
match: I'm surprised you didn't notice the fee.
match: I am surprised that you have not seen the update.
nomatch: I was pleasantly surprised by your kind review.

[it-should-be-obvious]
pattern: (it|this|that) should be (obvious|self explanatory|clear to you|pretty obvious|pretty clear)
pattern: (it|this|that) is (pretty|quite|fairly|rather|totally) (obvious|self explanatory)
pattern: (it|this|that) is self explanatory
weight: -1.5
kind: condescending
message: "It should be obvious" tells the customer they missed something evident. If they asked, it wasn't obvious to them.
replace: let me know if any step is unclear
match: That should be self-explanatory.
match: It's pretty obvious.
nomatch: It should be ready for pickup by noon.

[as-you-can-clearly-see]
pattern: as you can (clearly|plainly|obviously|easily) see
pattern: as you should have (seen|noticed|read)
weight: -1.5
kind: condescending
message: "As you can clearly see" implies the customer missed something obvious. Point to the information neutrally.
replace: as shown
match: As you can clearly see, the order shipped on Monday.
match: As you should have seen, the email lists the new date.
nomatch: As you can see in the screenshot, the button is on the right.

[clearly-stated]
pattern: (it|this|that) is (clearly|plainly|very clearly|explicitly) (stated|written|explained|mentioned|marked|shown|listed|labeled|labelled)
pattern: (it|this|that) (was|has been) (clearly|plainly|explicitly) (stated|written|explained|mentioned)
weight: -1.5
kind: condescending
message: "It's clearly stated" tells the customer they should have seen it. Quote the information and help.
replace: it is mentioned
match: It's clearly stated in the terms.
match: This was clearly explained in our last email.
nomatch: We have clearly labeled the return box for you.

[read-it-properly]
pattern: ^ [please|just|kindly] read (it|this|that|the email|the instructions|the manual|the terms|the page|my message|my email|my reply|our email|our emails|the policy|our policy) (properly|more carefully|again|once more|next time)
pattern: (please|kindly|you should|you need to|you must|try to|go and|can you|could you|maybe|perhaps|,) read (it|this|that|the email|the instructions|the manual|the terms|the page|my message|my email|my reply|our email|our emails|the policy|our policy) (properly|more carefully|again|once more|next time)
pattern: [please] (re read|reread|review|go back and read) (my|our|the) (email|e mail|emails|message|reply|response|answer|instructions) (again|more carefully|once more|properly)
pattern: rtfm
weight: -2.0
kind: condescending
message: Telling a customer to read it properly implies they can't read. Summarize the relevant part for them.
replace: let me recap the key points
match: Please read my email again.
match: Read the instructions properly.
match: Please read the instructions again.
match: Please review our email more carefully.
nomatch: Please read the instructions carefully before you start.
nomatch: I read your message again and found the order.
nomatch: I've read the terms again and you're right, the fee shouldn't apply.

[pay-closer-attention]
pattern: pay (closer|more|better) attention to
weight: -1.5
kind: condescending
message: "Pay closer attention" scolds the customer. Point out what to look for instead.
replace: keep an eye on
match: Please pay closer attention to the delivery dates.
nomatch: We will be paying closer attention to packing from now on.

[if-you-had-paid-attention]
pattern: if you (had|would have) (paid|been paying) attention
pattern: had you (paid|been paying) attention
weight: -2.0
kind: condescending
message: "If you had paid attention" blames the customer and scolds them at once. Take ownership of making it clearer.
replace: if we had flagged this more clearly
match: If you had paid attention, you would have seen the fee.
nomatch: Thank you for paying attention to the recall notice.

[you-people]
pattern: you people
weight: -2.0
kind: condescending
message: "You people" lumps the customer into a group and sounds contemptuous. Address them directly.
replace: you
match: You people always want a refund.
nomatch: Thank you, people like you make our day.

# ---------------------------------------------------------------------------------------------
# commanding
# ---------------------------------------------------------------------------------------------

[you-need-to]
pattern: ^ you need to
pattern: ^ (so|now|then|next|also|basically|honestly) [,] you need to
weight: -1.0
kind: commanding
message: Opening with "you need to" gives the customer an order. Ask, or describe the next step.
replace: could you please
replace: the next step is to
match: You need to restart the router before we can check the line.
match: So, you need to send the receipt first.
nomatch: Here's what you need to do: log in and open Settings.
nomatch: If you need to change the address, reply to this email.
nomatch: We have everything you need to get started.

[comma-you-need-to]
pattern: , you need to
weight: -1.0
kind: commanding
message: "You need to" turns the next step into an order. Ask for it politely instead.
replace: , please
match: To fix this, you need to reinstall the app.
nomatch: Let us know if you need to change anything.

[you-really-need-to]
pattern: you (really|definitely|absolutely|seriously|urgently) need to
pattern: you (really|definitely|absolutely|seriously) have to
weight: -1.5
kind: commanding
message: "You really need to" is an emphatic order. Explain why the step matters instead of pressing harder.
replace: it is important to
match: You really need to update the app today.
match: Honestly you absolutely have to keep the receipt.
nomatch: We really need your feedback on the new design.

[you-need-to-understand-that]
pattern: you (need to|have to|must|should|got to|gotta) understand that
pattern: you (need to|have to|must) (realize|realise|accept|appreciate) that
weight: -2.0
kind: commanding
message: "You need to understand that" lectures the customer. Share the reason without the lecture.
replace: I hope it helps to know that
match: You need to understand that refunds take time.
match: You must realize that prices change daily.
nomatch: We understand that the delay is frustrating.

[please-understand-that]
pattern: (please|try to) (understand|realize|realise|appreciate) that
weight: -1.0
kind: commanding
message: "Please understand that" asks the customer to accept your position before you've earned it. Explain the reason directly.
replace: I want to be upfront that
match: Please understand that we can't change the price.
match: Try to appreciate that the courier is very busy.
nomatch: We want to understand what happened with your order.

[you-have-to]
pattern: ^ you have to
pattern: ^ (so|now|then|next|also|basically) [,] you have to
weight: -1.0
kind: commanding
message: "You have to" gives the customer an order. Ask, or describe the next step.
replace: could you please
replace: the next step is to
match: You have to log in before you can see the invoice.
match: Then you have to confirm the code we sent.
nomatch: I'm sorry you have to deal with this again.

[you-will-have-to]
pattern: ^ you will have to
pattern: ^ (so|now|then|next|also) [,] you will have to
weight: -0.5
kind: commanding
severity: info
message: "You'll have to" is a mild order that puts the work on the customer. A request or "the next step is" reads warmer.
replace: please
replace: the next step is to
match: You'll have to log in again after the update.
match: Then you will have to confirm the new email address.
nomatch: I'm sorry you'll have to wait a little longer for this one.

[you-must-send]
pattern: you must (send|provide|submit|include|upload|attach|give us)
weight: -1.0
kind: commanding
message: "You must send" is an order. Ask for what you need and say why.
replace: please send
match: You must provide proof of purchase for the claim.
nomatch: You must be so frustrated after waiting this long.

[you-must-contact]
pattern: you must (contact|call|email|reach out to|speak to|speak with|talk to)
weight: -1.0
kind: commanding
message: "You must contact" orders the customer around. Invite them and offer to help connect.
replace: please contact
match: You must call the bank to release the hold.
nomatch: You must have been on hold for ages.

[you-must-complete]
pattern: you must (follow|complete|fill out|fill in|finish)
weight: -1.0
kind: commanding
message: "You must complete" is an order. Ask for the step politely.
replace: please complete
match: You must complete the form before we can ship.
nomatch: You must be tired of filling in forms by now.

[you-must-read]
pattern: you must (read|review|check|look at)
weight: -1.0
kind: commanding
message: "You must read" is an order that can sound like a reprimand. Point to the information politely.
replace: please review
match: You must read the safety sheet before using the heater.
nomatch: You must be busy, so here is a short summary.

[you-must-wait]
pattern: you must wait
weight: -1.0
kind: commanding
message: "You must wait" is an order. Give the time frame as information.
replace: please allow
match: You must wait 48 hours for the payment to clear.
nomatch: You must be tired of waiting for the courier.

[you-must-return]
pattern: you must (return|ship back|send back|bring back)
weight: -1.0
kind: commanding
message: "You must return" is an order. Ask politely and explain the process.
replace: please return
match: You must return the old device within ten days.
nomatch: You must have been so excited for this gift.

[you-must-not]
pattern: you must (not|never)
pattern: you are not (allowed|permitted) to
weight: -1.0
kind: commanding
message: "You must not" reads like a rule sheet. Phrase it as advice and say why.
replace: please do not
match: You must not share your password with anyone.
match: You are not allowed to return opened software.
nomatch: You must be relieved it arrived in time.

[you-are-required-to]
pattern: you are (required|obligated|obliged|expected) to
weight: -1.0
kind: commanding
message: "You are required to" sounds like a legal notice. Ask for the step and explain why.
replace: we ask that you
match: You are required to show ID at pickup.
nomatch: You are not required to do anything else.

[you-will-be-required-to]
pattern: you will be (required|expected|obligated) to
weight: -0.5
kind: commanding
severity: info
message: "You will be required to" is formal and cold. Ask for the step instead.
replace: we will ask you to
match: You will be required to sign for the parcel.
nomatch: You will be able to track the parcel once it ships.

[do-not-contact-us-again]
pattern: [please] do not (contact|call|email|message|write to|text|dm) (us|me) again
pattern: [please] (never|do not ever) (contact|call|email|message|write to|text) (us|me) [again]
pattern: (we|i) do not want to hear from you again
weight: -3.0
kind: commanding
severity: error
message: "Do not contact us again" cuts the customer off. Even when a case is closed, tell them where they can turn next.
replace: if anything else comes up, we are here to help
match: Please do not contact us again about the voucher.
match: We don't want to hear from you again.
nomatch: Please do not hesitate to contact us again.
nomatch: You do not need to contact us again, the refund is on its way.

[stop-contacting-us]
pattern: [please] (stop|quit) (contacting|calling|emailing|messaging|texting|writing to|tweeting at|tagging|spamming|harassing) (us|me|our team|our staff)
weight: -2.0
kind: commanding
message: "Stop calling us" tells the customer they're a nuisance. Offer a better channel or a clear update time instead.
replace: please keep everything in this thread so we can follow up with you
match: Please stop calling us about the same order.
match: Stop emailing me, the ticket is closed.
nomatch: To stop receiving these emails, click unsubscribe.

[you-will-need-to]
pattern: ^ you will need to
pattern: ^ you are going to (need|have) to
weight: -0.3
kind: commanding
severity: info
message: "You'll need to" is a mild instruction but still puts the work on the customer. A request or "the next step is" reads warmer.
replace: please
replace: the next step is to
match: You'll need to log in again after the update.
match: You're going to need to reset the router.
nomatch: We will need to check with the warehouse.

[comma-you-will-need-to]
pattern: , you will need to
weight: -0.3
kind: commanding
severity: info
message: "You'll need to" puts the work on the customer. A polite request reads warmer.
replace: , please
match: To change the plan, you'll need to open the Billing page.
nomatch: Let us know what you will need to get started.

[i-need-you-to]
pattern: i need you to
pattern: i (really|urgently) need you to
weight: -1.0
kind: commanding
message: "I need you to" makes the request about what you need. Ask the customer instead.
replace: could you please
match: I need you to send a photo of the label.
nomatch: Let me know if there is anything else I can do for you.

[we-will-need-you-to]
pattern: (i|we) will need you to
pattern: we need you to
weight: -0.5
kind: commanding
severity: info
message: "We'll need you to" is a mild order. A request reads warmer.
replace: could you please
match: We'll need you to confirm the shipping address.
nomatch: We will need a few days to process the return.

[make-sure-you]
pattern: ^ make sure [that] you
pattern: ^ (just|always) make sure [that] you
weight: -0.5
kind: commanding
severity: info
message: A bare "make sure you" sounds like an order. Phrase it as a helpful check.
replace: please check that you
match: Make sure you have the receipt with you.
nomatch: We want to make sure you get your refund quickly.
nomatch: I will make sure you are contacted today.

[you-had-better]
pattern: you (had|would) better
pattern: ^ you better
weight: -2.0
kind: commanding
message: "You'd better" sounds like a threat. Explain why the step matters.
replace: it would be best to
match: You'd better send it back today.
match: You better check your spam folder.
nomatch: This will help you better understand your bill.
nomatch: We are always looking for ways to serve you better.

[you-are-to]
pattern: ^ you are to
weight: -1.0
kind: commanding
message: "You are to" is a formal command. Ask politely instead.
replace: please
match: You are to return the device within ten days.
nomatch: You are top of our priority list today.

[do-as-i-say]
pattern: ^ [just|now|please] do (as|what) (i|we) (say|said|told you|tell you|asked [you])
pattern: (just|simply) do (as|what) you are told
weight: -2.0
kind: commanding
message: "Do as I say" orders the customer around. Explain the step and why it helps.
replace: follow these steps
match: Do as I said and restart it.
match: Just do what you are told and it will work.
nomatch: We will do what we said and refund the order today.

# ---------------------------------------------------------------------------------------------
# absolute
# ---------------------------------------------------------------------------------------------

[you-always-complain]
pattern: you (always|constantly|keep|never stop) (complain|complaining)
pattern: you are (always|constantly|forever) complaining
pattern: all you (do|ever do) is complain
weight: -2.0
kind: absolute
message: "You always complain" turns one issue into a character judgment. Respond to the concern in front of you.
replace: I hear your concerns
match: You always complain about the delivery fee.
match: You keep complaining about the same thing.
nomatch: Thank you for letting us know, we want to hear every complaint.

[you-always-forget]
pattern: you (always|constantly) forget
pattern: ^ you keep forgetting
pattern: you are (always|constantly|forever) forgetting
weight: -1.5
kind: absolute
message: "You always forget" generalizes about the customer. Treat this as a one-off and help.
replace: it is easy to forget
match: You always forget to add the apartment number.
match: You keep forgetting the password.
nomatch: We will never forget your support over the years.
nomatch: If you keep forgetting your password, a password manager can help.

[you-keep-asking]
pattern: you (always|constantly) ask
pattern: you keep asking
pattern: you are (always|constantly|forever) asking
weight: -1.5
kind: absolute
message: "You keep asking" tells the customer they're a nuisance. Answer the question again, kindly.
replace: you have asked
replace: I see you are asking
match: You keep asking the same question.
match: You are always asking for discounts.
nomatch: Thank you for asking, it is a great question.

[you-keep-contacting]
pattern: you keep (calling|emailing|messaging|writing|contacting|reaching out|tweeting|texting) [us|me|our team|in]
pattern: you (always|constantly) (call|email|message|write|contact|text) [us|me|our team|in]
pattern: you are (always|constantly|forever) (calling|emailing|messaging|writing|contacting) [us|me|in]
weight: -1.5
kind: absolute
message: "You keep calling" makes the customer sound like a nuisance. Thank them for following up and give a clear answer.
replace: thank you for reaching out again
match: You keep calling about the same issue.
match: You constantly email us about delivery times.
nomatch: Thank you for calling us today.

[you-keep-sending]
pattern: ^ you keep (sending|submitting|uploading|opening|reopening|creating|filing)
pattern: you (always|constantly) (send|submit|open|reopen|create|file)
weight: -1.5
kind: absolute
message: "You keep sending" frames the customer's follow-ups as a nuisance. Acknowledge what you received.
replace: we have received
match: You keep sending the same screenshot.
match: You keep opening new tickets for this.
nomatch: We keep sending updates as soon as we have them.
nomatch: If you keep opening the app and it closes, reinstall it.

[you-keep-ignoring]
pattern: you keep ignoring
pattern: ^ you keep (missing|skipping)
pattern: you (always|constantly) (ignore|miss|skip)
weight: -1.5
kind: absolute
message: "You keep ignoring" accuses the customer of repeated bad faith. Assume the messages were missed.
replace: it is easy to miss
match: You keep ignoring our emails.
match: You always skip the verification step.
nomatch: We keep missing each other by phone, so I am writing instead.
nomatch: If you keep missing deliveries, you can choose a safe place.

[you-keep-changing]
pattern: ^ you keep changing
pattern: you (always|constantly) change
weight: -1.5
kind: absolute
message: "You keep changing" blames the customer for the confusion. Confirm the latest details instead.
replace: there have been a few changes to
match: You keep changing the delivery address.
nomatch: We keep changing our menu with the seasons.
nomatch: If you keep changing plans, the fee is prorated.

[you-keep-saying]
pattern: you keep (saying|insisting|repeating|claiming)
pattern: you (always|constantly) (say|insist|repeat|claim)
weight: -1.5
kind: absolute
message: "You keep saying" sounds exasperated. Show that you heard the point.
replace: I hear you when you say
match: You keep saying the package never came.
match: You keep insisting that you were charged twice.
nomatch: Our customers keep saying great things about the new app.

[you-always-expect]
pattern: you (always|constantly) (expect|want|demand)
pattern: you (always|constantly) seem to (expect|want)
weight: -1.5
kind: absolute
message: "You always expect" generalizes about the customer. Respond to this request on its merits.
replace: you are hoping for
match: You always expect a refund.
match: You constantly demand special treatment.
nomatch: We want you to always expect the best from us.

[you-always-seem-to]
pattern: you always seem to
weight: -1.5
kind: absolute
message: "You always seem to" generalizes one problem into a pattern. Deal with the issue at hand.
replace: it can be easy to
match: You always seem to find a problem with the app.
nomatch: We always seem to be busy on Mondays.

[you-never-seem-to]
pattern: you never seem to
weight: -1.5
kind: absolute
message: "You never seem to" is a sweeping judgment of the customer. Address the specific issue.
replace: it can be hard to
match: You never seem to read our emails.
nomatch: We never seem to have enough stock of that size.

[you-never-read]
pattern: you never (read|check|look at|open)
weight: -1.5
kind: absolute
message: "You never read" generalizes about the customer. Assume this message was missed.
replace: it is easy to miss
match: You never read our emails.
nomatch: You never have to worry about late fees.

[you-never-listen]
pattern: you never (listen|pay attention) [to (me|us|what i say|what we say|anything)]
pattern: you (do not|never) ever listen [to (me|us)]
weight: -2.0
kind: absolute
message: "You never listen" is a personal attack. Restate the point calmly.
replace: I want to make sure we are on the same page
match: You never listen to us.
match: You never listen.
nomatch: We always listen to customer feedback.

[you-never-reply-to]
pattern: you never (reply|respond) to
pattern: you never (replied|responded) to
weight: -1.5
kind: absolute
message: "You never reply" generalizes about the customer. Mention the specific message you're waiting on.
replace: we have not heard back about
match: You never reply to our emails.
match: You never responded to the survey.
nomatch: You'll never be charged twice for the same order.

[you-never-get-back-to-us]
pattern: you never (get back to us|call back|call us back|got back to us|called back|called us back)
weight: -1.5
kind: absolute
message: "You never get back to us" accuses the customer. Say you'd love to hear back.
replace: we have not heard back from you
match: You never got back to us about the photos.
nomatch: You never know when a sale will start.

[you-never-told-us]
pattern: you never (told us|mentioned|said|informed us|let us know)
weight: -1.5
kind: absolute
message: "You never told us" blames the customer for what you didn't know. Say this is new information.
replace: this is the first we have heard
match: You never told us about the damage.
nomatch: You never need to tell us twice, it is already noted.

[you-never-sent]
pattern: you never (sent|provided|gave us|included|attached|submitted)
weight: -1.5
kind: absolute
message: "You never sent" accuses the customer. Say what hasn't arrived yet.
replace: we have not received
match: You never sent the photo of the damage.
nomatch: If you never received the email, let us know.

[every-single-time-you]
pattern: every single time you
weight: -1.5
kind: absolute
message: "Every single time you" generalizes about the customer's behaviour. Focus on this case.
replace: when you
match: Every single time you call, we explain the same policy.
nomatch: Every time you place an order, you earn points.
nomatch: We value you each and every time you shop with us.

[every-time-you-complain]
pattern: (every time|each time|whenever) you complain
weight: -1.5
kind: absolute
message: Linking "every time you complain" to the customer's habits turns the reply into a judgment. Respond to the issue at hand.
replace: when concerns come up
match: Every time you complain, we have to escalate the ticket.
nomatch: Whenever you need us, we are one message away.

[you-constantly]
pattern: you (are|have been) (constantly|continually|forever) (changing|sending|reopening|opening|demanding|missing|cancelling|canceling|returning)
pattern: you have been always (changing|sending|reopening|opening|demanding|missing)
weight: -1.5
kind: absolute
message: "You are constantly" generalizes the customer's behaviour into a pattern. Talk about this instance.
replace: you have been
match: You have been constantly changing the order.
nomatch: You are always welcome to reach out.

[how-many-times]
pattern: how many times (do|must|will|should) (i|we) (have to|need to) (tell|explain to|remind|ask) you
pattern: how many times (have|did) (i|we) [already] (told|tell|explained to|reminded|asked) you
weight: -2.0
kind: absolute
message: "How many times do I have to tell you" scolds the customer. Restate the point without the reproach.
replace: let me go over this once more
match: How many times do I have to tell you, the store is closed?
match: How many times have I told you to keep the receipt?
nomatch: How many times did the courier try to deliver?

# ---------------------------------------------------------------------------------------------
# dismissive: minimizers before an instruction verb ("just click", "simply restart")
# One entry per verb so that `replace:` can drop the minimizer and keep the verb. Verbs that agents
# also use about their own actions ("I'll just check", "I just read your message") are anchored to
# the start of a sentence, where they can only be an instruction to the customer.
# Calibration: minimizers before navigation steps (click, tap, follow, go to, DM us, ...) weigh
# -0.3, below the level at which one finding makes a reply confrontational, because agents use
# them as plain signposting ("just tap the three dots"); before a fix the customer may already
# have tried (restart, reinstall, clear, reset, ...) they keep -0.5.
# ---------------------------------------------------------------------------------------------

[just-click]
pattern: (just|simply) click
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: click
match: Just click the link in the email.
match: Simply click on the Cancel Order button.
nomatch: I just clicked through your account and everything looks fine.
nomatch: Just to confirm, you would like the blue one?

[just-tap]
pattern: (just|simply) tap
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: tap
match: Just tap Forgot Password on the login screen.
nomatch: We just tapped into a new warehouse in Ohio.

[just-press]
pattern: (just|simply) press
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: press
match: Simply press the reset button for ten seconds.
nomatch: I just pressed the team for an update.

[just-restart]
pattern: (just|simply) (restart|reboot|power cycle)
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: restart
match: Just restart your phone and try again.
match: Simply reboot the router.
nomatch: We just restarted the server on our side.

[just-log-in]
pattern: (just|simply) (log|sign) in
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: log in
match: Just log in and open Billing.
match: Simply sign in with your email.
nomatch: I just logged in to your account to check.

[just-log-back-in]
pattern: (just|simply) (log|sign) back in
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: log back in
match: Just log back in after the update.
nomatch: I just logged back in to double check.

[just-go-to]
pattern: (just|simply) (go|head|navigate) to
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: go to
match: Just go to Settings and turn on backups.
match: Simply head to the Orders page.
nomatch: I just went to the warehouse to check.

[just-follow]
pattern: ^ (just|simply) follow
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: Follow
match: Just follow the link in the email.
match: Simply follow the steps below.
nomatch: I will just follow up with the courier.

[just-read]
pattern: ^ (just|simply) read
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: Read
match: Just read the FAQ, it covers this.
nomatch: I just read your message and checked the order.

[just-check]
pattern: ^ (just|simply) check
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: Check
match: Just check your spam folder.
match: Simply check the box at the bottom.
nomatch: Just checking in to see if the parcel arrived.
nomatch: I just checked and it has shipped.
nomatch: Just to confirm, the order shipped today.

[just-wait]
pattern: (just|simply) wait
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: wait
match: Just wait a few minutes and refresh.
match: Please simply wait for the confirmation.
nomatch: I just waited on hold with the carrier for you.

[just-send]
pattern: ^ (just|simply) send
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: Send
match: Just send the photo when you can.
match: Simply send the form back.
nomatch: I just sent you the tracking link.
nomatch: I will just send a quick note to the team.

[just-send-us]
pattern: (just|simply) send us
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: send us
match: Just send us a photo of the label.
match: You can simply send us the receipt.
nomatch: We just sent you the replacement.

[just-update]
pattern: ^ (just|simply) update
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: Update
match: Just update the app and it will work.
nomatch: We just updated the app with a fix.

[just-reinstall]
pattern: (just|simply) (reinstall|re install)
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: reinstall
match: Just reinstall the app.
match: Simply re-install the driver.
nomatch: We just reinstalled the meter at your address.

[just-uninstall-and-reinstall]
pattern: (just|simply) uninstall and (reinstall|re install)
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: uninstall and reinstall
match: Just uninstall and reinstall the app.
nomatch: We just uninstalled the old version on our test phone.

[just-refresh]
pattern: (just|simply) (refresh|reload)
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: refresh
match: Just refresh the page.
match: Simply reload the app.
nomatch: We just refreshed the stock list.

[just-clear]
pattern: (just|simply) clear
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: clear
match: Just clear your browser cache.
match: Simply clear the app data.
nomatch: We just cleared the hold on your account.

[just-reset]
pattern: ^ (just|simply) reset
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: Reset
match: Just reset your password from the login page.
nomatch: I just reset your password, so check your inbox.

[just-select]
pattern: (just|simply) (select|choose|pick)
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: select
match: Just select a new delivery date.
match: Simply choose the size you need.
nomatch: We just selected you for early access.

[just-enter]
pattern: (just|simply) (enter|type|input)
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: enter
match: Just enter the code at checkout.
match: Simply type your email address.
nomatch: We just entered the new address on the order.

[just-open]
pattern: (just|simply) open
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: open
match: Just open the app and tap Orders.
match: Simply open the email we sent.
nomatch: We just opened a new store downtown.

[just-reply]
pattern: ^ (just|simply) (reply|respond) (to (this|that|the|our) (email|e mail|message|thread|ticket|chat|mail)|with)
weight: -0.3
kind: dismissive
severity: info
fix: rephrase
rewrite: (?:just|simply) (\w+) => $1
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction ("Reply to this email with the photo"). An invitation such as "just reply to me here" is fine and is not matched.
match: Just reply to this email with the photo.
match: Simply respond with your order number.
nomatch: I am just replying to confirm the refund.
nomatch: We just replied to your other email.

[just-message-us]
pattern: (just|simply) (message|dm|text) us
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: message us
match: Just DM us your order number.
nomatch: We just messaged the store manager.

[just-try]
pattern: ^ (just|simply) try
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: Try
match: Just try again in an hour.
nomatch: We just tried calling you.

[just-turn]
pattern: (just|simply) turn
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: turn
match: Just turn it off and on again.
nomatch: We just turned on a new feature for you.

[just-unplug]
pattern: (just|simply) unplug
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: unplug
match: Just unplug the router for thirty seconds.
nomatch: We just unplugged the old phone line.

[just-use]
pattern: ^ (just|simply) use
weight: -0.5
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: Use
match: Just use the promo code at checkout.
nomatch: We just used your feedback to improve the app.

[just-download]
pattern: (just|simply) download
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: download
match: Just download the latest version.
nomatch: I just downloaded your invoice for you.

[just-visit]
pattern: (just|simply) visit
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: visit
match: Simply visit our help center.
nomatch: We just visited the site to check the issue.

[just-scroll]
pattern: (just|simply) scroll
weight: -0.3
kind: dismissive
severity: info
message: "Just" or "simply" before an instruction makes the step sound trivial, which stings if the customer already tried. Drop the minimizer and keep the instruction.
replace: scroll
match: Just scroll down to the bottom of the page.
nomatch: We just scrolled through your order history.

# ---- Part B: passive aggression, policy-shielding, shouting, sarcasm, non-apologies ----
# Confrontation lexicon, part B: passive-aggressive phrasing, hiding behind policy, shouting,
# sarcasm and non-apologies in customer-service replies.
#
# Draws on customer service practice guides, de-escalation literature and writing on workplace
# e-mail etiquette (the "per my last email" family); all phrasing, messages and replacements
# are written by the replytone team. No licensed lexicon is copied.
#
# This file holds entries only: it is merged into lexicons/en/confrontation.lex (part A) by the
# lead, so it has no `dimension:` line of its own. Entry ids start with pa-, policy-, shout-,
# sarcasm- or nonapology- so they cannot clash with part A.
#
# Conventions used below:
# - Many patterns start with an optional subject ("[i am|we are] [so|very|truly|really] sorry")
#   so that the whole phrase wins leftmost-longest against shorter apology or gratitude cues that
#   start at the same word ("i am sorry", "we apologize", "thank you").
# - Patterns that need a sentence end to stay precise ("good luck with that.") carry the
#   punctuation, and their replacements end with it too.
# - Every replacement is written to stand in for the whole matched text.

# ---------------------------------------------------------------------------------------------
# passive-aggressive: reminders that the customer should have read, listened or complied already
# ---------------------------------------------------------------------------------------------

[pa-per-my-last-email]
pattern: [as] per my (last|previous|earlier|prior|original) (email|e mail|message|reply|response|note|letter)
pattern: [as] per my (last|previous|earlier) (two|few|several|many) (emails|e mails|messages|replies|responses)
weight: -2.0
kind: passive-aggressive
message: "Per my last email" is office shorthand for "you didn't read what I wrote"; the customer hears your irritation, not the information. Restate the point plainly instead.
replace: to recap
replace: just to bring everything together
match: Per my last email, the refund was issued on Monday.
match: As per my previous message, your order ships tomorrow.
match: As per my last few emails, we still need a copy of the receipt.
nomatch: My last email may have landed in your spam folder, so here it is again.

[pa-per-our-last-conversation]
pattern: [as] per (our|my) (last|previous|earlier|prior) (conversation|call|phone call|chat|discussion|exchange)
weight: -0.5
kind: passive-aggressive
message: "Per our last conversation" sounds like a memo that holds the customer to what was said; a friendly recap does the same job without the edge.
replace: following up on our last conversation
replace: picking up from our last chat
match: Per our last conversation, the technician will visit on Friday.
match: As per our previous call, I have raised the ticket to our billing team.
nomatch: Our last conversation was cut off, so I wanted to reach out again.

[pa-as-previously-stated]
pattern: as [was|i|we|has been|i have|we have] previously (stated|mentioned|explained|advised|noted|indicated|communicated|said|discussed|outlined|informed you)
weight: -1.0
kind: passive-aggressive
message: "As previously stated" points at the customer for missing something; it reads as impatience. Simply say the thing again, kindly.
replace: to recap
replace: just to recap
match: As previously stated, the fee is non-refundable.
match: As we previously discussed, the replacement ships on Monday.
match: As was previously mentioned, the store closes at 6 pm.
nomatch: The address you previously gave us has been updated.

[pa-as-i-already-said]
pattern: as (i|we) [have|had] already (said|stated|mentioned|explained|told you|advised|advised you|noted|pointed out|informed you|indicated|made clear)
weight: -2.0
kind: passive-aggressive
message: "As I already said" tells the customer they weren't paying attention. If they are asking again, the first explanation did not land; explain it again without the reproach.
replace: to recap
replace: let me walk you through it again
match: As I already explained, the warranty does not cover water damage.
match: As we have already told you, the order was delivered on Tuesday.
match: As I've already mentioned, the code expires at midnight.

[pa-as-i-told-you]
pattern: as (i|we) [have] told you [before|earlier|already|previously|twice|repeatedly]
pattern: like (i|we) [already] (said|told you|mentioned|explained) (before|earlier|already|twice)
weight: -2.0
kind: passive-aggressive
message: "As I told you" keeps score of the conversation and puts the customer in the wrong for asking again. Answer the question as if it were the first time.
replace: to recap
replace: let me walk you through it again
match: As I told you before, the refund takes five business days.
match: As we've told you, the parcel is with the courier.
match: Like I said before, the outage is in your area.

[pa-as-i-said-before]
pattern: as (i|we) (said|stated|mentioned|explained|advised|noted|pointed out|indicated) (before|earlier|already|twice|repeatedly)
weight: -1.0
kind: passive-aggressive
message: "As I said before" reminds the customer they have asked already. Drop the reminder and give the answer.
replace: to recap
replace: just to recap
match: The store opens at nine, as I said before.
match: The charge is a temporary hold, as we explained earlier.
nomatch: As I mentioned to my colleague, we will call you back today.

# Split from pa-as-i-said-before because the matched words include the comma (so the replacement
# does too). The comma also makes "As I mentioned earlier," longer than the personalization cue
# "as I mentioned earlier" (as-we-discussed), so the reproach wins at the start of a sentence.
[pa-as-i-said-before-opening]
pattern: as (i|we) (said|stated|mentioned|explained|advised|noted|pointed out|indicated) (before|earlier|already|twice|repeatedly) ,
weight: -1.0
kind: passive-aggressive
message: Opening with "As I said before," reminds the customer they have asked already. Drop the reminder and give the answer.
replace: to recap,
replace: just to recap,
match: As I mentioned earlier, the store opens at nine.
match: As we explained before, the charge is a temporary hold.
nomatch: As we discussed on the phone, the engineer will come on Friday.

[pa-as-mentioned-before]
pattern: as [was|has been|i|we] (mentioned|stated|said|explained|noted|advised|discussed|outlined|communicated|indicated) (previously|beforehand)
pattern: as [was|has been] (mentioned|stated|said|explained|noted|advised|discussed|outlined|communicated) (before|earlier|already)
pattern: as [was|has been] already (explained|stated|mentioned|discussed|advised|noted|communicated|outlined)
weight: -1.0
kind: passive-aggressive
message: "As mentioned before" implies the customer should have caught it the first time. Repeat the information without pointing back at the earlier message.
replace: to recap
replace: just to recap
match: As mentioned before, the update will be available next week.
match: As was explained earlier, the voucher is single-use.
match: As already discussed, we will send a new router.
nomatch: As mentioned on our website, delivery is free over 50 dollars.

[pa-as-mentioned-in-my-email]
pattern: as [i|we] (mentioned|stated|explained|noted|said|advised|indicated|outlined) in (my|our) (previous|last|earlier|prior|first|original) (email|e mail|message|reply|response|note|emails|messages|replies)
pattern: as [(i|we) (mentioned|stated|explained|noted|said)] (in|on) (our|the|my) (earlier|previous|last) (call|chat|conversation|phone call)
weight: -1.5
kind: passive-aggressive
message: Pointing back to "my previous email" makes the customer feel scolded for not reading it. Repeat the key facts instead; it costs one sentence.
replace: to recap my earlier note
replace: to recap
match: As mentioned in my previous email, the fee is waived for this month.
match: As I explained in my last message, we need a photo of the damage.
match: As I said on our last call, the engineer is booked for Friday.
nomatch: As you mentioned in your last email, the box was damaged.

[pa-as-said-many-times]
pattern: as (i|we) have (said|told you|explained|mentioned|stated|advised) (many|several|multiple|numerous|countless|a few|a number of|three|two|so many) times
weight: -2.0
kind: passive-aggressive
message: Counting how often you have explained something turns the reply into a complaint about the customer. If several explanations failed, try a different one.
replace: to recap
replace: let me try explaining it a different way
match: As I have said several times, the order cannot be changed once shipped.
match: As we've explained multiple times, the credit is applied on your next bill.

[pa-told-you-many-times]
pattern: (i|we) have [now|already] (explained|told you|said|mentioned|stated) (this|that|it) (many|several|multiple|numerous|countless|a few|a number of|three|two|so many) times
weight: -2.0
kind: passive-aggressive
message: "I've told you this several times" makes the repetition the customer's fault. Acknowledge the back-and-forth and try a new explanation.
replace: I know this has been a long back-and-forth
replace: I can tell my earlier explanations did not help
match: I've explained this several times.
match: We have told you this many times.

[pa-as-you-were-told]
pattern: ^ as you (were|have been|had been) [already|previously] (told|advised|informed|instructed|made aware)
pattern: like you (were|have been) [already|previously] (told|advised|informed|instructed)
weight: -1.5
kind: passive-aggressive
message: "As you were told" holds the customer responsible for remembering an earlier answer. Give the answer again without the reminder.
replace: to recap
replace: just to recap
match: As you were told, the refund goes back to the original card.
match: As you were told on the phone, the refund takes five days.
match: As you have been previously advised, the contract ends in May.
match: Like you were told, the warranty covers parts only.
nomatch: Let us know as soon as you have been told the new date by the carrier.
nomatch: Your order will arrive as planned on Tuesday.

[pa-as-clearly-stated]
pattern: as (clearly|explicitly|plainly|specifically) (stated|explained|mentioned|indicated|outlined|noted|specified|written|shown)
pattern: as (my|our|the) [previous|last|earlier] (email|e mail|message|reply|terms|policy|instructions|website|confirmation) clearly (states|stated|said|says|explains|explained|shows|showed)
weight: -2.0
kind: passive-aggressive
message: "As clearly stated" suggests the customer missed something obvious. If it had been clear to them, they would not be asking; restate it simply.
replace: to recap
replace: to put it simply
match: As clearly stated, the sale price applies only online.
match: As my previous email clearly stated, the parcel needs a signature.
nomatch: As you specifically requested, we sent it by express.

[pa-as-stated-in-our-terms]
pattern: as (stated|outlined|noted|mentioned|explained|specified|described|set out|laid out|detailed|clearly stated) in (our|the) (terms|terms and conditions|terms of service|terms of use|agreement|contract|fine print)
pattern: as (stated|outlined|noted|mentioned|explained|specified|described|set out|laid out|detailed) in (our|the) [refund|return|returns|cancellation|shipping|privacy] policy
weight: -1.0
kind: passive-aggressive
message: "As stated in our terms" reads as "you agreed to this, so stop asking". Explain what the rule means for this customer, in your own words.
replace: under our terms
replace: the way this works is that
match: As stated in our terms, cancellations need 24 hours' notice.
match: As outlined in our refund policy, digital items can't be returned once opened.
nomatch: Our terms were updated last week, and I have linked the summary below.

[pa-please-advise]
pattern: (please|kindly) advise (.|!)
pattern: (please|kindly) advise (accordingly|at your earliest convenience|as soon as possible|asap|urgently) (.|!)
weight: -0.5
kind: passive-aggressive
message: A bare "Please advise." is curt office-speak that puts the next move on the customer. Ask the actual question, warmly.
replace: Let me know how you'd like to go ahead.
replace: Just let me know what works best for you.
match: We can refund or replace the item. Please advise.
match: Kindly advise.
nomatch: Please advise us of your preferred delivery date.

[pa-please-refer-to-previous]
pattern: please refer [back] to (my|our|the) (previous|last|earlier|prior|original|above) (email|e mail|message|reply|response|emails|messages|correspondence|answer|note)
pattern: please (refer|go back|look back) to (the|this|our) (thread|email chain|conversation|email trail) (below|above)
weight: -1.5
kind: passive-aggressive
message: Sending the customer back to an old message makes them do the work and signals impatience. Paste or restate the relevant part instead.
replace: I have copied the details from my earlier note below
replace: here are the details again
match: Please refer to my previous email.
match: Please refer back to our earlier message for the return steps.
nomatch: Please refer to our help article on resetting the router.

[pa-please-reread]
pattern: please (re read|reread|read|review|go back and read|look back at|check|see) (my|our) (previous|last|earlier|prior|original|above) (email|e mail|message|reply|response|answer|note)
weight: -1.5
kind: passive-aggressive
message: Asking the customer to re-read your email implies they didn't read it properly. Take the blame for clarity and restate the key point.
replace: here's a quick recap
replace: let me summarize the key points again
match: Please re-read my previous email.
match: Please see our earlier message.
nomatch: Please read the instructions on the box before installing.

[pa-see-previous-email]
pattern: ^ see (my|our) (previous|last|earlier|prior|above|original) (email|e mail|message|reply|response|answer|note)
pattern: ^ (see|check) [the] (thread|email|e mail|message|messages|emails) below
weight: -1.0
kind: passive-aggressive
message: "See my previous email" sends the customer away to hunt for the answer. Give them the answer here.
replace: I've copied my earlier note below
replace: here are the details again
match: See my previous email.
match: See the thread below.
nomatch: We will see your previous order in our system.

[pa-thanks-in-advance]
pattern: (thanks|thank you|many thanks) in advance
pattern: (thanks|thank you) (so much|very much|again) in advance
weight: -0.3
kind: passive-aggressive
message: "Thanks in advance" thanks the customer for something they haven't agreed to do yet, which can read as pressure. A plain thank-you or "whenever you're ready" is gentler.
replace: thank you
replace: thanks so much
match: Could you send a photo of the label? Thanks in advance!
match: Thank you in advance.

[pa-thanks-in-advance-compliance]
pattern: (thanks|thank you|many thanks) in advance for your (cooperation|compliance|prompt cooperation|prompt attention|prompt response|prompt reply|immediate attention)
weight: -1.0
kind: passive-aggressive
message: Thanking the customer in advance for their "cooperation" or "compliance" sounds like an order wrapped in a thank-you. Ask, and thank them when they help.
replace: thank you for your help with this
replace: thanks so much for your help
match: Please send the form today. Thank you in advance for your cooperation.
match: Thanks in advance for your prompt response.

[pa-not-sure-how-else-to-explain]
pattern: [i am|we are] (not sure|unsure) how else (to|i can|we can) (explain|put|say|phrase|word) [this|it|that]
pattern: (i|we) (do not|really do not) know how else to (explain|put|say|phrase) [this|it|that]
weight: -2.0
kind: passive-aggressive
message: "I'm not sure how else to explain this" puts the misunderstanding on the customer. Own the explanation and try a different angle.
replace: let me try explaining this another way
replace: let me put this a different way
match: I'm not sure how else to explain this.
match: I don't know how else to put it.
nomatch: I'm not sure how else we can improve this, so your ideas are welcome.

[pa-cannot-make-it-clearer]
pattern: (i|we) (can not|could not|do not know how to) (make|explain|put) (it|this|that) [any] (clearer|simpler|plainer|more clearly|more simply|more plainly)
weight: -2.0
kind: passive-aggressive
message: "I can't make it any clearer" tells the customer the problem is their understanding. Try a new explanation, an example or a screenshot.
replace: let me try explaining this another way
replace: let me put this a different way
match: I can't make it any clearer.
match: We couldn't explain it more clearly.
nomatch: We are working to make it clearer in the app.

[pa-going-forward-please-ensure]
pattern: (going|moving) forward [,] (please|kindly) (make sure|ensure|be sure)
pattern: in [the] future [,] (please|kindly) (make sure|ensure|be sure)
pattern: (please|kindly) (make sure|ensure|be sure) [that] (going forward|moving forward|in future|in the future|next time)
weight: -1.0
kind: passive-aggressive
message: "Going forward, please ensure" lectures the customer about next time while they are still dealing with this time. Offer the tip as help, not as a rule.
replace: next time, it would help to make sure
replace: a tip for next time: make sure
match: Going forward, please ensure you include your order number.
match: In future, kindly make sure the box is sealed.
match: Please ensure that next time you attach the invoice.
nomatch: Going forward, we will send you a reminder before each renewal.

[pa-going-forward-please-note]
pattern: (going|moving) forward [,] (please|kindly) (note|be aware|be advised|remember) [that]
pattern: in [the] future [,] (please|kindly) (note|be aware|be advised|remember) [that]
weight: -1.0
kind: passive-aggressive
message: "In future, please note" sounds like a warning notice. If the customer needs to know something for next time, tell them as a friendly heads-up.
replace: for next time, it's worth knowing that
replace: a quick tip for next time:
match: Going forward, please note that the fee applies to late returns.
match: In the future, please be aware that orders after 2 pm ship the next day.
nomatch: In the future, please feel free to reach out to us directly.

[pa-kindly-note]
pattern: kindly (note|be advised|be informed|be aware|take note) [that]
weight: -0.5
kind: passive-aggressive
message: "Kindly note" is stiff and formal, and in a tense thread it reads as a warning. Just say it.
replace: just so you know,
replace: a quick note:
match: Kindly note that the store closes at 5 pm on Sundays.
match: Kindly be advised that the offer has ended.

[pa-please-be-advised]
pattern: please (be advised|be informed) [that]
weight: -0.3
kind: passive-aggressive
message: "Please be advised" is legal-notice language; it distances you from the customer. Say it the way you would say it in person.
replace: just so you know,
replace: a quick heads-up:
match: Please be advised that your account will be closed on Friday.
match: Please be informed that the item is out of stock.
nomatch: Please be assured that we are on it.
nomatch: If you see any error messages, please take note of them.

[pa-for-the-nth-time]
pattern: ^ for the (second|third|fourth|fifth|tenth|last|final|umpteenth|hundredth|thousandth|millionth|nth|third and final) time ,
pattern: for the (hundredth|thousandth|millionth|umpteenth|nth) time
weight: -2.0
kind: passive-aggressive
message: Opening with "For the third time" announces that you are fed up. The customer needs the answer, not the count.
replace: to recap,
replace: just to recap,
match: For the third time, the refund has already been processed.
match: For the last time, we can't change the delivery date.
match: For the hundredth time, the refund takes five days.
match: I have now explained this for the umpteenth time.
nomatch: Your order was delayed for the second time, and I am sorry about that.
nomatch: We checked the parcel for the last time before it left the depot.

[pa-telling-you-for-the-nth-time]
pattern: (i am|we are) (telling|asking|reminding|informing|advising) you [this] for the (second|third|fourth|fifth|tenth|last|final|umpteenth|hundredth) time
pattern: (i am|we are) (explaining|saying|repeating|stating) (this|it|that) [to you] for the (second|third|fourth|fifth|tenth|last|final|umpteenth|hundredth) time
weight: -2.0
kind: passive-aggressive
message: "I'm telling you for the second time" turns the answer into a reprimand. Drop the count and explain once more, kindly.
replace: let me walk you through this
replace: here's the short version
match: I'm telling you for the third time: the store is closed.
match: We are explaining this for the last time.
nomatch: We are contacting you for the second time about your survey.

[pa-this-is-the-nth-time]
pattern: (this is|that is|it is) [now] the (second|third|fourth|fifth|tenth|umpteenth|hundredth|nth) time (i have|we have|i|we) (explained|told you|said|mentioned|asked|repeated|had to explain|had to tell you|had to ask|had to repeat)
weight: -2.0
kind: passive-aggressive
message: Counting how many times you have explained something makes the customer the problem. If it has taken several tries, the explanation needs to change.
replace: let me walk you through
replace: let me try a different way to explain
match: This is the third time I have had to explain the fee.
match: That's the second time we have asked for the receipt.
nomatch: I'm sorry this is the second time you have had to contact us.

[pa-once-again-opening]
pattern: ^ once again ,
weight: -0.3
kind: passive-aggressive
message: Opening with "Once again," hints that the customer has been told before. If you are repeating information, just give it.
replace: to recap,
replace: just to recap,
match: Once again, the parcel left our warehouse on Monday.
nomatch: Thank you once again for your patience.

[pa-again-opening]
pattern: ^ again ,
weight: -0.3
kind: passive-aggressive
message: Starting a sentence with "Again," signals that you are repeating yourself and want the customer to notice. Leave it out or recap gently.
replace: to recap,
replace: just to recap,
match: Again, the refund takes five business days.
nomatch: Thanks again, we really appreciate your patience.
nomatch: Please try again, and let us know if the error comes back.

[pa-let-me-repeat]
pattern: (let me|i will|i am going to|i must|i have to|allow me to) (repeat|reiterate|restate) [myself|this|that|it] [again|once again|once more|one more time]
pattern: (let me|i will|i am going to|i will try to) (say|explain|put) (it|this|that) (again|once again|one more time|once more)
pattern: (i will|let me) try (to explain|explaining) (it|this|that) (again|one more time|once more|once again)
weight: -1.5
kind: passive-aggressive
message: "Let me repeat myself" or "I'll explain it again" reminds the customer they have made you say it twice. Simply explain, ideally in different words, without announcing the repeat.
replace: let me walk you through it
replace: let me put it another way
replace: here's the short version
match: Let me repeat myself: the coupon has expired.
match: I will explain it again.
match: I'll explain it again: the refund goes to the original card.
match: Let me repeat this one more time.
match: Let me try to explain it again.
nomatch: Let me explain how the new plan works.
nomatch: I will explain the next steps once your order ships.

[pa-to-reiterate]
pattern: ^ (to reiterate|to repeat|to restate|just to reiterate|again to reiterate) ,
weight: -0.5
kind: passive-aggressive
message: "To reiterate," is a formal way of saying "as I said". A plain recap sounds friendlier.
replace: to recap,
replace: in short,
match: To reiterate, the replacement ships tomorrow.

[pa-i-already-explained]
pattern: (i|we) [have|had] already (explained|told you|answered|said|responded to|replied to) (this|that|it)
weight: -1.5
kind: passive-aggressive
message: "I already answered this" tells the customer they are wasting your time. If they are asking again, something in the first answer didn't work for them.
replace: let me go over this again
replace: I'm happy to go over this again
match: I have already answered this.
match: We already explained that.
nomatch: We have already refunded it, so it should reach you by Friday.

[pa-i-did-mention]
pattern: (i|we) did (mention|say|explain|state|point out|note|tell you) that
weight: -1.0
kind: passive-aggressive
message: "I did mention that" defends you at the customer's expense. Take responsibility for the clarity instead.
replace: I should have made it clearer that
replace: I could have been clearer that
match: I did mention that the sale ended on Sunday.
match: We did tell you that the item ships separately.
nomatch: You did mention that the box was damaged, so we have sent a new one.

[pa-will-not-repeat-myself]
pattern: (i|we) will not (repeat|explain) (myself|ourselves|this|it|that) again
pattern: (i|we) (will not|am not going to|are not going to) keep (repeating|explaining) (myself|ourselves|this|it|that)
weight: -2.0
kind: passive-aggressive
message: Refusing to repeat yourself closes the conversation on the customer. Offer to go over it again in a new way.
replace: I'm happy to go over this again if anything is unclear
replace: I'm glad to explain it another way
match: I won't repeat myself again.
match: We are not going to keep explaining this.

[pa-i-trust-this-clarifies]
pattern: (i|we) trust (this|that) (clarifies|clears up|explains|settles) (things|the matter|matters|the situation|everything|the issue|your query|your question)
pattern: (i|we) trust (this|that|the above) (answers|addresses|resolves|covers) your (question|questions|query|queries|concern|concerns|inquiry|enquiry)
pattern: (i|we) trust (this|that|the above) (is|is now) (clear|sufficient|satisfactory)
weight: -1.0
kind: passive-aggressive
message: "I trust this clarifies the matter" is a closing that shuts the door; it tells the customer the discussion is over. Invite them to come back if anything is still unclear.
replace: I hope this helps, and I'm here if anything is still unclear
replace: I hope this helps
match: I trust this clarifies the matter.
match: We trust this answers your question.
match: I trust the above is clear.
nomatch: We trust our couriers to handle your parcel with care.

[pa-not-sure-if-you-saw]
pattern: [i am|we are] not sure if you (saw|have seen|received|got|caught|read|had a chance to read|had a chance to see) (my|our) [last|previous|earlier] (email|e mail|message|reply|response|note)
pattern: in case you (missed|did not see|overlooked) (my|our) [last|previous|earlier] (email|e mail|message|reply|response)
pattern: [i am|we are] unsure if you (saw|have seen|received|got|caught|read|had a chance to read|had a chance to see) (my|our) [last|previous|earlier] (email|e mail|message|reply|response|note)
weight: -1.0
kind: passive-aggressive
message: "Not sure if you saw my email" is a veiled "you ignored me". If you are following up, just follow up.
replace: I wanted to make sure you got my earlier note
replace: I'm following up on my earlier note
match: Not sure if you saw my last email, but we still need your address.
match: I'm not sure if you had a chance to read our message.
match: In case you missed my last email, the refund is on its way.
nomatch: I'm not sure if you have tried restarting the router yet.

[pa-just-following-up-again]
pattern: [i am|we are|just|i am just|we are just] following up (again|once again|yet again|for the second time|for the third time|one more time|once more)
pattern: [i am|we are|just|i am just|we are just] (checking in|reaching out|writing) (again|once again|yet again|for the second time|for the third time|one more time)
weight: -1.0
kind: passive-aggressive
message: "Following up again" counts the customer's silence against them. A fresh, friendly check-in works better.
replace: checking back in
replace: just checking in
match: Just following up again on your request.
match: We are reaching out once again about the missing form.
nomatch: I'm following up with the warehouse today.

[pa-friendly-reminder]
pattern: ^ [just] (a|another) (friendly|gentle|quick friendly|polite) reminder
pattern: (this is|here is|here is just|this is just) (a|another) (friendly|gentle|polite) reminder
weight: -0.5
kind: passive-aggressive
message: In a reply to an upset customer, a "friendly reminder" usually isn't felt as friendly; the label itself signals that you are nudging. Call it a heads-up, or just say it.
replace: just a heads-up
replace: a quick note
match: Just a friendly reminder that your plan renews on the 5th.
match: This is another gentle reminder to send the signed form.
nomatch: We'll send you a friendly reminder before the trial ends.

[pa-did-you-read]
pattern: did you (even|actually) (read|see|look at|open) (my|our|the) [previous|last|earlier] (email|e mail|message|reply|response|instructions|answer) (?|??|?!)
pattern: did you not (read|see|get) (my|our) [previous|last|earlier] (email|e mail|message|reply|response|answer) (?|??|?!)
weight: -2.0
kind: passive-aggressive
message: "Did you even read my email?" is an accusation dressed as a question. Assume good faith and restate the key point.
replace: In case my earlier note got buried, here it is again.
replace: Here is a quick recap of my earlier note.
match: Did you even read my email?
match: Did you not see our previous message??
nomatch: Did you get my email?

[pa-as-you-are-no-doubt-aware]
pattern: as you are (no doubt|surely|undoubtedly|doubtless|certainly|already|well|of course) aware
pattern: as i am sure you (know|are aware|can appreciate|understand|realize|realise|can see)
pattern: as you (should|surely|must|ought to) (know|be aware|realize|realise)
weight: -1.0
kind: passive-aggressive
message: "As you are no doubt aware" or "As I'm sure you know" presumes knowledge and faintly mocks the customer for asking. If it's worth saying, give the information as new.
replace: as you may know
replace: just so you know
match: As you are no doubt aware, the sale ended yesterday.
match: As I'm sure you can appreciate, we need to verify your identity.
match: As I'm sure you know, the sale ended yesterday.
match: As you should know, the warranty covers one year.
nomatch: As you may know, we recently updated our app.
nomatch: As I'm sure you can imagine, we want this fixed fast.

[pa-further-to-my-last]
pattern: further to my (last|previous|earlier|prior) (email|e mail|message|reply|note|response)
weight: -0.5
kind: passive-aggressive
message: "Further to my last email" is formal and a little pointed when the customer hasn't replied. A warm follow-up reads better.
replace: following up on my last note
replace: picking up from my last message
match: Further to my last email, we have now issued the refund.

[pa-let-me-be-clear]
pattern: let me be (perfectly|absolutely|crystal|abundantly|completely|very) clear
pattern: (i want|i would like) to be (perfectly|crystal|abundantly) clear
weight: -1.5
kind: passive-aggressive
message: "Let me be perfectly clear" sounds like a warning before a telling-off. If you need to be clear, just be clear.
replace: to put it simply
replace: here is the short version
match: Let me be perfectly clear: we cannot reopen the order.
match: I want to be crystal clear about this.
nomatch: We want to be clear with you about what happens next.

[pa-for-future-reference]
pattern: ^ for [your] future reference ,
weight: -0.5
kind: passive-aggressive
message: "For future reference" implies the customer got it wrong this time. Offer the tip as help.
replace: a tip for next time:
replace: for next time,
match: For future reference, you can track orders in the app.
nomatch: Save this link for future reference.

[pa-as-requested-previously]
pattern: as (previously|already|repeatedly) requested
pattern: as requested (previously|before|earlier|twice|several times|in my (last|previous|earlier) (email|message))
weight: -1.0
kind: passive-aggressive
message: "As previously requested" reminds the customer they haven't done what you asked. Ask again kindly and explain why it's needed.
replace: when you get a chance
replace: whenever you're ready
match: As previously requested, please send the receipt.
match: As requested in my last email, please confirm the address.
nomatch: As requested, we have cancelled the order.

[pa-still-waiting-on-you]
pattern: (we are|i am) still waiting (on|for) you to
weight: -1.0
kind: passive-aggressive
message: "We're still waiting on you" makes the delay the customer's fault. Ask for what you need and make it easy to send.
replace: whenever you are ready, please
replace: when you get a moment, please
match: We're still waiting for you to send the photos.
nomatch: We are still waiting on the courier to confirm delivery.

# ---------------------------------------------------------------------------------------------
# policy: hiding behind rules, systems and authority instead of helping
# ---------------------------------------------------------------------------------------------

[policy-per-our-policy]
pattern: [as] per (our|the|company|store|company's|our company's|our store's) (policy|policies|guidelines|rules|terms|terms and conditions|procedure|procedures)
weight: -1.0
kind: policy
message: "Per our policy" puts a rulebook between you and the customer. Explain what the rule means for them and why it exists.
replace: the way this works
replace: to keep things fair for everyone
match: Per our policy, refunds take ten business days.
match: As per company policy, we need photo ID.
nomatch: We are updating our policy next month.

[policy-company-policy]
pattern: (it is|that is|this is) [just|simply|our] company policy
pattern: (it is|that is|this is) [just|simply] against [our] company policy
weight: -1.0
kind: policy
message: "That's company policy" ends the discussion without an explanation. Say what you can do and, briefly, why the rule is there.
replace: that isn't something I can do, but here is what I can do
replace: that's not something we can offer, and I'm happy to explain why
match: That's company policy.
match: I'm afraid it is against company policy.
nomatch: Our company policy page has the full details.

[policy-our-policy-states]
pattern: (our|the|company|store) policy (states|says|clearly states|stipulates|dictates|specifies|is clear) [that]
weight: -1.0
kind: policy
message: Quoting "our policy states" makes the rule the speaker instead of you. Put it in your own words and focus on what happens next.
replace: the way this works is that
replace: here is how this works:
match: Our policy states that returns must be made within 30 days.
match: Company policy says all refunds go to the original card.
nomatch: The policy you bought covers accidental damage.

[policy-policy-does-not-allow]
pattern: (our|the|company|store) (policy|policies|rules|guidelines) (does not|do not|will not|would not) (allow|permit)
weight: -1.0
kind: policy
message: "Our policy doesn't allow" hides the decision behind a document. Say plainly what you can't do, then what you can.
replace: we aren't able to offer
replace: we can't offer
match: Our policy does not allow refunds after 30 days.
match: Company rules do not permit changes to shipped orders.
nomatch: The new policy does not apply to your order.

[policy-against-our-policy]
pattern: (that|this|it) (is|would be|goes|would go) against (our|the|store) (policy|policies|rules|terms|guidelines)
weight: -1.0
kind: policy
message: "That's against our policy" sounds like the customer tried to break a rule. Explain what you can't do and offer what you can.
replace: that isn't something we can do, but here is what we can do
replace: that's not something I can offer, and I'm happy to explain why
match: That's against our policy.
match: It would go against the rules.

[policy-system-wont-let-me]
pattern: (the|my|our) (system|computer|software|tool|app) (will not|does not|would not|can not|is not going to) (let|allow) (me|us)
pattern: (the|my|our) (system|computer|software) (is not letting|is not allowing|keeps blocking) (me|us)
weight: -1.0
kind: policy
message: "The system won't let me" makes you sound powerless and passes the buck to software. Say what you tried and what you will do next.
replace: I've tried, but I'm not able to
replace: I checked, and I'm not able to
match: The system won't let me change the address.
match: Our computer does not allow us to reopen the order.
nomatch: The app will let you change the address yourself.

[policy-not-authorized]
pattern: (i am|we are) not (authorized|authorised|allowed|permitted|cleared|empowered) to
pattern: (i|we) (do not|does not) have [the|any] (authority|authorization|authorisation|permission|clearance|power) to
weight: -1.0
kind: policy
message: "I'm not authorized to" tells the customer you can't help without saying who can. Name the next step and who will take it.
replace: I'll need to bring in a colleague to
replace: I'll ask a colleague who can
match: I'm not authorized to issue refunds.
match: We do not have the authority to waive the fee.
nomatch: Only the account holder is authorized to make changes.

[policy-nothing-i-can-do]
pattern: there is [really|simply|absolutely|just|honestly] nothing [more|else|further] [that] (i|we) (can|could|are able to|am able to) do
pattern: there is [really|simply|just] nothing [more|else|further] [that] (i|we) (can|could) offer
pattern: (i|we) (can not|could not|are unable to|am unable to) do anything [more|else|further] (about it|about this|about that|for you|to help)
pattern: there is [really|simply|just] nothing (more|else|further) to (do|be done)
weight: -2.0
kind: policy
message: "There's nothing I can do" closes every door at once. There is almost always something: an escalation, a workaround, a follow-up. Lead with that.
replace: here is what I can do
replace: here is what we can do
replace: I can't change that myself, but here is what I can do
match: There's nothing I can do.
match: There's really nothing more we can offer.
match: We can't do anything about it.
match: There's nothing we can do about the delivery fee.
match: I'm afraid there is nothing more I can do.
match: There is nothing more to be done on this order.
nomatch: There's nothing you need to do on your end.

[policy-hands-are-tied]
pattern: (my|our) hands are [completely|really|unfortunately] tied
weight: -2.0
kind: policy
message: "My hands are tied" asks the customer to sympathize with you instead of the other way round. Say what is outside your control and what you will do about it.
replace: this is outside what I can change myself, but I'll push for you
replace: this is outside what I can change myself
match: My hands are tied.
match: I'm sorry, our hands are tied on this one.

[policy-thats-the-rule]
pattern: (that is|those are|these are|it is) [just|simply] the (rule|rules|policy|procedure) (.|!)
weight: -1.0
kind: policy
message: "That's the rule." ends the conversation without a reason. Explain why the rule exists and what the customer can do.
replace: That's how this works today, and I'm sorry it doesn't fit your situation.
replace: I know this rule is frustrating here, so let me explain why it's there.
match: That's the rule.
match: Those are the rules!
nomatch: That's the rule we updated last week to make returns easier.

[policy-rules-are-rules]
pattern: [the] (rules|rule|policy|policies) (are|is) [the] (rules|rule|policy|policies)
weight: -2.0
kind: policy
message: "Rules are rules" refuses to engage with the customer's situation at all. Acknowledge the impact and explain the reason.
replace: I know this rule feels rigid here
replace: I understand this rule is frustrating in your case
match: Rules are rules.
match: Sorry, policy is policy.
nomatch: The rules are changing next month.

[policy-no-exceptions]
pattern: (we|i) (do not|can not|will not|never|are not able to|are unable to|am unable to|am not able to|could not) make [any] exceptions
pattern: (we|i) (can not|could not|are unable to|am unable to|are not able to|am not able to) make an exception
pattern: no exceptions (can be|will be|are|could be) made
weight: -2.0
kind: policy
message: "We don't make exceptions" tells the customer their situation doesn't matter. If the answer is still no, say why, and offer what you can.
replace: this isn't something I can change, but let me see what else I can do
replace: I'm not able to change this one, but here is what I can offer
match: We don't make exceptions.
match: I'm sorry, but we are unable to make exceptions to the 30-day window.
match: No exceptions can be made.
nomatch: We can make an exception this time.

[policy-no-exceptions-short]
pattern: , no exceptions (.|!|,|whatsoever)
pattern: (there are|there will be|there can be) no exceptions
pattern: ^ no exceptions (.|!|,)
weight: -1.5
kind: policy
message: "No exceptions" is the language of a sign on a wall, not of a person helping. Explain the rule and what you can offer.
replace: this applies to every account, and I'm happy to explain why
replace: this applies to every order
match: There are no exceptions.
match: No exceptions!
nomatch: There are no extra fees on this plan.

[policy-out-of-my-hands]
pattern: (it is|that is|this is|the matter is|the decision is|this decision is) (out of|outside of) (my|our) hands
weight: -1.5
kind: policy
message: "It's out of my hands" sounds like you are washing your hands of the problem. Say who handles it now and how you'll keep the customer posted.
replace: this now sits with another team, and I'll keep you posted
replace: this is with another team now, and I'll follow up for you
match: It's out of my hands now.
match: The decision is out of our hands.

[policy-cant-help-you-with-that]
pattern: (i|we) (can not|could not) (help|assist) you with (that|this|it)
pattern: (i am|we are) (unable|not able) to (help|assist) you with (that|this|it)
weight: -1.5
kind: policy
message: "I can't help you with that" leaves the customer with nowhere to go. Point them to who can, or offer the part you can do.
replace: I'm not the best person for this, but I'll connect you with someone who is
replace: this is handled by another team, and I can connect you with them
match: I can't help you with that.
match: We are unable to assist you with this.
nomatch: I can help you with that.

[policy-according-to-our-terms]
pattern: according to our (terms|terms and conditions|terms of service|terms of use|policy|policies|rules|guidelines|agreement|contract)
pattern: according to the (terms|terms and conditions|terms of service|terms of use|rules|agreement|contract)
weight: -1.0
kind: policy
message: "According to our terms" answers the customer with a document. Explain the rule in plain words and what it means for them.
replace: the way this works
replace: under the way our plans work
match: According to our terms, the deposit is non-refundable.
match: According to the terms and conditions, opened items cannot be returned.
nomatch: According to our records, the parcel was delivered at noon.
nomatch: The charge will drop off according to the policies of your bank.

[policy-unfortunately-opening]
pattern: ^ unfortunately ,
weight: -0.5
kind: policy
message: Opening with "Unfortunately," prepares the customer for a refusal before they read anything else. Lead with what you can do, or soften the bad news.
replace: I'm sorry to say,
replace: I wish I had better news:
match: Unfortunately, the item is out of stock.
nomatch: The item is unfortunately out of stock.
nomatch: Unfortunately the item is out of stock.

[policy-above-my-pay-grade]
pattern: (above|beyond|outside) my pay grade
weight: -2.0
kind: policy
message: "Above my pay grade" jokes about your job while the customer's problem waits. Say who can decide and that you'll bring them in.
replace: something I need a colleague's help with
replace: something I'll need to pass to my manager
match: That's above my pay grade.
match: Sorry, this is above my pay grade.

[policy-not-my-department]
pattern: (that is|this is|it is) not (my|our) (department|division|job|team|responsibility)
pattern: (that is|this is|it is) not (my|our) area (.|!)
weight: -1.5
kind: policy
message: "That's not my department" tells the customer to go away. Take ownership of getting them to the right team.
replace: that's handled by another team, and I'll connect you with them
replace: that's looked after by another team, and I'll pass this on for you
match: That's not my department.
match: It's not our department.
match: Sorry, that is not my responsibility.
match: That's not my area.
nomatch: This is not my area of expertise, but I will find out for you.
nomatch: My department handles all billing questions, so you are in the right place.

[policy-not-my-call]
pattern: (it is|that is|this is) not (up to me|my call|my decision|in my power|in my hands)
weight: -1.0
kind: policy
message: "That's not up to me" distances you from the outcome. Say who decides and what you'll do to help.
replace: that decision sits with another team, but I'll push for you
replace: that's decided by another team, and I'll make your case to them
match: That's not up to me.
match: It is not my call.

[policy-take-it-up-with]
pattern: (you can|you will have to|you would have to|you need to|you have to|you will need to|you would need to) take (that|this|it) up with
weight: -1.5
kind: policy
message: "You'll have to take that up with" sends the customer off on their own. Offer to raise it for them.
replace: I'll raise this with
replace: I'll pass this on to
match: You'll have to take that up with the store.
match: You can take it up with the courier.
nomatch: Feel free to take it up with us anytime.

[policy-you-agreed-to-the-terms]
pattern: you (agreed to|accepted|signed|consented to) (our|the|these) (terms|terms and conditions|terms of service|conditions|agreement|policy) [when you (signed up|registered|ordered|purchased|created your account|bought it)]
weight: -1.5
kind: policy
message: "You agreed to our terms" wins the argument and loses the customer. Explain the rule and what you can do within it.
replace: this is covered in our terms, and I'm happy to walk you through it
replace: our terms cover this, and I'd like to explain how it applies to you
match: You agreed to our terms when you signed up.
match: You accepted the terms and conditions.

[policy-not-responsible]
pattern: we (are not|can not be|will not be|are in no way) [held] (responsible|liable|accountable) for
weight: -1.5
kind: policy
message: "We are not responsible for" sounds like a disclaimer, not help. Even when it's true, say what you can do about the problem.
replace: this falls outside what we cover, but let me see how we can help with
replace: although this isn't something we cover, I'd still like to help with
match: We are not responsible for lost packages.
match: We can't be held liable for third-party delays.
nomatch: You are not responsible for the return shipping cost.

[policy-non-negotiable]
pattern: (this|that|it|our policy|the policy|the price|the fee) is (non negotiable|not negotiable|not up for discussion|not up for debate)
weight: -2.0
kind: policy
message: "That's non-negotiable" shuts the customer down. If the answer can't change, explain why and offer what you can.
replace: this part is fixed, but let me look at what I can do
replace: I can't change this part, but here is what I can do
match: That is non-negotiable.
match: The fee is not up for discussion.

[policy-i-dont-make-the-rules]
pattern: (i|we) (do not|did not) (make|write|set) the (rules|rule|policy|policies)
weight: -2.0
kind: policy
message: "I don't make the rules" distances you from the company and leaves the customer with no one to talk to. Own the answer and explain it.
replace: I know this rule is frustrating
replace: I understand this rule is frustrating
match: I don't make the rules.

[policy-computer-says-no]
pattern: (the|our) (computer|system) says no
weight: -2.0
kind: policy
message: "The computer says no" is a famous joke about unhelpful service, and the customer will hear it that way. Explain the real reason and the next step.
replace: our system is blocking this, and I'm looking for another way
replace: our system won't accept this yet, so I'm checking other options
match: The computer says no.

[policy-cannot-override]
pattern: (i|we) (can not|am unable to|are unable to|am not able to|are not able to) (override|bypass|change) (the|our) (system|policy|rules|decision)
weight: -1.0
kind: policy
message: "I can't override the system" makes the customer's problem a system limitation and stops there. Say how you will escalate it.
replace: I'm not able to change that on my own, but I'll escalate it
replace: I can't change that myself, so I'll take it to the team that can
match: I can't override the system.
match: We are unable to change the decision.
nomatch: You can change the system language in settings.

[policy-i-just-work-here]
pattern: i (just|only) work here
weight: -3.0
kind: policy
severity: error
message: "I just work here" disowns the company and the customer's problem in one line. You represent the company in this conversation; take ownership.
replace: I'm here to help sort this out
replace: I'll do everything I can to sort this out
match: I just work here.

[policy-decision-is-final]
pattern: (the|our|this|that|my) decision is final
pattern: and that is final
weight: -1.5
kind: policy
message: "The decision is final" closes the door hard. If it can't change, say so gently and explain what the customer can still do.
replace: this is where things stand right now, and I'll explain why
replace: I can't change this outcome, but I can explain it and show you your options
match: The decision is final.
match: We will not refund the fee, and that's final.
nomatch: Your decision is final once you confirm the order.

[policy-not-much-i-can-do]
pattern: there is (not much|only so much|very little|little) [more|else] (i|we) (can|could) do
weight: -1.0
kind: policy
message: "There's not much I can do" lowers the customer's hopes before you have tried. Lead with what you can do, however small.
replace: here is what I can do
replace: let me tell you what I can do
match: There's not much I can do.
match: There is only so much we can do.
nomatch: There is little you need to do on your end.

[policy-just-the-messenger]
pattern: (i am|we are) [just|only|simply] the (messenger|messengers)
pattern: (do not|please do not) shoot the messenger
weight: -2.0
kind: policy
message: "I'm just the messenger" steps away from the decision and leaves the customer with no one to talk to. You speak for the company here; own the answer.
replace: I'm the one handling this for you
replace: I'm here to see this through with you
match: I'm just the messenger.
match: Please don't shoot the messenger.

[policy-no-way-around-it]
pattern: there is no way around (it|this|that|our policy|the policy|the rules)
weight: -1.0
kind: policy
message: "There's no way around it" tells the customer to give up. Say what you looked at and what options remain.
replace: I looked for a workaround and could not find one, but here is what I can do
replace: I haven't found a workaround yet, but here is what I can do
match: There is no way around it.

[policy-rules-exist-for-a-reason]
pattern: (the|our|this|that) (policy|rule|rules|policies) (is|are) there for a reason
pattern: (the|our) (policy|rule|rules|policies) (exist|exists) for a reason
weight: -1.5
kind: policy
message: "The rule is there for a reason" implies the customer is being unreasonable without telling them the reason. Share the reason.
replace: this rule is there to protect your account
replace: this rule is there to keep things fair for every customer
match: The rules are there for a reason.
match: Our policies exist for a reason.

# ---------------------------------------------------------------------------------------------
# shouting: capitals and stacked punctuation
# ---------------------------------------------------------------------------------------------

# Calibration: two capitalised words in a row are often a brand, a product code or an airport
# pair ("XFINITY HD", "LAS JFK") that the acronym list does not know, and "!!" / "??" are common in
# cheerful replies the engine cannot tell are warm; these weigh -0.3, so on their own they do not
# make a reply confrontational but they add to other evidence. Three or more capitalised words
# (-1.0, -2.0) stay strong.
[shout-caps-words]
pattern: <caps> <caps>
weight: -0.3
kind: shouting
fix: sentence-case
message: Two or more words in capitals read as shouting. Write in sentence case; if something matters, say why it matters.
match: The office is CLOSED TODAY.
match: This is VERY IMPORTANT for your account.
nomatch: Your parcel is with UPS and should arrive today.
nomatch: Please check the FAQ page for details.

[shout-caps-three]
pattern: <caps> <caps> <caps>
weight: -1.0
kind: shouting
fix: sentence-case
message: Three words in a row in capitals read as shouting. Write in sentence case; if something matters, say why it matters.
match: The store is CLOSED ALL WEEK.
nomatch: Your parcel is with UPS and should arrive today.

[shout-caps-run]
pattern: <caps> <caps> <caps> <caps>
weight: -2.0
kind: shouting
fix: sentence-case
message: A whole run of capitals is shouting at the customer. Rewrite it in sentence case.
match: THE PARCEL LEFT OUR WAREHOUSE ON MONDAY.
match: YOUR ORDER WAS ALREADY REFUNDED.

[shout-caps-emphasis]
pattern: (please|kindly) <caps>
pattern: you (must|need to|have to|should) <caps>
weight: -1.0
kind: shouting
fix: sentence-case
message: A capitalized word after "please" or "you must" is a raised voice in text. Use sentence case and explain why the step matters.
match: Please CONFIRM your address.
match: You must CONFIRM the address first.
nomatch: Please DM us your order number.

[shout-double-exclamation]
pattern: !!
weight: -0.3
kind: shouting
message: Stacked exclamation marks come across as shouting or exasperation in a support reply. One is plenty.
replace: !
replace: .
match: Your order has already been refunded!!
match: Stop sending the form!!!
nomatch: Thanks so much, have a great day!

[shout-double-question]
pattern: ??
weight: -0.3
kind: shouting
message: Repeated question marks ("??") read as disbelief or impatience. A single question mark asks the same question kindly.
replace: ?
match: Where did you send the parcel??
match: Have you restarted it???
nomatch: Could you send us your order number?

[shout-interrobang]
pattern: ?!
weight: -1.5
kind: shouting
message: A "?!" mix sounds incredulous, as if the customer's question were absurd. Ask plainly with one question mark.
replace: ?
match: Why would you cancel it?!
match: You did what!?
nomatch: Is it working now? Great!

# ---------------------------------------------------------------------------------------------
# sarcasm: politeness turned into a jab
# ---------------------------------------------------------------------------------------------

[sarcasm-thanks-for-nothing]
pattern: (thanks|thank you) [so much|very much|a lot] for nothing
weight: -3.0
kind: sarcasm
severity: error
message: "Thanks for nothing" is open contempt. Whatever happened, acknowledge the frustration and say what happens next.
replace: I'm sorry this hasn't been resolved yet
replace: I'm sorry we haven't been able to fix this yet
match: Well, thanks for nothing.
match: Thanks a lot for nothing.

[sarcasm-good-luck-with-that]
pattern: good luck with that (.|!|!!)
weight: -2.0
kind: sarcasm
message: "Good luck with that." predicts the customer's failure and mocks them for trying. Offer help instead.
replace: Let me know how it goes, and I'm here if you need anything.
replace: I hope it works out, and we're here if you need us.
match: You want a refund after a year? Good luck with that.
nomatch: Good luck with that exam tomorrow!

[sarcasm-congratulations-on-breaking]
pattern: (congratulations|congrats) (on|for) (breaking|ruining|deleting|losing|missing|managing to break|managing to lose|managing to delete)
pattern: (congratulations|congrats) [,] you (broke|ruined|deleted|lost|missed|managed to break|managed to lose)
weight: -2.0
kind: sarcasm
message: Mock congratulations for a mistake humiliate the customer. Help them recover instead.
replace: it looks like something went wrong with
replace: let's get this sorted; it looks like something happened to
match: Congratulations on breaking it.
match: Congrats, you deleted the account.
nomatch: Congratulations on your new home!
nomatch: Congratulations on the wedding, from all of us!

[sarcasm-how-nice-of-you]
pattern: [oh|well] [,] how (nice|kind|generous|thoughtful|considerate|lovely|good) of you to (finally|eventually|actually) (reply|respond|answer|get back to us|get back to me|write back|call back|join us|show up)
weight: -2.0
kind: sarcasm
message: "How nice of you to finally reply" is a jab at the customer's timing. Just thank them for getting back to you.
replace: thanks for getting back to us
replace: thanks so much for getting back to us
match: How nice of you to finally reply.
match: Oh, how kind of you to eventually get back to us.
nomatch: How kind of you to share this with us, thank you!

[sarcasm-im-sure-you-did]
pattern: [oh|well] [,] (i am|we are) sure you (did|have|had|were) (.|!)
weight: -2.0
kind: sarcasm
message: "I'm sure you did." says you don't believe the customer. Take their word for it and move to the next step.
replace: Thanks for trying that.
replace: Thanks for letting me know you tried that.
match: I'm sure you did.
match: Oh, I'm sure you were!
nomatch: I'm sure you did everything right, so let's look at the settings.
nomatch: I'm sure you have questions, so here is a summary.

[sarcasm-sure-you-did]
pattern: ^ [oh|yeah] [,] sure [,] you (did|were) (.|!)
weight: -2.0
kind: sarcasm
message: "Sure you did." is disbelief wearing a smile. Assume the customer is telling the truth.
replace: Thanks for trying that.
replace: Thanks for letting me know.
match: Sure you did.
match: Oh, sure, you were!
nomatch: Sure, you can change it in settings.

[sarcasm-oh-great-another]
pattern: ^ oh (great|wonderful|perfect|fantastic|joy|brilliant|lovely) [,] (another|yet another)
weight: -1.5
kind: sarcasm
message: "Oh great, another..." tells the customer their issue is a nuisance. Treat it as the first time you've heard it.
replace: I see we have another
replace: thanks for flagging another
match: Oh great, another ticket about the app.
nomatch: Oh great! Glad the update fixed it.

[sarcasm-just-what-we-needed]
pattern: ^ [oh] [great ,] just what (i|we) (needed|need|wanted) (.|!)
weight: -1.5
kind: sarcasm
message: "Just what we needed." treats the customer's problem as a burden on you. Acknowledge it and get to work.
replace: Thanks for letting us know.
replace: Thanks for flagging this.
match: Oh great, just what we needed.
nomatch: We found just what you needed in our other store.

[sarcasm-yeah-right]
pattern: ^ [oh] yeah [,] right (.|!|!!)
weight: -2.0
kind: sarcasm
message: "Yeah, right." calls the customer a liar. Take what they say seriously and check it.
replace: I hear you.
replace: Thanks for telling me.
match: Yeah, right.
match: Oh yeah right!
nomatch: Yeah, right now the app is down for maintenance.

[sarcasm-nice-try]
pattern: ^ nice try (.|!|!!)
weight: -2.0
kind: sarcasm
message: "Nice try." accuses the customer of trying to cheat. Even when the request can't be met, answer it respectfully.
replace: I see why you asked.
replace: I understand why you'd ask.
match: Nice try.
nomatch: That was a nice try at fixing it yourself.

[sarcasm-nice-try-but]
pattern: ^ nice try [,] (but|though)
weight: -2.0
kind: sarcasm
message: "Nice try, but" accuses the customer of trying to game the system. Answer the request respectfully.
replace: I see why you asked, but
replace: I understand why you'd ask, but
match: Nice try, but the coupon has expired.

[sarcasm-if-you-say-so]
pattern: ^ [well|ok|okay|fine|sure] [,] if you say so (.|!)
weight: -2.0
kind: sarcasm
message: "If you say so." signals you don't believe the customer but can't be bothered to argue. Take their account at face value.
replace: Thanks for letting me know.
replace: Understood, thanks for explaining.
match: Well, if you say so.
match: If you say so!
nomatch: We will only close the ticket if you say so.

[sarcasm-wow-just-wow]
pattern: ^ wow [,] just wow
weight: -2.0
kind: sarcasm
message: "Wow, just wow" mocks the customer's message. Respond to its substance instead.
replace: thanks for sharing this
replace: I see
match: Wow, just wow.

[sarcasm-must-be-nice]
pattern: ^ [well ,] must be nice (.|!)
weight: -1.5
kind: sarcasm
message: "Must be nice." is envy played as a jab. Keep the focus on the customer's request.
replace: I hear you.
replace: Thanks for sharing that.
match: Must be nice.
nomatch: It must be nice to have everything working again!

[sarcasm-big-surprise]
pattern: ^ [well ,] (big surprise|what a surprise|surprise , surprise|surprise surprise|what a shock|color me surprised|colour me surprised) (.|!)
weight: -1.5
kind: sarcasm
message: Mock surprise ("Big surprise.") suggests the customer's problem was predictable and their own doing. Acknowledge it plainly.
replace: Thanks for flagging this.
replace: I see.
match: Big surprise.
match: Well, what a surprise!
nomatch: We have a big surprise for our members this week.

[sarcasm-you-know-better]
pattern: (clearly|obviously|apparently) you know better [than (us|me|we do|i do)]
weight: -2.0
kind: sarcasm
message: "Clearly you know better" mocks the customer's expertise. If you disagree, explain why with facts.
replace: you know your setup best, so let's compare notes
replace: you know your situation best
match: Clearly you know better than us.
match: Apparently you know better.
nomatch: You know better than anyone how frustrating this has been.

[sarcasm-sure-jan]
pattern: ^ sure , jan (.|!)
weight: -2.0
kind: sarcasm
message: "Sure, Jan." is a meme way of calling someone a liar. Take the customer's account seriously.
replace: Thanks for letting me know.
match: Sure, Jan.

[sarcasm-bless-your-heart]
pattern: bless your [little|sweet] heart
weight: -2.0
kind: sarcasm
message: "Bless your heart" is widely read as condescending pity. Say what you mean kindly and directly.
replace: thank you
replace: thanks for your patience
match: Bless your heart, you tried.

[sarcasm-stating-the-obvious]
pattern: (thanks|thank you) for (stating|pointing out|telling us|telling me) the obvious
pattern: (thanks|thank you|ok|okay) [,] captain obvious
weight: -2.0
kind: sarcasm
message: "Thanks for stating the obvious" belittles the customer for telling you about their problem. Thank them sincerely; they are helping you help them.
replace: thanks for pointing that out
replace: thanks for flagging that
match: Thanks for stating the obvious.
match: Thanks, Captain Obvious.

[sarcasm-thanks-genius]
pattern: (thanks|thank you|nice one|great job|good job|well done|nice going) [,] (genius|einstein|sherlock|smart guy|hotshot)
weight: -3.0
kind: sarcasm
severity: error
message: Mocking nicknames ("thanks, genius") are insults. Thank the customer plainly or leave it out.
replace: thank you
replace: thanks
match: Nice one, genius.
match: Thanks, Sherlock.
nomatch: Great job on the new setup!

[sarcasm-happy-now]
pattern: ^ [are you] happy now (?|??|?!)
weight: -2.0
kind: sarcasm
message: "Happy now?" implies the customer forced you into something. Check sincerely whether the issue is resolved.
replace: Is there anything else I can do to make this right?
replace: Does this fix it for you?
match: Happy now?
match: Are you happy now?!
nomatch: We hope you are happy now that it's fixed.

[sarcasm-real-mature]
pattern: ^ (real|very|really|how) mature (.|!)
weight: -2.0
kind: sarcasm
message: "Real mature." scolds the customer's tone with a sneer. If a customer is rude, stay calm and set a boundary without mockery.
replace: I understand you're upset.
replace: I can tell you're frustrated.
match: Real mature.
match: How mature!

[sarcasm-cool-story]
pattern: cool story [,] (bro|bud|brah|bruh|dude|pal)
weight: -3.0
kind: sarcasm
severity: error
message: "Cool story, bro" openly dismisses what the customer told you. Respond to it.
replace: thanks for sharing that
replace: thanks for telling us
match: Cool story, bro.
nomatch: What a cool story, thanks for sharing your trip with us!

[sarcasm-you-dont-say]
pattern: ^ you do not say (.|!|?|??|?!)
weight: -2.0
kind: sarcasm
message: "You don't say." mocks the customer for stating something you think is obvious. Thank them for the detail.
replace: Thanks for pointing that out.
replace: Thanks for the detail.
match: You don't say!
nomatch: You don't say which model you have, could you let us know?

[sarcasm-as-if]
pattern: ^ as if (.|!|!!)
weight: -2.0
kind: sarcasm
message: "As if!" scoffs at the customer's request. Answer it respectfully, even when the answer is no.
replace: I understand why you'd ask.
replace: I see why you'd ask.
match: As if!
nomatch: As if that weren't enough, the courier was late too, and I'm sorry.

[sarcasm-ok-buddy]
pattern: ^ (ok|okay|right|alright) [,] (buddy|pal|champ|chief|sweetie|sweetheart|hon) (.|!)
weight: -2.0
kind: sarcasm
message: "Okay, buddy." is patronizing and sarcastic. Address the customer respectfully.
replace: Understood.
replace: Thanks for explaining.
match: Okay, buddy.
match: Right, pal!
nomatch: Okay, buddy, let's get this sorted!

[sarcasm-oh-joy]
pattern: ^ oh (joy|goody|goodie) (.|!)
weight: -1.5
kind: sarcasm
message: "Oh joy." treats the customer's problem as a chore. Acknowledge it and help.
replace: Thanks for letting us know.
replace: I see.
match: Oh joy.

[sarcasm-slow-clap]
pattern: slow clap
weight: -2.0
kind: sarcasm
message: A "slow clap" ridicules the customer. Leave it out and respond to what happened.
replace: thank you
match: Slow clap for that one.

[sarcasm-how-convenient]
pattern: ^ [well ,] how (convenient|original) (.|!)
weight: -1.5
kind: sarcasm
message: "How convenient." implies the customer is making excuses. Take the explanation at face value.
replace: Thanks for explaining.
replace: Thanks for letting me know.
match: How convenient.
nomatch: How convenient would a morning delivery be for you?

[sarcasm-burst-your-bubble]
pattern: [i am|we are] [so] sorry to (burst your bubble|break it to you|rain on your parade)
pattern: (i|we) hate to (burst your bubble|break it to you|rain on your parade)
weight: -2.0
kind: sarcasm
message: "Sorry to burst your bubble" mocks the customer's hopes while delivering bad news. Deliver it with care.
replace: I wish I had better news
replace: I'm sorry to say
match: Sorry to burst your bubble, but the sale has ended.
match: I hate to break it to you, but that model is discontinued.

# ---------------------------------------------------------------------------------------------
# non-apology: apologies that hedge, blame the customer's feelings, or take it back with "but"
# ---------------------------------------------------------------------------------------------

[nonapology-sorry-for-any-inconvenience]
pattern: [i am|we are] [so|very|truly|really] sorry for any inconvenience [caused|(this|that|it) (may|might|could) have caused|you (may|might) have (experienced|faced)]
weight: -0.5
kind: non-apology
message: "Sorry for any inconvenience" hedges: "any" suggests there may not have been one. Name the actual problem and apologize for it.
replace: I'm sorry for the trouble this has caused
replace: I'm sorry for the trouble with your order
match: Sorry for any inconvenience.
match: We're sorry for any inconvenience this may have caused.
nomatch: Sorry for the inconvenience, we are fixing it now.

[nonapology-apologize-for-any-inconvenience]
pattern: [we|i] [sincerely] (apologize|apologise) for any inconvenience [caused|(this|that|it) (may|might|could) have caused|you (may|might) have (experienced|faced)]
pattern: (apologies|our apologies|my apologies|our sincere apologies|my sincere apologies) for any inconvenience [caused|(this|that|it) (may|might|could) have caused|you (may|might) have (experienced|faced)]
weight: -0.5
kind: non-apology
message: "We apologize for any inconvenience this may have caused" is the template apology customers have learned to ignore; "any" and "may have" doubt there was a problem at all. Apologize for the specific thing that went wrong.
replace: I'm sorry for the trouble this has caused
replace: I'm sorry about the trouble with your order
match: We apologize for any inconvenience this may have caused.
match: Apologies for any inconvenience caused.
match: I apologize for any inconvenience you may have experienced.
nomatch: We apologize for the delay with your order.

[nonapology-regret-any-inconvenience]
pattern: (we|i) regret any inconvenience [caused|(this|that|it) (may|might|could) have caused]
weight: -0.5
kind: non-apology
message: "We regret any inconvenience" is distant and hedged. Say sorry, for the specific problem.
replace: I'm sorry for the trouble this has caused
replace: we're sorry for the trouble this has caused
match: We regret any inconvenience this may have caused.

[nonapology-sorry-you-feel-that-way]
pattern: [i am|we are] [so|very|truly|really] sorry [that] you feel (that way|this way|like that|so|otherwise)
pattern: [i am|we are] [so|very|truly|really] sorry to hear [that] you feel (that way|this way|like that)
pattern: [i am|we are] [so|very|truly|really] sorry [that] you (see|view|perceive|took|read) (it|this|that) (that way|this way|like that)
pattern: [i am|we are] [so|very|truly|really] sorry (that is|this is) how you (feel|see it|took it|read it|feel about it)
weight: -2.0
kind: non-apology
message: "I'm sorry you feel that way" apologizes for the customer's feelings, not for what happened, and is widely heard as a brush-off. Apologize for your part, or acknowledge the specific problem.
replace: I'm sorry we let you down
replace: I can see why this upset you, and I'm sorry
match: I'm sorry you feel that way.
match: We're sorry to hear you feel that way.
match: I'm sorry you see it that way.
nomatch: I'm sorry you had to wait so long.

[nonapology-sorry-you-feel-like-we]
pattern: [i am|we are] [so|very|truly|really] sorry [that] you feel (like|as if|as though|that) we
weight: -2.0
kind: non-apology
message: "I'm sorry you feel like we ignored you" keeps the problem in the customer's head instead of admitting it. If it happened, say sorry for it.
replace: I'm sorry we
replace: we're sorry we
match: I'm sorry you feel like we ignored your emails.
match: We are sorry you feel that we did not help.

[nonapology-sorry-if-you-were-offended]
pattern: [i am|we are] [so|very|truly|really] sorry if you (were|are|felt|feel|got|have been) (offended|upset|hurt|insulted|bothered|annoyed)
pattern: [we|i] (apologize|apologise) if you (were|are|felt|feel|got|have been) (offended|upset|hurt|insulted|bothered|annoyed)
pattern: (apologies|my apologies|our apologies) if you (were|are|felt|feel|got|have been) (offended|upset|hurt|insulted|bothered|annoyed)
weight: -2.0
kind: non-apology
message: "Sorry if you were offended" makes the apology conditional and the customer's reaction the problem. Apologize for what you did.
replace: I'm sorry we upset you
replace: I'm sorry for how that came across
match: I'm sorry if you were offended.
match: We apologize if you felt insulted.
match: Apologies if you got upset.
nomatch: I'm sorry you were upset by the delay, and we're fixing it today.
nomatch: I'm sorry if you're frustrated, and I'm here to help.

[nonapology-sorry-if-that-upset-you]
pattern: [i am|we are] [so|very|truly|really] sorry if (that|this|it|my reply|my message|my response|my tone|our reply|our message) (offended|upset|bothered|hurt|annoyed|insulted|frustrated) you
pattern: [we|i] (apologize|apologise) if (that|this|it|my reply|my message|my tone|our reply|our message) (offended|upset|bothered|hurt|annoyed|insulted|frustrated) you
weight: -1.5
kind: non-apology
message: "Sorry if that upset you" doubts that it did. It clearly did; apologize without the "if".
replace: I'm sorry that upset you
replace: I'm sorry my reply upset you
match: Sorry if that upset you.
match: I apologize if my tone bothered you.

[nonapology-sorry-if-inconvenienced]
pattern: [i am|we are] [so|very|truly|really] sorry if (you were|you have been|you felt) inconvenienced
pattern: [i am|we are] [so|very|truly|really] sorry if (this|that|it|we) (has caused|have caused|caused|may have caused|might have caused) [you] any (inconvenience|trouble)
pattern: [we|i] (apologize|apologise) if (this|that|it|we) (has caused|have caused|caused|may have caused|might have caused) [you] any (inconvenience|trouble)
weight: -1.0
kind: non-apology
message: "Sorry if this caused any inconvenience" questions whether the customer was affected. They wrote to you because they were; say sorry for it.
replace: I'm sorry for the trouble this has caused
replace: I'm sorry for the trouble this caused you
match: Sorry if you were inconvenienced.
match: We apologize if this has caused you any inconvenience.
nomatch: Sorry if we haven't called you back yet; we will today.

[nonapology-sorry-if-any-confusion]
pattern: [i am|we are] [so|very|truly|really] sorry if there (was|has been|is|were) any (confusion|misunderstanding)
pattern: (apologies|my apologies|our apologies) if there (was|has been|were) any (confusion|misunderstanding)
weight: -0.5
kind: non-apology
message: "Sorry if there was any confusion" avoids saying who caused it. A clear "sorry for the confusion" sounds more sincere.
replace: I'm sorry for the confusion
replace: sorry for the confusion, that's on us
match: Sorry if there was any confusion.
match: Apologies if there has been any misunderstanding.

[nonapology-sorry-but]
pattern: [i am|we are] [so|very|truly|really] sorry [,] (but|however)
pattern: (apologies|my apologies|our apologies) [,] (but|however)
pattern: [we|i] (apologize|apologise) [,] (but|however)
weight: -1.0
kind: non-apology
message: "Sorry, but" takes the apology back in the same breath; the customer only hears what follows "but". Apologize, then explain as a separate thought.
replace: I'm sorry, and to be transparent,
replace: I'm sorry about this, and to be upfront,
match: Sorry, but we are closed on Sundays.
match: I apologize, however the order has shipped.
nomatch: Sorry for the wait, but we're on it now.

[nonapology-sorry-but-nothing]
pattern: [i am|we are] [so|very|truly|really] sorry [,] but there is [really|just|simply] nothing [more|else] (i|we) can do [about it|about this|for you]
pattern: [i am|we are] [so|very|truly|really] sorry [,] but there is [really|just|simply] nothing [more|else] (i|we) could do
pattern: (apologies|my apologies|i apologize|we apologize) [,] but there is [really|just] nothing [more|else] (i|we) (can|could) do [about it|for you]
weight: -2.0
kind: non-apology
message: "I'm sorry, but there's nothing I can do" pairs an apology with a closed door. Offer an alternative, an escalation or a follow-up.
replace: I'm sorry. I can't change this myself, but here is what I can do
replace: I'm sorry. This is outside what I can change, but here is what I can do
match: I'm sorry, but there's nothing I can do.
match: We are sorry, but there is nothing more we can do about it.

[nonapology-sorry-but-policy]
pattern: [i am|we are] [so|very|truly|really] sorry [,] but (that is|this is|it is) [just|simply] (our|the|company) policy
pattern: (apologies|my apologies|our apologies|we apologize|i apologize) [,] but (that is|this is|it is) [just|simply] (our|the|company) policy
weight: -2.0
kind: non-apology
message: "Sorry, but that's our policy" uses the apology as a wrapper for a refusal. Explain the reason for the rule and what you can offer.
replace: I'm sorry. Here's why this rule exists, and what I can do
replace: I'm sorry. Let me explain why this rule exists
match: I'm sorry, but that's our policy.
match: Sorry but it is company policy.

[nonapology-sorry-but-you-need-to]
pattern: [i am|we are] [so|very|truly|really] sorry [,] but you (need to|must|will need to|have to|will have to)
pattern: (apologies|my apologies|our apologies) [,] but you (need to|must|will need to|have to|will have to)
pattern: [we|i] (apologize|apologise) [,] but you (need to|must|will need to|have to|will have to)
weight: -1.5
kind: non-apology
message: "Sorry, but you need to" turns the apology into an instruction. Apologize, then offer the step as help.
replace: I'm sorry about this. To sort it out, please
replace: I'm sorry about this. The quickest fix is to
match: Sorry, but you need to contact the store.
match: I'm sorry but you will have to reorder.

[nonapology-sorry-you-think]
pattern: [i am|we are] [so|very|truly|really] sorry [that] you (think|believe|thought|believed|assumed)
pattern: [we|i] (apologize|apologise) (that|if) you (think|believe|thought|believed|assumed)
weight: -1.5
kind: non-apology
message: "I'm sorry you think we ignored you" apologizes for the customer's opinion, not for anything you did. Address the facts behind it.
replace: I'm sorry we gave you the impression
replace: I'm sorry we left you with the impression
match: I'm sorry you think we ignored you.
match: We're sorry you believe the charge is wrong.
nomatch: I'm sorry for the trouble, and I think we can fix it today.

[nonapology-confusion-on-your-end]
pattern: [i am|we are] [so|very|truly|really] sorry for (the|any|your) (confusion|misunderstanding) on your (end|part|side)
pattern: [we|i] (apologize|apologise) for (the|any|your) (confusion|misunderstanding) on your (end|part|side)
pattern: (apologies|my apologies|our apologies) for (the|any|your) (confusion|misunderstanding) on your (end|part|side)
weight: -2.0
kind: non-apology
message: "Sorry for the confusion on your end" apologizes while blaming the customer for misunderstanding. Own the unclear part.
replace: I'm sorry for the confusion; I should have been clearer
replace: I'm sorry for the confusion; that's on us
match: Sorry for the confusion on your end.
match: We apologize for the misunderstanding on your part.

[nonapology-sorry-disappointed-with-policy]
pattern: [i am|we are] [so|very|truly|really] sorry [that] you (were|are|felt|feel) (disappointed|unhappy|upset|dissatisfied) with our (policy|policies|decision|terms)
pattern: [i am|we are] [so|very|truly|really] sorry [that] you are not (happy|satisfied|pleased) with our (policy|policies|decision|terms|answer|response)
weight: -1.5
kind: non-apology
message: "Sorry you were disappointed with our policy" apologizes for the customer's reaction while standing behind the decision. Acknowledge the impact and explain what you can do.
replace: I'm sorry this decision doesn't work for you, and I'd like to explain it
replace: I'm sorry this rule doesn't work for you, and I'd like to see what I can do
match: I'm sorry you were disappointed with our policy.
match: We're sorry you're not happy with our decision.
nomatch: We're sorry you were disappointed with the delivery, and we'll make it right.

[nonapology-sorry-you-misunderstood]
pattern: [i am|we are] [so|very|truly|really] sorry [that] you (misunderstood|misread|were confused|got confused|misinterpreted) [our (email|message|policy|offer|terms|instructions)|the (email|message|policy|offer|terms|instructions)|it|this|that]
pattern: [we|i] (apologize|apologise) [that] you (misunderstood|misread|were confused|got confused|misinterpreted) [our (email|message|policy|offer|terms|instructions)|the (email|message|policy|offer|terms|instructions)|it|this|that]
weight: -2.0
kind: non-apology
message: "Sorry you misunderstood" apologizes for the customer's mistake, not yours. Own the unclear communication.
replace: I'm sorry I wasn't clearer
replace: I'm sorry we weren't clearer
match: I'm sorry you misunderstood our offer.
match: Sorry that you were confused.

[nonapology-sorry-you-chose]
pattern: [i am|we are] [so|very|truly|really] sorry [that] you (chose|decided|have decided|have chosen|feel the need|felt the need|felt it necessary) to
weight: -1.0
kind: non-apology
message: "Sorry you decided to cancel" frames the outcome as the customer's choice alone. Say you're sorry to see them go, and ask what went wrong.
replace: I'm sorry to see you
replace: we're sorry to see you
match: We're sorry you decided to cancel.
match: I'm sorry you felt the need to leave a review.

[nonapology-mistakes-were-made]
pattern: (mistakes|errors) (were|have been|may have been) made
pattern: (a|an) (mistake|error) (was|has been|may have been) made
weight: -2.0
kind: non-apology
message: "Mistakes were made" admits an error without anyone making it. Say who made the mistake, usually "we".
replace: we made a mistake
replace: we got this wrong
match: Mistakes were made, and we are reviewing them.

[nonapology-regret-that-you-feel]
pattern: (we|i) regret that you (feel|felt|think|thought|believe|perceive|perceived)
weight: -1.5
kind: non-apology
message: "We regret that you feel" regrets the customer's reaction, not the cause. Address the cause.
replace: I'm sorry we gave you the impression
replace: I'm sorry we left you with the impression
match: We regret that you feel we were unhelpful.
nomatch: We regret that your order was delayed.

[nonapology-sorry-not-sorry]
pattern: sorry [,] not sorry
weight: -3.0
kind: non-apology
severity: error
message: "Sorry, not sorry" openly mocks the idea of apologizing. Either apologize or explain.
replace: I'm sorry
match: Sorry, not sorry.

[nonapology-if-we-upset-you]
pattern: if (we|i) [have|had] (offended|upset|hurt|inconvenienced|annoyed|frustrated) you [in any way]
weight: -1.0
kind: non-apology
message: "If we have upset you in any way" turns the apology into a hypothetical. If the customer is upset, say sorry for the specific cause.
replace: where we let you down
replace: since we let you down
match: If we have upset you in any way, we apologize.
nomatch: Let us know if we have missed anything.

[nonapology-never-our-intention]
pattern: it (was|is) (never|not) our intention to
pattern: (we|i) (never|did not) (meant|mean|intend|intended) to (upset|offend|frustrate|inconvenience|annoy)
weight: -1.0
kind: non-apology
message: "It was never our intention to" defends your intentions instead of addressing the impact. Apologize for what happened.
replace: we're sorry we
replace: I'm sorry we
match: It was never our intention to upset you.
match: We never meant to upset you.

# ---- Part C: calibration additions (replytone team) ----
# Phrasings found missing when the lexicon was calibrated against hand-labelled replies: hindsight
# blame with more verbs, guesses about what the customer did, deflection ("not our fault", "works
# fine on our end"), closing the conversation down, snark and rhetorical questions. Written by the
# replytone team from customer-service practice; no reply text is copied.

# ---------------------------------------------------------------------------------------------
# blame
# ---------------------------------------------------------------------------------------------

[you-should-have-done]
pattern: you should have (ordered|bought|purchased|booked|chosen|picked|selected|tested|tried|used|reported|responded to|replied to|answered|submitted|filed|registered|updated|backed up|cancelled|canceled|returned|taken|thought|measured|packed|insured|paid|removed|unplugged|charged|worn|stored|locked|tracked|collected)
pattern: (you|u) should of (ordered|bought|purchased|booked|chosen|picked|selected|tested|tried|used|reported|checked|read|kept|waited|followed|known|thought|asked|told us|called|contacted|taken|paid|measured|packed|looked)
pattern: u should have (ordered|bought|purchased|booked|chosen|picked|selected|tested|tried|used|reported|checked|read|kept|waited|followed|known|thought|asked|told us|called|contacted|taken|paid|measured|packed|looked)
weight: -1.5
kind: blame
message: "You should have ..." is hindsight blame: it cannot be acted on and tells the customer the problem is their fault. Say what can be done now, and if it helps, what works better next time.
fix: rephrase
replace: next time it may help to
match: You should have ordered the larger size.
match: Honestly you should have tested it before the launch.
match: u should have measured the space first
match: You should of booked the earlier train.
nomatch: You should have received a confirmation email by now.
nomatch: You should have the replacement by Friday.

[you-should-never]
pattern: you should (never|not) have (opened|used|bought|ordered|shared|given|sent|clicked|installed|left|thrown|washed|put|tried|done|trusted|paid|agreed to|ignored|deleted)
pattern: you should never (trade|share|give|buy|order|send|use|leave|click|download|install)
weight: -1.5
kind: blame
message: "You should never have ..." lectures the customer about a choice they cannot undo. Focus on what can be done now.
fix: rephrase
replace: going forward, the safest option is not to
match: You should not have opened the sealed box.
match: You should never share your password with anyone.
nomatch: You shouldn't have to wait this long, and I'm sorry.

[you-must-be-doing]
pattern: you must be (using|doing|running|standing|entering|typing|looking at|reading|confusing|mixing up|thinking of|mistaken|on the wrong|pressing|clicking|holding)
weight: -1.5
kind: blame
message: "You must be using / doing ..." guesses that the customer caused the problem, before anything has been checked. Ask instead.
replace: could you check whether you are
replace: it is possible you are
match: You must be running the beta build on that laptop.
match: Then you must be looking at the wrong invoice.
nomatch: You must be so frustrated after all this.
nomatch: You must be logged in to see your orders.

[you-set-it-up-wrong]
pattern: you (configured|set up|installed|connected|wired|plugged in|assembled|fitted|mounted|entered|typed) (it|this|that|them|the <word>|your <word>) (wrong|wrongly|incorrectly|improperly|the wrong way)
pattern: you (set|hooked|wired|put|rigged) (it|this|that|them) up (wrong|wrongly|incorrectly)
weight: -2.0
kind: blame
message: "You set it up wrong" blames the customer flatly. Describe what is different from the working setup and how to change it.
replace: the setup needs a change
replace: the settings are not quite right yet
match: The alarm keeps beeping because you set it up wrong.
match: You installed the bracket incorrectly, so it wobbles.
nomatch: We installed the wrong firmware on your unit, sorry.

[you-knew-the-rules]
pattern: you knew (the rules|the risks|the terms|the policy|the deadline|what you were (doing|signing|buying|agreeing to))
pattern: you knew (this|that) when you
weight: -1.5
kind: blame
message: "You knew the rules" scolds the customer instead of helping. State the rule neutrally, once, and say what options remain.
fix: rephrase
replace: the rules say
match: You knew the rules when you joined.
match: You knew that when you signed the contract.
nomatch: We knew the parcel was delayed and should have told you sooner.

[nobody-forced-you]
pattern: (nobody|no one) (forced|made|asked) you to
weight: -2.0
kind: blame
message: "Nobody forced you to" mocks the customer's choice. Respond to their problem with the purchase instead.
fix: rephrase
replace: I understand you chose to
match: Nobody forced you to sign up for the annual plan.
nomatch: Nobody should have to chase a refund twice.

[nobody-else-has-this-problem]
pattern: (nobody|no one) else (has|is having|has had|seems to have|reports|has reported|is reporting|complains|is complaining|has complained) (this|that|the same|any|a) [problem|issue|trouble|complaint]
pattern: (nobody|no one) else (complains|is complaining|has complained|seems to mind)
pattern: you are the only (one|person|customer) (who|that|with|having|complaining|reporting)
weight: -1.5
kind: blame
message: "Nobody else has this problem" implies the customer is the cause or is making it up. Their problem is real to them: investigate it.
fix: rephrase
replace: we haven't seen this elsewhere yet, so
match: No one else is having this issue with the latest firmware.
match: You are the only one complaining about the new layout.
nomatch: Nobody else has access to your account.

[not-our-fault]
pattern: (it|this|that) (is|was) not (our|my) fault
pattern: ^ not (our|my) fault
pattern: its not (our|my) fault
weight: -1.5
kind: blame
message: "It's not our fault" argues about blame instead of helping; the customer hears that their problem doesn't matter. Say what you can do about it.
fix: rephrase
replace: I can see this went wrong, and here is what we can do
match: That was not our fault, the airport closed the runway.
match: Not our fault, the store sets those prices.
nomatch: It's not your fault at all.

[your-end-not-ours]
pattern: (it is|that is|this is|the problem is|the issue is) your (pc|computer|laptop|internet|connection|wifi|router|device|phone|setup|browser|network|isp|console|hardware) (.|!)
pattern: (lag|the problem|the issue|the delay|the error|it) is your (internet|connection|wifi|router|pc|computer|device|setup|network|isp) , not (our|the) (servers|server|network|system|app|game|site|service|fault)
pattern: your (internet|connection|wifi|router|pc|computer|device|setup|network|phone|browser) is the (problem|issue) , not (our|the) (servers|server|network|system|app|game|site|service)
weight: -1.5
kind: blame
message: Pinning the fault on the customer's equipment, before troubleshooting together, puts them on the defensive. Suggest checks you can run together.
fix: rephrase
replace: it may be worth checking your setup together
match: If the game still stutters, the problem is your computer.
match: The problem is your wifi, not our app.
nomatch: It's your choice which plan suits you best.

[misuse]
pattern: (damaged|broken|caused) (due to|by|through) (misuse|improper use|incorrect use|mishandling|user damage|negligence)
pattern: (due to|because of|caused by|result of|sign of|signs of) (misuse|mishandling|improper use|abuse)
weight: -1.5
kind: blame
message: "Damaged due to misuse" accuses the customer of breaking the item. Describe the damage you found and what the warranty can still offer.
fix: rephrase
replace: damaged in a way the warranty doesn't cover
match: The hinge was broken through improper use.
match: Our technician found signs of misuse on the hinge.
nomatch: The parcel was damaged in transit by the courier.

[warranty-does-not-cover-user-error]
pattern: [the|your|our|this] (warranty|guarantee|policy|plan|cover|coverage) (does not|will not|can not) cover (user|customer|operator) (error|errors|mistakes|damage)
weight: -2.0
kind: blame
message: Calling the cause "user error" blames the customer even inside a policy statement. Describe what the warranty covers and what you can offer.
fix: rephrase
replace: the warranty doesn't cover this kind of damage
match: This guarantee won't cover user mistakes.
nomatch: This plan does not cover accidental drops.

[you-never-answered]
pattern: you never (answered|picked up|responded|replied|showed up|came to the door|collected|confirmed)
weight: -1.5
kind: absolute
message: "You never answered" accuses the customer. Describe the attempt neutrally and offer a new one.
replace: we weren't able to reach you
replace: we missed you
match: The driver called twice and you never answered.
match: We held the slot but you never confirmed.
nomatch: If you never received the code, we can send it again.

[you-always-assume]
pattern: you (always|constantly) (assume|think|blame|wait until|leave it)
pattern: you (always|constantly) (seem to think|seem to assume)
weight: -1.5
kind: absolute
message: "You always assume" generalizes about the customer. Deal with this one request.
fix: rephrase
replace: it sounds like you expected
match: You always assume the worst about us.
match: You constantly blame the app for this.
nomatch: We always assume good faith from our customers.

[which-would-have-prevented-this]
pattern: (which|that) would have (prevented|avoided|stopped) (this|that|it|the problem|the issue|all this)
weight: -1.0
kind: blame
message: Pointing out what the customer could have done to prevent the problem is hindsight blame. Focus on fixing it now.
fix: remove
match: Backups run nightly once switched on, which would have avoided the issue.
nomatch: We have added a check that will prevent this from happening again.

# ---------------------------------------------------------------------------------------------
# dismissive and deflecting
# ---------------------------------------------------------------------------------------------

[is-not-our-problem]
pattern: (is|are|was) not (our|my) (problem|concern|issue|responsibility) [once|after|anymore|any more]
pattern: ^ not (our|my) (problem|concern|issue)
weight: -2.0
kind: dismissive
message: "Not our problem" tells the customer you won't help. Even when another party is responsible, say who can help and how.
fix: rephrase
replace: is handled by another team, and here is how to reach them
match: Third-party sellers are not our responsibility.
match: Not our problem if the app store is down.
nomatch: If the size is not right, our team can swap it.

[works-fine-on-our-end]
pattern: (it|everything|this|that|the <word>) (works|is working|is running|runs) (fine|perfectly|correctly|normally|as expected|okay) (on|at|from) (our|my) (end|side)
weight: -1.0
kind: dismissive
message: "It works fine on our end" implies the problem is the customer's doing. Acknowledge what they see and troubleshoot together.
fix: rephrase
replace: we haven't been able to reproduce it yet, so let's dig in together
match: Everything is working perfectly on our side.
nomatch: We are working on it as fast as we can.

[nothing-wrong-with-our]
pattern: there is nothing wrong with (the|our|my) (network|service|system|product|app|server|servers|site|website|line|meter|connection|game|software|item|order)
weight: -1.0
kind: dismissive
message: "There's nothing wrong with our network" dismisses what the customer is experiencing. Say what you checked and what you will look at next.
fix: rephrase
replace: our checks on the network came back clear, so let's look further
match: There is nothing wrong with our servers right now.
nomatch: There's nothing wrong with asking us twice.

[delays-happen]
pattern: (delays|outages|glitches|cancellations) happen (.|!)
pattern: ^ (stuff|things|it) happens (.|!)
weight: -1.0
kind: dismissive
message: "Delays happen" shrugs off the customer's problem. Acknowledge the impact on them and say what happens next.
fix: rephrase
replace: I'm sorry about the delay.
match: Look, outages happen.
match: Stuff happens.
nomatch: If delays happen, we will email you right away.

[we-do-not-control]
pattern: (we|i) (do not|can not) control the (weather|courier|couriers|traffic|airport|post office|postal service|market|network|roads|restaurant)
weight: -1.0
kind: dismissive
message: "We don't control the weather" is true but argues with the customer. Acknowledge the disruption and say what you can do.
fix: rephrase
replace: the weather is affecting deliveries, and here is what we can do
match: We can't control the traffic on the motorway.
nomatch: You can control the weather alerts in your settings.

[nothing-we-can-do-short]
pattern: ^ nothing [more|else] (we|i) can do [about (it|this|that|the <word>)]
pattern: ^ not much [more|else] (we|i) can do
pattern: there is not much (we|i) can do
weight: -1.5
kind: dismissive
message: "Nothing we can do" closes the door. Say what you can do, even if it is small, or who can help.
fix: rephrase
replace: here's what I can do
match: Nothing else we can do about the fare.
match: Not much more we can do at this stage.
nomatch: There's nothing we love more than a happy customer.

[not-sure-what-you-expect]
pattern: [i am|we are|honestly] not sure what [else] you (expect|want) (me|us) to do
pattern: what (do|did) you expect (me|us) to do
pattern: ^ not sure what [else] (to tell you|you want)
weight: -2.0
kind: dismissive
message: "Not sure what you expect us to do" dismisses the customer's request. Ask what outcome they are hoping for, or offer what you can.
fix: rephrase
replace: could you tell me what outcome would help most?
match: We are not sure what you expect us to do here.
match: What do you expect us to do about a storm?
nomatch: Let me know what you would like us to do next.

[and-that-is-that]
pattern: and that is that
pattern: ^ that is that (.|!)
pattern: ^ end of (story|discussion) (.|!)
weight: -1.5
kind: dismissive
message: "And that's that" shuts the customer out of the conversation. Explain the rule and offer an alternative.
fix: remove
match: The price is fixed and that's that.
match: End of discussion.
nomatch: Once that is done, you are all set.

[that-is-how-it-works]
pattern: (that is|this is) how (it|things|the <word>|the <word> <word>) (works|work|goes|go) (.|!|,)
pattern: that is how (it|things|the <word>|the <word> <word>) (works|work|goes|go)
pattern: (that is|those are|it is) (just|simply) the (rules|rule|policy|procedure|process)
weight: -1.5
kind: dismissive
message: "That's how it works" dismisses the customer's point with the rule itself. Explain why the rule exists and what options remain.
fix: rephrase
replace: here is why it works this way
match: Points expire after a year, that's how the loyalty scheme works.
match: Sorry, those are just the rules for gift cards.
nomatch: Here is how it works: you pick a slot and we confirm it.

[tautology-rules]
pattern: (a rule is a rule|a deal is a deal|policy is policy|late is late|cheating is cheating|a ban is a ban|final is final|a no is a no|no means no|the law is the law)
weight: -2.0
kind: dismissive
message: "A rule is a rule" refuses to engage with the customer's situation. Explain the reason for the rule and any options that remain.
fix: rephrase
replace: this rule applies to every account, and here is why
match: I'm sorry, but a rule is a rule.
match: A deal is a deal, so the price holds.

[complaining-will-not-help]
pattern: (shouting|yelling|screaming|swearing|being rude|being abusive|complaining|threatening us|all caps|caps|tweeting at us|crying) [at (me|us|the <word>|the <word> <word>|our <word>)] (will not|does not|is not going to|would not|can not|won't) (help|change|get you|make|speed|fix|solve)
pattern: further (complaints|emails|messages|calls|contact|correspondence) (will not|would not|are not going to|is not going to) (change|alter|affect|help)
weight: -2.0
kind: dismissive
message: Telling the customer their complaint or tone won't help escalates the conversation. Address the problem they are upset about.
fix: rephrase
replace: I want to help get this sorted
match: Yelling at our staff is not going to speed anything up.
match: Further emails will not change the decision.
nomatch: Complaining to us is exactly the right thing to do.

[good-luck-getting]
pattern: good luck (getting through|getting a refund|getting an answer|getting anyone|getting someone|with that complaint|finding anyone|reaching anyone|reaching someone)
pattern: (lol|lmao|haha) [,] no (.|!)
weight: -2.0
kind: sarcasm
message: Sarcastic "good luck" or "lol no" mocks the customer. Say plainly what they can expect and how you can help.
fix: rephrase
replace: it may take a while to get through
match: Good luck reaching anyone before Tuesday.
match: LOL no.
nomatch: Good luck with your move next week!

[not-a-bug-feature]
pattern: (it is|that is|this is) not a bug , (it is|that is|this is) a feature
pattern: ^ not a bug (.|!)
weight: -2.0
kind: sarcasm
message: "It's not a bug, it's a feature" mocks the customer's report. Explain the intended behaviour and take the feedback.
fix: rephrase
replace: this is how the feature is designed to work, but I hear the feedback
match: That's not a bug, that's a feature.
match: Not a bug.
nomatch: This is not a bug we have seen before, so thanks for reporting it.

[skill-issue]
pattern: skill issue
pattern: git gud
weight: -2.0
kind: condescending
message: Gaming slang like "skill issue" mocks the player. Explain how the system works and offer tips.
fix: rephrase
replace: this part of the game can be tough, and here are some tips
match: Sounds like a skill issue.

[you-are-not-special]
pattern: you are not special
pattern: you are no different (from|than) (anyone|everyone|any other customer|other customers)
weight: -3.0
kind: condescending
severity: error
message: "You're not special" belittles the customer. Explain that the rule applies to everyone without making it about them.
fix: rephrase
replace: this applies to all customers in the same way
match: You are not special, the rule applies to all.

[sarcasm-or-not]
pattern: ^ or (do not|not) (.|!)
weight: -2.0
kind: sarcasm
message: A tacked-on "Or don't." tells the customer you don't care whether they get help. Make the offer sincerely.
fix: remove
match: Call us if you like. Or not.

[simple-dot]
pattern: ^ simple (.|!)
pattern: ^ (be serious|get real)
weight: -1.0
kind: condescending
message: A one-word "Simple." or "Be serious" after an explanation sounds exasperated and talks down to the customer.
fix: remove
match: The bill is estimated when no reading is sent. Simple.
match: Be serious.
nomatch: Simple steps like restarting often help.

[again-dot]
pattern: ^ again (.|!|!!)
pattern: ^ once again (.|!|!!)
weight: -1.0
kind: passive-aggressive
message: A one-word "Again." signals impatience at having to ask twice. Ask once more, politely.
fix: remove
match: Please send the order number. Again.

[maybe-stop]
pattern: ^ maybe (stop|quit|do not|try not|read|check|look at|try reading)
pattern: maybe (stop|quit|do not) (leaving|ordering|buying|using|doing|sending|complaining)
weight: -1.5
kind: condescending
message: A sarcastic "maybe stop doing X" or "maybe read ..." lectures the customer. Offer the tip plainly and kindly.
fix: rephrase
replace: it might help to
match: Maybe stop buying the cheapest cables.
match: Maybe check the size guide first.
nomatch: Maybe next year we can add it.

[before-complaining]
pattern: before (complaining|crying|moaning|whining|ranting|yelling at us|shouting at us)
pattern: and then complain
weight: -1.5
kind: condescending
message: "Before complaining" mocks the customer for raising the problem. Point to the information without the jab.
fix: rephrase
replace: before getting in touch
match: Check the rules before moaning about the ban.
match: People order at midnight and then complain the shop is shut.
nomatch: We want to hear from you before anything else goes wrong.

[read-the-fine-print]
pattern: read the (small|fine) print
pattern: ^ read the (manual|instructions|guide|onboarding guide|patch notes|description|terms|docs|documentation|faq|listing) (.|!)
weight: -1.5
kind: condescending
message: "Read the small print" or a bare "Read the manual." tells the customer they should have known. Point to the exact part that answers the question.
fix: rephrase
replace: the details are in this section
match: Speeds are shown as "up to". Read the small print.
match: Read the manual.
nomatch: I've linked the guide below in case it helps.

[literally-step-one]
pattern: (that is|this is|it is) literally (step one|step 1|the first step|the first thing|basic|the basics)
pattern: (that is|this is|it is) (troubleshooting|tech support|support) 101
weight: -1.5
kind: condescending
message: "That's literally step one" mocks the customer for not knowing. Walk them through the step.
fix: rephrase
replace: a good first step is
match: Updating it is literally the first step.

[this-is-not-complicated]
pattern: ^ (this|that) is not (complicated|difficult|hard|that complicated|that difficult|that hard|a difficult concept) (.|!)
pattern: it is not (complicated|difficult|hard) (.|!)
weight: -1.5
kind: condescending
message: "This is not complicated" tells the customer they are slow. If it is simple, explain it simply.
fix: rephrase
replace: here is the short version
match: That is not hard.
nomatch: Don't worry, the form is not complicated to fill in.

[i-do-not-understand-why-you]
pattern: i (do not|can not|really do not|honestly do not) (understand|see|get) why you (would|did|did not|do not|keep|thought|think|expected|expect|chose|decided|ordered|waited|ignored|bought|insist|need|want|are still|would not)
weight: -1.5
kind: condescending
message: "I don't understand why you ..." questions the customer's judgement. Ask what happened, or explain the option plainly.
fix: rephrase
replace: could you help me understand why
match: I really don't understand why you keep resetting it.
match: I can't see why you would need a second account.
nomatch: I don't understand why the payment failed, so I'm checking with billing.

[why-did-you-not]
pattern: ^ why ((did|do) you not|(did|do) not you) (read|check|call|contact|tell|follow|wait|ask|reply|respond|use|send|just|look|try|update|report|think|listen)
pattern: ^ why (would|did) you [ever] (think|expect|assume|order|buy|choose|wait|ignore|do that|leave)
weight: -2.0
kind: condescending
message: A rhetorical "Why didn't you ...?" is an accusation phrased as a question. Ask what happened, or say what would help now.
fix: rephrase
replace: could you let me know whether you were able to
match: Why didn't you call us before ordering?
match: Why would you think that was included?
nomatch: Why don't we set up a quick call to go through it?

# ---------------------------------------------------------------------------------------------
# commanding and closing the conversation down
# ---------------------------------------------------------------------------------------------

[you-must-do]
pattern: ^ you must (use|visit|pay|report|stop|go|bring|log in|sign in|keep|register|apply|present|show|print|order|take|cancel|update|ensure|accept|call|come|file|upgrade|remove|delete|install|restart|make)
pattern: (however|but|so|and|,) [,] you must (use|visit|pay|report|stop|go|bring|log in|sign in|keep|register|apply|present|show|print|order|take|cancel|update|ensure|accept|call|come|file|upgrade|remove|delete|install|restart|make|provide|send|submit|contact|follow|complete|read|wait|return)
weight: -1.0
kind: commanding
message: "You must" turns a next step into an order. Say what is needed and why, or ask.
replace: please
replace: the next step is to
match: You must bring the original receipt to the store.
match: But you must cancel at least a day before.
nomatch: You must have been so worried.

[but-you-need-to]
pattern: (but|however) [honestly|really|frankly|sadly] [,] you (need to|have to)
weight: -1.0
kind: commanding
message: "But you need to" overrides the customer's concern with an order. Explain the step and offer help with it.
replace: but the next step is to
replace: and the way forward is to
match: I get it, but you have to renew the licence for that.
nomatch: You don't need to do anything else.

[unfortunately-you-need-to]
pattern: unfortunately [,] you (need to|must|have to|will need to|will have to|would need to)
weight: -1.5
kind: commanding
message: "Unfortunately, you need to" pairs bad news with an order. Say what you can do first, then ask for the step.
replace: the next step is to
replace: to sort this, could you please
match: Unfortunately, you will have to reapply from scratch.
nomatch: Fortunately, you need to do nothing else.

[please-advise-request]
pattern: ^ (please|kindly) advise (which|what|your|if|whether|us|of|the|when|how)
pattern: ^ (please|kindly) advise ,
weight: -0.5
kind: passive-aggressive
message: "Please advise" is stiff and can read as impatient. Ask the question directly and warmly.
replace: could you let me know
replace: could you tell me
match: Kindly advise whether the parcel arrived.
match: Please advise of a good time to call.

[do-not-raise-another]
pattern: [please] do not (raise|open|submit|create|log|file|send) (another|a new|any more|more|further) (ticket|tickets|case|cases|complaint|complaints|request|requests|email|emails|message|messages)
weight: -1.5
kind: commanding
message: Telling the customer not to raise another ticket shuts them out. Tell them where their existing request stands instead.
fix: rephrase
replace: your existing ticket is still open, so you won't need a new one
match: Please don't open a new case for the same fault.
match: Please don't send any more emails on this topic.

[refrain-from-contacting]
pattern: [please] refrain from (contacting|emailing|calling|messaging|writing to|tagging) (us|me|our team|our staff)
pattern: (we|i) will not be (responding|replying) to (further|any further|any more|more) (emails|messages|correspondence|contact|calls)
pattern: (we|i) will no longer (respond|reply) to
weight: -2.5
kind: commanding
severity: error
message: Refusing further contact ends the relationship. If the answer will not change, say so once and say where the customer can escalate.
fix: rephrase
replace: if you'd like this reviewed further, you can reach our escalations team
match: Refrain from emailing our staff about this.
match: I will not be replying to any further messages about the fee.

[matter-closed]
pattern: (we|i) (consider|now consider|deem) (this|the) (matter|case|issue|complaint|ticket|conversation) (closed|resolved|finished)
pattern: (this|the) (matter|case|complaint|conversation|discussion) is [now] (closed|over) (.|!)
pattern: (our|the|this|my) decision (remains|stands|will not change|is unchanged|will stand)
pattern: ^ the (charge|charges|fee|fees|decision) (stand|stands) (.|!)
weight: -1.5
kind: policy
message: Declaring the matter closed shuts the customer out. Explain the decision and say how they can ask for a review.
fix: rephrase
replace: if you'd like us to look again, you can request a review
match: We now consider the case closed.
match: The decision will stand.
match: The fees stand.
nomatch: Your case is closed now that the refund has landed, but reply any time.

[if-you-keep-i-will-end]
pattern: if you (keep|continue) (using|to use|swearing|shouting|yelling|being) [that|this|such|abusive|rude|offensive] [language|tone]
pattern: (i|we) will (end|close|terminate|disconnect) (this|the) (chat|call|conversation)
weight: -1.5
kind: commanding
message: Threatening to end the chat escalates. Set the boundary calmly and keep the focus on solving the problem.
fix: rephrase
replace: I want to help, and I can do that best if we keep things calm
match: If you continue to use abusive language, I will close the chat.
nomatch: If you keep the receipt, returns are easy.

[take-it-up-with-them]
pattern: ^ take (it|that|this) up with (them|the <word>|your <word>)
pattern: ^ (go|talk) (to|with) (them|the <word>) (about it|about that) (.|!)
weight: -1.5
kind: dismissive
message: "Take it up with them" sends the customer away empty-handed. Say who can help and how to reach them, or contact them for the customer.
fix: rephrase
replace: the restaurant can help with this, and here is how to reach them
match: Take it up with the courier.

[reply-when-we-reply]
pattern: (we will reply when we reply|we will respond when we respond|it will arrive when it arrives|it will ship when it ships|it ships when it ships|it arrives when it arrives|it will be ready when it is ready|it is done when it is done|it will be fixed when it is fixed)
weight: -2.0
kind: dismissive
message: A tautology like "We'll reply when we reply" refuses to give the customer any expectation. Give a time frame, even a rough one.
fix: rephrase
replace: we'll reply within 24 hours
match: It will arrive when it arrives.
match: It will ship when it ships.

# ---------------------------------------------------------------------------------------------
# passive-aggressive reminders
# ---------------------------------------------------------------------------------------------

[pa-explained-this-already]
pattern: (i|we) have (explained|answered|told you|covered|addressed|mentioned) (this|that|it) already
pattern: (i|we) (explained|answered|told you|covered) (this|that|it) already
pattern: (i|we) have [already] (told|asked|reminded|explained to) you (two|three|four|five|several|many|multiple|a few|numerous|so many|countless|<number>) times
weight: -1.5
kind: passive-aggressive
message: "We've explained this already" blames the customer for asking again. Answer again, more clearly.
replace: to recap
replace: here's a quick summary
match: I have answered that already.
match: We have reminded you several times.

[pa-as-stated-previous-correspondence]
pattern: as (stated|mentioned|explained|noted|advised|outlined|indicated) in (our|my) (previous|last|earlier|prior) (correspondence|letter|letters|emails|messages|replies)
pattern: as requested in (our|my) (last|previous|earlier|prior) [two|three|several|few|<number>] (email|emails|message|messages|letter|letters|reply|replies)
weight: -1.5
kind: passive-aggressive
message: Pointing back to earlier correspondence tells the customer they should have read it. Restate the point instead.
replace: to recap
match: As noted in my earlier letters, the fee applies.
match: Send the photos as requested in my previous two emails.

[pa-as-stated-on-page]
pattern: as (stated|clearly stated|mentioned|noted|shown|indicated|explained|written) (on|in) (the|our) (product page|website|listing|product description|description|page|site|faq|faqs|store page|help centre|help center|confirmation email|order confirmation)
weight: -1.0
kind: passive-aggressive
message: "As stated on the product page" implies the customer should have read it. Give the information directly.
replace: the product page mentions that
match: As shown on the website, the sale ended Sunday.

[shout-you-caps]
pattern: you <caps>
pattern: ^ do <caps> <word>
weight: -1.0
kind: shouting
message: An all-caps word aimed at the customer reads as shouting. Use plain case.
fix: rephrase
replace: you
match: Then you REALLY should update the app.
match: Do NOT touch the router settings.
nomatch: Could you DM us your order number?

[pa-as-i-said-opening]
pattern: ^ as (i|we) (said|mentioned|explained|stated|told you) ,
pattern: ^ like (i|we) (said|mentioned|told you) ,
weight: -1.0
kind: passive-aggressive
message: Opening with "As I said," reminds the customer they were already told. Just give the information.
fix: remove
match: As I said, the store opens at nine.
nomatch: As we discussed on the phone, I've booked the engineer.

[pa-cannot-keep-answering]
pattern: (we|i) (can not|will not|are not going to|am not going to) keep (responding|answering|replying|explaining|repeating) [to] [this|that|the same|yourself|ourselves]
weight: -2.0
kind: passive-aggressive
message: Saying you can't keep answering the same question blames the customer for asking again. Answer once more, differently, or offer a call.
fix: rephrase
replace: let me try explaining this a different way
match: We can't keep replying to the same points.
nomatch: We will keep you posted as things change.

[you-did-it-yourself]
pattern: you (authorised|authorized|approved|confirmed|placed|made|ordered|bought|booked|deleted|cancelled|canceled|changed|installed|agreed to) (it|this|that|them|the <word>|the order|the payment) yourself
weight: -1.5
kind: blame
message: "You authorised it yourself" throws the problem back at the customer. State what the records show and what options remain.
fix: rephrase
replace: our records show this was approved from your account
match: You approved the payment yourself, so we can't reverse it.
nomatch: You can change the date yourself in the app.

[because-you-did-not]
pattern: (as|since|because) you did not (file|report|send|contact|tell|call|return|register|pay|update|respond|reply|keep|cancel|collect)
pattern: (when|because) you do not (send|submit|provide|pay|read|check|follow|register|report|update|respond|reply)
weight: -1.0
kind: blame
message: "Because you didn't ..." makes the outcome the customer's fault. Say what is still possible and what you need now.
fix: rephrase
replace: without
match: Since you did not report it within a day, the claim was closed.
match: The account was locked because you do not update the password.
nomatch: Since you did not receive the code, I've sent a new one.

[lecture-going-forward]
pattern: you (need to|must|should|have to) *6 (going forward|in future|in the future|from now on)
pattern: you (need to|must|should|have to) *6 next time (.|!|,|?|??)
weight: -1.0
kind: commanding
message: Telling the customer what they must do "going forward" lectures them about a problem they just had. Offer the tip as help, or fix the cause on your side.
fix: rephrase
replace: a tip that may help next time is to
match: You need to check the app more often going forward.
match: You should double check the address next time.
nomatch: You should see the refund next week.

[the-fault-is-yours]
pattern: the fault (is|lies) (inside|in|on|at|with|within) your (property|side|end|wiring|equipment|house|home|premises|building)
weight: -1.0
kind: blame
message: "The fault is on your side" can read as washing your hands of the problem. Say what you found and who can fix it, and how you can help.
fix: rephrase
replace: our test shows the fault is in the wiring inside the property, and here is how we can help
match: Our test shows the fault lies with your wiring.
nomatch: The fault is on our side and an engineer is booked.

[we-take-no-responsibility]
pattern: (we|i) (take|accept|bear) no (responsibility|liability)
pattern: (we|i) (do not|can not|will not) (take|accept) [any] (responsibility|liability) for
weight: -1.5
kind: policy
message: "We take no responsibility" sounds like a legal brush-off. Explain who handles it and what you can do to help.
fix: rephrase
replace: this is handled by the courier, and I'll help you raise it with them
match: We accept no liability for items left in lockers.

[it-clearly-says]
pattern: (it|this|that|the <word>|the <word> <word>) (clearly|plainly|very clearly|explicitly) (says|states|shows|explains|lists|displays|mentions|notes|marks)
weight: -1.0
kind: condescending
message: "It clearly says" implies the customer should have read it. Quote the relevant part without the "clearly".
fix: rephrase
replace: it mentions
match: The label plainly states the voltage.
nomatch: We will make the page show the sizes more clearly.

[pa-been-over-this]
pattern: (we|i) have (been over|been through|gone over|gone through|covered) (this|that|it) [already|before|twice|several times]
weight: -1.5
kind: passive-aggressive
message: "We've been over this" tells the customer they are wasting your time. Answer again, more clearly, or offer a call.
replace: to recap
replace: let me sum up where things stand
match: Look, we have been over this already.
nomatch: We've gone through your order history and found the payment.

[pa-read-my-previous-email]
pattern: ^ (read|reread|re read|check) (my|our) (previous|last|earlier|prior|original) (email|e mail|message|reply|response|answer)
weight: -1.5
kind: passive-aggressive
message: Sending the customer back to your earlier message implies they didn't read it. Repeat the key point instead.
replace: to recap my earlier message
match: Reread our last reply.

[not-sure-why-you-are-surprised]
pattern: [i am|we are] not sure why you are (surprised|confused|shocked|upset about this)
pattern: (i am|we are) surprised you are (surprised|confused)
weight: -1.5
kind: condescending
message: "Not sure why you're surprised" implies the customer should have seen it coming. Explain what happened instead.
fix: rephrase
replace: I can see this came as a surprise
match: I'm not sure why you are surprised by the fee.

[next-time-lecture]
pattern: ^ next time [,] [please] (check|read|make sure|double check|be sure to|remember to|try to|look at|pay attention|measure|order)
pattern: ^ in future [,] (check|read|make sure|double check|be sure to|remember to|try to|look at|pay attention)
weight: -1.0
kind: commanding
message: Opening with "Next time, check ..." lectures the customer about a problem they just had. Solve this one first, then offer the tip as help.
fix: rephrase
replace: one thing that can help in future is to
match: Next time, double check the address at checkout.
nomatch: Next time you order, your discount will apply automatically.

[that-is-on-them-not-us]
pattern: (that|this|it) is on (them|the <word>|the <word> <word>) , not (us|me)
pattern: (that|this|it) is (their|the <word>) (problem|fault|issue) , not (ours|mine)
weight: -1.5
kind: dismissive
message: "That's on the courier, not us" argues about blame while the customer still has a problem. Say who can fix it and help them get there.
fix: rephrase
replace: the courier handles this, and I'll help you raise it with them
match: That's on the delivery company, not us.

[we-are-not-a-charity]
pattern: (we are|this is) not a charity
pattern: (we are|this is) (a business|a company) , not a charity
weight: -2.0
kind: condescending
message: "We're not a charity" mocks the customer's request. Explain what you can and can't offer.
fix: rephrase
replace: this isn't something we can offer for free
match: We are not a charity, so the fee stands.

[not-going-to-argue]
pattern: (i am|we are) not going to (argue|debate|go back and forth|get into an argument) [with you]
pattern: (i|we) will not (argue|debate|go back and forth) with you
weight: -2.0
kind: dismissive
message: "I'm not going to argue with you" frames the customer as combative. Acknowledge their view and restate what you can do.
fix: rephrase
replace: I hear your point, and here is what I can do
match: I'm not going to argue with you about the invoice.

[watch-your-tone]
pattern: (watch|mind) your (tone|language|manners|attitude)
pattern: do not take that tone [with (me|us)]
weight: -2.0
kind: commanding
message: "Watch your tone" escalates. If you need to set a boundary, do it calmly and keep helping.
fix: rephrase
replace: I want to help, and I can do that best if we keep things calm
match: Please watch your tone in this chat.
match: Don't take that tone with me.

# ---- Part D: coverage across domains (replytone team) ----
# Part D widens each sub-kind beyond the phrasings of parts A-C: the same moves (blame, brushing
# off, talking down, ordering, hiding behind terms, shutting the conversation) as curt agents
# phrase them in insurance, hotels, car rental, education, pharmacy, ticketing, fitness apps,
# utilities, banks, airlines, retail and SaaS, with the chat spellings that go with them ("u",
# "ur", "thats", "its"). Written by the replytone team from customer-service practice; no reply
# text is copied. Ids are new and descriptive; weights follow the scale of part A.

# ---------------------------------------------------------------------------------------------
# blame
# ---------------------------------------------------------------------------------------------

[u-clearly-did-not]
pattern: (u|ya) (clearly|obviously|evidently) (did not|have not|do not|were not)
pattern: (u|ya) [have] (failed|neglected|forgot|forgotten) to
pattern: (u|ya) did not (read|check|look at|follow|listen|pay attention|bother|notice)
pattern: (clearly|obviously) (u|ya) (did not|have not|do not)
weight: -2.0
kind: condescending
message: "U clearly didn't" accuses the customer of carelessness, and the chat spelling makes it sound dismissive too. Point to the information without the accusation.
fix: rephrase
replace: it looks like this may have been missed
match: u clearly didnt read the policy before booking
match: obviously u didnt check the dates

[you-clearly-were-not]
pattern: you (clearly|obviously|evidently) (were not|are not) (paying attention|listening|reading|looking)
pattern: you (were not|are not) (paying attention|listening) (.|!|,)
weight: -2.0
kind: condescending
message: Saying the customer wasn't paying attention talks down to them. Restate the information plainly instead.
fix: rephrase
replace: this may not have been clear
match: You clearly weren't paying attention during checkout.
match: You weren't listening, so I'll explain once more.
nomatch: Sorry we weren't listening closely enough to your feedback.

[terms-you-agreed-to]
pattern: (in|per|under|by|read|check|see|review|reread|re read|with|to|of|from|broke|breached|violated|against) the (terms|terms and conditions|t & cs|t and cs|conditions|contract|agreement|rental agreement|waiver|policy|booking conditions|fare rules|membership agreement|lease|tenancy agreement|user agreement|terms of service|terms of use|form|consent form|booking form|application form|enrolment form|enrollment form|rental form|declaration|paperwork) [that] you (agreed to|accepted|signed|consented to|agreed with)
pattern: the (terms|terms and conditions|t & cs|t and cs|conditions|contract|agreement|rental agreement|waiver|policy|booking conditions|fare rules|membership agreement|lease|tenancy agreement|user agreement|terms of service|terms of use) [that] you (agreed to|accepted|signed|consented to|agreed with) (when|at|on|before|online|in|.|!|,|and|which|so)
pattern: , which you (agreed to|accepted|signed|consented to)
weight: -1.5
negated: confrontation -1.5
kind: policy
message: Pointing at "the terms you agreed to" turns the conversation into a contract dispute. Explain the rule in plain words and what the customer can still do.
replace: our terms
replace: the booking conditions
match: Refunds are covered by the terms you agreed to when you signed up.
nomatch: The terms you agreed to let you cancel any time, so I've cancelled it for you.
match: Check the rental agreement you signed at the desk.
match: Cancellations follow the booking conditions, which you accepted at checkout.

[it-is-in-the-terms]
pattern: (it is|it was|its|that is|that was|this is|this was|it is all|it was all|that is all|everything is) [clearly|all|right there|stated|written|covered|explained|listed|outlined|spelled out|spelt out|all there] (in|on) (the|your|our) (terms|terms and conditions|t & cs|t and cs|conditions|contract|agreement|rental agreement|fine print|small print|policy|policy wording|policy document|policy documents|booking conditions|fare rules|lease|tenancy agreement|membership agreement|syllabus|course outline|handbook|student handbook|terms of service|terms of use|house rules|code of conduct)
weight: -1.5
kind: policy
message: "It's in the contract" sends the customer to the paperwork instead of answering them. Say what the rule is, why it applies, and what options remain.
fix: rephrase
replace: the rule here is
match: It's in the contract.
match: Its in the small print.
match: That was all in the syllabus.
match: It was all explained in your policy wording.
nomatch: Your new contract is attached for you to sign.

[you-were-informed]
pattern: you were (informed|made aware|advised|warned) (of|about) (this|that|the|it|these|our)
pattern: (you|u) were (informed|notified|made aware|advised|warned|told) (.|!)
pattern: you were (fully|duly|properly|clearly|explicitly|repeatedly|clearly and repeatedly) (informed|notified|made aware|advised|told|warned|reminded)
pattern: you were (informed|notified|made aware|advised|told|warned|reminded) (at the time|in advance|beforehand|in writing|at booking|at checkout|at check in|on the phone|when you (booked|ordered|signed up|enrolled|joined|registered|purchased|bought|rented|applied))
weight: -1.5
kind: blame
message: "You were informed" argues that the customer should have known. Restate the information kindly and focus on what can still be done.
fix: rephrase
replace: this was included in
match: You were informed of the cancellation fee at the time of booking.
match: You were duly notified by post.
match: You were told at check in that the pool was closed.
nomatch: You were notified by mistake and I've removed the alert.

[you-were-told-repeatedly]
pattern: you were (told|advised|informed|reminded|warned) (twice|three times|several times|multiple times|many times|repeatedly|more than once|numerous times|on several occasions|on multiple occasions)
pattern: you (were|have been) (given|sent|shown) (all the information|all the details|clear instructions|everything you needed|plenty of notice|plenty of warning|ample notice|ample warning)
weight: -1.5
kind: blame
message: Listing how often the customer was told makes them feel foolish. Give the information once more, plainly.
fix: rephrase
replace: here is the information again
match: You were told twice.
match: You were given all the information when you booked.
nomatch: You were sent a new card last week and it should arrive soon.

[you-did-not-bother]
pattern: (you|u) (did not|could not|would not|do not) [even] bother (to|reading|checking|calling|replying|responding)
pattern: (you|u) never [even] bothered (to|reading|checking|calling|replying|responding)
pattern: (if|had) (you|u) [had|would have|would] [even] bothered (to|reading|checking)
pattern: without [even] bothering to
weight: -2.0
kind: condescending
message: "You didn't bother to" accuses the customer of laziness. Describe the missing step neutrally and help with it.
fix: rephrase
replace: it looks like this step was missed
match: You didn't bother to read the conditions.
match: If you had bothered to check, the fee was listed.
match: You never bothered to reply to our letters.
match: The room was cancelled without bothering to tell us.

[if-you-would-have-read]
pattern: if (you|u) would [have] (read|checked|looked at|followed|listened to|listened|paid attention|reviewed|opened)
pattern: if (you|u) (read|checked|looked at|followed|opened) (the|our|your|my) *3 (you would|you would have|this would|it would)
weight: -1.5
kind: blame
message: "If you'd read the terms" tells the customer the problem is their fault. Explain what happened and what can still be done.
fix: rephrase
replace: the details are in
match: If you'd read the terms you wouldn't be in this situation.
match: If you read the email you would know the date.
nomatch: If you would like to read more, here is the guide.

[on-your-end]
pattern: (that|this|it|its|the problem|the issue|the fault|the error|the delay) (is|was|lies) (on|at) your (end|side)
pattern: (is|was|lies) (on|at) your (end|side) , not (ours|our end|our side|us|mine)
pattern: (that|this|it|its) is (on|at) (u|your end|ur end)
pattern: (thats|its) (on|at) (your|ur) (end|side)
weight: -1.5
kind: blame
message: "That's on your end" pushes the problem back to the customer. Say what you checked and how you can help them fix it.
fix: rephrase
replace: this looks like it's coming from the device or connection, and I can help you check it
match: That's on your end, not ours.
match: Its on your end.
match: The issue is on your side.
nomatch: Is the photo on your end showing the new price yet?

[not-our-end-deflect]
pattern: [the problem|the issue|the fault|the error] (is|was|lies) (with|in) your (device|phone|browser|bank|card|card issuer|connection|internet|wifi|router|network|account settings|settings|computer|laptop|isp|provider|carrier|equipment|setup|installation) , not (ours|our <word>|the <word>|us|with us)
weight: -1.5
kind: blame
message: Declaring the customer's device or bank the problem closes the door on helping. Share what you checked and walk them through the next step.
fix: rephrase
replace: this seems to be coming from the device, and I can help you check it
match: The problem is with your device, not our app.
match: The fault lies in your router, not with us.

[a-you-problem]
pattern: a (you|u) (problem|issue|thing)
pattern: (sounds|seems|looks) like a personal (problem|issue)
pattern: (that is|this is|it is) a personal (problem|issue) (.|!)
weight: -2.0
kind: dismissive
message: "Sounds like a you problem" mocks the customer and refuses to help. Say who can help and how.
fix: rephrase
replace: something I'd like to help you sort out
match: That's a you issue.
match: Sounds like a personal problem.

[their-problem]
pattern: (it is|that is|thats|its) (their|the bank's|the airline's|the courier's|the seller's|the manufacturer's|your bank's|your provider's) (problem|issue|fault|responsibility|job)
pattern: (that is|it is|this is|thats) between (you|u) and (your|the) <word>
pattern: (a matter|an issue|something|a dispute) between (you|u) and (your|the) <word>
pattern: (that is|it is|this is|thats) a (problem|issue|matter) (with|for) your (bank|card issuer|card provider|provider|carrier|isp|insurer|landlord|doctor|school|employer)
weight: -1.5
kind: dismissive
message: Handing the customer off with "that's their problem" leaves them stuck between two companies. Tell them who can help and what to ask for, or contact them for the customer.
fix: rephrase
replace: your bank is best placed to help with this, and here is what to ask them
match: Contact your bank, it's their problem.
match: Thats between you and your card provider.
match: That's a problem with your bank, not us.

[responsibility-lies-with-you]
pattern: the (responsibility|onus|fault|liability|blame|obligation) (lies|rests|is|was|sits|falls|fell|lay|rested) (with|on|upon) (you|u|yourself)
pattern: (it is|it was|that is|that was) (the|your) (customer's|guest's|guests'|student's|passenger's|member's|tenant's|policyholder's|cardholder's|account holder's|buyer's|renter's|hirer's|driver's|patient's|user's|traveller's|traveler's|client's|subscriber's|holder's|owner's|parent's) (responsibility|job|duty|obligation)
pattern: (you were|you are solely|you are fully|you are entirely|you were solely|you were fully) responsible for (returning|checking|cancelling|canceling|keeping|making sure|ensuring|reading|paying|providing|bringing|updating|monitoring|securing|protecting|arranging|booking|confirming|collecting)
weight: -1.5
kind: blame
message: Telling the customer the responsibility was theirs assigns blame instead of solving the problem. Explain what the rule is and what you can do now.
fix: rephrase
replace: the process asks the account holder to handle this, and here is how I can help
match: The responsibility lies with you.
match: It is the guest's responsibility to read the house rules.
match: You were responsible for returning the car with a full tank.
nomatch: We are responsible for checking every item before it ships.

[up-to-you-to]
pattern: (it is|it was|that is|that was) [entirely|solely|always] up to (you|u) to (cancel|check|read|make sure|ensure|keep|update|notify|inform|tell us|return|contact|pay|monitor|remember|confirm|arrange|report|provide|track|collect|protect|secure|back up|renew|register|follow|meet|bring|know|understand|turn off|switch off|lock|save)
pattern: (it is|it was) (your|ur) (job|duty|responsibility) to
pattern: its (your|ur) (job|duty|responsibility|obligation) to
weight: -1.5
kind: blame
message: "It was up to you to" makes the customer the one at fault. Say what was needed and help them with it now.
fix: rephrase
replace: the next step is to
match: It was up to you to cancel before the renewal.
nomatch: Which option you choose is entirely up to you.
nomatch: It's up to you to decide which plan fits best.

[you-missed-the-deadline]
pattern: you (missed|did not meet|failed to meet|blew|ignored) the (deadline|cut off|cutoff|due date|payment date|return window|refund window|cancellation window|claim window|window|time limit|notice period|submission date|registration deadline|enrolment deadline|enrollment deadline) (.|!|, so|so|and|which|,)
pattern: you (missed|skipped|did not make) (the|your|a) (payment|payments|instalment|installment|direct debit)
weight: -1.0
kind: blame
message: "You missed the deadline" only states the customer's failure. Say what options are still open after the deadline.
fix: rephrase
replace: the deadline has passed, and here is what we can still do
match: You missed the deadline.
match: You missed the payment, so the late fee applies.

[you-had-plenty-of-time]
pattern: you had (plenty of|ample|enough|more than enough|every|lots of|a lot of|sufficient|all the) (time|opportunity|opportunities|chance|chances|warning|notice|reminders|days)
pattern: you had (<number>|two|three|four|five|seven|ten|fourteen|thirty|sixty|ninety) (days|weeks|months|hours) to
weight: -1.5
kind: blame
message: "You had plenty of time" scolds the customer for not acting sooner. State the timeline neutrally and offer what is still possible.
fix: rephrase
replace: the window for this was
match: You had plenty of time to cancel.
match: You had 30 days to return it.
match: You had every opportunity to update your details.

[you-chose-not-to]
pattern: you (chose|decided|elected|opted|preferred|declined) not to (buy|purchase|take|add|get|pay for|book|insure|cancel|read|use|follow|wait|reply|respond|renew|register|upgrade)
pattern: you (declined|refused|opted out of|turned down|skipped|waived) (the|our|any) (insurance|cover|coverage|protection|protection plan|warranty|extended warranty|damage waiver|travel insurance|cancellation cover|add on|upgrade)
pattern: you (chose|picked|booked|selected|bought|purchased|went with|opted for) (a|the) (non refundable|nonrefundable|basic|saver|light|lite|cheapest|budget|lowest|restricted|no frills|advance purchase|prepaid) (rate|fare|ticket|room|plan|option|tariff|package)
weight: -1.5
kind: blame
message: Reminding the customer of the option they turned down blames them for their choice. Explain what that option means now and what help is still possible.
fix: rephrase
replace: the booking was made without
match: You chose not to purchase insurance.
match: You declined the damage waiver at the desk.
match: You booked a non refundable rate.

[you-are-bound-by]
pattern: you (are|were|remain) bound by (it|them|this|that|these) (.|!)
pattern: you (are|were|remain) (bound by|tied to|tied into|locked into|locked in to|committed to) (the|this|that|your|our|a) [<number>|twelve|eighteen|twenty four] [month|year] (contract|agreement|terms|minimum term|lease|membership|plan)
pattern: you (signed|accepted|agreed to|initialled|initialed) (it|this|that|them|the contract|the agreement|the waiver|the terms|the lease|the form) (.|!|when you|when u)
weight: -1.5
kind: policy
message: "You signed it, you're bound by it" argues the contract instead of helping. Explain the term and any way out of it.
fix: rephrase
replace: the membership has a minimum term
match: You signed the contract, you are bound by it.
match: You agreed to the terms.
match: You're locked into a 12 month contract.

[do-not-blame-us]
pattern: (you can not|do not|you should not|please do not|you can not really|you do not get to) blame (us|me|our staff|our team|the <word>) (for|when|because)
pattern: (you have|you have got) no one to blame but yourself
pattern: you (only|really only) have yourself to blame
pattern: you brought (this|it|that) on yourself
weight: -2.5
kind: blame
message: Arguing about who is to blame makes the customer the cause of the problem. Focus on what can be done now.
fix: rephrase
replace: I understand this is frustrating
match: You can't blame us for your mistake.
match: Don't blame us for your own mistake.
match: You only have yourself to blame.
match: You brought this on yourself.

[your-own-negligence]
pattern: (result|consequence|outcome) of your [own] (negligence|carelessness|mistake|error|failure|actions|inaction|choice|decision|oversight|delay)
pattern: your own (negligence|carelessness|mistake|error|oversight|doing)
pattern: (caused|damaged|broken) by (you|yourself|u) (.|!|,|and|when|while)
weight: -2.0
kind: blame
message: Calling it the result of the customer's own negligence is an accusation. Describe what happened neutrally and what options remain.
fix: rephrase
replace: the result of how the item was used
match: This is the result of your own negligence.
match: The damage was caused by you.
match: Your own carelessness caused this.
nomatch: The delay was caused by the storm.

[you-are-the-one-who]
pattern: (you are|you were|u are) the one (who|that) (booked|cancelled|canceled|chose|picked|ordered|bought|agreed|signed|clicked|deleted|changed|missed|forgot|made|entered|typed|selected|decided|failed|ignored|did)
weight: -2.0
kind: blame
message: "You're the one who booked it" throws the problem back at the customer. Explain what happened and what can be done.
fix: rephrase
replace: the booking shows that
match: You are the one who cancelled the order.
match: You're the one who chose the cheaper option.

[you-did-not-disclose]
pattern: you (did not|failed to) (disclose|declare|tell us about|inform us of|inform us about|report|notify us of|mention) (the|this|that|it|your|a|any)
pattern: you never (disclosed|declared|informed us of|informed us about|reported|notified us of|mentioned) (the|this|that|it|your|a|any)
weight: -1.0
kind: blame
message: "You didn't disclose" frames the customer as hiding something. Say which information affects the claim and how it can still be added.
fix: rephrase
replace: we don't have a record of
match: You did not disclose the previous damage.
match: You never declared the pre existing condition.

[you-returned-it-late]
pattern: you (returned|brought back|dropped off|handed back|sent back) (it|the car|the vehicle|the van|the bike|the item|the device|the equipment|the keys|the book|the books|the rental|the scooter|the router|the kit) (late|damaged|dirty|broken|unpaid|without|with less|after the)
pattern: (because|since|as) you (were|arrived|checked in|showed up|turned up|got there|logged in|paid) (late|after the)
weight: -1.5
kind: blame
message: Leading with what the customer did wrong reads as an accusation. State what the record shows and what you can offer.
fix: rephrase
replace: our records show the vehicle was returned after the agreed time
match: You returned the car late, so an extra day was charged.
match: The gate was closed because you arrived late.

[you-still-owe]
pattern: (you|u) still owe (us|the|a|the full|the remaining|the balance|the outstanding|<number>)
pattern: (you|u) owe us
pattern: you (are|remain) still (liable|responsible) for
weight: -1.0
kind: blame
message: "You still owe us" is how debt collectors speak. State the balance and the ways to pay or dispute it.
fix: rephrase
replace: there is an outstanding balance of
match: You still owe the full cancellation fee.
match: You owe us the remaining three months.
nomatch: We owe you a refund for the missing item.

[you-used-it-you-pay]
pattern: you (used|ordered|booked|took|consumed|streamed|watched|downloaded) (it|them|the <word>) , (you|so you) (pay|owe|are paying|have to pay) [for it]
pattern: you broke it , you (pay|bought|own) [for] it
pattern: you get what you pay for
weight: -2.5
kind: condescending
message: Retorts like "you used it, you pay for it" or "you get what you pay for" mock the customer. Explain the charge and any options.
fix: rephrase
replace: the charge covers what was used
match: You used it, you pay for it.
match: You get what you pay for.

[take-responsibility-for-your]
pattern: take [some|more] (responsibility|ownership) (for|of) your [own] (actions|account|mistake|mistakes|choices|choice|purchase|purchases|decisions|decision|booking|security|password|belongings|bags|luggage|finances|spending)
weight: -2.0
kind: condescending
message: Telling the customer to take responsibility lectures them. Offer help with what they need to do next.
fix: rephrase
replace: here is what you can do to keep your account safe
match: You need to take responsibility for your own spending.

[you-clearly-missed]
pattern: (not sure|i am not sure|i do not know|i do not see|i can not see|no idea) how you (missed|overlooked|did not see|did not notice|could miss|could have missed|managed to miss)
pattern: how (did|could) you (miss|not see|not notice|overlook|misread|ignore) (it|this|that|the|our)
weight: -2.0
kind: condescending
message: "Not sure how you missed that" mocks the customer for overlooking something. Point to the information kindly.
fix: rephrase
replace: this is easy to miss
match: Not sure how you missed that.
match: I don't know how you missed it, it's on the first page.
match: How did you miss the email?

# ---------------------------------------------------------------------------------------------
# dismissive
# ---------------------------------------------------------------------------------------------

[not-how-it-works]
pattern: (that|this|thats|it) is not how (it|this|that|things|any of this|we|our <word>|the <word>|the <word> <word>|insurance|banking|refunds|returns|billing|the system|the process|rentals|bookings|tickets|warranties|subscriptions|memberships) (works|work|operates|operate|goes|go|happens)
pattern: (that|this|it) (does not|do not|is not going to) work (that way|like that|like this|that way around)
pattern: thats not how (it|this|that|things|any of this|we|our <word>|the <word>|the system) (works|work|operates|goes)
weight: -1.5
kind: dismissive
message: "That's not how it works" tells the customer they are naive without explaining anything. Explain how it does work and what they can do.
fix: rephrase
replace: here is how this works
match: That's not how it works.
match: That isn't how insurance works.
match: thats not how any of this works
match: It doesn't work like that, the deposit is kept.
nomatch: That's not how it should work, so I've reported it to the team.

[nothing-further-to-add]
pattern: (we|i) have nothing (further|more|else) to (add|say|discuss|offer|tell you) [on this|on this matter|about this|regarding this]
pattern: there is nothing (further|more|else) to (discuss|add|say|talk about|escalate|investigate|review|look into|check) [on this|here|about this|regarding this]
pattern: there is no more to (discuss|say|add)
weight: -1.5
kind: dismissive
message: "We have nothing further to add" shuts the customer out. Summarize the outcome and say what they can still do, such as where to appeal.
fix: rephrase
replace: to sum up where things stand
match: We have nothing further to add.
match: There is nothing else to discuss.
match: There is no more to discuss on this.

[will-not-discuss-further]
pattern: (we|i) (will not|are not going to|am not going to|do not intend to|will no longer) (be discussing|discuss|be debating|debate|revisit|be revisiting|be entertaining|entertain|be engaging in|engage in|be corresponding|correspond) (this|it|that|the matter|your complaint|your claim|the issue|further|any further)
pattern: (will not|would not|can not) be (discussed|debated|revisited|reopened|re opened|entertained|looked at|reviewed|reconsidered|considered) (further|again|any further|any more)
pattern: (we|i) will not be entering into [any] [further] (correspondence|discussion|debate)
pattern: no further (correspondence|discussion|debate) will be entered into
weight: -2.0
kind: dismissive
message: Refusing to discuss the matter further ends the conversation on the company's terms. Say what the outcome is and how the customer can take it further.
fix: rephrase
replace: if you'd like this looked at again, here is how to request a review
match: We will not be discussing this further.
match: Your complaint will not be reviewed again.
match: No further correspondence will be entered into.
match: We won't revisit the matter.

[already-explained-position]
pattern: (we|i) [have] already (explained|answered|responded|replied) (.|!|twice|before|earlier|above|previously)
pattern: (we|i) have already (explained|answered|addressed|responded to|replied to|dealt with|covered|clarified|set out|given you|provided) (our position|your question|your questions|your complaint|your query|your concern|your concerns|this matter|the matter|the reason|the reasons|the answer|an answer|our answer|our decision|the decision|everything|all of this)
pattern: (this|that) (has|have) already been (addressed|explained|answered|covered|clarified)
weight: -1.5
kind: passive-aggressive
message: "We've already explained our position" tells the customer their follow-up is a waste of time. Answer the question again, briefly, and add anything new.
fix: rephrase
replace: to recap
match: We have already explained our position.
match: I've already answered your question.
match: This has already been addressed.
nomatch: Your request has already been dealt with and the refund is on its way.

[already-told-you]
pattern: (i|we) [have|had] already told (you|u) [that|this|so|twice|before|earlier]
pattern: (i|we) [have] told (you|u) already
pattern: ^ [i|we] already told (you|u)
pattern: ^ told (you|u) [that|this|so] (already|twice|before)
pattern: (i|we) told (you|u) so
weight: -1.5
kind: passive-aggressive
message: "I already told you" scolds the customer for asking again. Answer again, briefly, as if for the first time.
fix: rephrase
replace: just to recap
match: I've told you already.
match: I already told you.
match: already told u
match: Told you already, no.

[already-been-over-this]
pattern: (we|i) have already (been over|been through|gone over|gone through|discussed|covered) (this|that|it)
pattern: (we|i) (went|have gone|have been) over (this|that|it) already
weight: -1.5
kind: passive-aggressive
message: "We've already been over this" makes the customer feel they are wasting your time. Recap the answer briefly.
fix: rephrase
replace: to recap
match: We've already been over this.
match: We went over this already.

[whatever-u-say]
pattern: ^ [okay|sure|yeah|fine] [,] whatever (u|ya) (say|want)
pattern: whatever (you|u) say (.|!|,)
weight: -2.0
kind: dismissive
message: "Whatever you say" brushes the customer off. Acknowledge what they said and answer it.
fix: rephrase
replace: I understand
match: whatever u say
match: Whatever you say, the fee stays.

[curt-fine]
pattern: ^ (fine|k|kk|meh|okay then|right then|alright then) (.|!)
pattern: ^ its simple
weight: -0.5
kind: dismissive
message: A one-word "Fine." or "K." reads as cold and final. Add a sentence that shows you read the message and says what happens next.
fix: rephrase
replace: Thanks for letting me know, I've updated that for you.
match: Fine.
match: k.
match: Ok then.
nomatch: Noted with thanks, I've passed this on to our team.
nomatch: Sure thing, I can help with that.
nomatch: Fine dining is not included in the package.

[curt-okay]
pattern: ^ (okay|sure|right|no) .
weight: -0.3
kind: dismissive
message: A bare "Ok." or "Sure." at the start reads as curt. Add a word of warmth or say what you will do.
fix: rephrase
replace: Thanks, I can help with that.
match: Ok. The refund was already sent.
match: Sure. Whatever works.
nomatch: Sure, I can help with that.
nomatch: Okay! Let me check that for you.

[so-what]
pattern: ^ (so|and|and so|so what|your point|what is your point) (?|??|?!)
pattern: your point (being|is) (?|??|?!)
pattern: (so|and) what (?|??|?!)
weight: -2.0
kind: dismissive
message: A curt "So?" or "Your point being?" challenges the customer instead of helping. Acknowledge the point and answer it.
fix: rephrase
replace: I see what you mean
match: So?
match: And?
match: Your point being?
nomatch: So, what can we do next? Here are two options.

[do-not-know-what-else-you-want]
pattern: (i|we) (do not|really do not|honestly do not) know what [else] (you want|you expect) (from (me|us)|.|!)
pattern: (i am|we are) not sure what [else] you (want|expect) from (me|us)
weight: -2.0
kind: dismissive
message: "I don't know what else you want" tells the customer they are being unreasonable. Ask what outcome they are hoping for, and say what you can do.
fix: rephrase
replace: could you tell me what outcome you're hoping for
match: I don't know what else you want.
match: We are not sure what you want from us.

[comma-nothing-we-can-do]
pattern: , (nothing|not much|not a lot) [more|else|further] (we|i) can do
pattern: , (nothing|not much|not a lot) [more|else|further] (we|i) (could|are able to|am able to) do
pattern: ^ (sorry|apologies|unfortunately) [,] [but] nothing [more|else|further] (we|i) can do
weight: -1.5
kind: dismissive
message: "Sorry, nothing we can do" closes the door. Say what you can do, even if it is small, or who can help.
fix: rephrase
replace: here is what I can do
match: Sorry, not much I can do.
match: Sorry, nothing we can do.
match: The flight left on time, nothing more we can do.

[it-is-only-a-few]
pattern: (it is|it was|that is|its|this is) (only|just|merely|barely) (<number>|a few|a couple of|a couple|one|two|three|four|five|ten|twenty|fifty) (days|hours|minutes|dollars|pounds|euros|quid|bucks|cents|pence|weeks|percent|extra) (.|!|late|delay|behind|more|extra)
pattern: (it is|it was|that is|its) (only|just|merely) (a|one) (day|hour|week|dollar|pound|euro|buck) (late|delay|more|extra)
pattern: (it is|it was|that is|its|this is) (only|just|merely) (a|some) (scratch|scuff|dent|chip|mark|crease|smudge|stain|cosmetic issue|cosmetic mark|few scratches|little scratch|small scratch|minor scratch|small dent|tiny dent|tiny mark|small mark)
weight: -1.0
kind: dismissive
message: "It's only a few days" minimizes what the customer is upset about. Acknowledge the impact first, then give the facts.
fix: rephrase
replace: I know any delay is frustrating, and
match: It's only a few days.
match: It's only five dollars.
match: It's just a scratch.
nomatch: It should only take two days to arrive.

[hardly-a-big-deal]
pattern: (hardly|not exactly|scarcely) the end of the world
pattern: (it|this|that|thats|its) is hardly (a|an) (big deal|issue|problem|emergency|disaster|catastrophe|tragedy|crisis|major issue)
pattern: (it|this|that) is (not|hardly) the end of the world
pattern: first world problem
weight: -1.5
kind: dismissive
message: Calling it hardly a big deal minimizes the customer's experience. Acknowledge it, then explain.
fix: rephrase
replace: I understand this matters to you
match: This is hardly a big deal.
match: It's not the end of the world.
match: Honestly that's a first world problem.

[other-customers-manage]
pattern: (other|most|all our other|our other) (customers|guests|users|members|people|passengers|students|clients|subscribers|patients) (do not|have not|never|did not) [seem to] (have|had|experience|experienced) (a|any|this|the same|that|an) (problem|problems|issue|issues|trouble|difficulty|complaint|complaints)
pattern: (other|most|all our other|our other|the other) (customers|guests|users|members|people|passengers|students|clients|subscribers|patients|drivers|travellers|travelers|tenants|shoppers) (do not|have not|never|did not) [seem to] (complain|complained|report|reported|experience|experienced|struggle|mind|find)
pattern: (everyone|everybody) else (managed|manages|seems to manage|managed fine|copes|coped|can|could|understands|understood|has no problem|had no problem|has no issues|had no issues|is fine|was fine|figured it out|follows|followed|did it|got it|gets it|reads|read)
pattern: (other|all our other|our other) (customers|guests|users|members|people|passengers|students|clients) (manage|managed|seem to manage|figure it out|figured it out|cope|coped|have no problem|had no problem|have no trouble|had no trouble)
weight: -1.5
kind: blame
message: Comparing the customer with others who "manage fine" implies they are the problem. Look at what is different in their case.
fix: rephrase
replace: let's look at what's different in your case
match: Other customers don't seem to have a problem.
match: Everyone else managed fine.
match: Other guests manage without any trouble.
nomatch: Other customers have reported the same issue, so we are fixing it.

[complaints-like-this]
pattern: (complaints|demands|threats|rants|tantrums) like (this|yours|these|that|this one)
pattern: (people|folks) like (you|yourself|u)
pattern: the likes of (you|u)
weight: -1.5
negated: confrontation -1.5
kind: condescending
message: "Complaints like yours" or "customers like you" lumps the customer into a group you resent. Respond to this customer's message on its own terms.
fix: rephrase
replace: your complaint
match: Complaints like this are why we have the policy.
nomatch: Comments like yours help us plan what to stock.
match: People like you are the reason prices go up.
nomatch: We love hearing from customers like you who take the time to share feedback.

[messages-will-not-be-answered]
pattern: (further|any further|any more|future|repeated|additional|subsequent) (emails|messages|calls|complaints|correspondence|letters|tickets|requests|chats|comments|enquiries|inquiries|contact) (will not|shall not|would not|are not going to) be (answered|responded to|replied to|acknowledged|read|reviewed|considered|entertained|actioned|dealt with|returned)
pattern: (emails|messages|calls|correspondence|letters|chats|enquiries|inquiries) (will not|shall not|are not going to) be (answered|responded to|replied to|acknowledged|read|entertained|returned) (.|!)
pattern: (emails|messages|calls|complaints|correspondence|letters|tickets|requests|enquiries|inquiries|contact|contacts|attempts) (will be|are being|may be) (ignored|disregarded|deleted|closed without [a] (response|reply)|filed without [a] (response|reply))
pattern: (will not|would not|are not going to|is not going to) (receive|get) (a|any) (response|reply|answer)
pattern: (we|i) will not (respond|reply) to (further|any further|any more|more|future|additional|repeated|these|your) (emails|messages|correspondence|complaints|contact|calls|tickets|letters|requests|enquiries)
weight: -2.0
kind: commanding
message: Announcing that further messages will be ignored shuts the customer out. Say how the case can be escalated or reviewed instead.
fix: rephrase
replace: if you'd like this reviewed further, you can contact our escalations team
match: Emails will not be answered.
match: Further correspondence will be ignored.
match: Any further messages will not receive a response.
match: We will not respond to further emails on this matter.
nomatch: Calls will be answered in the order they are received.

[complain-all-you-like]
pattern: (you can|you may|feel free to|go ahead and|you are welcome to|you are free to) complain (all you (like|want)|as much as you (like|want)|if you (like|want)|to whoever you (like|want))
pattern: ^ complain (if|all|as much as|to whoever|to whomever) (you|u)
pattern: complain all (you|u) (like|want)
weight: -2.0
kind: dismissive
message: "Complain all you like" tells the customer their complaint won't matter. Tell them how to raise a complaint and what happens next.
fix: rephrase
replace: if you'd like to make a formal complaint, here is how
match: You can complain all you like, it won't change anything.
match: Complain if you want.
nomatch: You can complain to the ombudsman if you are not happy with our final response, and here is how.

[take-your-business-elsewhere]
pattern: (take|bring) your (business|custom|money) elsewhere
pattern: (shop|go|bank) (elsewhere|somewhere else|someplace else) (.|!|then)
pattern: if you do not like (it|this|that|our <word>|the <word>) [,] (go|shop|book|leave|cancel|you can leave|you can go|you can cancel|you know where the door is|use someone else|find another)
pattern: ^ do not like it (?|??|,)
weight: -2.5
kind: dismissive
message: Inviting the customer to go elsewhere tells them they don't matter. Address the complaint and offer what you can.
fix: rephrase
replace: I'd like to keep you as a customer, so let's see what I can do
match: Feel free to take your business elsewhere.
match: You're welcome to shop elsewhere.
match: If you don't like it, go somewhere else.
match: Don't like it? Cancel.

[if-unhappy-you-can-cancel]
pattern: if you are (unhappy|not happy|dissatisfied|not satisfied|not pleased) [with (it|this|that|the <word>|our <word>|the <word> <word>)] [,] you (can|are free to|may|could|are welcome to) (cancel|leave|go|close your account) (.|!)
pattern: (nobody|no one) is (forcing|making|asking) you to (stay|use|buy|book|keep|pay|shop|bank|fly|continue)
weight: -1.5
kind: dismissive
message: "If you're unhappy you can cancel" answers a complaint with the exit. Address the complaint first; mention options only as help.
fix: rephrase
replace: I'd like to fix this for you
match: If you are unhappy, you can cancel.
match: Nobody is forcing you to stay.
nomatch: If you're unhappy with the colour, we'll swap it for free.

[no-time-for-this]
pattern: (we|i) (do not|really do not|simply do not) have time for (this|that|these|games|this nonsense|this kind of thing)
pattern: (stop|quit) wasting (our|my|everyone's) time
pattern: (you are|this is|that is|u are) [just] wasting (our|my) time
pattern: (a|such a) waste of (our|my) time
weight: -2.5
kind: dismissive
message: Telling the customer they are wasting your time is an insult. Keep helping or end the conversation politely.
fix: rephrase
replace: let's focus on what I can do for you
match: We don't have time for this.
match: Please stop wasting our time.
match: You're wasting my time.

[heard-you-the-first-time]
pattern: (we|i) heard you the first time
pattern: (we|i) (got|understood|read) (it|that|you) the first time
weight: -2.0
kind: passive-aggressive
message: "We heard you the first time" scolds the customer for repeating themselves. They repeat themselves because they don't feel heard: answer the point.
fix: rephrase
replace: I understand your concern
match: Yes, we heard you the first time.
nomatch: No need to repeat yourself, I've got all the details.

[moving-on-short]
pattern: ^ (moving on|next question|next) (.|!)
pattern: ^ oh well (.|!|,)
weight: -1.5
kind: dismissive
message: "Oh well." or "Moving on." brushes past what the customer said. Acknowledge it before changing the subject.
fix: rephrase
replace: I'm sorry this happened
match: Moving on.
match: Oh well.

[too-bad]
pattern: , (too bad|tough luck|tough|hard luck|sucks) (.|!)
pattern: ^ (too bad|tough|hard luck) (.|!)
pattern: (sucks|sux) to be (you|u)
pattern: (that is|such is|thats) life (.|!)
weight: -2.0
kind: dismissive
message: "Too bad." tells the customer their problem doesn't matter. Acknowledge it and say what can be done.
fix: rephrase
replace: I'm sorry this happened
match: Too bad.
match: That's life.
match: Sucks to be you.

[none-of-our-business]
pattern: (that is|it is|this is|thats) none of (our|my) business
pattern: (that is|it is|this is|thats) not (our|my) business
pattern: (that is|it is|this is|thats) not (our|my) (job|responsibility|remit|place) to (fix|sort|chase|deal with|help|follow up|contact|call)
weight: -2.0
kind: dismissive
message: "Not our business" tells the customer you won't help. Say who can help and how to reach them.
fix: rephrase
replace: this is handled by another team, and here is how to reach them
match: That's none of our business.
match: It's not our job to chase your courier.

[outside-our-responsibility]
pattern: (outside|beyond) (our|my) (responsibility|remit|area of responsibility|scope of responsibility)
pattern: (is|was) not (our|my) (responsibility|concern|problem|issue) (to|at all|whatsoever|in any way)
weight: -1.5
kind: dismissive
message: "Outside our responsibility" pushes the customer away. Tell them who can help and what you can do.
fix: rephrase
replace: handled by another team, and I can point you to them
match: That is outside our responsibility.
match: It was not our responsibility at all.

[cannot-help-you-if-you]
pattern: (i|we) can not help (you|u) if (you|u) (will not|do not|refuse|are not going to|keep|continue|can not)
pattern: (i|we) can not help (you|u) (unless|until) you (stop|calm|start|read|listen|follow)
weight: -1.5
kind: dismissive
message: "I can't help you if you won't" puts the blame on the customer. Say what you need and why.
fix: rephrase
replace: to help you, I'll need
match: I can't help you if you won't send the receipt.
match: We can't help you unless you stop shouting.

# ---------------------------------------------------------------------------------------------
# condescending
# ---------------------------------------------------------------------------------------------

[it-is-simple-dot]
pattern: (it is|its|this is|that is|thats) simple .
pattern: (it|this|that) [really] is that (simple|easy) .
pattern: simple as that .
weight: -1.0
kind: condescending
message: "It's simple." implies the customer should have managed on their own. Walk them through the step instead.
fix: rephrase
replace: here is how to do it
match: It's simple.
match: Its simple.
match: It really is that simple.
nomatch: It's easy! Just tap Settings and you're done.

[try-reading]
pattern: (try|maybe try|perhaps try|how about|have you tried|you could try|you might try) (reading|re reading|rereading) (the|your|our|my) (faq|faqs|email|emails|terms|t & cs|terms and conditions|instructions|manual|policy|contract|agreement|confirmation|booking|ticket|receipt|listing|description|label|website|guide|help centre|help center|documentation|docs|syllabus|handbook|inbox|spam folder|statement|bill|invoice|small print|fine print)
pattern: (try|maybe try|perhaps try) (reading|re reading|rereading) (it|them|this|that|what|before)
weight: -2.0
kind: condescending
message: "Try reading the FAQ" is sarcastic advice that implies the customer can't read. Give the answer, and link the page as extra help.
fix: rephrase
replace: the answer is in this part of the FAQ, and here it is in short:
match: Try reading the FAQ.
match: Have you tried reading the manual?
match: Maybe try reading the email we sent.
nomatch: Have you tried restarting the router?
nomatch: Try checking your inbox and spam folder for the code.

[perhaps-read-the]
pattern: ^ (perhaps|possibly) (read|check|look at|reread|re read|review) (the|our|your) (faq|faqs|terms|t & cs|terms and conditions|instructions|manual|policy|contract|agreement|confirmation|booking|listing|description|label|website|guide|help centre|help center|documentation|docs|syllabus|handbook|small print|fine print|size guide|size chart|email|emails)
pattern: ^ (perhaps|maybe) next time [,] (read|check|look at|try|make sure|double check|pay attention|measure|think)
pattern: ^ perhaps (read|check|look) (before|first|next time|properly|carefully)
weight: -1.5
kind: condescending
message: "Maybe read the FAQ next time" lectures the customer. Answer the question and point to the page as help.
fix: rephrase
replace: the details are in
match: Perhaps read the FAQ next time.
match: Maybe next time read before you click buy.
match: Perhaps check before ordering.

[read-the-terms-curt]
pattern: , (read|reread|re read) (the|your|our) (terms|t & cs|terms and conditions|policy|contract|agreement|rental agreement|lease|faq|faqs|booking conditions|fare rules|size guide|size chart|syllabus|handbook|policy wording|conditions|rules|house rules|description|listing|instructions|manual|label) (.|!|again|properly|carefully|next time|more carefully)
pattern: ^ (read|reread|re read) (the|your|our) (terms|t & cs|terms and conditions|policy|contract|agreement|rental agreement|lease|faq|faqs|booking conditions|fare rules|size guide|size chart|syllabus|handbook|policy wording|policy document|policy documents|conditions|rules|house rules|confirmation|email|emails|description|listing|instructions|manual|label|ticket|receipt) (.|!|again|properly|carefully|next time|more carefully)
weight: -1.5
kind: commanding
message: A bare "Read the terms." orders the customer to go and find the answer themselves. Give the answer, then point to the document.
fix: rephrase
replace: the relevant part of the terms says
match: Read the email.
match: Read your contract.
match: Read the fare rules.
nomatch: 3. Review the terms and conditions, then tick the box to agree.
nomatch: Read our guide for more tips on getting started with your new plan.

[answer-is-in-the-faq]
pattern: (the answer|the information|the info|everything|all of this|all of that|all this) is [all] (in|on) (the|our) (faq|faqs|website|site|help centre|help center|help page|manual|confirmation email|booking confirmation|documentation|docs) (.|!|if|,|which|that)
pattern: it is all (in|on) (the|our) (faq|faqs|website|site|help centre|help center|help page|manual|confirmation email|booking confirmation|documentation|docs)
pattern: (everything|all of this|all this|it) is (explained|covered|answered|listed|detailed|described|written|stated) (in|on) (the|our) (faq|faqs|website|site|help centre|help center|manual|terms|t & cs|terms and conditions|contract|documentation|docs)
weight: -1.0
kind: condescending
message: Telling the customer the answer is in the FAQ sends them away unhelped. Give the answer here, then link the page.
fix: rephrase
replace: here is the answer, and the FAQ has more detail
match: The answer is in the FAQ.
match: Everything is explained in the FAQ.
match: It's all in the FAQ if you'd bothered to look.

[clearly-on-our-website]
pattern: (is|are|was|were) (clearly|plainly|very clearly) (on|in) (our|the|your) (website|site|app|faq|faqs|receipt|ticket|booking|confirmation|listing|page|product page|label|box|invoice|bill|contract|email|emails|letter|statement|menu|syllabus|timetable|signs|sign)
pattern: (it|this|that) (says|states|said|stated) (so|it|that|this) (right|clearly|plainly) (there|on|in)
weight: -1.0
kind: condescending
message: "It's right there on the receipt" implies the customer should have seen it. Tell them what it says.
fix: rephrase
replace: it's listed on
match: The information is clearly on our website.
match: It says so right on the booking page.
nomatch: You can see it right there in the app once you log in.
nomatch: It's all in the app now, so you can manage everything in one place.

[black-and-white]
pattern: (in|written in|set out in|spelled out in) black and white
pattern: (it is|its|it was|that is|thats|it says|it is written|it is) literally (on|in|written|printed|stated|the first|right there|on the first|in the first|at the top|in bold|in big)
pattern: literally (says|states|said|stated|tells you|shows)
weight: -1.5
kind: condescending
message: "It's in black and white" or "it literally says" talks down to the customer. Quote what it says and explain it.
fix: rephrase
replace: it's listed clearly
match: It's written in black and white.
match: It's literally on the first page.
match: The label literally says hand wash only.

[most-people-know]
pattern: (most|many|all|other|normal|sensible) (people|customers|guests|passengers|travellers|travelers|users|drivers|students|adults|shoppers) (know|understand|realise|realize|are aware|would know|would check|would read|would have checked|would have read|would have known)
pattern: any (reasonable|sensible|normal|rational|careful|responsible) (person|customer|guest|adult|driver|traveller|traveler|passenger|user|shopper|student) (would|should|knows|understands|could)
weight: -1.5
kind: condescending
message: Comparing the customer with what "most people know" implies they fall short. Give the information without the comparison.
fix: rephrase
replace: it's easy to miss that
match: Most people understand this.
match: Most customers know to check the dates.
match: Any reasonable person would have checked.
nomatch: Many customers ask about this, so here is a quick guide.

[what-is-confusing]
pattern: (i do not see|i do not understand|not sure|i am not sure|i can not see|i fail to see|i do not get) what is [so] (confusing|unclear|complex|tricky) (about|here|.)
pattern: what is [so] (confusing|unclear) about (this|that|it|the)
weight: -2.0
kind: condescending
message: "I don't see what's confusing" tells the customer they are slow. Explain again in different words.
fix: rephrase
replace: let me put it another way
match: I don't see what's confusing about that.
match: Not sure what is unclear here.

[how-hard-is-it]
pattern: how hard (is it|can it be|was it|could it be|would it be) [to|really|honestly|for you]
pattern: is it (really|honestly|seriously|actually) (that|so) (hard|difficult) to
pattern: (was|is) (that|it) (so|really so|really that|that) (hard|difficult) (?|??|?!)
weight: -2.0
kind: condescending
message: "How hard is it to ..." mocks the customer. Explain the step and offer help.
fix: rephrase
replace: here is the quickest way to
match: How hard is it to read an email?
match: How hard can it be?
match: Is it really that hard to check your inbox?

[this-is-basic]
pattern: (this|that|it|thats|its) is [pretty|very|really|quite|just|fairly] (basic|elementary|beginner) (stuff|things|information|knowledge|.|!)
pattern: (basic|elementary|simple) (stuff|common sense|reading|maths|math) (.|!|,|really|honestly|tbh)
weight: -1.5
kind: condescending
message: "This is basic stuff" belittles the customer. Explain the step without judging it.
fix: rephrase
replace: here is how it works
match: Honestly, this is basic stuff.
match: This is basic.
nomatch: This is the basic plan, and the premium plan adds more storage.

[should-not-have-to-explain]
pattern: (i|we) (should not|should not really|should not need to|should not have to|really should not have to) (explain|tell you|repeat|remind you|spell|say|point out)
pattern: (i|we) should not (have|need) to (explain|tell you|repeat|remind you|spell|say|point out)
weight: -2.0
kind: condescending
message: "I shouldn't have to explain this" scolds the customer for asking. Explain it once more, plainly.
fix: rephrase
replace: let me explain
match: I shouldn't have to explain this.
match: I shouldn't need to tell you this.

[let-me-break-it-down]
pattern: (let me|i will|i am going to|allow me to) break (it|this|that) down for you
pattern: (let me|i will|i am going to) make (this|it|that) (simple|simpler|easy|easier|as simple as possible|really simple) for you
pattern: to put it (simply|plainly|bluntly|another way) for you
pattern: (in|using) (simple|small|plain|short) words for you
weight: -1.5
kind: condescending
message: "Let me break it down for you" implies the customer needs it spelled out. Just explain clearly.
fix: rephrase
replace: here is how it works
match: Let me break it down for you.
match: I'll make this simple for you.
match: To put it simply for you, the fee stays.

[do-you-understand]
pattern: (do you|did you|can you) understand [now|that|this|me] (?|??|?!)
pattern: (is|was) (that|this|it) (clear|clear enough|understood|clearer) [now|enough|for you|to you] (?|??|?!)
pattern: ^ (got it|understand|understood|capisce|comprende|clear) (?|??|?!)
pattern: (does|do) (that|this|it) make sense [to you] now (?|??|?!)
weight: -1.5
kind: condescending
message: "Do you understand?" or "Is that clear?" quizzes the customer like a pupil. Ask whether anything is still unclear, or whether you can help further.
fix: rephrase
replace: let me know if anything is still unclear
match: Do you understand?
match: Is that clear enough for you?
match: Got it?
match: Does that make sense to you now?
nomatch: Does that make sense? Happy to walk you through it on a call.

[hopefully-clear-now]
pattern: hopefully (that is|this is|it is|thats|everything is) (clear|clearer|understood|clear enough) (now|for you|this time|to you)
pattern: (i|we) hope (that|this) (clears it up|clears things up|is clear|is clearer|makes it clear) (for you now|now|this time)
pattern: (i|we) hope you understand now
pattern: (i|we) hope (that|this|it) is (clear|clearer) (now|this time)
weight: -1.5
kind: condescending
message: "Hopefully that's clear now" suggests the customer was slow to understand. Offer to help further instead.
fix: rephrase
replace: I hope that helps, and I'm happy to go over any part again
match: Hopefully that's clear now.
match: I hope you understand now.
nomatch: I hope this clears things up, and let me know if you have any questions.

[not-the-first-to-get-wrong]
pattern: (you are|you would not be|u are) not the first (to get|to make|to misread|to miss|to confuse|person to get|one to get|to misunderstand|to not read|to skip) (this|it|that|the|these|those)
weight: -1.5
kind: condescending
message: "You're not the first to get this wrong" puts the customer among those who made a mistake. Explain the step kindly.
fix: rephrase
replace: this trips a lot of people up
match: You're not the first to get this wrong.
nomatch: You're not the first to report this, and we're on it.

[not-our-job-to-teach]
pattern: (it is|that is|its|thats) not (our|my) (job|role|place|responsibility) to (teach|educate|explain|read|check|remind|babysit|hold your hand|do it for you|spoon feed|walk you through|train)
pattern: (we are|i am) not here to (hold your hand|babysit|teach you|educate you|do it for you|do your|read it for you|spoon feed|remind you)
pattern: [we|i] (can not|will not|are not going to|do not|not able to|am not going to) hold your hand
weight: -2.5
kind: condescending
message: "We're not here to hold your hand" belittles the customer for needing help. Give the help, or say where it is.
fix: rephrase
replace: here is a step-by-step guide
match: We are not here to hold your hand.
match: It's not our job to teach you how the app works.
match: We can't hold your hand through this.

[educate-yourself]
pattern: (educate|inform) yourself
pattern: (do|should have done|should do|needs to do|need to do) your (research|homework|due diligence|reading)
pattern: ^ [just] (google|search|look) it [up] (.|!)
pattern: (just|simply) google (it|that|this)
pattern: (a|one) (quick|simple) (google|search|look) would have
weight: -2.0
kind: condescending
message: "Do your research" or "just google it" tells the customer they shouldn't have asked. Answer them; asking is what support is for.
fix: rephrase
replace: here is what you need to know
match: Educate yourself on the terms.
match: Do your research before booking.
match: Just google it.
match: Look it up.

[you-are-wrong]
pattern: you are (simply|completely|totally|entirely|quite|just|plain|absolutely|very much) (wrong|mistaken|incorrect)
pattern: (you are|u are|ur) (wrong|mistaken|incorrect) (.|!|,|about|there|here|again)
pattern: (i am afraid|sorry|sorry but|with respect|respectfully) [,] you are (wrong|mistaken|incorrect)
weight: -1.5
kind: condescending
message: "You're wrong" turns the conversation into an argument. Show what the records say and what that means for them.
fix: rephrase
replace: our records show something different
match: You are mistaken.
match: You're wrong.
match: You are completely wrong.
nomatch: You are correct, the charge was an error.

[that-is-not-true]
pattern: ^ [no ,] (that|this) is [simply|just|factually|completely|totally|absolutely|plainly] (not true|untrue|incorrect|false|not correct|not accurate|inaccurate|a lie|not the case|nonsense|rubbish) (.|!)
pattern: ^ (that|this) is not what happened (.|!)
pattern: ^ (actually|no|nope|erm|um|well) , (that|this) is (not the case|not true|not correct|incorrect|untrue|false|wrong) (.|!)
pattern: (that|this) is (factually|simply|completely|totally|patently|demonstrably) (incorrect|untrue|false|wrong)
weight: -1.5
kind: condescending
message: "That's not true" calls the customer a liar. Share what the records show, and ask for anything that might show something different.
fix: rephrase
replace: our records show something different
match: That is incorrect.
match: That's simply not true.
match: That is factually incorrect.
match: That is not what happened.
nomatch: That's not true of the new model, which has a longer battery life.

[i-fail-to-see]
pattern: (i|we) fail to (see|understand) (how|why|what|the)
pattern: where did you get (that|this|the) idea
pattern: (i|we) (do not|can not) see (how|why) (this|that|it) is (our|my) (fault|problem|responsibility|concern)
weight: -1.5
kind: condescending
message: "I fail to see how" dismisses the customer's point. Ask what they expected and explain what happened.
fix: rephrase
replace: help me understand
match: I fail to see how this is our fault.
match: Where did you get that idea?

[are-you-serious]
pattern: are (you|u) (serious|kidding|joking|kidding me|for real|having a laugh) (?|??|?!|.|!)
pattern: ^ (seriously|srsly) (?|??|?!)
pattern: ^ seriously (.|!|,|!!) (you|u) (did not|do not|have not|never|could not|can not|want|expect|think)
weight: -2.0
kind: condescending
message: "Are you serious?" mocks the customer's request. Answer it as a real question.
fix: rephrase
replace: thanks for explaining
match: Are you serious?
match: Seriously?
match: Seriously, you didn't check the dates?
nomatch: Seriously impressive work from our team on this one.
nomatch: Really? That's awful, let me fix it.

[you-should-be-grateful]
pattern: you should be (grateful|thankful|glad we|happy we|lucky)
pattern: be (grateful|thankful) (we|that we|for what|you got)
pattern: (we have|we have been|we were|that is|this is) (more than|already more than|very|extremely|incredibly|already very) (fair|generous|reasonable|accommodating|patient|lenient)
pattern: (we have|we already|we have already) (bent over backwards|gone above and beyond|done more than enough|done more than we had to)
weight: -2.0
kind: condescending
message: Telling the customer they should be grateful dismisses their complaint. Explain what you did and what else is possible.
fix: rephrase
replace: we've tried to help by
match: You should be grateful we refunded anything at all.
match: We have been more than fair.
match: We have bent over backwards for you.
nomatch: You should be able to log in now.

# ---------------------------------------------------------------------------------------------
# commanding
# ---------------------------------------------------------------------------------------------

[you-will-need-to-accept]
pattern: (you|u) (will need|need|must|would need|will just need|are going to need|are going to have|will have|have got|got) to accept (it|this|that) (.|!|,|and|or)
pattern: (you|u) (will need|must|will just need|will have|will just have|are going to have) to accept it
pattern: (you|u) (will need|need|must|would need|will just need|are going to need|are going to have|will have|have got|got) to accept (the|this|that|our|these|my) (decision|charge|charges|fee|fees|outcome|result|penalty|fine|bill|price|increase|change|changes|situation|ruling|assessment|grade|mark|loss|consequences)
pattern: ^ [just|simply] accept (it|this|that|the decision|the charge|the outcome|the fee|the result|our decision) (.|!|and)
weight: -1.5
kind: commanding
message: "You will need to accept the decision" orders the customer to stop objecting. Explain the decision and say how they can ask for a review.
fix: rephrase
replace: this is the outcome, and if you'd like it reviewed, here is how
match: You will need to accept the charge.
match: You'll have to accept the outcome.
match: Accept the decision.
nomatch: You will need to accept the cookie banner before the page loads.

[pay-the-fee-curt]
pattern: ^ [just] pay (the|your) (fee|fine|balance|outstanding balance|bill|charge|amount|invoice|penalty|arrears|excess|deductible|difference|remaining balance) (.|!|now|immediately|today|first|or|and)
pattern: (pay|settle) (it|the balance|the bill|the fee|the fine|the invoice|the amount|the arrears) (immediately|now) (or|and|.|!)
weight: -1.5
kind: commanding
message: A bare "Pay the fee." orders the customer instead of explaining. Say what is owed, why, and the ways to pay or dispute it.
fix: rephrase
replace: the balance can be paid here
match: Pay the fee.
match: Pay the outstanding balance immediately.
nomatch: You can pay the balance online or in the app.

[do-not-contact-this-number]
pattern: [please] do not (call|email|contact|message|text|write to|ring|phone) (this number|this address|this line|this team|our office|the office|this department|this inbox|our helpline|the helpline) [again|about this|regarding this]
pattern: [please] do not (call|email|contact|message|text|write to|ring|phone) (us|me|our team|our staff) (about|regarding|on) (this|it|that|this matter|this issue) (again|any more|anymore|further)
weight: -2.5
kind: commanding
message: Telling the customer not to contact you shuts them out. If the matter is closed, say where they can go next.
fix: rephrase
replace: if you have more questions, you can reach our escalations team at
match: Do not call this number again.
match: Please don't email us about this again.

[stop-messaging-bare]
pattern: (stop|quit) (tweeting|dming|pinging|bugging|tagging|chasing) (us|me|our team|our staff) (about|over|regarding|every|again|.|!|,|with)
pattern: , [please|just|now|kindly] (stop|quit) (messaging|calling|emailing|contacting|texting|writing|spamming|replying|complaining|tweeting|commenting|posting|asking|harassing|nagging|pestering|chasing) (.|!|,|about|now|already|every|to|on)
pattern: ^ [please|just|now|kindly] (stop|quit) (messaging|calling|emailing|contacting|texting|writing|spamming|replying|complaining|tweeting|commenting|posting|asking|harassing|nagging|pestering|chasing) (.|!|,|about|now|already|every|to|on)
pattern: (stop|quit) (spamming|harassing|pestering|nagging|badgering|hounding) (us|me|our team|our staff|the team)
weight: -2.0
kind: commanding
message: "Stop messaging" orders the customer away. If they are repeating themselves, it is because they don't feel answered: give a clear status.
fix: rephrase
replace: there's no need to follow up, I'll update you as soon as there is news
match: Stop messaging.
match: Stop calling.
match: Please stop emailing about this.
match: Stop pestering us.

[check-your-curt]
pattern: ^ (check|look at|look in|see|read) (your|the) (email|emails|inbox|spam|spam folder|junk|junk folder|junk mail|mail|mailbox|porch|doorstep|door|garden|bin|bins|letterbox|post|account|app|statement|bank|bank statement|dms|messages|texts|phone|voicemail|settings|receipt|ticket|booking|invoice|bill) .
weight: -1.0
kind: commanding
message: A bare order such as "Check your email." tells the customer to go and look for themselves. Say what they will find there, or check for them.
fix: rephrase
replace: you should find it in your inbox, and I can resend it if not
match: Check your inbox.
match: Check your porch.
match: Look in your junk folder.
nomatch: Please check your email for the code.
nomatch: Check your email for a link to reset your password.

[wait-your-turn]
pattern: , [just] be patient (.|!)
pattern: wait your turn
pattern: (wait|queue|line up) like (everyone|everybody|all the other customers|the rest of our customers|every other customer) else
pattern: ^ [just] be patient (.|!|,)
pattern: (you need to|you will need to|you have to|you must|you will have to|you should|learn to|try to) be patient
weight: -2.0
kind: commanding
message: "Wait your turn" or "be patient" lectures the customer for wanting help. Give a realistic time and thank them for waiting.
fix: rephrase
replace: thanks for bearing with us, we expect to reply within
match: Wait your turn.
match: Be patient, it will arrive.
match: You need to wait like everyone else.
nomatch: Thank you for being so patient with us.

[do-not-reply]
pattern: ^ [please] do not (reply|respond|write back|answer) (.|!)
pattern: [please] do not (reply|respond|write back) to (this|our|my) (email|e mail|message|letter|notice|notification) (again|any more|anymore|further)
pattern: [please] do not (reply|respond|write back) to (our|my) (email|e mail|message|letter|notice|notification|emails|messages) (.|!)
weight: -1.0
kind: commanding
message: "Do not reply" shuts the customer out of the conversation. If the inbox is not monitored, say where they can reach you instead.
fix: rephrase
replace: if you have questions, you can reach us at
match: Do not reply.
match: Don't reply to our emails.
match: Do not reply to this email again.

[do-not-submit-another]
pattern: [please] do not (submit|file|send|open|raise|lodge|make|create|log|start) (another|a second|a new|any more|any further|further|more|additional|duplicate|multiple) (claim|claims|appeal|appeals|application|applications|form|forms|query|queries|report|reports|dispute|disputes|chargeback|chargebacks|enquiry|enquiries|inquiry|inquiries|chat|chats|review|reviews)
weight: -1.5
kind: commanding
message: "Don't submit another claim" scolds the customer for following up. Tell them their first claim is open and when they will hear back.
fix: rephrase
replace: your claim is already open, so there's no need to submit another
match: Do not submit another claim.
match: Please don't open a new chat about this.

[comply-with]
pattern: ^ [please|you must|you need to|you will need to|you are required to] comply with
pattern: (you must|you need to|you are required to|you have to) comply
weight: -1.5
kind: commanding
message: "Comply with the terms" is how an authority speaks to a subject. Explain what is needed and why.
fix: rephrase
replace: to keep your account active, please follow
match: Comply with the terms.
match: You must comply with the membership rules.

[like-i-said-follow]
pattern: (like|as) (i|we) (said|told you|explained|asked|instructed|showed you|mentioned) (.|!|before|earlier|already|twice|previously)
pattern: (follow|do|read|use) (the|my|our|these|those) (steps|instructions|process|procedure|guide|link) (like|as) (i|we) (said|told you|explained|asked|showed you|instructed)
weight: -1.5
kind: passive-aggressive
message: "Follow the steps like I said" scolds the customer for not listening. Give the steps again, numbered.
fix: rephrase
replace: here are the steps again
match: Follow the steps like I said.
match: Use the link like I said.
nomatch: It looks like I said the wrong date, sorry about that.

[figure-it-out]
pattern: (figure|work|sort) (it|this|that) out (yourself|on your own|for yourself|by yourself)
pattern: ^ [just] (figure|work|sort) it out (.|!)
pattern: (and|then) (figure|work) it out (.|!)
weight: -2.0
kind: dismissive
message: "Figure it out yourself" refuses to help. Walk the customer through it or link the steps.
fix: rephrase
replace: here is how to do it
match: You'll have to figure it out yourself.
match: Go to our website and figure it out.
nomatch: We will figure it out together and get back to you today.

[failure-to-comply]
pattern: failure to (comply|pay|respond|reply|return|provide|do so|follow|settle|cooperate|co operate|attend|adhere) (will|may|shall|could) result in
pattern: [any] further (abuse|misuse|contact|complaints|attempts|violations|breaches|incidents|outbursts) (will|may|shall) result in
pattern: this is (your|a) (final|last|only) warning
pattern: (you have been|consider yourself|you are hereby|you are being|you were) warned (.|!)
weight: -2.0
kind: commanding
message: Threats such as "failure to comply will result in" escalate the conversation. Explain what is needed, by when, and what help is available.
fix: rephrase
replace: to avoid any change to your account, please
match: Failure to comply will result in termination.
match: Any further abuse will result in your account being closed.
match: This is your final warning.
match: Consider yourself warned.

[not-us-end]
pattern: , not (us|me|our team|with us) (.|!)
pattern: (contact|call|ask|email|message|speak to|talk to|complain to) (them|the <word>|your <word>|the <word> <word>) , not (us|me)
weight: -1.5
kind: dismissive
message: "Contact the manufacturer, not us" pushes the customer away. Say who can help and offer to make the contact easier.
fix: rephrase
replace: the manufacturer can help with this, and here is how to reach them
match: Contact the manufacturer, not us.
match: That comes from your bank, not us.

# ---------------------------------------------------------------------------------------------
# passive-aggressive
# ---------------------------------------------------------------------------------------------

[pa-on-numerous-occasions]
pattern: (explained|told you|advised you|stated|said|informed you|mentioned|asked you|reminded you|written|confirmed|pointed out) [this|that|it] [to you] (on|in) (numerous|several|multiple|many|a number of|countless|repeated|previous|various) occasions
pattern: as (stated|mentioned|explained|advised|said|noted|confirmed|communicated|outlined) (multiple|several|many|numerous|countless|a number of|three|two|four|five) times
pattern: (i|we) have [already|now] (explained|repeated|stated|said|mentioned|outlined|confirmed) (this|that|it) to you (twice|three times|several times|multiple times|many times|numerous times|more than once|already|before|repeatedly|<number> times)
pattern: (i|we) have [already|now] (explained|repeated|stated|said|mentioned|told you) (this|that|it) (more than once|repeatedly|over and over|again and again|time and again)
weight: -2.0
kind: passive-aggressive
message: Counting how many times you've explained something scolds the customer. If they are asking again, the answer didn't land: try different words.
fix: rephrase
replace: to recap
match: As we have explained on numerous occasions.
match: As stated multiple times.
match: I have explained this to you three times now.
match: We've said it over and over.

[pa-again-no]
pattern: ^ (again|once again|for the last time|for the final time|like i said|as i said|as we said|i repeat) [,] (no|nope|the answer is no|it is a no) (.|!|!!)
pattern: the answer (is|was|remains) [still] (no|a no|a firm no) (.|!|,)
pattern: (i|we) (said|already said) no
weight: -2.0
kind: dismissive
message: "The answer is no" refuses without a reason or an alternative. Explain why, and offer what is possible.
fix: rephrase
replace: I'm not able to do that, but here is what I can offer
match: Again, no.
match: Once again, the answer is no.
match: I SAID NO.
match: The answer is still no.
nomatch: The answer to your question about fees is no, there are none.

[pa-as-you-have-been-told]
pattern: as you (know|are aware|well know) (full well|perfectly well|very well)
pattern: (,|and|but|so) as (you|u) (have been|were|had been|have already been|were already) (told|advised|informed|reminded|made aware|warned)
weight: -1.5
kind: passive-aggressive
message: "As you have been told" reminds the customer they were already informed. Restate the information without the reminder.
fix: rephrase
replace: just to recap,
match: As you know full well, the deposit is non refundable.

[pa-per-the-tcs]
pattern: [as] per (the|our|your) (t & cs|t and cs|ts and cs|ts & cs|tcs|terms of service|terms of use|terms of your (policy|contract|booking|membership|tenancy|agreement|plan)|contract|agreement|rental agreement|booking conditions|fare rules|fare conditions|policy wording|policy terms|policy document|policy documents|lease|tenancy agreement|membership agreement|house rules|student handbook|handbook|code of conduct|conditions of carriage|conditions|conditions of sale|user agreement|service agreement|small print|fine print|syllabus|course outline|t & c's|t & c|terms & conditions)
pattern: [as] per (t & cs|t & c's|t & c|ts & cs|tcs|t and cs|terms & conditions|terms and conditions|terms|our t & cs|the t & c)
weight: -1.0
negated: confrontation -1.0
kind: policy
message: "As per the T&Cs" cites the paperwork instead of explaining. Say what the rule is in plain words and what the customer can do.
fix: rephrase
replace: under our booking terms
match: Per the T&Cs, no.
match: As per the T&Cs.
match: Per the fare rules, the ticket can't be changed.
match: As per your rental agreement, fuel is charged at the pump price.

[pa-as-outlined-in-your]
pattern: as (stated|outlined|noted|mentioned|explained|specified|described|set out|laid out|detailed|written|shown|indicated|defined|listed|covered) (in|on|by|within) (your|the|our) (policy documents|policy document|policy wording|policy schedule|booking conditions|rental agreement|contract|lease|tenancy agreement|membership agreement|handbook|student handbook|fare rules|conditions of carriage|house rules|t & cs|t and cs|code of conduct|user agreement|service agreement|agreement|terms of your (policy|contract|booking|membership|tenancy|plan))
weight: -1.0
negated: confrontation -1.0
kind: passive-aggressive
message: "As outlined in your policy documents" implies the customer should have read them. Explain the relevant part in plain words.
fix: rephrase
replace: your policy includes
match: As outlined in your policy documents.
nomatch: As stated in your booking confirmation, breakfast is included, enjoy!
match: As detailed in the booking conditions.
match: As set out in your tenancy agreement.

[pa-familiarise-yourself]
pattern: (please|kindly|you should|you may want to|you might want to|we suggest you|i suggest you|we recommend you|i recommend you|we advise you to|i advise you to|we would advise you to|we would suggest you|i would suggest you) (familiarize|familiarise|acquaint) yourself with
weight: -1.0
kind: passive-aggressive
message: "Please familiarise yourself with our policies" lectures the customer. Explain the part that matters to them.
fix: rephrase
replace: here is the part of our policy that applies
match: Please familiarize yourself with our policies.
match: Please familiarise yourself with the rules.

[pa-suggest-you-read]
pattern: (i|we) [would|strongly|would strongly] (suggest|advise|urge) [that] you (read|reread|re read) (the|our|your) (terms|t & cs|terms and conditions|policy|policies|contract|agreement|rental agreement|faq|faqs|booking conditions|fare rules|small print|fine print|manual|instructions|handbook|syllabus|policy wording|policy documents|conditions|rules|lease|documentation)
pattern: (i|we) [would|strongly|would strongly] (suggest|advise|urge) (reading|rereading|re reading) (the|our|your) (terms|t & cs|terms and conditions|policy|policies|contract|agreement|rental agreement|booking conditions|fare rules|small print|fine print|handbook|policy wording|conditions|rules|lease)
pattern: (i|we) [would|strongly|would strongly] (advise|urge) you to (read|reread|re read|review|go over|go through|look over|familiarise yourself with|familiarize yourself with) (the|our|your) (terms|t & cs|terms and conditions|policy|policies|contract|agreement|rental agreement|faq|faqs|booking conditions|fare rules|small print|fine print|manual|instructions|handbook|syllabus|policy wording|policy documents|conditions|rules|lease|documentation)
pattern: (read|review|check) (the|our|your) (terms|t & cs|terms and conditions|policy|contract|agreement|booking conditions|fare rules|conditions|rules|lease|instructions) (more carefully|carefully|properly|thoroughly|in full) (in future|in the future|next time|going forward|before|from now on)
weight: -1.0
kind: passive-aggressive
message: "I'd suggest you read the terms" implies the customer didn't. Explain the relevant part yourself.
fix: rephrase
replace: the relevant part of the terms says
match: I would suggest reading the terms.
match: I'd suggest you read our policy.
match: I suggest you read the FAQ.
match: We advise you to read the terms carefully in future.
nomatch: I'd suggest you check the app for live updates.

[pa-perhaps-you-missed]
pattern: (perhaps|maybe|possibly) you (missed|overlooked|did not see|did not notice|did not read|forgot|skimmed|misread|did not realise|did not realize) (it|this|that|the|our|my)
pattern: you (may|might) have (missed|overlooked|skimmed|misread) (it|this|that|the|our|my) [email|message|section|part|line|note|notice|letter] , but
weight: -1.5
kind: passive-aggressive
message: "Perhaps you missed it" suggests the customer wasn't paying attention. Just give the information again.
fix: rephrase
replace: in case it's useful, here it is again
match: Perhaps you missed it.
match: Perhaps you overlooked the email.
match: You may have missed it, but it was clearly stated.

[pa-im-sure-you-understand]
pattern: (i am|we are) sure you [can|will|would|do] (understand|appreciate|agree|see|realise|realize) [that|why|our|this]
weight: -1.0
kind: passive-aggressive
message: "I'm sure you can understand" pressures the customer to agree. Explain the reason and acknowledge that it is disappointing.
fix: rephrase
replace: I know this isn't the answer you hoped for, and
match: I'm sure you can understand.
match: I'm sure you appreciate that we have rules.

[pa-with-respect-comma]
pattern: ^ (with respect|respectfully|with all respect) ,
pattern: ^ (to be frank|frankly|quite frankly|bluntly) , (you|your|that is|this is|it is|we|i) (are|were|should|did|do|have|need|must|will|can not|do not|did not|is|was|not)
weight: -1.0
kind: passive-aggressive
message: Openers like "With respect," or "Frankly," announce that a put-down is coming. Leave them out and say what you can do.
fix: remove
match: With respect, the fee was shown at checkout.
match: Respectfully, that is incorrect.
match: Frankly, you should have read the terms.
nomatch: Honestly, I'd be upset too.

[pa-as-per-usual]
pattern: , as (always|usual|per usual|ever) (.|!)
weight: -0.3
kind: passive-aggressive
message: "As always," can read as a sigh at the customer. Drop it.
fix: remove
match: Thank you for your patience, as always.
nomatch: As always, we are here to help.

# ---------------------------------------------------------------------------------------------
# policy
# ---------------------------------------------------------------------------------------------

[policy-no-refunds-period]
pattern: , no (refunds|refund|returns|exchanges|compensation|reimbursement|extensions|extension) (.|!)
pattern: (no|zero) (refunds|refund|exceptions|returns|exchanges|compensation|credits|credit|discounts|excuses|extensions|cancellations|changes|transfers|reimbursement|reimbursements) [,] (period|full stop|end of story|end of discussion|no matter what|whatsoever|regardless)
pattern: , (period|full stop) (.|!)
pattern: ^ (period|full stop) (.|!)
pattern: ^ no (refunds|refund|returns|exchanges|compensation|credit|credits|reimbursement|extensions|extension|discount|discounts) (.|!)
weight: -2.0
kind: policy
message: "No refunds, period." refuses without a reason or an alternative. Explain the rule and offer what is possible.
fix: rephrase
replace: we aren't able to offer a refund here, but we can offer
match: No refunds, period.
match: No refunds. Period.
match: No refunds.
match: No extensions whatsoever.
nomatch: No refunds are needed, the charge was reversed automatically.

[policy-we-will-not-be-refunding]
pattern: (we|i) (will not|wont|are not going to|am not going to|would not|will never|shall not) be (refunding|reimbursing|compensating|issuing|offering|providing|giving|making|honoring|honouring|waiving|crediting|replacing|covering|paying|reversing|removing|refunding you|accepting|extending|reinstating|approving)
pattern: (we|i) (will not|wont|are not going to|am not going to) be taking [any] [further|more] action
weight: -1.5
kind: policy
message: "We won't be refunding you" is a flat refusal. Give the reason and any alternative you can offer.
fix: rephrase
replace: we're not able to offer a refund in this case, but we can
match: We won't be refunding you.
match: We will not be offering a refund or compensation.
match: We won't be issuing a refund.

[policy-we-will-not-refund]
pattern: (we|i) (will not|wont|are not going to|am not going to|will never) (refund|reimburse|compensate|credit|waive|reverse|cover|pay for|pay out|replace) (you|this|that|it|the|your|any)
weight: -1.0
kind: policy
message: "We won't refund this" is a flat refusal. Give the reason and any alternative you can offer.
fix: rephrase
replace: we're not able to refund this, but we can
match: We won't refund this order.
match: I will not waive the fee this time.

[policy-no-refund-will-be]
pattern: no (refund|refunds|compensation|credit|credits|reimbursement|goodwill gesture|goodwill payment|exception|exceptions|payment|payout|extension|further action|replacement|voucher|discount) (will|can|would|is going to|shall) be (issued|offered|given|made|provided|paid|granted|considered|processed|taken|applied|sent)
pattern: no [further] action will be taken
weight: -1.5
kind: policy
message: "No refund will be issued" is a flat refusal in the passive voice. Say why, in plain words, and what the customer can still do.
fix: rephrase
replace: we aren't able to refund this, and here is what we can do
match: No compensation will be offered.
match: No refund will be issued.
match: No further action will be taken on this claim.

[policy-claim-denied]
pattern: (your|ur) (claim|request|refund request|appeal|application|complaint|dispute|refund|reimbursement request|compensation claim|return request|exchange request|booking request|extension request|cancellation request|chargeback) (is|has been|was) (denied|rejected|declined|refused|dismissed|not upheld|unsuccessful)
pattern: (the|this) (appeal|claim|request|complaint|dispute) is (denied|rejected|declined|refused|dismissed) (.|!)
pattern: ^ (claim|request|appeal|application|refund) (denied|rejected|declined|refused) (.|!)
weight: -0.5
kind: policy
message: A bare "Your claim is denied." gives the outcome with no reason or next step. Explain why and how to appeal.
fix: rephrase
replace: we weren't able to approve your claim this time, because
match: Your claim is denied.
match: Your appeal has been rejected.
match: Claim denied.
nomatch: Your claim has been approved and the payment is on its way.

[policy-not-liable]
pattern: (we are|we were|we will not be|we can not be|we could not be|we would not be|the company is|the <word> is|the <word> <word> is) not (liable|accountable) (.|!|,|for|in|under)
pattern: (can not|could not|will not) be held (responsible|liable|accountable)
pattern: (accepts|accept|takes|take|bears|bear|assumes|assume|carries|carry) no (responsibility|liability) (for|whatsoever|.|!|,)
pattern: (we are|we were) not liable
weight: -1.5
kind: policy
message: "We are not liable" answers a customer's loss with legal language. Acknowledge the loss and say what you can do, even if it is only helping them claim elsewhere.
fix: rephrase
replace: this isn't something our cover includes, but I'd like to help you find the right route
match: We are not liable.
match: The airline is not liable for delays.
match: The hotel accepts no responsibility for valuables.
match: The company cannot be held responsible for lost items.

[policy-no-obligation]
pattern: (we are|we were|i am) under no obligation [to|whatsoever]
pattern: (we|i) (have|had) no obligation to
pattern: (we are|we were|i am) not (obligated|obliged|required|bound|legally required|legally obliged) to (.|!)
pattern: (we are|we were|i am) not (obligated|obliged|required|bound|legally required|legally obliged) to (refund|reimburse|compensate|offer|give|provide|accept|honor|honour|replace|repair|pay|cover|extend|make|do)
weight: -1.5
kind: policy
message: "We are under no obligation" argues the law instead of helping. Say what you can do.
fix: rephrase
replace: while this isn't covered, here's what I can do
match: We are under no obligation to refund.
match: We have no obligation to refund you.
match: We are not obligated to replace the item.

[policy-it-is-policy]
pattern: (it is|that is|this is|its|thats) [just|simply|only] (policy|our policy|the policy|store policy|hotel policy|airline policy|bank policy|school policy|our terms|the terms|our rules|our procedure|procedure|protocol|our protocol) (.|!)
pattern: (those|these) are (the|our) (terms|rules|conditions) (.|!|,)
pattern: (that is|this is|thats) what the (terms|rules|policy|contract|agreement|conditions|t & cs) (say|says|state|states|said)
weight: -1.5
kind: policy
message: "It's policy." hides behind a rule instead of explaining it. Say what the rule is for and what you can do within it.
fix: rephrase
replace: the reason for this rule is
match: It's policy.
match: That's our policy.
match: Those are the terms.
match: That's what the terms say.
nomatch: That is our policy for gift cards, and here is how to use yours.

[policy-terms-are-clear]
pattern: (the|our|your) (policy|policies|terms|t & cs|rules|contract|agreement|conditions|terms and conditions|guidelines|wording) (is|are) [very|perfectly|quite|crystal|extremely|really|abundantly|totally] clear (.|!|,|on this|on that|about this|about that|here)
pattern: (the|our|your) (terms|t & cs|contract|agreement|conditions|terms and conditions) [clearly|explicitly|plainly] (state|say|stipulate|specify|set out|spell out)
weight: -1.5
kind: policy
message: "The terms are very clear" tells the customer they should have known. Explain the relevant part in plain words.
fix: rephrase
replace: the booking terms explain that
match: Our terms are clear.
match: The terms are very clear.
match: The terms clearly state that.

[policy-rules-apply-to-everyone]
pattern: (the|our|these|those|this|that) (rules|rule|policy|policies|terms|fees|fee|charges|conditions) (apply|applies) (to|for) (everyone|everybody|all customers|all guests|all passengers|all members|all students|every customer|all our customers|all of our customers)
pattern: (the|our) (rules|rule|policy|terms|conditions) (are|is) the same for (everyone|everybody|all customers|all guests|all passengers|all members|all students|every customer)
pattern: (we|i) (can not|do not|will not) (make|bend|break) (the|our|any) (rules|rule|policy|exception) for (you|one customer|one person|anyone|individual customers)
weight: -1.0
kind: policy
message: "The rules apply to everyone" turns the customer into a case number. Acknowledge their situation and explain what is possible.
fix: rephrase
replace: I know this is frustrating, and this rule applies to every booking because
match: The rules apply to everyone.
match: The rules are the same for everyone.

[policy-we-do-not-do-refunds]
pattern: (we|i) (do not|never|will not|can not) (do|give|offer|issue|provide|allow|accept) (refunds|returns|exchanges|compensation|credits|discounts|price matches|rain checks|cash refunds|partial refunds|goodwill gestures|extensions) (.|!|,|period|here|ever|full stop)
pattern: (all|every) (sales|sale) [are|is] final (.|!|,|and|so)
weight: -1.0
kind: policy
message: "We don't do refunds." refuses without an alternative. Explain the policy and what you can offer.
fix: rephrase
replace: we don't offer refunds on this, but we can offer
match: We don't do refunds.
match: We do not give refunds.
match: All sales are final.
nomatch: We do not offer refunds on gift cards, but we can send a replacement code.

[policy-tautology-more]
pattern: (rules|policy) (r|are|is) (rules|policy)
pattern: (non refundable|nonrefundable|final sale|no refund|no refunds|closed|expired|sold out|late|final|banned|cancelled|canceled|void|binding|mandatory|compulsory|the deadline|a deadline|a contract|the contract|the terms|terms) (means|is) (non refundable|nonrefundable|final sale|no refund|no refunds|closed|expired|sold out|late|final|banned|cancelled|canceled|void|binding|mandatory|compulsory|the deadline|a deadline|a contract|the contract|the terms|terms) (.|!|,)
weight: -2.0
kind: dismissive
message: Tautologies such as "non-refundable means non-refundable" refuse to engage. Explain the reason and any option that remains.
fix: rephrase
replace: this ticket type can't be refunded, but here is what we can do
match: Non refundable means non refundable.
match: A deadline is a deadline.

[policy-charge-stands]
pattern: (the|this|that|your|our|my) (charge|charges|fee|fees|fine|fines|penalty|penalties|ban|suspension|ruling|assessment|rejection|denial|cancellation|bill|invoice|surcharge|excess|deduction) (stands|still stands|will stand|remains in place|remains unchanged|is upheld|has been upheld|will remain in place|will not be (reversed|removed|refunded|waived|changed|cancelled|canceled|credited|reduced|withdrawn|overturned)) (.|!|,|and)
pattern: (the|this|that|your) (charge|charges|fee|fees|fine|penalty|ban|suspension|grade|mark|decision|deduction|surcharge) will not be (reversed|removed|refunded|waived|changed|cancelled|canceled|credited|reduced|withdrawn|overturned|lifted|adjusted)
weight: -1.5
kind: policy
message: "The charge stands" closes the matter without explanation. Say why the charge applies and how the customer can dispute it.
fix: rephrase
replace: the charge applies because
match: The penalty stands.
match: The charge will not be reversed.
match: The surcharge stands and will not be removed.
nomatch: The offer stands until Friday, so there's time to decide.

[policy-applies-regardless]
pattern: (applies|apply|will apply|is charged|are charged|will be charged|is payable|are payable|is due|is applied|are applied|stays|stands) (regardless|either way|no matter what|in all cases|without exception|whatever the reason|irrespective of)
pattern: regardless of (the reason|your reason|your reasons|your circumstances|the circumstances|your situation|what you were told|what you thought|whether you)
weight: -1.5
negated: confrontation -1.5
kind: policy
message: "The fee applies regardless" dismisses the customer's circumstances. Acknowledge them and explain what is possible.
fix: rephrase
replace: applies in this case, and I understand that's disappointing
match: The fee applies regardless.
match: The charge is payable regardless of your circumstances.

[policy-stand-by-decision]
pattern: (we|i) (stand by|are standing by|will stand by|fully stand by|maintain|uphold|stand behind) (our|the|this|that|my) (decision|charge|charges|fee|assessment|ruling|position|original decision|initial decision|response|answer|outcome)
pattern: (we|i) (will not|are not going to|am not going to|do not intend to|can not) (reconsider|revisit|reverse|overturn|change|alter|review) (our|the|this|that|my) (decision|position|ruling|assessment|stance|answer|outcome)
pattern: (we|i) (will not|are not going to) be (reconsidering|revisiting|reviewing|reopening|re opening)
pattern: (we|i) (will not|are not going to|am not going to) (reconsider|revisit|reverse|overturn) (.|!|this|it|that)
weight: -1.5
kind: policy
message: "We stand by our decision" closes the door. Explain the reasons and how the customer can escalate.
fix: rephrase
replace: we've reviewed this carefully, and if you'd like a second review, here is how
match: We stand by our decision.
match: We will not reconsider our decision.
match: We won't change our decision.
match: We will not be reconsidering.

[policy-final-answer]
pattern: (that is|this is|it is|thats|here is) (our|my|the company's) (final|last) (answer|offer|response|position|decision|word|reply|say|communication)
pattern: there will be no (further|more) (review|reviews|discussion|correspondence|appeal|appeals|action|exceptions|refund|refunds|compensation|contact|responses|replies|extensions)
pattern: ^ case closed (.|!)
pattern: end of (story|discussion|conversation|debate|matter) (.|!)
weight: -1.5
kind: policy
message: "That is our final answer" ends the conversation without a way forward. Explain the decision and mention any escalation route.
fix: rephrase
replace: this is the outcome of our review, and if you disagree you can
match: That is our final answer.
match: This is our final position.
match: There will be no further review.
match: Case closed.

[policy-under-no-circumstances]
pattern: under no circumstances
pattern: (not|never|no) *4 under any circumstances
pattern: under any circumstances (.|!)
weight: -1.5
negated: confrontation -1.5
kind: policy
message: "Under no circumstances" is a blanket refusal. Explain the rule and what is possible.
fix: rephrase
replace: in this case
match: Under no circumstances will we refund.
match: The deposit is kept under any circumstances.

[policy-change-of-mind]
pattern: (change of mind|changing your mind|changed your mind|buyer's remorse|buyers remorse) (is not|does not|is no longer|would not be|are not|will not be) (a valid reason|grounds|valid grounds|covered|eligible|accepted|a reason|qualify|an option|our problem|our fault)
pattern: (no|not) (refund|refunds|returns|exchanges) for (change of mind|changing your mind|buyer's remorse|buyers remorse)
weight: -1.0
kind: policy
message: "Change of mind is not a valid reason" judges the customer's reasons. Explain what options do exist, such as exchange or credit.
fix: rephrase
replace: we can't refund a change of mind, but we can offer
match: There is no refund for change of mind.
match: Change of mind is not a valid reason.

[policy-at-your-own-risk]
pattern: (at|is at) your own risk
pattern: (you|u) (took|take|accepted|accept|assumed) (the|that|this) risk
weight: -1.0
negated: confrontation -1.0
kind: policy
message: "At your own risk" shifts all responsibility onto the customer. Explain what is and isn't covered and why.
fix: rephrase
replace: without cover from us
match: Items left in the car are at your own risk.
match: You took that risk when you booked.

[policy-contract-minimum]
pattern: you (signed up for|agreed to|committed to|signed) (a|the) (<number>|twelve|eighteen|twenty four|one year|two year) (month|year|months|years) (contract|membership|agreement|term|minimum term|plan) [,|and|so]
weight: -1.0
kind: policy
message: Reminding the customer what they signed up for argues the contract. Explain the options to leave early or pause.
fix: rephrase
replace: your plan has a minimum term, and here are the options
match: You signed up for a 12 month contract, so the fee applies.

# ---------------------------------------------------------------------------------------------
# absolute
# ---------------------------------------------------------------------------------------------

[you-always-do-this]
pattern: (you|u) (always|constantly|keep|never stop) (do|doing) (this|that|it)
pattern: (you|u) do (this|that|it) (every|each) (time|month|week|year|single time|single month|order|booking)
pattern: this is the (second|third|fourth|fifth|sixth|tenth|nth|umpteenth|hundredth) time (you|that you) (have|did|are|were|had|forgot|missed|called|contacted|complained|asked|ordered|booked)
pattern: (every|each) [single] (month|week|year|order|booking|bill|invoice) (you|u) (complain|call|contact us|email|ask|forget|miss|dispute)
weight: -2.0
kind: absolute
message: "You always do this" generalizes about the customer and turns one problem into a character flaw. Talk about this case only.
fix: rephrase
replace: this has happened before, so let's find a way to prevent it
match: You always do this.
match: You do this every month.
match: This is the third time you've done this.
match: Every single month you complain.

[you-never-pay]
pattern: (you|u) (never|always) (pay|paid|pay on time|paid on time|pay late|paid late|read|check|follow|listen|reply|respond|turn up|show up|cancel|return|update)
pattern: (you are|you were|u are) always (late|behind|overdrawn|in arrears|missing|forgetting|complaining|asking|calling|changing|cancelling|canceling|the one)
weight: -1.5
kind: absolute
message: "You never pay on time" is a sweeping judgement of the customer. State the facts of this account and the options.
fix: rephrase
replace: the last few payments arrived after the due date
match: You never pay on time.
match: You're always late.
nomatch: You can always pay online in the app.

# ---------------------------------------------------------------------------------------------
# shouting
# ---------------------------------------------------------------------------------------------

[shout-said-caps]
pattern: (said|says|told you|told|stated|states|clearly says|wrote|written|reads|marked) <caps> (.|!|!!|,)
pattern: (is|are|was|were|must|will|do|did|does|have|has|had|can) <caps> (be|been|have|a|an|the|to|refundable|allowed|possible|responsible|liable|covered|included|accepted|available|eligible|valid|working|broken)
weight: -1.0
kind: shouting
message: A word in capitals is shouting at the customer. Write it in normal case; bold or a calm repeat is enough.
fix: rephrase
replace: says
match: The sign says CLOSED.
match: The email said NO.
match: The ticket is NOT refundable.
match: This voucher is NOT valid after June.

# ---------------------------------------------------------------------------------------------
# sarcasm
# ---------------------------------------------------------------------------------------------

[sarcasm-thanks-for-the-essay]
pattern: (thanks|thank you) for the (essay|novel|lecture|life story|rant|speech|sermon|tirade|monologue|wall of text|autobiography|history lesson|tutorial)
pattern: (thanks|thank you) for (your|that) (essay|novel|lecture|life story|rant|speech|sermon|tirade|monologue|wall of text)
weight: -2.0
kind: sarcasm
message: Mocking the length of the customer's message dismisses it. Thank them for the detail and answer it.
fix: rephrase
replace: thank you for the detail
match: Thanks for the essay.
match: Thank you for that lecture.

[sarcasm-good-try]
pattern: ^ good (try|attempt) [though] (.|,)
pattern: ^ (nice|good) try (buddy|pal|mate|champ|sir|madam|bud)
weight: -2.0
kind: sarcasm
message: "Good try" treats the request as a trick. Respond to it as a real request.
fix: rephrase
replace: I understand why you asked, but
match: Good try.
match: Nice try buddy, the code has expired.

[sarcasm-oh-really]
pattern: ^ oh [,] really (?|??|?!)
pattern: ^ [oh] [,] (is that so|you think so|do you think so) (?|??|?!)
weight: -1.5
kind: sarcasm
message: "Oh really?" answers the customer with disbelief. Ask a genuine question or explain what the records show.
fix: rephrase
replace: thanks for letting me know
match: Oh really?
match: Oh, is that so?

[sarcasm-shocking]
pattern: ^ (shocking|imagine that|fancy that|go figure|who would have thought|who would have guessed) .
weight: -1.5
kind: sarcasm
message: "Shocking." mocks the customer's surprise. Explain what happened plainly.
fix: rephrase
replace: I understand this is a surprise
match: Shocking.
match: Go figure.

[sarcasm-cool-story-bare]
pattern: ^ cool story (.|!)
pattern: ^ (noted|okay|sure) , (thanks|thank you) for (sharing|your input|the input|the feedback) (.|!)
weight: -2.0
kind: sarcasm
message: "Cool story." brushes the customer off with mockery. Respond to what they said.
fix: rephrase
replace: thanks for telling me what happened
match: Cool story.

[sarcasm-have-fun-with-that]
pattern: (have fun|enjoy) with that
pattern: good luck with (your|the|that|this) (complaint|claim|appeal|chargeback|dispute|lawsuit|review|case|bad review|ombudsman complaint|small claims)
pattern: good luck (with that|on that|trying|finding|getting) (.|!|,|lol|though)
weight: -2.0
kind: sarcasm
message: "Good luck with your complaint" mocks the customer's next step. Tell them how to escalate if they want to.
fix: rephrase
replace: if you'd like to escalate, here is how
match: Have fun with that.
match: Good luck with your complaint.
nomatch: Good luck with your exam tomorrow!

[sarcasm-yeah-no]
pattern: ^ (yeah|yes|yea) [,] no (.|!|,)
pattern: ^ (nope|nah|nay|no way|no chance|not a chance|fat chance|not happening|ain't happening|not gonna happen|not going to happen|never gonna happen|never going to happen) (.|!!)
pattern: (that is|it is|this is|thats) not (happening|going to happen) (.|!|!!)
weight: -2.0
kind: dismissive
message: "Yeah, no." or "Not happening." refuses with a shrug. Give the reason and what you can offer instead.
fix: rephrase
replace: I'm not able to do that, but
match: Yeah, no.
match: Nope.
match: Nah.
match: Not happening.
match: That's not going to happen.
nomatch: Nope, no extra charge at all!
nomatch: Nope! Still the same price.

[sarcasm-dream-on]
pattern: (keep|you can keep) dreaming
pattern: in your dreams
pattern: ^ dream on (.|!)
pattern: ^ (riight|riiight|riiiight|suuure|suuuure|sureee|yeah sure|yeah right|sure sure) (.|!|,)
pattern: ^ (we will|we shall) see .
weight: -2.0
kind: sarcasm
message: "Keep dreaming" mocks the customer's request. Say what is possible instead.
fix: rephrase
replace: that isn't something we can offer, but
match: Keep dreaming.
match: In your dreams.
match: Riiight.
match: We'll see.

[sarcasm-sure-thing-buddy]
pattern: sure (thing|thang) [,] (buddy|pal|champ|chief|sweetie|sweetheart|hon|bud|mate|boss|sunshine|sport|kiddo)
pattern: (okay|ok|right|alright|whatever|fine|sure) [,] (sweetie|sweetheart|hon|honey|darling|kiddo|sunshine|sport|princess|buddy|pal|champ|chief|bud)
weight: -2.0
kind: sarcasm
message: Calling the customer "buddy" or "sweetie" is patronizing. Use their name or no form of address.
fix: rephrase
replace: sure
match: Sure thing, buddy.
match: Okay sweetie, the store is closed.

[sarcasm-lol]
pattern: ^ (lol|lmao|lmfao|rofl) (.|!|,|??|?) (no|nope|not|you|u|sure|good luck|nice try|yeah right|whatever)
pattern: (lmao|lmfao|rofl) (.|!|?|??)
pattern: (lmao|lmfao|rofl)
weight: -1.0
kind: sarcasm
message: Laughing at the customer's message ("lol") mocks them. Respond to what they asked.
fix: remove
match: lol. you should have read the terms.
match: That fee is in the terms lmao.
nomatch: Thanks for the laugh, have a great weekend!
nomatch: Lol, that's a great name for a dog.
nomatch: Haha, we love that idea!

# ---------------------------------------------------------------------------------------------
# non-apology
# ---------------------------------------------------------------------------------------------

[nonapology-apologize-if-you-feel]
pattern: (we|i) (apologize|apologise|regret) (if|that) you (feel|felt) (that way|this way|like that|so)
pattern: (apologies|my apologies|our apologies) (if|that) you (feel|felt) (that way|this way|like that|so)
pattern: (we|i) (apologize|apologise) (if|that) you (think|believe|perceive|perceived) (that|this|so) (.|!)
weight: -2.0
kind: non-apology
message: "We apologize if you feel that way" apologizes for the customer's feelings, not for what happened. Apologize for the specific problem, or explain without a false apology.
fix: rephrase
replace: I'm sorry for the trouble this caused
match: We apologize if you feel that way.
match: Apologies if you feel that way.
match: I apologize that you think that.
nomatch: I apologize if you feel that our replies haven't helped, and I'm here to fix this.

[nonapology-perceived]
pattern: (any|the|your|this|that) perceived (inconvenience|issue|problem|error|mistake|delay|slight|rudeness|lack|unfairness|failure|shortcoming|overcharge|fault|wrong)
weight: -2.0
kind: non-apology
message: "Perceived inconvenience" suggests the customer imagined the problem. Name the actual problem and apologize for it.
fix: rephrase
replace: the inconvenience
match: We apologise for any perceived inconvenience.

[nonapology-sorry-you-were-confused]
pattern: (sorry|apologies|we apologize|we apologise|i apologize|i apologise) if you (were|are|got|felt|have been|became) (confused|mistaken|under the impression)
pattern: (sorry|apologies|we apologize|we apologise|i apologize|i apologise) for your (confusion|misunderstanding|misreading|mistake|error|oversight)
weight: -1.5
kind: non-apology
message: "Sorry for your confusion" puts the confusion on the customer. Apologize for the unclear information and explain again.
fix: rephrase
replace: sorry this wasn't clearer
match: Sorry if you were confused.
match: Sorry for your confusion.
nomatch: Sorry for the confusion in my last email, here is the correct date.

[nonapology-sorry-you-are-unhappy-but]
pattern: (we|i) regret that you (are|were|feel|felt) (dissatisfied|unhappy|disappointed|not satisfied|not happy|upset|displeased) [with (this|that|it|the <word>|our <word>|our decision|the outcome)] [,] [but|however]
weight: -1.0
kind: non-apology
message: "Sorry you're unhappy, but" takes the apology back in the same breath. Acknowledge the problem and say what you can do.
fix: rephrase
replace: I understand why you're unhappy, and
match: We regret that you are dissatisfied, however the charge stands.

[nonapology-sorry-cant-help]
pattern: ^ (sorry|apologies|sry|soz) [,] [but] (can not|can not really|we can not|i can not) (help|assist|do anything|do that|fix that|change that) [with (that|this|it)|about (that|this|it)|there|here] (.|!|,)
pattern: ^ (sorry|apologies|sry|soz) [,] (not my|not our) (problem|department|issue|fault|area|job)
weight: -1.5
kind: non-apology
message: "Sorry, can't help." apologizes and walks away. Say who can help, or what you can do.
fix: rephrase
replace: I can't change this myself, but here is who can help
match: Sorry, can't help.
match: Sorry, not my department.

[nonapology-sorry-you-did-not-read]
pattern: sorry [that] you (did not|chose not to|failed to|decided not to|were unable to|could not) (read|check|follow|see|understand|notice|keep|return|cancel|reply)
pattern: (we|i) (apologize|apologise|regret) that you (did not|do not|could not|failed to|were unable to) (understand|read|follow|see|check|notice)
weight: -2.0
kind: non-apology
message: "Sorry that you didn't read the email" is blame dressed as an apology. Give the information again without the dig.
fix: rephrase
replace: sorry this wasn't clearer
match: Sorry that you chose not to read the email.
match: We apologise that you didn't understand the process.

# ---------------------------------------------------------------------------------------------
# blame: what the customer did or didn't do, stated as the cause
# ---------------------------------------------------------------------------------------------

[properly-this-time]
pattern: (fill|filling|enter|entering|type|typing|complete|completing|read|reading|follow|following|do|doing|send|sending|submit|submitting|answer|answering) *4 (properly|correctly|right|carefully|accurately) this time
pattern: (try|do it|fill it in|fill it out|send it|read it) again (properly|correctly|carefully) [this time]
weight: -1.5
kind: condescending
message: "Properly this time" implies the customer got it wrong through carelessness. Say exactly what is missing.
fix: remove
match: Fill out the form properly this time.
match: Please send it again correctly this time.
nomatch: It worked this time, thanks for your patience.
nomatch: You were charged correctly this time.

[learn-to-read]
pattern: learn (to|how to) (read|follow instructions|follow the instructions|check your|pay attention|use a calendar|spell|count|tell the time|read a calendar)
pattern: (can|could) (you|u) (not|even) read (?|??|?!)
pattern: you can read , (right|can not you) (?|??|?!)
weight: -2.5
kind: condescending
message: "Learn to read" is an insult. Point to the information and explain it.
fix: rephrase
replace: here is where that is explained
match: Learn to read the booking page.
match: You can read, right?

[you-entered-it-incorrectly]
pattern: ^ (you|u) (entered|typed|input|filled in|filled out|gave us|provided|spelled|spelt|wrote|keyed in|put in|set) *3 (incorrectly|wrongly|wrong|inaccurately|badly|in the wrong)
pattern: (because|since|as|so) (you|u) (entered|typed|input|filled in|filled out|gave us|provided|spelled|spelt|wrote|keyed in|put in) *3 (incorrectly|wrongly|wrong|inaccurately|badly|in the wrong)
weight: -1.0
kind: blame
message: "You entered it incorrectly" points at the customer's mistake. Say which detail needs changing and how.
fix: rephrase
replace: the details on file don't match
match: You entered your card details incorrectly.
match: u typed the postcode wrong
nomatch: Locate the delivery address that you entered incorrectly and click Edit.

[you-should-know-how]
pattern: you should (already|really|surely|by now|definitely) (know|understand|be aware|realise|realize)
pattern: you should [already] know how to
pattern: you (ought to|must) [already] know (how|that|this|by now)
weight: -1.5
kind: condescending
message: "You should know how to do this" talks down to the customer. Walk them through it.
fix: rephrase
replace: here is how to
match: You should know how to reset a password.
match: You must already know that the shop closes at six.
nomatch: You should know that your order has shipped.

[you-let-it-lapse]
pattern: (you|u) (let|allowed) (it|them|your <word>|the <word>|your <word> <word>) [to] (lapse|expire|run out|auto renew|renew|go overdue|slide|go unpaid|default)
weight: -1.0
kind: blame
message: "You let your membership lapse" blames the customer. Explain how to reinstate it.
fix: rephrase
replace: the membership has lapsed
match: You let your membership auto renew.
match: You allowed the policy to lapse.

[you-did-not-on-time]
pattern: you did not (return|pay|cancel|respond|reply|collect|renew|arrive|submit|send|call|notify us|show up|turn up|check in|check out|register|apply|book|claim|report) *3 (on time|in time|by the deadline|before the deadline|within|before the|by the due date)
pattern: you did not (respond|reply|react) to (our|my|any of our|the|any of the) (emails|letters|messages|calls|reminders|notices|requests|texts|notifications|warnings)
pattern: you (ignored|did not read|did not open|never opened) (our|my|the|any of our|all of our) (emails|letters|messages|reminders|notices|warnings|texts|notifications)
weight: -1.5
kind: blame
message: Stating what the customer failed to do on time puts the blame on them. State the timeline neutrally and what can still be done.
fix: rephrase
replace: we didn't receive this by the deadline
match: You didn't return the car on time, so you were charged.
match: You didn't respond to our emails, so the claim was closed.
match: You ignored our reminders.

[you-damaged-it-so]
pattern: (you|u) (damaged|broke|cracked|dropped|smashed|bent|scratched|lost|misused|modified|tampered with|opened|dented|stained|ripped|tore|spilled on|washed) (it|them|the <word>|your <word>|the <word> <word>|your <word> <word>) [,] (so|which means|which is why|therefore|and that)
weight: -1.5
kind: blame
message: "You damaged it, so ..." states the customer's fault as the reason for a refusal. Describe the condition of the item neutrally and the options.
fix: rephrase
replace: the item shows damage, so
match: You damaged the phone, so the warranty is void.
match: You dropped it, which is why it's not covered.

# ---------------------------------------------------------------------------------------------
# more blame, condescension and deflection: structures rather than set phrases
# ---------------------------------------------------------------------------------------------

[explained-n-times]
pattern: (explained|told you|answered|gone over|repeated|clarified|stated|outlined) *5 ((two|three|four|five|six|several|multiple|many|numerous|countless|so many|a hundred|a dozen|<number>) times|twice|repeatedly|over and over|more than once)
pattern: ^ twice (.|!)
weight: -1.5
kind: passive-aggressive
message: Counting how often something was explained scolds the customer. If they are asking again, the answer didn't land: try different words.
fix: rephrase
replace: to recap
match: We've explained the resort fee three times now.
match: This has been answered in the forum many times.
match: I already sent you the link. Twice.
nomatch: We have asked the courier several times for an update.
nomatch: I've confirmed with the warehouse twice and it has shipped.

[x-is-final]
pattern: (the|our|your|my) <word> (decision|decisions|ruling|verdict) (is|are|remains) [absolutely|completely] final
pattern: (the|this|that|your|our|my|any) [<word>] (charge|fee|fees|grade|mark|marks|ruling|outcome|result|results|assessment|penalty|bill|answer|verdict|score|refusal|rejection|determination) (is|are|remains|will be) [absolutely|completely] final (.|!|,|and|so)
pattern: ^ end of (.|!)
pattern: so (that is|thats) (the end of it|the end of that|the end of the matter|all there is to it) (.|!)
weight: -1.5
kind: policy
message: "The charge is final" closes the matter without a reason or a way forward. Explain why and how to ask for a review.
fix: rephrase
replace: this is the outcome of our review, and here is how to ask for another look
match: The damage charge is final.
match: Your deposit will not be returned. End of.
nomatch: The final price is shown before you pay.

[so-you-pay]
pattern: , so (you|u) (pay|owe|are paying|have to pay|need to pay|must pay|lose|lost|forfeit|forfeited|are liable|are responsible|were charged|get charged|got charged|pay for it|pay the)
pattern: , so of course
pattern: so of course (it|you|the|that|this)
weight: -1.5
kind: blame
message: "..., so you pay for it" turns an explanation into a verdict on the customer. Explain the charge and any option to reduce or dispute it.
fix: rephrase
replace: , which means a charge of
match: You brought it back half empty, so you pay for the fuel.
match: You washed the jumper on hot, so of course it shrank.

[you-were-late]
pattern: ^ (you|u) (were|was|arrived|showed up|turned up|got there|came) (late|too late|after the cut off|after the deadline|after check in closed|after boarding closed) (for|to|at|and|so|,|.)
pattern: (you|u) (needed|had) to (order|book|cancel|apply|register|pay|submit|call|request|arrive|check in|tell us|notify us|return|renew|confirm|collect) *6 (in advance|beforehand|earlier|first|by the|before the|in time|on time)
weight: -1.0
kind: blame
message: "You were late" states the customer's fault as the whole explanation. Say what happened and what can still be done.
fix: rephrase
replace: the booking shows a later arrival time, and
match: You were late for your pick up time, so the car was released.
match: You needed to order your repeat prescription 48 hours in advance.
nomatch: Sorry the bus was late and you missed the start.

[you-had-the-whole]
pattern: you had (the whole|a whole|an entire|the entire|all) (term|month|week|year|day|semester|weekend|summer|season|holiday|period|window|notice period|two weeks|six months) [to]
weight: -1.5
kind: blame
message: "You had the whole term" scolds the customer for not acting sooner. State the deadline neutrally and what is still possible.
fix: rephrase
replace: the deadline for this was
match: You had the whole term to submit the essay.

[as-the-handbook-says]
pattern: as (the|our|your) (handbook|terms|policy|contract|rules|sign|signs|agreement|syllabus|manual|instructions|guidance|notice|t & cs) (says|said|states|stated|clearly says|clearly states|explains|explained|shows|showed|makes clear|clearly shows|spells out)
weight: -1.0
kind: passive-aggressive
message: "As the handbook says" points the customer at a document they are assumed to have ignored. Explain the rule directly.
fix: rephrase
replace: under our rules,
match: Attendance is mandatory, as the handbook says.

[do-not-contact-x-again]
pattern: [please] do not (email|contact|call|message|write to|text|ring|phone|chase|tag|dm|bother|pester) (us|me|the <word>|our <word>|this <word>|the <word> <word>|your <word>|him|her|them) again
pattern: [please] do not (apply|reapply|ask|claim|write in|complain|request this|raise this|bring this up|ask about this) again
weight: -2.5
kind: commanding
message: "Don't contact the tutor again" shuts the customer out. If the matter is closed, say where they can go next.
fix: rephrase
replace: if you have more questions, you can reach
match: Please don't email the tutor again about the mark.
match: You don't qualify. Please don't apply again.

[rules-there-for-a-reason]
pattern: (rules|policies|deadlines|limits|fees|terms|procedures|the rules|our rules|the deadline|the limit|the procedure|these rules|those rules) (are|is|exist|exists) [there|in place] for a [good] reason
pattern: (that is|it is|thats) the law (.|!|,)
weight: -1.5
kind: policy
message: "Rules are there for a reason" defends the rule instead of explaining it. Say what the reason is and what the customer can do.
fix: rephrase
replace: the reason for this rule is
match: Rules are there for a reason.
match: We can't give out medication without a valid prescription, that's the law.

[says-so-on-the]
pattern: (it|this|that) (says|states|said|stated|shows) so (on|in) (the|your|our) <word> [<word>] (.|!)
pattern: (it|that|this) (says|states|said) (that|this|it) (clearly|plainly|right there|in bold|in capitals|in big letters)
weight: -1.5
kind: condescending
message: "It says so on the slip" implies the customer didn't look. Tell them what it says and what it means for them.
fix: rephrase
replace: it's noted on
match: It says so on the slip.
match: It says that in bold on the booking page.

[wont-go-over-it-again]
pattern: (we|i) (will not|are not going to|am not going to|do not intend to|refuse to) (go over|go through|explain|repeat|discuss|argue about|debate|rehash|revisit|keep going over) (it|this|that|the same thing|the same points|everything) (again|once more|any more|anymore|a second time)
pattern: (we|i) (will not|are not going to|am not going to) keep (going round|going around|going back and forth|arguing|debating|discussing|having this conversation|going over this|repeating ourselves|repeating myself)
pattern: (going|go|went|are going) (round|around) in circles
weight: -2.0
kind: passive-aggressive
message: Refusing to go over it again tells the customer their follow-up is unwelcome. Summarize the answer once more, briefly.
fix: rephrase
replace: to recap briefly
match: The pharmacist has already explained why. We won't go over it again.
match: Honestly, we're not going to keep going round in circles.

[someone-already-explained]
pattern: (the|our|my|your) <word> [<word>] (has|have|had) already (explained|told you|answered|covered|confirmed|clarified|been through) (this|that|it|why|the|everything|what)
weight: -1.5
kind: passive-aggressive
message: "The pharmacist has already explained this" tells the customer they should not be asking. Give the answer again, briefly.
fix: rephrase
replace: to recap what my colleague explained,
match: The pharmacist has already explained why.
match: Our agent had already told you this on the phone.

[read-before-you]
pattern: ^ (read|check|look at) (the|our|your) <word> [<word>] before (you|u|buying|booking|ordering|paying|complaining|contacting|asking|raising|opening|signing|changing|messaging|emailing|calling|tweeting|posting)
pattern: before (raising|opening|submitting|logging|creating|filing|sending) (a|another|any more|more|further) (ticket|tickets|case|cases|complaint|complaints|query|queries|claim|claims)
weight: -1.5
kind: condescending
message: "Read the seating plan before you buy" lectures the customer after the fact. Explain what applies now and offer help.
fix: rephrase
replace: for future bookings, it can help to look at
match: Read the seating plan before you buy.
match: Please read the documentation before raising a ticket.
match: Check the billing page before changing plans.

[no-x-no-y]
pattern: no (receipt|ticket|proof|photo|photos|pir|report|booking|id|label|tag|tags|box|packaging|invoice|prescription|reference|crime number|police report) [,] no (refund|refunds|entry|claim|compensation|return|returns|exchange|service|replacement|repair|payout)
pattern: , so no (refunds|refund|compensation|exceptions|returns|exchanges|credit|credits|replacement|voucher)
weight: -2.0
kind: policy
message: "No receipt, no refund" refuses in a slogan. Say what other proof you can accept or what else can be done.
fix: rephrase
replace: without a receipt we can't refund, but we can check the payment by card
match: The receipt is required. No receipt, no refund.
match: The event is going ahead, so no refunds.

[your-responsibility-not-ours]
pattern: your (responsibility|problem|job|fault|issue|concern|business|lookout|headache|choice|decision|call|doing|idea|risk) , not (ours|mine|our <word>|the <word>)
pattern: (is|are|was|were) (your|the customer's|the guest's|the member's|the student's) (responsibility|problem|job|fault|lookout) (,|.) not (ours|mine|ours .|ours !)
weight: -2.0
kind: blame
message: "That's your responsibility, not ours" pushes the customer away. Say who can help and how you can support them.
fix: rephrase
replace: this is handled on your side, and here's how I can help
match: Resale is your responsibility, not ours.

[like-everyone-else-does]
pattern: like (everyone|everybody) else (does|did|has to|had to|must|do|manages|managed|pays|paid|waits|waited)
pattern: (everyone|everybody|all customers|every customer|all our customers|all guests|all members) (pays|has to pay|must pay|pays the same|gets charged|is charged|has to wait|waits|follows the same)
weight: -1.5
kind: condescending
message: "Like everyone else does" lumps the customer in with the crowd and implies they're asking for special treatment. Explain the process for them.
fix: rephrase
replace: the way to do this is
match: Cancel your membership in the app like everyone else does.
match: It's a standard fee, everyone pays it.
nomatch: Like everyone else, we were caught out by the storm.

[you-did-not-curt]
pattern: ^ (you|u) (did not|do not|have not|were not|are not|could not|never did) (.|!)
weight: -1.5
kind: blame
message: A curt "You didn't." throws the failure back at the customer. Say what is needed now.
fix: rephrase
replace: we didn't receive the request in time
match: The freeze option is only for members who ask in time. You didn't.

[nothing-to-apologise-for]
pattern: (there is|we have|i have|we have got|there is really|there was) [absolutely|really] nothing to (apologize|apologise|be sorry) for
pattern: (we|i) (will not|are not going to|do not need to|do not have to|have no reason to) (apologize|apologise|say sorry) (for|.|!)
weight: -2.0
kind: non-apology
message: Refusing to apologize tells the customer their experience doesn't count. You can acknowledge how it felt without admitting fault.
fix: rephrase
replace: I'm sorry this was such a frustrating experience
match: Our crew followed procedure. There is nothing to apologize for.
match: We won't apologise for following the rules.
nomatch: You have nothing to apologise for, it was our mistake.

[because-you-did-not-more]
pattern: (because|since|as|cause) (you|u) (did not|had not|have not|never|failed to) (leave|allow|set|book|arrive|bring|print|save|use|activate|verify|confirm|sign|notify|inform|order|buy|purchase|take|turn|lock|back up|opt|select|choose|tick|answer|pick up|show up|turn up|log|guarantee|secure|reserve|insure|prepay|pre pay|top up)
pattern: (did not|do not|does not|had not) have (enough|sufficient|adequate) (funds|money|balance|credit|time|points|miles|data)
weight: -1.0
kind: blame
message: Explaining a problem as "because you didn't ..." makes it the customer's fault. Describe what happened neutrally and what can be done.
fix: rephrase
replace: because we didn't receive
match: You missed your connection because you didn't leave enough time.
match: Your card was declined because you didn't have enough funds.
nomatch: Because you didn't receive the code, I've sent a new one.

[was-clearly-marked]
pattern: (was|were|has been|had been|have been) (clearly|plainly|explicitly|very clearly|prominently) (stated|shown|listed|marked|written|displayed|labelled|labeled|explained|mentioned|indicated|signposted|advertised|described|set out|communicated|highlighted|printed)
pattern: (is|are) (clearly|plainly|explicitly|very clearly|prominently) (stated|listed|marked|written|displayed|labelled|labeled|mentioned|indicated|signposted|advertised|set out|highlighted|printed|explained|described|detailed|outlined) (on|in|at) (the|our|your) <word>
weight: -1.0
kind: condescending
message: "It was clearly marked" implies the customer should have seen it. Say what it said and what options remain.
fix: rephrase
replace: was shown
match: The item was clearly marked as used.
match: Overdraft fees are clearly explained in your account terms.
match: The price is clearly displayed on the menu.

[all-explained-when]
pattern: (it is|its|everything is|this is|that is|it was|this was|that was|everything was) all (explained|covered|listed|stated|shown|set out|there|laid out|spelled out|spelt out|written down) (when|before|during|at|in|on|as)
pattern: (this|that|it|the fee|the charge|the policy|everything|the deposit|the rule|the deadline) (was|were|has been|had been) (explained|made clear|pointed out|mentioned|shown|stated|communicated|disclosed|read out) to (you|u)
pattern: (you were|u were) (told|informed|advised|shown|reminded) (this|that|about this|about that|so) (at|on|in|when|by|before|during|over)
weight: -1.5
kind: blame
message: "This was explained to you when you signed" argues that the customer should have known. Restate it kindly and focus on what can be done.
fix: rephrase
replace: this is part of the booking terms
match: Seats are assigned at random unless you pay. It's all explained when you book.
match: This was explained to you when you signed.
match: You were told this at the counter.

[you-would-know-if]
pattern: (which|as|that) (you|u) would (know|have known|have seen|have noticed|realise|realize|understand|have read|see) if (you|u)
pattern: (you|u) would (have|of) (seen|known|noticed|found|read|spotted) (this|that|it|the <word>) if (you|u)
weight: -2.0
kind: condescending
message: "Which you'd know if you read it" tells the customer they didn't do their homework. Just give the information.
fix: rephrase
replace: as set out in
match: The policy doesn't cover wear and tear, which you'd know if you read the booklet.
match: You would have seen this if you had read it.

[you-are-not-entitled]
pattern: (you are|u are|you were) not (entitled|owed|due) (to|a|any|anything|compensation|a refund)
pattern: (you have|u have|you had) no (right|entitlement|claim) to (a|any|compensation|refund|a refund|anything)
weight: -1.5
kind: policy
message: "You are not entitled to a refund" is legal language that shuts the customer down. Explain the rule and what you can offer.
fix: rephrase
replace: this booking doesn't include a refund, but we can offer
match: You are not entitled to a refund.
match: You have no right to compensation.

[unfortunately-for-you]
pattern: (unfortunately|sadly|too bad|tough luck|bad luck|unlucky) for (you|u)
pattern: ^ too late now (.|!|,)
pattern: (it is|that is|thats|its) too late now (.|!|,)
weight: -2.0
kind: sarcasm
message: "Unfortunately for you" gloats over the customer's problem. Say what is still possible.
fix: rephrase
replace: unfortunately
match: Unfortunately for you, the offer has ended.
match: Too late now, the offer has expired.

[blame-the-courier]
pattern: ^ blame (the|your) <word> [<word>] [,|.|!]
pattern: (go|you can|you should|please|,) blame (the|your) <word>
weight: -1.5
kind: dismissive
message: "Blame the courier" shifts the problem instead of solving it. Say who handles it and help the customer reach them.
fix: rephrase
replace: the courier handles this part, and I'll help you raise it with them
match: Sorry, blame the courier.
match: Blame the postal service, not us.

[nothing-wrong-on-our-side]
pattern: nothing (wrong|broken|amiss|at fault|faulty) (on|at|with|in|from) (our|my) (side|end|system|systems|network|servers|line|equipment|app|platform|service)
pattern: no (fault|faults|issue|issues|problem|problems|errors|error) [found] (on|at|with|in) (our|my) (side|end|system|systems|network|servers|line|equipment)
pattern: (we have|we have had|there have been|we received|we have received|we got|we have seen) no (other|similar|further|more) (complaints|reports|issues|problems) (from|in|about|with|on)
weight: -1.0
kind: dismissive
message: "Nothing wrong on our side" closes the door on the customer's problem. Say what you checked and what you will try next.
fix: rephrase
replace: our checks look normal, so let's look at what else could be causing this
match: Nothing wrong on our side.
match: The engineer found no fault on our side.
match: We've had no other complaints from your area.

[something-you-did]
pattern: (it|this|that) (must|has to|would) be something (you|u) (did|changed|installed|clicked|downloaded|set|broke|deleted)
pattern: (it|this|that) (must|has to) be (something|a problem|an issue) (on|at|with) your (end|side|device|phone|computer|browser|network|connection)
pattern: (you|u) must have (done|changed|broken|messed with|touched|pressed|installed|downloaded|clicked|tampered with) (something|it|this|that)
pattern: ^ (probably|clearly|obviously|likely|looks like|sounds like|seems like|definitely) (user error|human error|operator error|your error|your mistake)
weight: -1.5
kind: blame
message: "It must be something you did" blames the customer without evidence. Say what you checked and walk through the next step together.
fix: rephrase
replace: something on the device may be causing this, so let's check
match: All our systems are working. It must be something you did.
match: You must have done something to your account.
match: Probably user error.

[did-you-actually]
pattern: (have|did) (you|u) (actually|really|honestly) (tried|try|read|looked|look|checked|check|followed|follow|done|do|restarted|restart|bothered|opened|open|clicked|tested|test)
weight: -1.5
kind: condescending
message: "Have you actually tried the steps?" implies the customer is lying or lazy. Ask what they saw when they tried.
fix: rephrase
replace: could you tell me what happened when you tried
match: Have you actually tried any of the steps?
match: Did you really check the tracking page?

[try-this-time]
pattern: ^ [maybe|perhaps|just] try (following|reading|doing|using|checking|entering|typing) *4 this time
pattern: try (following|reading) (the|my|our) (instructions|steps|guide|email|message|advice) (this time|for once|properly|next time)
weight: -2.0
kind: condescending
message: "Try following the instructions this time" implies the customer didn't before. Give the steps again, clearly.
fix: rephrase
replace: here are the steps again
match: Try following the instructions this time.

[exactly-what-i-told-you]
pattern: (that is|this is|which is|thats) (exactly|precisely|literally) what (i|we) (told|asked|said|advised|instructed|suggested|recommended|explained)
pattern: (that is|this is|thats) what (i|we) (told|asked|said|advised|instructed) (you|u) [to do] (yesterday|before|earlier|last week|already|in my last email|in the first place|at the start)
weight: -2.0
kind: passive-aggressive
message: "That's exactly what I told you" scolds the customer for not listening. Confirm the step and keep helping.
fix: rephrase
replace: yes, that's the right step
match: That's exactly what I told you to do yesterday.

[not-that-deep]
pattern: (it is|its|this is|that is|thats|it was) not that deep
pattern: (stop|quit) (overcomplicating|overthinking|over complicating|over thinking|making a fuss|making a big deal|making such a fuss|making a drama|being dramatic)
pattern: (you are|u are|you are just) (overcomplicating|overthinking|over complicating|over thinking) (it|this|things)
pattern: ^ chill (.|!|,|out)
pattern: chill out
weight: -2.0
kind: dismissive
message: "It's not that deep" or "chill" waves away the customer's concern. Acknowledge it and answer it.
fix: rephrase
replace: I understand this matters
match: It's not that deep.
match: Stop overcomplicating it.
match: Chill, your order is coming.

[no-need-for-attitude]
pattern: [there is] no need for (the|that|this|such|such an|your) (attitude|tone|language|sarcasm|rudeness|hostility|drama|theatrics|aggression|abuse|insults|swearing)
pattern: (i|we) will not be (spoken|talked|written) to (like that|in that way|that way|like this|in that manner|in this manner)
pattern: (we|i) (do not|will not|can not) (tolerate|accept|put up with|stand for) (that|this|such|your) (language|tone|behaviour|behavior|attitude|abuse|rudeness|kind of language)
pattern: (this|the) (chat|call|conversation) (is ending|will end|will be ended|will be closed|is being closed|is being ended|is now closed|is now ending|has been ended|is over) (.|!|now)
weight: -1.5
kind: dismissive
message: Calling out the customer's attitude escalates. If you need to set a boundary, do it calmly and keep helping.
fix: rephrase
replace: I want to help, and I can do that best if we keep things calm
match: There's no need for the attitude.
match: I won't be spoken to like that.
match: We don't tolerate that language. This chat is ending.

[be-reasonable]
pattern: ^ be (reasonable|realistic|sensible|fair|mature|an adult) (.|!|,|here)
pattern: (a|an|that is an|that is a|this is an|this is a) (unreasonable|ridiculous|absurd|silly|ludicrous|outrageous|crazy|unrealistic|laughable|insane|bizarre) (request|demand|expectation|ask|thing to ask|claim|complaint|suggestion|idea)
pattern: (that is|this is|thats|your request is|this request is|your demand is|your claim is|your complaint is) (unreasonable|ridiculous|absurd|unrealistic|outrageous|laughable|silly|not reasonable|ludicrous) (.|!|,)
pattern: (is|was|seems|sounds) (unrealistic|unreasonable|ridiculous|absurd|laughable|outrageous|ludicrous) (.|!)
weight: -2.0
kind: condescending
message: Calling the customer's request unreasonable dismisses it. Explain what you can and can't do, and why.
fix: rephrase
replace: I understand what you're asking for, and here's what's possible
match: Be reasonable.
match: That's an unreasonable request.
match: Arriving at 11 and expecting a room is unrealistic.

[threat-reviews]
pattern: (will not|refuse to|are not going to) be (held hostage|blackmailed|threatened|bullied|pressured|intimidated)
pattern: (leave|write|post|give us) (a bad|a negative|a one star|a 1 star|whatever|any) review (if you (want|like|must)|for all (we|i) care|if it makes you feel better)
pattern: ^ (go ahead|feel free) (and|to) (report|complain about|sue|leave a bad review|leave a negative review|take it to|dispute|file a complaint|post about|tweet about|write a review) [us|it|this|that]
pattern: (will not|would not|is not going to|does not|won't) change (the outcome|the decision|our decision|our position|the result|the fact that|a thing|our answer|the answer|our mind)
weight: -2.0
kind: dismissive
message: Daring the customer to complain or review shows you don't care about their experience. Tell them how to escalate and keep helping.
fix: rephrase
replace: if you'd like to escalate, here's how
match: We will not be held hostage by threats of bad reviews.
match: Leave a bad review if you want, it won't change anything.
match: Go ahead and report us.
match: Your tweets won't change our decision.

[chargeback-will-fail]
pattern: (chargeback|dispute|claim|complaint|appeal|case|lawsuit|review) (will|is going to|would|is bound to) (fail|be rejected|go nowhere|get you nowhere|not succeed|not work|be refused|be declined|lose)
pattern: (you|u) (will|are going to|would) lose (the|your|this|that|any) (chargeback|dispute|case|claim|appeal|lawsuit)
weight: -2.0
kind: dismissive
message: Predicting that the customer's dispute will fail is a warning, not help. Explain the outcome and their options calmly.
fix: rephrase
replace: if you'd like to dispute this, here is how the process works
match: Your chargeback will fail.
match: You'll lose the chargeback, just so you know.

[threat-collections]
pattern: [we will|we are going to|we shall|i will|we may|we might|we would] (send|pass|refer|hand|forward) (this|it|the debt|your account|the balance|the matter|the amount|you) (to|over to|on to) (collections|debt collection|a debt collector|debt collectors|a collection agency|a collections agency|our solicitors|our lawyers|legal|our legal team|bailiffs|the bailiffs|court)
pattern: (or|otherwise) (we will|we shall|your account will|your service will|your membership will|your booking will|your policy will) (suspend|close|cancel|terminate|cut off|disconnect|send|pass|refer|charge|be suspended|be closed|be cancelled|be canceled|be terminated|be cut off|be disconnected|be sent|go to|be passed|be referred)
pattern: if (you|u) (do not|will not|can not|fail to) pay [,] (your|we|the|this) *4 (suspended|cut off|disconnected|closed|terminated|cancelled|canceled|sent to|passed to|referred to|collections)
weight: -1.5
kind: commanding
message: Threatening suspension or collections escalates. State the balance, the deadline and the help available, such as payment plans.
fix: rephrase
replace: to keep your account active, the balance is due by
match: We'll send this to collections if it isn't paid.
match: Pay by Friday or we'll suspend your account.
match: If you don't pay, your service will be cut off.

[nothing-to-be-done]
pattern: nothing [more|else|further] (can|could) be done
pattern: ^ [welp|well|oh well|meh|so] [,] nothing (to be done|to do) (.|!|about it|,)
pattern: ^ welp
weight: -1.5
kind: dismissive
message: "Nothing to be done" closes the door. Say what you can do, even if it's small.
fix: rephrase
replace: here is what I can do
match: Welp, nothing to be done.
match: Nothing more can be done.

[wrong-team]
pattern: ^ not (our|my) (department|team|area|remit|job|responsibility|problem|issue|concern)
pattern: ^ wrong (team|department|person|number|place|channel|company|inbox|address) (.|!|,)
pattern: try (someone|somewhere|somebody) else (.|!|,)
pattern: (this|that|twitter|here|this chat|this channel|this inbox) is not the (right|correct) (place|team|department|channel|person|number|inbox) (for|to)
weight: -1.5
kind: dismissive
message: "Wrong team. Try someone else." bounces the customer. Tell them exactly who to contact, or transfer them.
fix: rephrase
replace: the right team for this is
match: Not our department, not our problem.
match: Wrong team. Try someone else.
match: This isn't the right place for that.

[why-contacting-us]
pattern: (not sure|i am not sure|no idea|i do not know|we do not know|we are not sure|unsure) why (you|u) (contacted|are contacting|emailed|are emailing|called|are calling|messaged|are messaging|wrote to|are writing to|reached out to|came to|are asking) (us|me)
pattern: why (are|did|would) (you|u) (contacting|contact|emailing|email|calling|call|messaging|message|asking|ask|writing to|write to|telling) (us|me)
pattern: why (would|should) (we|i) (refund|compensate|reimburse|pay|credit|replace|cover|give you|offer you|waive|help you with) 
weight: -2.0
kind: dismissive
message: "Why are you contacting us?" tells the customer they shouldn't have asked. Point them to the right place politely.
fix: rephrase
replace: this is handled by the seller, and here's how to reach them
match: Not sure why you contacted us about this.
match: Why are you contacting us? Contact the seller.
match: Why would we refund you for your own mistake?

[what-did-you-expect]
pattern: what (did|do) (you|u) (expect|think) (would|was going to|will|is going to) happen
pattern: what (did|do) (you|u) expect (?|??|?!|.|,|from|when|if)
pattern: what were (you|u) expecting (?|??|?!|.)
weight: -2.0
kind: condescending
message: "What did you expect?" mocks the customer for being surprised. Explain what happened and what can be done.
fix: rephrase
replace: I understand this wasn't what you expected
match: What did you expect would happen?
match: What did you think would happen if you didn't pay?

[seriously-read]
pattern: ^ seriously , (read|check|look|just|stop|please|how|what|why)
pattern: ^ (honestly|frankly) , (read|check|look at|just read|just check) (the|your|our|my)
weight: -1.5
kind: condescending
message: "Seriously, read the email" is exasperated and talks down to the customer. Give the answer directly.
fix: rephrase
replace: the answer is in the email we sent, and here it is:
match: Seriously, read the email.

[shout-we-caps]
pattern: (we|i) <caps> (.|!|the|that|this|it|you|your|about|what|how|why|not|to|and)
pattern: (yes|yeah|okay|no) , (we|i) <caps>
weight: -1.0
kind: shouting
message: A word in capitals is shouting at the customer. Write it in normal case.
fix: rephrase
replace: we know
match: Yes, we KNOW.
match: We KNOW the app is slow.

[we-will-ignore-it]
pattern: (we|i) will (ignore|disregard|bin|delete) (it|this|that|your|them|these)
pattern: (we|i) (will not|are not going to) be changing (anything|a thing|our <word>|the <word>) (.|!|,|because|for)
weight: -2.0
kind: dismissive
message: Saying the feedback will be ignored tells the customer they don't matter. Thank them and say what happens with it.
fix: rephrase
replace: I've shared this with the team
match: Thanks for the feedback, we'll ignore it.
match: Noted, but we won't be changing anything.

[sarcasm-great-another]
pattern: ^ (great|wonderful|perfect|fantastic|brilliant|lovely|awesome|super|marvellous|marvelous) [,] (another|yet another|more) (complaint|complaints|ticket|tickets|email|emails|one|message|messages|refund request)
pattern: another (ticket|complaint|email|message|chat|call) about (this|that|the same)
pattern: ^ sigh (.|,|!)
weight: -1.5
kind: sarcasm
message: "Great, another complaint" treats the customer as a nuisance. Respond to this message on its own.
fix: rephrase
replace: thanks for getting in touch
match: Great, another complaint.
match: Ugh, another ticket about this.

[sarcasm-you-will-survive]
pattern: how will (you|u) (survive|cope|manage|live|go on)
pattern: ^ the (horror|humanity|tragedy|audacity) (.|!)
pattern: (i am|we are) sure (you|u) will (live|survive|cope|manage|get over it|be okay|pull through)
pattern: ^ (you|u) will (live|survive) (.|!)
weight: -2.5
kind: sarcasm
message: Mocking the size of the customer's problem ("you'll survive") belittles them. Acknowledge the impact and answer.
fix: rephrase
replace: I know this is frustrating
match: Wow, a whole day late. How will you survive.
match: Oh no, a slight delay. The horror.
match: I'm sure you'll live.
match: You'll survive.

[nonapology-you-believe]
pattern: (inconvenience|issue|problem|harm|distress|trouble|delay|damage|mistake|error|upset) (you|u) (believe|feel|think|claim|say|allege|perceive) (was|were|has been|have been|is|we|our)
pattern: sorry [that] you (did not|do not) (like|agree with|accept|appreciate|understand|care for) (our|the|my|this|that)
pattern: sorry if (our|the|my) (policy|policies|decision|rules|terms|answer|response|reply|fee|fees|pricing|price) (upset|offended|annoyed|frustrated|disappointed|confused|bothered)
weight: -1.5
kind: non-apology
message: Apologizing for what the customer "believes" happened, or for their not liking the answer, is not an apology. Apologize for the real problem or explain plainly.
fix: rephrase
replace: I'm sorry for the trouble this caused
match: We regret the distress you believe was caused.
nomatch: I apologize for any confusion you may have experienced.
match: Sorry you didn't like our answer.
match: We are sorry if our policy upset you.

[was-quite-clear]
pattern: (was|were) (quite|very|perfectly|pretty|fairly|crystal|abundantly|extremely|totally) clear (.|!|,|on this|about this|that)
pattern: (though|but|although) (the|my|our|it|that|this) [<word>] (was|is|were) (clear|quite clear|very clear|perfectly clear|crystal clear)
weight: -1.5
kind: condescending
message: Insisting the message was "quite clear" tells the customer the misunderstanding is their fault. Explain again in different words.
fix: rephrase
replace: let me explain it another way
match: My apologies if I was unclear, though the email was quite clear.
nomatch: I want to be clear about your options.

[that-is-how-x-works]
pattern: (that is|this is|thats) [just] how (insurance|banking|billing|pricing|airlines|hotels|rentals|tickets|ticketing|subscriptions|contracts|payments|refunds|returns|warranties|renewals|deposits|credit|interest|overdrafts|fees|energy|utilities|pharmacies|prescriptions|exams|grades|the law|business|the world|life|gyms|memberships|leases|tenancies|deliveries|couriers|shipping|broadband|premiums|claims) (works|work|operate|operates|goes|go)
weight: -1.5
kind: dismissive
message: "That's how insurance works" explains nothing and implies the customer is naive. Explain the specific reason.
fix: rephrase
replace: the reason for this is
match: Your premium went up because you made two claims. That's how insurance works, I'm afraid.

[we-do-not-control-more]
pattern: (we|i) (do not|can not|have no) control (the|your|other|what|how|when|whether|over) <word>
weight: -1.0
kind: dismissive
message: "We can't control that" deflects. Say what you can do about its effect on the customer.
fix: rephrase
replace: this isn't something we can change, but here is what we can do
match: We can't control the noise from the street, it's a city hotel.

[figure-it-out-with]
pattern: (figure|work|sort) (it|this|that) out with (your|the) <word>
weight: -1.5
kind: dismissive
message: "Figure it out with your developer" refuses help. Say what you can support and point to resources.
fix: rephrase
replace: your developer is best placed to adjust this, and here's what might help
match: We don't provide support for custom code. Figure it out with your developer.

[stop-asking]
pattern: (stop|quit) (asking|complaining|whining|moaning|crying|nagging|arguing|begging) [,|.|!|about|for|me|us|the same]
pattern: stop sending (the same|duplicate|repeated|us the same|the same thing)
pattern: (or|and) stop (asking|complaining|messaging|emailing|calling|contacting us|whining|moaning)
weight: -2.0
kind: commanding
message: "Stop asking" tells the customer their questions are unwelcome. Answer, or explain when they'll hear more.
fix: rephrase
replace: there's no need to follow up; I'll update you as soon as there's news
match: The feature you want is on the Pro plan. Pay for Pro or stop asking.
match: Please stop sending the same photos.
match: Quit whining.

[you-just-did-not-look]
pattern: (you|u) (just|simply) (did not|do not|never|could not be bothered to|did not bother to) (look|read|check|bother|notice|see|scroll|open|pay attention|listen|think)
pattern: (it is|it was|its|that is|the <word> is|the <word> was|the <word> <word> is|the <word> <word> was) not hidden
weight: -2.0
kind: condescending
message: "You just didn't look" accuses the customer of carelessness. Point them to where the information is.
fix: rephrase
replace: it may have been easy to miss
match: Hi, the parking fee is listed on our website. It's not hidden, you just didn't look.

[failure-on-your-side]
pattern: (a|an|the|that is a|this is a) (failure|mistake|error|fault|oversight|lapse|breach|misconfiguration) (on|at|from) your (side|end|part)
weight: -1.5
kind: blame
message: "A failure on your side" assigns blame. Describe what went wrong and how you can help fix it.
fix: rephrase
replace: something in the setup
match: Your API key was exposed. That's a failure on your side.

[why-so-hard-to-understand]
pattern: why (this|that|it) is so (hard|difficult|confusing) to (understand|grasp|follow|get|do|read)
weight: -2.0
negated: confrontation -2.0
kind: condescending
message: Asking why something is so hard to understand mocks the customer. Explain it another way.
fix: rephrase
replace: let me explain it another way
nomatch: I agree you should have gotten to watch it live.
match: I wonder why this is so hard to understand.

[last-time-explaining]
pattern: the last time (i am|we are|i will|we will|i|we) [going to] (explain|say|tell you|repeat|answer|respond|reply|explaining|saying|telling you|repeating|answering|responding|replying)
pattern: (i am|we are) done (discussing|talking about|explaining|arguing about|going over|debating|arguing|with this conversation|with this discussion|with this matter|with this)
pattern: ^ (we are|i am) done here (.|!)
pattern: ^ (conversation|discussion|chat|matter|topic|subject) (closed|over|ended|finished) (.|!)
weight: -2.0
kind: dismissive
message: "I'm done discussing this" ends the conversation on your terms. Summarize the outcome and how the customer can take it further.
fix: rephrase
replace: to sum up where things stand
match: This is the last time I'm going to explain this.
match: I'm done discussing this.
match: We're done here.
match: Conversation closed.

[more-than-enough]
pattern: (that is|thats|which is|this is|it is) more than (enough|fair|generous|we had to|we needed to|reasonable|adequate|sufficient) (.|!|,)
weight: -1.5
kind: condescending
message: "That's more than enough" tells the customer to be grateful. Explain what you have done and what else is possible.
fix: rephrase
replace: we hope that helps make up for it
match: We've already given you a voucher, that's more than enough.

[scroll-up]
pattern: ^ scroll up (,|.|!)
pattern: ^ see above (.|!)
pattern: ^ refer [back] to (my|our|the) (earlier|previous|last|above|first) (reply|message|email|response|answer|comment|note)
pattern: as (i|we) (explained|stated|mentioned|noted|said|outlined|advised|wrote) above
weight: -1.5
kind: passive-aggressive
message: "Scroll up" or "see above" tells the customer to find the answer themselves. Repeat it briefly.
fix: rephrase
replace: to recap,
match: Scroll up, the answer is there.
match: See above.
match: Refer to my earlier reply.
match: As I stated above, we cannot refund.

[as-explained-above]
pattern: as (explained|stated|mentioned|noted|said|outlined|advised|detailed) above
weight: -0.3
kind: passive-aggressive
message: "As explained above" can read as "you should have read it". Just give the point again.
fix: remove
match: As explained above.

[like-we-said-in]
pattern: ^ like (i|we) (said|told you|mentioned|explained|wrote) (in|on|at|during|over|yesterday|last week|earlier)
weight: -1.5
kind: passive-aggressive
message: "Like we said in the email" scolds the customer for asking again. Give the answer again, briefly.
fix: rephrase
replace: to recap,
match: Like we said in the email, no.

[cannot-help-if-you]
pattern: (we|i) can not (help|assist) [you|u] if (you|u)
weight: -1.5
kind: dismissive
message: "We can't help if you've lost the receipt" blames the customer and stops there. Say what other evidence you can accept.
fix: rephrase
replace: without the receipt we'll need another proof of purchase, such as
match: We can't help if you've lost the receipt.

[use-less]
pattern: ^ (use|spend|order|buy|drive|stream|eat|download|call|text) less [<word>] (if|and|then|,|.)
weight: -1.5
kind: condescending
message: "Use less if you want a lower bill" lectures the customer. Explain the bill and offer tools or plans that help.
fix: rephrase
replace: if you'd like to bring the bill down, here are some options
match: Your bill is based on your actual usage. Use less energy if you want a lower bill.

[that-is-why-you]
pattern: (that is|thats|which is) why (you|u) (paid|were charged|got charged|were fined|got fined|lost|were refused|were denied|were declined|missed|could not|can not|were billed|got billed|got banned|were banned|were suspended|got suspended)
weight: -1.5
kind: blame
message: "That's why you were charged" turns an explanation into a verdict. Explain the reason neutrally and any option.
fix: rephrase
replace: this is the reason for the charge
match: Your luggage was over the limit. That's why you paid at the desk.

[you-did-it-yourself-more]
pattern: [that|which] (you|u) (authorised|authorized|approved|agreed to|signed|initiated|set up) yourself
weight: -1.5
kind: blame
message: "A payment you made yourself" stresses the customer's fault. Explain what can and can't be done with it.
fix: rephrase
replace: that was authorised on the account
match: We can't reverse a payment you authorised yourself.
nomatch: The changes you made yourself will be kept.

[as-stated-everywhere]
pattern: (stated|shown|listed|posted|advertised|written|displayed|signposted|mentioned|printed) (everywhere|all over|on every)
weight: -1.5
kind: condescending
message: "As stated everywhere" implies the customer ignored the obvious. Say what the rule is and what you can do.
fix: rephrase
replace: as shown in store
match: Sale items can't be returned, as stated everywhere in the store.

[you-should-have-more]
pattern: (you|u) should (have|of) (attended|gone|arrived|applied|renewed|planned|allowed|left|realised|printed|brought|listened|paid attention|cleared|emptied|closed|turned off|switched off|declared|disclosed|asked|photographed|documented|claimed|contested|disputed|appealed|queued|shown up|turned up|set an alarm|set a reminder|been there|been on time|been more careful)
weight: -1.5
kind: blame
message: "You should have ..." tells the customer the problem is their fault. Explain what can be done now.
fix: rephrase
replace: next time it can help to
match: You should have attended the induction.
match: u should have brought your ID
match: You should have been more careful.

[if-you-had-would-have]
pattern: if (you|u) had (arrived|come|called|booked|submitted|cancelled|canceled|returned|kept|saved|asked|taken|planned|bought|purchased|registered|applied|renewed|updated|responded|replied|answered|done|left|allowed|given|listened|noticed|turned up|shown up|set|used|measured|packed|locked|declared|disclosed) *8 (would|could|might|would not|could not) have
weight: -1.0
kind: blame
message: "If you had booked earlier, this would not have happened" blames the customer after the fact. Focus on what can be done now.
fix: rephrase
replace: booking earlier can help in future, and for now
match: If you had booked earlier, you would have got the lower fare.

# ---------------------------------------------------------------------------------------------
# more structures: don't-imperatives, curt fragments, rhetorical put-downs, cold formal refusals
# ---------------------------------------------------------------------------------------------

[do-not-x-imperative]
pattern: ^ [so|and|just|please|then] (do not|never) (ask|expect|be surprised|bother|blame|complain|waste|argue|threaten|lecture|pretend|assume|try to blame|try that|make us|push|demand)
pattern: , [so|and|then|but|just] (do not|never) (ask|expect|be surprised|bother|blame|complain|waste|argue|threaten|pretend|assume|demand)
weight: -1.5
kind: commanding
message: "Don't expect a different answer" orders the customer around. Say what the answer is and what they can still do.
fix: rephrase
replace: I understand you were hoping for something different
match: Don't ask us to send it elsewhere.
match: Your complaint has been logged. Don't expect a different answer.
match: You agreed to autopay, so don't be surprised when it takes the money.
nomatch: Don't worry, we'll sort it out today.
nomatch: Don't hesitate to ask if you need anything else.

[curt-wait-not-again]
pattern: ^ (wait|enough|stop) .
pattern: ^ (not again|no more) (.|!)
pattern: ^ (that is|thats) enough (.|!)
weight: -1.5
kind: commanding
message: One-word orders such as "Wait." or "Enough." are cold and curt. Say what will happen and when.
fix: rephrase
replace: we'll get to your request as soon as we can
match: There are hundreds of people ahead of you. Wait.
match: We've bent the rules for you once already. Not again.
nomatch: Wait, I think I found it! Your order is in the system.

[if-you-want-pay-for-it]
pattern: if (you|u) want *6 , (pay for it|go elsewhere|go somewhere else)
pattern: (then|just|so) pay for it (.|!)
pattern: you get what you paid for
weight: -1.5
kind: condescending
message: "If you want more legroom, pay for it" sneers at the customer's request. Explain the options and their price neutrally.
fix: rephrase
replace: if you'd like more space, our options are
match: We're a budget airline. If you want more legroom, pay for it.
match: You get what you paid for.

[nothing-to-discuss]
pattern: there is nothing to (discuss|talk about|negotiate|argue about|debate|dispute)
pattern: (is|are) not (open|up) (to|for) (challenge|negotiation|discussion|debate|appeal|dispute|question|review|further discussion)
weight: -1.5
kind: dismissive
message: "There's nothing to discuss" refuses to engage. Explain the outcome and any route to a review.
fix: rephrase
replace: to sum up the outcome
match: Your phone was out of warranty, there's nothing to discuss.
match: The decision is not open to challenge.

[not-something-we-are-liable-for]
pattern: (not something|nothing) (we are|we|i am|the company is|the <word> is) (liable|responsible|accountable) for
weight: -1.5
kind: policy
message: "Not something we're liable for" answers a loss with legal language. Acknowledge it and say what the customer can do.
fix: rephrase
replace: not covered by us, but here's how you can claim for it
match: If it's gone, that's not something we're liable for.

[your-own-setup-is-the-problem]
pattern: (it is|its|that is|thats) your own <word> [<word>] (that|which) (is|was|caused|causes)
weight: -1.5
kind: blame
message: Pinning it on "your own setup" blames the customer. Say what you checked and walk them through a fix.
fix: rephrase
replace: the home network may be causing this, and I can help check it
match: Your router is fine. It's your own wifi setup that's the problem.

[unfounded]
pattern: (is|are|was|were) [completely|totally|entirely|wholly|simply|quite] (unfounded|baseless|groundless|without merit|without basis|without foundation|untrue|false|fabricated|made up)
pattern: (to be|as) [completely|totally|entirely|wholly] (unfounded|baseless|groundless|without merit|without foundation|vexatious|frivolous|without basis)
pattern: (your|these|the|this|such) (allegations|accusations|claims) (are|is) (unfounded|baseless|groundless|false|untrue)
weight: -1.5
kind: condescending
message: Calling the customer's account "unfounded" dismisses it outright. Share what you found and invite anything that shows otherwise.
fix: rephrase
replace: our records show something different
match: The allegations in your email are completely unfounded.
nomatch: Some likes may be marked as invalid and removed.

[u-need-to]
pattern: ^ (u|ya) (need to|have to|must|gotta|got to|should)
pattern: , (u|ya) (need to|have to|must|gotta|got to)
weight: -1.0
kind: commanding
message: "U need to" is a curt order. Ask, and explain why the step is needed.
fix: rephrase
replace: could you please
match: u need to read the rules before posting

[your-tone-is-unacceptable]
pattern: your (tone|language|behaviour|behavior|attitude|conduct|messages|comments|emails|manner|rudeness) (is|are|was|were|has been|have been) (unacceptable|inappropriate|rude|abusive|offensive|not acceptable|not appropriate|out of line|uncalled for|aggressive|hostile|noted)
pattern: (you were|u were|you are being|you have been) (rude|abusive|aggressive|hostile|threatening|unpleasant|disrespectful|impolite|difficult) (to|towards|with|.|!|,)
weight: -1.5
kind: dismissive
message: Criticizing the customer's tone escalates. If you need to set a boundary, do it calmly and keep helping.
fix: rephrase
replace: I want to help, and I can do that best if we keep things calm
match: Your tone is unacceptable.
match: Our driver says you were rude to him, so we won't be redelivering.

[if-you-cannot-afford]
pattern: (perhaps|maybe) (this|we|our <word>|the <word>|this <word>) (is not|are not|is no longer) (the right|a good|right) (fit|<word>|one) for (you|u)
pattern: whether (our|this|the) (service|product|plan|company|gym|hotel|airline|bank|course|app|policy) is (right|suitable) for (you|u)
weight: -2.0
kind: condescending
message: "If you can't afford it" or "maybe we're not right for you" belittles the customer. Explain the options available to them.
fix: rephrase
replace: if the cost is a concern, here are the options
match: If you can't afford the premiums, perhaps this isn't the right policy for you.
match: You should consider whether our service is right for you if you keep having problems.

[we-are-not-a-service]
pattern: (we are|this is|the <word> is|we are a business ,|we are a <word> ,) not (a|an) (babysitting service|babysitter|free advice line|daycare|nanny|free service|taxi service|lost property office|storage service|counselling service|free helpline)
pattern: we are (a business|a company|a shop|a store|a hotel|an airline|a bank|a gym|a pharmacy|a school) , not (a|an|your) <word>
weight: -2.0
kind: condescending
message: "We're not a babysitting service" mocks the customer's request. Explain what you can help with.
fix: rephrase
replace: this isn't a service we provide, but here's what we can do
match: The hotel is not a babysitting service.
match: We are a business, not a free advice line.

[standard-everywhere]
pattern: (that is|thats|it is|this is|its) (standard|normal|the norm|common practice|industry standard|standard practice|the same) (everywhere|across the industry|in the industry|for all airlines|with every <word>|at every <word>|at all <word>|in every <word>) (.|!|,)
weight: -1.0
kind: dismissive
message: "That's standard everywhere" brushes off the complaint. Acknowledge it and explain the reason for the charge.
fix: rephrase
replace: this applies to every booking, and the reason is
match: You will be charged in full for no-shows. That's standard everywhere.

[we-did-our-part]
pattern: (we|i) (did|have done|have already done|already did) (our|my) (part|job) (.|!|,)
pattern: the rest is (up to you|on you|your job|your responsibility|your problem)
weight: -1.5
kind: dismissive
message: "We did our part, the rest is up to you" leaves the customer on their own. Say what they need to do and offer help with it.
fix: rephrase
replace: here's what's left to do, and I can help with it
match: We did our part. The rest is up to you.

[will-not-speed-it-up]
pattern: (will not|does not|would not|is not going to|won't) (speed|hurry|rush) (anything|it|things|this|the process|the refund|your refund|your order|the claim) up
pattern: (will not|does not|would not|is not going to|won't) make (it|things|this|the process|the refund|your refund) (go|happen|arrive|move) [any] (faster|quicker|sooner)
pattern: (complaining|shouting|yelling|moaning|ranting|tweeting|posting|writing|calling|emailing|messaging|chasing) (to|at) (us|me|our <word>) (will not|does not|is not going to|would not|can not|won't) (help|change|work|make|speed|fix|get)
weight: -1.5
kind: dismissive
message: "Repeat contact won't speed anything up" tells the customer to go away. Give a clear status and timeline instead.
fix: rephrase
replace: we're on it, and here's when to expect an update
match: Repeat contact about the same issue will not speed anything up.
match: Stop tagging us in your posts. It won't make your refund arrive faster.
match: So complaining to us won't help.

[just-because-you]
pattern: just because (you|u) (changed|want|wanted|decided|feel|felt|do not like|did not like|are unhappy|were unhappy|regret|made a mistake|forgot|missed|can not|could not|did not read|did not check|complain|complained|asked|ask|shout|shouted|are a|say so|said so)
weight: -1.5
kind: dismissive
message: "Just because you changed your plans" belittles the customer's reason. Explain what the booking allows and any options.
fix: rephrase
replace: since your plans changed,
match: We're not going to refund a ticket just because you changed your plans.

[not-our-only-customer]
pattern: (you are|u are|you're) not (the only|our only) (customer|guest|passenger|member|client|person|student|patient|caller|user) (we have|here|in the queue|in line|waiting|we serve|we deal with)
pattern: (you are|u are) not (the only|our only) (customer|guest|passenger|member|client|patient|caller) (,|.|!)
pattern: (hundreds|thousands|dozens|lots|plenty|loads) of (people|customers|others|tickets|requests|guests|passengers) [are] (ahead of|before|in front of) (you|u)
weight: -2.0
kind: condescending
message: "You're not our only customer" tells the customer they don't matter. Give a realistic time instead.
fix: rephrase
replace: we're handling a high volume right now, and we expect to reach you by
match: You're not the only customer we have, you know.
match: There are hundreds of people ahead of you.
nomatch: You're not the only one who reported this, and we're fixing it now.

[surprised-you-still]
pattern: (i am|we are) surprised [that] (you|u) (still|managed|are still)
pattern: still (got|get|getting|managed to get|managed to misread|managed to miss) (it|this|that) wrong
weight: -1.5
kind: condescending
message: "I'm surprised you still got it wrong" mocks the customer. Explain the step again.
fix: rephrase
replace: let's go through it once more
match: With all the information we gave you, I'm surprised you still got it wrong.

[literally-one-button]
pattern: literally the first (question|thing|line|item|result|page|answer|step|paragraph|sentence)
pattern: literally (one|a single|two|just one|only one) (button|click|step|tap|line|box|field|page|sentence|email|form|swipe)
weight: -1.5
kind: condescending
message: "It's literally one button" implies the customer is incompetent. Show them where the button is.
fix: rephrase
replace: it's just one step, and here's where to find it
match: Hi there, it's literally one button.

[you-cannot-expect]
pattern: (you|u) (can not|could not|should not) [possibly|seriously|really|honestly] expect (us|me|the <word>|a refund|compensation|anyone)
pattern: (do|did) (you|u) (really|seriously|honestly|actually|genuinely) (expect|think|believe) (us|me|that|we|i|the <word>)
weight: -2.0
kind: condescending
message: "You can't possibly expect us to ..." ridicules the request. Explain what you can and can't do.
fix: rephrase
replace: I understand the request, and here's what's possible
match: You can't possibly expect us to refund a meal you ate.
match: Do you really expect us to refund that?

[position-remains-unchanged]
pattern: (our|my|the company's|the) (position|stance|view|answer|response|assessment|conclusion) (remains|will remain|stays) (unchanged|the same|as stated|firm|final)
pattern: (we|i) (note|have noted|take note of) your (dissatisfaction|displeasure|unhappiness|objection|objections)
weight: -1.5
kind: policy
message: "Our position remains unchanged" is a cold, formal refusal. Explain the reasoning and how to escalate.
fix: rephrase
replace: we've looked at this again and reached the same outcome, because
match: We note your dissatisfaction. Our position remains unchanged.

[we-disagree]
pattern: (we|i) [respectfully] (disagree|do not agree) (with you|with your|with that|with this)
pattern: but (we|i) (disagree|do not agree) (.|!|,)
weight: -1.0
kind: dismissive
message: Opening with "we don't agree" turns the reply into an argument. Explain what the records show and what that means.
fix: rephrase
replace: our records show something different
match: Thanks for your feedback, but we don't agree.
match: I disagree with your reading of the contract.
nomatch: We disagree, Dylan, and we're excited you chose us!

[and-it-stays]
pattern: (and|so) (it|this|that|the charge|the fee|the fine|the decision) (stays|remains|stands) (.|!|,)
pattern: (so|and) the (fee|charge|fine|penalty|decision|ban|suspension|grade|mark) (stays|stands|remains|applies|is final) (.|!|,)
weight: -1.5
kind: policy
message: "...and it stays" closes the matter without a way forward. Explain the reason and any route to dispute it.
fix: rephrase
replace: and this applies because
match: The charge is correct and it stays.
match: You've been warned about late payments before, so the fee stays.

[version-of-events]
pattern: your (version|account|recollection|story|description|interpretation) [of events|of what happened] (does not|do not|did not) (match|add up|agree with|tally)
pattern: (that|this|it) [simply|just] is not what (happened|our records show|the records show|our logs show|the logs show|the footage shows)
pattern: (i|we) (do not|can not|could not) (see|find) any evidence (to support (this|that|your|the)|of what you|that (this|that|it) happened)
weight: -1.5
kind: condescending
message: Telling the customer their account doesn't match implies they are lying. Share what your records show and ask for anything that shows otherwise.
fix: rephrase
replace: our records show something different, so could you share
match: Your version of events doesn't match our records.
match: That simply isn't what happened according to our logs.
match: I don't see any evidence of what you describe.

[earlier-next-time]
pattern: (come|arrive|book|order|call|apply|cancel|pay|get here|check in|turn up|show up|start|plan) (earlier|sooner|on time|in time|ahead) next time
pattern: (be|being) more careful (next time|in future|in the future|with|going forward)
pattern: (suggest you|you should|you need to|you must|please|advise you to|recommend you|you may want to) keep (better|closer|a better|a closer|more careful|proper) (track|eye|watch|records) (of|on)
pattern: plan ahead (next time|in future|in the future)
weight: -1.5
kind: condescending
message: "Come earlier next time" lectures the customer. Solve the problem at hand; if a tip helps, offer it kindly.
fix: rephrase
replace: to avoid this in future, it can help to
match: The pharmacy closes at 6. Come earlier next time.
match: You need to keep better track of your spending.
match: Please be more careful next time.

[final-response-you-will-receive]
pattern: (final|last|only) (response|reply|communication|correspondence|email|letter|message) (you will receive|you will get|we will send|on the matter|on this subject|on this matter)
weight: -1.5
kind: policy
message: "This is the final response you will receive" shuts the door. Say how the customer can escalate, for example to an ombudsman.
fix: rephrase
replace: if you're not satisfied with this outcome, you can contact
match: Please note this is the final response you will receive from us on this subject.

[you-have-had-warnings]
pattern: (you have had|you have been given|you got|you received|you were given|you have received) (three|two|four|five|several|multiple|many|numerous|<number>|enough|plenty of|more than enough|ample) (warnings|chances|reminders|notices|opportunities|second chances)
pattern: you have [already] (been|already been) (warned|told|reminded|advised) (before|already|previously|repeatedly|many times|multiple times|about this|about that|about late)
weight: -1.5
kind: blame
message: Listing the customer's warnings lectures them. State the outcome and what they can do now.
fix: rephrase
replace: we've sent reminders about this, and
match: You've had three warnings. The account is now closed.
match: You've been warned about late payments before.

[using-it-wrong]
pattern: (you are|u are|ur|youre|you were|u were) [just|simply|clearly|obviously] (using|doing|holding|reading|installing|wearing|washing|charging|storing|setting up|plugging in) (it|this|that|them|the <word>) (wrong|wrongly|incorrectly|the wrong way|improperly)
weight: -2.0
kind: blame
message: "You're using it wrong" blames the customer. Show the right way to use it.
fix: rephrase
replace: here's the setting that should fix it
match: thats not a bug, ur just using it wrong

[like-the-email-told-you]
pattern: like (the|our|my|your) (email|message|letter|notice|instructions|guide|sign|website|agent|team|app|screen|manual|confirmation) (told|asked|said|instructed|showed|explained|tells|asks|says) (you|u)
pattern: as (the|our|my) (email|message|letter|notice|instructions|guide|sign|website|agent|app|screen|manual|confirmation) (told|asked|instructed) (you|u)
weight: -1.5
kind: passive-aggressive
message: "Like the email told you to" scolds the customer for not following instructions. Give the step again.
fix: rephrase
replace: here's how to update it
match: You're using an old version. Update it like the email told you to.

[goes-without-saying]
pattern: (it goes|that goes|it should go) without saying
pattern: ^ needless to say
pattern: not to be (rude|funny|harsh|blunt|mean) [,] but
weight: -1.5
kind: condescending
message: "It goes without saying" implies the customer should have known. Just say it.
fix: remove
match: Hello, it goes without saying that used items can't be returned.
match: Needless to say, we won't be honouring that price.
match: Not to be rude, but this is all explained on the website.

[we-must-remind-you]
pattern: (we|i) must [once again|again] remind you
pattern: (we|i) must (once again|again) (inform|advise|ask|warn) you
pattern: once again (we|i) (must|have to|need to) (remind|tell|inform|ask|warn|advise)
pattern: (we|i) (have to|need to) remind you again
weight: -1.0
kind: passive-aggressive
message: "We must remind you" scolds the customer. Give the information plainly.
fix: rephrase
replace: just a note that
match: Once again we must remind you that refunds are not available for digital goods.

[repeated-calls-must-stop]
pattern: (this|these|the|your|it) [<word>] (calls|emails|messages|behaviour|behavior|abuse|contact|threats|harassment|tweets|posts|it) (must|need to|has to|have to|will have to) stop
pattern: (this|it) (must|has to|needs to) stop (.|!)
pattern: your (repeated|constant|continuous|continual|numerous|multiple|endless|frequent|incessant) (calls|emails|messages|complaints|contacts|tweets|visits|requests|posts|comments|chasers)
weight: -1.5
kind: commanding
message: "Your repeated calls must stop" scolds the customer for following up. Give them a status and when to expect news.
fix: rephrase
replace: there's no need to keep chasing; I'll update you by
match: Your repeated calls to our office are disruptive and must stop.

[further-messages-reported]
pattern: (further|any further|more|any more|future) (messages|contact|emails|calls|abuse|threats|complaints|correspondence|disputes|posts|comments) (will|may) be (reported|blocked|escalated to|passed to|treated as|logged as|referred to|forwarded to)
pattern: will be treated as (vexatious|harassment|abuse|spam|abusive|malicious|a complaint)
pattern: (we|i) (do not|will not|can not) (tolerate|accept|put up with|stand for) (threats|abuse|rudeness|harassment|swearing|bad language|insults|threatening behaviour|threatening behavior)
weight: -2.0
kind: commanding
message: Threatening to report or block the customer escalates. If you need to set a boundary, state it calmly and say how you will keep helping.
fix: rephrase
replace: I want to keep helping, and I'll need us to keep this respectful
match: We will not tolerate threats. Any further messages will be reported.
match: The charge is legitimate, and further disputes will be treated as vexatious.

[reason-its-called]
pattern: (there is a reason|there is a reason why) (it is|its|they are) called
pattern: the clue is in the (name|title)
weight: -2.0
kind: sarcasm
message: "There's a reason it's called non-refundable" is sarcastic. Explain what the deposit covers and the options.
fix: rephrase
replace: this deposit type can't be refunded, but
match: There's a reason it's called a non-refundable deposit.
match: The clue is in the name: final sale.

[do-not-care]
pattern: (i|we) (do not|really do not) care (what|who) (you|u|the <word> [<word>]|your <word>|they|he|she|anyone) (said|says|told|think|thinks|want|wants|were told|heard|read)
pattern: (i|we) could not care less
pattern: (who|nobody|no one) cares (.|!|?|about)
weight: -2.5
kind: dismissive
message: "I don't care what the last agent told you" tells the customer they don't matter. Acknowledge the mix-up and give the correct information.
fix: rephrase
replace: I'm sorry for the mixed messages; the correct information is
match: I'm just following the rules, I don't care what the last agent told you.

[people-who-do-not-help]
pattern: (people|customers|those|anyone|users) who (do not|can not|will not|refuse to|never) (help themselves|bother|listen|read instructions|read the instructions|follow instructions|follow the instructions)
weight: -2.0
kind: condescending
message: "We can't help people who don't help themselves" lectures the customer. Say what you need from them and why.
fix: rephrase
replace: to help you, I'll need
match: It's customers who don't read the instructions that cause this.
negated: confrontation -2.0

[wasting-staff-time]
pattern: wasting (our|my|everyone's|the) <word> [<word>] time
pattern: (you are|u are) an adult (.|!)
pattern: (we are|i am) under no (duty|obligation) to (explain|justify|discuss|give|provide|tell)
weight: -2.0
kind: condescending
message: Telling the customer they are wasting staff time, or reminding them they are an adult, is an insult. Answer the question or explain what happens next.
fix: rephrase
replace: let's get this resolved
match: Please stop wasting our staff's time with the same question.
match: You're an adult. You can read a contract.
match: We're under no duty to explain our pricing to you.

[so-thats-up-to-you]
pattern: (so|then) (that is|thats) (up to you|your call|your choice|your decision|your problem|on you|your lookout) (.|!|,)
weight: -1.0
kind: dismissive
message: "So that's up to you" washes your hands of the customer's problem. Say what they can do and how you can help.
fix: rephrase
replace: and here's how we can help
match: You went to your own garage, so that's up to you.

[staff-do-not-make-mistakes]
pattern: (do not|never|would not|could not) make (mistakes|errors|a mistake|an error) (like that|of that kind|like this)
pattern: our (staff|team|agents|drivers|engineers|pharmacists|crew|technicians|employees|people) (do not|never|would not) make (mistakes|errors)
weight: -2.0
kind: dismissive
message: Claiming your staff never make mistakes dismisses the customer's account. Look into it and report back.
fix: rephrase
replace: I'll look into what happened
match: Our staff are trained professionals and they don't make mistakes like that.

[per-the-x-terms]
pattern: [as] per (the|our|your) (cancellation|booking|refund|payment|rental|hire|membership|tenancy|ticket|fare|course|enrolment|enrollment|warranty|service|subscription|return|returns|delivery|shipping|insurance|policy) (terms|rules|conditions|agreement|contract)
weight: -1.0
kind: policy
message: "As per the cancellation terms" cites paperwork instead of explaining. Say what the rule is in plain words and what the customer can do.
fix: rephrase
replace: under our cancellation terms
match: As per the cancellation terms, 100% of the fee is retained.
negated: confrontation -1.0

[cannot-do-anything-about]
pattern: (we|i) (can not|are unable to|am unable to|could not) do anything about (the|your|delays|any|it|that|this) [<word>]
weight: -1.0
kind: dismissive
message: "We can't do anything about delays" leaves the customer with nothing. Say what you can do, even if it's small.
fix: rephrase
replace: we can't change this ourselves, but here's what we can do
match: We cant do anything about delays at the border, speak to customs.

[if-you-do-not-want-it]
pattern: if (you|u) (do not|don't) (want|like) (it|this|that|the <word>|our <word>) [,] [then] (do not|don't) (use|buy|book|order|come|shop|stay|fly|join|subscribe|download)
weight: -2.0
kind: dismissive
message: "If you don't want it, don't use it" tells the customer to leave. Address the concern first.
fix: rephrase
replace: I understand the update isn't welcome, and here's why it's needed
match: hey, the update is mandatory. if you dont want it, dont use the app.

# ---------------------------------------------------------------------------------------------
# chat spellings ("ur", "thats", "u") of the core blame and dismissal phrases
# ---------------------------------------------------------------------------------------------

[chat-ur-problem]
pattern: (that is|it is|this is|thats|its) (ur|yr|ya) (problem|fault|issue|responsibility|mistake|lookout|own fault|own problem|job|bad)
pattern: (ur|yr) [own] fault
weight: -2.0
kind: blame
message: "Thats ur problem" blames the customer, and the chat spelling makes it sound careless too. Say what can be done and who can help.
fix: rephrase
replace: let's see what can be done
match: thats ur problem
match: its ur own fault tbh

[chat-u-should-know]
pattern: (you|u) should (know|understand|remember|realise|realize) (this|that) (.|!|,|already|by now)
pattern: u should (know|understand|remember) (this|that|better|how)
weight: -1.5
kind: condescending
message: "You should know this" talks down to the customer. Explain it instead.
fix: rephrase
replace: here is how it works
match: You should know this.
match: u should know this

[chat-read-the-faq]
pattern: , read (the|our) (faq|faqs|help centre|help center|docs|documentation|manual|small print|fine print|t & cs)
pattern: ^ read (the|our) (faq|faqs|help centre|help center|docs|documentation|manual|small print|fine print|t & cs)
weight: -1.0
kind: commanding
message: A bare "Read the FAQ" sends the customer away. Give the answer, then point to the page for more.
fix: rephrase
replace: the FAQ covers this, and in short:
match: read the faq
nomatch: Please read the FAQ for more details.

# ---------------------------------------------------------------------------------------------
# more put-downs, brush-offs and cold refusals
# ---------------------------------------------------------------------------------------------

[give-away-for-free]
pattern: (we|i) (do not|will not|can not|are not going to) (give|hand) (those|these|them|it|that|this|things|upgrades|refunds|rooms|tickets|credits) (away|out) [for free]
pattern: (give|hand) (those|these|them|it|that|this|things|upgrades|refunds|rooms|tickets|credits) (away|out) for free
pattern: (we are|this is) not (in the business of|here to) (giving|handing) (away|out)
weight: -1.5
kind: condescending
message: "We don't give those away for free" sneers at the request. Explain the price or what is included.
fix: rephrase
replace: this isn't included in the rate, but
match: We don't give those away for free.

[would-know-if-you-had]
pattern: (you|u) would (know|have known|understand|realise|realize) *6 if (you|u) [had] (read|checked|looked|bothered|listened|paid attention|opened|followed)
pattern: like (everyone|everybody) else (.|!|,|does|did)
weight: -2.0
kind: condescending
message: "You'd know if you checked the app like everyone else" scolds the customer. Give the information directly.
fix: rephrase
replace: this is shown in the app
match: You'd know the gym was closed if you checked the app like everyone else.

[what-the-faq-is-for]
pattern: (that is|thats|this is) (literally|exactly|precisely) what (the|our) (faq|faqs|manual|guide|help centre|help center|website|docs|documentation|instructions|terms|app|search bar|forum) (is|are) [there] for
weight: -2.0
kind: condescending
message: "That's literally what the FAQ is for" tells the customer they shouldn't have asked. Answer the question.
fix: rephrase
replace: the FAQ covers this, and in short:
match: Hey, that's literally what the FAQ is for.

[ensure-you-in-future]
pattern: [please] (ensure|make sure|be sure) [that] you (read|check|follow|keep|review|double check|pay attention|cancel|return|submit|contact|respond|reply|update|attend|arrive|book) *6 (in future|in the future|going forward|from now on|next time)
weight: -1.5
kind: commanding
message: "Please ensure you read all correspondence in future" lectures the customer. Help with this case; offer tips only as help.
fix: rephrase
replace: to make this easier next time, it can help to
match: Dear customer, please ensure you read all correspondence we send you in future.
nomatch: Please make sure you keep this email for your records.
nomatch: Make sure you use code SAVE10 next time for 10% off!

[as-far-as-we-are-concerned]
pattern: as far as (we are|i am|we|i|the company is|the airline is|the hotel is|the bank is) concerned
weight: -1.0
kind: dismissive
message: "As far as we're concerned" closes the matter from your side only. Say what you checked and what the customer can do if they disagree.
fix: rephrase
replace: according to our records
match: The tracking says delivered, so as far as we're concerned it's been delivered.

[there-will-be-no-refund]
pattern: there will be no (refund|refunds|compensation|credit|credits|reimbursement|extension|extensions|discount|replacement|replacements|make up classes|rebooking|goodwill) (for|on|given|issued|offered|in|this time|.|!)
weight: -1.5
kind: policy
message: "There will be no refund" is a flat refusal. Give the reason and what the customer can do instead.
fix: rephrase
replace: we can't refund this, but we can offer
match: The instructor's decision is final. There will be no refund for missed classes.

[cannot-be-expected-to]
pattern: (we|i|the <word>|staff|our staff) (can not|could not|should not|can not reasonably|can not possibly) be expected to
weight: -1.5
kind: dismissive
message: "We can't be expected to know" argues about fault. Acknowledge what happened and say what you can do now.
fix: rephrase
replace: we didn't have this information, but now that we do
match: We can't be expected to know you were travelling.

[quick-look-would-have]
pattern: (a|one) (quick|simple|brief|two minute|two second|single) (look|glance|check|read|search|google|visit) *6 would have (answered|told you|shown you|saved|helped|solved|cleared|explained|avoided)
pattern: what part of *4 (is unclear|is confusing|is hard|is difficult|do you not understand|do you not get|did you not understand|did you not get|are you struggling with)
weight: -2.0
negated: confrontation -2.0
kind: condescending
message: "A quick look at the website would have answered this" tells the customer they shouldn't have asked. Answer it.
fix: rephrase
replace: here's the answer
match: A quick look at the website would have answered this.
match: What part of non refundable is unclear?

[you-cannot-complain]
pattern: (you|u) (can not|could not|should not|have no right to|are in no position to|have no grounds to|do not get to) complain
pattern: (you have|you have got|you had) no (right|grounds|reason|business) to (complain|be upset|be angry|be annoyed|moan)
weight: -2.0
kind: condescending
message: Telling the customer they can't complain dismisses their experience. Address what went wrong.
fix: rephrase
replace: I understand your frustration
match: You chose the cheapest option, you can't complain about the service.

[user-side-issue]
pattern: (is|was) (user|customer|client) side (.|!|,)
pattern: (user|customer|client) side (issue|problem|error|fault)
weight: -1.0
kind: blame
message: Labelling it a "user side" issue puts the fault on the customer. Say what you checked and what to try next.
fix: rephrase
replace: something on the device
match: The system is working correctly. The issue is user side.

[were-you-not-listening]
pattern: (were|are) (you|u) not (listening|paying attention|reading|looking)
pattern: (did|do) (you|u) not (listen|hear) [to] (me|us|what)
pattern: do (you|u) not (read|check|open|look at|follow) (your|the|my|our|any)
weight: -2.0
kind: condescending
message: "Were you not listening?" scolds the customer. Repeat the key point plainly.
fix: rephrase
replace: just to recap
match: I explained this to you yesterday, were you not listening?
match: Hi there, do you not read your emails?

[wont-get-a-different-answer]
pattern: (will not|won't|is not going to|does not|would not) (get|give) [you] a different (answer|response|outcome|result|reply|decision)
pattern: (asking|repeating|sending|saying|raising|calling|emailing) (the same|it|this|that) *3 (will not|won't|does not|is not going to|would not) (get|change|give|help)
weight: -2.0
kind: dismissive
message: "Asking again won't get you a different answer" shuts the customer down. Answer again briefly, and say how to escalate.
fix: rephrase
replace: the answer is still the same, and if you'd like a review, here's how
match: Asking the same question won't get you a different answer.

[cannot-follow-simple-instructions]
pattern: (can not|could not|do not|did not|unable to|fail to|failed to) follow (simple|basic|easy|clear|the simplest|straightforward) (instructions|steps|directions)
weight: -2.0
kind: condescending
message: "If you can't follow simple instructions" insults the customer. Walk them through the steps.
fix: rephrase
replace: let's go through the steps together
match: If you can't follow simple instructions, we can't help.
negated: confrontation -2.0

[entertain-this-request]
pattern: entertain (this|your|the|any|such|that|these|further) (request|requests|claim|claims|complaint|complaints|demand|demands|idea|matter|correspondence|query|queries)
weight: -1.5
kind: dismissive
message: "We won't entertain this request" brushes the customer off in formal language. Explain the outcome and any route forward.
fix: rephrase
replace: consider this request
match: We are not in a position to entertain this request further.
negated: confrontation -1.5

[where-were-you]
pattern: ^ where were (you|u) (?|??|?!)
pattern: (is|was|it is|its) right in front of (you|u|your eyes|your nose|your face) (.|!)
weight: -2.0
kind: condescending
message: "Where were you?" or "it's right in front of you" scolds the customer. State what happened and what can be done now.
fix: rephrase
replace: we missed you at the appointment
match: The technician waited 20 minutes. Where were you?
match: The link is right in front of you.

[now-do-it]
pattern: ^ now do it (.|!)
pattern: (i|we) have (told|shown|explained to) (you|u) what (you need to|to|you have to|you must) do
weight: -2.0
kind: commanding
message: "Now do it." orders the customer around. Restate the step and offer help.
fix: rephrase
replace: once you've done that, let me know and I'll check
match: I've told you what you need to do. Now do it.

[been-online-for-months]
pattern: (has been|have been|had been) (online|available|published|posted|on the website|on our website|on the app|on the noticeboard|on display) for (months|weeks|ages|years|a month|a week|a year)
weight: -1.0
kind: condescending
message: "It has been online for months" implies the customer should have known. Share it again and help.
fix: rephrase
replace: is available online, and here it is
match: Hi, the exam timetable has been online for months.

[entitled-to-nothing]
pattern: (you are|u are|you were) entitled to (nothing|no refund|no compensation|nothing more|nothing else|nothing further)
pattern: (at|is at|are at) our (sole|absolute|own|complete) discretion
pattern: (we have|we) (chosen|elected|opted) not to (refund|offer|compensate|reimburse|waive|honour|honor|make|accept|give|extend|approve|reinstate|replace)
weight: -1.5
kind: policy
message: "You're entitled to nothing" is a blunt legal refusal. Explain the rule and what you can offer.
fix: rephrase
replace: this booking doesn't include a refund, but we can offer
match: You're entitled to nothing under these terms.
match: Refunds are at our sole discretion.

[you-really-should-have-known]
pattern: (you|u) (really|surely|definitely|certainly|obviously|clearly) should have (known|realised|realized|read|checked|seen|noticed|understood|asked|called|booked|cancelled|canceled)
weight: -2.0
kind: blame
message: "You really should have known" blames the customer after the fact. Explain what can be done now.
fix: rephrase
replace: it's easy to miss, and
match: You really should have known this already.

[no-point-arguing]
pattern: [there is] no point [in] (arguing|complaining|debating|shouting|discussing|escalating|chasing|disputing|getting upset|getting angry)
pattern: (i am afraid|sorry but) (that is|thats|it is) (tough|tough luck|hard luck|just tough|just how it is)
pattern: have it your way
weight: -2.0
kind: dismissive
message: "There's no point arguing" or "have it your way" shuts the customer down. Acknowledge their view and say what is possible.
fix: rephrase
replace: I understand you disagree, and here's what I can do
match: There's no point in arguing.
match: I'm afraid that's tough.
match: Fine, have it your way, the account is closed.

[are-we-done]
pattern: (or|so|,) are we done [here] (?|??|?!|.)
weight: -2.0
kind: dismissive
message: "Are we done?" or "this is getting ridiculous" shows impatience with the customer. Stay with the problem until it's solved.
fix: rephrase
replace: is there anything else I can help with
match: Is there anything else, or are we done?

[wait-around-for-you]
pattern: wait (around|about) (all day|forever|indefinitely) [for (you|u)]
pattern: (is not|are not|was not|were not) going to wait (around|about|all day|forever) [for (you|u)]
weight: -2.0
kind: condescending
message: "The driver isn't going to wait around all day for you" scolds the customer. Explain the delivery window and how to rebook.
fix: rephrase
replace: the driver can only wait a few minutes, and
match: The driver isn't going to wait around all day for you.

[noted-and-closed]
pattern: (is|has been|was) noted and (closed|filed|dismissed|rejected)
weight: -1.5
kind: dismissive
message: "Your complaint is noted and closed" dismisses it in one line. Say what you found and how to escalate.
fix: rephrase
replace: has been reviewed, and here is what we found
match: We followed the rules to the letter. Your complaint is noted and closed.

[told-no-respect-that]
pattern: (you have been|you were|you have already been|you were already) told no
pattern: please respect (that|this|our decision|the decision|our answer|the answer|our position) (.|!)
weight: -2.0
kind: dismissive
message: "You have been told no. Please respect that." scolds the customer for asking. Explain the reason and any alternative.
fix: rephrase
replace: we aren't able to do this, and the reason is
match: You have been told no. Please respect that.

[standard-procedure]
pattern: (that is|thats|it is|this is) (standard|normal|our standard|our normal|the standard|the normal|company|our usual|usual) (procedure|practice|process|protocol) (.|!)
pattern: ^ working as (intended|designed|expected) (.|!)
pattern: (that is|thats) how (it|the <word>|the <word> <word>|our <word>) (is|was|has been) (designed|built|made|meant to work|supposed to work)
weight: -1.0
kind: dismissive
message: "That's standard procedure" answers a complaint with a process. Explain the reason and what you can do for this customer.
fix: rephrase
replace: this is how we normally handle this, and
match: The room was cancelled. That's standard procedure.
match: Working as intended.

[fine-on-our-side]
pattern: (is|are|looks|seems|was) (fine|ok|okay|normal|all good) (on|at|from) (our|my) (side|end)
weight: -1.0
kind: dismissive
message: "It's fine on our side" closes the door on the customer's problem. Say what you checked and what to try next.
fix: rephrase
replace: our checks look normal, so let's look at what else could cause this
match: hey, the app is fine on our side. clear your cache or something

[legal-team]
pattern: (direct|address|send|forward|refer) [any] [further] (correspondence|communication|communications|complaints|queries|emails|letters|questions) to (our|the) (legal team|legal department|solicitors|lawyers|legal|legal representatives)
pattern: (passed|referred|forwarded|sent|escalated) (this|it|the matter|your complaint) to (our|the) (legal team|legal department|solicitors|lawyers)
weight: -2.0
kind: commanding
message: Sending the customer to your legal team escalates. Say how their complaint can be reviewed.
fix: rephrase
replace: if you'd like a formal review, you can contact our complaints team
match: Please direct any further correspondence to our legal team.

[we-do-not-do-x]
pattern: (we|i) (do not|never|dont) do (refunds|returns|exchanges|exceptions|callbacks|call backs|compensation|discounts|price matches|rain checks|partial refunds|cash refunds|goodwill|freebies)
weight: -1.0
kind: policy
message: "We don't do refunds" is a flat refusal. Explain the policy and what you can offer instead.
fix: rephrase
replace: we don't offer refunds on this, but we can
match: We don't do refunds on annual plans, sorry.

[which-is-on-you]
pattern: (which|and that|and this) (is|was) [all|entirely] on (you|u)
weight: -2.0
kind: blame
message: "Which is on you" blames the customer. State what happened and what can be done now.
fix: rephrase
replace: which was after the desk closed
match: You arrived at 11, which is on you.

[that-is-what-you-selected]
pattern: because (that is|thats) (the <word>|what|the one|the option|the <word> <word>) (you|u) (selected|chose|picked|booked|ordered|entered|asked for|requested|agreed to|signed up for|clicked)
pattern: (that is|thats) what (you|u) (selected|chose|picked|booked|ordered|entered|clicked) .
weight: -1.5
kind: blame
message: "Because that's the date you selected" puts the mistake on the customer. Explain what the booking shows and what can be changed.
fix: rephrase
replace: because the booking shows that date
match: The ticket was for the wrong date because that's the date you selected.

[read-carefully-before]
pattern: read (the|our|your|all) [<word>] (carefully|properly|more carefully|thoroughly|in full) (next time|in future|in the future|going forward)
pattern: read <word> (carefully|properly|more carefully|thoroughly) (next time|in future|in the future)
weight: -1.5
kind: condescending
message: "Please read listings carefully before buying" lectures the customer after the fact. Help with this order and offer tips as help.
fix: rephrase
replace: it can help to check
match: Please read listings carefully next time.
nomatch: Please read the contract carefully before signing.

[more-than-required]
pattern: more than (we|i) (were|was|are|am|had been) (required|obliged|obligated|bound|legally required|legally obliged|supposed) to
weight: -2.0
kind: condescending
message: "More than we were required to" tells the customer to be grateful. Explain what you did and what else is possible.
fix: rephrase
replace: as a goodwill gesture
match: We've already issued a credit, which is more than we were required to.

[x-stands]
pattern: (your|the|this|that) [<word>] (result|results|grade|mark|score|outcome|ruling|verdict) (stands|still stands|will stand) (.|!|,|and)
pattern: (the|this|that|your) [<word>] (ticket|notice|pcn|citation|fine|charge|fee|penalty|invoice|bill|ban|suspension|deduction|surcharge|assessment) (stands|still stands|will stand) (.|!|,|and)
pattern: the (signs|sign|terms|rules|instructions|emails|email|letter|letters|notice|notices|markings|directions|details|conditions|warnings) (were|was|are|is) [very|perfectly|quite|crystal|all] clear (.|!)
weight: -1.5
kind: policy
message: "Your parking ticket stands" closes the matter. Explain why and how to appeal.
fix: rephrase
replace: the ticket remains valid because
match: Hi, your parking ticket stands. The signs were clear.

[comma-seriously]
pattern: , seriously (?|??|?!)
pattern: (you|u) (want|expect) (a refund|compensation|your money back|a replacement|a discount|credit) after (using|wearing|eating|watching|keeping|having|staying|streaming|playing|driving)
weight: -2.0
kind: condescending
message: "Seriously? You want a refund after a year?" mocks the request. Explain what the policy allows.
fix: rephrase
replace: I understand you'd like a refund, and
match: Hi, seriously? You want a refund after using it for a year?

[as-stated-on-form-you-signed]
pattern: as (stated|shown|noted|written|explained|indicated|mentioned|listed|specified|set out|printed) (on|in) the <word> [<word>] (you|that you) (signed|agreed to|accepted|received|were given|were sent|filled in|filled out|completed|ticked)
weight: -1.5
kind: passive-aggressive
message: "As stated on the form you signed" argues that the customer should have known. Explain the rule plainly and any option.
fix: rephrase
replace: as noted on the booking form
match: The deposit is non-refundable, as stated on the consent form you signed.
negated: confrontation -1.5

[its-in-the-faq]
pattern: (it is|its) (in|on) (the|our) (faq|faqs|help centre|help center|manual) (.|!)
weight: -1.0
kind: condescending
message: "It's in the FAQ." sends the customer away unhelped. Give the answer here and link the page for more.
fix: rephrase
replace: the FAQ covers this, and in short:
match: hey, its in the FAQ. literally the first question

[works-for-everyone-else]
pattern: (works|is working|working) [fine|perfectly|ok|okay|normally] for (everyone|everybody) else
pattern: (works|is working|working) [fine|perfectly|ok|okay|normally] for (all our other customers|all other users|the rest of our customers|all our other users)
pattern: ^ probably your (setup|device|internet|wifi|router|connection|browser|pc|computer|phone|end|side|network|isp|fault|mistake)
weight: -1.5
kind: blame
message: "Works fine for everyone else" implies the customer is the problem. Look at what is different in their setup.
fix: rephrase
replace: it's working in our tests, so let's look at what's different on your device
match: works fine for everyone else. probably your setup

[if-you-do-not-want-to-pay]
pattern: if (you|u) (do not|don't) want to (pay|spend) (so much|that much|more|extra|the fee|the charge|for it|a lot|as much)
pattern: ^ (maybe|perhaps) (turn|use|spend|try not|do not|stop|order|buy|drive|eat|watch|stream|call|text) *5 if (you|u) (do not|don't) want
weight: -1.5
kind: condescending
message: "Maybe turn the heating down if you don't want to pay so much" lectures the customer. Explain the bill and offer ways to lower it.
fix: rephrase
replace: if you'd like to lower the bill, here are some options
match: Maybe turn the heating down if you don't want to pay so much.

[you-agreed-to-the-x]
pattern: (you|u) (agreed to|signed up for|opted into|consented to) (the|this|that|a|an) <word> [<word>] (.|!)
weight: -1.0
kind: blame
message: "You agreed to the auto-renewal" argues the contract with the customer. Explain the term and what can still be done.
fix: rephrase
replace: the plan was set to renew
match: Hi, you agreed to the auto-renewal. We can't refund it now.
