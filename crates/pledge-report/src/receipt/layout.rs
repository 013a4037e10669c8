//! One line of text shaped for drawing: put in visual order by the Unicode
//! bidirectional algorithm, split into runs of one font each, and shaped by
//! rustybuzz (so Arabic letters join and read right to left).

use std::ops::Range;

use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::BidiInfo;

use super::fonts::Fonts;

/// A shaped glyph, in font units.
#[derive(Debug, Clone, Copy)]
pub struct Glyph {
    pub id: u16,
    pub x_advance: i32,
    pub x_offset: i32,
    pub y_offset: i32,
    /// The cluster's bytes in the run's text.
    pub start: usize,
    pub end: usize,
}

/// Glyphs of one face, left to right, starting at `x` (em units from the line's start).
#[derive(Debug, Clone)]
pub struct Run {
    pub face: usize,
    pub text: String,
    pub glyphs: Vec<Glyph>,
    pub units_per_em: f32,
    /// Where the run starts, in em.
    pub x: f32,
    /// Its width, in em.
    pub width: f32,
}

/// A line of text ready to draw: runs left to right and its width in em.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
    /// Characters no font has (they are left out).
    pub missing: usize,
    /// The paragraph reads right to left.
    pub rtl: bool,
}

/// Splits `text` into pieces of one face each, in logical order; a space or
/// a mark keeps the face of what precedes it when that face has it.
fn font_pieces(fonts: &Fonts, text: &str) -> (Vec<(usize, Range<usize>)>, usize) {
    let mut pieces: Vec<(usize, Range<usize>)> = Vec::new();
    let mut missing = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let last = pieces.last().map(|(face, _)| *face);
        let keeps = last.is_some_and(|face| {
            !c.is_alphanumeric()
                && fonts.faces()[face]
                    .parse()
                    .and_then(|f| f.glyph_index(c))
                    .is_some()
        });
        let face = if keeps { last } else { fonts.face_for(c) };
        match (face, pieces.last_mut()) {
            (Some(face), Some((f, range))) if *f == face && range.end == i => range.end = end,
            (Some(face), _) => pieces.push((face, i..end)),
            (None, _) => missing += usize::from(!c.is_whitespace()),
        }
    }
    (pieces, missing)
}

fn shape(fonts: &Fonts, face_index: usize, text: &str, rtl: bool) -> Option<Run> {
    let face = fonts.faces().get(face_index)?.parse()?;
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    let output = rustybuzz::shape(&face, &[], buffer);
    let mut starts: Vec<usize> = output
        .glyph_infos()
        .iter()
        .map(|i| i.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        starts
            .iter()
            .find(|&&s| s > start)
            .copied()
            .unwrap_or(text.len())
    };
    let glyphs: Vec<Glyph> = output
        .glyph_infos()
        .iter()
        .zip(output.glyph_positions())
        .map(|(info, pos)| Glyph {
            id: u16::try_from(info.glyph_id).unwrap_or(0),
            x_advance: pos.x_advance,
            x_offset: pos.x_offset,
            y_offset: pos.y_offset,
            start: info.cluster as usize,
            end: end_of(info.cluster as usize),
        })
        .collect();
    let units_per_em = f32::from(face.units_per_em().max(1) as u16);
    let width = glyphs.iter().map(|g| g.x_advance as f32).sum::<f32>() / units_per_em;
    Some(Run {
        face: face_index,
        text: text.to_owned(),
        glyphs,
        units_per_em,
        x: 0.0,
        width,
    })
}

/// `text` (one line, no line breaks) shaped and laid out left to right.
pub fn shape_line(fonts: &Fonts, text: &str) -> Line {
    let mut line = Line::default();
    if text.is_empty() {
        return line;
    }
    let bidi = BidiInfo::new(text, None);
    let Some(paragraph) = bidi.paragraphs.first() else {
        return line;
    };
    line.rtl = paragraph.level.is_rtl();
    let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
    for range in runs {
        let rtl = levels.get(range.start).is_some_and(|l| l.is_rtl());
        let (mut pieces, missing) = font_pieces(fonts, &text[range.clone()]);
        line.missing += missing;
        if rtl {
            pieces.reverse();
        }
        for (face, piece) in pieces {
            let piece_text = &text[range.start + piece.start..range.start + piece.end];
            if let Some(mut run) = shape(fonts, face, piece_text, rtl) {
                run.x = line.width;
                line.width += run.width;
                line.runs.push(run);
            }
        }
    }
    line
}

/// Width of `text` shaped on one line, in em.
pub fn width(fonts: &Fonts, text: &str) -> f32 {
    shape_line(fonts, text).width
}

/// `text` broken into lines no wider than `max` em: at spaces, and between
/// two Chinese or Japanese characters; a word wider than a line is cut.
pub fn wrap(fonts: &Fonts, text: &str, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut current = String::new();
        for word in words(paragraph) {
            let candidate = format!("{current}{word}");
            if current.is_empty() || width(fonts, candidate.trim_end()) <= max {
                current = candidate;
                continue;
            }
            push_cut(fonts, &mut lines, current.trim_end(), max);
            current = word.trim_start().to_owned();
        }
        push_cut(fonts, &mut lines, current.trim_end(), max);
    }
    lines
}

/// Pushes `line`, cut by characters where one word is wider than `max`.
fn push_cut(fonts: &Fonts, lines: &mut Vec<String>, line: &str, max: f32) {
    let mut rest = line;
    while rest.chars().count() > 1 && width(fonts, rest) > max {
        let mut cut = 0;
        for (i, c) in rest.char_indices().skip(1) {
            if width(fonts, &rest[..i + c.len_utf8()]) > max {
                break;
            }
            cut = i + c.len_utf8();
        }
        let cut = if cut == 0 {
            rest.chars().next().map_or(rest.len(), char::len_utf8)
        } else {
            cut
        };
        lines.push(rest[..cut].to_owned());
        rest = &rest[cut..];
    }
    lines.push(rest.to_owned());
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Pieces of `text` after which a line may break, each with its trailing space.
fn words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let end = i + c.len_utf8();
        let breaks = match next {
            None => true,
            Some(n) => {
                (c.is_whitespace() && !n.is_whitespace())
                    || is_cjk(c)
                    || is_cjk(n) && !c.is_whitespace()
            }
        };
        if breaks {
            words.push(&text[start..end]);
            start = end;
        }
    }
    words
}
