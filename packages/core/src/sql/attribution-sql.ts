import { attributionModels, type AttributionModel } from '../metrics/attribution-weights.ts';
import { sqlDialect, type SqlDialect, type SqlDialectName, type SqlTarget } from './dialect.ts';
import { eventRows, type EventColumns } from './event-rows.ts';
import { isOneOf, numberLiteral, withQueries } from './sql-text.ts';

/**
 * Attribution of conversions to channels over an event table, as `attribution` credits them.
 *
 * @example
 * const definition: AttributionSqlDefinition = {
 *   table: 'events', columns: { unit: 'person_id', timestamp: 'event_time', event: 'event_name' },
 *   conversions: ['order_completed'], touches: [{ event: 'ad_clicked', channel: 'paid-ads' }, { event: 'newsletter_opened', channel: 'email' }],
 * };
 * attributionSql(definition, 'snowflake');
 */
export interface AttributionSqlDefinition {
  /** The table (or view) of events, like `analytics.events`. */
  table: string;
  columns: EventColumns;
  /** Events that are the conversion: a unit converts at the first of them. */
  conversions: readonly string[];
  /** The events that are touches, each on its channel; the first entry of an event wins. */
  touches: readonly { event: string; channel: string }[];
  /** The models to compute; every model but last non-direct unless given, as the journey page compares them. */
  models?: readonly AttributionModel[];
  /** Half-life of the time-decay model, in days; 7 unless given. */
  halfLifeDays?: number;
  /** Channels whose touches count as direct, for the last non-direct model; none unless given. */
  directChannels?: readonly string[];
}

/**
 * Compiles attribution to one SQL query: for each unit that did a conversion event, its touches
 * strictly before the first one, ordered by time then channel, share that conversion's credit of 1
 * by each model (see `attribution`); credits are summed per channel. One row per model and channel
 * with credit: `model, channel, credit, share, conversions`, where share is credit / conversions
 * and conversions counts the units with at least one touch.
 *
 * @throws {RangeError} When a model is unknown, the half-life is not a positive number of days, or there is no conversion event.
 * @example
 * attributionSql(
 *   { table: 'events', columns: { unit: 'person_id', timestamp: 'event_time', event: 'event_name' },
 *     conversions: ['order_completed'], touches: [{ event: 'ad_clicked', channel: 'paid-ads' }, { event: 'newsletter_opened', channel: 'email' }] },
 *   'snowflake',
 * ); // 'WITH\nevents AS (…)\n…\nSELECT model AS "model", channel AS "channel", …'
 */
