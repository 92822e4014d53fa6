// pnpm --filter @journeykit/astro run bench (after tsc -b): times building the report site of
// generated workspaces of 10, 100 and 1,000 journeys with the built package, each build in a new
// process; rebuilds each without changes, checking that no chart is rendered again; and builds a
// bare Astro project with the same number of pages of about the same HTML size: the floor; and
// times how long `journeykit dev` takes to show an edit to a journey of 100.
// Journeykit and bare builds take turns, so load from elsewhere on the machine hits both alike.
// Prints Markdown tables and writes them to test-output/bench-site.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateWorkspace } from '../../cli/bench/generate.ts';
import { buildSpeedConfig } from '../src/build-speed.ts';
import { chartCacheOf } from '../src/load-site.ts';
import { scratchFolderFor } from '../src/scratch-folder.ts';
import { writeBareProject } from './bare-project.ts';
import { timeDevEdits, type DevEditTimes } from './dev-edit.ts';
import { changedPages, htmlDigests, outputStats, type OutputStats } from './output.ts';

const here = import.meta.dirname;
if (!existsSync(join(here, '../dist/index.js'))) throw new Error('Build first: pnpm exec tsc -b');
// JOURNEYKIT_BENCH_SIZES=10,100 runs fewer sizes (a quick check); the report is still written.
const sizes = (process.env['JOURNEYKIT_BENCH_SIZES'] ?? '10,100,1000').split(',').map(Number);
/**
 * Runs of each kind of build per size; medians are reported. This machine's speed swings within
 * minutes, so small sizes, which are quick, get more runs.
 */
const runsOf = (n: number) => (n <= 100 ? 5 : 3);
/** The site's speed goals. */
const goals = {
  /** A cold build: at most this many times the least possible cold build (see `leastPossible`). */
  cold: 1.15,
  /** A rebuild without changes: at most this many times a bare Astro build of as many pages. */
  rebuild: 1.2,
  /** Peak memory of a cold build of `memoryJourneys` journeys, in bytes. */
  peakRss: 1024 ** 3,
  memoryJourneys: 1000,
  /** An edit in `journeykit dev` of `devJourneys` journeys: shown within this many milliseconds. */
  devEdit: 1000,
};
/** Pages `journeykit build` has Astro render at a time: the stricter floor does the same. */
const atATime = buildSpeedConfig.build.concurrency;
const repo = resolve(here, '../../..');

// buildSite keeps the rendered charts of a workspace in <scratch folder>/cache/journeykit/<sha256
// of the workspace path, 12 hex digits>/charts, the scratch folder being the one scratchFolderFor
// gives: the workspace's folder of that cache.
const scratchOf = (workspace: string) => scratchFolderFor(resolve(workspace));
const cacheFolderOf = (workspace: string) => dirname(chartCacheOf(pathToFileURL(`${join(scratchOf(workspace), 'cache')}/`), resolve(workspace)));

/** The cache folder of this workspace, when a build left one. */
function chartCachesOf(workspace: string): string[] {
  return existsSync(cacheFolderOf(workspace)) ? [cacheFolderOf(workspace)] : [];
}

/** The kind of file system a folder is on, by the magic number statfs gives. */
function fileSystemOf(folder: string): string {
  const kinds: Record<number, string> = { 0x01021994: 'tmpfs', 0xef53: 'ext2/3/4', 0x9123683e: 'btrfs', 0x58465342: 'xfs', 0x794c7630: 'overlayfs', 0x1021997: 'v9fs' };
  const { type } = statfsSync(folder);
  return kinds[type] ?? `a file system of type 0x${type.toString(16)}`;
}

/** Files in a chart cache folder, with what tells a rewrite (inode, mtime) and a read (atime). */
function chartFiles(folder: string): Map<string, { ino: number; mtimeMs: number; atimeMs: number }> {
  const files = new Map<string, { ino: number; mtimeMs: number; atimeMs: number }>();
  for (const name of readdirSync(folder)) {
    const { ino, mtimeMs, atimeMs } = statSync(join(folder, name));
    files.set(name, { ino, mtimeMs, atimeMs });
  }
  return files;
}

