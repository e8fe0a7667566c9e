//! The policy a response is checked against: score floors, severities, disabled rules, extra
//! lexicons and per-path overrides, usually loaded from a `replytone.toml`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, LazyLock};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::check::CHECKS;
use crate::lexicon::parse::{self, FileKind};
use crate::suppress::id_matches;
use crate::{Analyzer, Dimension, Error, Severity};

/// The name of the policy file that [`Policy::discover`] looks for.
pub const CONFIG_FILE: &str = "replytone.toml";

/// The default floor for the overall score: a reply with no tone signals at all scores 35, so a
/// response below it is one where confrontation outweighs whatever warmth it has.
pub const DEFAULT_MIN_OVERALL: f64 = 35.0;

/// What a response must achieve to pass a [`check`](crate::check()).
///
/// [`Policy::default()`] is the documented default policy: a response fails when it has a
/// finding of `error` severity or an overall score below [`DEFAULT_MIN_OVERALL`]; violations
/// of `warning` and `error` severity are reported; responses are templates. A
/// `replytone.toml` starts from the same defaults and changes what it names:
///
/// ```
/// use replytone::{Analyzer, Document, Policy, check};
/// let policy = Policy::from_toml_str("replytone.toml", r#"
///     min_overall = 40
///     max_confrontation = 0.5
///     [severity]
///     "confrontation.calm-down" = "error"
/// "#)?;
/// let verdict = check(&Analyzer::default(), &policy, &Document::new("Calm down, it's shipped."));
/// assert!(!verdict.passed);
/// assert!(verdict.violations.iter().any(|v| &*v.rule == "confrontation.calm-down"));
/// # Ok::<(), replytone::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Policy {
    base: Settings,
    overrides: Vec<Override>,
    lexicons: Vec<(String, String)>,
    root: PathBuf,
    file: Option<PathBuf>,
    catalog: Arc<Catalog>,
}

/// What a policy file or builder says; `None` and empty mean "not said here".
#[derive(Clone, Debug, Default)]
struct Settings {
    min_overall: Option<f64>,
    min_acknowledgement: Option<f64>,
    min_validation: Option<f64>,
    min_personalization: Option<f64>,
    max_confrontation: Option<f64>,
    fail_on: Option<Severity>,
    report_on: Option<Severity>,
    template: Option<bool>,
    disable: Vec<String>,
    severity: Vec<(String, Option<Severity>)>,
}

impl Settings {
    fn defaults() -> Settings {
        Settings {
            min_overall: Some(DEFAULT_MIN_OVERALL),
            fail_on: Some(Severity::Error),
            report_on: Some(Severity::Warning),
            template: Some(true),
            ..Settings::default()
        }
    }

    fn layer(&mut self, over: &Settings) {
        macro_rules! take {
            ($($f:ident),*) => { $(if over.$f.is_some() { self.$f = over.$f; })* };
        }
        take!(
            min_overall,
            min_acknowledgement,
            min_validation,
            min_personalization,
            max_confrontation,
            fail_on,
            report_on,
            template
        );
        self.disable.extend(over.disable.iter().cloned());
        self.severity.extend(over.severity.iter().cloned());
    }
}

#[derive(Clone, Debug)]
struct Override {
    globs: GlobSet,
    settings: Settings,
}

/// The policy in force for one document.
#[derive(Clone, Debug)]
pub(crate) struct Rules {
    pub min_overall: Option<f64>,
    pub min: [(Dimension, Option<f64>); 3],
    pub max_confrontation: Option<f64>,
    pub fail_on: Severity,
    pub report_on: Severity,
    pub template: bool,
    disable: Vec<String>,
    severity: Vec<(String, Option<Severity>)>,
}

impl Rules {
    /// Whether the policy disables `rule` (by its id or a group it is in).
    pub(crate) fn disabled(&self, rule: &str) -> bool {
        self.disable.iter().any(|id| id_matches(id, rule))
    }

    /// The severity the policy gives `rule`: `Some(None)` turns it off, `None` keeps the
    /// rule's own. A rule's own id beats a group; among equals the later setting wins.
    pub(crate) fn severity(&self, rule: &str) -> Option<Option<Severity>> {
        let exact = self.severity.iter().rev().find(|(id, _)| id == rule);
        let group = || {
            self.severity
                .iter()
                .rev()
                .find(|(id, _)| id_matches(id, rule))
        };
        exact.or_else(group).map(|(_, s)| *s)
    }
}

