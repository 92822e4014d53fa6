import { describe, expect, it } from 'vitest';
import { emotionLaneSvg, extremes, pointX, pointY, scaleTicks, segments } from './emotion-lane.ts';

const scale = { min: 1, max: 5 };
const points = (svg: string) => [...svg.matchAll(/<circle class="jk-curve-point" cx="([\d.]+)%" cy="([\d.]+)%"[^>]*data-step="(\d+)"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), step: Number(m[3]) }));

describe('the emotion lane', () => {
  it('puts each point in the middle of its step column, as a share of the lane\'s width', () => {
    const svg = emotionLaneSvg({ columns: 4, scale, curves: [{ key: 'j', label: 'Emotion', values: [1, 3, 5, 2], colour: 1 }], stepNames: ['a', 'b', 'c', 'd'] });
    expect(svg).toMatch(/^<svg class="jk-emotion-lane" width="100%" height="160"/);
    expect(points(svg).map((p) => [p.step, p.x])).toEqual([[0, 12.5], [1, 37.5], [2, 62.5], [3, 87.5]]);
    expect(pointX(2, 3)).toBeCloseTo(250 / 3);
  });

  it('draws the scale top to bottom, most positive at the top, and a neutral line at its middle', () => {
    expect(pointY(5, scale)).toBeLessThan(pointY(3, scale));
    expect(pointY(3, scale)).toBeLessThan(pointY(1, scale));
    const svg = emotionLaneSvg({ columns: 2, scale, curves: [], stepNames: ['a', 'b'] });
    expect(svg).toContain(`<line class="jk-neutral" x1="0" x2="100%" y1="${Number(((pointY(3, scale) / 160) * 100).toFixed(3))}%" y2="${Number(((pointY(3, scale) / 160) * 100).toFixed(3))}%"/>`);
    expect(scaleTicks({ min: -2, max: 2 }).map((t) => [t.text, t.word])).toEqual([['2', 'positive'], ['0', 'neutral'], ['-2', 'negative']]);
  });

  it('leaves a gap for a step without emotion instead of drawing it as the lowest value', () => {
    expect(segments([2, 3, undefined, 4])).toEqual([[{ index: 0, value: 2 }, { index: 1, value: 3 }], [{ index: 3, value: 4 }]]);
    const svg = emotionLaneSvg({ columns: 4, scale, curves: [{ key: 'j', label: 'E', values: [2, 3, undefined, 4], colour: 1 }], stepNames: ['a', 'b', 'c', 'd'] });
    expect(svg.match(/<line class="jk-curve-line"/g)).toHaveLength(1);
    expect(points(svg).map((p) => p.step)).toEqual([0, 1, 3]);
  });

  it('labels the first lowest and first highest points', () => {
    expect(extremes([3, 2, 4, 2, 4])).toEqual({ lowest: { index: 1, value: 2 }, highest: { index: 2, value: 4 } });
    const svg = emotionLaneSvg({ columns: 5, scale, curves: [{ key: 'j', label: 'E', values: [3, 2, 4, 2, 4], colour: 1, labelExtremes: true }], stepNames: ['a', 'b', 'c', 'd', 'e'] });
    expect(svg).toMatch(/<text class="jk-extreme" x="50%" [^>]*>highest 4<\/text>/);
    expect(svg).toMatch(/<text class="jk-extreme" x="30%" [^>]*>lowest 2<\/text>/);
    // Above the highest point and below the lowest, with room for both inside the lane.
    expect(svg).toMatch(/<text class="jk-extreme" [^>]*dy="-12"[^>]*>highest 4<\/text>/);
    expect(svg).toMatch(/<text class="jk-extreme" [^>]*dy="21"[^>]*>lowest 2<\/text>/);
    expect(pointY(5, scale)).toBeGreaterThanOrEqual(40);
    expect(160 - pointY(1, scale)).toBeGreaterThanOrEqual(26);
  });

  it('labels the lowest and highest over every persona\'s curve in the colour of the curve they are on', () => {
    const curves = [
      { key: 'a', label: 'Ana', values: [3, 2, 4], colour: 1, persona: 'ana', labelExtremes: true, primary: true, dodge: -1.5 },
      { key: 'bo', label: 'Bo', values: [3, 1, 4], colour: 2, persona: 'bo', labelExtremes: true, dodge: 1.5 },
    ];
    const svg = emotionLaneSvg({ columns: 3, scale, curves, stepNames: ['a', 'b', 'c'] });
    const shared = svg.slice(svg.indexOf('<g class="jk-shared-extremes" data-all-only>'));
    expect([...shared.matchAll(/<text class="jk-extreme (jk-curve-\d)" x="([\d.]+)%" [^>]*dy="([-\d.]+)"[^>]*>([^<]+)<title>([^<]+)</g)].map((m) => m.slice(1))).toEqual([
      ['jk-curve-1', '83.333', '-13.5', 'highest 4', 'highest 4: Ana'],
      ['jk-curve-2', '50', '22.5', 'lowest 1', 'lowest 1: Bo'],
    ]);
    // Each curve is moved by its dodge, which the persona filter undoes for a chosen persona.
    expect(svg).toContain('<g class="jk-curve jk-curve-2" data-curve="bo" data-filter-item data-persona="bo" transform="translate(0 1.5)">');
    expect(emotionLaneSvg({ columns: 3, scale, curves: [curves[0]!], stepNames: ['a', 'b', 'c'] })).not.toContain('jk-shared-extremes');
  });

  it('draws the dashed as-is curves under the others', () => {
    const svg = emotionLaneSvg({
      columns: 2,
      scale,
      curves: [{ key: 'to-be', label: 'To-be', values: [3, 4], colour: 1 }, { key: 'as-is', label: 'As-is', values: [3, 2], colour: 6, dashed: true }],
      stepNames: ['a', 'b'],
    });
    expect([...svg.matchAll(/data-curve="([^"]+)"/g)].map((m) => m[1])).toEqual(['as-is', 'to-be']);
  });

  it('marks moments of truth over their columns, and escapes every text it writes', () => {
    const svg = emotionLaneSvg({
      columns: 2,
      scale,
      curves: [{ key: 'j', label: '<b>', values: [2, 4], colour: 1 }],
      moments: [{ index: 1, short: 'FMOT', label: 'First & "only"' }],
      stepNames: ['<script>', 'b'],
    });
    expect(svg).toContain('<title>First &amp; &quot;only&quot;</title><line x1="75%" x2="75%"');
    expect(svg).toContain('&lt;script&gt;: 2 of 5 (&lt;b&gt;)');
    expect(svg).not.toContain('<script>');
  });

  it('says in words what it shows', () => {
    const svg = emotionLaneSvg({ columns: 3, scale, curves: [{ key: 'j', label: 'Ops lead', values: [3, undefined, 1], colour: 1 }], stepNames: ['Hear', 'Try', 'Buy'] });
    expect(svg).toContain('aria-label="Emotion on a scale of 1 (very negative) to 5 (very positive). Ops lead: 2 of 3 steps rated, lowest 1 at &quot;Buy&quot;, highest 3 at &quot;Hear&quot;."');
  });
});
