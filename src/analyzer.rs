//! The `Analyzer`: built once from lexicons, then analyses any number of replies.
//!
//! One pass each: text -> tokens -> item stream (normalized word ids, slots, sentence and clause
//! marks) -> trie matches -> findings (negation, modifiers, contrast) -> scores and suggestions.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use crate::lexicon::parse::Negated;
use crate::lexicon::pattern::Slot;
use crate::lexicon::trie::{Item, Match, Search};
use crate::lexicon::vocab::{Lookup, UNKNOWN};
use crate::lexicon::{self, Lexicon, Source, word};
use crate::text::{fold_into, tokenize_into};
use crate::{
    Context, Dimension, Error, Finding, Report, Span, Suggestion, Token, TokenKind, score,
};

/// The embedded lexicons, built on first use and shared by every [`Analyzer::default`].
static DEFAULT: LazyLock<Result<Arc<Lexicon>, String>> = LazyLock::new(|| {
    Lexicon::compile(&lexicon::embedded(), &[])
        .map(Arc::new)
        .map_err(|e| e.to_string())
});

/// Scores replies. Build it once and share it: it is `Send + Sync`, and cloning it is cheap
/// (the compiled lexicons are behind an `Arc`).
///
/// ```
/// let analyzer = replytone::Analyzer::default(); // embedded English lexicons
/// let report = analyzer.analyze("Calm down. As I already said, the refund is processing.");
/// assert!(report.scores.confrontation > 0.0);
///
/// let warm = analyzer.analyze("Hi Sam, I'm so sorry your parcel arrived damaged. That must be really frustrating.");
/// assert!(warm.scores.overall > report.scores.overall);
/// ```
#[derive(Clone, Debug)]
pub struct Analyzer {
    pub(crate) lexicon: Arc<Lexicon>,
}

impl Default for Analyzer {
    /// The analyzer with the embedded English lexicons, built on first use (from their
    /// compiled image, in a few milliseconds) and shared by every later call.
    ///
    /// # Panics
    ///
    /// Only if the embedded lexicons do not compile, which the crate's own test suite rules
    /// out; [`AnalyzerBuilder::build`] reports the same problem as an [`Error`] instead.
    fn default() -> Analyzer {
        match &*DEFAULT {
            Ok(lexicon) => Analyzer {
                lexicon: Arc::clone(lexicon),
            },
            Err(e) => panic!("the embedded lexicons do not compile: {e}"),
        }
    }
}

/// Builds an [`Analyzer`] from the embedded lexicons and your own.
///
/// ```
/// let analyzer = replytone::Analyzer::builder()
///     .add_lexicon_str("house.lex", "dimension: confrontation\n\
///         [as-stated]\npattern: as stated\nweight: -1\nkind: passive-aggressive\n\
///         message: Sounds impatient.\nreplace: as mentioned\nmatch: As stated, it ships Monday.\n")
///     .disable_rule("confrontation.calm-down")
///     .build()?;
/// assert!(analyzer.analyze("As stated, it ships Monday.").has_rule("confrontation.as-stated"));
/// assert!(!analyzer.analyze("Calm down.").has_rule("confrontation.calm-down"));
/// # Ok::<(), replytone::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct AnalyzerBuilder {
    defaults: bool,
    extra: Vec<Pending>,
    disabled: Vec<String>,
}

#[derive(Clone, Debug)]
enum Pending {
    Text { name: String, text: String },
    File(PathBuf),
}

impl Default for AnalyzerBuilder {
    fn default() -> AnalyzerBuilder {
        AnalyzerBuilder {
            defaults: true,
            extra: Vec::new(),
            disabled: Vec::new(),
        }
    }
}

impl AnalyzerBuilder {
    /// A builder with the embedded lexicons on and nothing else.
    pub fn new() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// Whether to load the embedded English lexicons (on by default). Turn them off to use only
    /// your own; a `contractions` and a `modifiers` lexicon are then yours to supply too.
    pub fn default_lexicons(&mut self, yes: bool) -> &mut AnalyzerBuilder {
        self.defaults = yes;
        self
    }

