import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { examples, loadExample } from '../../../test/examples.ts';
import type { Coverage, EventFunnel, FrictionRank, TargetStatus, Trend } from '../../index.ts';
import { journeysExportSchema } from '../../index.ts';
import { coverageSchema, eventFunnelSchema, frictionRankSchema, metricReportSchema } from '../model/journey-report-schema.ts';
import { journeysJson } from './journeys-json.ts';

const published = JSON.parse(readFileSync(new URL('../../../schemas/export.schema.json', import.meta.url), 'utf8')) as z.core.JSONSchema.JSONSchema;
// The published file, read back into a validator: checks the file itself, not the zod schema it came from.
const validator = z.fromJSONSchema(published);

describe('journeysJson', () => {
  it.each(examples)('exports the %s example as a document its published JSON Schema accepts', async (example) => {
    const workspace = await loadExample(example);
    const document = JSON.parse(journeysJson(workspace)) as z.output<typeof journeysExportSchema>;
    expect(validator.safeParse(document).error).toBeUndefined();
    expect(journeysExportSchema.safeParse(document).error).toBeUndefined();
    expect(document.journeys.map((report) => report.journey.id)).toEqual(workspace.journeys.map((journey) => journey.id));
  });

  it('resolves what a journey refers to and computes its metrics and funnel', async () => {
    const workspace = await loadExample('ecommerce');
    const first = workspace.journeys.find((journey) => journey.id === 'first-purchase')!;
    const [report] = (JSON.parse(journeysJson(workspace, [first])) as z.output<typeof journeysExportSchema>).journeys;
    expect(report?.personas.map((persona) => persona.id)).toEqual(first.personas);
    expect(report?.channels.map((channel) => channel.id)).toContain('paid-ads');
    expect(report?.teams.map((team) => team.id)[0]).toBe('ecommerce-product');
    const nps = report?.metrics.find((m) => m.metric.kind === 'nps');
    expect(nps).toMatchObject({ status: expect.stringMatching(/^(met|missed)$/), direction: 'higher', latest: { n: expect.any(Number) } });
    expect(report?.funnel?.result.steps[0]?.conversion).toBeNull();
    expect(report?.funnel?.result.steps.length).toBe(first.stages.length);
    expect(report?.friction[0]?.score).toBeGreaterThan(0);
    expect(report?.glossary.map((term) => term.id)).toContain('net-promoter-score');
  });

  it('is the same text on every run, and rejects what its schema does not allow', async () => {
    const workspace = await loadExample('b2b-saas');
    expect(journeysJson(workspace)).toBe(journeysJson(workspace));
    const document = JSON.parse(journeysJson(workspace)) as { journeys: { metrics: { status: string }[] }[] };
    document.journeys[0]!.metrics[0]!.status = 'fine';
    expect(validator.safeParse(document).success).toBe(false);
  });

  it('describes computed values with schemas equal to the types the analysis functions return', () => {
    expectTypeOf<z.output<typeof frictionRankSchema>>().toEqualTypeOf<FrictionRank>();
    expectTypeOf<z.output<typeof coverageSchema>>().toEqualTypeOf<Coverage>();
    expectTypeOf<z.output<typeof metricReportSchema>['status']>().toEqualTypeOf<TargetStatus>();
    expectTypeOf<z.output<typeof metricReportSchema>['trend']>().toEqualTypeOf<Trend>();
    // The funnel's attribution is optional in the schema, `T | undefined` in the type: the same once written as JSON.
    expectTypeOf<Omit<z.output<typeof eventFunnelSchema>, 'attribution'>>().toEqualTypeOf<Omit<EventFunnel, 'attribution'>>();
    expectTypeOf<z.output<typeof eventFunnelSchema>['attribution']>().toEqualTypeOf<EventFunnel['attribution']>();
  });
});
