// Plural forms and numbers inside catalogue sentences, by Intl (CLDR rules):
// Russian and Arabic need more than "one" and "other".

/**
 * The locale Intl is given for a UI language. Arabic is written with the
 * digits 0–9 throughout (as in UN documents): the same digits Intl writes
 * and the catalogue types, never a mix with ٠–٩.
 */
export function intlLocale(lang: string): string {
  return lang === 'ar' ? 'ar-u-nu-latn' : lang;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `forms` that CLDR's plural rules of `locale` pick for `n`. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  let pr = rules.get(locale);
  if (!pr) {
    pr = new Intl.PluralRules(locale);
    rules.set(locale, pr);
  }
  return forms[pr.select(n)] ?? forms.other;
}

/** `n` written as `locale` writes numbers (digits, grouping). */
export function num(locale: string, n: number): string {
  let nf = numbers.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 });
    numbers.set(locale, nf);
  }
  return nf.format(n);
}
