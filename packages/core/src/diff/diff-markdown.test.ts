import { describe, expect, it } from 'vitest';
import { edited, workspaceOf } from '../../test/diff-workspace.ts';
import { diffMarkdown } from './diff-markdown.ts';
import { diffWorkspaces } from './diff-workspaces.ts';

const base = workspaceOf({
  teams: [{ id: 'cs', name: 'Customer success', department: 'customer-success' }],
  journeys: [
    {
      id: 'returns',
      title: 'Returns',
      stages: [
        {
          id: 'ask',
          name: 'Ask for a return',
          kind: 'retention',
          steps: [
            {
              id: 'find-form',
              name: 'Find the return form',
              emotion: 3,
              touchpoints: [{ id: 'help-page', name: 'Help page', channel: 'web' }],
              painPoints: [{ id: 'hidden-form', title: 'The form is hard to find', severity: 'medium', evidence: 'reported' }],
            },
          ],
        },
        { id: 'send', name: 'Send it back', kind: 'retention', steps: [{ id: 'print-label', name: 'Print the label', touchpoints: [{ id: 'label-email', name: 'Label email', channel: 'email' }] }] },
      ],
    },
  ],
  metrics: [{ id: 'return-csat', name: 'Return CSAT', kind: 'csat', method: 'share', scale: { min: 1, max: 5 }, target: 80, series: [{ period: '2026-Q1', value: 82 }] }],
});

describe('diffMarkdown', () => {
  it('says there are no changes when there are none', () => {
    expect(diffMarkdown(diffWorkspaces(base, base), { base: 'main', head: 'HEAD' })).toBe('## Journey changes\n\nComparing `main` with `HEAD`.\n\n**No changes.**\n');
  });

  it('writes a summary, the targets crossed, a table per journey and per kind, and the config settings', () => {
    const head = edited(base, (w) => {
      const [ask, send] = w.journeys[0]!.stages;
      const step = ask!.steps[0]!;
      step.emotion = 2;
      step.name = 'Look for the return form';
      step.painPoints![0]!.severity = 'high';
      step.touchpoints!.push({ id: 'chatbot', name: 'Returns chatbot', channel: 'chat', type: 'direct', automated: true });
      send!.steps.unshift({ id: 'pack', name: 'Pack the parcel', touchpoints: [{ id: 'packing-tips', name: 'Packing tips', channel: 'web', type: 'direct', automated: false }] });
      w.metrics[0]!.series!.push({ period: '2026-Q2', value: 77 });
      w.config.name = 'Northwind journeys';
      w.config.rules = { 'metric/no-target': 'off' };
    });
    expect(diffMarkdown(diffWorkspaces(base, head), { base: 'main', head: 'returns-chatbot' })).toMatchInlineSnapshot(`
      "## Journey changes

      Comparing \`main\` with \`returns-chatbot\`.

      **3 added, 1 renamed, 3 changed, 1 metric crossed its target, 2 config settings changed.**

      ### Targets crossed

      - **Return CSAT** \`return-csat\` no longer meets its target: 77 in 2026-Q2, target 80.

      ### Journey: Returns \`returns\`

      | Change | What | Where | Details |
      | - | - | - | - |
      | renamed, changed | step **Look for the return form** \`find-form\` | Ask for a return | renamed from **Find the return form**; emotion 3 → 2 (worse) |
      | added | touchpoint **Returns chatbot** \`chatbot\` | Ask for a return › Look for the return form | |
      | changed | pain point **The form is hard to find** \`hidden-form\` | Ask for a return › Look for the return form | severity medium → high (worse) |
      | added | step **Pack the parcel** \`pack\` | Send it back | with 1 touchpoint |

      ### Metrics

      | Change | What | Details |
      | - | - | - |
      | changed | metric **Return CSAT** \`return-csat\` | latest value 82 (2026-Q1) → 77 (2026-Q2); no longer meets its target: 77 in 2026-Q2, target 80 |

      ### Workspace config

      - name Test workspace → Northwind journeys
      - rules changed
      "
    `);
  });

  it('says where a part came from, or how far it moved among its siblings, under their names at the time', () => {
    const head = edited(base, (w) => {
      const [ask, send] = w.journeys[0]!.stages;
      ask!.name = 'Request';
      send!.steps.push(ask!.steps[0]!);
      ask!.steps = [];
      w.journeys[0]!.stages.reverse();
    });
    const rows = diffMarkdown(diffWorkspaces(base, head)).split('\n').filter((line) => line.startsWith('| renamed') || line.startsWith('| moved'));
    // Of two stages that swapped places, one counts as moved.
    expect(rows).toEqual([
      '| moved | stage **Send it back** `send` | | moved from position 2 to 1 |',
      '| moved | step **Find the return form** `find-form` | Send it back | moved from **Ask for a return** |',
      '| renamed | stage **Request** `ask` | | renamed from **Ask for a return** |',
    ]);
  });

  it('counts the parts of a removed journey on its row', () => {
    const head = edited(base, (w) => {
      w.journeys = [];
    });
    const markdown = diffMarkdown(diffWorkspaces(base, head));
    expect(markdown).toContain('**8 removed.**');
    expect(markdown).toContain('| removed | journey **Returns** `returns` | | with 2 stages, 2 steps, 2 touchpoints and 1 pain point |\n');
    expect(markdown.match(/^\| removed/gm)).toHaveLength(1);
  });

  it('escapes the authors\' text, so a name cannot break the table or inject HTML', () => {
    const head = edited(base, (w) => {
      w.journeys[0]!.stages[0]!.steps[0]!.name = 'Pick <b>size</b> | colour *now*';
    });
    const markdown = diffMarkdown(diffWorkspaces(base, head));
    expect(markdown).toContain('step **Pick \\<b>size\\</b> \\| colour \\*now\\*** `find-form`');
    expect(markdown).not.toMatch(/[^\\]<b>/);
  });

  it('folds a long table into a details block that GitHub renders closed', () => {
    const head = edited(base, (w) => {
      const step = w.journeys[0]!.stages[0]!.steps[0]!;
      for (let i = 0; i < 16; i++) step.touchpoints!.push({ id: `extra-${i}`, name: `Extra ${i}`, channel: 'web', type: 'direct', automated: false });
    });
    const markdown = diffMarkdown(diffWorkspaces(base, head));
    expect(markdown).toContain('<details>\n<summary>16 changes</summary>\n\n| Change |');
    expect(markdown).toMatch(/`extra-15` .*\|\n\n<\/details>\n$/);
  });
});
