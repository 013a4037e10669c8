//! The fonts a receipt and a typed signature are drawn with: found on the
//! system (fontdb), in an order that covers Latin, Cyrillic, Arabic and
//! Chinese. On Debian the packages `fonts-noto-core` and
//! `fonts-wqy-microhei` bring them (both are in the `.deb`'s Depends);
//! on Windows and macOS the system fonts named below do.

use std::sync::{Arc, OnceLock};

use rustybuzz::ttf_parser::GlyphId;

/// Families tried in turn for each character, the first that has it wins.
const FAMILIES: &[&str] = &[
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "DejaVu Sans",
    // Windows and macOS.
    "Segoe UI",
    "Arial",
    "Tahoma",
    "Microsoft YaHei",
    "PingFang SC",
    "Arial Unicode MS",
];

/// One font face: its file's bytes and its index in a collection.
#[derive(Clone)]
pub struct FontFace {
    pub data: Arc<Vec<u8>>,
    pub index: u32,
}

impl FontFace {
    /// The face parsed for shaping and outlines (cheap: reads the table directory).
    pub fn parse(&self) -> Option<rustybuzz::Face<'_>> {
        rustybuzz::Face::from_slice(&self.data, self.index)
    }
}

/// The faces in the order they are tried.
#[derive(Clone, Default)]
pub struct Fonts {
    faces: Vec<FontFace>,
}

impl Fonts {
    /// The system's fonts, found once per process.
    pub fn system() -> &'static Fonts {
        static SYSTEM: OnceLock<Fonts> = OnceLock::new();
        SYSTEM.get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            Fonts::from_database(&db)
        })
    }

    /// The faces of [`FAMILIES`] that `db` has, regular weight and style.
    pub fn from_database(db: &fontdb::Database) -> Fonts {
        let mut faces = Vec::new();
        for family in FAMILIES {
            let query = fontdb::Query {
                families: &[fontdb::Family::Name(family)],
                ..fontdb::Query::default()
            };
            let Some(id) = db.query(&query) else { continue };
            let face = db.with_face_data(id, |data, index| FontFace {
                data: Arc::new(data.to_vec()),
                index,
            });
            if let Some(face) = face.filter(|f| f.parse().is_some()) {
                faces.push(face);
            }
        }
        Fonts { faces }
    }

    pub fn faces(&self) -> &[FontFace] {
        &self.faces
    }

    /// The first face that has a glyph for `c`.
    pub fn face_for(&self, c: char) -> Option<usize> {
        self.faces.iter().position(|f| {
            f.parse()
                .and_then(|face| face.glyph_index(c))
                .is_some_and(|g| g != GlyphId(0))
        })
    }
}
