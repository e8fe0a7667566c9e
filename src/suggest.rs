//! Suggestions: from lexicon rules (replace, remove, rewrite) and from the context (a missing
//! greeting, a missing word for the customer's feelings, unfilled placeholders).
//!
//! Suggestions are written over the report's previous ones (`slot`), reusing their strings, so
//! that re-scoring a draft allocates nothing in steady state.

use std::sync::{Arc, LazyLock};

use rustc_hash::FxHashMap;

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::parse::Fix;
use crate::lexicon::word;
use crate::lexicon::{Lexicon, MadeWith};
use crate::text::fold_into;
use crate::{
    Analyzer, Channel, Context, Dimension, Finding, Report, Severity, Span, Suggestion,
    SuggestionKind, Token, TokenKind,
};

/// Rule ids of the context suggestions.
struct ContextRules {
    greeting: Arc<str>,
    empathy: Arc<str>,
    placeholder: Arc<str>,
    fallback: Arc<str>,
}

static CONTEXT_RULES: LazyLock<ContextRules> = LazyLock::new(|| ContextRules {
    greeting: "context.greeting-name".into(),
    empathy: "context.acknowledge-emotion".into(),
    placeholder: "context.unfilled-placeholder".into(),
    fallback: "context.placeholder-fallback".into(),
});

/// Words that keep their capital when shouting is put in sentence case.
const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// How far a rewrite may look ahead of its match, in bytes (to the end of the sentence).
const REWRITE_REACH: usize = 300;

/// The name placeholder the lexicons' replacements use ("Hi {{first_name}}").
const NAME_PLACEHOLDER: &str = "{{first_name}}";

/// The suggestion at `out[n]`, taken from `spare` or created when missing; every field is
/// the caller's to set.
fn slot<'o>(
    out: &'o mut Vec<Suggestion>,
    n: usize,
    rule: &Arc<str>,
    spare: &mut Vec<Suggestion>,
) -> &'o mut Suggestion {
    if out.len() <= n {
        out.push(spare.pop().unwrap_or_else(|| Suggestion {
            id: n,
            kind: SuggestionKind::Rephrase,
            dimension: Dimension::Confrontation,
            rule: Arc::clone(rule),
            span: Span::default(),
            message: String::new(),
            replacements: Vec::new(),
            severity: Severity::Info,
        }));
    }
    let sg = &mut out[n];
    if !Arc::ptr_eq(&sg.rule, rule) {
        sg.rule = Arc::clone(rule);
    }
    sg
}

/// Sets a suggestion's fields, reusing its strings. Replacement strings it has too many of go
/// to `spare`, and those it lacks come from there: suggestions are sorted after they are
/// written, so the next analysis writes each into another one's strings.
#[allow(clippy::too_many_arguments)]
fn fill(
    sg: &mut Suggestion,
    kind: SuggestionKind,
    dimension: Dimension,
    span: Span,
    message: &str,
    severity: Severity,
    replacements: &[&str],
    original: &str,
    spare: &mut Vec<String>,
) {
    sg.kind = kind;
    sg.dimension = dimension;
    sg.span = span;
    sg.severity = severity;
    sg.message.clear();
    sg.message.push_str(message);
    while sg.replacements.len() > replacements.len() {
        spare.extend(sg.replacements.pop());
    }
    for (i, r) in replacements.iter().enumerate() {
        if sg.replacements.len() == i {
            sg.replacements.push(spare.pop().unwrap_or_default());
        }
        match_case_into(original, r, &mut sg.replacements[i]);
    }
}

/// Writes `replacement` into `out`, capitalizing its first letter when the text it replaces
/// starts with a capital.
fn match_case_into(original: &str, replacement: &str, out: &mut String) {
    out.clear();
    let upper = original
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase);
    let mut chars = replacement.chars();
    match chars.next() {
        Some(first) if upper && first.is_lowercase() => {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
        _ => out.push_str(replacement),
    }
}

