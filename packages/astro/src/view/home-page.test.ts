import { describe, expect, it } from 'vitest';
import { pageSite } from '../../test/page-site.ts';
import { healthInWords, homePage } from './home-page.ts';

describe('homePage', () => {
  const page = homePage(pageSite());

  it('gives a card per journey by title, with who it is for, who owns it and how it stands', () => {
    expect(page.name).toBe('Shop');
    expect(page.cards.map(({ sparkline, ...card }) => card)).toEqual([
      { href: '/r/journeys/return/', title: 'A return', status: 'current', state: 'as-is', scope: 'end-to-end', summary: undefined, filter: { persona: '', owner: '', status: 'current' }, personas: [], owner: undefined, health: 'no metrics yet' },
      {
        href: '/r/journeys/buy/',
        title: 'Buying',
        status: 'current',
        state: 'as-is',
        scope: 'end-to-end',
        summary: undefined,
        filter: { persona: 'sam', owner: 'web', status: 'current' },
        personas: [{ href: '/r/personas/sam/', text: 'Sam' }],
        owner: { href: '/r/teams/web/', text: 'Web team' },
        health: '0 on target, 0 off target, 2 without data or target',
      },
    ]);
  });

  it('draws the emotion of a journey with at least two steps that have one', () => {
    expect(page.cards[0]!.sparkline).toBeUndefined();
    expect(page.cards[1]!.sparkline).toContain('aria-label="Emotion across 2 steps, from 3 to 4 on a scale of 1 to 5"');
  });

  it('filters the cards by the personas, owners and statuses in use', () => {
    expect(page.filters.map((group) => [group.name, group.options.map((o) => o.value)])).toEqual([
      ['persona', ['sam']],
      ['owner', ['web']],
      ['status', ['current']],
    ]);
    expect(page.filterCss.split('\n')[0]).toBe('#portfolio:has(input[name="persona"][value="sam"]:checked) [data-filter-item]:not([data-persona~="sam"]){display:none}');
  });

  it('shows the portfolio\'s opportunities, except on a standalone site', () => {
    expect(page.matrix?.rows.map((row) => row.title)).toEqual(['Faster']);
    expect(homePage(pageSite({ standalone: ['buy'] })).matrix).toBeUndefined();
  });
});

describe('healthInWords', () => {
  it('counts the metrics on and off target, and those that cannot say only when there are some', () => {
    expect(healthInWords({ met: 0, missed: 0, unknown: 0 })).toBe('no metrics yet');
    expect(healthInWords({ met: 2, missed: 1, unknown: 0 })).toBe('2 on target, 1 off target');
    expect(healthInWords({ met: 0, missed: 0, unknown: 1 })).toBe('0 on target, 0 off target, 1 without data or target');
  });
});
