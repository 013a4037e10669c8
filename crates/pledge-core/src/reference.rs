//! Reference data embedded in the binary, each list with its source and
//! date (DESIGN.md §2): ISO 3166-1 countries, the UN lists of LDCs, LLDCs
//! and SIDS, ISO 4217 currencies and the 17 SDGs.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Serialize;
use ts_rs::TS;

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const LDC: &str = include_str!("../data/ldc.txt");
const LLDC: &str = include_str!("../data/lldc.txt");
const SIDS: &str = include_str!("../data/sids.txt");
const CURRENCIES: &str = include_str!("../data/currencies.tsv");
const SDGS: &str = include_str!("../data/sdgs.tsv");

/// Where a list comes from, as recorded in its data file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Source {
    /// Which list this is, e.g. `ldc`.
    pub list: String,
    pub source: String,
    /// `YYYY-MM-DD`: the date the source gives for the list.
    pub date: String,
    /// The number of entries the source gives on that date.
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Country {
    pub alpha3: String,
    /// For `Intl.DisplayNames` in the UI.
    pub alpha2: String,
    /// English short name (ISO).
    pub name: String,
    pub ldc: bool,
    pub lldc: bool,
    pub sids: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Currency {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Sdg {
    pub number: u8,
    pub short_name: String,
    pub title: String,
}

/// Everything the UI needs to offer choices, in one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReferenceData {
    pub countries: Vec<Country>,
    pub currencies: Vec<Currency>,
    pub sdgs: Vec<Sdg>,
    pub sources: Vec<Source>,
}

struct Parsed {
    data: ReferenceData,
    alpha3: HashSet<String>,
    currency_codes: HashSet<String>,
}

/// The header of a data file (`# source:`, `# date:`, `# count:`) and its
/// data lines (comments and blank lines removed, trailing `# …` stripped).
fn parse_file(list: &str, text: &'static str) -> (Source, Vec<&'static str>) {
    let mut source = Source {
        list: list.to_owned(),
        source: String::new(),
        date: String::new(),
        count: 0,
    };
    let mut lines = Vec::new();
    for line in text.lines() {
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim();
            if let Some(v) = comment.strip_prefix("source:") {
                source.source = v.trim().to_owned();
            } else if let Some(v) = comment.strip_prefix("date:") {
                source.date = v.trim().to_owned();
            } else if let Some(v) = comment.strip_prefix("count:") {
                source.count = v.trim().parse().unwrap_or(0);
            }
            continue;
        }
        let data = line.split(" #").next().unwrap_or("").trim_end();
        if !data.trim().is_empty() {
            lines.push(data);
        }
    }
    (source, lines)
}

fn codes(lines: &[&str]) -> HashSet<String> {
    lines.iter().map(|l| l.trim().to_owned()).collect()
}

fn parsed() -> &'static Parsed {
    static PARSED: OnceLock<Parsed> = OnceLock::new();
    PARSED.get_or_init(|| {
        let (countries_src, country_lines) = parse_file("countries", COUNTRIES);
        let (ldc_src, ldc_lines) = parse_file("ldc", LDC);
        let (lldc_src, lldc_lines) = parse_file("lldc", LLDC);
        let (sids_src, sids_lines) = parse_file("sids", SIDS);
        let (cur_src, cur_lines) = parse_file("currencies", CURRENCIES);
        let (sdg_src, sdg_lines) = parse_file("sdgs", SDGS);
        let (ldc, lldc, sids) = (codes(&ldc_lines), codes(&lldc_lines), codes(&sids_lines));

        let countries: Vec<Country> = country_lines
            .iter()
            .skip(1) // column header
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let (a3, a2, name) = (cols.next()?, cols.next()?, cols.next()?);
                Some(Country {
                    alpha3: a3.to_owned(),
                    alpha2: a2.to_owned(),
                    name: name.to_owned(),
                    ldc: ldc.contains(a3),
                    lldc: lldc.contains(a3),
                    sids: sids.contains(a3),
                })
            })
            .collect();
        let currencies: Vec<Currency> = cur_lines
            .iter()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                Some(Currency {
                    code: cols.next()?.to_owned(),
                    name: cols.next()?.to_owned(),
                })
            })
            .collect();
        let sdgs: Vec<Sdg> = sdg_lines
            .iter()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                Some(Sdg {
                    number: cols.next()?.parse().ok()?,
                    short_name: cols.next()?.to_owned(),
                    title: cols.next()?.to_owned(),
                })
            })
            .collect();
        Parsed {
            alpha3: countries.iter().map(|c| c.alpha3.clone()).collect(),
            currency_codes: currencies.iter().map(|c| c.code.clone()).collect(),
            data: ReferenceData {
                countries,
                currencies,
                sdgs,
                sources: vec![countries_src, ldc_src, lldc_src, sids_src, cur_src, sdg_src],
            },
        }
    })
}

