//! What replytone knows about the conversation besides the reply itself.

use crate::Span;
use serde::{Deserialize, Serialize};

/// Where the reply is sent. Expectations differ: a greeting by name matters in e-mail, less
/// in a 280-character social reply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Live chat or messaging.
    #[default]
    Chat,
    /// E-mail or a ticket reply.
    Email,
    /// A public social-media reply.
    Social,
}

/// The conversation around a reply: the customer's message and name, the agent's name, the
/// channel, and whether the text is a live reply or a template (canned response, macro).
///
/// Every field is optional; `Context::default()` is an empty context for a live chat reply.
///
/// ```
/// use replytone::{Analyzer, Channel, Context};
/// let ctx = Context::new()
///     .customer_name("Maria Lopez")
///     .customer_message("I was charged twice for my order and nobody answers. This is so frustrating!")
///     .channel(Channel::Email);
/// let report = Analyzer::default().analyze_with("Hi Maria, I've refunded the second charge on your order.", &ctx);
/// let customer = report.customer.as_ref().expect("a customer section when a message is given");
/// assert!(!customer.emotions.is_empty());
/// assert!(report.scores.active_listening.is_some());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    customer_name: Option<String>,
    customer_message: Option<String>,
    agent_name: Option<String>,
    channel: Channel,
    template: bool,
}

impl Context {
    pub(crate) const EMPTY: Context = Context {
        customer_name: None,
        customer_message: None,
        agent_name: None,
        channel: Channel::Chat,
        template: false,
    };

    /// An empty context.
    pub fn new() -> Context {
        Context::default()
    }

    /// Sets the customer's name (first name or full name). The reply naming them counts as
    /// personalization (the `<customer>` and `<name>` slots), and a reply without a greeting
    /// gets a suggestion to greet them by name.
    pub fn customer_name(mut self, name: impl Into<String>) -> Context {
        let name = name.into();
        self.customer_name = (!name.trim().is_empty()).then_some(name);
        self
    }

    /// Sets the customer's message that the reply answers: replytone then reads it (emotion,
    /// key terms, questions) and scores active listening.
    pub fn customer_message(mut self, message: impl Into<String>) -> Context {
        self.customer_message = Some(message.into());
        self
    }

    /// Sets the agent's name.
    pub fn agent_name(mut self, name: impl Into<String>) -> Context {
        let name = name.into();
        self.agent_name = (!name.trim().is_empty()).then_some(name);
        self
    }

    /// Sets the channel (chat by default).
    pub fn channel(mut self, channel: Channel) -> Context {
        self.channel = channel;
        self
    }

    /// Marks the text as a template (canned response, macro) rather than a live reply. In a
    /// template, a name placeholder counts as personalization; in a live reply an unfilled
    /// placeholder is an error.
    pub fn template(mut self, yes: bool) -> Context {
        self.template = yes;
        self
    }

    /// The customer's name, if known.
    pub fn get_customer_name(&self) -> Option<&str> {
        self.customer_name.as_deref()
    }

    /// The customer's message, if known.
    pub fn get_customer_message(&self) -> Option<&str> {
        self.customer_message.as_deref()
    }

    /// The agent's name, if known.
    pub fn get_agent_name(&self) -> Option<&str> {
        self.agent_name.as_deref()
    }

    /// The channel.
    pub fn get_channel(&self) -> Channel {
        self.channel
    }

    /// Whether the text is a template.
    pub fn is_template(&self) -> bool {
        self.template
    }

    /// The customer's first name, if known.
    pub(crate) fn first_name(&self) -> Option<&str> {
        self.customer_name
            .as_deref()
            .and_then(|n| n.split_whitespace().next())
    }

    /// Whether the word at `span` of `text` is one of the words of the customer's name,
    /// ignoring case.
    #[inline]
    pub(crate) fn is_customer_name(&self, text: &str, span: Span) -> bool {
        match &self.customer_name {
            Some(name) => text
                .get(span.start..span.end)
                .is_some_and(|word| is_word_of(name, word)),
            None => false,
        }
    }
}

/// Whether `word` is one of the words (two letters or more) of `name`, ignoring case.
fn is_word_of(name: &str, word: &str) -> bool {
    name.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| p.chars().count() >= 2)
        .any(|p| {
            p.chars()
                .flat_map(char::to_lowercase)
                .eq(word.chars().flat_map(char::to_lowercase))
        })
}
