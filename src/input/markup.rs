//! Hides what is not prose in HTML and Markdown while keeping every byte where it was.
//!
//! The analyzer already reads tags and entities as markup; what it cannot know is that a
//! `<style>` block or a fenced code block is not part of the reply, or that a tag broken over
//! several lines is one tag. Those bytes are replaced by spaces (line ends are kept), so the
//! text keeps its length and every span still points at the original bytes.

/// Blanks `bytes[from..to]`, keeping line ends. Ranges always start and end at ASCII bytes, so
/// whole characters are replaced and the text stays UTF-8.
fn blank(bytes: &mut [u8], from: usize, to: usize) {
    for b in &mut bytes[from..to] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

fn finish(text: &mut String, bytes: Vec<u8>) {
    // Only ASCII ranges delimited by ASCII bytes were replaced by spaces.
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

const HIDDEN: &[&str] = &["script", "style", "head", "template", "noscript"];

/// HTML: the content of `<script>`, `<style>`, `<head>`, `<template>` and `<noscript>`, and the
/// attributes of tags that span lines or are very long, are blanked.
pub(crate) fn blank_html(text: &mut String) {
    let mut bytes = std::mem::take(text).into_bytes();
    let mut ends = TagEnds::default();
    let mut i = 0;
    while let Some(k) = bytes[i..].iter().position(|&b| b == b'<') {
        let lt = i + k;
        i = lt + 1;
        if bytes[lt..].starts_with(b"<!--") {
            match find(&bytes, lt + 4, b"-->") {
                Some(end) => i = end + 3,
                None => break,
            }
            continue;
        }
        let Some(&next) = bytes.get(lt + 1) else {
            break;
        };
        if !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')) {
            continue;
        }
        let Some(gt) = ends.get(&bytes, lt + 1) else {
            continue;
        };
        let closing = next == b'/';
        let name_start = lt + 1 + usize::from(closing);
        let name_end = name_start
            + bytes[name_start..gt]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
        let inner = &bytes[name_end..gt];
        if gt - lt > 1024 || inner.iter().any(|&b| matches!(b, b'\n' | b'\r' | b'<')) {
            // The tokenizer reads a tag on one line only: line ends go too.
            bytes[name_end..gt].fill(b' ');
        }
        i = gt + 1;
        let name = String::from_utf8_lossy(&bytes[name_start..name_end]).to_ascii_lowercase();
        if !closing && HIDDEN.contains(&name.as_str()) && bytes[gt - 1] != b'/' {
            let close = format!("</{name}");
            let end = find_ci(&bytes, i, close.as_bytes()).unwrap_or(bytes.len());
            blank(&mut bytes, i, end);
            i = end;
        }
    }
    finish(text, bytes);
}

/// The ends of the tags [`blank_html`] asks about, in the order it asks (by increasing start).
///
/// A `<` without a `>` after it makes [`tag_end`] read to the end of the text; doing that for
/// every such `<` took quadratic time (`Thanks! <a <a <a ...`: 43 s for 480 KB). After the first
/// scan that reads to the end, the ends of every later tag come from one backward pass.
/// `blank_html` only changes bytes before the place it asks from, so the pass over the bytes
/// as they were then gives the answers a scan would.
#[derive(Default)]
struct TagEnds {
    /// `(from, tag_end(from))` for every `from` after a `<`, the last first.
    known: Option<Vec<(usize, Option<usize>)>>,
}

impl TagEnds {
    /// [`tag_end`]`(bytes, from)`, where `from` follows a `<` and grows from call to call.
    fn get(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        if let Some(known) = &mut self.known {
            while let Some(&(at, end)) = known.last() {
                if at > from {
                    break;
                }
                known.pop();
                if at == from {
                    return end;
                }
            }
            debug_assert!(false, "no tag end recorded for {from}");
            return tag_end(bytes, from);
        }
        let end = tag_end(bytes, from);
        if end.is_none() {
            self.known = Some(tag_ends_after(bytes, from));
        }
        end
    }
}

/// `(from, tag_end(bytes, from))` for every `from > after` that follows a `<`, the last first,
/// in one pass from the end: where a scan from each place ends outside quotes, inside `"` and
/// inside `'`.
fn tag_ends_after(bytes: &[u8], after: usize) -> Vec<(usize, Option<usize>)> {
    let (mut plain, mut double, mut single) = (None, None, None);
    let mut known = Vec::new();
    for from in (after + 1..bytes.len()).rev() {
        match bytes[from] {
            b'>' => plain = Some(from),
            b'"' => std::mem::swap(&mut plain, &mut double),
            b'\'' => std::mem::swap(&mut plain, &mut single),
            _ => {}
        }
        if bytes[from - 1] == b'<' {
            known.push((from, plain));
        }
    }
    known
}

/// The `>` that ends a tag starting before `from`, skipping quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut quote = None;
    for (k, &b) in bytes[from..].iter().enumerate() {
        match (quote, b) {
            (None, b'>') => return Some(from + k),
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            _ => {}
        }
    }
    None
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|k| from + k)
}