/// The rule ids a policy and suppressions may name: the lexicons' rules, the checks' rules, the
/// analyzer's context rules (`context.*`), and the groups (dimensions, `policy`, `context`,
/// `suppression`).
#[derive(Debug, Default)]
pub(crate) struct Catalog {
    lexicon_rules: HashSet<String>,
}

static EMBEDDED_CATALOG: LazyLock<Arc<Catalog>> = LazyLock::new(|| {
    let mut c = Catalog::default();
    for (name, text) in crate::lexicon::EMBEDDED {
        let _ = c.add(name, text);
    }
    Arc::new(c)
});

impl Catalog {
    fn add(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let file = parse::parse(name, text)?;
        if let FileKind::Dimension(d) = file.kind {
            for e in &file.entries {
                self.lexicon_rules.insert(format!("{}.{}", d.name(), e.id));
            }
        }
        Ok(())
    }

    pub(crate) fn is_lexicon_rule(&self, id: &str) -> bool {
        self.lexicon_rules.contains(id)
    }

    /// Whether `id` names a rule or a group of rules.
    pub(crate) fn knows(&self, id: &str) -> bool {
        self.lexicon_rules.contains(id)
            || id.parse::<Dimension>().is_ok()
            || CHECKS.iter().any(|(rule, _)| id_matches(id, rule))
            // The analyzer's context suggestions (`context.unfilled-placeholder`, ...) are
            // not in a lexicon; their namespace is accepted as a whole.
            || id == "context"
            || id.strip_prefix("context.").is_some_and(|r| !r.is_empty())
    }
}

impl Default for Policy {
    /// The default policy: fail on any `error`-severity finding or an overall score below
    /// [`DEFAULT_MIN_OVERALL`]; report warnings and errors; template mode on.
    fn default() -> Policy {
        Policy {
            base: Settings::defaults(),
            overrides: Vec::new(),
            lexicons: Vec::new(),
            root: PathBuf::new(),
            file: None,
            catalog: Arc::clone(&EMBEDDED_CATALOG),
        }
    }
}

impl Policy {
    /// A builder, to make a policy in code.
    pub fn builder() -> PolicyBuilder {
        PolicyBuilder::default()
    }

    /// The nearest `replytone.toml` in `start` (a file's directory, or the directory itself) or
    /// any directory above it.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("replytone-doc-discover/a/b");
    /// std::fs::create_dir_all(&dir)?;
    /// std::fs::write(dir.join("../replytone.toml"), "min_overall = 30\n")?;
    /// let found = replytone::Policy::discover(&dir.join("macro.txt")).unwrap();
    /// assert!(found.ends_with("a/replytone.toml"));
    /// std::fs::remove_dir_all(std::env::temp_dir().join("replytone-doc-discover"))?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let start = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
        let mut dir = if start.is_dir() {
            Some(start.as_path())
        } else {
            start.parent()
        };
        while let Some(d) = dir {
            let candidate = d.join(CONFIG_FILE);
            if candidate.is_file() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        None
    }

