import { describe, expect, it } from 'vitest';
import { formatNumber, percent, round1 } from './format.ts';
import { axisSize, labelAngle, slug, uniqueLabels } from './layout.ts';

describe('chart text', () => {
  it('rounds to one decimal without a negative zero', () => {
    expect([round1(62.549), round1(-0.04), round1(2)]).toEqual([62.5, 0, 2]);
  });

  it('writes percentages and grouped numbers the same way on every machine', () => {
    expect([percent(0.625), percent(1), percent(1 / 3)]).toEqual(['62.5%', '100%', '33.3%']);
    expect([formatNumber(1234567), formatNumber(-45.45), formatNumber(999)]).toEqual(['1,234,567', '−45.5', '999']);
  });

  it('makes url-safe ids from titles', () => {
    expect([slug('Trial → paid (EU)'), slug('Café NPS'), slug('—')]).toEqual(['trial-paid-eu', 'cafe-nps', 'chart']);
  });

  it('makes repeated labels unique with their context, then a counter', () => {
    expect(uniqueLabels(['Email', 'Call', 'Email'], ['Trial', 'Kickoff', 'Adoption'])).toEqual(['Email (Trial)', 'Call', 'Email (Adoption)']);
    expect(uniqueLabels(['Email', 'Email'], ['Trial', 'Trial'])).toEqual(['Email (Trial) #1', 'Email (Trial) #2']);
  });

  it('sizes axes between a minimum and a maximum and slants labels that do not fit', () => {
    expect([axisSize(2, 40), axisSize(12, 40), axisSize(40, 40)]).toEqual([320, 480, 900]);
    expect([labelAngle(['Awareness'], 90), labelAngle(['Create an account'], 40)]).toEqual([0, -40]);
  });
});
