import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, repository, run } from '../test/cli.ts';

const ecommerce = join('examples', 'ecommerce');

const saas = {
  'journeykit.config.yaml': 'name: SaaS\nrules: { metric/no-target: off }\n',
  'journeys/trial.yaml': [
    'id: trial',
    'title: Trial',
    'stages:',
    '  - { id: start, name: Start, kind: onboarding, steps: [{ id: s, name: Signs up, touchpoints: [{ id: signup, name: Sign-up, channel: web, event: signed_up }] }] }',
    '  - { id: use, name: Use, kind: retention, steps: [{ id: u, name: Runs a workflow, touchpoints: [{ id: run, name: Workflow, channel: web, event: workflow_run }] }] }',
    '',
  ].join('\n'),
  'metrics/activation.yaml': 'id: activation\nname: Activation\nkind: conversion\nscope: { journey: trial }\nsource: { file: data/events.csv, format: events, funnel: { order: strict, unit: account } }\n',
  'metrics/weekly-retention.yaml': [
    'id: weekly-retention',
    'name: Weekly retention',
    'kind: retention',
    'source:',
    '  file: data/events.csv',
    '  format: events',
    '  columns: { account: company_id, timestamp: occurred_at, event: name }',
    '  retention: { start: [signed_up], return: [workflow_run], period: week, unit: account, mode: on-or-after }',
    '',
  ].join('\n'),
  // Not read: the SQL runs where the data is.
  'data/events.csv': 'this is not read\n',
};

