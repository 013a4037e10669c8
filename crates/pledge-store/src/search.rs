//! The search index over drafts: title, pledger names, and countries (codes
//! and English names), kept in the same transaction as the draft itself.

use pledge_core::{reference, DraftContent};
use rusqlite::{params, Transaction};

/// The text indexed for one draft.
fn index_text(content: &DraftContent) -> (String, String) {
    let pledgers = content
        .pledgers
        .iter()
        .map(|p| p.name.trim())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let mut countries = String::new();
    let codes = content
        .pledgers
        .iter()
        .map(|p| &p.country)
        .chain(content.geography.countries.iter());
    for code in codes {
        if let Some(c) = reference::country(code.trim()) {
            countries.push_str(&c.alpha3);
            countries.push(' ');
            countries.push_str(&c.name);
            countries.push(' ');
        }
    }
    (pledgers, countries)
}

pub(crate) fn reindex(tx: &Transaction, seq: i64, content: &DraftContent) -> rusqlite::Result<()> {
    let (pledgers, countries) = index_text(content);
    tx.execute("DELETE FROM draft_search WHERE rowid = ?1", [seq])?;
    tx.execute(
        "INSERT INTO draft_search (rowid, title, pledgers, countries) VALUES (?1, ?2, ?3, ?4)",
        params![seq, content.title, pledgers, countries],
    )?;
    Ok(())
}

/// Turns what a person typed into an FTS5 query: every word must match as a
/// prefix. Quotes and operators are taken literally, so no input is a syntax
/// error. `None` when nothing searchable was typed.
pub(crate) fn fts_query(typed: &str) -> Option<String> {
    let terms: Vec<String> = typed
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn typed_text_becomes_a_safe_prefix_query() {
        assert_eq!(fts_query("  "), None);
        assert_eq!(fts_query("\"*()"), None);
        assert_eq!(fts_query("Rwa tele"), Some("\"Rwa\"* \"tele\"*".into()));
        assert_eq!(
            fts_query("NOT OR \"x"),
            Some("\"NOT\"* \"OR\"* \"x\"*".into())
        );
        assert_eq!(
            fts_query("Côte d'Ivoire"),
            Some("\"Côte\"* \"d\"* \"Ivoire\"*".into())
        );
    }
}
