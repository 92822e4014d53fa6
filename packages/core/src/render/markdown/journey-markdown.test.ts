import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyWithPersonas } from '../../../test/arbitraries.ts';
import { examples, loadExample } from '../../../test/examples.ts';
import type { Workspace } from '../../index.ts';
import { journeyMarkdown, journeyMermaid, journeySchema } from '../../index.ts';

/** The cells of a GFM table row: split at pipes that are not escaped. */
const cells = (row: string) => row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/);

/** Every table of a Markdown text: its rows, header first. */
function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current !== undefined) found.push(current), (current = undefined);
  }
  return found;
}

/** A workspace holding one journey and its personas, as the export needs it. */
const workspaceOf = (journey: Workspace['journeys'][number], personas: { id: string; name: string }[]): Workspace => ({
  config: { name: 'Test', rules: {}, glossary: { builtin: true, exclude: [] }, thinSample: 30 },
  journeys: [journey],
  personas,
  channels: [],
  teams: [],
  metrics: [],
  glossary: [],
  funnels: {},
    retention: {},
  files: { config: {}, journey: {}, persona: {}, channel: {}, team: {}, metric: {}, glossary: {} },
});

describe('journeyMarkdown', () => {
  it.each(examples)('writes a report per journey of the %s example, as committed', async (example) => {
    const workspace = await loadExample(example);
    for (const journey of workspace.journeys) {
      await expect(journeyMarkdown(workspace, journey)).toMatchFileSnapshot(`__snapshots__/${example}.${journey.id}.md`);
    }
  });

  it('has the sections the issue asks for, and embeds the Mermaid diagram for GitHub to draw', async () => {
    const workspace = await loadExample('b2b-saas');
    const journey = workspace.journeys.find((j) => j.id === 'land-and-expand')!;
    const markdown = journeyMarkdown(workspace, journey);
    expect(markdown.match(/^#{1,3} .+$/gm)?.slice(0, 5)).toEqual(['# Land and expand', '## Summary', '## Personas', '### Maya, operations lead', '### Tomasz, IT admin']);
    for (const section of ['## Stages', '## Metrics', '## Glossary']) expect(markdown).toContain(`\n${section}\n`);
    expect(markdown).toContain(`\`\`\`mermaid\n${journeyMermaid(journey, { personas: workspace.personas, metadata: false })}\`\`\`\n`);
    expect(markdown).toContain('| Step | Emotion (1 to 5) | Touchpoints | Pain points | Opportunities | Owners |');
    expect(markdown).toContain('| Metric | Measures | Latest | n | Target | Status | Trend |');
  });

  it('keeps every item with its step: emotions per persona, lanes, the blueprint in a column per step, and a stage\'s own items', () => {
    const journey = journeySchema.parse({
      id: 'install',
      title: 'Install',
      personas: ['sam'],
      stages: [
        {
          id: 'permits',
          name: 'Permits',
          kind: 'custom',
          painPoints: [{ id: 'silence', title: 'No news', severity: 5, evidence: 'observed' }],
          opportunities: [{ id: 'tracker', title: 'Tracker', addresses: ['silence'] }],
          steps: [
            { id: 'file', name: 'Filed', emotion: 2, emotions: { sam: 1 }, touchpoints: [{ id: 'portal', name: 'Portal filing', channel: 'web', lane: 'backstage' }], blueprint: { backstage: ['Officer files it'] } },
            { id: 'wait', name: 'Waits', touchpoints: [{ id: 'call', name: 'Status call', channel: 'phone' }], blueprint: { customer: ['Calls'] } },
          ],
        },
      ],
    });
    const markdown = journeyMarkdown(workspaceOf(journey, [{ id: 'sam', name: 'Sam' }]), journey);
    expect(markdown).toContain('- **Pain points of the whole stage:** No news (5 of 5, observed)\n- **Opportunities for the whole stage:** Tracker (idea)\n');
    expect(markdown).toContain('| Filed | 2<br>Sam: 1 | Portal filing (web, backstage) |');
    expect(tables(markdown).at(-1)).toEqual([
      '| Lane | Filed | Waits |',
      '| --- | --- | --- |',
      '| Customer actions |  | Calls |',
      '| Frontstage |  | _Status call_ |',
      '| Backstage | Officer files it<br>_Portal filing_ |  |',
      '| Support processes |  |  |',
    ]);
  });

  it('keeps every table whole, whatever the names hold', () => {
    fc.assert(
      fc.property(journeyWithPersonas, ({ journey, personas }) => {
        const markdown = journeyMarkdown(workspaceOf(journey, personas), journey);
        expect(markdown.startsWith('# ')).toBe(true);
        for (const rows of tables(markdown)) {
          const width = cells(rows[0]!).length;
          for (const row of rows) expect(cells(row), row).toHaveLength(width);
        }
        // One table per stage with steps: no row was broken off by a line break in a name.
        expect(tables(markdown).filter((rows) => rows[0]!.startsWith('| Step | Emotion'))).toHaveLength(journey.stages.filter((stage) => stage.steps.length > 0).length);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