    /// Reads a policy file. Paths in it (lexicons, override globs) are relative to its directory.
    pub fn load(path: impl AsRef<Path>) -> Result<Policy, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = crate::error::utf8_text(bytes)
            .map_err(|(line, message)| Error::config(&name, Some(line), None, message))?;
        let mut policy = Policy::from_toml_str(&name, &text)?;
        policy.file = Some(path.to_path_buf());
        Ok(policy)
    }

    /// Parses a policy from TOML text; `name` is the file name used in errors, and paths in
    /// the policy are relative to its directory. Errors name the file, the line and the key.
    ///
    /// ```
    /// let err = replytone::Policy::from_toml_str("replytone.toml",
    ///     "min_overall = 40\n[severity]\n\"confrontation.calm-dwn\" = \"error\"\n").unwrap_err();
    /// assert_eq!(err.to_string(),
    ///     "replytone.toml:3: severity.\"confrontation.calm-dwn\": no lexicon or check defines this rule");
    /// ```
    pub fn from_toml_str(name: &str, text: &str) -> Result<Policy, Error> {
        // Editors on Windows may start a file with a byte-order mark; TOML has no use for it.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let raw: Raw = toml::from_str(text).map_err(|e| toml_error(name, text, &e))?;
        let at = |span: std::ops::Range<usize>| line_of(text, span.start);
        let cfg =
            |line: usize, key: String, msg: String| Error::config(name, Some(line), Some(key), msg);
        if let Some(p) = &raw.paths {
            return Err(cfg(
                at(p.span()),
                "paths".into(),
                "only an [[overrides]] table has `paths`".into(),
            ));
        }
        let root = Path::new(name)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut builder = PolicyBuilder {
            root: Some(root.clone()),
            ..PolicyBuilder::default()
        };
        let mut catalog = Catalog {
            lexicon_rules: EMBEDDED_CATALOG.lexicon_rules.clone(),
        };
        for l in &raw.lexicons {
            let path = root.join(l.get_ref());
            let bytes = std::fs::read(&path).map_err(|e| {
                cfg(
                    at(l.span()),
                    "lexicons".into(),
                    format!("cannot read {}: {e}", path.display()),
                )
            })?;
            let label = path.display().to_string();
            let text = crate::lexicon::text_of(&label, bytes)?;
            catalog.add(&label, &text)?;
            builder.lexicon_texts.push((label, text));
        }
        let catalog = Arc::new(catalog);
        builder.settings = raw.settings(name, text, "", &catalog)?;
        for (i, table) in raw.overrides.iter().enumerate() {
            let o = table.get_ref();
            let prefix = format!("overrides[{i}].");
            if !o.lexicons.is_empty() {
                return Err(cfg(
                    at(o.lexicons[0].span()),
                    format!("{prefix}lexicons"),
                    "lexicons can only be set at the top level".into(),
                ));
            }
            if let Some(inner) = o.overrides.first() {
                return Err(cfg(
                    at(inner.span()),
                    format!("{prefix}overrides"),
                    "overrides do not nest".into(),
                ));
            }
            let Some(paths) = &o.paths else {
                return Err(cfg(
                    at(table.span()),
                    format!("{prefix}paths"),
                    "every [[overrides]] table needs `paths`, a list of globs".into(),
                ));
            };
            let mut globs = GlobSetBuilder::new();
            for p in paths.get_ref() {
                let g = glob(p.get_ref())
                    .map_err(|m| cfg(at(p.span()), format!("{prefix}paths"), m))?;
                globs.add(g);
            }
            let globs = globs
                .build()
                .map_err(|e| cfg(at(paths.span()), format!("{prefix}paths"), e.to_string()))?;
            let settings = o.settings(name, text, &prefix, &catalog)?;
            builder.compiled.push(Override { globs, settings });
        }
        let mut policy = builder.build_with(catalog)?;
        policy.file = Some(PathBuf::from(name));
        Ok(policy)
    }

    /// The file the policy was read from, if any.
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// An analyzer with the policy's extra lexicons and with its top-level disabled lexicon
    /// rules left out of matching.
    ///
    /// ```
    /// let policy = replytone::Policy::builder().disable_rule("confrontation.calm-down").build()?;
    /// let analyzer = policy.analyzer()?;
    /// assert!(!analyzer.analyze("Calm down.").has_rule("confrontation.calm-down"));
    /// # Ok::<(), replytone::Error>(())
    /// ```
    pub fn analyzer(&self) -> Result<Analyzer, Error> {
        let mut b = Analyzer::builder();
        for (name, text) in &self.lexicons {
            b.add_lexicon_str(name.clone(), text.clone());
        }
        for id in &self.base.disable {
            if self.catalog.is_lexicon_rule(id) {
                b.disable_rule(id.clone());
            }
        }
        b.build()
    }

    /// The rules in force for a document at `path` (overrides whose globs match it applied).
    pub(crate) fn rules_for(&self, path: Option<&Path>) -> Rules {
        let mut s = Settings::defaults();
        s.layer(&self.base);
        if let Some(path) = path {
            let rel = self.relative(path);
            for o in &self.overrides {
                if o.globs.is_match(&rel) {
                    s.layer(&o.settings);
                }
            }
        }
        Rules {
            min_overall: s.min_overall,
            min: [
                (Dimension::Acknowledgement, s.min_acknowledgement),
                (Dimension::Validation, s.min_validation),
                (Dimension::Personalization, s.min_personalization),
            ],
            max_confrontation: s.max_confrontation,
            fail_on: s.fail_on.unwrap_or(Severity::Error),
            report_on: s.report_on.unwrap_or(Severity::Warning),
            template: s.template.unwrap_or(true),
            disable: s.disable,
            severity: s.severity,
        }
    }

    pub(crate) fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// `path` relative to the policy's directory, for glob matching.
    fn relative(&self, path: &Path) -> PathBuf {
        if self.root.as_os_str().is_empty() && path.is_relative() {
            return normalize(path);
        }
        let abs = |p: &Path| normalize(&std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()));
        // A policy read from `replytone.toml` has the empty root: the working directory.
        let root = if self.root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            &self.root
        };
        let (p, root) = (abs(path), abs(root));
        p.strip_prefix(&root).map(Path::to_path_buf).unwrap_or(p)
    }
}

