# Personalization: does the reply speak to THIS customer, or to "a customer"?
#
# Cues (positive weights) are the marks of a reply written for one person: their name in the
# greeting or as a vocative ("..., Maria."), the facts of their case (an order or ticket number,
# a date, an amount, an address, a named model), references to their history with us, and an
# agent who speaks in the first person singular ("my name is Sam", "I'll be your point of
# contact"). A bare "your order" / "your account" and the agent's own name under the reply are
# faint cues only (0.1): every template has them.
# Anti-cues (negative weights, kind `anti-cue`) are the marks of a form letter: "Dear Customer",
# "valued customer", "To whom it may concern", automated-message and do-not-reply boilerplate,
# queue phrases such as "your call is important to us".
#
# Draws on: customer-service practice guides on personalised replies and templates, help-desk
# macro style guides (use the customer's name, reference their ticket, sign with a person's name),
# and the public literature on perceived personalisation in service communication.
# All phrasing written by the replytone team.
#
# Ordering matters: on a tie in length the entry that comes first wins, so the anti-cues come
# BEFORE the greeting cues ("Dear Member" must read as a form letter, not as "dear <name>";
# words such as Customer, Sir, Team and There are also listed as not-names in modifiers.lex).
# "We apologize for any inconvenience" is not here (confrontation.lex owns it). Reports of
# investigation ("I've checked / reviewed / looked at your account") are claimed by
# acknowledgement.lex and action reports ("I'll personally...", "I'm handling your...") by
# ownership.lex, which feeds personalization at half weight; this file does not duplicate them.
# your-things ("your order") starts matching at "your", so a cue that begins with the noun
# ("order 1234", "payment of £20") also needs a "your ..." form to be seen after "your".

dimension: personalization

# ---------------------------------------------------------------------------------------------
# Anti-cues: form-letter salutations
# ---------------------------------------------------------------------------------------------

[dear-customer]
pattern: dear (customer|customers)
weight: -2.0
kind: anti-cue
severity: warning
message: "Dear Customer" tells the reader this is a form letter; use their name (or a neutral greeting if you do not have it).
replace: Hi {{first_name}}
replace: Hello
match: Dear Customer, your refund has been processed.
match: Dear customers, our stores will close early today.
nomatch: Hi Maria, your refund has been processed.

[dear-valued-customer]
pattern: dear (valued|valuable|esteemed|loyal|treasured|cherished) (customer|customers|client|clients|member|members|guest|guests|user|users|subscriber|subscribers|shopper|shoppers|patron|patrons|player|players|passenger|passengers|partner|partners|account holder|cardholder|policyholder)
weight: -2.0
kind: anti-cue
message: "Dear valued customer" is the most recognisable form-letter opening there is; it signals the opposite of value. Use the customer's name.
replace: Hi {{first_name}}
match: Dear Valued Customer, we are writing to let you know about a change to your plan.
match: Dear esteemed client, please find attached your statement.
match: Dear valued player, the servers are back.
nomatch: Dear Maria, we are writing to let you know about a change to your plan.

[dear-sir-madam]
pattern: dear (sir|madam|sirs|sir or madam|madam or sir)
pattern: dear sir madam
weight: -2.0
kind: anti-cue
message: "Dear Sir/Madam" is addressed to nobody in particular; a support reply knows who it is writing to.
replace: Hi {{first_name}}
replace: Hello
match: Dear Sir, we have received your complaint.
match: Dear Madam, your order is on its way.
match: Dear Sir/Madam, please find our response below.

[to-whom-it-may-concern]
pattern: to whom it may concern
pattern: to whomever it may concern
weight: -2.0
kind: anti-cue
message: "To whom it may concern" is for letters to strangers; the customer wrote to you, so write back to them by name.
replace: Hi {{first_name}}
match: To whom it may concern, this letter confirms the closure of the account.
match: To whomever it may concern: we have reviewed the claim.
nomatch: We will forward this to whoever is responsible for the warehouse.

[dear-user]
pattern: dear (user|users|account holder|account holders|cardholder|card holder|policyholder|policy holder|subscriber|subscribers|member|members|shopper|patron|applicant|passenger|guest)
pattern: dear (player|players|gamer|gamers|fan|fans|driver|drivers|rider|riders|visitor|visitors|owner|owners|student|students|learner|learners|partner|partners|supporter|supporters|listener|listeners|viewer|viewers|participant|participants|attendee|attendees|creator|creators|seller|sellers|merchant|merchants|host|hosts|donor|donors|investor|investors|borrower|borrowers|bill payer)
weight: -1.5
kind: anti-cue
message: Addressing the customer by their role ("Dear user", "Dear member") reads as a mass mailing; use their name.
replace: Hi {{first_name}}
match: Dear user, your password was changed.
match: Dear Account Holder, we have updated our terms.
match: Dear member, your renewal is due.
match: Dear Player, your report has been received.
nomatch: Dear Maria, your report has been received.

[dear-client]
pattern: dear (client|clients|patient|tenant|resident|homeowner|buyer|seller|traveller|traveler|caller)
weight: -1.5
kind: anti-cue
message: "Dear client" is a salutation for a list, not for a person; use the customer's name.
replace: Hi {{first_name}}
match: Dear client, please see the attached invoice.
match: Dear Traveller, your booking has been amended.