describe('journeykit sql', () => {
  it('lists the metrics that compile, with their results, and why the others do not', async () => {
    const { code, stdout, stderr } = await run(['sql', ecommerce], repository);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain("Metrics that compile to SQL, with their results (the first is the metric's series):\n");
    expect(stdout).toContain('  nps                   survey score, from answers: series\n');
    expect(stdout).toContain('  purchase-funnel       journey funnel, from an event log: series, steps, summary, attribution\n');
    expect(stdout).toContain('Metrics with nothing to compute:\n  cart-abandonment      Its values are an inline `series`: there is nothing to compute.\n');
    expect(stdout).toMatch(/Print one with: journeykit sql \[dir\] --metric <id> --dialect duckdb\|postgres\|bigquery\|snowflake/);
  });

  it('prints a metric\'s SQL, and nothing else, to stdout', async () => {
    const { code, stdout, stderr } = await run(['sql', ecommerce, '--metric', 'purchase-funnel', '--dialect', 'bigquery', '--table', 'shop.events'], repository);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^-- From ad click to recommendation: metric "purchase-funnel" of metrics\/purchase-funnel\.ts, compiled by Journeykit for BigQuery\.\n/);
    expect(stdout).toContain('--   source: { file: data/purchase-funnel.csv, format: series }\n');
    expect(stdout).toContain('FROM `shop`.`events`');
    expect(stdout).toMatch(/ORDER BY 1;\n$/);
  });

  it('compiles cohort retention and the other results of a funnel from definitions alone', async () => {
    const root = folderWith(saas);
    const listed = await run(['sql'], root);
    expect(listed.stdout).toContain('  weekly-retention  cohort retention, from an event log: series, cohorts\n');
    const cohorts = await run(['sql', '--metric', 'weekly-retention', '--dialect', 'snowflake', '--result', 'cohorts'], root);
    expect(cohorts.code).toBe(0);
    expect(cohorts.stdout).toContain('YEAROFWEEKISO(');
    expect(cohorts.stdout).toContain('TRIM(CAST(company_id AS VARCHAR), CHR(32) || CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13)) AS unit_id');
    const quoted = await run(['sql', '--metric', 'weekly-retention', '--dialect', 'snowflake', '--quote-names', 'always'], root);
    expect(quoted.stdout).toContain('TRIM(CAST("company_id" AS VARCHAR), CHR(32)');
    const attribution = await run(['sql', '--metric', 'activation', '-d', 'postgres', '-r', 'attribution', '--half-life', '3.5', '--direct', 'web'], root);
    expect(attribution.code).toBe(0);
    expect(attribution.stdout).toContain("WHEN 'last-non-direct' THEN");
    expect(attribution.stdout).toContain('CAST(3.5 AS DOUBLE PRECISION)');
  });

  it('says why a metric does not compile, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['sql', ecommerce, '--metric', 'returns-ces', '--dialect', 'duckdb'], repository);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe('journeykit: the metric "returns-ces" does not compile to SQL. Its values are an inline `series`: there is nothing to compute.\n');
  });

  it('says when a definition holds what SQL cannot, and exits 1', async () => {
    const root = folderWith({ ...saas, 'metrics/weekly-retention.yaml': saas['metrics/weekly-retention.yaml'].replace('return: [workflow_run]', 'return: ["workflow\\0run"]') });
    const { code, stdout, stderr } = await run(['sql', '--metric', 'weekly-retention', '--dialect', 'postgres'], root);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe('journeykit: the metric "weekly-retention" does not compile to SQL. A text in SQL cannot hold a NUL character, but "workflow\\u0000run" does.\n');
  });

  it('prints the problems of an invalid workspace as check does, and exits 1', async () => {
    const root = folderWith({ ...saas, 'metrics/weekly-retention.yaml': saas['metrics/weekly-retention.yaml'].replace('kind: retention', 'kind: churn') });
    const { code, stdout, stderr } = await run(['sql', '--metric', 'weekly-retention', '--dialect', 'duckdb'], root);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain('metrics/weekly-retention.yaml:8:14 error Only a retention metric read from an event log (`kind: retention`, `format: events`) takes `retention`.');
    expect(stderr).toMatch(/journeykit: the workspace has errors, so no SQL was written\.\n$/);
  });

  it.each([
    [['--metric', 'nps', '--dialect', 'mysql'], 'Unknown dialect "mysql": expected one of duckdb, postgres, bigquery, snowflake.'],
    [['--metric', 'nope', '--dialect', 'duckdb'], 'No metric has the id "nope". Metrics that compile to SQL: delivery-csat, jacket-to-order, nps, purchase-funnel, repeat-purchase-rate.'],
    [['--metric', 'nps'], 'Missing --dialect: one of duckdb, postgres, bigquery, snowflake.'],
    [['--metric', 'nps', '--dialect', 'duckdb', '--result', 'steps'], 'Unknown result "steps" for the metric "nps": expected one of series.'],
    [['--metric', 'purchase-funnel', '--dialect', 'duckdb', '--result', 'attribution', '--half-life', '0'], 'Invalid --half-life "0": expected a positive number of days, like 7.'],
    [['--metric', 'nps', '--dialect', 'duckdb', '--table', 'analytics.'], 'Invalid --table "analytics.": expected a name like events or analytics.events.'],
    [['--metric', 'nps', '--dialect', 'bigquery', '--table', 'answers'], 'BigQuery needs the table with its dataset: --table analytics.answers (or project.analytics.answers).'],
    [['--metric', 'nps', '--dialect', 'bigquery'], 'BigQuery needs the table with its dataset: give it with --table, like --table analytics.events.'],
    [['--metric', 'nps', '--dialect', 'snowflake', '--quote-names', 'never'], 'Invalid --quote-names "never": expected when-needed'],
    [['--metric', 'nps', '--dialect', 'duckdb', '--table', 'journeykit_answers'], 'Invalid --table "journeykit_answers": the query names its own steps journeykit_…; name the table with its schema, like analytics.journeykit_answers.'],
  ])('treats %j as a usage error: message, usage, exit 2', async (args, message) => {
    const { code, stdout, stderr } = await run(['sql', ecommerce, ...args], repository);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: journeykit sql [dir] [options]');
  });
});
