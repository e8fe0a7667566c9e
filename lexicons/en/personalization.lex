# Personalization: does the reply speak to THIS customer, or to "a customer"?
#
# Cues (positive weights) are the marks of a reply written for one person: their name in the
# greeting or as a vocative ("..., Maria."), references to their own order, ticket or account
# (ideally with its number), references to their history with us, and an agent who speaks in
# the first person singular and puts a name to the reply ("I've checked your order", "my name is").
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
pattern: dear (valued|valuable|esteemed|loyal|treasured|cherished) (customer|customers|client|clients|member|members|guest|guests|user|users|subscriber|subscribers|shopper|shoppers|patron|patrons)
weight: -2.0
kind: anti-cue
message: "Dear valued customer" is the most recognisable form-letter opening there is; it signals the opposite of value. Use the customer's name.
replace: Hi {{first_name}}
match: Dear Valued Customer, we are writing to let you know about a change to your plan.
match: Dear esteemed client, please find attached your statement.
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
weight: -1.5
kind: anti-cue
message: Addressing the customer by their role ("Dear user", "Dear member") reads as a mass mailing; use their name.
replace: Hi {{first_name}}
match: Dear user, your password was changed.
match: Dear Account Holder, we have updated our terms.
match: Dear member, your renewal is due.

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
weight: -0.5
kind: anti-cue
message: A reply signed by "The Support Team" has no person behind it; sign with your own name so the customer knows who is helping them.
replace: Kind regards, {{agent_name}}
match: Kind regards, The Customer Service Team
match: Best wishes, the support team
match: Regards, Management
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
pattern: (regards|kind regards|best regards|warm regards|warmest regards|many thanks|best wishes|sincerely|yours sincerely|warmly|all the best|speak soon|talk soon|take care) , <name>
weight: 0.5
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
pattern: your (order|ticket|case|booking|invoice|claim|return|reservation|policy|subscription|parcel|package|shipment|refund|request|complaint|payment|transaction) <number>
pattern: your (order|ticket|case|booking|reference|confirmation|tracking|account|claim|return|reservation|policy|membership|invoice) (number|no|id|reference|ref) (is|was|will be|:) <number>
weight: 1.5
kind: specific
match: Your order 55123 was dispatched this morning.
match: Your ticket number is 99120 if you need to follow up.
match: Your tracking number is 1Z999AA10123456784.

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
pattern: your (order|booking|subscription|account|package|parcel|refund|ticket|request|payment|invoice|plan|device|item|items|delivery|shipment|return|claim|reservation|complaint|case|purchase|replacement|exchange|appointment|bill|router|policy|membership|flight|contract|warranty)
weight: 0.5
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
pattern: your (order|package|parcel|refund|delivery|replacement|shipment|return|exchange|claim|payment|booking|reservation|repair|device|item|items) (was|has been|have been|has now been|has just been|was just) (shipped|dispatched|processed|approved|delivered|issued|sent|confirmed|booked|received|scheduled|rescheduled|collected|picked up|refunded|credited|upgraded|repaired)
pattern: your (order|package|parcel|refund|delivery|replacement|shipment|return|exchange|item|items|repair|device) (is|are) [now|already] (on its way|on the way|out for delivery|ready for collection|ready for pickup|with the courier|at the depot|in transit|at your local)
weight: 1.0
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

[noted-on-your-account]
pattern: i have (added|left|put|made|placed|attached) a note (on|to|in) your (account|file|order|booking|ticket|case|record|records|profile)
weight: 1.0
kind: first-person
match: I've added a note to your account so nobody asks you again.
match: I have left a note on your file about the missed visit.
