//! Typed signatures from real font outlines, one test per script (issue 12,
//! item 2): never the zig-zag of the old hand-made alphabet, valid path data,
//! inside the signature box and under 64 KiB.

use pledge_core::MAX_DRAWING_BYTES;
use pledge_report::receipt::layout::shape_line;
use pledge_report::{typed_signature, Fonts, TypedSignatureError};

const W: f32 = 560.0;
const H: f32 = 200.0;

/// Valid SVG path data, drawn with outlines (curves, closed contours), in the
/// box and clear of the signing mark at its left.
fn assert_outline_path(d: &str) {
    assert!(
        !d.is_empty() && d.len() <= MAX_DRAWING_BYTES,
        "{} bytes",
        d.len()
    );
    assert!(d.starts_with('M'), "{}", &d[..d.len().min(40)]);
    assert!(d.contains('Z'), "closed contours");
    assert!(d.contains('Q') || d.contains('C'), "curves, not a zig-zag");
    assert!(d.bytes().all(|b| b"MLQCZ0123456789.- ".contains(&b)));
    let mut n = 0;
    for segment in svgtypes::SimplifyingPathParser::from(d) {
        let segment = segment.expect("valid path data");
        let pts: Vec<(f64, f64)> = match segment {
            svgtypes::SimplePathSegment::MoveTo { x, y }
            | svgtypes::SimplePathSegment::LineTo { x, y } => vec![(x, y)],
            svgtypes::SimplePathSegment::Quadratic { x1, y1, x, y } => vec![(x1, y1), (x, y)],
            svgtypes::SimplePathSegment::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => vec![(x1, y1), (x2, y2), (x, y)],
            svgtypes::SimplePathSegment::ClosePath => vec![],
        };
        for (x, y) in pts {
            assert!(
                (47.5..=W as f64).contains(&x) && (0.0..=H as f64).contains(&y),
                "({x}, {y}) outside the box"
            );
        }
        n += 1;
    }
    assert!(n > 10);
}

fn typed(name: &str) -> String {
    typed_signature(Fonts::system(), name, W, H).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn a_latin_name_is_drawn_from_font_outlines() {
    assert_outline_path(&typed("Amélie Ngozi O'Brien-Müller"));
}

#[test]
fn a_cyrillic_name_is_drawn_from_font_outlines() {
    let line = shape_line(Fonts::system(), "Анна Петровна Иванова");
    assert_eq!(line.missing, 0, "a font has every Cyrillic letter");
    assert_outline_path(&typed("Анна Петровна Иванова"));
}

#[test]
fn an_arabic_name_is_shaped_joined_and_right_to_left() {
    let fonts = Fonts::system();
    let name = "محمد العلي";
    let line = shape_line(fonts, name);
    assert!(line.rtl);
    assert_eq!(line.missing, 0);
    let joined: Vec<u16> = line
        .runs
        .iter()
        .flat_map(|r| r.glyphs.iter().map(|g| g.id))
        .collect();
    // Each letter alone has its isolated form; joined, the forms differ.
    let mut isolated: Vec<u16> = name
        .chars()
        .flat_map(|c| {
            shape_line(fonts, &c.to_string())
                .runs
                .into_iter()
                .flat_map(|r| r.glyphs)
                .map(|g| g.id)
        })
        .collect();
    isolated.reverse();
    assert_ne!(joined, isolated, "the letters are joined");
    // Right to left: the first letter typed is the rightmost glyph.
    let last_run = line.runs.last().unwrap();
    assert_eq!(last_run.glyphs.last().unwrap().start, 0);
    let d = typed(name);
    assert_outline_path(&d);
    // Right-aligned in the box, as Arabic is written.
    let first_x: f32 = d[1..].split(' ').next().unwrap().parse().unwrap();
    assert!(first_x > 100.0, "starts at the right: {first_x}");
}

#[test]
fn a_chinese_name_uses_real_glyphs() {
    let line = shape_line(Fonts::system(), "王小明");
    assert_eq!(line.missing, 0, "a font has these characters");
    assert!(line.runs.iter().all(|r| r.glyphs.iter().all(|g| g.id != 0)));
    assert_outline_path(&typed("王小明"));
}

#[test]
fn the_longest_names_stay_under_the_limit() {
    for name in [
        "王".repeat(200),
        "ب".repeat(200),
        "Ж".repeat(200),
        "W".repeat(200),
    ] {
        let d = typed(&name);
        assert!(d.len() <= MAX_DRAWING_BYTES);
    }
}

#[test]
fn a_name_no_font_has_is_refused_and_an_empty_one_too() {
    // Private use area: no font draws it.
    assert_eq!(
        typed_signature(Fonts::system(), "\u{E000}\u{E001}", W, H),
        Err(TypedSignatureError::NoFont)
    );
    assert_eq!(
        typed_signature(Fonts::system(), "  ", W, H),
        Err(TypedSignatureError::Empty)
    );
    // Longer than a signatory's name may be: refused before any work.
    assert_eq!(
        typed_signature(Fonts::system(), &"a".repeat(201), W, H),
        Err(TypedSignatureError::TooLarge)
    );
}