[hello-customer]
pattern: (hi|hello|hey|greetings|good morning|good afternoon|good evening) (customer|user|client|member|valued customer|dear customer|account holder|subscriber|shopper)
weight: -1.5
kind: anti-cue
message: "Hello customer" greets a category, not a person; use their name or simply "Hello".
replace: Hi {{first_name}}
replace: Hello
match: Hello customer, your ticket has been updated.
match: Good morning Valued Customer, thank you for your message.
nomatch: Hello Maria, your ticket has been updated.

[hello-sir-madam]
pattern: (hi|hello|hey|good morning|good afternoon|good evening) (sir|madam|sir or madam)
pattern: , (sir|madam) (.|!|?)
weight: -0.5
kind: anti-cue
message: "Hello Sir/Madam" is polite but anonymous; if you know the customer's name, use it.
replace: Hi {{first_name}}
match: Hello Sir, we have checked the status for you.
match: Good afternoon madam, the engineer is on the way.

[generic-sign-off]
pattern: (regards|kind regards|best regards|warm regards|sincerely|yours sincerely|yours faithfully|best wishes) [,] [the] (support|customer service|customer support|customer care|customer services|client services|help desk|helpdesk|service|care) [team]
pattern: (regards|kind regards|best regards|warm regards|sincerely|yours sincerely|yours faithfully|best wishes) , (the team|team|management|the management)
pattern: (regards|kind regards|best regards|warm regards|sincerely|yours sincerely|yours faithfully|best wishes) [,] [the] <word> [<word>] (team|department|dept|desk|office|unit)
weight: -0.5
kind: anti-cue
message: A reply signed by "The Support Team" has no person behind it; sign with your own name so the customer knows who is helping them.
replace: Kind regards, {{agent_name}}
match: Kind regards, The Customer Service Team
match: Best wishes, the support team
match: Regards, Management
match: Kind regards, Returns Team
match: Sincerely, the Customer Relations Department
nomatch: Kind regards, Maria

# ---------------------------------------------------------------------------------------------
# Anti-cues: mass-market and automated boilerplate
# ---------------------------------------------------------------------------------------------

[valued-customer]
pattern: valued (customer|customers|client|clients|member|members|user|users|guest|guests|patron|patrons|subscriber|subscribers|shopper|shoppers)
pattern: (esteemed|valuable) (customer|customers|client|clients|member|members)
weight: -1.5
kind: anti-cue
message: "Valued customer" is a stock phrase that reads as the opposite of valued; say something about this customer instead.
replace: you
match: As a valued customer, you are entitled to a discount.
match: We thank all our valued customers for their loyalty.
match: Our esteemed clients receive priority service.
nomatch: We really value your feedback on the new app.

[automated-message]
pattern: this is an (automated|automatic|auto generated|automatically generated) (message|response|reply|email|e mail|notification|confirmation|acknowledgement|acknowledgment)
pattern: this (message|email|e mail|response|reply|notification) (is|was|has been) (automatically generated|auto generated|system generated|computer generated|generated automatically|sent automatically)
pattern: this is a (system|computer|auto) generated (message|email|e mail|response|notification)
weight: -1.5
kind: anti-cue
message: Announcing an automated message tells the customer nobody has read their words yet; if a person is replying, leave the automation language out.
replace: I have read your message
match: This is an automated message, please do not reply.
match: This is an automatic response to confirm we received your email.
match: This email was automatically generated.
nomatch: We have automated the refund process so it is faster now.

[do-not-reply]
pattern: [please] (do not|never) (reply|respond) (to|directly to) this (email|e mail|message|address|mail|notification)
pattern: this (mailbox|inbox|email address|address) is (not monitored|unmonitored|not attended|unattended)
pattern: this is a (no reply|noreply|do not reply|send only) (email|e mail|address|mailbox|message)
weight: -1.0
kind: anti-cue
message: "Do not reply to this email" shuts the door on the conversation; tell the customer how they can reply instead.
replace: you can reply to this email
replace: just reply here if you need anything else
match: Please do not reply to this email as it is not monitored.
match: Don't reply to this message.
match: This mailbox is not monitored.
nomatch: Please reply to this email with your order number.

[personal-response-will-follow]
pattern: (a|one of our) (support|customer service|customer support|customer care|service) (representative|agent|advisor|adviser|team member|specialist) will (review|be reviewing|look at|respond to) your (request|ticket|email|e mail|message|enquiry|inquiry|query) [shortly]
pattern: will (send|get back to) you [with] a personal (response|reply)
weight: -1.0
kind: anti-cue
message: This is the wording of an automatic receipt; if you are the person replying, say so in the first person and answer the question.
replace: I have read your message and
match: A support representative will be reviewing your request shortly.
match: One of our agents will send you a personal response within two days.

[we-value-your-business]
pattern: we value your (business|custom|patronage)
pattern: your (business|custom|patronage) is [very|really|extremely] important to us
weight: -0.5
kind: anti-cue
message: "We value your business" is a stock line that could go to anyone; show the value with something specific to this customer.
replace: thank you for sticking with us
match: We value your business and hope to see you again.
match: Your business is very important to us.

[your-call-is-important]
pattern: your (call|email|e mail|message|enquiry|inquiry|query|request|feedback|satisfaction) is [very|really|extremely|most] important to us
weight: -1.0
kind: anti-cue
message: "Your call is important to us" is the hold-music line; customers hear it as the opposite. Answer the question instead of asserting its importance.
replace: I am on it
match: Your call is important to us, please stay on the line.
match: Your email is very important to us.