/// Fills a template into `out`: `{name}` and `{term}` are substituted; a part that needs a
/// value that is missing is dropped (a `[...]` part, or the text between them).
fn render_into(template: &str, name: Option<&str>, term: Option<&str>, out: &mut String) {
    fn subst(part: &str, name: Option<&str>, term: Option<&str>, out: &mut String) {
        let values = [("{name}", name), ("{term}", term)];
        if values
            .iter()
            .any(|(key, v)| v.is_none() && part.contains(key))
        {
            return;
        }
        let mut rest = part;
        while let Some(at) = rest.find('{') {
            let value = values.iter().find(|(key, _)| rest[at..].starts_with(key));
            let (skip, with) = match value {
                Some((key, v)) => (key.len(), v.unwrap_or_default()),
                None => (1, "{"),
            };
            out.push_str(&rest[..at]);
            out.push_str(with);
            rest = &rest[at + skip..];
        }
        out.push_str(rest);
    }
    out.clear();
    let mut rest = template;
    while let Some(open) = rest.find('[') {
        subst(&rest[..open], name, term, out);
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        subst(&rest[open + 1..open + close], name, term, out);
        rest = &rest[open + close + 1..];
    }
    subst(rest, name, term, out);
}

/// Text buffers the suggestions from the context are written in, kept between analyses so
/// that re-scoring a draft allocates nothing.
#[derive(Default)]
pub(crate) struct Buffers {
    /// Scratch for folding a word.
    norm: String,
    /// A rendered template.
    sentence: String,
    /// The text of an edit.
    with: String,
    /// The customer's thing, lower-cased.
    term: String,
    /// Replacement strings between suggestions (see [`fill`]).
    spare: Vec<String>,
    /// Suggestions a report had more of than the last analysis wrote (the analyzer puts them
    /// back here), written over before new ones are made.
    pub(crate) spare_suggestions: Vec<Suggestion>,
    captures: Captures,
}

/// Capture offsets for the rewrites' regexes, one set per rewrite, made on its first match
/// attempt and kept, for the lexicons of one analyzer: another analyzer's start it afresh.
#[derive(Default)]
struct Captures {
    lexicon: MadeWith,
    /// By (rule, rewrite of the rule).
    locs: FxHashMap<(u32, usize), regex::CaptureLocations>,
}

impl Captures {
    /// The offsets of rewrite `at` of `lexicon`, whose regex is `re`.
    fn of(
        &mut self,
        lexicon: &Arc<Lexicon>,
        at: (u32, usize),
        re: &regex::Regex,
    ) -> &mut regex::CaptureLocations {
        if !self.lexicon.is(lexicon) {
            self.lexicon.set(lexicon);
            self.locs.clear();
        }
        self.locs
            .entry(at)
            .or_insert_with(|| re.capture_locations())
    }
}

