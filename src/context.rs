//! What replytone knows about the conversation besides the reply itself.

/// The conversation around a reply: the customer's name and message.
///
/// Every field is optional; `Context::default()` is an empty context.
///
/// ```
/// use replytone::{Analyzer, Context};
/// let ctx = Context::new().customer_name("Maria Lopez").customer_message("Where is my refund?");
/// let report = Analyzer::default().analyze_with("Hi Maria, I've checked your refund.", &ctx);
/// assert!(report.has_rule("personalization.greeting-name") || report.scores.personalization > 0.0);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    customer_name: Option<String>,
    customer_message: Option<String>,
}

impl Context {
    pub(crate) const EMPTY: Context = Context {
        customer_name: None,
        customer_message: None,
    };

    /// An empty context.
    pub fn new() -> Context {
        Context::default()
    }

    /// Sets the customer's name (first name or full name). The reply naming them counts as
    /// personalization (the `<customer>` and `<name>` slots).
    pub fn customer_name(mut self, name: impl Into<String>) -> Context {
        let name = name.into();
        self.customer_name = (!name.trim().is_empty()).then_some(name);
        self
    }

    /// Sets the customer's message that the reply answers.
    pub fn customer_message(mut self, message: impl Into<String>) -> Context {
        self.customer_message = Some(message.into());
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

    /// Whether `word` is one of the words of the customer's name, ignoring case.
    pub(crate) fn is_customer_name(&self, word: &str) -> bool {
        let Some(name) = &self.customer_name else {
            return false;
        };
        name.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|p| p.chars().count() >= 2)
            .any(|p| {
                p.chars()
                    .flat_map(char::to_lowercase)
                    .eq(word.chars().flat_map(char::to_lowercase))
            })
    }
}