[answered-in-order-received]
pattern: (answered|handled|dealt with|responded to|processed) in the order [they are|they were|it was|it is|they have been] received
weight: -0.5
kind: anti-cue
message: "Answered in the order received" is queue language that turns the customer into a number; say what you are doing for them.
replace: I am looking at your message now
match: Emails are answered in the order they are received.
match: All requests are handled in the order received.

[generic-greetings-opener]
pattern: ^ greetings (,|!|.|from)
weight: -0.5
kind: anti-cue
message: A bare "Greetings," is a form-letter opener; greet the customer by name.
replace: Hi {{first_name}},
match: Greetings, we have an update on your account.
match: Greetings from the billing department.
nomatch: Season's greetings to you and your family!

# ---------------------------------------------------------------------------------------------
# Cues: the customer's name
# ---------------------------------------------------------------------------------------------

[greeting-by-name]
pattern: (hi|hello|hey|dear|good morning|good afternoon|good evening|hiya|howdy|welcome|welcome back) <name>
pattern: ^ (morning|evening|afternoon) <name>
pattern: (hi|hello|hey|dear) (there|again) <name>
weight: 2.0
kind: name
match: Hi Maria, I have some good news about your refund.
match: Good morning James! Your replacement is on its way.
match: Hello {{first_name}}, thanks for your patience.
match: Hey there Sam, sorry about that.
nomatch: Hi there, thanks for your patience.
nomatch: Hello, I am looking into this for you.

[thanks-by-name]
pattern: (thanks|thank you|thanks again|thank you again|thanks so much|thank you so much|many thanks|cheers) <name>
weight: 1.5
kind: name
match: Thanks Maria, that helps a lot.
match: Thank you so much Priya, the refund is on its way.
match: Thank you {{first_name}} for the update.
nomatch: Thanks for the update.

[name-vocative-end]
pattern: , <name> (.|!|?|!!|??|?!)
weight: 1.5
kind: name
match: I have sent the replacement today, Maria.
match: Thanks for waiting, Chris!
match: Is there anything else I can help with, {{first_name}}?
nomatch: I have sent the replacement today.

[customer-name]
pattern: <customer>
weight: 1.5
kind: name
match: Maria, your refund is on its way.

[greeting-placeholder]
# Any template slot after a greeting ("Hi {{username}}", "Dear [Account Name]"): the template is
# built to greet one person. Name placeholders are already taken by greeting-by-name above.
pattern: (hi|hello|hey|dear|good morning|good afternoon|good evening) <placeholder>
weight: 1.5
kind: name
match: Hi {{username}}, your appeal is being reviewed.
match: Hi {{user}}, your ticket is now closed.
nomatch: Hi there, your appeal is being reviewed.

[valued-customer-with-name]
# "Dear Valued Customer {{first_name}}": a stock opening, but the template does fill in the
# person's name; longer than dear-valued-customer, so it replaces that anti-cue.
pattern: (dear|hi|hello) (valued|esteemed|loyal) (customer|client|member|guest|user|subscriber|player|passenger) [,] (<placeholder>|<customer>)
weight: 1.0
kind: name
match: Dear Valued Customer {{first_name}}, your plan renews next week.
match: Hello valued member [Member Name], thanks for your order.
nomatch: Dear Valued Customer, your plan renews next week.

[title-and-surname]
# "Mr Patel", "Ms. Chen": a title and a surname address one person (a salutation such as
# "Dear Mr" is already read by greeting-by-name).
pattern: (mr|mrs|ms|miss|mx|dr|mister) [.] <name>
weight: 1.5
kind: name
match: Mr Patel, your card has been reissued.
match: Good news, Mrs Howard: the engineer is booked.
nomatch: Please send us the account holder's details.

[name-vocative-mid]
# A first name set off by commas inside a sentence: "I get it, Dana, and ...".
pattern: , <name> , (but|and|i|we|that|this|please|thanks|thank you|it|you|so|just|if|as|let|here|there|your|the|sorry)
weight: 1.25
kind: name
match: The replacement left today, Maria, and should arrive on Friday.
match: That is a fair point, Sam, but the fee still applies.
nomatch: We ship to London, Paris and Rome.

[welcome-back]
pattern: welcome back
pattern: (nice|great|lovely|good) to (hear from|see|speak with|talk to|chat with) you again
weight: 0.5
kind: history
match: Welcome back, it is good to have you with us again.
match: Great to hear from you again!

# ---------------------------------------------------------------------------------------------
# Cues: the agent speaks as a person
# ---------------------------------------------------------------------------------------------

[my-name-is]
pattern: my name is
pattern: i am <name> (and|from|with|on|here from|, your|, one of)
pattern: (this is|it is) <name> (from|with|on|here from) [the]
pattern: ^ <name> here from [the]
weight: 1.0
kind: first-person
match: My name is Sarah and I will be looking after your case.
match: I'm Tom from the billing team.
match: This is Priya from customer care.
match: Sarah here from the returns team.

[sign-off-with-name]
# The agent's own name under the reply is polite but says nothing about the customer, so it is
# a faint cue: on its own it does not make a reply personal.
pattern: (regards|kind regards|best regards|warm regards|warmest regards|many thanks|best wishes|sincerely|yours sincerely|warmly|all the best|speak soon|talk soon|take care) , <name>
weight: 0.1
kind: first-person
match: Kind regards, Sarah
match: Speak soon, Tom.
nomatch: Kind regards, the support team