/// Drops `.` components and resolves `..` lexically.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A glob of an override: relative to the policy's directory, `*` stays within a directory,
/// `**` crosses them, and a glob without `/` matches a file name in any directory.
fn glob(pattern: &str) -> Result<globset::Glob, String> {
    let mut p = pattern.trim_start_matches("./").to_string();
    if p.ends_with('/') {
        p.push_str("**");
    }
    if !p.contains('/') {
        p = format!("**/{p}");
    }
    GlobBuilder::new(&p)
        .literal_separator(true)
        .build()
        .map_err(|e| format!("bad glob {pattern:?}: {}", e.kind()))
}

/// Builds a [`Policy`] in code; starts from the default policy.
///
/// ```
/// use replytone::{Analyzer, Document, Policy, Severity, check};
/// let mut strict = Policy::builder();
/// strict.min_overall(50.0);
/// let policy = Policy::builder()
///     .min_personalization(0.2)
///     .severity("negative_framing", Some(Severity::Info))
///     .add_override(["legacy/**"], &strict)
///     .build()?;
/// let doc = Document::new("Your order shipped.").with_path("legacy/shipping.txt");
/// let verdict = check(&Analyzer::default(), &policy, &doc);
/// assert!(verdict.violations.iter().any(|v| &*v.rule == "policy.min-overall"));
/// # Ok::<(), replytone::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct PolicyBuilder {
    settings: Settings,
    overrides: Vec<(Vec<String>, Settings)>,
    lexicon_files: Vec<PathBuf>,
    lexicon_texts: Vec<(String, String)>,
    compiled: Vec<Override>,
    root: Option<PathBuf>,
}

impl PolicyBuilder {
    /// A builder that starts from the default policy.
    pub fn new() -> PolicyBuilder {
        PolicyBuilder::default()
    }

    /// Fails a response whose overall score (0 to 100) is below this (default
    /// [`DEFAULT_MIN_OVERALL`]; 0 switches the floor off).
    pub fn min_overall(&mut self, score: f64) -> &mut PolicyBuilder {
        self.settings.min_overall = Some(score);
        self
    }

    /// Fails a response whose acknowledgement score (0 to 1) is below this.
    pub fn min_acknowledgement(&mut self, score: f64) -> &mut PolicyBuilder {
        self.settings.min_acknowledgement = Some(score);
        self
    }

    /// Fails a response whose validation score (0 to 1) is below this.
    pub fn min_validation(&mut self, score: f64) -> &mut PolicyBuilder {
        self.settings.min_validation = Some(score);
        self
    }

    /// Fails a response whose personalization score (0 to 1) is below this.
    pub fn min_personalization(&mut self, score: f64) -> &mut PolicyBuilder {
        self.settings.min_personalization = Some(score);
        self
    }

    /// Fails a response whose confrontation score (0 to 1, higher is worse) is above this.
    pub fn max_confrontation(&mut self, score: f64) -> &mut PolicyBuilder {
        self.settings.max_confrontation = Some(score);
        self
    }

    /// The lowest severity that fails a response (default [`Severity::Error`]).
    pub fn fail_on(&mut self, severity: Severity) -> &mut PolicyBuilder {
        self.settings.fail_on = Some(severity);
        self
    }

    /// The lowest severity reported (default [`Severity::Warning`]): `info` violations are
    /// hints, left out unless asked for. A violation that fails the response is always
    /// reported.
    pub fn report_on(&mut self, severity: Severity) -> &mut PolicyBuilder {
        self.settings.report_on = Some(severity);
        self
    }

