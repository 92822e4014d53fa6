import { describe, expect, it } from 'vitest';
import { ownTypeErrors } from './type-errors.ts';

describe('ownTypeErrors', () => {
  it("keeps errors in the project and in Journeykit's declarations, not in other packages'", () => {
    const output = [
      "library.ts(3,1): error TS2322: Type 'string' is not assignable to type 'number'.",
      'node_modules/.pnpm/@journeykit+core@file+x/node_modules/@journeykit/core/dist/index.d.ts(1,20): error TS2307: Cannot find module \'vite\'.',
      'node_modules/.pnpm/journeykit@file+y/node_modules/journeykit/dist/main.d.ts(2,1): error TS2304: Cannot find name \'X\'.',
      "node_modules/.pnpm/vega-typings@2.3.0/node_modules/vega-typings/types/runtime/index.d.ts(106,10): error TS2304: Cannot find name 'Element'.",
      "  Named property 'title' of types 'A' and 'B' are not identical.",
      '/tmp/x/node_modules/typescript/lib/lib.d.ts',
    ].join('\n');
    expect(ownTypeErrors(output).map((line) => line.slice(0, 12))).toEqual(['library.ts(3', 'node_modules', 'node_modules']);
  });
});
