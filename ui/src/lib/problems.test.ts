import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../generated/types';
import { setUiLanguage } from './i18n/index.svelte';
import { problemText } from './problems';

afterEach(() => setUiLanguage('en'));

const problem = (path: string, code: Problem['code'], message = 'English from Rust'): Problem => ({ path, code, message });

describe('problemText', () => {
  it("names the field by its label, with the validator's bound", () => {
    expect(problemText(problem('title', 'too_long'))).toBe('“Title” can have at most 200 characters.');
    expect(problemText(problem('title', 'too_short'))).toBe('“Title” needs at least 5 characters.');
  });

  it('writes the bound grouped, in the UI language', () => {
    expect(problemText(problem('financial.amount', 'out_of_range'))).toBe(
      '“Amount” can be at most 1,000,000,000,000,000.',
    );
  });

  it('names the row of a field in a list, counting from 1', () => {
    expect(problemText(problem('pledgers[1].name', 'required'))).toBe('Fill in “Organisation name (Pledger 2)”.');
  });

  it('reads the content paths of a signed envelope', () => {
    expect(problemText(problem('pledge.signatories[0].name', 'required'))).toBe('Fill in “Full name (Signatory 1)”.');
  });

  it('asks to choose for a choice, and to choose some for a list', () => {
    expect(problemText(problem('pledgers[0].country', 'required'))).toBe('Choose “Country (Pledger 1)”.');
    expect(problemText(problem('focus_areas', 'required'))).toBe('Choose at least one under “Focus areas”.');
  });

  it('says a code this window does not know in the English message', () => {
    expect(problemText(problem('title', 'brand_new_code' as Problem['code'], 'Something new.'))).toBe('Something new.');
  });

  it('follows the UI language', () => {
    setUiLanguage('fr');
    // French sets its guillemets off with no-break spaces.
    expect(problemText(problem('title', 'too_long'))).toBe('«\u00a0Titre\u00a0» peut comporter au plus 200 caractères.');
  });
});
