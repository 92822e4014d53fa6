import { describe, expect, it } from 'vitest';
import { builtinTerms, glossaryTermSchema } from '../index.ts';

describe('the built-in glossary', () => {
  it('has at least 30 valid terms with unique ids', () => {
    expect(builtinTerms.length).toBeGreaterThanOrEqual(30);
    for (const term of builtinTerms) expect(glossaryTermSchema.safeParse(term).success, term.id).toBe(true);
    expect(new Set(builtinTerms.map((term) => term.id)).size).toBe(builtinTerms.length);
  });

  it('only relates terms it has', () => {
    const ids = new Set(builtinTerms.map((term) => term.id));
    const dangling = builtinTerms.flatMap((term) => (term.related ?? []).filter((id) => !ids.has(id)).map((id) => `${term.id} → ${id}`));
    expect(dangling).toEqual([]);
  });

  it('defines NPS with its exact formula', () => {
    const nps = builtinTerms.find((term) => term.id === 'net-promoter-score');
    expect(nps?.aliases).toContain('NPS');
    expect(nps?.definition).toMatch(/promoters.*detractors/);
  });
});
