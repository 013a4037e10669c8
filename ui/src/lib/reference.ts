// Look-ups over the reference data: countries by code, their names in the UI
// language (Intl.DisplayNames from the alpha-2 code, the English name of the
// reference data when Intl does not know one), and the country search of the
// picker, which matches the localised name, the English name and the codes,
// ignoring case and diacritics.

import type { Country, Currency, ReferenceData, Sdg } from '../generated/types';
import { compareNames, currencyName, fold, regionName } from './format';
import { uiLanguage } from './i18n/index.svelte';

interface Indexed {
  country: Country;
  /** The names to match, folded: the localised one first, then the English one. */
  names: string[];
  /** Folded words of those names. */
  words: string[];
  alpha3: string; // folded
  alpha2: string; // folded
}

interface Localised {
  /** Every country, by localised name. */
  sorted: Country[];
  index: Indexed[];
}

function wordsOf(name: string): string[] {
  return name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export class Reference {
  readonly currencies: Currency[];
  readonly sdgs: Sdg[];
  private readonly all: Country[];
  private readonly byCode = new Map<string, Country>();
  private readonly localised = new Map<string, Localised>();

  constructor(data: ReferenceData) {
    this.all = [...data.countries];
    const usd = data.currencies.filter((c) => c.code === 'USD');
    this.currencies = [...usd, ...data.currencies.filter((c) => c.code !== 'USD')];
    this.sdgs = [...data.sdgs].sort((a, b) => a.number - b.number);
    for (const c of data.countries) this.byCode.set(c.alpha3, c);
  }

  country(alpha3: string): Country | undefined {
    return this.byCode.get(alpha3);
  }

  /** The country's name in the UI language. */
  nameOf(country: Country): string {
    return regionName(country.alpha2) ?? country.name;
  }

  /** The name of the country with code `alpha3`, or undefined when unknown. */
  countryName(alpha3: string): string | undefined {
    const country = this.byCode.get(alpha3);
    return country ? this.nameOf(country) : undefined;
  }

  /** The currency's name in the UI language ('' when unknown). */
  currencyName(code: string): string {
    return currencyName(code) ?? this.currencies.find((c) => c.code === code)?.name ?? '';
  }

  /** Every country, by name in the UI language. */
  get countries(): Country[] {
    return this.forLanguage().sorted;
  }

  private forLanguage(): Localised {
    const lang = uiLanguage();
    let done = this.localised.get(lang);
    if (!done) {
      const named = this.all.map((country) => ({ country, name: this.nameOf(country) }));
      named.sort((a, b) => compareNames(a.name, b.name));
      const index = named.map(({ country, name }) => {
        const names = [...new Set([fold(name), fold(country.name)])];
        return {
          country,
          names,
          words: names.flatMap(wordsOf),
          alpha3: country.alpha3.toLowerCase(),
          alpha2: country.alpha2.toLowerCase(),
        };
      });
      done = { sorted: named.map((n) => n.country), index };
      this.localised.set(lang, done);
    }
    return done;
  }

  /** Whether `query` names `country` exactly (its localised or English name, or its alpha-3 code). */
  isExactly(country: Country, query: string): boolean {
    const q = fold(query);
    if (q === '') return false;
    const entry = this.forLanguage().index.find((e) => e.country === country);
    return !!entry && (entry.names.includes(q) || entry.alpha3 === q);
  }

  /**
   * Countries matching `query`, best first: exact alpha-3 code, then names
   * starting with it (or an exact alpha-2 code), then a word starting with it, then anywhere in a name.
   * An empty query lists every country, by name.
   */
  searchCountries(query: string, exclude: readonly string[] = []): Country[] {
    const q = fold(query);
    const skip = new Set(exclude);
    const ranked: { rank: number; country: Country }[] = [];
    for (const entry of this.forLanguage().index) {
      if (skip.has(entry.country.alpha3)) continue;
      let rank: number;
      if (q === '') rank = 4;
      else if (entry.alpha3 === q) rank = 0;
      else if (entry.alpha2 === q || entry.names.some((n) => n.startsWith(q))) rank = 1;
      else if (entry.words.some((w) => w.startsWith(q))) rank = 2;
      else if (entry.names.some((n) => n.includes(q))) rank = 3;
      else if (q.length <= 3 && entry.alpha3.startsWith(q)) rank = 3;
      else continue;
      ranked.push({ rank, country: entry.country });
    }
    // Array.prototype.sort is stable: ties keep the order by name.
    return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.country);
  }
}
