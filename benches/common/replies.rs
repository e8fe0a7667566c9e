//! The replies both benches measure, so their figures speak of the same text.

/// About 130 bytes, like a median agent tweet.
pub const SHORT: &str = "Hi Dana, I'm so sorry your order #A1234 hasn't arrived yet. That must be frustrating! I've checked and it ships today.";

/// About 530 bytes, like a median canned response.
pub const LONG: &str = "Hi {{first_name}}, thanks for letting us know about the double charge on your card. \
I can see how stressful it is to find two payments for one order, and I'm sorry we put you in that position. \
I've looked into your account and the second charge of $49.99 was a pending authorisation that will drop off \
within 3-5 business days. Unfortunately, we can't release it any faster from our side. In the meantime, \
if you notice anything else that looks wrong, just reply to this email and I'll make sure it's sorted. \
Thanks for your patience! Kim";

/// A customer's message LONG could answer: upset, with a question and things to echo.
pub const CUSTOMER: &str = "I've been charged TWICE for order #A1234 and nobody has answered my emails. \
This is really frustrating. Can you refund the second payment today?";
