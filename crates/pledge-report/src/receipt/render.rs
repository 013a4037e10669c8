//! Drawing the laid-out receipt pages with krilla.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::Document;

use super::fonts::Fonts;
use super::pdf::{Item, ReceiptPdf, INK, MARGIN, PAGE_H, PAGE_W};

fn fill(color: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(color.0, color.1, color.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

/// SVG path data (absolute or relative) as a krilla path, scaled and moved.
fn svg_path(d: &str, x0: f32, y0: f32, scale: f32) -> Option<krilla::geom::Path> {
    use svgtypes::SimplePathSegment as S;
    let mut pb = PathBuilder::new();
    let at = |x: f64, y: f64| (x0 + x as f32 * scale, y0 + y as f32 * scale);
    for segment in svgtypes::SimplifyingPathParser::from(d) {
        match segment.ok()? {
            S::MoveTo { x, y } => {
                let (x, y) = at(x, y);
                pb.move_to(x, y)
            }
            S::LineTo { x, y } => {
                let (x, y) = at(x, y);
                pb.line_to(x, y)
            }
            S::Quadratic { x1, y1, x, y } => {
                let ((a, b), (x, y)) = (at(x1, y1), at(x, y));
                pb.quad_to(a, b, x, y)
            }
            S::CurveTo {
                x1,
                y1,
                x2,
                y2,
                x,
                y,
            } => {
                let ((a, b), (c, e), (x, y)) = (at(x1, y1), at(x2, y2), at(x, y));
                pb.cubic_to(a, b, c, e, x, y)
            }
            S::ClosePath => pb.close(),
        }
    }
    pb.finish()
}

/// The pages as PDF bytes, fonts embedded and subset.
pub(super) fn render(
    fonts: &Fonts,
    pages: &[Vec<Item>],
    r: &ReceiptPdf<'_>,
) -> Result<Vec<u8>, String> {
    let pdf_fonts: Vec<Option<Font>> = fonts
        .faces()
        .iter()
        .map(|f| Font::new(f.data.clone().into(), f.index))
        .collect();
    let mut document = Document::new();
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(r.envelope.pledge.title.clone())
            .language(r.language.to_owned())
            .creator("Pledge Desk".to_owned()),
    );
    for items in pages {
        let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or("page size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for item in items {
            match item {
                Item::Text {
                    line,
                    x,
                    y,
                    size,
                    color,
                } => {
                    surface.set_fill(Some(fill(*color)));
                    surface.set_stroke(None);
                    for run in &line.runs {
                        let Some(Some(font)) = pdf_fonts.get(run.face) else {
                            continue;
                        };
                        let upem = run.units_per_em;
                        let glyphs: Vec<KrillaGlyph> = run
                            .glyphs
                            .iter()
                            .map(|g| {
                                KrillaGlyph::new(
                                    GlyphId::new(u32::from(g.id)),
                                    g.x_advance as f32 / upem,
                                    g.x_offset as f32 / upem,
                                    g.y_offset as f32 / upem,
                                    0.0,
                                    g.start..g.end,
                                    None,
                                )
                            })
                            .collect();
                        let start = Point::from_xy(x + run.x * size, *y);
                        surface.draw_glyphs(start, &glyphs, font.clone(), &run.text, *size, false);
                    }
                }
                Item::Path {
                    d,
                    x,
                    y,
                    scale,
                    filled,
                    width,
                } => {
                    let Some(path) = svg_path(d, *x, *y, *scale) else {
                        continue;
                    };
                    if *filled {
                        surface.set_fill(Some(fill(INK)));
                        surface.set_stroke(None);
                    } else {
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke {
                            paint: rgb::Color::new(INK.0, INK.1, INK.2).into(),
                            width: *width,
                            line_cap: LineCap::Round,
                            line_join: LineJoin::Round,
                            ..Stroke::default()
                        }));
                    }
                    surface.draw_path(&path);
                }
                Item::Rule { y } => {
                    let mut pb = PathBuilder::new();
                    pb.move_to(MARGIN, *y);
                    pb.line_to(PAGE_W - MARGIN, *y);
                    let Some(path) = pb.finish() else { continue };
                    surface.set_fill(None);
                    surface.set_stroke(Some(Stroke {
                        paint: rgb::Color::new(200, 205, 212).into(),
                        width: 0.6,
                        ..Stroke::default()
                    }));
                    surface.draw_path(&path);
                }
            }
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| format!("{e:?}"))
}