    /// Template mode (on by default): responses are templates (canned responses, macros), so
    /// placeholders such as `{{first_name}}` are expected and a name placeholder counts as
    /// personalization. Off, responses are read as live replies and a placeholder left in one
    /// is an error (`context.unfilled-placeholder`): the customer would see it. See
    /// [`Context::template`](crate::Context::template).
    pub fn template(&mut self, yes: bool) -> &mut PolicyBuilder {
        self.settings.template = Some(yes);
        self
    }

    /// Sets the severity of a rule (`confrontation.calm-down`) or of a group of rules (a
    /// dimension such as `negative_framing`, or `policy`); `None` turns its violations off
    /// while its findings still count in the scores. A rule's own setting beats its group's.
    pub fn severity(
        &mut self,
        rule_or_group: impl Into<String>,
        severity: Option<Severity>,
    ) -> &mut PolicyBuilder {
        self.settings
            .severity
            .push((rule_or_group.into(), severity));
        self
    }

    /// Disables a rule or a group of rules: its findings are dropped and do not count in the
    /// scores.
    pub fn disable_rule(&mut self, rule_or_group: impl Into<String>) -> &mut PolicyBuilder {
        self.settings.disable.push(rule_or_group.into());
        self
    }

    /// Adds a lexicon file, read when [`build`](Self::build) runs.
    pub fn add_lexicon_file(&mut self, path: impl Into<PathBuf>) -> &mut PolicyBuilder {
        self.lexicon_files.push(path.into());
        self
    }

    /// Applies what `settings` says (its thresholds, severities, disabled rules, template
    /// mode; not its lexicons or overrides) to documents whose path matches one of `globs`.
    /// Later overrides win over earlier ones.
    pub fn add_override<I, S>(&mut self, globs: I, settings: &PolicyBuilder) -> &mut PolicyBuilder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.overrides.push((
            globs.into_iter().map(Into::into).collect(),
            settings.settings.clone(),
        ));
        self
    }

    /// The directory override globs are relative to (default: the current directory).
    pub fn root(&mut self, dir: impl Into<PathBuf>) -> &mut PolicyBuilder {
        self.root = Some(dir.into());
        self
    }

    /// Reads the lexicon files, checks every value and rule id, and compiles the globs.
    pub fn build(&self) -> Result<Policy, Error> {
        let mut catalog = Catalog {
            lexicon_rules: EMBEDDED_CATALOG.lexicon_rules.clone(),
        };
        for (name, text) in &self.lexicon_texts {
            catalog.add(name, text)?;
        }
        let mut this = self.clone();
        for path in &self.lexicon_files {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let label = path.display().to_string();
            let text = crate::lexicon::text_of(&label, bytes)?;
            catalog.add(&label, &text)?;
            this.lexicon_texts.push((label, text));
        }
        let catalog = Arc::new(catalog);
        let plain = |key: &str, m: String| Error::config("policy", None, Some(key.to_string()), m);
        check_settings(&self.settings, &catalog, "").map_err(|(k, m)| plain(&k, m))?;
        for (i, (globs, settings)) in self.overrides.iter().enumerate() {
            let prefix = format!("overrides[{i}].");
            check_settings(settings, &catalog, &prefix).map_err(|(k, m)| plain(&k, m))?;
            let mut set = GlobSetBuilder::new();
            for g in globs {
                set.add(glob(g).map_err(|m| plain(&format!("{prefix}paths"), m))?);
            }
            let globs = set
                .build()
                .map_err(|e| plain(&format!("{prefix}paths"), e.to_string()))?;
            this.compiled.push(Override {
                globs,
                settings: settings.clone(),
            });
        }
        this.build_with(catalog)
    }

    fn build_with(&self, catalog: Arc<Catalog>) -> Result<Policy, Error> {
        Ok(Policy {
            base: self.settings.clone(),
            overrides: self.compiled.clone(),
            lexicons: self.lexicon_texts.clone(),
            root: self.root.clone().unwrap_or_default(),
            file: None,
            catalog,
        })
    }
}

