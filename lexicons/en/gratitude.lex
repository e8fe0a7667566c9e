# Gratitude: the reply thanks the customer for something THEY gave: patience, understanding,
# time, loyalty, feedback, kind words, effort (trying the steps, sending what we asked for).
#
# Not here, on purpose:
# - sarcastic or pushy thanks ("thanks for nothing", "thanks a lot" on its own, "thanks in
#   advance", "thanks in advance for your cooperation") live in confrontation.lex;
# - thanks for the message itself or for information ("thanks for reaching out", "thanks for
#   letting us know", "thanks for the details", "thanks for flagging this") is
#   acknowledgement.lex, which loads first; the few longer forms here ("thanks for reaching
#   out again") only add what the customer put in;
# - anticipatory requests ("we would appreciate your patience", "a reply would be much
#   appreciated", "we would be grateful if you could") are requests, not thanks, so patterns
#   here need a subject that thanks ("I really appreciate", "it is much appreciated") or a
#   sentence start.
#
# Draws on: customer-service writing guides (thank the customer for their effort rather than
# for "contacting us"), service-recovery literature on the "thank you" step, and de-escalation
# guidance. All phrasing written by the replytone team.

dimension: gratitude

# ---------------------------------------------------------------------------------------------
# Patience, waiting, understanding
# ---------------------------------------------------------------------------------------------

[thanks-for-your-patience]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thank you very much|thanks very much|thanks a lot|thanks a ton|thanks a million|big thanks|huge thanks|thanks again|thank you again|thank you kindly|thanks heaps) for (your|all your|all of your|your continued|your ongoing|your kind|your incredible|your amazing|your great|your extra|your infinite) patience
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thank you very much|thanks very much|thanks a lot|thanks again|thank you again) for (being|staying|remaining) [so|very|incredibly|super|really|extremely|such a] patient
weight: 1.5
match: Thank you for your patience while we sorted this out.
match: Thanks so much for being so patient with us.
match: Many thanks for your continued patience.
nomatch: Thanks in advance for your patience.

[thanks-for-understanding]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thank you very much|thanks very much|thanks again|thank you again) for (your|your kind|your continued|all your) understanding
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again|thank you again) for (understanding|being so understanding|being understanding|being so gracious|being so reasonable|being so flexible|being flexible)
weight: 1.0
match: Thanks for your understanding, and enjoy the new router.
match: Thank you so much for being so understanding about the change.
nomatch: Thanks in advance for your understanding.

[thanks-for-waiting]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks very much|thanks again|thank you again) for (waiting|holding|holding on|waiting patiently|waiting so patiently|your wait|the wait|hanging on|hanging in there|hanging on in there|holding the line|staying on the line)
weight: 1.0
match: Thanks for waiting, I have your answer now.
match: Thank you for holding, I appreciate it.
match: Thanks so much for hanging in there.

[thanks-for-sticking-with-us]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks very much|thanks again|thank you again) for (sticking|staying|bearing|hanging in there|hanging on) with (us|me)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again|thank you again) for (sticking with us|staying with us|bearing with us|bearing with me|sticking with me) (through|while|during|this long|all this time)
weight: 1.5
match: Thanks for sticking with us, the fix goes live tonight.
match: Thank you for bearing with me while I checked.
match: Thanks again for sticking with us through the outage.

[we-appreciate-your-patience]
pattern: (i|we) [really|truly|greatly|sincerely|do|genuinely|so|very much|all|hugely|always] appreciate your (patience|understanding|loyalty|feedback|time|help|kind words|continued support|support|effort|efforts|flexibility|honesty|trust|kindness|suggestion|suggestions|input|thoughts|comments|review|kind review|kind message|positivity|persistence|continued patience|patience and understanding|hard work)
pattern: ^ [really|truly|greatly|much|always|sincerely] appreciate (your|the) (patience|understanding|loyalty|feedback|help|kind words|support|effort|efforts|flexibility|kindness|patience and understanding)
weight: 1.5
match: We appreciate your patience while the team works on it.
match: I really appreciate your understanding here.
match: Appreciate your patience!
nomatch: We would appreciate your patience while we investigate.

