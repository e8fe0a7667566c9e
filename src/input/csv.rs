//! RFC 4180 CSV with offsets: quoted fields may hold commas, newlines and `""` escapes, and
//! every field keeps an offset map back to the file.

/// One field: its value and, per verbatim run, `(offset in value, offset in the file)`.
#[derive(Debug)]
pub(crate) struct Field {
    pub value: String,
    pub segments: Vec<(usize, usize)>,
}

/// One record.
#[derive(Debug)]
pub(crate) struct Record {
    pub fields: Vec<Field>,
}

/// Parses `text` from `start`; blank lines are skipped. The error is a byte offset and a message.
pub(crate) fn parse(text: &str, start: usize) -> Result<Vec<Record>, (usize, String)> {
    let b = text.as_bytes();
    let mut records = Vec::new();
    let mut pos = start;
    while pos < b.len() {
        let mut fields = Vec::new();
        loop {
            let (field, end) = field(text, pos)?;
            fields.push(field);
            pos = end;
            match b.get(pos) {
                Some(b',') => pos += 1,
                Some(b'\r') if b.get(pos + 1) == Some(&b'\n') => {
                    pos += 2;
                    break;
                }
                Some(b'\n') => {
                    pos += 1;
                    break;
                }
                None => break,
                Some(_) => {
                    return Err((
                        pos,
                        "expected `,` or a line end after a quoted field".into(),
                    ));
                }
            }
        }
        let blank = fields.len() == 1 && fields[0].value.trim().is_empty();
        if !blank {
            records.push(Record { fields });
        }
    }
    Ok(records)
}

/// The field at `pos`, and where it ends (on the separator, line end or end of text).
fn field(text: &str, pos: usize) -> Result<(Field, usize), (usize, String)> {
    let b = text.as_bytes();
    if b.get(pos) != Some(&b'"') {
        let mut end = pos;
        while end < b.len() && b[end] != b',' && b[end] != b'\n' {
            end += 1;
        }
        let value_end = if end > pos && b[end - 1] == b'\r' && b.get(end) == Some(&b'\n') {
            end - 1
        } else {
            end
        };
        let field = Field {
            value: text[pos..value_end].to_string(),
            segments: vec![(0, pos)],
        };
        return Ok((field, value_end));
    }
    let mut value = String::new();
    let mut segments = vec![(0, pos + 1)];
    let mut at = pos + 1;
    loop {
        let run = at;
        while at < b.len() && b[at] != b'"' {
            at += 1;
        }
        value.push_str(&text[run..at]);
        if at >= b.len() {
            return Err((pos, "a quoted field is never closed".into()));
        }
        if b.get(at + 1) == Some(&b'"') {
            value.push('"');
            at += 2;
            segments.push((value.len(), at));
        } else {
            return Ok((Field { value, segments }, at + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(f: &Field, offset: usize) -> usize {
        crate::document::map_offset(&f.segments, offset)
    }

    #[test]
    fn records_and_offsets() {
        let text = "title,text\r\nA,plain\r\n\r\nB,\"say \"\"hi\"\",\nthen go\"\nC,\n";
        let r = parse(text, 0).unwrap();
        let values: Vec<Vec<&str>> = r
            .iter()
            .map(|r| r.fields.iter().map(|f| f.value.as_str()).collect())
            .collect();
        assert_eq!(
            values,
            [
                vec!["title", "text"],
                vec!["A", "plain"],
                vec!["B", "say \"hi\",\nthen go"],
                vec!["C", ""],
            ]
        );
        let f = &r[2].fields[1];
        for ch in ['s', 'h', 't'] {
            let off = f.value.find(ch).unwrap();
            assert_eq!(text.as_bytes()[map(f, off)], ch as u8);
        }
    }

    #[test]
    fn malformed() {
        assert!(parse("a,\"open\n", 0).is_err());
        assert!(parse("a,\"x\"y\n", 0).is_err());
    }
}