/// Checks ranges and rule ids; the error is the key and the message.
fn check_settings(s: &Settings, catalog: &Catalog, prefix: &str) -> Result<(), (String, String)> {
    let key = |k: &str| format!("{prefix}{k}");
    if let Some(v) = s.min_overall {
        if !(0.0..=100.0).contains(&v) {
            return Err((
                key("min_overall"),
                format!("expected a score from 0 to 100, found {v}"),
            ));
        }
    }
    for (k, v) in [
        ("min_acknowledgement", s.min_acknowledgement),
        ("min_validation", s.min_validation),
        ("min_personalization", s.min_personalization),
        ("max_confrontation", s.max_confrontation),
    ] {
        if let Some(v) = v {
            if !(0.0..=1.0).contains(&v) {
                return Err((key(k), format!("expected a score from 0 to 1, found {v}")));
            }
        }
    }
    for id in &s.disable {
        if !catalog.knows(id) {
            return Err((
                key("disable"),
                format!("no lexicon or check defines the rule {id:?}"),
            ));
        }
    }
    for (id, _) in &s.severity {
        if !catalog.knows(id) {
            return Err((
                format!("{}severity.{id:?}", prefix),
                "no lexicon or check defines this rule".into(),
            ));
        }
    }
    Ok(())
}

/// A severity as written in a policy file: a [`Severity`] or `off`.
#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Level {
    Info,
    Warning,
    Error,
    Off,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
            Level::Off => None,
        }
    }
}

/// A policy file or one of its `[[overrides]]` tables, as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    min_overall: Option<Spanned<f64>>,
    min_acknowledgement: Option<Spanned<f64>>,
    min_validation: Option<Spanned<f64>>,
    min_personalization: Option<Spanned<f64>>,
    max_confrontation: Option<Spanned<f64>>,
    fail_on: Option<Severity>,
    report_on: Option<Severity>,
    template: Option<bool>,
    #[serde(default)]
    disable: Vec<Spanned<String>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    lexicons: Vec<Spanned<String>>,
    paths: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    overrides: Vec<Spanned<Raw>>,
}