# ---------------------------------------------------------------------------------------------
# General warmth: appreciate, grateful, thank you so much
# ---------------------------------------------------------------------------------------------

[i-really-appreciate]
pattern: (i|we) (really|truly|genuinely|sincerely|so|do|greatly|very much|totally|honestly|hugely) appreciate (it|this|you|all you do|all that you do|everything|all your help|all of your help|all the help|all your efforts|all the effort|that .|that !|that ,)
pattern: (i|we) appreciate (it|this|you) (.|!|,|!!|so much|very much|a lot|more than you know)
weight: 1.0
match: I really appreciate it.
match: We truly appreciate all your help with this.
match: I appreciate you!
match: Thanks for holding on, I appreciate it.
nomatch: I would appreciate it if you could send the receipt.

[appreciate-you-taking-the-time]
pattern: (i|we) [really|truly|genuinely|sincerely|so|do|greatly|very much] appreciate you (taking the time|taking a moment|taking the trouble|giving us|giving this|trying|testing|sticking with us|bearing with us|being so patient|being patient|being so understanding|being understanding|being so kind|being a loyal customer|being with us|choosing us)
weight: 1.5
match: I really appreciate you taking the time to test the update.
match: We appreciate you sticking with us through all this.
match: I do appreciate you being so patient.

[thank-you-so-much]
pattern: (thank you|thanks) (so much|very much|so very much|a million|a ton|heaps|loads|ever so much|kindly)
pattern: (many|big|huge|a big|a huge|massive|a massive|a million|heartfelt|a heartfelt|sincere|warm) thanks
weight: 1.0
match: Thank you so much, that's really helpful.
match: Thanks a million!
match: A huge thanks to you and your daughter for the lovely card.
nomatch: Thanks a lot.
nomatch: Thank you so much in advance.

[grateful-for]
pattern: [so|really|truly|very|incredibly|sincerely|most|genuinely|deeply|hugely|extremely|forever|ever so] grateful (for|to you|that you|you took|you have|you stuck|you stayed)
pattern: (we are|i am) (so|really|truly|very|incredibly|deeply|eternally|forever|hugely) grateful (.|!|,|!!)
weight: 1.5
match: We are so grateful for your patience.
match: I'm truly grateful that you took the time to write.
match: We're grateful to you for flagging this early.
nomatch: We would be grateful if you could send a photo of the label.

[thankful-for]
pattern: [so|really|truly|very|incredibly|sincerely|most|genuinely|deeply] thankful (for|to you|that you|to have you)
pattern: (we are|i am) (so|really|truly|very|incredibly|deeply) thankful (.|!|,|!!)
weight: 1.0
match: We're thankful for customers like you.
match: I'm really thankful that you let us know.

[much-appreciated]
pattern: ^ (much|greatly|really|very much|hugely|truly|always|so|genuinely|sincerely) appreciated
pattern: (it|that|this|which|all of this|all of that) (is|was|has been|really is|really was|truly is) [very|really|so|truly|greatly|hugely|genuinely|always|most] [much] appreciated
pattern: your (patience|help|understanding|feedback|support|loyalty|effort|efforts|kind words|time|kindness|flexibility|custom|business|message|review) (is|was|has been|are|have been) [very|really|so|truly|greatly|hugely|genuinely|always] [much] appreciated
weight: 1.0
match: Much appreciated!
match: It is greatly appreciated.
match: Your patience is really appreciated.
nomatch: A reply would be much appreciated.
nomatch: Your patience would be appreciated while we investigate.

[cannot-thank-you-enough]
pattern: (i|we) (can not|could not|can never) thank you enough
pattern: (i|we) (can not|could not) (tell you|say|express) how (grateful|thankful|much we appreciate|much i appreciate|much this means|much that means)
weight: 1.5
match: We can't thank you enough for your patience.
match: I cannot tell you how grateful we are.

