# Texts replytone inserts when it suggests adding what a reply lacks. `{term}` is the customer's
# own word for what went wrong ("refund", "order"), `{name}` their first name; a part in
# `[...]` is dropped when the word it needs is unknown. Written by the replytone team.
dimension: templates

[frustration]
replace: I can see how frustrating this has been[ with your {term}], and I'm sorry.

[anger]
replace: I completely understand why you're upset[ about your {term}], and I'm sorry we let you down.

[anxiety]
replace: I understand how worrying this is[ about your {term}], so let me put your mind at rest.

[confusion]
replace: I'm sorry this has been confusing[ about your {term}]; let me make it clear.

[disappointment]
replace: I'm sorry this didn't live up to what you expected[ from your {term}]; that's not the experience you should have had.

[urgency]
replace: I understand this is urgent[ for your {term}], so I'm making it my priority.

[acknowledgement]
replace: Thanks for letting us know[ about your {term}].

[greeting]
replace: Hi {name},

[greeting-template]
replace: Hi {{first_name}},