impl Raw {
    fn settings(
        &self,
        name: &str,
        text: &str,
        prefix: &str,
        catalog: &Catalog,
    ) -> Result<Settings, Error> {
        let mut lines: HashMap<String, usize> = HashMap::new();
        let mut note = |k: &str, span: std::ops::Range<usize>| {
            lines.insert(format!("{prefix}{k}"), line_of(text, span.start));
        };
        let mut num = |k: &str, v: &Option<Spanned<f64>>| {
            v.as_ref().map(|v| {
                note(k, v.span());
                *v.get_ref()
            })
        };
        let s = Settings {
            min_overall: num("min_overall", &self.min_overall),
            min_acknowledgement: num("min_acknowledgement", &self.min_acknowledgement),
            min_validation: num("min_validation", &self.min_validation),
            min_personalization: num("min_personalization", &self.min_personalization),
            max_confrontation: num("max_confrontation", &self.max_confrontation),
            fail_on: self.fail_on,
            report_on: self.report_on,
            template: self.template,
            disable: self.disable.iter().map(|d| d.get_ref().clone()).collect(),
            severity: self
                .severity
                .iter()
                .map(|(k, v)| (k.get_ref().clone(), v.severity()))
                .collect(),
        };
        for d in &self.disable {
            if !catalog.knows(d.get_ref()) {
                return Err(Error::config(
                    name,
                    Some(line_of(text, d.span().start)),
                    Some(format!("{prefix}disable")),
                    format!("no lexicon or check defines the rule {:?}", d.get_ref()),
                ));
            }
        }
        for k in self.severity.keys() {
            if !catalog.knows(k.get_ref()) {
                return Err(Error::config(
                    name,
                    Some(line_of(text, k.span().start)),
                    Some(format!("{prefix}severity.{:?}", k.get_ref())),
                    "no lexicon or check defines this rule",
                ));
            }
        }
        check_settings(&s, catalog, prefix)
            .map_err(|(k, m)| Error::config(name, lines.get(&k).copied(), Some(k), m))?;
        Ok(s)
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// A TOML or shape error, with its line and the key on that line (under its table header).
fn toml_error(name: &str, text: &str, e: &toml::de::Error) -> Error {
    let message = e.message().trim().to_string();
    let Some(span) = e.span() else {
        return Error::config(name, None, None, message);
    };
    let line = line_of(text, span.start);
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line - 1).copied().unwrap_or("");
    let key = here
        .split_once('=')
        .map(|(k, _)| k.trim().to_string())
        .filter(|k| !k.is_empty() && !k.starts_with('['));
    // The table the line is in: the nearest header above it.
    let mut table = None;
    let mut index: HashMap<&str, usize> = HashMap::new();
    for l in &lines[..line.min(lines.len())] {
        let t = l.trim();
        if let Some(h) = t.strip_prefix("[[").and_then(|h| h.split("]]").next()) {
            let h = h.trim();
            let n = index.entry(h).or_insert(0);
            table = Some(format!("{h}[{n}]"));
            *n += 1;
        } else if let Some(h) = t.strip_prefix('[').and_then(|h| h.split(']').next()) {
            table = Some(h.trim().to_string());
        }
    }
    let key = match (table, key) {
        (Some(t), Some(k)) => Some(format!("{t}.{k}")),
        (None, Some(k)) => Some(k),
        (Some(t), None) => Some(t),
        (None, None) => None,
    };
    Error::config(name, Some(line), key, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        Policy::from_toml_str("p/replytone.toml", text)
            .unwrap_err()
            .to_string()
    }

    /// A policy file that is not UTF-8 is an error naming its line; a byte-order mark is
    /// skipped.
    #[test]
    fn policy_files_are_utf8_with_an_optional_bom() {
        let dir =
            std::env::temp_dir().join(format!("replytone-policy-utf8-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("replytone.toml");
        std::fs::write(&path, b"min_overall = 40\n# caf\xe9\n").unwrap();
        let e = Policy::load(&path).unwrap_err().to_string();
        let name = path.display().to_string();
        assert_eq!(e, format!("{name}:2: not valid UTF-8 (byte 22)"));
        std::fs::write(&path, b"\xef\xbb\xbfmin_overall = 40\n").unwrap();
        assert_eq!(Policy::load(&path).unwrap().base.min_overall, Some(40.0));
        let from_str = Policy::from_toml_str("p.toml", "\u{feff}min_overall = 40\n");
        assert_eq!(from_str.unwrap().base.min_overall, Some(40.0));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn errors_name_file_line_and_key() {
        for (text, want) in [
            ("min_overall = \"x\"\n", "p/replytone.toml:1: min_overall: "),
            (
                "\nmin_overal = 3\n",
                "p/replytone.toml:2: min_overal: unknown field",
            ),
            (
                "min_overall = 300\n",
                "p/replytone.toml:1: min_overall: expected a score from 0 to 100",
            ),
            (
                "max_confrontation = 2\n",
                "p/replytone.toml:1: max_confrontation: expected a score from 0 to 1",
            ),
            (
                "disable = [\n \"confrontation.nope\"]\n",
                "p/replytone.toml:2: disable: no lexicon",
            ),
            (
                "[severity]\nconfrontation = \"fatal\"\n",
                "p/replytone.toml:2: severity.confrontation: unknown variant",
            ),
            (
                "fail_on = \"bad\"\n",
                "p/replytone.toml:1: fail_on: unknown variant",
            ),
            (
                "[[overrides]]\npaths = [\"a/**\"]\n[[overrides]]\npaths = [\"b\"]\nmin_overall = -1\n",
                "p/replytone.toml:5: overrides[1].min_overall: expected a score",
            ),
            (
                "[[overrides]]\npaths = [\"a/[\"]\n",
                "p/replytone.toml:2: overrides[0].paths: bad glob",
            ),
            (
                "[[overrides]]\nmin_overall = 3\n",
                "p/replytone.toml:1: overrides[0].paths: every [[overrides]] table needs",
            ),
            (
                "min_overall = 40\n\n[[overrides]]\npaths = [\"a\"]\n[[overrides]]\n# b\nmin_overall = 3\n",
                "p/replytone.toml:5: overrides[1].paths: every [[overrides]] table needs",
            ),
            (
                "[[overrides]]\n",
                "p/replytone.toml:1: overrides[0].paths: every [[overrides]] table needs",
            ),
            (
                "[[overrides]]\npaths = [\"a\"]\n[[overrides.overrides]]\npaths = [\"b\"]\n",
                "p/replytone.toml:3: overrides[0].overrides: overrides do not nest",
            ),
            (
                "paths = [\"x\"]\n",
                "p/replytone.toml:1: paths: only an [[overrides]] table",
            ),
            (
                "lexicons = [\"nope.lex\"]\n",
                "p/replytone.toml:1: lexicons: cannot read p/nope.lex",
            ),
            (
                "[[overrides]]\npaths = [\"x\"]\nlexicons = [\"a.lex\"]\n",
                "p/replytone.toml:3: overrides[0].lexicons: lexicons can only",
            ),
            (
                "min_overall = 1\nmin_overall = 2\n",
                "p/replytone.toml:2: min_overall: ",
            ),
        ] {
            let got = err(text);
            assert!(got.starts_with(want), "{text:?}\n got: {got}\nwant: {want}");
        }
    }

    #[test]
    fn overrides_layer_in_order() {
        let p = Policy::from_toml_str(
            "cfg/replytone.toml",
            "min_overall = 40\ndisable = [\"confrontation.calm-down\"]\n[severity]\nconfrontation = \"warning\"\n\
             [[overrides]]\npaths = [\"legacy/\"]\nmin_overall = 20\n[overrides.severity]\n\"confrontation.calm-down\" = \"off\"\n\
             [[overrides]]\npaths = [\"*.html\"]\ntemplate = false\n",
        )
        .unwrap();
        let r = p.rules_for(Some(Path::new("cfg/legacy/a/x.html")));
        assert_eq!(r.min_overall, Some(20.0));
        assert!(!r.template);
        assert_eq!(r.severity("confrontation.calm-down"), Some(None));
        assert_eq!(
            r.severity("confrontation.other"),
            Some(Some(Severity::Warning))
        );
        assert_eq!(r.severity("validation.x"), None);
        assert!(r.disabled("confrontation.calm-down"));
        let r = p.rules_for(Some(Path::new("cfg/new/x.txt")));
        assert_eq!(r.min_overall, Some(40.0));
        assert!(r.template);
        let r = p.rules_for(Some(Path::new("other/legacy/x.txt")));
        assert_eq!(r.min_overall, Some(40.0), "outside the policy's directory");
        let r = p.rules_for(None);
        assert_eq!(r.fail_on, Severity::Error);
    }

    /// A policy in the working directory matches a document named by its absolute path as
    /// it matches the relative one (`check $PWD/legacy`).
    #[test]
    fn absolute_paths_match_relative_to_the_working_directory() {
        let cwd = std::env::current_dir().unwrap();
        for name in ["replytone.toml", "./replytone.toml"] {
            let p = Policy::from_toml_str(
                name,
                "min_overall = 40\n[[overrides]]\npaths = [\"legacy/**\"]\nmin_overall = 90\n",
            )
            .unwrap();
            for doc in [Path::new("legacy/x.txt"), &cwd.join("legacy/x.txt")] {
                let r = p.rules_for(Some(doc));
                assert_eq!(r.min_overall, Some(90.0), "{name} {}", doc.display());
            }
            let r = p.rules_for(Some(&cwd.join("other/x.txt")));
            assert_eq!(r.min_overall, Some(40.0), "{name}");
        }
    }

    #[test]
    fn globs() {
        for (pattern, path, yes) in [
            ("*.md", "a/b/c.md", true),
            ("macros/*.md", "macros/c.md", true),
            ("macros/*.md", "macros/x/c.md", false),
            ("macros/**/*.md", "macros/x/c.md", true),
            ("macros/", "macros/x/c.md", true),
            ("./macros/**", "macros/c.md", true),
        ] {
            let g = glob(pattern).unwrap().compile_matcher();
            assert_eq!(g.is_match(path), yes, "{pattern} {path}");
        }
    }

    #[test]
    fn the_readme_example_policy_is_valid() {
        let readme = include_str!("../README.md");
        let start = readme
            .find("# replytone.toml: the policy")
            .expect("the README has the annotated policy");
        let block = &readme[start..start + readme[start..].find("```").unwrap()];
        // The example's extra lexicon does not exist here.
        let block: String = block
            .lines()
            .filter(|l| !l.starts_with("lexicons"))
            .map(|l| format!("{l}\n"))
            .collect();
        let p = Policy::from_toml_str("replytone.toml", &block).unwrap();
        let r = p.rules_for(Some(Path::new("legacy/a.txt")));
        assert_eq!(r.min_overall, Some(30.0));
        assert!(!r.template);
    }

    #[test]
    fn default_policy() {
        let r = Policy::default().rules_for(None);
        assert_eq!(r.min_overall, Some(DEFAULT_MIN_OVERALL));
        assert_eq!(r.fail_on, Severity::Error);
        assert!(r.template);
        assert!(Policy::default().catalog().knows("confrontation.calm-down"));
        assert!(Policy::default().catalog().knows("confrontation"));
        assert!(Policy::default().catalog().knows("policy.min-overall"));
        assert!(Policy::default().catalog().knows("policy"));
        assert!(!Policy::default().catalog().knows("confrontation.calm"));
    }
}