    /// Adds a lexicon from a string; `name` is used in error messages.
    pub fn add_lexicon_str(
        &mut self,
        name: impl Into<String>,
        text: impl Into<String>,
    ) -> &mut AnalyzerBuilder {
        self.extra.push(Pending::Text {
            name: name.into(),
            text: text.into(),
        });
        self
    }

    /// Adds a lexicon file, read when [`build`](Self::build) runs.
    pub fn add_lexicon_file(&mut self, path: impl Into<PathBuf>) -> &mut AnalyzerBuilder {
        self.extra.push(Pending::File(path.into()));
        self
    }

    /// Leaves a rule out of matching, by its id (`confrontation.calm-down`). Building fails when
    /// no lexicon defines the rule.
    pub fn disable_rule(&mut self, id: impl Into<String>) -> &mut AnalyzerBuilder {
        self.disabled.push(id.into());
        self
    }

    /// Reads, parses and compiles the lexicons. The embedded lexicons alone (no lexicon
    /// added, no rule disabled) load their compiled patterns from an image shipped with the
    /// crate, in a few milliseconds; any other set compiles every pattern, in about 15.
    /// Each call builds anew; [`Analyzer::default`] builds once per process and shares it.
    pub fn build(&self) -> Result<Analyzer, Error> {
        let mut sources = if self.defaults {
            lexicon::embedded()
        } else {
            Vec::new()
        };
        for p in &self.extra {
            sources.push(match p {
                Pending::Text { name, text } => Source {
                    name: name.clone(),
                    text: Cow::Owned(text.clone()),
                },
                Pending::File(path) => {
                    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
                    let name = path.display().to_string();
                    let text = lexicon::text_of(&name, bytes)?;
                    Source {
                        name,
                        text: Cow::Owned(text),
                    }
                }
            });
        }
        Ok(Analyzer {
            lexicon: Arc::new(Lexicon::compile(&sources, &self.disabled)?),
        })
    }
}

/// Buffers reused across analyses on one thread, so the hot path does not allocate.
#[derive(Default)]
pub(crate) struct Scratch {
    pub(crate) tokens: Vec<Token>,
    /// Whether any of `tokens` is a placeholder.
    pub(crate) placeholders: bool,
    pub(crate) items: Vec<Item>,
    pub(crate) search: Search,
    pub(crate) matches: Vec<Match>,
    /// Per finding: its rule and its sentence.
    meta: Vec<(u32, u32)>,
    norm: String,
    /// The customer's message last read on this thread.
    pub(crate) reading: crate::listening::Reading,
    /// Scratch for checking a reply against the customer's message.
    listening: crate::listening::ListenBuffers,
    /// Where suggestions' texts are written.
    writing: crate::suggest::Buffers,
    /// Findings a report had more of than the next analysis wrote, kept (up to [`SPARE`])
    /// with their strings, so that a reply with more findings than the last one reuses these
    /// rather than allocating and freeing. (Suggestions have theirs in `writing`.)
    spare_findings: Vec<Finding>,
}

/// How many spare findings, and how many spare suggestions, a thread keeps (see [`Scratch`]).
const SPARE: usize = 64;

/// Tops `v` up towards `n` elements from `spare`, to be written over.
fn top_up<T>(v: &mut Vec<T>, spare: &mut Vec<T>, n: usize) {
    while v.len() < n {
        match spare.pop() {
            Some(x) => v.push(x),
            None => break,
        }
    }
}

/// Truncates `v` to `n` elements, keeping what it drops in `spare` while that has room, if
/// `small` (so that a thread does not hold on to the strings of a huge reply).
fn put_back<T>(v: &mut Vec<T>, n: usize, spare: &mut Vec<T>, small: impl Fn(&T) -> bool) {
    if v.len() > n && spare.len() < SPARE {
        let room = SPARE - spare.len();
        spare.extend(v.drain(n..).filter(small).take(room));
    }
    v.truncate(n);
}

