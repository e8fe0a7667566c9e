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
match: Clearly, the package was delivered on time.
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
match: Why is this so hard for you?
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
pattern: [please] read (it|this|that|the email|the instructions|the manual|the terms|the page|my message|my email|my reply|our email|our emails|the policy|our policy) (properly|more carefully|again|once more|next time)
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
pattern: (there are|there will be|there can be) no exceptions
pattern: ^ no exceptions (.|!)
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
fix: rephrase
message: Two or more words in capitals read as shouting. Write in sentence case; if something matters, say why it matters.
match: The office is CLOSED TODAY.
match: This is VERY IMPORTANT for your account.
nomatch: Your parcel is with UPS and should arrive today.
nomatch: Please check the FAQ page for details.

[shout-caps-three]
pattern: <caps> <caps> <caps>
weight: -1.0
kind: shouting
fix: rephrase
message: Three words in a row in capitals read as shouting. Write in sentence case; if something matters, say why it matters.
match: The store is CLOSED ALL WEEK.
nomatch: Your parcel is with UPS and should arrive today.

[shout-caps-run]
pattern: <caps> <caps> <caps> <caps>
weight: -2.0
kind: shouting
fix: rephrase
message: A whole run of capitals is shouting at the customer. Rewrite it in sentence case.
match: THE PARCEL LEFT OUR WAREHOUSE ON MONDAY.
match: YOUR ORDER WAS ALREADY REFUNDED.

[shout-caps-emphasis]
pattern: (please|kindly) <caps>
pattern: you (must|need to|have to|should) <caps>
weight: -1.0
kind: shouting
fix: rephrase
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
