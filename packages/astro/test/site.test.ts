import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { journeyParts } from '@journeykit/core';
import { loadWorkspace } from '@journeykit/core/node';
import { buildAlone } from '../src/build-site.ts';
import { journeykit } from '../src/index.ts';
import { chartCacheOf as chartCacheIn } from '../src/load-site.ts';
import { scratchFolderFor } from '../src/scratch-folder.ts';
import { drawnChart } from '../src/view/charts.ts';
import { journeyCharts, siteCharts } from '../src/view/page-charts.ts';
import { build, examples, filesOf, fingerprint, scratch, workspaceWith } from './build.ts';

const b2b = join(examples, 'b2b-saas');

/** Linux's shared-memory tmpfs, when it is a file system apart from the package's. */
const anotherFileSystem = ['/dev/shm'].find((folder) => existsSync(folder) && statSync(folder).dev !== statSync(import.meta.dirname).dev);

// The recommended rules, less two that are policy rather than validity: titles carry the workspace
// name after the page's, and pages link only their own stylesheet, so subresource integrity adds nothing.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off', 'require-sri': 'off' } });

async function invalidPages(files: Map<string, Buffer>): Promise<string[]> {
  const problems: string[] = [];
  for (const [path, content] of files) {
    if (!path.endsWith('.html')) continue;
    const report = await validator.validateString(content.toString('utf8'), path);
    for (const message of report.results.flatMap((result) => result.messages)) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
  }
  return problems;
}

