//! Validation of a draft into a signable [`Pledge`] (DESIGN.md §2): every
//! problem is reported at once, each with the path of the field it concerns.

use std::collections::HashSet;
use std::hash::Hash;

use chrono::NaiveDate;

use crate::content::*;
use crate::draft::*;
use crate::problem::{Problem, ProblemCode as Code};
use crate::reference::{is_country, is_currency};

/// The bounds of §2, in one place for the validator, the UI and the docs
/// (the window's `LIMITS` is generated from [`LIMITS`]).
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct Limits {
    pub title_min: usize,
    pub title_max: usize,
    pub description_max: usize,
    pub name_max: usize,
    /// A signatory's name when signing (not a rule of verification: a
    /// pledge signed before it still verifies).
    pub signatory_name_min: usize,
    pub pledgers_max: usize,
    pub targets_max: usize,
    pub unit_max: usize,
    pub email_max: usize,
    #[ts(type = "number")]
    pub amount_max: u64,
    #[ts(type = "number")]
    pub target_value_max: u64,
}

pub const LIMITS: Limits = Limits {
    title_min: 5,
    title_max: 200,
    description_max: 4000,
    name_max: 200,
    signatory_name_min: 2,
    pledgers_max: 20,
    targets_max: 20,
    unit_max: 50,
    email_max: 254,
    amount_max: 1_000_000_000_000_000,
    target_value_max: 1_000_000_000_000,
};