/// All reference data, parsed once.
pub fn reference_data() -> &'static ReferenceData {
    &parsed().data
}

pub fn countries() -> &'static [Country] {
    &parsed().data.countries
}

/// The country with this ISO 3166-1 alpha-3 code (upper case), if any.
pub fn country(alpha3: &str) -> Option<&'static Country> {
    let p = parsed();
    if !p.alpha3.contains(alpha3) {
        return None;
    }
    p.data.countries.iter().find(|c| c.alpha3 == alpha3)
}

pub fn is_country(alpha3: &str) -> bool {
    parsed().alpha3.contains(alpha3)
}

pub fn is_currency(code: &str) -> bool {
    parsed().currency_codes.contains(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(list: &str) -> &'static Source {
        reference_data()
            .sources
            .iter()
            .find(|s| s.list == list)
            .unwrap()
    }

    #[test]
    fn every_list_has_the_count_its_source_gives() {
        let data = reference_data();
        let count = |f: fn(&Country) -> bool| data.countries.iter().filter(|c| f(c)).count();
        assert_eq!(data.countries.len(), 249);
        assert_eq!(source("countries").count, 249);
        assert_eq!(count(|c| c.ldc), 44);
        assert_eq!(source("ldc").count, 44);
        assert_eq!(count(|c| c.lldc), 32);
        assert_eq!(source("lldc").count, 32);
        assert_eq!(count(|c| c.sids), 58);
        assert_eq!(source("sids").count, 58);
        assert_eq!(data.sdgs.len(), 17);
        assert_eq!(source("sdgs").count, 17);
        assert_eq!(data.currencies.len(), source("currencies").count);
    }

    #[test]
    fn lists_only_name_known_countries_once() {
        for (list, text) in [("ldc", LDC), ("lldc", LLDC), ("sids", SIDS)] {
            let (_, lines) = parse_file(list, text);
            let set = codes(&lines);
            assert_eq!(set.len(), lines.len(), "{list} has a duplicate");
            for code in set {
                assert!(is_country(&code), "{list} names unknown {code}");
            }
        }
    }

    #[test]
    fn every_source_is_cited_with_a_date() {
        for s in &reference_data().sources {
            assert!(!s.source.is_empty(), "{} has no source", s.list);
            assert!(
                chrono::NaiveDate::parse_from_str(&s.date, "%Y-%m-%d").is_ok(),
                "{} has no date",
                s.list
            );
        }
    }

    #[test]
    fn known_memberships() {
        let rwa = country("RWA").unwrap();
        assert!(rwa.ldc && rwa.lldc && !rwa.sids);
        let fji = country("FJI").unwrap();
        assert!(!fji.ldc && !fji.lldc && fji.sids);
        assert!(country("GBR").is_some_and(|c| !c.ldc && !c.lldc && !c.sids));
        assert!(country("XXX").is_none());
        assert!(country("rwa").is_none());
        assert!(is_currency("USD") && is_currency("RWF") && !is_currency("XYZ"));
        assert_eq!(reference_data().sdgs[8].number, 9);
    }
}