[i-have-checked]
pattern: i have [just|now|personally|already|also] (had a look|taken a look|had a quick look|taken a quick look|checked on this|checked on that|checked on it|checked with my|checked with a)
weight: 0.5
kind: first-person
match: I've checked with my colleague in billing and the credit is approved.
match: I have just had a look and everything is in order.
nomatch: I haven't checked yet, but I will.

[i-will-be-your-contact]
pattern: i will be (your|the) (point of contact|contact|main contact|case owner|case manager|agent) [for this|on this|from now on|going forward]
pattern: i will be (handling|looking after|taking care of|managing) your (case|ticket|request|order|claim|complaint|refund|booking|account|query|enquiry|inquiry)
weight: 1.0
kind: first-person
match: I'll be your point of contact from now on.
match: I will be looking after your claim until it is resolved.

[reach-me-directly]
pattern: (you can|feel free to|please) (reach|contact|email|e mail|call|message|text) me (directly|personally|any time|anytime|at|on)
pattern: my direct (line|number|email|e mail|extension|phone number|contact)
pattern: (reply|respond) [directly] to me (here|at|on|directly|personally)
weight: 1.0
kind: first-person
match: You can reach me directly on this thread.
match: My direct line is below if anything else comes up.
match: Just reply to me here and I will pick it up.

[wanted-to-personally]
pattern: i (wanted|want) to (personally|reach out personally|let you know personally|write to you personally|contact you personally|get back to you personally)
weight: 1.0
kind: first-person
match: I wanted to personally let you know that your order has shipped.
match: I want to personally make sure the right size reaches you.

# ---------------------------------------------------------------------------------------------
# Cues: specifics of this customer's case
# ---------------------------------------------------------------------------------------------

[order-number]
pattern: (order|ticket|case|reference|booking|invoice|account|tracking|confirmation|reservation|claim|return|rma|policy|membership|subscription|transaction|incident|request|consignment|shipment|waybill) (number|no|no .|nr|num|id|ref|code) <number>
pattern: (order|ticket|case|reference|invoice|confirmation|incident|rma|reservation|consignment) <number>
weight: 1.0
kind: specific
match: I have found order number 4521-7783 in our system.
match: Ticket 88231 has been escalated to the engineering team.
match: Please quote booking ref ABX992 when you check in.
match: Case #A1234 is now closed.
nomatch: In order to help, please send us a DM.

[your-order-number]
pattern: your (order|ticket|case|booking|invoice|claim|return|reservation|policy|subscription|parcel|package|shipment|refund|request|complaint|payment|transaction|number|phone number|mobile number|account|loan|application|contract|membership|flight|card) <number>
pattern: your (order|ticket|case|booking|reference|confirmation|tracking|account|claim|return|reservation|policy|membership|invoice) (number|no|id|reference|ref) (is|was|will be|:) <number>
pattern: your (order|ticket|case|booking|reference|confirmation|tracking|account|claim|return|reservation|policy|membership|invoice|complaint|request|application|loan|contract|subscription) [number|no|id|reference|ref|code] [:] [<caps>] <number>
weight: 1.5
kind: specific
match: Your order 55123 was dispatched this morning.
match: Your ticket number is 99120 if you need to follow up.
match: Your tracking number is 1Z999AA10123456784.
match: Your case CR-40211 is with our disputes team.
match: Please quote your booking reference QX7H2P at the desk.
match: Your number 0161 555 0100 will move across on Friday.

[order-placeholder]
pattern: your (order|ticket|case|booking|invoice|account|claim|return|reservation|policy|subscription|parcel|package|shipment|delivery|refund|request|payment|purchase|transaction) <placeholder>
pattern: (order|ticket|case|reference|booking|invoice|account|tracking|confirmation|reservation|claim|purchase|transaction) (number|no|id|ref|reference) <placeholder>
pattern: (order|ticket|case|booking|invoice|purchase|reservation|claim) <placeholder>
weight: 0.5
kind: template-specific
match: Your order {{Order Number}} is still processing.
match: Please quote reference number {{Reference Number}} when you call.
match: I have updated purchase {{Purchase ID}} for you.

[your-things]
# "your order", "your account" on its own is the vocabulary of every template step ("log in to
# your account", "your order will ship in 3 days"): a faint cue. What makes it personal is a
# number, a date, an amount or a named product, which have their own entries.
pattern: your (order|booking|subscription|account|package|parcel|refund|ticket|request|payment|invoice|plan|device|item|items|delivery|shipment|return|claim|reservation|complaint|case|purchase|replacement|exchange|appointment|bill|router|policy|membership|flight|contract|warranty)
weight: 0.1
kind: specific
match: The courier has your parcel now.
match: Your refund will show on the next statement.
match: The engineer will check your router on Monday.
nomatch: Please send us a DM so we can look into this.

[your-recent-order]
pattern: your (recent|last|latest|previous|earlier|most recent) (order|purchase|booking|visit|call|message|email|e mail|chat|payment|bill|statement|delivery|stay|flight|trip|reservation|invoice|claim|return|request|ticket|complaint|review|subscription|plan|device|phone|appointment|installation|repair|replacement)
weight: 1.0
kind: specific
match: I can see your recent order was split into two parcels.
match: Thanks for your last message, it helped.
match: Your previous booking has been cancelled and refunded.

