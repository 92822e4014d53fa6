import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { exportJourneysHtml, UnknownJourneyError } from '../src/export-journey.ts';
import { WorkspaceError } from '../src/workspace-error.ts';
import { examples, scratch, workspaceWith } from './build.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off', 'require-sri': 'off' } });
const b2b = join(examples, 'b2b-saas');

/** Every address the page could fetch or link to, but for in-page anchors. */
const addresses = (html: string) => [...html.matchAll(/\s(?:href|src|srcset|action|poster|data)="([^"#][^"]*)"/g)].map((m) => m[1]!);

/** The report of one journey. */
async function exportJourneyHtml(options: { workspace: string; journey: string; logLevel: 'silent' }): Promise<string> {
  const [report] = await exportJourneysHtml({ workspace: options.workspace, journeys: [options.journey], logLevel: options.logLevel });
  return report!.html;
}

describe("a journey's single-file report", async () => {
  const html = await exportJourneyHtml({ workspace: b2b, journey: 'land-and-expand', logLevel: 'silent' });

  it('carries the journey map, its charts as inline SVG and its styles, with no script', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<h1>Land and expand</h1>');
    expect(html).toContain('<section id="journey-map" class="jk-journey-map"');
    expect(html).toContain('<svg class="jk-emotion-lane"');
    // The channel icons refer to symbols the file carries itself.
    expect(html).toContain('<symbol id="jk-channel-email"');
    expect(html).toContain('<use href="#jk-channel-email"/>');
    expect(html.match(/<figure class="jk-chart"[^>]*>[\s\S]*?<svg/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toMatch(/<style>[^<]*\.jk-map/);
    expect(html).not.toMatch(/<script|<link[^>]+stylesheet|\ssrc=/i);
  });

  it('requests nothing outside the file, and drops links to pages it does not carry', () => {
    // Left: the icon as a data: URL, and links readers follow: "edit this page" on the repository,
    // and the documents the steps' touchpoints name, on the company's own site.
    const outside = addresses(html).filter((url) => !url.startsWith('data:'));
    expect(outside.filter((url) => !url.startsWith('https://relay.example.com/'))).toEqual(['https://github.com/journeykit/journeykit/edit/main/examples/b2b-saas/journeys/land-and-expand.yaml']);
    expect(outside).toContain('https://relay.example.com/internal/onboarding/kickoff-slides');
    expect(html).toContain('<a href="https://relay.example.com/internal/onboarding/kickoff-slides">');
    expect(html).toContain('<a>Customer success</a>');
    expect(html).not.toContain('Journeys</a> ›');
  });

  it('is valid HTML', async () => {
    const report = await validator.validateString(html, 'report.html');
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('is the same bytes every time', async () => {
    expect(await exportJourneyHtml({ workspace: b2b, journey: 'land-and-expand', logLevel: 'silent' })).toBe(html);
  });
});

describe('single-file reports of several journeys', () => {
  it('are made in one build, each standing alone', async () => {
    const reports = await exportJourneysHtml({ workspace: b2b, journeys: ['onboarding-to-be', 'land-and-expand'], logLevel: 'silent' });
    expect(reports.map((report) => report.journey)).toEqual(['onboarding-to-be', 'land-and-expand']);
    expect(reports[0]!.html).toContain('<h1>Onboarding, as it should become</h1>');
    expect(reports[1]!.html).toContain('<h1>Land and expand</h1>');
  });
});

describe('links of a single-file report', () => {
  it('point into the published report when the workspace names its address', async () => {
    const workspace = join(scratch, 'published');
    cpSync(b2b, workspace, { recursive: true });
    const config = join(workspace, 'journeykit.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}\nsite:\n  url: https://cx.example.com\n  base: /journeys/\n`);
    const html = await exportJourneyHtml({ workspace, journey: 'land-and-expand', logLevel: 'silent' });
    expect(html).toContain('<a href="https://cx.example.com/journeys/teams/customer-success/">Customer success</a>');
    expect(addresses(html).filter((url) => !url.startsWith('data:') && !url.startsWith('https://'))).toEqual([]);
  });
});

describe('a single-file report of bad input', () => {
  it('escapes text from definitions', async () => {
    const workspace = workspaceWith({
      'journeykit.config.yaml': 'name: Escaping\n',
      'personas/p.yaml': 'id: p\nname: <img src=x onerror=alert(1)>\n',
      'journeys/j.yaml': 'id: j\ntitle: <script>alert(2)</script>\npersonas: [p]\nstages:\n  - id: s\n    name: S\n    kind: custom\n    steps:\n      - id: t\n        name: T\n        touchpoints: [{ id: tp, name: "<svg onload=alert(3)>", channel: web }]\n',
    });
    const html = await exportJourneyHtml({ workspace, journey: 'j', logLevel: 'silent' });
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|<svg onload/);
  });

  it('names the journeys there are when the id is unknown', async () => {
    const failure = exportJourneyHtml({ workspace: b2b, journey: 'land-and-expnad', logLevel: 'silent' });
    await expect(failure).rejects.toBeInstanceOf(UnknownJourneyError);
    await expect(failure).rejects.toThrow('No journey has the id "land-and-expnad"; the workspace has: land-and-expand, onboarding-to-be.');
  });

  it('fails with the diagnostics of an invalid workspace', async () => {
    const workspace = workspaceWith({ 'journeykit.config.yaml': 'name: Broken\n', 'journeys/j.yaml': 'id: j\ntitle: J\npersonas: [nobody]\nstages: []\n' });
    const failure = exportJourneyHtml({ workspace, journey: 'j', logLevel: 'silent' });
    await expect(failure).rejects.toBeInstanceOf(WorkspaceError);
  });
});
