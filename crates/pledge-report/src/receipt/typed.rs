//! The keyboard alternative to drawing a signature (DESIGN.md §3, `method:
//! "typed"`): the typed name shaped with real fonts and turned into the
//! outlines of its glyphs, as SVG path data that fills (each contour closed
//! by `Z`), fitted in the signature box and kept under the 64 KiB limit.

use std::fmt::Write as _;

use pledge_core::MAX_DRAWING_BYTES;
use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};

use super::fonts::Fonts;
use super::layout::shape_line;

/// Why a typed name cannot be drawn from fonts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypedSignatureError {
    #[error("the name is empty")]
    Empty,
    /// No font on this computer has the name's letters.
    #[error("no font on this computer has the letters of this name")]
    NoFont,
    /// Even simplified, the outlines take more than 64 KiB.
    #[error("the name is too long to draw as a signature")]
    TooLarge,
}

/// The largest size, in box units per em.
const MAX_EM: f32 = 96.0;
const MARGIN: f32 = 24.0;
/// Where the name may start: clear of the signing mark (×) at the left of the line.
const START: f32 = 2.0 * MARGIN;

#[derive(Debug, Clone, Copy)]
enum Segment {
    Move(f32, f32),
    Line(f32, f32),
    Quad(f32, f32, f32, f32),
    Cubic(f32, f32, f32, f32, f32, f32),
    Close,
}

/// Collects a glyph's outline in em units, moved to where it is drawn.
struct Collector {
    segments: Vec<Segment>,
    scale: f32,
    dx: f32,
    dy: f32,
}

impl Collector {
    fn p(&self, x: f32, y: f32) -> (f32, f32) {
        (self.dx + x * self.scale, self.dy + y * self.scale)
    }
}

impl OutlineBuilder for Collector {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.p(x, y);
        self.segments.push(Segment::Move(x, y));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.p(x, y);
        self.segments.push(Segment::Line(x, y));
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let ((x1, y1), (x, y)) = (self.p(x1, y1), self.p(x, y));
        self.segments.push(Segment::Quad(x1, y1, x, y));
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let ((x1, y1), (x2, y2), (x, y)) = (self.p(x1, y1), self.p(x2, y2), self.p(x, y));
        self.segments.push(Segment::Cubic(x1, y1, x2, y2, x, y));
    }
    fn close(&mut self) {
        self.segments.push(Segment::Close);
    }
}

/// The outlines of `name` laid out on one line, in em units, y up.
fn outlines(fonts: &Fonts, name: &str) -> Result<Vec<Segment>, TypedSignatureError> {
    let line = shape_line(fonts, name);
    let mut collector = Collector {
        segments: Vec::new(),
        scale: 1.0,
        dx: 0.0,
        dy: 0.0,
    };
    for run in &line.runs {
        let Some(face) = fonts.faces().get(run.face).and_then(|f| f.parse()) else {
            continue;
        };
        let mut x = run.x * run.units_per_em;
        for glyph in &run.glyphs {
            collector.scale = 1.0 / run.units_per_em;
            collector.dx = (x + glyph.x_offset as f32) / run.units_per_em;
            collector.dy = glyph.y_offset as f32 / run.units_per_em;
            face.outline_glyph(GlyphId(glyph.id), &mut collector);
            x += glyph.x_advance as f32;
        }
    }
    if collector.segments.is_empty() {
        return Err(TypedSignatureError::NoFont);
    }
    Ok(collector.segments)
}

fn points(segment: &Segment) -> Vec<(f32, f32)> {
    match *segment {
        Segment::Move(x, y) | Segment::Line(x, y) => vec![(x, y)],
        Segment::Quad(a, b, x, y) => vec![(a, b), (x, y)],
        Segment::Cubic(a, b, c, d, x, y) => vec![(a, b), (c, d), (x, y)],
        Segment::Close => vec![],
    }
}

/// Path data of `segments` mapped by `at`, numbers with `decimals` (0 or 1);
/// with `curves` false every curve becomes a straight line.
fn path_data(
    segments: &[Segment],
    at: impl Fn(f32, f32) -> (f32, f32),
    decimals: u8,
    curves: bool,
) -> String {
    let factor = if decimals == 0 { 1.0 } else { 10.0 };
    let n = |v: f32| {
        let r = (v * factor).round() / factor;
        if r == 0.0 {
            "0".to_owned()
        } else {
            format!("{r}")
        }
    };
    let pt = |x: f32, y: f32| {
        let (x, y) = at(x, y);
        format!("{} {}", n(x), n(y))
    };
    let mut d = String::new();
    let mut last = String::new();
    for segment in segments {
        let (cmd, text) = match *segment {
            Segment::Move(x, y) => ("M", pt(x, y)),
            Segment::Line(x, y) => ("L", pt(x, y)),
            Segment::Quad(a, b, x, y) if curves => ("Q", format!("{} {}", pt(a, b), pt(x, y))),
            Segment::Cubic(a, b, c, e, x, y) if curves => {
                ("C", format!("{} {} {}", pt(a, b), pt(c, e), pt(x, y)))
            }
            Segment::Quad(_, _, x, y) | Segment::Cubic(_, _, _, _, x, y) => ("L", pt(x, y)),
            Segment::Close => ("Z", String::new()),
        };
        let end = text.rsplitn(3, ' ').take(2).collect::<Vec<_>>().join(" ");
        if cmd != "M" && cmd != "Z" && end == last {
            continue; // nothing drawn at this precision
        }
        if !d.is_empty() {
            d.push(' ');
        }
        let _ = write!(d, "{cmd}{text}");
        if cmd != "Z" {
            last = end;
        }
    }
    d
}

/// `name` as filled outlines in SVG path data, in a `width` × `height` box
/// (the signature box), its baseline at three quarters of the height, as
/// large as fits between the margins; right-aligned when the name reads
/// right to left. Characters no font has are left out; a name none of whose
/// characters any font has is [`TypedSignatureError::NoFont`].
pub fn typed_signature(
    fonts: &Fonts,
    name: &str,
    width: f32,
    height: f32,
) -> Result<String, TypedSignatureError> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(TypedSignatureError::Empty);
    }
    if name.chars().count() > pledge_core::LIMITS.name_max {
        return Err(TypedSignatureError::TooLarge);
    }
    let segments = outlines(fonts, &name)?;
    let all = segments.iter().flat_map(points);
    let (mut left, mut right, mut bottom, mut top) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
    for (x, y) in all {
        left = left.min(x);
        right = right.max(x);
        bottom = bottom.min(y);
        top = top.max(y);
    }
    let baseline = (height * 0.75).round();
    let scale = MAX_EM
        .min((width - START - MARGIN) / (right - left).max(0.01))
        .min((baseline - MARGIN / 2.0) / top.max(0.01))
        .min((height - baseline - 4.0) / (-bottom).max(0.01));
    let rtl = shape_line(fonts, &name).rtl;
    let x0 = if rtl {
        width - MARGIN - (right - left) * scale
    } else {
        START
    };
    let at = |x: f32, y: f32| (x0 + (x - left) * scale, baseline - y * scale);
    for (decimals, curves) in [(1, true), (0, true), (0, false)] {
        let d = path_data(&segments, at, decimals, curves);
        if d.len() <= MAX_DRAWING_BYTES {
            return Ok(d);
        }
    }
    Err(TypedSignatureError::TooLarge)
}
