import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
// Relative until @journeykit/core re-exports its charts; then import from '@journeykit/core'.
import * as build from '@journeykit/core';
import { builtinChannels, journeySchema, metricSchema } from '@journeykit/core';
import { renderChartSvg, type RenderableChart } from './render-chart-svg.ts';

const journey = journeySchema.parse({
  id: 'onboarding',
  title: 'Onboarding',
  stages: [
    {
      id: 'trial',
      name: 'Trial & error',
      kind: 'consideration',
      steps: [
        { id: 'sign-up', name: 'Create an account', emotion: 4, touchpoints: [{ id: 'form', name: 'Form', channel: 'web' }] },
        { id: 'invite', name: 'Invite the team', emotion: 2, touchpoints: [{ id: 'mail', name: 'Mail', channel: 'email' }] },
      ],
    },
    { id: 'kickoff', name: 'Kickoff', kind: 'onboarding', steps: [{ id: 'call', name: 'Kickoff call', emotion: 5 }] },
  ],
});
const metric = metricSchema.parse({ id: 'csat', name: 'CSAT', kind: 'csat', method: 'share', scale: { min: 1, max: 5 }, target: 80, series: [{ period: '2026-Q1', value: 72, n: 41 }, { period: '2026-Q2', value: 83 }] });

const charts = [
  build.emotionCurveChart(journey),
  build.funnelChart({ title: 'Trial to paid', steps: [{ label: 'Visit', count: 900 }, { label: 'Pay', count: 90 }] }),
  build.metricTrendChart(metric),
  build.scoreDistributionChart({ title: 'NPS', kind: 'nps', scale: { min: 0, max: 10 }, counts: [{ score: 9, count: 2 }] }),
  build.touchpointMatrixChart(journey, builtinChannels),
].filter((chart) => chart !== undefined);

const startTags = (svg: string) => [...svg.matchAll(/<([\w:-]+)((?:\s+[^\s=/>]+="[^"]*")*)\s*\/?>/g)];

describe('renderChartSvg', () => {
  it('renders every kind of chart to an inline SVG', async () => {
    for (const chart of charts) expect((await renderChartSvg(chart)).startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), chart.id).toBe(true);
  });

  it('gives each SVG an accessible name and description from the chart', async () => {
    for (const chart of charts) {
      const svg = await renderChartSvg(chart);
      const root = startTags(svg)[0]?.[0] ?? '';
      expect(root).toContain(` role="img" aria-labelledby="${chart.id}-svg-title" aria-describedby="${chart.id}-svg-desc"`);
      expect(svg).toContain(`<title id="${chart.id}-svg-title">${chart.title.replace('&', '&amp;')}</title>`);
      expect(svg).toContain(`<desc id="${chart.id}-svg-desc">${chart.description.replace(/&/g, '&amp;')}</desc>`);
    }
  });

  it('labels no mark or axis: the SVG is one image, named by its root', async () => {
    for (const chart of charts) {
      const tags = startTags(await renderChartSvg(chart)).map(([tag]) => tag);
      // Vega still labels a title drawn in the chart; pages draw theirs outside it.
      expect(tags.filter((tag) => tag.includes(' aria-label="') && !tag.includes('role-title-text')), chart.id).toEqual([]);
      // A role that wants a name (axe's svg-img-alt) is only left on what assistive technology skips.
      const unnamed = tags
        .slice(1)
        .filter((tag) => / role="(?:img|graphics-symbol|graphics-document)"/.test(tag) && !tag.includes(' aria-hidden="true"') && !tag.includes('role-title-text'));
      expect(unnamed, chart.id).toEqual([]);
    }
  });

  it('leaves no placeholder colour, background or URL behind, only the XML namespaces', async () => {
    for (const chart of charts) {
      const svg = await renderChartSvg(chart);
      expect(svg.match(/(?:fill|stroke)="#[^"]*"/g), chart.id).toBeNull();
      expect(svg.replace(/ xmlns(?::xlink)?="[^"]*"/g, '')).not.toMatch(/https?:/);
      expect(svg, chart.id).not.toMatch(/^<svg[^>]*>(?:<title.*?<\/desc>)?<rect/);
      expect(svg).toContain('style="fill: var(--jk-chart-text, currentColor)"');
    }
  });

  it('writes no element with a repeated attribute and no id twice', async () => {
    for (const chart of charts) {
      const tags = startTags(await renderChartSvg(chart));
      for (const [tag, , attributes = ''] of tags) {
        const names = [...attributes.matchAll(/\s([^\s=]+)=/g)].map((match) => match[1]);
        expect(new Set(names).size, tag).toBe(names.length);
      }
      const ids = tags.flatMap(([tag]) => /\sid="([^"]*)"/.exec(tag)?.[1] ?? []);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => id.startsWith(`${chart.id}-svg-`))).toBe(true);
    }
  });

  it('writes text at 11px or larger', async () => {
    for (const chart of charts) {
      const sizes = [...(await renderChartSvg(chart)).matchAll(/font-size="([\d.]+)px"/g)].map((match) => Number(match[1]));
      expect(sizes.filter((size) => size < 11), chart.id).toEqual([]);
    }
  });

  it('gives the same bytes on every render, also when renders overlap', async () => {
    const once = await Promise.all(charts.map((chart) => renderChartSvg(chart)));
    const again = await Promise.all(charts.map((chart) => renderChartSvg(chart)));
    expect(again).toEqual(once);
  });

  it('refuses a spec that loads data from a URL or a file', async () => {
    const external = (url: string): RenderableChart => ({
      id: 'external',
      title: 'External',
      description: 'Loads data.',
      spec: { data: { url }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } } as TopLevelSpec,
    });
    await expect(renderChartSvg(external('https://example.com/data.json'))).rejects.toThrow(
      'Chart "external" tries to load "https://example.com/data.json". Charts are rendered at build time from the data they carry',
    );
    await expect(renderChartSvg(external('data/answers.csv'))).rejects.toThrow('Chart "external" tries to load "data/answers.csv".');
  });

  it('refuses a spec that shows an external image', async () => {
    const spec = { data: { values: [{ src: 'https://example.com/logo.png' }] }, mark: 'image', encoding: { url: { field: 'src' } } } as TopLevelSpec;
    await expect(renderChartSvg({ id: 'logo', title: 'Logo', description: 'An image.', spec })).rejects.toThrow('Chart "logo" tries to load "https://example.com/logo.png".');
  });

  it('renders a spec without Journeykit placeholders as Vega draws it', async () => {
    const spec = { data: { values: [{ a: 'x', b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } } as TopLevelSpec;
    expect(await renderChartSvg({ id: 'plain', title: 'Plain', description: 'One bar.', spec })).toContain('fill="#4c78a8"');
  });
});
