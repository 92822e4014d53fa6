// Child process of the site benchmark: renders every chart of a workspace's site once, with
// nothing cached, in this thread alone, and prints JSON { ms, cpuMs, charts, workspaceCpuMs,
// vegaCpuMs }: the least CPU time a cold build can spend on charts (it also loads Vega in a worker
// thread, to render them beside the pages), and that of the two loads a cold build cannot do
// without before its first chart: loading and checking the workspace, and loading Vega and
// Vega-Lite. Each is timed apart; cpuMs counts every thread (V8's garbage collector works in
// threads of its own).
// Usage: node charts-once.ts <workspace> <scratch folder, unused>
import module from 'node:module';
import { loadWorkspace } from '@journeykit/core/node';
import { drawnChart } from '../dist/view/charts.js';
import { siteCharts } from '../dist/view/page-charts.js';

// As `journeykit build` does: code compiled by an earlier run is read from disk, except in CI.
if (!process.env['CI']) module.enableCompileCache();

/** The CPU time of every thread of this process since `before`, in milliseconds. */
const cpuSince = (before: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
};

const [workspaceDir, scratch] = process.argv.slice(2);
if (workspaceDir === undefined || scratch === undefined) throw new Error('Usage: node charts-once.ts <workspace> <scratch folder>');
const workspaceCpu = process.cpuUsage();
const loaded = await loadWorkspace(workspaceDir);
const workspaceCpuMs = cpuSince(workspaceCpu);
if (loaded.value === undefined) throw new Error(`The workspace ${workspaceDir} does not load.`);
// As the integration does: the pages read the workspace through JSON, and so do their charts.
const charts = siteCharts(JSON.parse(JSON.stringify({ workspace: loaded.value }))).map(drawnChart);

const vegaCpu = process.cpuUsage();
const { renderChartSvg } = await import('../dist/charts/render-chart-svg.js');
const vegaCpuMs = cpuSince(vegaCpu);

const cpuBefore = process.cpuUsage();
const start = performance.now();
// Each distinct chart once, as a build renders them.
const distinct = new Map(charts.map((chart) => [JSON.stringify(chart), chart]));
for (const chart of distinct.values()) await renderChartSvg(chart);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, cpuMs: cpuSince(cpuBefore), charts: distinct.size, workspaceCpuMs, vegaCpuMs }));