[your-thing-status]
# A status line about "your order" is what every automatic notification says; like your-things
# it is a faint cue unless a number, date or amount comes with it.
pattern: your (order|package|parcel|refund|delivery|replacement|shipment|return|exchange|claim|payment|booking|reservation|repair|device|item|items) (was|has been|have been|has now been|has just been|was just) (shipped|dispatched|processed|approved|delivered|issued|sent|confirmed|booked|received|scheduled|rescheduled|collected|picked up|refunded|credited|upgraded|repaired)
pattern: your (order|package|parcel|refund|delivery|replacement|shipment|return|exchange|item|items|repair|device) (is|are) [now|already] (on its way|on the way|out for delivery|ready for collection|ready for pickup|with the courier|at the depot|in transit|at your local)
weight: 0.1
kind: specific
match: Your refund has been approved and will reach your card in 3-5 days.
match: Your replacement was dispatched this morning.
match: Good news: your parcel is out for delivery.

[looking-at-your-account]
pattern: (looking at|going through|looking through|from what i can see on|from what i can see in|according to) your (account|order|booking|history|records|file|notes|ticket|case|order history|account history|purchase history|payment history|details|statement|bill|invoice|tracking|profile)
weight: 1.0
kind: specific
match: Looking at your account, the direct debit was set up on the 2nd.
match: From what I can see on your order, it was delivered to the side door.
match: According to your order history, this was bought last June.

[i-found-your]
pattern: i have (found|located|tracked down|traced|managed to find|managed to locate) your (order|account|booking|payment|refund|parcel|package|delivery|subscription|bill|invoice|ticket|claim|return|device|item|card|flight|reservation|email|e mail|message|call|details|records|case)
pattern: i (found|located|tracked down|traced|managed to find|managed to locate) your (order|account|booking|payment|refund|parcel|package|delivery|subscription|bill|invoice|ticket|claim|return|device|item|card|flight|reservation|email|e mail|message|call|details|records|case)
weight: 1.0
kind: specific
match: I've located your parcel at the local depot.
match: I found your email from Monday in our spam folder.

[customer-history]
pattern: you have been (with us|a customer|a member|a subscriber|banking with us|shopping with us) (for|since) [over|more than|almost|nearly|about] <number>
pattern: you have been (with us|a customer|a member|a subscriber|banking with us|shopping with us) (for|since) (years|so long|a long time|many years|over a year|more than a year)
pattern: (last|earlier this) (week|month|time|year) you (contacted|called|wrote|messaged|told|mentioned|spoke|chatted|asked|ordered|reported)
pattern: (as|since) a (loyal|long time|longtime|long standing|regular|founding|premium|gold|platinum) (customer|member|subscriber|client|guest)
weight: 1.0
kind: history
match: You've been with us since 2014, so this is the least we can do.
match: You have been a customer for over 6 years.
match: Last time you contacted us, the issue was with your modem.
match: As a long time customer, you qualify for the loyalty rate.

[as-we-discussed]
pattern: as (we|i) (discussed|agreed|spoke about|talked about|mentioned) (earlier|yesterday|today|this morning|on the phone|over the phone|on our call|in our chat|last week|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday)
pattern: (following up on|further to|following) (our|your) (call|conversation|chat|phone call|email|e mail|message) (earlier|yesterday|today|this morning|this afternoon|last week|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday)
pattern: (per|as per) our (conversation|call|phone call|chat|discussion) (earlier|yesterday|today|this morning|last week)
weight: 1.0
kind: history
match: As we discussed on the phone, the engineer will come on Friday.
match: Following up on our call yesterday, the credit is now on your bill.
match: Per our conversation earlier, I have cancelled the second line.

[dear-friend]
pattern: dear (friend|friends|reader|readers|all|everyone|valued friend|team member)
weight: -1.0
kind: anti-cue
message: "Dear friend" and "Dear all" are mailing-list openings; a reply to one customer should greet that customer.
replace: Hi {{first_name}}
match: Dear friend, we have an exciting update for you.
match: Dear all, the service is back up.

[all-our-customers]
pattern: (as we tell|as we remind|as we advise|as we ask|as with|same as for|as is the case for) all [of] our (customers|clients|members|users|guests|subscribers)
weight: -0.5
kind: anti-cue
message: Reminding the customer that they are one of "all our customers" makes the reply feel like a broadcast; talk about their case.
replace: in your case
match: As we tell all our customers, returns take five days.
match: As with all of our members, the fee applies from day one.

[like-any-other-customer]
pattern: (like|as with|same as|just like) (any|every|all) other (customer|customers|client|clients|member|members|user|users|guest|guests)
pattern: (we|i) (treat|have to treat|must treat) (all|every) (customers|customer|clients|client|members|member) (the same|equally|alike)
weight: -1.0
kind: anti-cue
message: "Like any other customer" tells the customer their situation is not being looked at; say what applies to them and why.
replace: in your case
match: Like any other customer, you will need to wait for the standard window.
match: We treat all customers the same, so the fee stands.

[customers-are-advised]
pattern: (customers|clients|members|users|guests|passengers|account holders|cardholders|subscribers|tenants|patients) are [kindly|strongly] (advised|reminded|requested|asked|encouraged|required|expected) to
weight: -1.0
kind: anti-cue
message: Talking about "customers" in the third person reads like a notice on a wall; address the person you are writing to.
replace: you may want to
replace: please
match: Customers are advised to keep their receipts.
match: Passengers are kindly requested to arrive two hours early.