impl Analyzer {
    /// Writes the suggestion for a finding at `out[n]`, when the finding hurts and its rule says
    /// how to fix it; returns whether it wrote one. Its texts are written with `bufs`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn suggestion(
        &self,
        text: &str,
        ctx: &Context,
        f: &Finding,
        rule: u32,
        n: usize,
        out: &mut Vec<Suggestion>,
        bufs: &mut Buffers,
    ) -> bool {
        let rule_index = rule;
        let rule = &self.lexicon.rules[rule as usize];
        let Some(message) = rule.message.as_deref() else {
            return false;
        };
        if f.negated || f.weight >= 0.0 {
            return false;
        }
        // A rewrite turns the whole phrase around ("we can't ship until Monday" -> "we can ship
        // on Monday"); it reads from the match to the end of the sentence.
        if !rule.rewrites.is_empty() {
            let mut reach = (f.span.start + REWRITE_REACH).min(text.len());
            while !text.is_char_boundary(reach) {
                reach -= 1;
            }
            let tail = &text[f.span.start..reach];
            let tail = &tail[..tail.find(['.', '!', '?', '\n']).unwrap_or(tail.len())];
            for (i, rewrite) in rule.rewrites.iter().enumerate() {
                let (Some(re), replacement) = (rewrite.regex(), &rewrite.with) else {
                    continue;
                };
                let Buffers { with, captures, .. } = bufs;
                let locs = captures.of(&self.lexicon, (rule_index, i), re);
                if let Some(m) = re.captures_read(locs, tail) {
                    with.clear();
                    // What `Captures::expand` does, on the kept offsets.
                    regex_automata::util::interpolate::string(
                        replacement,
                        |group, out| {
                            if let Some((start, end)) = locs.get(group) {
                                out.push_str(&tail[start..end]);
                            }
                        },
                        |name| re.capture_names().position(|n| n == Some(name)),
                        with,
                    );
                    let span = Span::new(f.span.start, f.span.start + m.end());
                    let sg = slot(out, n, &rule.id, &mut bufs.spare_suggestions);
                    fill(
                        sg,
                        SuggestionKind::Replace,
                        f.dimension,
                        span,
                        message,
                        rule.severity,
                        &[with],
                        &f.text,
                        &mut bufs.spare,
                    );
                    return true;
                }
            }
        }
        if rule.fix == Fix::SentenceCase {
            let sg = slot(out, n, &rule.id, &mut bufs.spare_suggestions);
            fill(
                sg,
                SuggestionKind::Replace,
                f.dimension,
                f.span,
                message,
                rule.severity,
                &[""],
                "",
                &mut bufs.spare,
            );
            let at_start =
                crate::report::starts_sentence(text[..f.span.start].trim_end_matches(['"', '\'']));
            self.sentence_case_into(&f.text, at_start, &mut sg.replacements[0]);
            return true;
        }
        let kind = match rule.fix {
            Fix::SentenceCase => SuggestionKind::Replace,
            Fix::Replace if rule.replacements.is_empty() => SuggestionKind::Rephrase,
            Fix::Replace => SuggestionKind::Replace,
            Fix::Remove => SuggestionKind::Remove,
            Fix::Rephrase => SuggestionKind::Rephrase,
        };
        let sg = slot(out, n, &rule.id, &mut bufs.spare_suggestions);
        // A rephrase keeps its texts as wording for the agent to adapt; `apply` leaves it out.
        let count = if matches!(kind, SuggestionKind::Replace | SuggestionKind::Rephrase) {
            rule.replacements.len()
        } else {
            0
        };
        let mut reps: [&str; 8] = [""; 8];
        for (r, slot) in rule
            .replacements
            .iter()
            .take(count.min(8))
            .zip(reps.iter_mut())
        {
            *slot = r;
        }
        fill(
            sg,
            kind,
            f.dimension,
            f.span,
            message,
            rule.severity,
            &reps[..count.min(8)],
            &f.text,
            &mut bufs.spare,
        );
        // In a live reply a replacement's name placeholder is filled in rather than suggested
        // as is: the customer would see it as written.
        if !ctx.is_template() {
            for r in sg
                .replacements
                .iter_mut()
                .filter(|r| r.contains(NAME_PLACEHOLDER))
            {
                self.fill_name_into(r, ctx.first_name(), &mut bufs.with, &mut bufs.norm);
                // The old text's buffer is kept for the next one.
                std::mem::swap(r, &mut bufs.with);
            }
        }
        true
    }

    /// `replacement` with each [`NAME_PLACEHOLDER`] filled in for a live reply: with the
    /// customer's name; without one, "there" after a greeting ("Hi {{first_name}}" -> "Hi
    /// there"), elsewhere nothing, with the spaces and comma before it; written into `out`,
    /// with `norm` as scratch.
    fn fill_name_into(
        &self,
        replacement: &str,
        name: Option<&str>,
        out: &mut String,
        norm: &mut String,
    ) {
        out.clear();
        let mut rest = replacement;
        while let Some(at) = rest.find(NAME_PLACEHOLDER) {
            out.push_str(&rest[..at]);
            let before = out.trim_end();
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default();
            match name {
                Some(name) => out.push_str(name),
                None if self.is_greeting(word, norm) => out.push_str("there"),
                None => out.truncate(before.trim_end_matches([',', ' ']).len()),
            }
            rest = &rest[at + NAME_PLACEHOLDER.len()..];
        }
        out.push_str(rest);
    }

    /// Whether `word` is a greeting the lexicons know ("hi", "hello"); `norm` is scratch.
    fn is_greeting(&self, word: &str, norm: &mut String) -> bool {
        let lex = &*self.lexicon;
        matches!(lex.lookup_word(word, norm), crate::lexicon::vocab::Lookup::One(id) if lex.has(id, word::GREETING))
    }

    /// Writes `shouted` in sentence case: words in lower case except acronyms the lexicons
    /// know ("UPS", "FAQ") and "I"; the first letter a capital when it starts a sentence.
    fn sentence_case_into(&self, shouted: &str, at_start: bool, out: &mut String) {
        out.clear();
        let mut first = at_start;
        let mut norm = String::new();
        for word in shouted.split_word_bounds() {
            norm.clear();
            fold_into(word, &mut norm);
            let keep = word == "I"
                || matches!(self.lexicon.lookup(norm.as_bytes()), crate::lexicon::vocab::Lookup::One(id) if self.lexicon.has(id, word::ACRONYM));
            // Days and months keep their capital ("ON MONDAY" -> "on Monday").
            let proper = CALENDAR.contains(&norm.as_str());
            if keep {
                out.push_str(word);
            } else {
                for (j, c) in word.char_indices() {
                    if (first || proper) && j == 0 && c.is_alphabetic() {
                        out.extend(c.to_uppercase());
                    } else {
                        out.extend(c.to_lowercase());
                    }
                }
            }
            if word.chars().any(char::is_alphanumeric) {
                first = false;
            }
        }
    }

    /// Suggestions that come from the context rather than from one finding; written from
    /// `out[n]` on. `tokens` are the reply's, and whether any is a placeholder. Returns the
    /// new number of suggestions.
    pub(crate) fn context_suggestions(
        &self,
        text: &str,
        ctx: &Context,
        (tokens, placeholders): (&[Token], bool),
        bufs: &mut Buffers,
        mut n: usize,
        report: &mut Report,
    ) -> usize {
        let body: Option<usize> = tokens
            .iter()
            .position(|t| !t.is_quoted() && t.kind != TokenKind::Markup);
        let Some(first) = body else { return n };
        let rules = &*CONTEXT_RULES;
        let out = &mut report.suggestions;

        let lex = &*self.lexicon;
        let Buffers {
            norm,
            sentence,
            with,
            term,
            spare,
            spare_suggestions,
            ..
        } = bufs;
        let mut is_greeting = |t: &Token| {
            t.kind == TokenKind::Word && self.is_greeting(&text[t.span.start..t.span.end], norm)
        };
        // Placeholders: an error in a live reply; in a template, a name placeholder in the
        // greeting line without a fallback gets an info suggestion. Most replies have none,
        // and then their tokens are not walked.
        let mut i = 0;
        while placeholders && i < tokens.len() {
            let tok = &tokens[i];
            if tok.kind != TokenKind::Placeholder || tok.is_quoted() {
                i += 1;
                continue;
            }
            let raw = &text[tok.span.start..tok.span.end];
            if !ctx.is_template() {
                // A run of placeholders ("{{first_name}} {{last_name}}") is one edit.
                let mut last = i;
                while tokens.get(last + 1).is_some_and(|t| {
                    t.kind == TokenKind::Placeholder
                        && !t.is_quoted()
                        && !t.is_line_start()
                        && text[tokens[last].span.end..t.span.start].trim().is_empty()
                }) {
                    last += 1;
                }
                let after_greeting = i > 0
                    && !tok.is_line_start()
                    && is_greeting(&tokens[i - 1])
                    && text[tokens[i - 1].span.end..tok.span.start]
                        .trim()
                        .is_empty();
                let (span, with, original) =
                    unfilled(text, tokens, i, last, after_greeting, ctx.first_name());
                let msg = "This placeholder is unfilled: the customer would see it as written. Fill it in before sending.";
                let (kind, with): (_, &[&str]) = match &with {
                    Some(w) => (SuggestionKind::Replace, std::slice::from_ref(w)),
                    None => (SuggestionKind::Remove, &[]),
                };
                fill(
                    slot(out, n, &rules.placeholder, spare_suggestions),
                    kind,
                    Dimension::Personalization,
                    span,
                    msg,
                    Severity::Error,
                    with,
                    original,
                    spare,
                );
                n += 1;
                i = last + 1;
                continue;
            } else if tok.is_name_placeholder()
                && raw.starts_with("{{")
                && !raw.contains('|')
                && !text[..tok.span.start].contains('\n')
            {
                let inner = raw.trim_start_matches('{').trim_end_matches('}').trim();
                with.clear();
                with.push_str("{{");
                with.push_str(inner);
                with.push_str(" | fallback: \"there\"}}");
                let msg = "When the name is missing this greeting reads \"Hi ,\": give the placeholder a fallback.";
                let sg = slot(out, n, &rules.fallback, spare_suggestions);
                fill(
                    sg,
                    SuggestionKind::Replace,
                    Dimension::Personalization,
                    tok.span,
                    msg,
                    Severity::Info,
                    &[with],
                    "",
                    spare,
                );
                n += 1;
            }
            i += 1;
        }

        let has_name = ctx.first_name().is_some();
        // Whether the reply opens with a greeting, looked up only when a suggestion asks.
        let mut greeting = None;
        let mut opens_with_greeting = || {
            *greeting.get_or_insert_with(|| {
                is_greeting(&tokens[first])
                    || tokens
                        .get(first + 1)
                        .is_some_and(|t| is_greeting(t) && !t.is_line_start())
            })
        };

        // A greeting by name, when the name (or, in a template, a placeholder) is available.
        if (has_name || ctx.is_template())
            && ctx.get_channel() != Channel::Social
            && !opens_with_greeting()
        {
            let template = if ctx.is_template() {
                "greeting-template"
            } else {
                "greeting"
            };
            if let Some(t) = lex.templates.get(template).and_then(|t| t.first()) {
                render_into(t, ctx.first_name(), None, sentence);
                let start = tokens[first].span.start;
                // On its own line in e-mail and multi-line replies; inline ("Hi Sam! ...")
                // otherwise, so the reply's first word keeps its capital.
                let multiline = ctx.get_channel() == Channel::Email || text.contains('\n');
                with.clear();
                if multiline {
                    with.push_str(sentence);
                    with.push_str("\n\n");
                } else {
                    with.push_str(sentence.trim_end_matches([',', ' ']));
                    with.push_str("! ");
                }
                let span = Span::new(start, start);
                let severity = if ctx.get_channel() == Channel::Email {
                    Severity::Warning
                } else {
                    Severity::Info
                };
                let msg = "Greet the customer by name: it shows the reply was written for them.";
                fill(
                    slot(out, n, &rules.greeting, spare_suggestions),
                    SuggestionKind::Insert,
                    Dimension::Personalization,
                    span,
                    msg,
                    severity,
                    &[with],
                    "",
                    spare,
                );
                n += 1;
            }
        }

        // Words for the customer's feelings, when they are upset and the reply has none.
        let upset = report
            .customer
            .as_ref()
            .and_then(|c| c.upset().map(|e| e.kind));
        let warm = crate::listening::answers_feelings(&report.findings);
        if let (Some(emotion), false) = (upset, warm) {
            let customer = report.customer.as_ref().expect("upset implies a customer");
            let thing = customer
                .key_terms
                .iter()
                .find(|t| t.kind == crate::TermKind::Thing)
                .map(|t| {
                    term.clear();
                    term.extend(t.text.chars().flat_map(char::to_lowercase));
                    term.as_str()
                });
            if let Some(t) = lex.templates.get(emotion.name()).and_then(|t| t.first()) {
                render_into(t, ctx.first_name(), thing, sentence);
                let (span, space_first) =
                    insertion_point(text, tokens, first, opens_with_greeting());
                with.clear();
                if space_first {
                    with.push(' ');
                    with.push_str(sentence);
                } else {
                    with.push_str(sentence);
                    with.push(' ');
                }
                let kind = if span.is_empty() {
                    SuggestionKind::Insert
                } else {
                    SuggestionKind::Replace
                };
                // The message names the feeling; written out whole, so nothing is formatted.
                macro_rules! sounds {
                    ($feeling:literal) => {
                        concat!(
                            "The customer sounds ",
                            $feeling,
                            ", and the reply does not say so. Acknowledge the feeling before the facts."
                        )
                    };
                }
                let msg = match emotion {
                    crate::EmotionKind::Frustration => sounds!("frustrated"),
                    crate::EmotionKind::Anger => sounds!("angry"),
                    crate::EmotionKind::Anxiety => sounds!("worried"),
                    crate::EmotionKind::Disappointment => sounds!("disappointed"),
                    crate::EmotionKind::Confusion => sounds!("confused"),
                    crate::EmotionKind::Urgency => sounds!("pressed for time"),
                };
                fill(
                    slot(out, n, &rules.empathy, spare_suggestions),
                    kind,
                    Dimension::Validation,
                    span,
                    msg,
                    Severity::Warning,
                    &[with],
                    "",
                    spare,
                );
                n += 1;
            }
        }
        n
    }
}