const scratch = mkdtempSync(join(tmpdir(), 'journeykit-site-bench-'));
const loads: number[] = [loadavg()[0]!];
// Named now: the scratch folder is gone by the time the report is written.
/** The nearest folder of `path` that exists: a scratch folder is made by the first build. */
const existing = (path: string): string => (existsSync(path) ? path : existing(dirname(path)));
const fileSystems = { scratch: fileSystemOf(scratch), site: fileSystemOf(existing(scratchOf(scratch))) };

interface Run {
  /** The whole child process, start-up included. */
  wall: number;
  /** The build call alone, measured in the child. */
  ms: number;
  pages: number;
  maxRss: number;
  /** CPU time of the process and of its child processes (Pagefind's indexer). */
  cpuMs: number;
  /** CPU time of those children alone. */
  childCpuMs: number;
  /** CPU time of the measured call alone, every thread, for the scripts that report it. */
  callCpuMs: number | undefined;
  /** Charts rendered, for the script that renders charts. */
  charts: number | undefined;
  /** CPU time of loading and checking the workspace, and of loading Vega, for the script that renders charts. */
  loadsCpuMs: { workspace: number; vega: number } | undefined;
}

/** Runs a bench script in a new Node process that reports its peak memory and CPU time. */
function run(script: string, args: string[], label: string): Run {
  const usageFile = join(scratch, 'usage.json');
  rmSync(usageFile, { force: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', join(here, 'usage.ts'), join(here, script), ...args], {
    env: { ...process.env, JOURNEYKIT_BENCH_USAGE: usageFile, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = performance.now() - start;
  loads.push(loadavg()[0]!);
  const line = result.stdout.trim().split('\n').findLast((l) => l.startsWith('{'));
  if (result.status !== 0 || line === undefined) throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const { ms, pages = 0, cpuMs, charts, workspaceCpuMs, vegaCpuMs } = JSON.parse(line) as { ms: number; pages?: number; cpuMs?: number; charts?: number; workspaceCpuMs?: number; vegaCpuMs?: number };
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRss: number; cpuMs: number; childrenCpuMs: number };
  return { wall, ms, pages, maxRss: usage.maxRss, cpuMs: usage.cpuMs + usage.childrenCpuMs, childCpuMs: usage.childrenCpuMs, callCpuMs: cpuMs, charts, loadsCpuMs: workspaceCpuMs === undefined || vegaCpuMs === undefined ? undefined : { workspace: workspaceCpuMs, vega: vegaCpuMs } };
}

/** Medians of the times, the highest peak memory, and the pages, which every run must agree on. */
function summarize(list: Run[], label: string): Run {
  const median = (pick: (r: Run) => number) => list.map(pick).toSorted((a, b) => a - b)[Math.floor(list.length / 2)]!;
  const pages = new Set(list.map((r) => r.pages));
  if (pages.size !== 1) throw new Error(`${label}: runs built different numbers of pages: ${[...pages].join(', ')}`);
  return {
    wall: median((r) => r.wall),
    ms: median((r) => r.ms),
    cpuMs: median((r) => r.cpuMs),
    childCpuMs: median((r) => r.childCpuMs),
    callCpuMs: list[0]!.callCpuMs === undefined ? undefined : median((r) => r.callCpuMs!),
    charts: list[0]!.charts,
    loadsCpuMs: list[0]!.loadsCpuMs === undefined ? undefined : { workspace: median((r) => r.loadsCpuMs!.workspace), vega: median((r) => r.loadsCpuMs!.vega) },
    pages: list[0]!.pages,
    maxRss: Math.max(...list.map((r) => r.maxRss)),
  };
}

interface Case {
  n: number;
  yamlBytes: number;
  cold: Run;
  rebuild: Run;
  bare: Run;
  /** The bare project built as Journeykit's CLI builds: `atATime` pages at a time. */
  bareConcurrent: Run;
  search: Run;
  /** Every chart of the site rendered once in one thread, nothing cached: the least a cold build spends on charts. */
  chartsAlone: Run;
  jkOut: OutputStats;
  bareOut: OutputStats;
  rowsPerPage: number;
  charts: { folder: string; cold: number; rebuild: number; rewritten: number; added: number; read: number; checked: number; changed: string[]; searchReused: number; workspaceReused: number };
}

const cases: Case[] = [];
/** The dev server's workspace, and how many edits it is timed on. */
const devJourneys = 100;
const devEdits = 3;
let devTimes: DevEditTimes | undefined;
const started = performance.now();
const log = (message: string) => console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

try {
  for (const n of sizes) {
    const workspace = join(scratch, `workspace-${n}`);
    const out = join(scratch, `site-${n}`);
    const bareRoot = join(scratch, `bare-${n}`);
    const yamlBytes = generateWorkspace(workspace, n);
    const cold: Run[] = [];
    const rebuild: Run[] = [];
    const bare: Run[] = [];
    const bareConcurrent: Run[] = [];
    const chartsAlone: Run[] = [];
    const charts = { folder: '', cold: 0, rebuild: 0, rewritten: 0, added: 0, read: 0, checked: 0, changed: [] as string[], searchReused: 0, workspaceReused: 0 };

    // Every timed build replaces the site a build of its kind wrote before, as building a project
    // again does: Astro empties its output folder first, Journeykit puts the new site in the old
    // one's place. So an untimed build of each kind writes the first. The bare project is written
    // after Journeykit's: it has as many pages, of the same average HTML size.
    log(`${n} journeys: a first Journeykit build and bare Astro build, untimed`);
    const first = run('build-once.ts', [workspace, out], `Journeykit build of ${n} journeys`);
    const jkOut = outputStats(out);
    const { rowsPerPage } = writeBareProject(bareRoot, first.pages, jkOut.htmlBytes / jkOut.htmlFiles);
    run('build-bare.ts', [bareRoot], `Bare Astro build of ${first.pages} pages`);

    const runs = runsOf(n);
    for (let i = 1; i <= runs; i++) {
      // A cold build: no cache for this workspace (charts, search index), a new process.
      for (const cache of chartCachesOf(workspace)) rmSync(cache, { recursive: true, force: true });
      log(`${n} journeys, run ${i}/${runs}: Journeykit, cold`);
      cold.push(run('build-once.ts', [workspace, out], `Journeykit build of ${n} journeys`));
      const coldDigests = htmlDigests(out);

      // A rebuild with no changes: same workspace path, so the same chart cache. Every cached SVG
      // is dated back to 2000 first: a chart rendered again is written aside and renamed over its
      // file, which gives it a new inode; a chart read from the cache a new atime (and a new mtime,
      // which marks it as used).
      const caches = chartCachesOf(workspace);
      if (caches.length !== 1) throw new Error(`Expected the chart cache folder ${cacheFolderOf(workspace)} after the cold build of ${n} journeys: has the integration's chart cache moved?`);
      charts.folder = join(caches[0]!, 'charts');
      const before = chartFiles(charts.folder);
      if (before.size === 0) throw new Error(`The cold build of ${n} journeys left no chart in ${charts.folder}: is that still the integration's chart cache?`);
      const past = new Date('2000-01-01T00:00:00Z');
      for (const name of before.keys()) utimesSync(join(charts.folder, name), past, past);
      // The search index of the cold build, kept beside the charts: a rebuild copies it, so the entry stays as it was.
      const entries = (folder: string) => (existsSync(join(caches[0]!, folder)) ? readdirSync(join(caches[0]!, folder)) : []).map((name) => `${name} ${statSync(join(caches[0]!, folder, name)).ino}`);
      const searchBefore = entries('search');
      // The checked workspace of the cold build, likewise: read back, it stays the same file.
      const workspaceBefore = entries('workspace');
      log(`${n} journeys, run ${i}/${runs}: Journeykit, rebuild without changes`);
      rebuild.push(run('build-once.ts', [workspace, out], `Journeykit rebuild of ${n} journeys`));
      if (searchBefore.length === 1 && entries('search').join() === searchBefore.join()) charts.searchReused += 1;
      if (workspaceBefore.length === 1 && entries('workspace').join() === workspaceBefore.join()) charts.workspaceReused += 1;
      const after = chartFiles(charts.folder);
      charts.cold = before.size;
      charts.rebuild = after.size;
      charts.checked += before.size;
      charts.added += [...after.keys()].filter((name) => !before.has(name)).length;
      for (const [name, file] of after) {
        const old = before.get(name);
        if (old === undefined) continue;
        if (file.ino !== old.ino) charts.rewritten += 1;
        if (file.atimeMs !== past.getTime()) charts.read += 1;
      }
      if (charts.rewritten > 0 || charts.added > 0) throw new Error(`A rebuild of ${n} journeys without changes rendered charts again: ${charts.rewritten} rewritten, ${charts.added} new files in ${charts.folder}.`);
      // Informational: pages come from the package's sources, so an edit to them between the two
      // builds shows here too.
      charts.changed.push(...changedPages(coldDigests, htmlDigests(out)).map((path) => `run ${i}: ${path}`));

      // The floor, in turn with the Journeykit builds.
      log(`${n} journeys, run ${i}/${runs}: bare Astro, ${first.pages} pages`);
      bare.push(run('build-bare.ts', [bareRoot], `Bare Astro build of ${first.pages} pages`));
      log(`${n} journeys, run ${i}/${runs}: bare Astro, ${first.pages} pages, ${atATime} at a time`);
      bareConcurrent.push(run('build-bare.ts', [bareRoot, String(atATime)], `Bare Astro build of ${first.pages} pages, ${atATime} at a time`));

      const chartsScratch = join(scratch, `charts-${n}`);
      rmSync(chartsScratch, { recursive: true, force: true });
      log(`${n} journeys, run ${i}/${runs}: the charts alone`);
      chartsAlone.push(run('charts-once.ts', [workspace, chartsScratch], `Rendering the charts of ${n} journeys`));
      rmSync(chartsScratch, { recursive: true, force: true });
    }

    // The search index's share: Pagefind run again on the built site, as the integration does.
    log(`${n} journeys: Pagefind alone on the built site`);
    const search = run('index-once.ts', [out, join(scratch, `pagefind-${n}`)], `Pagefind on ${n} journeys`);

    const summary = {
      cold: summarize(cold, `cold, ${n}`),
      rebuild: summarize(rebuild, `rebuild, ${n}`),
      bare: summarize(bare, `bare, ${n}`),
      bareConcurrent: summarize(bareConcurrent, `bare, ${atATime} at a time, ${n}`),
      chartsAlone: summarize(chartsAlone, `charts alone, ${n}`),
    };
    if (summary.chartsAlone.charts !== charts.cold) throw new Error(`The cold build of ${n} journeys kept ${charts.cold} charts, but rendering them alone rendered ${summary.chartsAlone.charts}.`);
    if (summary.rebuild.pages !== summary.cold.pages || summary.bare.pages !== summary.cold.pages || summary.bareConcurrent.pages !== summary.cold.pages) {
      throw new Error(`Page counts differ for ${n} journeys: cold ${summary.cold.pages}, rebuild ${summary.rebuild.pages}, bare ${summary.bare.pages}, bare at ${atATime} ${summary.bareConcurrent.pages}.`);
    }
    cases.push({ n, yamlBytes, ...summary, search, jkOut, bareOut: outputStats(join(bareRoot, 'dist')), rowsPerPage, charts });
    for (const folder of [out, bareRoot, join(scratch, `pagefind-${n}`)]) rmSync(folder, { recursive: true, force: true });
  }
  log(`${devJourneys} journeys: journeykit dev, ${devEdits} edits`);
  devTimes = await timeDevEdits(devJourneys, devEdits);
} finally {
  for (const n of sizes) for (const cache of chartCachesOf(join(scratch, `workspace-${n}`))) rmSync(cache, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const s = (ms: number) => (Math.abs(ms) >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const perPage = (r: Run) => r.ms / r.pages;
const cpuPerPage = (r: Run) => r.cpuMs / r.pages;
const times = (x: number) => `${x.toFixed(2)}×`;
const astroVersion = (JSON.parse(readFileSync(join(here, '../node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
const maxLoad = Math.max(...loads);
const cores = cpus().length;

/** The CPU no cold build can do without: a bare build's, Pagefind's, and rendering each chart once. */
const floorCpu = (c: Case) => c.bare.callCpuMs! + c.cold.childCpuMs + c.chartsAlone.callCpuMs!;
/** The least possible cold build: `floorCpu` shared by CPUs never idle, and never less than the bare build itself. */
const leastPossible = (c: Case) => Math.max(c.bare.ms, floorCpu(c) / cores);
/**
 * The least cold build that has Pagefind index its pages once they are all written, as Journeykit
 * does: before Pagefind starts, at least a bare build's CPU (the less of its two kinds), the
 * charts', and loading and checking the workspace and loading Vega, shared by CPUs never idle,
 * and never less than a bare build that renders as many pages at a time; then Pagefind alone.
 * It counts pages that cost no more than a bare table's: a cold build of that design takes longer.
 */
const leastIndexingLast = (c: Case) => {
  const before = Math.min(c.bare.callCpuMs!, c.bareConcurrent.callCpuMs!) + c.chartsAlone.callCpuMs! + c.chartsAlone.loadsCpuMs!.workspace + c.chartsAlone.loadsCpuMs!.vega;
  return Math.max(c.bareConcurrent.ms, before / cores) + c.search.ms;
};

const lines: string[] = [];
lines.push('# Report site build benchmark', '');
lines.push(
  `Node ${process.version}, Astro ${astroVersion}, ${cores} CPUs. Every build runs in a new process; Journeykit cold build, rebuild and bare Astro build take turns, ${sizes.map((n) => `${runsOf(n)} times each for ${n} journeys`).join(', ')}; medians. ` +
    'Each build replaces the site that a build of its kind wrote before, as building a project again does (Astro empties its output folder, Journeykit puts the new site in the old one\'s place); an untimed build of each kind writes the first. ' +
    '"build" is the buildSite() / build() call, "wall" the whole process; pages/s and ms/page use "build". ' +
    '"CPU" is user + system time of the process and of its child processes (Pagefind\'s indexer, counted whether or not the build waited for it to end). ' +
    "Peak memory is the Node process's max RSS (Pagefind's indexer, a process of its own, is not counted). " +
    `Load average (1 min) ${loads[0]!.toFixed(2)} at the start, at most ${maxLoad.toFixed(2)} after a build${maxLoad > 1.5 ? ': other work shared the CPUs, so wall times are inflated; CPU times and the CPU ratio hold up better' : ''}. ` +
    'Both kinds of build keep compiled code on disk between runs, as the `astro` and `journeykit` commands do outside CI (`module.enableCompileCache`).',
  '',
  `Builds write to ${fileSystems.scratch} (the temporary folder, $TMPDIR); the report site's Astro root is on ${fileSystems.site}. ` +
    "The kernel's time for writing a thousand pages counts in both kinds of build, and depends on the file system far more than on the build: on an ext4 disk it has been most of a bare build, on tmpfs almost nothing. " +
    'So compare ratios only between runs on the same file systems. To time the builds without a disk, run this benchmark from a copy of the repository on a tmpfs with $TMPDIR there too.',
  '',
);
lines.push('| journeys | build | pages | wall | build | pages/s | ms/page | CPU | peak RSS | output (all files) | HTML | avg HTML/page |');
lines.push('| ---: | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const c of cases) {
  const row = (label: string, r: Run, o: OutputStats) =>
    `| ${c.n} | ${label} | ${r.pages} | ${s(r.wall)} | ${s(r.ms)} | ${(r.pages / (r.ms / 1000)).toFixed(0)} | ${perPage(r).toFixed(2)} | ${s(r.cpuMs)} | ${mib(r.maxRss)} | ${mib(o.totalBytes)} | ${mib(o.htmlBytes)} | ${kib(o.htmlBytes / o.htmlFiles)} |`;
  lines.push(row('Journeykit, cold', c.cold, c.jkOut));
  lines.push(row('Journeykit, rebuild, no changes', c.rebuild, c.jkOut));
  lines.push(row('bare Astro floor', c.bare, c.bareOut));
  lines.push(row(`bare Astro, ${atATime} pages at a time`, c.bareConcurrent, c.bareOut));
}
lines.push('');
const devMedian = devTimes === undefined ? undefined : devTimes.editMs.toSorted((a, b) => a - b)[Math.floor(devTimes.editMs.length / 2)]!;
const met = (ok: boolean) => (ok ? 'yes' : 'no');
lines.push('## Goals', '');
lines.push(
  'Each goal as this run measured it; the sections below say how each figure is made. ' +
    `The rebuild is compared with the bare Astro build of as many pages with Astro's defaults, the "bare Astro floor" above.`,
  '',
);
lines.push('| goal | journeys | measured | met |');
lines.push('| :--- | ---: | :--- | :---: |');
for (const c of cases) {
  const least = leastPossible(c);
  lines.push(`| a cold build at most ${times(goals.cold)} the least possible cold build | ${c.n} | ${s(c.cold.ms)} ÷ ${s(least)} = **${times(c.cold.ms / least)}** | ${met(c.cold.ms / least <= goals.cold)} |`);
}
for (const c of cases) {
  lines.push(`| a rebuild without changes at most ${times(goals.rebuild)} a bare Astro build | ${c.n} | ${s(c.rebuild.ms)} ÷ ${s(c.bare.ms)} = **${times(c.rebuild.ms / c.bare.ms)}** | ${met(c.rebuild.ms / c.bare.ms <= goals.rebuild)} |`);
}
const memoryCase = cases.find((c) => c.n === goals.memoryJourneys);
lines.push(
  `| peak memory of a cold build at most ${goals.peakRss / 1024 ** 3} GiB | ${goals.memoryJourneys} | ${memoryCase === undefined ? 'not run (JOURNEYKIT_BENCH_SIZES)' : `**${mib(memoryCase.cold.maxRss)}**`} | ${memoryCase === undefined ? '' : met(memoryCase.cold.maxRss <= goals.peakRss)} |`,
);
lines.push(`| \`journeykit dev\`: an edit shown within ${s(goals.devEdit)} (median) | ${devJourneys} | ${devMedian === undefined ? 'not run' : `**${s(devMedian)}**`} | ${devMedian === undefined ? '' : met(devMedian <= goals.devEdit)} |`);
lines.push('');
lines.push('## Against a bare Astro build', '');
lines.push(
  'The bare Astro floor is a bare Astro build with Astro\'s defaults, which renders one page at a time and waits for each file to be written. ' +
    `\`journeykit build\` renders ${atATime} at a time, which also hides the latency of writing files; so the last column compares with a bare build that does the same.`,
  '',
);
lines.push(`| journeys | Journeykit ms/page | bare ms/page | cold ratio | rebuild ratio | CPU ratio (cold, rebuild) | Pagefind alone | ratio without Pagefind (cold, rebuild) | ratio to bare at ${atATime} pages at a time (cold, rebuild) |`);
lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const c of cases) {
  const without = (r: Run) => times((r.ms - c.search.ms) / r.pages / perPage(c.bare));
  lines.push(
    `| ${c.n} | ${perPage(c.cold).toFixed(2)} | ${perPage(c.bare).toFixed(2)} | ${times(perPage(c.cold) / perPage(c.bare))} | ${times(perPage(c.rebuild) / perPage(c.bare))} | ` +
      `${times(cpuPerPage(c.cold) / cpuPerPage(c.bare))}, ${times(cpuPerPage(c.rebuild) / cpuPerPage(c.bare))} | ${s(c.search.ms)} (${((c.search.ms / c.cold.ms) * 100).toFixed(0)}% of the cold build) | ${without(c.cold)}, ${without(c.rebuild)} | ` +
      `${times(perPage(c.cold) / perPage(c.bareConcurrent))}, ${times(perPage(c.rebuild) / perPage(c.bareConcurrent))} |`,
  );
}
lines.push('');
lines.push(`## The cold build against the least possible one (goal: at most ${times(goals.cold)})`, '');
lines.push(
  `A cold build does all that a bare build does, and besides has Pagefind index every page and Vega render every chart once. With ${cores} CPUs that are never idle, ` +
    `no cold build can take less than (bare build's CPU + Pagefind's CPU + the charts' CPU) ÷ ${cores}, nor less than the bare build itself: the least possible cold build. ` +
    "Pagefind's CPU is that of the cold builds' child processes: its indexer, and esbuild's service, which Astro starts in both kinds of build for some tens of milliseconds; the charts' that of rendering every chart of the site once in one thread, nothing cached (charts-once.ts); " +
    "the bare build's that of its build call.",
  '',
  "Journeykit's own CPU is what a build call spends beyond the bare build's CPU and, in a cold build, the charts' (Pagefind's is counted apart): loading and checking the workspace, its pages being richer than a bare table, its caches, the collection of the charts' garbage. " +
    `With the CPUs never idle, a cold build within the goal can spend at most ${cores} × ${goals.cold} × the least possible cold build − (bare build's CPU + Pagefind's CPU + the charts' CPU) on its own work: the budget below. ` +
    'Journeykit has Pagefind index the pages once they are all written. Before Pagefind starts, a cold build must do at least what a bare build does, render every chart, load and check the workspace and load Vega (charts-once.ts times these two loads as well). ' +
    `So even with pages that cost no more than a bare table's and CPUs never idle until then, no cold build of this design takes less than (the bare build's CPU, the less of its two kinds + the charts' CPU + the two loads' CPU) ÷ ${cores}, ` +
    `nor less than a bare build that renders as many pages ${atATime} at a time, followed by Pagefind alone on the built site: the last column, and its ratio to the least possible cold build. ` +
    'Where that ratio is near the goal or above it, the goal leaves nothing for the pages being richer than a bare table.',
  '',
);
lines.push(
  `| journeys | bare build, CPU | Pagefind, CPU | charts rendered, CPU | least possible cold build | Journeykit cold build | ratio | goal met | budget for Journeykit's own CPU | Journeykit's own CPU (cold build, rebuild) | loading the workspace, Vega: CPU | least cold build indexing once its pages are written |`,
);
lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | ---: |');
for (const c of cases) {
  const least = leastPossible(c);
  const ratio = c.cold.ms / least;
  lines.push(
    `| ${c.n} | ${s(c.bare.ms)}, ${s(c.bare.callCpuMs!)} | ${s(c.cold.childCpuMs)} | ${c.chartsAlone.charts}, ${s(c.chartsAlone.callCpuMs!)} | ${s(least)} | ${s(c.cold.ms)} | **${times(ratio)}** | ${met(ratio <= goals.cold)} | ` +
      `${s(cores * goals.cold * least - floorCpu(c))} | ${s(c.cold.callCpuMs! - c.bare.callCpuMs! - c.chartsAlone.callCpuMs!)}, ${s(c.rebuild.callCpuMs! - c.bare.callCpuMs!)} | ` +
      `${s(c.chartsAlone.loadsCpuMs!.workspace)}, ${s(c.chartsAlone.loadsCpuMs!.vega)} | ${s(leastIndexingLast(c) - c.search.ms)} + ${s(c.search.ms)} = ${s(leastIndexingLast(c))} (**${times(leastIndexingLast(c) / least)}**) |`,
  );
}
lines.push('');
if (cases.length > 1) {
  // A cost per page after a fixed start-up: the slope between two sizes leaves start-up out,
  // which dominates small sites.
  lines.push('## Per added page, start-up left out', '');
  lines.push('Build time added per added page between two sizes: (time of the larger − time of the smaller) ÷ (pages added).', '');
  lines.push(`| journeys | Journeykit cold, ms per added page | rebuild | bare Astro | cold ratio | rebuild ratio | bare at ${atATime} pages at a time | cold ratio to it |`);
  lines.push('| :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  cases.slice(1).forEach((c, i) => {
    const previous = cases[i]!;
    const slope = (pick: (k: Case) => Run) => (pick(c).ms - pick(previous).ms) / (pick(c).pages - pick(previous).pages);
    lines.push(
      `| ${previous.n} → ${c.n} | ${slope((k) => k.cold).toFixed(2)} | ${slope((k) => k.rebuild).toFixed(2)} | ${slope((k) => k.bare).toFixed(2)} | ${times(slope((k) => k.cold) / slope((k) => k.bare))} | ${times(slope((k) => k.rebuild) / slope((k) => k.bare))} | ` +
        `${slope((k) => k.bareConcurrent).toFixed(2)} | ${times(slope((k) => k.cold) / slope((k) => k.bareConcurrent))} |`,
    );
  });
  lines.push('');
}
lines.push('## Rebuild without changes: chart, search and workspace caches', '');
lines.push(
  'Before each rebuild every cached SVG is dated back to 2000. A chart rendered again would be written aside and renamed over its file (new inode, new mtime); ' +
    'a chart served from the cache is only read (new atime, where the file system records it). The bench fails if any chart was rewritten or added. ' +
    'The search index is reused when its cache entry (one folder, named by a digest of every page) is the same folder after the rebuild; ' +
    'the checked workspace is read back when its entry (one file, named by a digest of every definition file) is the same file after the rebuild. ' +
    `Cache folder: ${cases[0]?.charts.folder.replace(`${repo}/`, '') ?? 'none'} (for ${cases[0]?.n} journeys).`,
  '',
);
lines.push('| journeys | charts after cold build | after rebuild | rewritten | new files | read from cache (atime) | search index reused | workspace read back | HTML identical to cold build | cold build | rebuild | saved |');
lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: |');
for (const c of cases) {
  const { charts } = c;
  lines.push(
    `| ${c.n} | ${charts.cold} | ${charts.rebuild} | ${charts.rewritten} | ${charts.added} | ${charts.read} of ${charts.checked} | ${charts.searchReused} of ${runsOf(c.n)} | ${charts.workspaceReused} of ${runsOf(c.n)} | ${charts.changed.length === 0 ? 'yes' : `no: ${charts.changed.length} pages differ, first ${charts.changed[0]} (were the package's sources edited during the bench?)`} | ${s(c.cold.ms)} | ${s(c.rebuild.ms)} | ${((1 - c.rebuild.ms / c.cold.ms) * 100).toFixed(0)}% |`,
  );
}
lines.push('');
lines.push('## Output size per journey', '');
lines.push('| journeys | YAML | pages | pages/journey | output | output/journey | HTML | HTML/journey | output growth vs. previous | output per added journey | largest page |');
lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :--- |');
cases.forEach((c, i) => {
  const previous = cases[i - 1];
  const growth = previous === undefined ? '' : `${times(c.jkOut.totalBytes / previous.jkOut.totalBytes)} for ${times(c.n / previous.n)} journeys`;
  const marginal = previous === undefined ? '' : kib((c.jkOut.totalBytes - previous.jkOut.totalBytes) / (c.n - previous.n));
  lines.push(
    `| ${c.n} | ${mib(c.yamlBytes)} | ${c.jkOut.pages} | ${(c.jkOut.pages / c.n).toFixed(1)} | ${mib(c.jkOut.totalBytes)} | ${kib(c.jkOut.totalBytes / c.n)} | ${mib(c.jkOut.htmlBytes)} | ${kib(c.jkOut.htmlBytes / c.n)} | ${growth} | ${marginal} | ${c.jkOut.largest.path} (${kib(c.jkOut.largest.bytes)}) |`,
  );
});
lines.push('');
lines.push(`Bare floor pages: a table of ${cases.map((c) => `${c.rowsPerPage} rows (${c.n})`).join(', ')} in a layout with a header, nav and bundled stylesheet.`);

lines.push('');
lines.push(`## journeykit dev: an edit shown (goal: within ${s(goals.devEdit)} at ${devJourneys} journeys)`, '');
lines.push(
  `\`journeykit dev\` of the built CLI on a generated workspace of ${devJourneys} journeys, in a new process: from its start until a journey's page is served, ` +
    `then ${devEdits} edits to that journey's title, each timed from writing the file until the served page shows the new title (fetched every 20 ms, as a browser reloads it). ` +
    'The first edit also waits for what the first reload compiles.',
  '',
);
lines.push('| journeys | start until the page is served | first edit shown | edits shown (each) | median | goal met |');
lines.push('| ---: | ---: | ---: | :--- | ---: | :---: |');
if (devTimes !== undefined && devMedian !== undefined) {
  lines.push(`| ${devJourneys} | ${s(devTimes.startMs)} | ${s(devTimes.editMs[0]!)} | ${devTimes.editMs.map(s).join(', ')} | **${s(devMedian)}** | ${met(devMedian <= goals.devEdit)} |`);
}

const markdown = `${lines.join('\n')}\n`;
console.log(markdown);
const report = join(repo, 'test-output/bench-site.md');
mkdirSync(join(report, '..'), { recursive: true });
writeFileSync(report, markdown);
console.error(`Written to ${report}.`);