/// How long a spare finding's or suggestion's strings may be, in all.
const SPARE_BYTES: usize = 1 << 10;

fn small_finding(f: &Finding) -> bool {
    f.text.capacity() <= SPARE_BYTES
}

fn small_suggestion(sg: &Suggestion) -> bool {
    let texts = sg.replacements.iter().map(String::capacity);
    sg.message.capacity() + texts.sum::<usize>() <= SPARE_BYTES
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

pub(crate) const EMPTY_CONTEXT: &Context = &Context::EMPTY;

impl Analyzer {
    /// A builder, to add lexicons or disable rules.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// Analyses a reply on its own.
    pub fn analyze(&self, text: &str) -> Report {
        self.analyze_with(text, EMPTY_CONTEXT)
    }

    /// Analyses a reply in the context of the conversation.
    pub fn analyze_with(&self, text: &str, context: &Context) -> Report {
        let mut report = Report::default();
        self.analyze_into(text, context, &mut report);
        report
    }

    /// Analyses a reply into an existing report, reusing its allocations.
    ///
    /// Re-scoring the same draft in the same context allocates nothing once the report's
    /// buffers have grown (a few calls), with or without the customer's message. Each thread
    /// keeps the last customer message it read with what was read in it, so a compose box
    /// that scores every keystroke against one message reads the message once.
    ///
    /// ```
    /// use replytone::{Analyzer, Context, Report};
    /// let analyzer = Analyzer::default();
    /// let mut report = Report::default();
    /// for draft in ["Calm", "Calm down", "Calm down, I've got this"] {
    ///     analyzer.analyze_into(draft, &Context::default(), &mut report);
    /// }
    /// assert!(report.has_rule("confrontation.calm-down"));
    /// ```
    pub fn analyze_into(&self, text: &str, context: &Context, report: &mut Report) {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.run_all(text, context, &mut scratch, report),
            Err(_) => self.run_all(text, context, &mut Scratch::default(), report),
        });
    }

    fn run_all(&self, text: &str, ctx: &Context, s: &mut Scratch, report: &mut Report) {
        let message = ctx.get_customer_message();
        if let Some(m) = message {
            self.read_customer_once(m, s);
        }
        self.run(text, ctx, s, report);
        report.scores = score::scores(&report.findings);
        match message {
            Some(_) => {
                // The reading is copied into the report's own, whose strings are reused.
                let customer = report.customer.get_or_insert_with(Default::default);
                customer.clone_from(&s.reading.customer);
                let (stems, buffers) = (&s.reading.stems, &mut s.listening);
                let listening =
                    self.listen(text, &s.tokens, customer, stems, buffers, &report.findings);
                report.scores.active_listening = Some((listening * 1000.0).round() / 1000.0);
                report.scores.overall =
                    ((report.scores.overall * (0.85 + 0.15 * listening)) * 10.0).round() / 10.0;
            }
            None => report.customer = None,
        }
        // Suggestions are written over the report's previous ones too (see `suggest`).
        let mut n = 0;
        for (f, &(rule, _)) in report.findings.iter().zip(&s.meta) {
            let out = &mut report.suggestions;
            if self.suggestion(text, ctx, f, rule, n, out, &mut s.writing) {
                n += 1;
            }
        }
        let tokens = (&s.tokens[..], s.placeholders);
        let n = self.context_suggestions(text, ctx, tokens, &mut s.writing, n, report);
        put_back(
            &mut report.suggestions,
            n,
            &mut s.writing.spare_suggestions,
            small_suggestion,
        );
        // Text order; insertions before replacements at the same place, and in the order made
        // (a greeting before what follows it).
        for (id, sg) in report.suggestions.iter_mut().enumerate() {
            sg.id = id;
        }
        report
            .suggestions
            .sort_unstable_by_key(|sg| (sg.span.start, sg.span.end, sg.id));
        for (id, sg) in report.suggestions.iter_mut().enumerate() {
            sg.id = id;
        }
    }

    fn run(&self, text: &str, ctx: &Context, s: &mut Scratch, report: &mut Report) {
        s.placeholders = tokenize_into(text, &mut s.tokens);
        self.stream(text, ctx, s);
        s.matches.clear();
        self.lexicon
            .trie
            .scan(&s.items, &mut s.search, &mut s.matches);
        // Findings and suggestions are written over the report's previous ones, reusing their
        // strings, so that re-scoring a draft in a compose box allocates nothing.
        s.meta.clear();
        let found = s.matches.len();
        // A fresh report (from `analyze`) grows once, not by doubling.
        let lacking = found.saturating_sub(report.findings.len());
        report.findings.reserve(lacking);
        top_up(&mut report.findings, &mut s.spare_findings, found);
        for (n, m) in s.matches.iter().enumerate() {
            self.finding(text, &s.tokens, &s.items, *m, n, &mut report.findings);
            s.meta.push((m.rule, s.items[m.start].sentence));
        }
        put_back(
            &mut report.findings,
            found,
            &mut s.spare_findings,
            small_finding,
        );
        self.calm_warm_shouting(&s.meta, report);
    }

    /// Capitals and "!!" are exuberance, not shouting, in a sentence that is otherwise warm
    /// ("THANK YOU so much!!"): shouting findings there get weight 0.
    fn calm_warm_shouting(&self, meta: &[(u32, u32)], report: &mut Report) {
        let is_shout =
            |rule: u32| self.lexicon.rules[rule as usize].kind.as_deref() == Some("shouting");
        let mut i = 0;
        while i < meta.len() {
            let sentence = meta[i].1;
            let end = i + meta[i..].iter().take_while(|m| m.1 == sentence).count();
            // Warm words: thanks, apologies, feelings, reassurance; a greeting is not enough.
            let warm = report.findings[i..end].iter().any(|f| {
                f.weight > 0.0
                    && matches!(
                        f.dimension,
                        Dimension::Gratitude
                            | Dimension::Apology
                            | Dimension::Validation
                            | Dimension::Reassurance
                            | Dimension::Acknowledgement
                    )
            });
            if warm {
                for (f, m) in report.findings[i..end].iter_mut().zip(&meta[i..end]) {
                    if is_shout(m.0) {
                        f.weight = 0.0;
                    }
                }
            }
            i = end;
        }
    }

    /// Turns tokens into the item stream the matcher scans.
    pub(crate) fn stream(&self, text: &str, ctx: &Context, s: &mut Scratch) {
        let lex = &*self.lexicon;
        let max_len = lex.vocab.max_len();
        s.items.clear();
        let mut sentence_start = true;
        let mut sentence = 0u32;
        // The word flags of all items, or-ed: whether a contrast word is among them.
        let mut all_flags = 0u8;
        let limit = max_len.saturating_mul(2) + 8;
        for (ti, tok) in s.tokens.iter().enumerate() {
            let ti = ti as u32;
            let (a, b) = (tok.span.start, tok.span.end);
            // Most tokens are lower-case words inside a line, looked up as they are (one too
            // long for the vocabulary is not even read); the rest are sorted out here.
            let plain_word = tok.kind == TokenKind::Word
                && tok.has_only(
                    Token::PLAIN | Token::QUOTED | Token::LINE_START,
                    Token::PLAIN,
                );
            let (lookup, mut flags) = if plain_word {
                (lex.lookup_in(text.as_bytes(), a, b), 0u8)
            } else {
                let raw = &text.as_bytes()[a..b];
                if tok.kind == TokenKind::Markup
                    || (tok.kind == TokenKind::Punct
                        // A hyphen is `-` or starts with 0xE2 (U+2010, U+2011).
                        && matches!(raw.first(), Some(b'-' | 0xE2))
                        && Token::is_inner_hyphen(&s.tokens, ti as usize, text))
                {
                    sentence_start |= tok.has(Token::BREAK);
                    continue;
                }
                if tok.is_quoted() {
                    if s.items.last().is_none_or(|i| i.flags & Item::BARRIER == 0) {
                        sentence += 1;
                        s.items.push(Item {
                            id: UNKNOWN,
                            tok: ti,
                            slots: 0,
                            flags: Item::BARRIER | Item::SENT_END | Item::CLAUSE,
                            sentence,
                        });
                    }
                    sentence_start = true;
                    continue;
                }
                sentence_start |= tok.is_line_start();
                let mut flags = 0u8;
                let lookup = match tok.kind {
                    TokenKind::Word
                    | TokenKind::Number
                    | TokenKind::Identifier
                    | TokenKind::Punct
                    | TokenKind::Emoji
                        if raw.len() <= limit =>
                    {
                        if tok.kind == TokenKind::Word {
                            // An ASCII word that is not plain ("Thanks", "We", a word at a
                            // line start) is looked up in lower case as it is read; the
                            // tokenizer has told that its bytes are ASCII.
                            let ascii = (tok.has(Token::ASCII))
                                .then(|| lex.lookup_ascii_in(text.as_bytes(), a, b));
                            match ascii.flatten() {
                                Some(found) => found,
                                None => lex.lookup_word(&text[a..b], &mut s.norm),
                            }
                        } else {
                            let norm: &[u8] = if tok.has(Token::PLAIN) {
                                raw
                            } else {
                                s.norm.clear();
                                fold_into(&text[a..b], &mut s.norm);
                                s.norm.as_bytes()
                            };
                            if tok.kind == TokenKind::Punct {
                                flags |= match norm.first() {
                                    Some(b'.' | b'!' | b'?') => Item::SENT_END | Item::CLAUSE,
                                    Some(b',' | b';' | b':' | b'(' | b')' | b'"' | b'-') => {
                                        Item::CLAUSE | Item::JOINS
                                    }
                                    _ => 0,
                                };
                            }
                            lex.lookup(norm)
                        }
                    }
                    _ => Lookup::One(UNKNOWN),
                };
                (lookup, flags)
            };
            let first = match lookup {
                Lookup::One(id) | Lookup::Two(id, _) => id,
            };
            let first_flags = lex.flags(first);
            let slots = if plain_word {
                // No capitals: neither a name nor shouting by its shape.
                Slot::Word.bit() | customer_slots(ctx, text, tok)
            } else {
                self.slots(tok, text, first_flags, ctx)
            };
            if sentence_start {
                flags |= Item::SENT_START;
                sentence += u32::from(!s.items.is_empty());
            }
            let push = |id: u32,
                        word_flags: u8,
                        flags: u8,
                        slots: u8,
                        items: &mut Vec<Item>,
                        all_flags: &mut u8| {
                // A word's negator and clause-break flags are its item's (see `word`).
                let flags = flags | word_flags & (word::NEGATOR | word::CLAUSE_BREAK);
                *all_flags |= word_flags;
                items.push(Item {
                    id,
                    tok: ti,
                    slots,
                    flags,
                    sentence,
                });
            };
            let all = &mut all_flags;
            match lookup {
                Lookup::One(id) => push(id, first_flags, flags, slots, &mut s.items, all),
                Lookup::Two(a, b) => {
                    push(a, first_flags, flags, slots, &mut s.items, all);
                    push(b, lex.flags(b), 0, 0, &mut s.items, all);
                }
            }
            // An @handle opening a tweet does not take the sentence start from the words after it.
            sentence_start = flags & Item::SENT_END != 0
                || (tok.kind == TokenKind::Handle && flags & Item::SENT_START != 0);
        }
        if all_flags & word::CONTRAST != 0 {
            self.mark_contrast(&mut s.items);
        }
    }

    /// Which slots a token of `text` fills; `word_flags` are those of its (first) word.
    fn slots(&self, tok: &Token, text: &str, word_flags: u8, ctx: &Context) -> u8 {
        match tok.kind {
            // In a live reply an unfilled placeholder is a mistake the customer will see
            // (`context.unfilled-placeholder`), so it is no evidence of personalization.
            TokenKind::Placeholder if !ctx.is_template() => 0,
            TokenKind::Placeholder => {
                Slot::Placeholder.bit()
                    | if tok.is_name_placeholder() {
                        Slot::Name.bit()
                    } else {
                        0
                    }
            }
            TokenKind::Number | TokenKind::Identifier => Slot::Number.bit(),
            TokenKind::Emoji => Slot::Emoji.bit(),
            TokenKind::Word => {
                let mut slots = Slot::Word.bit();
                if tok.has(Token::TITLE) && word_flags & word::NOT_NAME == 0 {
                    slots |= Slot::Name.bit();
                }
                if tok.is_all_caps() && word_flags & word::ACRONYM == 0 {
                    slots |= Slot::Caps.bit();
                }
                slots | customer_slots(ctx, text, tok)
            }
            _ => 0,
        }
    }

    /// Marks items that have a contrast word ahead of or behind them in their sentence.
    fn mark_contrast(&self, items: &mut [Item]) {
        let lex = &*self.lexicon;
        let mut seen = false;
        for it in items.iter_mut() {
            if it.flags & Item::SENT_START != 0 {
                seen = false;
            }
            if seen {
                it.flags |= Item::CONTRAST_BEHIND;
            }
            seen |= lex.has(it.id, word::CONTRAST);
        }
        seen = false;
        for it in items.iter_mut().rev() {
            if seen {
                it.flags |= Item::CONTRAST_AHEAD;
            }
            seen |= lex.has(it.id, word::CONTRAST);
            if it.flags & Item::SENT_START != 0 {
                seen = false;
            }
        }
    }

    /// Turns a match into a finding (and a suggestion when the rule has a fix).
    fn finding(
        &self,
        text: &str,
        tokens: &[Token],
        items: &[Item],
        m: Match,
        n: usize,
        out: &mut Vec<Finding>,
    ) {
        let lex = &*self.lexicon;
        let rule = &lex.rules[m.rule as usize];
        // A comma or colon a pattern starts with is context, not part of the phrase: the span
        // (and so a replacement) starts after it.
        let mut first = m.start;
        while first + 1 < m.end && items[first].flags & Item::JOINS != 0 {
            first += 1;
        }
        let span = Span::new(
            tokens[items[first].tok as usize].span.start,
            tokens[items[m.end - 1].tok as usize].span.end,
        );

        let negated = negated(items, m.start);
        let scale = self.scale(items, m.start, m.end);

        let mut weight = rule.weight * scale;
        if weight > 0.0 && items[m.end - 1].flags & Item::CONTRAST_AHEAD != 0 {
            weight *= 0.5;
        }
        if weight < 0.0 && items[m.start].flags & Item::CONTRAST_BEHIND != 0 {
            weight *= 1.25;
        }
        let (dimension, weight) = match (negated, rule.negated) {
            (false, _) => (rule.dimension, weight),
            (true, Negated::Ignore) => (rule.dimension, 0.0),
            (true, Negated::As(d, w)) => (d, w * scale),
        };
        let matched = &text[span.start..span.end];
        let weight = (weight * 1000.0).round() / 1000.0;
        match out.get_mut(n) {
            Some(f) => {
                f.dimension = dimension;
                if !Arc::ptr_eq(&f.rule, &rule.id) {
                    f.rule = Arc::clone(&rule.id);
                }
                f.span = span;
                f.text.clear();
                f.text.push_str(matched);
                f.weight = weight;
                f.negated = negated;
                // Comparing first spares two atomic counts when the kind stays.
                let same = match (&f.kind, &rule.kind) {
                    (Some(a), Some(b)) => Arc::ptr_eq(a, b),
                    (a, b) => a.is_none() && b.is_none(),
                };
                if !same {
                    f.kind.clone_from(&rule.kind);
                }
            }
            None => out.push(Finding {
                dimension,
                rule: Arc::clone(&rule.id),
                span,
                text: matched.to_string(),
                weight,
                negated,
                kind: rule.kind.clone(),
            }),
        }
    }

    /// The modifier scale of a match: intensifiers and dampeners up to two items before it in
    /// the same clause, and inside it.
    pub(crate) fn scale(&self, items: &[Item], start: usize, end: usize) -> f64 {
        let lex = &*self.lexicon;
        let mut from = start;
        while from > 0 && start - from < 2 {
            let prev = items[from - 1];
            if prev.flags & (Item::CLAUSE | Item::BARRIER) != 0
                || items[from].flags & Item::SENT_START != 0
            {
                break;
            }
            from -= 1;
        }
        let mut scale = 1.0f64;
        for i in from..end {
            let s = lex.scale.get(items[i].id as usize).copied().unwrap_or(0.0);
            if s != 0.0 {
                scale *= 1.0 + f64::from(s);
            }
            if i + 1 < end && lex.has(items[i].id, word::BIGRAM) {
                if let Some(&b) = lex.bigram_scale.get(&(items[i].id, items[i + 1].id)) {
                    scale *= 1.0 + f64::from(b);
                }
            }
        }
        scale.clamp(0.25, 2.0)
    }

    /// Checks every lexicon entry against its own examples: each `match:` sentence must give a
    /// finding of that rule that is not negated, each `nomatch:` sentence none. Returns one line
    /// per failure, empty when all hold. Run it in your tests when you write lexicons.
    ///
    /// ```
    /// assert_eq!(replytone::Analyzer::default().check_examples(), Vec::<String>::new());
    /// ```
    ///
    /// Examples are analysed with a [`Context`] whose customer name is "Maria Lopez", so that
    /// entries using the `<customer>` slot can be exemplified, and as templates, so that
    /// placeholders fill the `<placeholder>` and `<name>` slots.
    pub fn check_examples(&self) -> Vec<String> {
        let ctx = Context::new().customer_name("Maria Lopez").template(true);
        let mut failures = Vec::new();
        for rule in self.lexicon.rules.iter().filter(|r| r.enabled) {
            for ex in &rule.examples {
                let report = self.analyze_with(ex, &ctx);
                if !report
                    .findings
                    .iter()
                    .any(|f| f.rule == rule.id && !f.negated)
                {
                    let found: Vec<&str> = report.findings.iter().map(|f| &*f.rule).collect();
                    failures.push(format!(
                        "{}: `match: {ex}` gives no finding of the rule (found: {found:?})",
                        rule.id
                    ));
                }
            }
            for ex in &rule.counter_examples {
                if self
                    .analyze_with(ex, &ctx)
                    .findings
                    .iter()
                    .any(|f| f.rule == rule.id)
                {
                    failures.push(format!(
                        "{}: `nomatch: {ex}` gives a finding of the rule",
                        rule.id
                    ));
                }
            }
        }
        for (i, rule) in self.lexicon.emotion_rules.iter().enumerate() {
            for ex in &rule.examples {
                if !self.emotion_rules_in(ex).contains(&(i as u32)) {
                    failures.push(format!(
                        "{}: `match: {ex}` gives no finding of the rule",
                        rule.id
                    ));
                }
            }
            for ex in &rule.counter_examples {
                if self.emotion_rules_in(ex).contains(&(i as u32)) {
                    failures.push(format!(
                        "{}: `nomatch: {ex}` gives a finding of the rule",
                        rule.id
                    ));
                }
            }
        }
        failures
    }

    /// The number of rules and of `pattern:` lines per dimension, for reports and tests.
    pub fn rule_counts(&self) -> Vec<(Dimension, usize, usize)> {
        Dimension::ALL
            .iter()
            .map(|&d| {
                let rules = self.lexicon.rules.iter().filter(|r| r.dimension == d);
                (
                    d,
                    rules.clone().count(),
                    rules.map(|r| r.pattern_count).sum(),
                )
            })
            .collect()
    }
}