fn find_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|k| from + k)
}

/// Markdown: YAML front matter and fenced code blocks are blanked.
pub(crate) fn blank_markdown(text: &mut String) {
    let mut bytes = std::mem::take(text).into_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |k| start + k);
        lines.push((start, end));
        start = end + 1;
    }
    let line = |bytes: &[u8], (s, e): (usize, usize)| -> String {
        String::from_utf8_lossy(&bytes[s..e]).trim_end().to_string()
    };
    let mut i = 0;
    if lines.first().is_some_and(|&l| line(&bytes, l) == "---") {
        if let Some(close) =
            (1..lines.len()).find(|&k| matches!(line(&bytes, lines[k]).as_str(), "---" | "..."))
        {
            blank(&mut bytes, lines[0].0, lines[close].1);
            i = close + 1;
        }
    }
    while i < lines.len() {
        let l = line(&bytes, lines[i]);
        let indent = l.len() - l.trim_start().len();
        let fence = l.trim_start();
        let ch = fence.as_bytes().first().copied();
        let run = fence.bytes().take_while(|&b| Some(b) == ch).count();
        if indent <= 3 && matches!(ch, Some(b'`' | b'~')) && run >= 3 {
            let ch = ch.unwrap_or(b'`');
            let close = (i + 1..lines.len()).find(|&k| {
                let c = line(&bytes, lines[k]);
                let c = c.trim();
                c.bytes().take_while(|&b| b == ch).count() >= run && c.bytes().all(|b| b == ch)
            });
            let last = close.unwrap_or(lines.len() - 1);
            blank(&mut bytes, lines[i].0, lines[last].1);
            i = last + 1;
        } else {
            i += 1;
        }
    }
    finish(text, bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(s: &str) -> String {
        let mut t = s.to_string();
        blank_html(&mut t);
        assert_eq!(t.len(), s.len());
        t
    }

    fn md(s: &str) -> String {
        let mut t = s.to_string();
        blank_markdown(&mut t);
        assert_eq!(t.len(), s.len());
        t
    }

    #[test]
    fn html_cases() {
        for (input, want) in [
            ("<p>Hi Zoë</p>", "<p>Hi Zoë</p>"),
            ("<style>p{x:1}</style>Hi", "<style>      </style>Hi"),
            ("<STYLE a='>'>x</Style>", "<STYLE a='>'> </Style>"),
            ("<a\n href=\"x\">Hi</a>", "<a          >Hi</a>"),
            ("<!-- a <b> -->c", "<!-- a <b> -->c"),
            ("1 < 2 and x<y", "1 < 2 and x<y"),
            ("<script>if (a<b) {}", "<script>           "),
            ("<br/>ok", "<br/>ok"),
            // A quote opened in a tag that never ends does not hide the tags after it.
            (
                "<a don't <style>p{}</style> <b \"x>\ny\">",
                "<a don't <style>   </style> <b       >",
            ),
        ] {
            assert_eq!(html(input), want, "{input}");
        }
    }

    #[test]
    fn tag_ends_agree_with_a_scan() {
        for text in [
            "<a <b> <c",
            "<a don't <b>'<c>' <d \"<e>\" <f>",
            "<<<a '>' \"'\" > <",
            "x < y <p title='a\"b'>q</p> <",
            "<a \"<b '<c> \"> <d '>",
        ] {
            let b = text.as_bytes();
            for after in 0..b.len() {
                let mut want: Vec<_> = (after + 1..b.len())
                    .filter(|&f| b[f - 1] == b'<')
                    .map(|f| (f, tag_end(b, f)))
                    .collect();
                want.reverse();
                assert_eq!(tag_ends_after(b, after), want, "{text:?} after {after}");
            }
        }
    }

    #[test]
    fn unclosed_tags_take_linear_time() {
        // No `<a` has a `>` after it. When each of them scanned the rest of the text again,
        // this test took 106 s (opt-level 1), minutes in a debug build. The text is kept.
        let text = format!("Thanks! {}", "<a ".repeat(200_000));
        assert!(html(&text) == text, "the text changed");
    }

    #[test]
    fn markdown_cases() {
        assert_eq!(
            md("---\ntitle: x\n---\nHi\n```sh\nrm -rf\n```\nBye"),
            "   \n        \n   \nHi\n     \n      \n   \nBye"
        );
        assert_eq!(md("~~~~\ncode é\n"), "    \n       \n");
        assert_eq!(md("Not --- front\n"), "Not --- front\n");
    }
}
