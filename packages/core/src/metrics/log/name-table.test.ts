import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameTable } from './name-table.ts';

describe('nameTable', () => {
  it('numbers names in the order they first come, the same name always the same', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (list) => {
        const names: string[] = [];
        const table = nameTable(names);
        const ids = list.map((name) => table.id(name));
        expect(names).toEqual([...new Set(list)]);
        expect(ids).toEqual(list.map((name) => names.indexOf(name)));
      }),
      { numRuns: 50 },
    );
  });
});