/// The edit for an unfilled placeholder (tokens `first..=last`, a run) in a live reply: its
/// span, the text to put there (`None`: remove it) and the original text whose capital the
/// replacement takes. In order: the fallback written into the placeholder; in a greeting, the
/// customer's name, else "Hi there" or "Hello" for "Dear"; elsewhere the name for a name
/// placeholder; otherwise the placeholder is removed ("Thanks, {{first_name}}!" -> "Thanks!").
fn unfilled<'a>(
    text: &'a str,
    tokens: &[Token],
    first: usize,
    last: usize,
    after_greeting: bool,
    name: Option<&'a str>,
) -> (Span, Option<&'a str>, &'a str) {
    let run = Span::new(tokens[first].span.start, tokens[last].span.end);
    if first == last {
        if let Some(value) = fallback(&text[run.start..run.end]) {
            return (run, Some(value), "");
        }
    }
    if after_greeting {
        if let Some(name) = name {
            return (run, Some(name), "");
        }
        let greet = tokens[first - 1].span;
        let word = &text[greet.start..greet.end];
        if word.eq_ignore_ascii_case("dear") {
            return (Span::new(greet.start, run.end), Some("hello"), word);
        }
        return (run, Some("there"), "");
    }
    if let Some(name) = name.filter(|_| tokens[first..=last].iter().all(Token::is_name_placeholder))
    {
        return (run, Some(name), "");
    }
    let mut start = run.start;
    let next = text[run.end..].chars().next();
    if text[..start].ends_with(", ")
        && next.is_none_or(|c| matches!(c, '.' | '!' | '?' | ',' | '\n'))
    {
        start -= 2;
    }
    (Span::new(start, run.end), None, "")
}

