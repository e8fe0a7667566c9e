//! A small JSON parser that remembers where every string came from.
//!
//! serde_json decodes strings but forgets their place in the file; a violation in a macro body
//! must point at the file's line and column, so strings keep an offset map from the decoded
//! text back to the raw bytes.

/// A JSON value; strings carry their offset map.
#[derive(Debug)]
pub(crate) enum Json {
    Null,
    Bool,
    Number(String),
    Str(Str),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// A decoded string: the value and, per verbatim run, `(offset in value, offset in the file)`.
#[derive(Debug)]
pub(crate) struct Str {
    pub value: String,
    pub segments: Vec<(usize, usize)>,
}

impl Json {
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(crate) fn as_str(&self) -> Option<&Str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A short text for a title: a string's value or a number's digits.
    pub(crate) fn as_label(&self) -> Option<String> {
        match self {
            Json::Str(s) if !s.value.trim().is_empty() => Some(s.value.trim().to_string()),
            Json::Number(n) => Some(n.clone()),
            _ => None,
        }
    }
}

const MAX_DEPTH: usize = 128;

/// Parses `text[start..end]` as one JSON value; `text` is the whole file, so offsets are the
/// file's. The error is a byte offset and a message.
pub(crate) fn parse(text: &str, start: usize, end: usize) -> Result<Json, (usize, String)> {
    let mut p = Parser {
        text,
        b: &text.as_bytes()[..end],
        pos: start,
    };
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.pos < p.b.len() {
        return Err(p.err("unexpected text after the JSON value"));
    }
    Ok(v)
}

struct Parser<'t> {
    text: &'t str,
    b: &'t [u8],
    pos: usize,
}

impl Parser<'_> {
    fn err(&self, message: &str) -> (usize, String) {
        let found = match self.text[self.pos..self.b.len()].chars().next() {
            Some(c) => format!("{message} (found {c:?})"),
            None => format!("{message} (found the end of the input)"),
        };
        (self.pos, found)
    }

    fn ws(&mut self) {
        while self
            .b
            .get(self.pos)
            .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.pos += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.b.get(self.pos) == Some(&c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, (usize, String)> {
        if depth > MAX_DEPTH {
            return Err(self.err("JSON nested too deeply"));
        }
        match self.b.get(self.pos) {
            Some(b'{') => {
                self.pos += 1;
                let mut members = Vec::new();
                self.ws();
                if self.eat(b'}') {
                    return Ok(Json::Object(members));
                }
                loop {
                    self.ws();
                    if self.b.get(self.pos) != Some(&b'"') {
                        return Err(self.err("expected a string key"));
                    }
                    let key = self.string()?.value;
                    self.ws();
                    if !self.eat(b':') {
                        return Err(self.err("expected `:`"));
                    }
                    self.ws();
                    let v = self.value(depth + 1)?;
                    members.push((key, v));
                    self.ws();
                    if self.eat(b'}') {
                        return Ok(Json::Object(members));
                    }
                    if !self.eat(b',') {
                        return Err(self.err("expected `,` or `}`"));
                    }
                }
            }
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat(b']') {
                    return Ok(Json::Array(items));
                }
                loop {
                    self.ws();
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(b']') {
                        return Ok(Json::Array(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.err("expected `,` or `]`"));
                    }
                }
            }
            Some(b'"') => Ok(Json::Str(self.string()?)),
            Some(b't') if self.b[self.pos..].starts_with(b"true") => {
                self.pos += 4;
                Ok(Json::Bool)
            }
            Some(b'f') if self.b[self.pos..].starts_with(b"false") => {
                self.pos += 5;
                Ok(Json::Bool)
            }
            Some(b'n') if self.b[self.pos..].starts_with(b"null") => {
                self.pos += 4;
                Ok(Json::Null)
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = self.pos;
                while self
                    .b
                    .get(self.pos)
                    .is_some_and(|c| matches!(c, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
                {
                    self.pos += 1;
                }
                let n = &self.text[start..self.pos];
                if n.parse::<f64>().is_err() {
                    self.pos = start;
                    return Err(self.err("malformed number"));
                }
                Ok(Json::Number(n.to_string()))
            }
            _ => Err(self.err("expected a JSON value")),
        }
    }

    /// A string literal at `pos` (on its opening quote).
    fn string(&mut self) -> Result<Str, (usize, String)> {
        self.pos += 1;
        let mut value = String::new();
        let mut segments = vec![(0, self.pos)];
        loop {
            let run = self.pos;
            while self
                .b
                .get(self.pos)
                .is_some_and(|&c| c != b'"' && c != b'\\' && c >= 0x20)
            {
                self.pos += 1;
            }
            value.push_str(&self.text[run..self.pos]);
            match self.b.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Str { value, segments });
                }
                Some(b'\\') => {
                    let at = self.pos;
                    let c = self.escape()?;
                    push_segment(&mut segments, value.len(), at);
                    value.push(c);
                    push_segment(&mut segments, value.len(), self.pos);
                }
                Some(_) => return Err(self.err("control character in a string")),
                None => return Err(self.err("unterminated string")),
            }
        }
    }

    /// An escape at `pos` (on its backslash).
    fn escape(&mut self) -> Result<char, (usize, String)> {
        self.pos += 1;
        let c = match self.b.get(self.pos) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let hi = self.hex4()?;
                if (0xD800..0xDC00).contains(&hi) && self.b[self.pos..].starts_with(b"\\u") {
                    let save = self.pos;
                    self.pos += 2;
                    let lo = self.hex4()?;
                    if (0xDC00..0xE000).contains(&lo) {
                        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    }
                    self.pos = save;
                }
                return Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'));
            }
            _ => return Err(self.err("invalid escape")),
        };
        self.pos += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, (usize, String)> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|c| c.is_ascii_hexdigit()));
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => Err(self.err("`\\u` needs four hex digits")),
        }
    }
}