export function attributionSql(definition: AttributionSqlDefinition, dialect: SqlDialectName | SqlTarget): string {
  const d = sqlDialect(dialect);
  const { models = attributionModels.filter((model) => model !== 'last-non-direct'), halfLifeDays = 7, directChannels = [] } = definition;
  check(definition, models, halfLifeDays);
  const channelOf = new Map<string, string>();
  for (const { event, channel } of definition.touches) if (!channelOf.has(event)) channelOf.set(event, channel);
  const touchEvents = [...channelOf.keys()];
  const channel = touchEvents.length === 0 ? 'NULL' : `CASE event_name ${[...channelOf].map(([event, name]) => `WHEN ${d.string(event)} THEN ${d.string(name)}`).join(' ')} END`;
  const queries: [string, string][] = [
    ['journeykit_events', eventRows(d, definition.table, definition.columns, [...new Set([...definition.conversions, ...touchEvents])])],
    ['conversions', `SELECT unit_id, MIN(at_ms) AS converted_ms\nFROM journeykit_events\nWHERE ${isOneOf(d, 'event_name', definition.conversions)}\nGROUP BY unit_id`],
    [
      'touches',
      `SELECT journeykit_events.unit_id, journeykit_events.at_ms, ${channel} AS channel\nFROM journeykit_events\nJOIN conversions ON conversions.unit_id = journeykit_events.unit_id AND journeykit_events.at_ms < conversions.converted_ms\nWHERE ${isOneOf(d, 'event_name', touchEvents)}`,
    ],
    [
      'numbered',
      [
        'SELECT unit_id, at_ms, channel,',
        `  ROW_NUMBER() OVER (PARTITION BY unit_id ORDER BY at_ms, ${d.binaryOrder('channel')}) AS touch_number,`,
        '  COUNT(*) OVER (PARTITION BY unit_id) AS touch_count,',
        // Weights decay towards the last touch rather than the conversion: normalising cancels the difference.
        `  POWER(${d.double('2')}, ${d.double('-(MAX(at_ms) OVER (PARTITION BY unit_id) - at_ms)')} / 86400000 / ${d.double(numberLiteral(halfLifeDays))}) AS decay`,
        'FROM touches',
      ].join('\n'),
    ],
    [
      'ordered',
      `SELECT *, MAX(CASE WHEN NOT (${isOneOf(d, 'channel', directChannels)}) THEN touch_number END) OVER (PARTITION BY unit_id) AS last_non_direct,\n  SUM(decay) OVER (PARTITION BY unit_id) AS decay_total\nFROM numbered`,
    ],
    ['weighted', models.map((model) => `SELECT ${d.string(model)} AS model, channel, ${weight(d, model)} AS weight\nFROM ordered`).join('\nUNION ALL\n')],
    ['credits', 'SELECT model, channel, SUM(weight) AS credit\nFROM weighted\nWHERE weight > 0\nGROUP BY model, channel'],
  ];
  const order = `CASE model ${models.map((model, index) => `WHEN ${d.string(model)} THEN ${index}`).join(' ')} END`;
  const final = [
    `SELECT model AS ${d.alias('model')}, channel AS ${d.alias('channel')}, credit AS ${d.alias('credit')}, credit / conversions AS ${d.alias('share')}, conversions AS ${d.alias('conversions')}`,
    'FROM credits',
    'CROSS JOIN (SELECT COUNT(DISTINCT unit_id) AS conversions FROM touches) AS converted',
    `ORDER BY ${order}, credit DESC, ${d.binaryOrder('channel')}`,
  ].join('\n');
  return withQueries(queries, final);
}

/** The share of its conversion's credit a touch gets under a model, as `attributionWeights` gives it. */
function weight(d: SqlDialect, model: AttributionModel): string {
  const [one, half, edge, middle] = ['1', '0.5', '0.4', '0.2'].map((value) => d.double(value)) as [string, string, string, string];
  const only = (condition: string) => `CASE WHEN ${condition} THEN ${one} ELSE ${d.double('0')} END`;
  switch (model) {
    case 'first':
      return only('touch_number = 1');
    case 'last':
      return only('touch_number = touch_count');
    case 'last-non-direct':
      return only('touch_number = COALESCE(last_non_direct, touch_count)');
    case 'linear':
      return `${one} / touch_count`;
    case 'position-based':
      return `CASE WHEN touch_count = 1 THEN ${one} WHEN touch_count = 2 THEN ${half} WHEN touch_number = 1 OR touch_number = touch_count THEN ${edge} ELSE ${middle} / (touch_count - 2) END`;
    case 'time-decay':
      return 'decay / decay_total';
  }
}

function check(definition: AttributionSqlDefinition, models: readonly string[], halfLifeDays: number): void {
  const unknown = models.find((model) => !(attributionModels as readonly string[]).includes(model));
  if (unknown !== undefined) throw new RangeError(`The attribution model must be one of ${attributionModels.join(', ')}, but it is ${JSON.stringify(unknown)}.`);
  if (!(halfLifeDays > 0 && Number.isFinite(halfLifeDays))) throw new RangeError(`The time-decay half-life must be a positive number of days, but it is ${String(halfLifeDays)}.`);
  if (definition.conversions.length === 0) throw new RangeError('Attribution needs at least one conversion event.');
}
