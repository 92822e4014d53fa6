import { expect, it } from 'vitest';
import * as charts from './index.ts';

it('exports exactly this chart rendering API', () => {
  expect(Object.keys(charts).sort()).toEqual(['createChartRenderer', 'renderChartSvg']);
});