[means-a-lot]
pattern: (means|meant|has meant|really means|truly means) (a lot|so much|the world|a great deal|everything|more than you know) to (us|me|the team|our team|everyone here|all of us)
pattern: (it|that|this|your support|your kindness|your loyalty|your message|your note|your kind words) [really|truly] (means|meant|mean) (a lot|so much|the world) (.|!|,|!!)
weight: 1.5
match: Your message means a lot to the team.
match: It really means so much to us.
match: Your kind words really mean a lot!

[made-my-day]
pattern: (made|has made|really made|just made|totally made|truly made) (my|our) (day|week|morning|afternoon|evening)
pattern: (put|has put|really put|certainly put) a [big|huge] smile on (my|our|everyone's|the team's) (face|faces)
weight: 1.0
match: Your note made our day!
match: Your card put a huge smile on our faces.
match: This has made my week, thank you.

[you-are-too-kind]
pattern: (you are|that is|that was|how|this is) [so|very|really|too|incredibly|super|extremely] (kind|thoughtful|generous|sweet|lovely) (of you|.|!|,|!!)
pattern: you are too kind
weight: 1.0
match: That's so kind of you!
match: You're too kind.
match: That was really thoughtful of you.

# ---------------------------------------------------------------------------------------------
# Thanks for what the customer gave: time, feedback, kind words, effort, loyalty
# ---------------------------------------------------------------------------------------------

[thanks-for-taking-the-time]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thank you very much|thanks very much|thanks again|thank you again) for taking (the time|time|a moment|a minute|the trouble|the time out|time out of your day|the time and effort)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thank you very much|thanks again) for (your time|your time and patience|your time today|making the time|giving us your time|the time you took|the effort you put in|all the effort|going to the trouble|all your trouble)
weight: 1.5
match: Thank you for taking the time to fill in our survey.
match: Thanks so much for taking a moment to write this.
match: Thank you for your time today.

[thanks-for-kind-words]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thank you very much) for (the|your|those|such|all the|these) (kind|lovely|nice|sweet|generous|warm|wonderful|beautiful|glowing) (words|message|note|comments|review|feedback|shout out|shoutout|mention|compliment|compliments|wishes)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (the|your|such a) (shout out|shoutout|love|kudos|compliment|compliments|praise|good wishes|best wishes)
weight: 1.5
match: Thank you so much for the kind words about Jenny.
match: Thanks for the shout-out, we'll pass it on to the team.
match: Thanks for your lovely message!

[thanks-for-your-feedback]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thank you very much|thanks again|thank you again) for (your|the|this|all your) [great|honest|helpful|detailed|thoughtful|valuable|constructive|positive|brilliant|useful|candid] (feedback|input|comments on|survey response)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (sharing your feedback|leaving feedback|giving us feedback|your honesty|being honest with us|being so honest|taking our survey|filling in our survey|filling out our survey)
weight: 1.0
match: Thanks for your feedback, it has gone to the product team.
match: Thank you for the honest feedback about the checkout.
match: Thanks for being honest with us about the delivery.
nomatch: Thanks for nothing.

[thanks-for-the-review]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (your|the|this|such a) [great|lovely|kind|honest|glowing|detailed|fantastic|wonderful] (review|rating|recommendation|testimonial)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (leaving a review|leaving us a review|rating us|reviewing us|recommending us|the recommendation|spreading the word|telling your friends)
weight: 1.0
match: Thanks so much for leaving a review.
match: Thank you for the detailed review!
match: Thanks for recommending us to your sister.

[thanks-for-your-suggestion]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (the|your|this|that|these|those|all your|such a) [great|good|helpful|thoughtful|brilliant|clever|useful|handy|excellent] (suggestion|suggestions|idea|ideas|tip|tips|feature request|request for)
weight: 1.0
match: Thanks for the great suggestion, I've passed it to the app team.
match: Thank you for your ideas on the menu.

[thanks-for-your-help]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thank you very much|thanks very much|thanks again|thank you again) for (your|all your|all of your|all the) (help|assistance|hard work|efforts|effort|flexibility|kindness|honesty|persistence|support|continued support|help with this|help on this|patience and help)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (helping us|helping me|working with us|working with me|your help today|helping us get to the bottom of this|helping us fix this)
weight: 1.0
match: Thanks for your help with the serial number.
match: Thank you again for all your hard work on the trial.
nomatch: Thanks in advance for your help.