/// The fallback value written into a placeholder: `{{first_name | fallback: "there"}}` or
/// Liquid's `{{ first_name | default: 'there' }}`.
fn fallback(raw: &str) -> Option<&str> {
    let (_, filter) = raw.split_once('|')?;
    let filter = filter.trim_start();
    let rest = filter
        .strip_prefix("fallback")
        .or_else(|| filter.strip_prefix("default"))?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let quote = rest.chars().next().filter(|&c| c == '"' || c == '\'')?;
    let body = &rest[1..];
    let value = &body[..body.find(quote)?];
    (!value.trim().is_empty()).then_some(value)
}

/// Where to put a sentence that should open the reply: after a greeting line ("Hi Maria,\n"),
/// after an inline greeting ("Hi Maria, we ..." -> "Hi Maria, SENTENCE We ..."), or at the
/// start. Returns the (empty) span to insert at, and whether the sentence goes after a space
/// there (at the end of the text) rather than before one.
fn insertion_point(text: &str, tokens: &[Token], first: usize, greeting: bool) -> (Span, bool) {
    let start = tokens[first].span.start;
    if !greeting {
        return (Span::new(start, start), false);
    }
    // The greeting ends at the first comma, sentence end or line end within a few tokens.
    let mut i = first + 1;
    while i < tokens.len() && i < first + 6 {
        let t = &tokens[i];
        if t.is_line_start() {
            return (Span::new(t.span.start, t.span.start), false);
        }
        let raw = &text[t.span.start..t.span.end];
        if t.kind == TokenKind::Punct && matches!(raw, "," | "!" | "." | ":" | "-") {
            let Some(next) = tokens.get(i + 1) else {
                return (Span::new(t.span.end, t.span.end), true);
            };
            // On the next line or after the greeting's comma (Report::apply capitalizes what
            // follows an inserted sentence).
            return (Span::new(next.span.start, next.span.start), false);
        }
        i += 1;
    }
    (Span::new(start, start), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_templates() {
        let render = |t: &str, name, term| {
            let mut out = String::from("left over");
            render_into(t, name, term, &mut out);
            out
        };
        let t = "I can see how frustrating this has been[ with your {term}], {name}.";
        assert_eq!(
            render(t, Some("Ana"), Some("refund")),
            "I can see how frustrating this has been with your refund, Ana."
        );
        assert_eq!(
            render(t, Some("Ana"), None),
            "I can see how frustrating this has been, Ana."
        );
        // A part outside brackets that lacks its value is dropped too.
        assert_eq!(
            render(t, None, Some("refund")),
            "I can see how frustrating this has been with your refund"
        );
        assert_eq!(render("Hi {name},", None, None), "");
        assert_eq!(render("no vars", None, None), "no vars");
        // Braces that name no value stay; a value is not searched for keys again.
        assert_eq!(
            render("Hi {{first_name}}, {name}!", Some("{term}"), Some("x")),
            "Hi {{first_name}}, {term}!"
        );
    }
}
