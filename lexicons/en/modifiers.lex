# Modifiers: words that scale, negate or bound the findings near them. Written by the replytone
# team; the intensifier and dampener sizes follow the order of magnitude used by rule-based
# sentiment tools (a booster adds about a third), tuned on replytone's own fixtures.
dimension: modifiers

[intensifiers-strong]
kind: intensifier
weight: 0.4
pattern: (extremely|incredibly|absolutely|completely|totally|utterly|deeply|truly|genuinely|sincerely)
pattern: (so so|very very|really really)

[intensifiers]
kind: intensifier
weight: 0.25
pattern: (really|very|so|such|highly|especially|particularly|entirely|fully|thoroughly|seriously|super|most)

[dampeners]
kind: dampener
weight: -0.3
pattern: (somewhat|slightly|rather|fairly|maybe|perhaps|possibly|a bit|a little|kind of|sort of|kinda|sorta|almost|barely|hardly|mildly|partly)

[negators]
kind: negator
pattern: (not|no|never|none|nobody|nothing|neither|nor|nowhere|without|hardly|barely)

[clause-breaks]
kind: clause-break
pattern: (although|whereas|while|unless|except|because|since)

[contrast]
kind: contrast
pattern: (but|however|yet|nevertheless|nonetheless|unfortunately|still|though)

[acronyms]
kind: acronym
pattern: (faq|faqs|usps|ups|dhl|fedex|asap|eta|dm|dms|pm|am|id|pin|sms|url|api|sku|imei|iban|vat|gst|pdf|csv|ios|usb|hdmi|wifi|vpn|ssn|otp|cvv|atm|tv|pc|app|usa|uk|eu|gmt|utc|est|pst|cet|fyi|tbd|rma|ceo|cs|hr|it|ai|sim|lte|bt|nhs|irs|dvla|hmrc)
pattern: (ok|okay|hi|hey|lol|omg|ty|thx|pls|plz|btw|imo|aka|vip|qr|gps|led|lcd|ram|ssd|cpu|gpu|ps5|xbox|ev)

[not-names]
kind: not-name
pattern: (there|team|all|everyone|everybody|folks|guys|again|sir|madam|customer|client|user|friend|friends|support|hello|hi|hey|thanks|thank|dear|good|morning|afternoon|evening|please|sorry|welcome)
pattern: (i|we|you|the|a|an|this|that|it|our|your|my|unfortunately|yes|no|ok|okay|great|sure|absolutely|of|in|on|at|for|to|and|but|so)

# Words that carry no topic of their own: never key terms of a customer's message.
[stopwords]
kind: stopword
pattern: (the|a|an|and|or|but|if|then|so|because|as|of|at|by|for|with|about|against|between|into|through|during|before|after|above|below|to|from|up|down|in|out|on|off|over|under|again|further|once|here|there|when|where|why|how|all|any|both|each|few|more|most|other|some|such|only|own|same|than|too|very|can|will|just|should|now)
pattern: (i|me|my|myself|we|our|ours|us|you|your|yours|he|him|his|she|her|it|its|they|them|their|what|which|who|whom|this|that|these|those|am|is|are|was|were|be|been|being|have|has|had|having|do|does|did|doing|would|could|might|must|shall|may|not|no|nor|yes)
pattern: (hi|hello|hey|dear|thanks|thank|please|sorry|still|also|even|really|already|yet|get|got|getting|go|going|went|make|made|need|want|know|think|tell|told|say|said|let|help|hi|ok|okay|guys|team|anyone|someone|something|anything|nothing|everything|thing|things|time|day|days|way|lot|much|many|one|two|since|while|until|ever|never|always|today|yesterday|tomorrow|week|month)

# Words that open a greeting.
[greetings]
kind: greeting
pattern: (hi|hello|hey|dear|greetings|hiya|howdy|morning|afternoon|evening|good morning|good afternoon|good evening)