[thanks-for-everything]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (everything|all you do|all that you do|all you have done|everything you have done|all of it)
weight: 1.0
match: Thanks so much for everything!
match: Thank you for all you do for the community garden.

[thanks-for-your-trust]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (your trust|your continued trust|trusting us|trusting me|putting your trust in us|placing your trust in us|your faith in us|believing in us)
pattern: (we|i) [really|truly|do|greatly] appreciate (your trust|you trusting us|the trust you have placed in us|your faith in us)
weight: 1.0
match: Thank you for trusting us with your wedding flowers.
match: We truly appreciate the trust you have placed in us.

[thanks-for-your-cooperation]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much) for your [kind|continued|full] (cooperation|co operation)
weight: 0.5
match: Thank you for your cooperation with the engineer today.
nomatch: Thanks in advance for your cooperation.

[thanks-for-letting-us-help]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (letting|allowing) (us|me) (to help|help|to assist|assist|the chance|to look into this|look into this|to put this right|put this right|to make this right|make this right|to fix this|fix this|to sort this out|sort this out)
weight: 1.0
match: Thanks for letting us help with your move.
match: Thank you for allowing me to look into this.

[thanks-for-another-chance]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (giving us another chance|giving us a second chance|another chance|a second chance|giving us the chance to (put|make|set) (this|it|things) right|the chance to (put|make|set) (this|it|things) right|the opportunity to (put|make|set) (this|it|things) right)
pattern: (we|i) [really|truly|do|greatly] appreciate (the chance|the opportunity|you giving us the chance|you giving us another chance) to (put|make|set) (this|it|things) right
weight: 1.5
match: Thank you for giving us another chance.
match: Thanks for the opportunity to put things right.
match: We really appreciate the chance to make this right.

[thanks-for-coming-back]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (coming back to us|coming back|returning|thinking of us|remembering us|choosing us again|shopping with us again|flying with us again|staying with us again|ordering again)
weight: 1.0
match: Thanks for coming back to us, it's great to see you again.
match: Thank you for thinking of us for your anniversary.

[thanks-for-being-so-kind]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for being (so|such a|very|really|incredibly) (kind|nice|lovely|polite|friendly|gracious|pleasant|good sport|sweet|helpful|easy to work with|calm|great customer)
weight: 1.0
match: Thanks for being so kind on the phone today.
match: Thank you for being such a good sport about the mix-up.

[thanks-for-persevering]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (persevering|persisting|your persistence|keeping at it|not giving up on us|sticking at it|hanging in with us|your perseverance)
weight: 1.0
match: Thanks for persevering with the setup.
match: Thank you for not giving up on us.

[thanks-for-trying]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (trying|giving) (that|this|it|those steps|these steps|the steps|everything|all of that|all that|a few things|that a go|that a try|this a try|it a try|it a go|this a go|them a try|them a go)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (running|doing|testing|checking|completing|working through|going through) (that|those|the|this|these|all those|all these|all the) (steps|step|test|tests|troubleshooting|checks|restart|reset|update|speed test|process)
weight: 1.0
match: Thanks for trying those steps, I know it took a while.
match: Thank you for running the speed test.
match: Thanks so much for giving that a go.

[thanks-for-quick-reply]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (getting back to|coming back to|replying to|responding to|writing back to|answering) (us|me) (so quickly|so fast|so promptly|quickly|promptly|so soon|on this|with this|with that|on that)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much) for (the|your) (quick|speedy|prompt|fast|swift|rapid|super quick) (reply|response|answer|turnaround|replies|responses)
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much) for (reaching out|getting in touch|contacting us|coming back to us) (again|so quickly|so promptly|so soon)
weight: 1.0
match: Thanks for getting back to me so quickly.
match: Thank you for the speedy reply.
match: Thanks for reaching out again, I've picked this up.

