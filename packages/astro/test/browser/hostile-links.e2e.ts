/// <reference lib="dom" />
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { loadWorkspace } from '@journeykit/core/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAlone } from '../../src/build-site.ts';
import { screenshot, useBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const { open } = useBrowser();

/** What every hostile link runs, were it ever followed: a dialog, and a flag on the window. */
const payload = 'window.__hostile=1;alert(1)';

const files: Record<string, string> = {
  'journeykit.config.yaml': 'name: Hostile links\nglossary: { builtin: false }\nrepository: { url: "https://github.com/acme/journeys" }\n',
  'teams/cs.yaml': 'id: cs\nname: Customer success\ndepartment: customer-success\n',
  'journeys/signup.yaml': [
    'id: signup',
    'title: Sign-up',
    'owner: cs',
    'stages:',
    '  - id: try',
    '    name: Try',
    '    kind: consideration',
    '    steps:',
    '      - id: visit',
    '        name: Visits',
    '        touchpoints:',
    '          - id: home',
    '            name: Home page',
    '            channel: web',
    '            owner: cs',
    '            documents: [{ title: Kickoff slides, link: docs/kickoff.pdf }, { title: Brochure, link: "https://example.com/brochure" }]',
    '        painPoints:',
    '          - { id: slow, title: Slow page, severity: high, evidence: reported, sources: [{ kind: interviews, title: Call notes, link: "https://example.com/notes" }] }',
    '',
  ].join('\n'),
  'metrics/signups.yaml': 'id: signups\nname: Sign-ups\nkind: count\ntarget: 10\nlink: https://analytics.example.com/signups\nseries: [{ period: 2026-01, value: 12 }]\n',
  // A relative document link must name a file of the workspace.
  'docs/kickoff.pdf': '%PDF-1.4\n',
  'glossary/kickoff.yaml': 'id: kickoff\nterm: Kickoff\ndefinition: The first meeting.\nsource: { title: A book, url: "https://example.com/book" }\n',
};

let server: StaticServer | undefined;
let dir = '';
let pages: string[] = [];

/**
 * Builds a site from a workspace whose links were changed after it was checked, as a program
 * passing its own workspace could: what check refuses must not become a link when rendered either.
 */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journeykit-hostile-'));
  const workspace = join(dir, 'workspace');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), text);
  }
  const loaded = await loadWorkspace(workspace);
  const value = loaded.value;
  if (value === undefined) throw new Error(`The fixture has problems: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  value.config.repository = { url: `javascript:${payload}//`, branch: 'main', path: '' };
  value.metrics[0]!.link = ` JaVaScRiPt:${payload}`;
  value.journeys[0]!.stages[0]!.steps[0]!.touchpoints![0]!.documents = [
    { title: 'Kickoff slides', link: `java\tscript:${payload}` },
    { title: 'Brochure', link: `data:text/html,<script>${payload}</script>` },
    { title: 'Macro', link: 'vbscript:msgbox(1)' },
  ];
  value.journeys[0]!.stages[0]!.steps[0]!.painPoints![0]!.sources = [{ kind: 'interviews', title: 'Call notes', link: `JAVASCRIPT:${payload}` }];
  value.glossary.find((term) => term.id === 'kickoff')!.source = { title: 'A book', url: `\njavascript:${payload}` };
  const out = join(dir, 'site');
  await buildAlone({ workspace, logLevel: 'error' }, { outDir: out }, { loaded, adoptSiteSettings: true });
  pages = (await readdir(out, { recursive: true })).filter((path) => path.endsWith('index.html')).map((path) => relative('.', dirname(path)).split(sep).join('/'));
  server = await serveStatic(out, '/');
}, 180_000);

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a site built from a workspace seeded with hostile links', () => {
  test('runs no script when any link of any page is clicked, and shows refused links as text', async () => {
    const page = await open();
    const context = page.context();
    const dialogs: string[] = [];
    context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The flag is reported the moment it is set, from whatever page, even one navigated away from.
    const ran: string[] = [];
    await context.exposeFunction('reportHostile', (where: string) => ran.push(where));
    await context.addInitScript(() => {
      Object.defineProperty(window, '__hostile', { set: () => (window as unknown as { reportHostile: (where: string) => void }).reportHostile(location.href) });
    });
    // Links out of the site are followed to a stand-in page: the test never reaches the network.
    const local = new URL(server!.url).origin;
    await context.route((address) => address.origin !== local, (route) => route.fulfill({ contentType: 'text/html', body: '<p>Outside the site</p>' }));
    // Once a page has loaded, a link that would load another gets "204 No Content", which keeps
    // the page: every click happens on the page it was found on, and a script it runs runs there.
    let clicking = false;
    await page.route('**/*', (route) => (clicking && route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.fallback()));
    const clicked = new Set<string>();
    expect(pages.length).toBeGreaterThan(5);
    for (const path of pages) {
      clicking = false;
      await page.goto(new URL(path === '.' ? '' : `${path}/`, server!.url).href);
      clicking = true;
      const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
      for (const [index, href] of hrefs.entries()) {
        if (clicked.has(href)) continue;
        clicked.add(href);
        await page.evaluate((i) => (document.querySelectorAll('a[href]')[i] as HTMLAnchorElement).click(), index);
        // A javascript: link runs in a task of its own: a round trip through the page's task queue lets it run.
        await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
      }
    }
    expect(ran).toEqual([]);
    expect(dialogs).toEqual([]);
    expect([...clicked].filter((href) => !/^(?:https?:|mailto:|\/|#|[a-z0-9-]+\/|\.\.?\/)/.test(href))).toEqual([]);
    clicking = false;
    await page.goto(new URL('touchpoints/signup/home/', server!.url).href);
    expect(await page.locator('main h2:text-is("Documents") + ul li').allTextContents()).toEqual(['Kickoff slides', 'Brochure', 'Macro']);
    expect(await page.locator('main h2:text-is("Documents") + ul a').count()).toBe(0);
    expect(await page.locator('a', { hasText: 'Edit this page' }).count()).toBe(0);
    await screenshot(page, 'refused-links');
  }, 300_000);
});