[the-customer-third-person]
pattern: the (customer|client|account holder|cardholder|card holder|user|member|guest|passenger|purchaser|buyer|policyholder|subscriber) (is|will be|must|should|has to|needs to|shall|may be|would be) (responsible|required|liable|charged|advised|asked|notified|entitled|expected|obliged)
weight: -1.0
kind: anti-cue
message: Referring to the reader as "the customer" turns the reply into terms and conditions; say "you" and explain what it means for them.
replace: you are
replace: you will be
match: The customer is responsible for return postage.
match: The account holder will be charged a late fee.
nomatch: The customer service team will call you tomorrow.

[writing-to-all-customers]
pattern: (writing to|would like to|wish to|want to) (inform|notify|remind|let) (all [of] our|all|our) (customers|clients|members|users|subscribers|guests|account holders|valued customers)
pattern: (this is a|this is an|please note this) (general|important|service|mass) (notice|announcement|update|message) (to|for) (all|our) (customers|clients|members|users|subscribers)
weight: -1.0
kind: anti-cue
message: A reply that is really a mass announcement does not answer this customer; answer their question first and keep the general notice short.
replace: I wanted to let you know
match: We are writing to inform all our customers about new opening hours.
match: This is a general notice to all customers.

[this-email-is-to-inform]
pattern: this (email|e mail|message|letter|notice|notification|correspondence) is to (inform|notify|confirm|advise|let)
weight: -0.5
kind: anti-cue
message: "This email is to inform you" is form-letter framing; just tell the customer the news.
replace: I wanted to let you know
match: This email is to inform you that your plan will change.
match: This letter is to confirm the closure of the account.

# ---------------------------------------------------------------------------------------------
# Cues: the customer's life and occasion
# ---------------------------------------------------------------------------------------------

[enjoy-your-trip]
pattern: (enjoy|enjoyed|enjoying) your (trip|stay|flight|holiday|holidays|vacation|meal|visit|new|journey|concert|show|game|event|party|celebration|time in|time at|birthday|anniversary|honeymoon|wedding|new home|cruise|getaway|break)
pattern: (safe travels|bon voyage|have a safe (flight|trip|journey|drive))
weight: 0.75
kind: occasion
match: Enjoy your trip to Lisbon!
match: I hope you enjoy your new headphones.
match: Safe travels, and we'll see you on board.

[hope-you-had-a-great]
pattern: hope (you|you both|your family) (had|have|are having|enjoyed) [a] (great|good|lovely|wonderful|fantastic|safe|fun|relaxing) (trip|stay|flight|holiday|vacation|birthday|anniversary|visit|journey|move|honeymoon|celebration)
weight: 0.75
kind: occasion
match: I hope you had a lovely birthday despite the mix-up.
match: Hope you both have a great honeymoon.
nomatch: Hope you have a great day.

[congratulations-on-your]
pattern: (congratulations|congrats) on (your|the) (new|wedding|baby|graduation|promotion|move|anniversary|engagement|retirement|new home|new job|new arrival|big day|marriage|birthday|new business|new house|first|little one|achievement)
weight: 1.0
kind: occasion
match: Congratulations on your new home!
match: Congrats on the new job, and welcome to the area.

[happy-birthday]
pattern: happy (birthday|anniversary|retirement|graduation|housewarming|belated birthday|early birthday)
pattern: many happy returns
weight: 1.0
kind: occasion
match: Happy birthday! Your voucher is on its way.
match: Many happy returns from all of us.

[your-family]
pattern: (your|you and your) (daughter|son|wife|husband|partner|mum|mom|mother|dad|father|family|kids|children|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|nan|baby|little one|fiance|fiancee|sister|brother|parents|mother in law|father in law|twins)
weight: 0.75
kind: life
match: I hope your daughter loves the bike.
match: I'm glad you and your family got home safely.

[your-pet]
pattern: your (dog|dogs|cat|cats|pup|puppy|kitten|pet|pets|pooch|horse|furry friend|four legged friend|rabbit|parrot)
weight: 0.75
kind: life
match: I hope your puppy enjoys the new bed.
match: Give your cat a cuddle from us.

[hope-you-feel-better]
pattern: (hope|hoping) (you|your (daughter|son|wife|husband|partner|mum|mom|dad|little one)) (feel|feels|are feeling|is feeling|get|gets) (better|well) [soon]
pattern: (wishing|wish) (you|your family|them|him|her) a (speedy|quick|fast|full|swift) recovery
pattern: get well soon
weight: 0.75
kind: life
match: I hope you feel better soon.
match: Wishing you a speedy recovery.
match: Get well soon, and don't worry about the return date.

# ---------------------------------------------------------------------------------------------
# Cues: more specifics of this customer's account and history
# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# Cues: the facts of this customer's case (a date, an amount, an address, a reference, a model)
# ---------------------------------------------------------------------------------------------
# These are facts, so a negator nearby ("it was not delivered on the 12th") does not cancel them:
# a negated match still counts as the same cue.