/// The slots a word token fills for being one of the customer's names.
#[inline]
fn customer_slots(ctx: &Context, text: &str, tok: &Token) -> u8 {
    if ctx.is_customer_name(text, tok.span) {
        Slot::Customer.bit() | Slot::Name.bit()
    } else {
        0
    }
}

/// Whether a negator up to three items before `start`, in the same clause, negates a match.
pub(crate) fn negated(items: &[Item], start: usize) -> bool {
    for k in 1..=3 {
        if start < k || items[start - k + 1].flags & Item::SENT_START != 0 {
            return false;
        }
        let it = items[start - k];
        if it.flags & (Item::CLAUSE | Item::BARRIER) != 0 {
            return false;
        }
        if it.flags & Item::NEGATOR != 0 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spares_are_kept_up_to_the_cap_and_taken_back() {
        let mut spare = Vec::new();
        let mut v: Vec<usize> = (0..100).collect();
        put_back(&mut v, 10, &mut spare, |_| true);
        assert_eq!(v, (0..10).collect::<Vec<_>>());
        assert_eq!(spare, (10..10 + SPARE).collect::<Vec<_>>());
        top_up(&mut v, &mut spare, 12);
        assert_eq!(v[10..], [10 + SPARE - 1, 10 + SPARE - 2]);
        assert_eq!(spare.len(), SPARE - 2);
        // Room for two more: the rest is dropped.
        put_back(&mut v, 0, &mut spare, |_| true);
        assert!(v.is_empty());
        assert_eq!(spare.len(), SPARE);
        // Topping up stops when the spares run out.
        let mut w = Vec::new();
        top_up(&mut w, &mut spare, SPARE + 5);
        assert_eq!((w.len(), spare.len()), (SPARE, 0));
        // Only the small are kept.
        put_back(&mut w, 0, &mut spare, |&x| x % 2 == 0);
        assert!(w.is_empty() && !spare.is_empty() && spare.iter().all(|&x| x % 2 == 0));
    }

    #[test]
    fn big_findings_are_not_kept() {
        let analyzer = Analyzer::default();
        let shout = format!(
            "Calm down. Sorry for any inconvenience. CALM DOWN {} NOW",
            "A".repeat(2000)
        );
        let mut report = Report::default();
        let mut s = Scratch::default();
        let ctx = EMPTY_CONTEXT;
        analyzer.run_all(&shout, ctx, &mut s, &mut report);
        assert!(report.findings.iter().any(|f| f.text.len() > SPARE_BYTES));
        analyzer.run_all("", ctx, &mut s, &mut report);
        assert!(!s.spare_findings.is_empty());
        assert!(s.spare_findings.iter().all(small_finding));
    }

    /// A plain word longer than any form is unknown, and fills the word slot only.
    #[test]
    fn a_plain_word_too_long_for_the_vocabulary_is_unknown() {
        let analyzer = Analyzer::default();
        let text = format!("calm {} down", "a".repeat(300));
        let mut s = Scratch::default();
        s.placeholders = tokenize_into(&text, &mut s.tokens);
        analyzer.stream(&text, EMPTY_CONTEXT, &mut s);
        assert_eq!(s.items.len(), 3);
        assert_eq!(
            (s.items[1].id, s.items[1].slots),
            (UNKNOWN, Slot::Word.bit())
        );
        assert_ne!(s.items[0].id, UNKNOWN);
    }
}
