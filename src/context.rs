//! What replytone knows about the conversation besides the reply itself.

use std::fmt;
use std::sync::Arc;

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
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Context {
    customer_name: Option<String>,
    customer_message: Option<String>,
    agent_name: Option<String>,
    channel: Channel,
    template: bool,
    /// `customer_name` prepared for matching, set with it.
    name: NameIndex,
}

/// The customer's name prepared once, when it is set, so that what is asked of it for every
/// word of a reply costs the same however long the name is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct NameIndex {
    /// Where the first name is in the name (byte offsets).
    first: (usize, usize),
    /// The words of two letters or more, lower-cased, sorted and deduplicated.
    words: Option<Arc<[Box<str>]>>,
}

impl NameIndex {
    const EMPTY: NameIndex = NameIndex {
        first: (0, 0),
        words: None,
    };

    fn new(name: &str) -> NameIndex {
        let start = name.len() - name.trim_start().len();
        let end = name[start..]
            .find(char::is_whitespace)
            .map_or(name.len(), |n| start + n);
        let mut words: Vec<Box<str>> = name
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|p| p.chars().count() >= 2)
            .map(|p| p.chars().flat_map(char::to_lowercase).collect())
            .collect();
        words.sort_unstable();
        words.dedup();
        NameIndex {
            first: (start, end),
            words: Some(words.into()),
        }
    }
}

// By hand, to leave the prepared name out.
impl fmt::Debug for Context {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Context")
            .field("customer_name", &self.customer_name)
            .field("customer_message", &self.customer_message)
            .field("agent_name", &self.agent_name)
            .field("channel", &self.channel)
            .field("template", &self.template)
            .finish()
    }
}

impl Context {
    pub(crate) const EMPTY: Context = Context {
        customer_name: None,
        customer_message: None,
        agent_name: None,
        channel: Channel::Chat,
        template: false,
        name: NameIndex::EMPTY,
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
        self.name = self
            .customer_name
            .as_deref()
            .map_or(NameIndex::EMPTY, NameIndex::new);
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
        let (start, end) = self.name.first;
        self.customer_name.as_deref().map(|n| &n[start..end])
    }

    /// Whether the word at `span` of `text` is one of the words (two letters or more) of the
    /// customer's name, ignoring case. A binary search over the name's lower-cased words,
    /// comparing them with the word lower-cased on the fly, so nothing is allocated.
    #[inline]
    pub(crate) fn is_customer_name(&self, text: &str, span: Span) -> bool {
        // Most contexts name no customer: then the word is not even sliced.
        let Some(words) = &self.name.words else {
            return false;
        };
        text.get(span.start..span.end).is_some_and(|word| {
            words
                .binary_search_by(|w| w.chars().cmp(word.chars().flat_map(char::to_lowercase)))
                .is_ok()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_words_match_ignoring_case() {
        let cases = [
            ("Dana", "Dana", true),
            ("Dana", "dANA", true),
            ("Dana Reyes", "reyes", true),
            ("Reyes,Dana", "dana", true),
            ("Dana Reyes", "Dana Reyes", false),
            ("Dana", "Dan", false),
            ("Dana", "Danas", false),
            ("Dana", "Dana's", false),
            ("A Lee", "a", false),
            ("A Lee", "lee", true),
            ("Jo", "JO", true),
            ("  María\tJosé  ", "MARÍA", true),
            ("María", "maria", false),
            ("O'Brien Lee-Ann", "o'brien", true),
            ("O'Brien Lee-Ann", "lee", false),
            // Kelvin sign and dotted capital I fold as `char::to_lowercase` does.
            ("\u{212a}im", "kim", true),
            ("\u{130}pek", "i\u{307}pek", true),
            ("\u{130}pek", "ipek", false),
            ("\u{130}", "i\u{307}", false),
            ("Straße", "STRASSE", false),
            ("Zoë Zoë zoë", "ZOË", true),
        ];
        for (name, word, expected) in cases {
            let ctx = Context::new().customer_name(name);
            let found = ctx.is_customer_name(word, Span::new(0, word.len()));
            assert_eq!(found, expected, "{name:?} {word:?}");
        }
        assert!(!Context::new().is_customer_name("Dana", Span::new(0, 4)));
        assert!(
            !Context::new()
                .customer_name("  ")
                .is_customer_name(" ", Span::new(0, 1))
        );
    }

    #[test]
    fn the_first_name_is_the_first_word() {
        for (name, first) in [
            ("Dana", Some("Dana")),
            ("Dana Reyes", Some("Dana")),
            (" \t\nDana\u{a0}Reyes", Some("Dana")),
            ("Reyes,Dana x", Some("Reyes,Dana")),
            ("   ", None),
        ] {
            assert_eq!(
                Context::new().customer_name(name).first_name(),
                first,
                "{name:?}"
            );
        }
        let renamed = Context::new()
            .customer_name("Dana Reyes")
            .customer_name("Ana");
        assert_eq!(renamed.first_name(), Some("Ana"));
        assert!(!renamed.is_customer_name("Dana", Span::new(0, 4)));
        let cleared = Context::new().customer_name("Dana").customer_name("");
        assert_eq!(cleared, Context::new());
    }
}