[date-of-their-case]
# A date tied to something that happened or is due on this customer's case ("delivered on the
# 12th", "your contract ends on 4 November"). A bare date is left out: "prices rise from 1 April"
# and "the sale starts on 24 Nov" are announcements to everyone.
pattern: (delivered|placed|ordered|charged|paid|cancelled|canceled|booked|sent|dispatched|shipped|posted|returned|received|made|taken|debited|credited|refunded|moved|changed|opened|raised|logged|called|reported|bought|purchased|renewed|renews|ends|expires|expired|ended|due|arrived|arrives|scheduled|confirmed|rebooked|rescheduled|collected|fitted|installed|joined|upgraded|switched|submitted|landed|flew|missed|out) *3 (on|since|by|until) <number> (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)
pattern: (delivered|placed|ordered|charged|paid|cancelled|canceled|booked|sent|dispatched|shipped|posted|returned|received|made|taken|debited|credited|refunded|moved|changed|opened|raised|logged|called|reported|bought|purchased|renewed|renews|ends|expires|expired|ended|due|arrived|arrives|scheduled|confirmed|rebooked|rescheduled|collected|fitted|installed|joined|upgraded|switched|submitted|landed|flew|missed|out) *3 (on|since|by|until) the <number> [of (january|february|march|april|june|july|august|september|october|november|december)]
pattern: (delivered|placed|ordered|charged|paid|cancelled|canceled|booked|sent|dispatched|shipped|posted|returned|received|made|taken|debited|credited|refunded|moved|changed|opened|raised|logged|called|reported|bought|purchased|renewed|renews|ends|expires|expired|ended|due|arrived|arrives|scheduled|confirmed|rebooked|rescheduled|collected|fitted|installed|joined|upgraded|switched|submitted|landed|flew|missed|out) *3 (on|since|by|until|for) (january|february|march|april|june|july|august|september|october|november|december) <number>
pattern: (delivered|placed|ordered|charged|paid|cancelled|canceled|booked|sent|dispatched|shipped|posted|returned|received|made|taken|debited|credited|refunded|moved|changed|opened|raised|logged|called|reported|bought|purchased|renewed|renews|ends|expires|expired|ended|due|arrived|arrives|scheduled|confirmed|rebooked|rescheduled|collected|fitted|installed|joined|upgraded|switched|submitted|landed|flew|missed|out) *3 (on|for|by|until) (monday|tuesday|wednesday|thursday|friday|saturday|sunday) [the] <number>
pattern: (£|$|€) <number> on the <number>
weight: 1.0
kind: specific
negated: personalization 1.0
match: The parcel was scanned and delivered on the 12th.
match: Your plan renews on 1 June.
match: I can see the order was placed on Friday 3rd.
match: The payment went out on March 3rd.
match: The one for £950 on the 2nd?
nomatch: Prices on all plans rise from 1 April.
nomatch: Our sale goes live on 24 Nov.
nomatch: Refunds take 5 to 7 working days.

[appointment-for-day]
pattern: (visit|appointment|delivery|collection|installation|engineer|callback|call back|slot|repair|fitting|pickup|pick up) (is|has been|was|now|are) [now] (booked|confirmed|scheduled|arranged|rescheduled|moved|set) (for|to|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the <number>)
pattern: (visit|appointment|delivery|collection|installation|engineer|callback|slot|repair|fitting|pickup) (booked|confirmed|scheduled|arranged|rescheduled|moved) (for|to|on) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the <number>)
weight: 1.0
kind: specific
match: Your engineer visit is confirmed for Monday morning.
match: ok, collection booked for tomorrow 8-12.
nomatch: Deliveries are not made on Sundays.

[amount-of-their-case]
pattern: (refunded|credited|charged|reversed|reimbursed|debited|billed|added|applied|popped|put|returned|transferred|processed|issued|recall of|refund of|credit of|payment of|total of|totalling|totaling|balance of|difference of) [the|a|an|your|full|whole|extra|additional] (£|$|€) <number>
pattern: the (£|$|€) <number> (fee|charge|payment|refund|credit|bill|deposit|balance|order|invoice|debit|transaction|difference|overcharge|top up|purchase|fare|booking|subscription)
pattern: (a|an) (£|$|€) <number> (credit|refund|goodwill gesture|goodwill payment|compensation payment|reimbursement|partial refund)
pattern: your (payment|refund|credit|bill|balance|charge|order|invoice|deposit|top up|transfer|purchase|booking|statement) (of|for) (£|$|€) <number>
weight: 1.0
kind: specific
negated: personalization 1.0
match: The £35 fee was applied on your last statement.
match: I can see you were charged $64.99 twice.
match: I can offer a £10 credit for the trouble.
match: Your payment of £120 has cleared.
nomatch: Every main is $3 this week.
nomatch: Orders over £50 ship free.
nomatch: Further withdrawals incur a fee of £5.

[street-address]
pattern: <number> <name> [<name>] (road|street|lane|close|avenue|drive|court|crescent|gardens|terrace|grove|square|rd|st|ave|boulevard|blvd|mews|parade|row)
weight: 1.0
kind: specific
match: The driver left it at 14 Oak Lane.
match: I have the address as 3 Mill View Road.
nomatch: Our stores are open 7 days a week.

[reference-code]
pattern: (order|ticket|case|reference|ref|booking|invoice|account|policy|claim|application|loan|contract|membership|transaction|incident|confirmation|complaint|request|subscription|tracking|flight|rma) [number|no|id|ref|reference|code] [:] <caps> <number>
weight: 1.0
kind: specific
match: Your complaint is logged under reference CX-5501.
match: The direct debit for policy HX-1029 is set up.
nomatch: Please quote your reference when you call.

[named-product]
pattern: your (<name>|iphone|ipad|macbook|imac|airpods|galaxy|pixel|xbox|kindle|playstation) [<name>] <number>
weight: 1.0
kind: specific
match: I am checking whether your Dyson V11 can go out today.
match: The update for your iPhone 12 is ready.
nomatch: Please restart your phone and try again.

