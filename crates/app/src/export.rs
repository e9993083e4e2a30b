//! A letter for an offline side as a file: plain text, or an A4 PDF. Pure formatting, no I/O.
//!
//! The PDF uses the standard Courier font, which every PDF reader has, so no font file ships with the
//! binary; it covers the Windows-1252 characters (Latin scripts). A letter in another script is refused
//! with [`Unprintable`]: the print page, which the browser renders in any script, is the way to paper.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

use crate::services::letters::Printable;

/// The letter has characters the PDF's standard font cannot show.
#[derive(Debug, thiserror::Error)]
#[error("this letter has characters a PDF export cannot show; print it from its print page, or export it as text")]
pub struct Unprintable;

/// The header lines every copy carries: the reference the offline side answers with, and no more.
fn header(letter: &Printable) -> [String; 3] {
    [
        format!("Twinbridge - anonymous letter, pairing {}", letter.reference),
        format!("Written on {} by the {} side, in {}", letter.written_on, letter.from, letter.language),
        "Please quote the pairing reference in any answer.".to_owned(),
    ]
}

/// The letter as UTF-8 text with its header.
pub fn letter_text(letter: &Printable) -> String {
    let mut out = header(letter).join("\n");
    out.push_str("\n\n");
    out.push_str(&letter.text);
    out.push('\n');
    out
}

/// Courier is 600/1000 em wide for every glyph: with 11 pt type and 56 pt margins, 73 characters fit a line.
const FONT_SIZE: f32 = 11.0;
const LEADING: f32 = 14.0;
const MARGIN: f32 = 56.0;
const A4: (f32, f32) = (595.0, 842.0);
const CHARS_PER_LINE: usize = 73;

/// Breaks a paragraph into lines of at most `width` characters, at spaces where it can.
fn wrap(paragraph: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in paragraph.split(' ') {
        let mut word = word.to_owned();
        while word.chars().count() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let rest: String = word.chars().skip(width).collect();
            lines.push(word.chars().take(width).collect());
            word = rest;
        }
        let needed =
            if line.is_empty() { word.chars().count() } else { line.chars().count() + 1 + word.chars().count() };
        if needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    lines.push(line);
    lines
}

/// The letter as an A4 PDF, over as many pages as it needs.
pub fn letter_pdf(letter: &Printable) -> Result<Vec<u8>, Unprintable> {
    let mut lines: Vec<String> = header(letter).into();
    lines.push(String::new());
    for paragraph in letter.text.lines() {
        lines.extend(wrap(paragraph.trim_end(), CHARS_PER_LINE));
    }
    let encoded = lines
        .iter()
        .map(|line| {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(line);
            if unmappable { Err(Unprintable) } else { Ok(bytes.into_owned()) }
        })
        .collect::<Result<Vec<_>, _>>()?;
    let per_page = ((A4.1 - 2.0 * MARGIN) / LEADING) as usize;
    let pages: Vec<&[Vec<u8>]> = encoded.chunks(per_page.max(1)).collect();

    let mut pdf = Pdf::new();
    let (catalog, tree, font) = (Ref::new(1), Ref::new(2), Ref::new(3));
    let font_name = Name(b"F1");
    let page_refs: Vec<(Ref, Ref)> =
        (0..pages.len()).map(|i| (Ref::new(4 + 2 * i as i32), Ref::new(5 + 2 * i as i32))).collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids(page_refs.iter().map(|(page, _)| *page)).count(pages.len() as i32);
    pdf.type1_font(font).base_font(Name(b"Courier")).encoding_predefined(Name(b"WinAnsiEncoding"));
    for (lines, (page_id, content_id)) in pages.iter().zip(&page_refs) {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, A4.0, A4.1));
        page.parent(tree);
        page.contents(*content_id);
        page.resources().fonts().pair(font_name, font);
        page.finish();
        let mut content = Content::new();
        content.begin_text();
        content.set_font(font_name, FONT_SIZE);
        content.set_leading(LEADING);
        content.next_line(MARGIN, A4.1 - MARGIN);
        for line in lines.iter() {
            content.show(Str(line));
            content.next_line_using_leading();
        }
        content.end_text();
        let data = content.finish();
        pdf.stream(*content_id, &data);
    }
    Ok(pdf.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter(text: &str) -> Printable {
        Printable {
            reference: "TB-7QK4-M2XP".into(),
            id: "x".into(),
            from: "donor",
            language: "de".into(),
            written_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap_or_default(),
            text: text.into(),
            status: "ready_to_send",
        }
    }

    #[test]
    fn lines_are_wrapped_at_spaces_and_long_words_are_cut() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(wrap("abcdefghij k", 4), vec!["abcd", "efgh", "ij k"]);
        assert_eq!(wrap("", 4), vec![""]);
        assert!(wrap(&"wörter ".repeat(40), CHARS_PER_LINE).iter().all(|l| l.chars().count() <= CHARS_PER_LINE));
    }

    #[test]
    fn a_latin_letter_becomes_a_pdf_of_as_many_pages_as_it_needs() {
        let short = letter_pdf(&letter("Liebe Spenderin, vielen Dank für alles. Grüße!")).unwrap_or_default();
        assert!(short.starts_with(b"%PDF-"));
        let long = letter_pdf(&letter(&"Eine Zeile.\n".repeat(200))).unwrap_or_default();
        assert!(count(&long, b"/Type /Page") > count(&short, b"/Type /Page"));
        // The umlaut is in the file as its Windows-1252 byte (0xFC), in a hex string.
        assert_eq!(count(&short.to_ascii_lowercase(), b"66fc72"), 1);
    }

    #[test]
    fn other_scripts_are_refused_and_text_keeps_everything() {
        let hindi = letter("प्रिय दाता, धन्यवाद।");
        assert!(letter_pdf(&hindi).is_err());
        let text = letter_text(&hindi);
        assert!(text.contains("TB-7QK4-M2XP") && text.ends_with("धन्यवाद।\n"));
    }

    fn count(haystack: &[u8], needle: &[u8]) -> usize {
        haystack.windows(needle.len()).filter(|w| *w == needle).count()
    }
}
