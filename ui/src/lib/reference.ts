// Look-ups over the reference data: countries by code, and the country
// search of the picker (by name or alpha-3, ignoring case and diacritics).

import type { Country, Currency, ReferenceData, Sdg } from '../generated/types';
import { fold } from './format';

interface Indexed {
  country: Country;
  name: string; // folded
  words: string[]; // folded words of the name
  code: string; // folded alpha-3
}

export class Reference {
  readonly countries: Country[];
  readonly currencies: Currency[];
  readonly sdgs: Sdg[];
  private readonly byCode = new Map<string, Country>();
  private readonly index: Indexed[];

  constructor(data: ReferenceData) {
    this.countries = [...data.countries].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    const usd = data.currencies.filter((c) => c.code === 'USD');
    this.currencies = [...usd, ...data.currencies.filter((c) => c.code !== 'USD')];
    this.sdgs = [...data.sdgs].sort((a, b) => a.number - b.number);
    for (const c of data.countries) this.byCode.set(c.alpha3, c);
    this.index = this.countries.map((country) => {
      const name = fold(country.name);
      return {
        country,
        name,
        words: name.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
        code: country.alpha3.toLowerCase(),
      };
    });
  }

  country(alpha3: string): Country | undefined {
    return this.byCode.get(alpha3);
  }

  /**
   * Countries matching `query`, best first: exact code, then names starting
   * with it, then a word starting with it, then anywhere in the name.
   * An empty query lists every country, alphabetically.
   */
  searchCountries(query: string, exclude: readonly string[] = []): Country[] {
    const q = fold(query);
    const skip = new Set(exclude);
    const ranked: { rank: number; country: Country }[] = [];
    for (const entry of this.index) {
      if (skip.has(entry.country.alpha3)) continue;
      let rank: number;
      if (q === '') rank = 4;
      else if (entry.code === q) rank = 0;
      else if (entry.name.startsWith(q)) rank = 1;
      else if (entry.words.some((w) => w.startsWith(q))) rank = 2;
      else if (entry.name.includes(q)) rank = 3;
      else if (q.length <= 3 && entry.code.startsWith(q)) rank = 3;
      else continue;
      ranked.push({ rank, country: entry.country });
    }
    // Array.prototype.sort is stable: ties keep alphabetical order.
    return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.country);
  }
}
