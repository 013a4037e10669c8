//! The receipt as a PDF (issue 12, item 3): laid out on A4 pages as a list
//! of items, then drawn by krilla, which embeds and subsets the fonts. Text
//! is shaped here (see [`super::layout`]), so Arabic and Chinese read right.

use pledge_core::receipt::QrPath;
use pledge_core::{Envelope, SignatureMethod};

use super::content::{id_rows, label, pledge_rows, utc_time, Labels};
use super::fonts::Fonts;
use super::layout::{shape_line, wrap, Line};
use super::render::render;

pub(super) const PAGE_W: f32 = 595.3;
pub(super) const PAGE_H: f32 = 841.9;
pub(super) const MARGIN: f32 = 50.0;
const BOTTOM: f32 = PAGE_H - MARGIN - 24.0;
const LABEL_W: f32 = 130.0;
const GUTTER: f32 = 14.0;
/// The signature box of the app (its drawings' view box).
const SIG_W: f32 = 560.0;
const SIG_H: f32 = 200.0;
pub(super) const INK: (u8, u8, u8) = (28, 33, 40);
const MUTED: (u8, u8, u8) = (96, 104, 115);
const ACCENT: (u8, u8, u8) = (23, 84, 140);

/// What the receipt PDF shows.
pub struct ReceiptPdf<'a> {
    pub envelope: &'a Envelope,
    /// The first 16 hex digits of the content hash, grouped by 4.
    pub fingerprint: &'a str,
    /// The QR code the on-screen receipt shows.
    pub qr: Option<&'a QrPath>,
    pub labels: &'a Labels,
    /// The BCP-47 tag of the labels' language.
    pub language: &'a str,
}

pub(super) enum Item {
    Text {
        line: Line,
        x: f32,
        y: f32,
        size: f32,
        color: (u8, u8, u8),
    },
    Path {
        d: String,
        x: f32,
        y: f32,
        scale: f32,
        filled: bool,
        width: f32,
    },
    Rule {
        y: f32,
    },
}

struct Pages<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Item>>,
    y: f32,
    rtl: bool,
}

impl Pages<'_> {
    fn items(&mut self) -> &mut Vec<Item> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        // y is a baseline: leave the first line's ascent inside the margin.
        self.y = MARGIN + 12.0;
    }

    /// Makes room for `height` on this page, or starts the next.
    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM {
            self.new_page();
        }
    }

    /// `x` from the start side: mirrored when the receipt reads right to left.
    fn at(&self, x: f32, width: f32) -> f32 {
        if self.rtl {
            PAGE_W - x - width
        } else {
            x
        }
    }

    /// One line of text from `x` on the start side (mirrored right to left).
    fn line(&mut self, text: &str, x: f32, y: f32, size: f32, color: (u8, u8, u8)) {
        let line = shape_line(self.fonts, text);
        let w = line.width * size;
        let left = if self.rtl { PAGE_W - x - w } else { x };
        self.items().push(Item::Text {
            line,
            x: left,
            y,
            size,
            color,
        });
    }

    /// Wrapped text in a column; returns the lines.
    fn lines(&self, text: &str, width: f32, size: f32) -> Vec<String> {
        wrap(self.fonts, text, width / size)
    }

    /// A section heading, kept on the page of the first `keep` points after it.
    fn heading(&mut self, text: &str, keep: f32) {
        self.room(45.0 + keep);
        self.y += 22.0;
        self.line(text, MARGIN, self.y, 12.5, ACCENT);
        self.y += 7.0;
        let y = self.y;
        self.items().push(Item::Rule { y });
        self.y += 16.0;
    }

    /// Label and value side by side, the value wrapped and carried over pages.
    fn row(&mut self, label: &str, value: &str, size: f32) {
        let value_x = MARGIN + LABEL_W + GUTTER;
        let value_w = PAGE_W - MARGIN - value_x;
        let leading = size * 1.45;
        let labels = self.lines(label, LABEL_W, 9.0);
        let values = self.lines(value, value_w, size);
        self.room(leading * values.len().min(3) as f32);
        let top = self.y;
        for (i, l) in labels.iter().enumerate() {
            self.line(l, MARGIN, top + i as f32 * leading, 9.0, MUTED);
        }
        for v in &values {
            self.room(leading);
            let y = self.y;
            self.line(v, value_x, y, size, INK);
            self.y += leading;
        }
        self.y = self.y.max(top + labels.len() as f32 * leading) + 5.0;
    }
}