[thanks-for-being-a-loyal-customer]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for being (a|such a|our|one of our|an) (loyal|long time|longtime|faithful|wonderful|great|fantastic|amazing|regular|dedicated|long standing|incredible|lovely) (customer|customers|member|members|subscriber|client|guest|supporter|fan)
weight: 1.5
match: Thanks for being a loyal customer for so long.
match: Thank you for being such a wonderful member of our community.
nomatch: Thanks for being a valued customer.

[thanks-for-your-loyalty]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (your|your continued|your ongoing|all your|your years of|your many years of|your long) (loyalty|support|custom|membership|patronage)
weight: 1.5
match: Thank you for your continued loyalty.
match: Thanks for your many years of custom.

[thanks-for-being-with-us]
pattern: (thank you|thanks|many thanks|thank you so much|thanks so much|thanks again) for (being with us|staying with us|sticking with us|choosing us|trusting us|banking with us|shopping with us) (for so long|for years|for many years|for all these years|since|all these years|so long|year after year|through thick and thin)
weight: 1.5
match: Thank you for being with us since the very beginning.
match: Thanks for sticking with us all these years.

[thanks-for-choosing-us]
pattern: (thank you|thanks|many thanks) for (choosing|shopping with us|flying with us|banking with us|staying with us|ordering from us|travelling with us|traveling with us|dining with us|your order|your purchase|your business|your custom|your patronage|being a customer)
weight: 0.5
match: Thank you for choosing us for your move.
match: Thanks for flying with us today.

[appreciate-your-business]
pattern: (we|i) [really|truly|do|always|greatly] appreciate your (business|custom|order|purchase|patronage)
weight: 0.5
match: We appreciate your business.
match: I really appreciate your order.

[lucky-to-have-you]
pattern: (we are|we feel|i am|i feel) [so|really|very|truly|incredibly] (lucky|fortunate|glad|happy|proud|delighted) to have (you|customers like you|you as a customer|you as a member|you with us|you on board|you back)
pattern: (we|i) [really|truly|do] (value|treasure|cherish) (you|having you|having you with us|having you as a customer|your loyalty|your support)
weight: 1.0
match: We're so lucky to have customers like you.
match: We're delighted to have you back.
match: We truly value having you with us.
nomatch: We value your business and hope to see you again.

[customers-like-you]
pattern: (it is|thanks to|because of|all thanks to) (customers|people|members|fans|guests|supporters|folks) like you
weight: 1.0
match: It's customers like you who keep us going.
match: All thanks to people like you, the shop is still open.

[a-big-thank-you]
pattern: (a|and a|one more|another) (big|huge|massive|special|heartfelt|sincere|warm|enormous|very big) thank you (to you|for|from)
pattern: (please accept|here is|here's) (a|our|my) (big|huge|heartfelt|sincere|warm|special) thank you
weight: 1.0
match: A huge thank you for your patience this week.
match: Please accept our heartfelt thank you for sticking with us.

[thanks-to-you]
pattern: ^ [all] thanks to (you|your help|your feedback|your report|your patience|your persistence|your photos|your quick reply|your input|your detailed notes)
pattern: (and|,|it is|that is|this is) [all] thanks to (you|your help|your feedback|your report|your patience|your persistence|your input)
weight: 1.0
match: Thanks to your feedback, the app now saves drafts.
match: The bug is fixed, and that is all thanks to you.

[kudos-to-you]
pattern: (kudos|hats off|props|credit|full marks) to you (for|,|.|!)
weight: 1.0
match: Kudos to you for spotting that!
match: Hats off to you, that was a clever fix.

[appreciate-the-effort]
pattern: (i|we) [really|truly|genuinely|do|greatly|very much] appreciate (the|all the|all of the) (effort|efforts|trouble|time|care|work|thought) (you have|you put|you went|you took|you have put|you have taken|you gave|that went|it took)
weight: 1.0
match: I really appreciate the effort you put into the report.
match: We appreciate all the trouble you went to.

[thanks-standalone]
pattern: ^ (thanks|thank you|thank you again|thanks again) (!|.|!!)
weight: 0.5
match: Thanks! I'll update your account now.
match: Thank you. The refund has been issued.
nomatch: Thanks a lot.