fn push_segment(segments: &mut Vec<(usize, usize)>, text: usize, file: usize) {
    match segments.last_mut() {
        Some(last) if last.0 == text => last.1 = file,
        _ => segments.push((text, file)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(s: &Str, offset: usize) -> usize {
        crate::document::map_offset(&s.segments, offset)
    }

    #[test]
    fn strings_map_back_to_the_file() {
        let file = r#"{"a": [1, -2.5e3, true, null], "t": "x\"y\u00e9z\ud83d\ude00!"}"#;
        let v = parse(file, 0, file.len()).unwrap();
        let t = v.get("t").and_then(Json::as_str).unwrap();
        assert_eq!(t.value, "x\"yéz😀!");
        let raw_start = file.find("x\\").unwrap();
        for (ch, raw) in [
            ('x', "x\\\""),
            ('"', "\\\"y"),
            ('y', "y\\u00e9"),
            ('é', "\\u00e9"),
            ('z', "z\\ud8"),
            ('😀', "\\ud83d"),
            ('!', "!\""),
        ] {
            let off = t.value.find(ch).unwrap();
            assert_eq!(map(t, off), file.find(raw).unwrap(), "{ch}");
            assert!(map(t, off) >= raw_start);
        }
        assert!(matches!(v.get("a"), Some(Json::Array(items)) if items.len() == 4));
    }

    #[test]
    fn errors_name_the_offset() {
        for (text, at) in [
            ("{\"a\": }", 6),
            ("[1, 2", 5),
            ("{\"a\" 1}", 5),
            ("\"abc", 4),
            ("[1] x", 4),
            ("\"\\q\"", 2),
            ("-", 0),
        ] {
            let (offset, _) = parse(text, 0, text.len()).unwrap_err();
            assert_eq!(offset, at, "{text}");
        }
        let deep = "[".repeat(1000);
        assert!(parse(&deep, 0, deep.len()).is_err());
    }
}