/// Checks a draft against every rule of §2. On success the draft becomes the
/// exact content that is signed: single-line texts trimmed, optional members
/// left out where they do not apply.
pub fn validate(draft: &DraftContent) -> Result<Pledge, Vec<Problem>> {
    let mut v = Validator::default();
    let pledge = v.pledge(draft);
    match pledge {
        Some(p) if v.problems.is_empty() => Ok(p),
        _ => Err(v.problems),
    }
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

fn has_control(s: &str, allow_newlines: bool) -> bool {
    s.chars()
        .any(|c| c.is_control() && !(allow_newlines && (c == '\n' || c == '\t' || c == '\r')))
}

impl Validator {
    fn push(&mut self, path: impl Into<String>, code: Code, message: impl Into<String>) {
        self.problems.push(Problem::new(path, code, message));
    }

    /// A one-line text that must be present: trimmed, bounded, no control characters.
    fn line(
        &mut self,
        path: &str,
        what: &str,
        value: &str,
        min: usize,
        max: usize,
    ) -> Option<String> {
        let value = value.trim();
        let n = chars(value);
        if n == 0 {
            self.push(path, Code::Required, format!("Enter the {what}."));
            return None;
        }
        if has_control(value, false) {
            self.push(
                path,
                Code::ControlCharacters,
                format!("The {what} contains invisible control characters; retype it."),
            );
            return None;
        }
        if n < min {
            self.push(
                path,
                Code::TooShort,
                format!("The {what} needs at least {min} characters."),
            );
            return None;
        }
        if n > max {
            self.push(
                path,
                Code::TooLong,
                format!("The {what} can have at most {max} characters (it has {n})."),
            );
            return None;
        }
        Some(value.to_owned())
    }

    fn no_duplicates<T: Eq + Hash + Copy>(&mut self, path: &str, what: &str, items: &[T]) {
        let mut seen = HashSet::new();
        if items.iter().any(|i| !seen.insert(*i)) {
            self.push(
                path,
                Code::Duplicate,
                format!("The same {what} is chosen twice."),
            );
        }
    }

    fn at_least_one<T>(&mut self, path: &str, what: &str, items: &[T]) {
        if items.is_empty() {
            self.push(path, Code::Required, format!("Choose at least one {what}."));
        }
    }

    fn country(&mut self, path: &str, code: &str) -> Option<String> {
        if is_country(code) {
            Some(code.to_owned())
        } else {
            self.push(
                path,
                Code::InvalidCountry,
                "Choose a country from the list (ISO 3166-1).",
            );
            None
        }
    }

    fn date(&mut self, path: &str, what: &str, value: &str) -> Option<NaiveDate> {
        if value.is_empty() {
            self.push(path, Code::Required, format!("Enter the {what}."));
            return None;
        }
        match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            Ok(d) if value.len() == 10 => Some(d),
            _ => {
                self.push(
                    path,
                    Code::InvalidDate,
                    format!("The {what} must be a real date (YYYY-MM-DD)."),
                );
                None
            }
        }
    }

    fn pledge(&mut self, d: &DraftContent) -> Option<Pledge> {
        let title = self.line(
            "title",
            "title",
            &d.title,
            LIMITS.title_min,
            LIMITS.title_max,
        );
        let description = self.description(&d.description);
        let language = self.language(&d.language);
        let pledgers = self.pledgers(&d.pledgers);

        self.at_least_one("focus_areas", "focus area", &d.focus_areas);
        self.no_duplicates("focus_areas", "focus area", &d.focus_areas);
        self.at_least_one("support_types", "type of support", &d.support_types);
        self.no_duplicates("support_types", "type of support", &d.support_types);
        self.no_duplicates("beneficiaries", "beneficiary group", &d.beneficiaries);

        let geography = self.geography(&d.geography);
        let targets = self.targets(&d.targets);
        let financial = if d.support_types.contains(&SupportType::Financial) {
            self.financial(&d.financial).map(Some)
        } else {
            Some(None)
        };
        let period = self.period(&d.period);
        let sdgs = self.sdgs(&d.sdgs);
        let contact = self.contact(&d.contact);

        Some(Pledge {
            title: title?,
            description: description?,
            language: language?,
            pledgers: pledgers?,
            focus_areas: d.focus_areas.clone(),
            support_types: d.support_types.clone(),
            geography: geography?,
            beneficiaries: d.beneficiaries.clone(),
            targets: targets?,
            financial: financial?,
            period: period?,
            sdgs: sdgs?,
            contact: contact?,
        })
    }

    fn description(&mut self, value: &str) -> Option<String> {
        let n = chars(value);
        if n > LIMITS.description_max {
            let max = LIMITS.description_max;
            self.push(
                "description",
                Code::TooLong,
                format!("The description can have at most {max} characters (it has {n})."),
            );
            return None;
        }
        if has_control(value, true) {
            self.push(
                "description",
                Code::ControlCharacters,
                "The description contains invisible control characters; retype it.",
            );
            return None;
        }
        Some(value.trim().to_owned())
    }

    fn language(&mut self, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() {
            self.push(
                "language",
                Code::Required,
                "Choose the language the pledge is written in.",
            );
            return None;
        }
        match oxilangtag::LanguageTag::parse(value) {
            // Primary subtags of 5–8 letters are reserved and none is registered.
            Ok(tag) if value.len() <= 35 && (2..=3).contains(&tag.primary_language().len()) => {
                Some(tag.as_str().to_owned())
            }
            _ => {
                self.push(
                    "language",
                    Code::InvalidLanguage,
                    "The language must be a BCP 47 tag such as en, fr or pt-BR.",
                );
                None
            }
        }
    }

    fn pledgers(&mut self, list: &[DraftPledger]) -> Option<Vec<Pledger>> {
        if list.is_empty() {
            self.push(
                "pledgers",
                Code::Required,
                "Add the organisation that makes the pledge.",
            );
            return None;
        }
        if list.len() > LIMITS.pledgers_max {
            let max = LIMITS.pledgers_max;
            self.push(
                "pledgers",
                Code::TooMany,
                format!("A pledge can have at most {max} pledgers."),
            );
            return None;
        }
        match list.iter().filter(|p| p.lead).count() {
            0 => self.push(
                "pledgers",
                Code::NoLead,
                "Mark one pledger as the lead organisation.",
            ),
            1 => {}
            _ => self.push(
                "pledgers",
                Code::MultipleLeads,
                "Only one pledger can be the lead organisation.",
            ),
        }
        let mut out = Vec::with_capacity(list.len());
        for (i, p) in list.iter().enumerate() {
            let path = |f: &str| format!("pledgers[{i}].{f}");
            let name = self.line(
                &path("name"),
                "organisation's name",
                &p.name,
                1,
                LIMITS.name_max,
            );
            let kind = p.kind;
            if kind.is_none() {
                self.push(
                    path("kind"),
                    Code::Required,
                    "Choose what kind of organisation this is.",
                );
            }
            let code = p.country.trim();
            let country = match (kind, code.is_empty()) {
                (_, true) => Some(None),
                (Some(PledgerKind::InternationalOrganization), false) => {
                    self.push(
                        path("country"),
                        Code::CountryNotAllowed,
                        "An international organisation has no country; leave it empty.",
                    );
                    None
                }
                (_, false) => self.country(&path("country"), code).map(Some),
            };
            if let (Some(name), Some(kind), Some(country)) = (name, kind, country) {
                out.push(Pledger {
                    name,
                    kind,
                    country,
                    lead: p.lead,
                });
            }
        }
        (out.len() == list.len()).then_some(out)
    }

    fn geography(&mut self, g: &DraftGeography) -> Option<Geography> {
        let Some(scope) = g.scope else {
            self.push(
                "geography.scope",
                Code::Required,
                "Choose whether the pledge is global, regional or national.",
            );
            return None;
        };
        let mut countries = Vec::with_capacity(g.countries.len());
        for (i, c) in g.countries.iter().enumerate() {
            if let Some(c) = self.country(&format!("geography.countries[{i}]"), c.trim()) {
                countries.push(c);
            }
        }
        if countries.len() != g.countries.len() {
            return None;
        }
        if scope != Scope::Global && countries.is_empty() {
            self.push(
                "geography.countries",
                Code::Required,
                "Choose the countries the pledge targets.",
            );
            return None;
        }
        let mut seen = HashSet::new();
        if !countries.iter().all(|c| seen.insert(c.as_str())) {
            self.push(
                "geography.countries",
                Code::Duplicate,
                "The same country is chosen twice.",
            );
            return None;
        }
        Some(Geography { scope, countries })
    }

    fn targets(&mut self, list: &[DraftTarget]) -> Option<Vec<Target>> {
        if list.len() > LIMITS.targets_max {
            let max = LIMITS.targets_max;
            self.push(
                "targets",
                Code::TooMany,
                format!("A pledge can have at most {max} targets."),
            );
            return None;
        }
        let mut out = Vec::with_capacity(list.len());
        for (i, t) in list.iter().enumerate() {
            let path = |f: &str| format!("targets[{i}].{f}");
            if t.metric.is_none() {
                self.push(
                    path("metric"),
                    Code::Required,
                    "Choose what this target counts.",
                );
            }
            let value = match self.whole(&path("value"), t.value.as_ref()) {
                None => {
                    self.push(
                        path("value"),
                        Code::Required,
                        "Enter the number this target aims for.",
                    );
                    None
                }
                Some(Err(())) => None,
                Some(Ok(v)) if v > LIMITS.target_value_max => {
                    self.push(
                        path("value"),
                        Code::OutOfRange,
                        "A target can be at most 1,000,000,000,000.",
                    );
                    None
                }
                Some(Ok(v)) => Some(v),
            };
            let unit = t.unit.trim();
            let unit = if unit.is_empty() {
                if t.metric == Some(Metric::Other) {
                    self.push(
                        path("unit"),
                        Code::UnitRequired,
                        "Say what an \"other\" target counts (its unit).",
                    );
                    None
                } else {
                    Some(None)
                }
            } else {
                self.line(&path("unit"), "unit", unit, 1, LIMITS.unit_max)
                    .map(Some)
            };
            if let (Some(metric), Some(value), Some(unit)) = (t.metric, value, unit) {
                out.push(Target {
                    metric,
                    value,
                    unit,
                });
            }
        }
        (out.len() == list.len()).then_some(out)
    }

    /// A draft's whole number: `None` when empty, `Err` (reported) when
    /// what was typed is not a whole number. Digits alone that are too
    /// large for any amount read as `u64::MAX`, so the caller's range
    /// check says so.
    fn whole(&mut self, path: &str, value: Option<&DraftWhole>) -> Option<Result<u64, ()>> {
        match value? {
            DraftWhole::Number(n) => Some(Ok(*n)),
            DraftWhole::Typed(text) if text.trim().is_empty() => None,
            DraftWhole::Typed(text) => {
                let digits = text.trim();
                if digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Some(Ok(digits.parse().unwrap_or(u64::MAX)));
                }
                self.push(
                    path,
                    Code::NotWholeNumber,
                    "Write a whole number of units in digits only: no decimals, minus sign, exponent or letters.",
                );
                Some(Err(()))
            }
        }
    }

    fn financial(&mut self, f: &DraftFinancial) -> Option<Financial> {
        let amount = match self.whole("financial.amount", f.amount.as_ref()) {
            None | Some(Ok(0)) => {
                self.push(
                    "financial.amount",
                    Code::Required,
                    "Enter the amount of financial support.",
                );
                None
            }
            Some(Err(())) => None,
            Some(Ok(a)) if a > LIMITS.amount_max => {
                self.push(
                    "financial.amount",
                    Code::OutOfRange,
                    "An amount can be at most 1,000,000,000,000,000.",
                );
                None
            }
            Some(Ok(a)) => Some(a),
        };
        let code = f.currency.trim();
        let currency = if code.is_empty() {
            self.push(
                "financial.currency",
                Code::Required,
                "Choose the currency of the amount.",
            );
            None
        } else if is_currency(code) {
            Some(code.to_owned())
        } else {
            self.push(
                "financial.currency",
                Code::InvalidCurrency,
                "Choose a currency from the list (ISO 4217).",
            );
            None
        };
        Some(Financial {
            amount: amount?,
            currency: currency?,
        })
    }

    fn period(&mut self, p: &DraftPeriod) -> Option<Period> {
        let start = self.date("period.start", "start date", p.start.trim());
        let end = self.date("period.end", "end date", p.end.trim());
        let (start, end) = (start?, end?);
        if end < start {
            self.push(
                "period.end",
                Code::EndBeforeStart,
                "The end date must be on or after the start date.",
            );
            return None;
        }
        Some(Period { start, end })
    }

    fn sdgs(&mut self, list: &[u8]) -> Option<Vec<u8>> {
        if list.iter().any(|n| !(1..=17).contains(n)) {
            self.push("sdgs", Code::OutOfRange, "SDGs are numbered 1 to 17.");
            return None;
        }
        let before = self.problems.len();
        self.no_duplicates("sdgs", "SDG", list);
        (self.problems.len() == before).then(|| list.to_vec())
    }

    fn contact(&mut self, c: &DraftContact) -> Option<Contact> {
        let name = self.line(
            "contact.name",
            "contact person's name",
            &c.name,
            1,
            LIMITS.name_max,
        );
        let email = c.email.trim();
        let email = if email.is_empty() {
            self.push(
                "contact.email",
                Code::Required,
                "Enter the contact person's email address.",
            );
            None
        } else if !plausible_email(email) {
            self.push(
                "contact.email",
                Code::InvalidEmail,
                "Enter an email address such as name@example.org.",
            );
            None
        } else {
            Some(email.to_owned())
        };
        Some(Contact {
            name: name?,
            email: email?,
        })
    }
}

/// One `@`, something before it, a dotted domain after it, no spaces or
/// control characters. Deliverability is the secretariat's business.
fn plausible_email(s: &str) -> bool {
    if s.len() > LIMITS.email_max || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
