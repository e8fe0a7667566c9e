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