fn header(p: &mut Pages<'_>, r: &ReceiptPdf<'_>) {
    let qr_side = 118.0;
    let text_w = PAGE_W - 2.0 * MARGIN - qr_side - GUTTER;
    p.y = MARGIN + 18.0;
    // Without labels (the command line) the heading is the document's kind,
    // and the sentences that only explain are left out.
    let title = r.labels.get("receipt_title").unwrap_or(&r.envelope.kind);
    for line in p.lines(title, text_w, 20.0) {
        let y = p.y;
        p.line(&line, MARGIN, y, 20.0, INK);
        p.y += 26.0;
    }
    let intro = r.labels.get("receipt_intro").map_or("", String::as_str);
    for line in p.lines(intro, text_w, 9.5).iter().filter(|l| !l.is_empty()) {
        let y = p.y - 6.0;
        p.line(line, MARGIN, y, 9.5, MUTED);
        p.y += 13.0;
    }
    let qr_top = MARGIN;
    if let Some(qr) = r.qr {
        let x = p.at(PAGE_W - MARGIN - qr_side, qr_side);
        let scale = qr_side / qr.size.max(1) as f32;
        p.items().push(Item::Path {
            d: qr.path.clone(),
            x,
            y: qr_top,
            scale,
            filled: true,
            width: 0.0,
        });
        let caption = r.labels.get("qr_caption").cloned().unwrap_or_default();
        let lines = p.lines(&caption, qr_side, 7.5);
        for (i, line) in lines.iter().filter(|l| !l.is_empty()).enumerate() {
            let w = shape_line(p.fonts, line).width * 7.5;
            let cx = PAGE_W - MARGIN - qr_side / 2.0 - w / 2.0;
            let y = qr_top + qr_side + 6.0 + i as f32 * 10.0;
            p.line(line, cx, y, 7.5, MUTED);
        }
    }
    p.y += 6.0;
    for (i, (l, v)) in id_rows(r.envelope, r.fingerprint, r.labels)
        .into_iter()
        .enumerate()
    {
        let (size, color) = if i == 0 { (15.0, INK) } else { (9.5, INK) };
        let y = p.y;
        p.line(&l, MARGIN, y, 9.0, MUTED);
        p.line(&v, MARGIN + LABEL_W + GUTTER, y, size, color);
        p.y += if i == 0 { 22.0 } else { 14.0 };
    }
    p.y = p.y.max(qr_top + qr_side + 30.0);
}

fn signatories(p: &mut Pages<'_>, r: &ReceiptPdf<'_>) {
    p.heading(label(r.labels, "signatories"), SIG_H * 210.0 / SIG_W);
    let box_w = 210.0;
    let scale = box_w / SIG_W;
    let box_h = SIG_H * scale;
    let text_x = MARGIN + box_w + GUTTER + 6.0;
    let text_w = PAGE_W - MARGIN - text_x;
    for s in &r.envelope.signatories {
        p.room(box_h + 12.0);
        let top = p.y;
        let x = p.at(MARGIN, box_w);
        let filled = s.method == SignatureMethod::Typed && s.drawing.contains(['Z', 'z']);
        p.items().push(Item::Path {
            d: s.drawing.clone(),
            x,
            y: top,
            scale,
            filled,
            width: 2.5 * scale,
        });
        let org = r
            .envelope
            .pledge
            .pledgers
            .get(s.pledger as usize)
            .map(|x| x.name.as_str())
            .unwrap_or("");
        let mut y = top + 22.0;
        let mut lines = vec![(s.name.clone(), 12.0, INK)];
        for text in [s.title.as_str(), org] {
            for l in p.lines(text, text_w, 9.5) {
                lines.push((l, 9.5, INK));
            }
        }
        if s.method == SignatureMethod::Typed {
            lines.push((label(r.labels, "typed_signature").to_owned(), 8.5, MUTED));
        }
        lines.push((
            format!(
                "{} {}",
                label(r.labels, "signed_at"),
                utc_time(&s.signed_at)
            ),
            8.5,
            MUTED,
        ));
        for (text, size, color) in lines {
            p.line(&text, text_x, y, size, color);
            y += size * 1.5;
        }
        p.y = (top + box_h).max(y) + 14.0;
    }
}

fn footers(p: &mut Pages<'_>, r: &ReceiptPdf<'_>) {
    let total = p.pages.len();
    for i in 0..total {
        let text = format!(
            "{}  ·  {}  ·  {}/{}",
            r.fingerprint,
            r.envelope.pledge_id,
            i + 1,
            total
        );
        let line = shape_line(p.fonts, &text);
        let x = (PAGE_W - line.width * 8.0) / 2.0;
        p.pages[i].push(Item::Text {
            line,
            x,
            y: PAGE_H - MARGIN + 10.0,
            size: 8.0,
            color: MUTED,
        });
    }
}

/// The receipt as PDF bytes.
pub fn receipt_pdf(fonts: &Fonts, r: &ReceiptPdf<'_>) -> Result<Vec<u8>, String> {
    if fonts.faces().is_empty() {
        return Err("no font found on this computer to write its text".to_owned());
    }
    let rtl = matches!(
        r.language.split('-').next(),
        Some("ar" | "he" | "fa" | "ur")
    );
    let mut p = Pages {
        fonts,
        pages: vec![Vec::new()],
        y: MARGIN,
        rtl,
    };
    header(&mut p, r);
    p.heading(label(r.labels, "pledge"), 40.0);
    for (l, v) in pledge_rows(r.envelope, r.labels) {
        p.row(&l, &v, 10.0);
    }
    signatories(&mut p, r);
    footers(&mut p, r);

    render(fonts, &p.pages, r)
}