describe('the report site of the B2B SaaS example', async () => {
  const out = await build(b2b, { base: '/sub/path/', site: 'https://cx.example.com' });
  const workspace = (await loadWorkspace(b2b)).value!;
  const files = filesOf(out);
  const html = (path: string) => files.get(path)?.toString('utf8') ?? '';

  it('has a page for the home, every journey, persona, touchpoint, team, metric and glossary term', () => {
    for (const path of [
      'index.html',
      'journeys/land-and-expand/index.html',
      'journeys/onboarding-to-be/index.html',
      'personas/index.html',
      'personas/operations-lead/index.html',
      'touchpoints/index.html',
      'teams/index.html',
      'teams/customer-success/index.html',
      'metrics/index.html',
      'metrics/nps/index.html',
      'glossary/index.html',
      'glossary/moment-of-truth/index.html',
      'glossary/relay-workspace/index.html',
      'search/index.html',
      '404.html',
      'sitemap.xml',
      'pagefind/pagefind.js',
    ]) {
      expect(files.has(path), path).toBe(true);
    }
    const touchpointPages = [...files.keys()].filter((path) => /^touchpoints\/land-and-expand\/[^/]+\/index\.html$/.test(path)).sort();
    const touchpoints = journeyParts(workspace.journeys.find((journey) => journey.id === 'land-and-expand')!).touchpoints.map(({ value }) => `touchpoints/land-and-expand/${value.id}/index.html`);
    expect(touchpointPages).toEqual(touchpoints.sort());
  });

  it('links every page, stylesheet and script under the base path, to files that exist', () => {
    const broken: string[] = [];
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      for (const [, url] of content.toString('utf8').matchAll(/(?:href|src)="([^"#?]*)[^"]*"/g)) {
        if (url === undefined || url === '' || /^(?:https?:|mailto:|data:)/.test(url)) continue;
        if (!url.startsWith('/sub/path/')) {
          broken.push(`${path}: ${url} is outside the base path`);
          continue;
        }
        const target = url.slice('/sub/path/'.length);
        const file = target === '' || target.endsWith('/') ? `${target}index.html` : target;
        if (!files.has(file)) broken.push(`${path}: ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('is valid HTML on every page', async () => {
    expect(await invalidPages(files)).toEqual([]);
  });

  it('draws the journey map first, its steps as columns under their stages, and its charts as inline SVG', () => {
    const page = html('journeys/land-and-expand/index.html');
    // The map comes right after the header: nothing but the title, summary and facts before it.
    expect(page.indexOf('<section id="journey-map"')).toBeGreaterThan(page.indexOf('<dl class="jk-meta">'));
    expect(page.slice(page.indexOf('<h1>'), page.indexOf('<section id="journey-map"'))).not.toContain('<h2');
    const stages = [...page.matchAll(/<th scope="colgroup" colspan="(\d+)" data-kind="([a-z]+)"><span class="jk-stage-head"><a href="#stage-[a-z-]+">([^<]+)<\/a>/g)].map((m) => [m[3], m[2], Number(m[1])]);
    expect(stages.slice(0, 6)).toEqual([
      ['Awareness', 'awareness', 2],
      ['Consideration', 'consideration', 3],
      ['Purchase', 'purchase', 2],
      ['Onboarding', 'onboarding', 3],
      ['Adoption and renewal', 'retention', 3],
      ['Advocacy', 'advocacy', 2],
    ]);
    // The kind shows only where the team's name for the stage differs from it.
    expect(page).toContain('<a href="#stage-retention">Adoption and renewal</a><span class="jk-stage-kind">retention</span>');
    expect(page).toContain('#journey-map,#blueprint{--jk-steps:15}');
    expect(page.match(/<svg class="jk-emotion-lane"/g)?.length).toBe(1);
    expect(page).toContain('Line of visibility');
    expect(page.match(/<figure class="jk-chart"/g)?.length).toBeGreaterThanOrEqual(3);
    expect(page).not.toMatch(/<figure class="jk-chart" id="emotion-curve-/); // the emotion is the map's lane, not a chart far below it
    expect(page).toMatch(/<svg[^>]*role="img"/);
    expect(page).not.toMatch(/<script[^>]*src=/); // no client JavaScript bundle on a journey
  });

  it('links every part of the map to its detail below, kept with its own step', () => {
    const page = html('journeys/land-and-expand/index.html');
    const targets = new Set([...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const fragments = [...page.matchAll(/<section id="journey-map"[\s\S]*?<\/table>/g)][0]![0].matchAll(/href="#([^"]+)"/g);
    const missing = [...fragments].map((m) => m[1]).filter((id) => !targets.has(id));
    expect(missing).toEqual([]);
    // The pain point of step 1 is in step 1's detail, not merged with the stage's other steps.
    const step = page.slice(page.indexOf('<li class="jk-step-detail" id="step-hear-from-peers">'), page.indexOf('<li class="jk-step-detail" id="step-read-content">'));
    expect(step).toContain('id="pain-unclear-category"');
    expect(step).toContain('id="opportunity-category-page"');
  });

  it('shows who owns the pain on the teams page, each count leading to its pain points', () => {
    const page = html('teams/index.html');
    expect(page).toContain('<h2 id="pain-ownership-title">Who owns the pain</h2>');
    const cell = /<a href="#(pain-of-onboarding-land-and-expand-onboarding)">(\d+)<\/a>/.exec(page);
    expect(cell).not.toBeNull();
    const list = page.slice(page.indexOf(`<div id="${cell![1]}"`));
    const items = list.slice(0, list.indexOf('</ul>')).match(/<li>/g)?.length;
    expect(items).toBe(Number(cell![2]));
    expect(list).toMatch(/^<div id="[^"]+" class="jk-owned-cell"><h4>Land and expand › Onboarding<\/h4><ul><li><a href="\/sub\/path\/journeys\/land-and-expand\/#pain-/);
  });

  it('draws the opportunity matrix on the home page and on each journey, its table linking to the opportunities', () => {
    const home = html('index.html');
    expect(home).toContain('<figure class="jk-chart" id="opportunity-matrix-');
    expect(home).toContain('<a href="/sub/path/journeys/land-and-expand/#opportunity-category-page">');
    const journey = html('journeys/land-and-expand/index.html');
    expect(journey).toContain('<figure class="jk-chart" id="opportunity-matrix-land-and-expand"');
    expect(journey).toContain('<th scope="row"><a href="#opportunity-category-page">');
  });

  it('compares a to-be journey with its as-is, with both emotion curves on the map', () => {
    const page = html('journeys/onboarding-to-be/index.html');
    expect(page).toContain('<h2 id="comparison-title">What changes from <a href="/sub/path/journeys/land-and-expand/">Land and expand</a></h2>');
    expect(page).toContain('<g class="jk-curve jk-curve-6 jk-curve-dashed" data-curve="as-is" data-all-only>');
    // The to-be declares only its changes, so the comparison lists those and no more.
    const section = page.slice(page.indexOf('<section class="jk-comparison"'));
    const counts = [...section.matchAll(/<dt>(\w+) <span class="jk-count">(\d+)<\/span><\/dt>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(counts).toEqual(['Added 0', 'Changed 3', 'Removed 1', 'Resolved 7', 'Eased 0', 'New 3']);
    expect(section).toContain('<a href="/sub/path/journeys/land-and-expand/#step-build-first-workflow">Build and launch the first workflow</a>');
    expect(section).toContain('answered by <a href="#opportunity-book-at-signature">Book the hand-over call from the e-signature confirmation page</a>');
    expect(page).toContain('<h3 id="comparison-kpis">');
    expect(html('journeys/land-and-expand/index.html')).not.toContain('id="comparison-title"');
    // The as-is metrics, with their targets, are the to-be's too: on its page and on its card.
    expect(page).toContain('<h2 id="metrics">Metrics</h2>');
    const card = html('index.html').match(/<li class="jk-card"[^>]*>(?:(?!<\/li>)[\s\S])*?onboarding-to-be[\s\S]*?<\/dl>/)![0];
    expect(card).not.toContain('no metrics yet');
    expect(card).toMatch(/<dt>Health<\/dt><dd>\d+ on target, \d+ off target/);
  });

  it('charts the stage funnel from stage counts and the NPS answers from their distribution', () => {
    expect(html('journeys/land-and-expand/index.html')).toContain('<figure class="jk-chart" id="funnel-land-and-expand"');
    const nps = html('metrics/nps/index.html');
    expect(nps).toContain('<figure class="jk-chart" id="answers-nps"');
    expect(nps).toMatch(/<td class="jk-num">60<\/td>/); // 60 people answered 10 in the latest quarter
  });

  it('links glossary terms in prose to their pages, and lists the pages that use a term', () => {
    expect(html('journeys/land-and-expand/index.html')).toMatch(/<a class="jk-term" href="\/sub\/path\/glossary\/[a-z-]+\/">/);
    const term = html('glossary/onboarding/index.html');
    expect(term).toContain('href="/sub/path/journeys/land-and-expand/"');
  });

  it('lists absolute page addresses in the sitemap', () => {
    const sitemap = html('sitemap.xml');
    expect(sitemap).toContain('<loc>https://cx.example.com/sub/path/journeys/land-and-expand/</loc>');
    expect(sitemap).toContain('<loc>https://cx.example.com/sub/path/glossary/moment-of-truth/</loc>');
  });

  it('links each page to the definition it comes from in the repository', () => {
    expect(html('personas/operations-lead/index.html')).toContain('href="https://github.com/journeykit/journeykit/edit/main/examples/b2b-saas/personas/operations-lead.yaml"');
  });
});

const minimal = {
  'journeykit.config.yaml': 'name: Escaping test\n',
  'teams/teams.yaml': '- id: cs\n  name: <b>CS</b>\n  department: support\n',
  'personas/p.yaml': 'id: p\nname: <img src=x onerror=alert(1)>\nquote: </blockquote><script>alert(2)</script>\n',
  'journeys/j.yaml': [
    'id: j',
    'title: <script>alert(3)</script>',
    'summary: "Ends with </p><script>alert(4)</script>"',
    'personas: [p]',
    'owner: cs',
    'stages:',
    '  - id: s',
    '    name: <i>Stage</i>',
    '    kind: custom',
    '    steps:',
    '      - id: t',
    '        name: "Step \\" onmouseover=alert(5) x=\\""',
    '        emotion: 3',
    '        touchpoints:',
    '          - { id: tp, name: <svg onload=alert(6)>, channel: web, owner: cs }',
    '      - id: u',
    '        name: Next',
    '        emotion: 4',
    '',
  ].join('\n'),
};

describe('the report site of the e-commerce example', async () => {
  // As of a fixed day, so which series are stale does not hang on the day the tests run.
  const out = await build(join(examples, 'ecommerce'), { buildDate: '2026-09-15' });
  const journey = readFileSync(join(out, 'journeys/first-purchase/index.html'), 'utf8');

  it('charts the funnel measured from the event log and says how long converting took', () => {
    expect(journey).toContain('<figure class="jk-chart" id="event-funnel-purchase-funnel"');
    expect(journey).toMatch(/From the event log \(<a href="\/metrics\/purchase-funnel\/">From ad click to recommendation<\/a>\): \d+ people entered the funnel/);
    expect(journey).toMatch(/took \d+\.\d days \(median\)/);
  });

  it('ranks the steps by friction and lists what the map leaves uncovered', () => {
    expect(journey).toMatch(/<h2 id="friction">Where it hurts most<\/h2>/);
    expect(journey).toMatch(/<th scope="row"><a href="#step-[a-z-]+">[^<]+<\/a><\/th><td>[^<]+<\/td><td class="jk-num">\d+\.\d<\/td>/);
    expect(journey).toMatch(/\d+ of \d+ pain points are backed by data or feedback\./);
  });

  it('compares how attribution models credit the channels', () => {
    expect(journey).toContain('Which channels get the credit');
    expect(journey).toContain('<th scope="col" class="jk-num">Position-based (40/20/40)</th>');
  });

  it('shows the cohort table of the repeat purchase rate, computed from the event log, with periods under way marked', async () => {
    const metric = readFileSync(join(out, 'metrics/repeat-purchase-rate/index.html'), 'utf8');
    expect(metric).toContain('<h2>Retention by cohort</h2>');
    expect(metric).toMatch(/<th scope="row">2026-01<\/th><td class="jk-num">\d+<\/td><td class="jk-num">100%<\/td><td class="jk-num" data-shade="\d+">\d+%<\/td>/);
    expect(metric).toContain('<span class="jk-visually-hidden"> (under way)</span>');
    expect(metric).toContain('<th scope="row">Weighted average</th>');
    expect(await invalidPages(new Map([['metrics/repeat-purchase-rate/index.html', Buffer.from(metric)]]))).toEqual([]);
    expect(metric).toMatch(/<strong>\d+\.\d%<\/strong><span> \(n = \d+\)<\/span><span> · target 28%<\/span>/);
  });

  it('shows the NPS and CSAT computed from the survey exports with their sample sizes, targets and trends', () => {
    const nps = readFileSync(join(out, 'metrics/nps/index.html'), 'utf8');
    expect(nps).toMatch(/<strong>41\.8<\/strong><span title="95% margin of error"> ± \d+\.\d<\/span><span> \(n = 603\)<\/span>/);
    expect(nps).toContain('<div><dt>Data</dt><dd>Computed from <code>data/nps-responses.csv</code></dd></div>');
    // Up 8.1 along the line, but within the margin of error of December's and May's answers.
    expect(nps).toContain(
      '<p>Flat: up 8.1 points over the last 6 periods (2025-12 to 2026-05), along the least-squares line through them; higher is better. A change within 1% of the values, or within its 95% margin of error (±8.5), counts as flat.</p>',
    );
    const csat = readFileSync(join(out, 'metrics/delivery-csat/index.html'), 'utf8');
    expect(csat).toMatch(/<strong>87\.9%<\/strong><span> \(n = 247\)<\/span><span> · target 90%<\/span> <span class="jk-badge" data-status="missed">Off target<\/span> <span class="jk-badge" data-status="(improving|worsening|flat)" title="[^"]+">\w+ over 6 periods<\/span>/);
  });

  it('publishes a funnel of declared event steps beside the journey\'s own', () => {
    const page = readFileSync(join(out, 'metrics/jacket-to-order/index.html'), 'utf8');
    expect(page).toContain('<figure class="jk-chart" id="event-funnel-jacket-to-order"');
    expect(page).toMatch(/<p>\d+ people entered the funnel[^<]*The biggest leak is into &quot;Added to basket&quot;/);
    expect(page).toContain('the share who went on through every step within 7 days, in order, other events allowed between');
    // The journey page keeps the funnel of its stages.
    expect(journey).toContain('<figure class="jk-chart" id="event-funnel-purchase-funnel"');
    expect(journey).not.toContain('id="event-funnel-jacket-to-order"');
  });

  it('flags the series whose latest period is more than two periods before the day the report is as of', () => {
    const nps = readFileSync(join(out, 'metrics/nps/index.html'), 'utf8');
    expect(nps).toContain('<p><strong>Stale data.</strong> The latest period, 2026-05, is 4 months before the day this report is as of, 2026-09-15.</p>');
    const funnel = readFileSync(join(out, 'metrics/purchase-funnel/index.html'), 'utf8');
    expect(funnel).not.toContain('Stale data.');
    const list = readFileSync(join(out, 'metrics/index.html'), 'utf8');
    // Every metric but the funnel (2026-07) ends in 2026-05 or 2026-06.
    expect(list.match(/data-stale/g)).toHaveLength(6);
  });
});

describe('the report site of the home solar example', async () => {
  const out = await build(join(examples, 'home-solar'), { base: '/' });
  const files = filesOf(out);
  const html = (path: string) => files.get(path)?.toString('utf8') ?? '';

  it('draws a curve per persona with a filter, and places touchpoints in their blueprint lanes', () => {
    const page = html('journeys/installation/index.html');
    expect([...page.matchAll(/<g class="jk-curve [^"]*" data-curve="([^"]+)"/g)].map((m) => m[1])).toEqual(['persona-young-family', 'persona-retired-engineer', 'persona-small-landlord']);
    expect(page.match(/<input type="radio" id="journey-map-persona-[^"]+" name="persona"/g)).toHaveLength(4);
    const backstage = page.slice(page.indexOf('<tr class="jk-lane" data-lane="backstage"'), page.indexOf('<tr class="jk-lane" data-lane="support"'));
    expect(backstage).toContain('<a href="/touchpoints/installation/lead-routing/">');
  });

  it('shows what the changes-only to-be changes, with each persona\'s as-is dashed under its curve', () => {
    const page = html('journeys/installation-to-be/index.html');
    const section = page.slice(page.indexOf('<section class="jk-comparison"'));
    expect(section).toMatch(/<dt>Added <span class="jk-count">1<\/span><\/dt><dd><ul><li><a href="#step-follow-project">Follows the project in the app<\/a>/);
    expect(section).toMatch(/<dt>Removed <span class="jk-count">1<\/span><\/dt><dd><ul><li><a href="\/journeys\/installation\/#step-wait-for-permit">Waits for the permit<\/a>/);
    expect([...page.matchAll(/<g class="jk-curve [^"]*jk-curve-dashed" data-curve="([^"]+)"/g)].map((m) => m[1])).toEqual(['as-is', 'as-is-young-family', 'as-is-retired-engineer', 'as-is-small-landlord']);
    expect(page).toContain('data-curve="as-is" data-all-only>');
  });

  it('counts today\'s pain and each opportunity once, though the to-be takes over the as-is\'s', () => {
    const home = html('index.html');
    const matrix = home.slice(home.indexOf('<section class="jk-matrix"'));
    const rows = [...matrix.matchAll(/<th scope="row"><a href="\/journeys\/[^/]+\/#opportunity-([^"]+)">/g)].map((m) => m[1]);
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows).size).toBe(rows.length);
    const teams = html('teams/index.html');
    expect(teams).toContain('<a href="/journeys/installation/">Home solar installation</a>');
    expect(teams).not.toContain('<a href="/journeys/installation-to-be/">');
  });
});

describe('text from definitions', () => {
  it('is escaped everywhere, in pages and in charts', async () => {
    const out = await build(workspaceWith(minimal));
    for (const [path, content] of filesOf(out)) {
      if (!path.endsWith('.html')) continue;
      // Inside a quoted attribute `<` is inert (Astro escapes the quotes), so values are blanked first.
      const text = content.toString('utf8').replace(/="[^"]*"/g, '=""');
      expect(text, path).not.toMatch(/<script>alert|<img src=x|<svg onload|<b>CS<\/b>|<i>Stage<\/i>/);
      // In text a quote is harmless; inside a tag it would open an attribute.
      expect(text, path).not.toMatch(/<[^>]*\sonmouseover=/);
    }
    expect(await invalidPages(filesOf(out))).toEqual([]);
    const journey = readFileSync(join(out, 'journeys/j/index.html'), 'utf8');
    expect(journey).toContain('&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(journey).toContain('&lt;svg onload=alert(6)&gt;');
  });
});

describe('builds', () => {
  it('can run at the same time without getting in each other\'s way', async () => {
    const [first, second] = await Promise.all([build(b2b), build(workspaceWith(minimal))]);
    expect(existsSync(join(first, 'journeys/land-and-expand/index.html'))).toBe(true);
    expect(existsSync(join(second, 'journeys/j/index.html'))).toBe(true);
  });

  it('are byte-identical for the same definitions', async () => {
    const first = await build(b2b);
    const second = await build(b2b);
    expect(fingerprint(second)).toBe(fingerprint(first));
  });

  // Astro moves files into the output folder by renaming them, which fails across file systems.
  it.skipIf(!anotherFileSystem)('write to an output folder on another file system than the package, a tmpfs say', async () => {
    const out = join(anotherFileSystem!, `journeykit-site-${process.pid}`);
    try {
      await build(b2b, {}, out);
      expect(fingerprint(out)).toBe(fingerprint(await build(b2b)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('fail on an invalid workspace with located diagnostics and leave the output folder as it was', async () => {
    const workspace = workspaceWith(minimal);
    const out = await build(workspace);
    const before = fingerprint(out);
    writeFileSync(join(workspace, 'journeys/j.yaml'), minimal['journeys/j.yaml'].replace('personas: [p]', 'personas: [nobody]'));
    const failure = await build(workspace, {}, out).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'AstroUserError' });
    expect((failure as { diagnostics: { rule: string; line: number }[] }).diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'refs/persona-exists', line: 4, column: 12 })]),
    );
    expect(fingerprint(out)).toBe(before);
    expect(readdirSync(dirname(out)).filter((name) => name.includes('.journeykit-'))).toEqual([]);
  });

  it('render each chart once, and remove the cached charts no build used for a month', async () => {
    const workspace = workspaceWith(minimal);
    const cache = chartCacheOf(workspace);
    mkdirSync(cache, { recursive: true });
    const [old, recent] = [`${'0'.repeat(64)}.svg`, `${'1'.repeat(64)}.svg`];
    for (const name of [old, recent]) writeFileSync(join(cache, name), '<svg>a chart no page shows any more</svg>');
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(join(cache, old), longAgo, longAgo);
    const out = await build(workspace);
    const loaded = await loadWorkspace(workspace);
    const expected = siteCharts({ workspace: loaded.value! }).map((chart) => chart.id).sort();
    const shown = [...filesOf(out)].flatMap(([, html]) => [...html.toString('utf8').matchAll(/<figure class="jk-chart" id="([^"]+)"/g)].map((m) => m[1]!));
    expect([...new Set(shown)].sort()).toEqual(expected);
    for (const [path, html] of filesOf(out)) {
      if (!path.endsWith('.html')) continue;
      const text = html.toString('utf8');
      expect(text.match(/<figure class="jk-chart"/g)?.length ?? 0, path).toBe(text.match(/<div class="jk-chart-drawing" data-pagefind-ignore><svg /g)?.length ?? 0);
    }
    // One file per chart shown, and the one used recently; a page drawing a chart unlike the one
    // rendered ahead would add its own.
    const names = readdirSync(cache).filter((name) => name.endsWith('.svg'));
    expect(names).toHaveLength(expected.length + 1);
    expect(names).toContain(recent);
    expect(names).not.toContain(old);
  });

  it('render no chart again when nothing changed', async () => {
    const workspace = workspaceWith(minimal);
    await build(workspace);
    const cache = chartCacheOf(workspace);
    const charts = () =>
      readdirSync(cache, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.svg'))
        .map((entry) => `${join(entry.parentPath, entry.name)} ${statSync(join(entry.parentPath, entry.name)).mtimeMs}`)
        .sort();
    const after = charts();
    const loaded = await loadWorkspace(workspace);
    expect(after).toHaveLength(new Set(siteCharts({ workspace: loaded.value! }).map((chart) => JSON.stringify(drawnChart(chart)))).size);
    await build(workspace);
    expect(charts()).toEqual(after);
  });

  it('look for no chart ahead when a build drew the same site, and draw one gone from the cache as its page asks', async () => {
    const workspace = workspaceWith(minimal);
    const drawnSites = join(dirname(chartCacheOf(workspace)), 'drawn-sites');
    const first = await build(workspace);
    // The site read back from the cache of checked workspaces carries as the one just loaded.
    expect(readdirSync(drawnSites)).toHaveLength(1);
    const svgs = readdirSync(chartCacheOf(workspace)).filter((name) => name.endsWith('.svg'));
    rmSync(join(chartCacheOf(workspace), svgs[0]!));
    const second = await build(workspace);
    expect(fingerprint(second)).toBe(fingerprint(first));
    expect(readdirSync(chartCacheOf(workspace)).filter((name) => name.endsWith('.svg')).sort()).toEqual([...svgs].sort());
    expect(readdirSync(drawnSites)).toHaveLength(1);
    writeFileSync(join(workspace, 'journeys/j.yaml'), minimal['journeys/j.yaml'].replace('name: Next', 'name: Renewal call'));
    await build(workspace);
    expect(readdirSync(drawnSites)).toHaveLength(2);
  });

  it('index for search only when a page changed, to the same bytes as Pagefind writes', async () => {
    const workspace = workspaceWith(minimal);
    const searchIndex = (out: string) => fingerprint(join(out, 'pagefind'));
    const first = await build(workspace);
    const kept = searchEntries(workspace);
    expect(kept).toHaveLength(1);
    const second = await build(workspace);
    expect(searchEntries(workspace)).toEqual(kept);
    expect(searchIndex(second)).toBe(searchIndex(first));

    writeFileSync(join(workspace, 'journeys/j.yaml'), minimal['journeys/j.yaml'].replace('name: Next', 'name: Renewal call'));
    const changed = await build(workspace);
    expect(searchEntries(workspace)).toHaveLength(2);
    expect(searchIndex(changed)).not.toBe(searchIndex(first));
    // What the cache gave is what Pagefind makes of the pages.
    const again = await build(workspace);
    rmSync(searchCacheOf(workspace), { recursive: true });
    const fresh = await build(workspace);
    expect(searchIndex(again)).toBe(searchIndex(fresh));
    expect(searchIndex(changed)).toBe(searchIndex(fresh));
  });
});

describe('a site with a pagefind folder of its own', () => {
  it('gets the index written beside its files', async () => {
    const workspace = workspaceWith(minimal);
    const publicDir = join(scratch, 'public-with-pagefind');
    mkdirSync(join(publicDir, 'pagefind'), { recursive: true });
    writeFileSync(join(publicDir, 'pagefind/mine.txt'), 'a file of the site');
    const out = join(scratch, 'own-pagefind');
    await buildAlone({ workspace, logLevel: 'silent' }, { outDir: out, publicDir });
    expect(readFileSync(join(out, 'pagefind/mine.txt'), 'utf8')).toBe('a file of the site');
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    // Without the folder, the next build has only Pagefind's files there.
    const plain = await build(workspace);
    expect(existsSync(join(plain, 'pagefind/mine.txt'))).toBe(false);
  });
});

describe('a site with two workspaces', () => {
  it('publishes both, searchable, the same bytes every time', async () => {
    const [first, second] = [workspaceWith(minimal), workspaceWith(minimal)];
    // Two instances of the integration, as in sites/demo: the first indexes the whole site.
    const buildBoth = async (out: string) => {
      const integrations = [journeykit({ workspace: first, prefix: '/a/' }), journeykit({ workspace: second, prefix: '/b/' })];
      await buildAlone({ workspace: first, logLevel: 'silent' }, { outDir: out, integrations });
      return out;
    };
    const out = await buildBoth(join(scratch, 'two-workspaces-1'));
    expect(existsSync(join(out, 'a/journeys/j/index.html')) && existsSync(join(out, 'b/journeys/j/index.html'))).toBe(true);
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    const again = await buildBoth(join(scratch, 'two-workspaces-2'));
    expect(fingerprint(again)).toBe(fingerprint(out));
  });
});

// The workspace's charts, where buildSite keeps them: other builds share the cache.
const chartCacheOf = (workspace: string) => chartCacheIn(pathToFileURL(`${join(scratchFolderFor(workspace), 'cache')}/`), workspace);
const searchCacheOf = (workspace: string) => join(dirname(chartCacheOf(workspace)), 'search');
// Each kept search index by name and inode: a rebuild that copies the index leaves both as they were.
const searchEntries = (workspace: string) => readdirSync(searchCacheOf(workspace)).map((name) => `${name} ${statSync(join(searchCacheOf(workspace), name)).ino}`);

describe('the integration options', () => {
  it('name what is wrong and how to fix it', () => {
    expect(() => journeykit({} as never)).toThrow(/`workspace`: Expected `workspace` to be the path of a Journeykit workspace folder/);
    expect(() => journeykit({ workspace: 'x', prefix: 'journeys' })).toThrow(/`prefix`: Expected `prefix` to be a path like "\/"/);
    expect(() => journeykit({ workspace: 'x', serach: true } as never)).toThrow(/Unknown option `serach`/);
  });
});