[card-ending-in]
pattern: (card|account|number|phone|mobile|phone number|mobile number|iban|sort code|reference|line|policy|membership) ending (in|with) <number>
weight: 1.0
kind: specific
match: The refund went back to the card ending in 4321.
match: I have updated the mobile number ending with 889.

[order-placed-on]
pattern: your (order|booking|purchase|payment|call|message|email|e mail|reservation|claim|return|complaint|request|ticket) (placed|made|dated|sent|booked|submitted|raised|logged|opened) (on|at|last|yesterday|earlier|this morning|this week|in|back in)
pattern: your (order|booking|purchase|payment|call|message|email|e mail|reservation|claim|return|complaint|request|ticket) from (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|last month|earlier today|this morning|last night|the weekend)
weight: 1.0
kind: specific
match: Your order placed on the 3rd is now with the courier.
match: Your email from Tuesday is next in the queue.

[your-usual]
pattern: your (usual|regular|favourite|favorite) (order|store|branch|driver|engineer|delivery|delivery slot|slot|seat|room|table|time|address|stylist|size|brand|flavour|flavor|drink|dish|product)
weight: 0.75
kind: history
match: Your usual delivery slot is free on Friday.
match: Your favourite flavour is back in stock.

[in-your-case]
pattern: in your (case|particular case|specific case|situation|particular situation|circumstances|instance)
pattern: for (someone|a customer) (in your situation|in your position|with your (plan|account|history|needs|usage))
weight: 0.5
kind: specific
match: In your case, the warranty covers the repair.
match: For someone in your situation, the family plan works out cheaper.

[based-on-your-history]
# Anchored at the start of the sentence: "The bill is based on your usage" explains a rule,
# "Based on your usage, ..." tailors advice to this customer.
pattern: ^ (based on|given|considering|looking at|in light of) your (usage|history|order history|account history|purchase history|previous orders|past orders|circumstances|situation|loyalty|long history|travel dates)
weight: 0.75
kind: specific
match: Based on your usage, the smaller plan would save you money.
match: Given your circumstances, I have waived the fee.
nomatch: The bill is based on your usage.

[i-remember-you]
pattern: i (remember|recall) (you|your|our|speaking|talking|chatting|helping|we spoke|we talked)
weight: 1.0
kind: history
match: I remember your order from last spring.
match: I recall speaking with you about the boiler.

[we-spoke-before]
pattern: (we|you and i) (spoke|talked|chatted) (yesterday|earlier|last week|this morning|last night|on the phone|over the phone|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday|a few days ago|recently)
pattern: (i was|it was me) (the one|the agent|the person|who) you (spoke|talked|chatted) (to|with)
weight: 1.0
kind: history
match: We spoke yesterday about the missing parcel.
match: I was the one you spoke to on Monday.

[pleasure-speaking-with-you]
pattern: (it was|it has been|it is always|always|it is been) (a pleasure|great|nice|lovely|good|a delight) (speaking|talking|chatting|working) (with|to) you
weight: 0.5
kind: first-person
match: It was a pleasure speaking with you today.
match: Always great chatting with you!

[specifically-for-you]
pattern: (specifically|personally|especially) for you
pattern: (set aside|reserved|put aside|held|saved|kept) (one|a|an|the|this|it) *2 for you
weight: 0.75
kind: specific
match: I have made this change specifically for you.
match: I've set aside a replacement for you at the front desk.

[i-am-your-agent]
pattern: i am (your|the) (agent|advisor|adviser|specialist|representative|account manager|case manager|engineer|technician|case handler|point of contact|dedicated advisor|personal advisor) (handling|looking after|assigned|for|on|today|and|,)
weight: 1.0
kind: first-person
match: I'm your account manager and I'll be in touch weekly.
match: I am the engineer assigned to your repair.

[you-are-chatting-with]
pattern: you are (speaking|chatting|talking) (with|to) <name>
pattern: you have reached <name>
weight: 1.0
kind: first-person
match: You're chatting with Priya today.
match: You have reached Tom in the returns team.

[in-time-for-your]
pattern: in time for your (trip|birthday|wedding|party|event|holiday|vacation|flight|anniversary|move|meeting|exam|interview|daughter's|son's|big day|celebration|first day|appointment|deadline)
weight: 1.0
kind: occasion
match: It will arrive in time for your daughter's party.
match: I've upgraded the shipping so it lands in time for your trip.

[personal-note]
pattern: (on a personal note|a personal note from me|as a personal thank you|as a personal gesture|a little something from me|a small personal gesture)
weight: 1.0
kind: first-person
match: On a personal note, I loved the photos of your garden.
match: As a personal thank you, I've added a voucher to your account.

[hope-it-went-well]
pattern: hope (the|your) (move|trip|renovation|project|event|recovery|studies|new job|new business|wedding|party|holiday|interview|exam|surgery|first week|launch|big day) (is going|went|goes|has gone|is coming along) (well|smoothly|great|to plan)
weight: 0.75
kind: occasion
match: I hope the move went smoothly.
match: Hope your new business is going well!

[how-was-your]
pattern: how (did|was|were) (the|your) (trip|move|party|wedding|event|interview|exam|flight|stay|birthday|holiday|holidays|vacation|honeymoon|concert|first week|big day) [go]
weight: 0.75
kind: occasion
match: How was your trip to Rome?
match: How did the party go in the end?
