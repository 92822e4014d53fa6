import { builtinChannelKinds } from '../schema/channel-kinds.ts';
import { defineRule } from './rule.ts';

const list = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');
const didYouMean = (suggestion: string | undefined) => (suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`);

// Broken input: the file cannot be read as a definition at all. Never configurable.

export const fileEmpty = defineRule<{ kind: string }>({
  id: 'file/empty',
  severity: 'error',
  configurable: false,
  title: 'A definition file holds nothing.',
  message: ({ kind }) => `The file is empty: expected a ${kind} definition.`,
  hint: () => 'Write the definition, or delete the file.',
});

export const fileTooLarge = defineRule<{ size: number; limit: number }>({
  id: 'file/too-large',
  severity: 'error',
  configurable: false,
  title: 'A definition file is larger than Journeykit reads.',
  message: ({ size, limit }) =>
    `The file is ${(size / 1024 / 1024).toFixed(1)} MB: definition files may be at most ${limit / 1024 / 1024} MB.`,
  hint: () => 'Split it into several files, or move bulk data into a CSV file under data/.',
});

export const fileNotUtf8 = defineRule({
  id: 'file/not-utf8',
  severity: 'error',
  configurable: false,
  title: 'A definition file is not valid UTF-8 text.',
  message: () => 'The file has bytes that are not UTF-8 text.',
  hint: () => 'Save the file as UTF-8; the position shown is the first byte that is not.',
});

export const fileOutsideWorkspace = defineRule<{ target: string }>({
  id: 'file/outside-workspace',
  severity: 'error',
  configurable: false,
  title: 'A file or link points outside the workspace.',
  message: ({ target }) => `"${target}" is outside the workspace: Journeykit only reads files inside it.`,
  hint: () => 'Copy the file into the workspace, or point at a file inside it.',
});

export const fileSpecial = defineRule<{ kind: string }>({
  id: 'file/special',
  severity: 'error',
  configurable: false,
  title: 'A file in a definition folder is a FIFO, a device or a socket.',
  message: ({ kind }) => `The file is a ${kind}, not a regular file: Journeykit never reads one.`,
  hint: () => 'Remove it from the workspace, or replace it with a regular file.',
});

export const fileUnknownExtension = defineRule<{ extensions: readonly string[] }>({
  id: 'file/unknown-extension',
  severity: 'warning',
  configurable: true,
  title: 'A file in a definition folder is not a definition.',
  message: ({ extensions }) => `The file is not read: definition files end in ${list(extensions)}.`,
  hint: () => 'Rename it, move it out of the definition folders, or turn this rule off.',
});

export const unsafeKey = defineRule<{ key: string }>({
  id: 'file/unsafe-key',
  severity: 'error',
  configurable: false,
  title: 'A key that could change how JavaScript objects behave.',
  message: ({ key }) => `The key "${key}" is not allowed: it would change how JavaScript objects behave.`,
  hint: () => 'Rename the key.',
});

export const yamlSyntax = defineRule<{ reason: string }>({
  id: 'yaml/syntax',
  severity: 'error',
  configurable: false,
  title: 'A YAML or JSON file cannot be parsed.',
  message: ({ reason }) => `The file cannot be parsed: ${reason}`,
  hint: () => 'Fix the syntax at the position shown; a YAML linter in your editor shows such problems as you type.',
});

export const duplicateKey = defineRule<{ key: string }>({
  id: 'yaml/duplicate-key',
  severity: 'error',
  configurable: false,
  title: 'A mapping has the same key twice.',
  message: ({ key }) => `The key "${key}" appears twice in the same mapping: only one value can count.`,
  hint: () => 'Remove or rename one of them.',
});

export const tooDeep = defineRule<{ limit: number }>({
  id: 'file/too-deep',
  severity: 'error',
  configurable: false,
  title: 'A file nests lists or objects deeper than any definition needs.',
  message: ({ limit }) => `The data nests lists or objects more than ${limit} levels deep here, past the limit of ${limit}: it is not read.`,
  hint: () => 'No definition needs this depth: check for brackets that are opened and never closed, or flatten the data.',
});

export const tooManyAliases = defineRule({
  id: 'yaml/too-many-aliases',
  severity: 'error',
  configurable: false,
  title: 'A YAML file expands aliases beyond a safe size.',
  message: () =>
    'The file\'s aliases expand to far more data than it holds: this is how "billion laughs" attacks work, so it is not read.',
  hint: () => 'Write the values out instead of using anchors and aliases.',
});

export const multipleDocuments = defineRule({
  id: 'yaml/multiple-documents',
  severity: 'error',
  configurable: false,
  title: 'A YAML file holds more than one document.',
  message: () => 'The file holds more than one YAML document: expected exactly one.',
  hint: () => 'Put each definition in its own file, or make the file a list of definitions.',
});

export const tsImportFailed = defineRule<{ reason: string }>({
  id: 'ts/import-failed',
  severity: 'error',
  configurable: false,
  title: 'A TypeScript definition throws when it is imported.',
  message: ({ reason }) => `The file throws when it is imported: ${reason}`,
  hint: () => 'Fix the error at the position shown; definitions should only build data.',
});

export const tsNoDefaultExport = defineRule({
  id: 'ts/no-default-export',
  severity: 'error',
  configurable: false,
  title: 'A TypeScript definition has no default export.',
  message: () => 'The file has no default export: expected `export default defineJourney({ … })` or similar.',
  hint: () => 'Export the definition as the default export.',
});

// Structure: the data does not have the shape of its kind.

export const invalidType = defineRule<{ expected: string; received: string }>({
  id: 'schema/invalid-type',
  severity: 'error',
  configurable: false,
  title: 'A field has a value of the wrong type.',
  message: ({ expected, received }) => `Invalid value: expected ${expected}, received ${received}.`,
});

export const missingField = defineRule<{ field: string; expected: string }>({
  id: 'schema/missing-field',
  severity: 'error',
  configurable: false,
  title: 'A required field is missing.',
  message: ({ field, expected }) => `Missing field "${field}": expected ${expected}.`,
  hint: ({ field }) => `Add "${field}".`,
});

export const unknownField = defineRule<{ field: string; suggestion: string | undefined; allowed: readonly string[] }>({
  id: 'schema/unknown-field',
  severity: 'error',
  configurable: false,
  title: 'A field that the definition does not have.',
  message: ({ field, suggestion }) => `Unknown field "${field}".${didYouMean(suggestion)}`,
  hint: ({ allowed }) =>
    `Fields allowed here: ${list(allowed)}. Keys starting with "x-" are kept for your own tools.`,
});

export const urlScheme = defineRule<{ url: string; expected: string }>({
  id: 'url/scheme',
  severity: 'error',
  configurable: false,
  title: 'A link with a scheme its field does not allow, such as javascript: or data:.',
  // JSON quoting shows tabs, newlines and other control characters inside the address.
  message: ({ url, expected }) => `The address ${JSON.stringify(url)} is not allowed here: expected ${expected}.`,
  hint: () => 'Links lead to web pages, mail addresses or files of the workspace; a javascript:, data: or vbscript: address would run what it holds when a reader clicks it.',
});

export const invalidValue = defineRule<{ reason: string; suggestion?: string | undefined }>({
  id: 'schema/invalid-value',
  severity: 'error',
  configurable: false,
  title: 'A field has a value outside what it allows.',
  message: ({ reason, suggestion }) => `${reason}.${didYouMean(suggestion)}`,
});

// Identity and references.

export const duplicateId = defineRule<{ kind: string; id: string; first: string }>({
  id: 'ids/duplicate',
  severity: 'error',
  configurable: false,
  title: 'Two entities of the same kind share an id.',
  message: ({ kind, id, first }) => `Duplicate ${kind} id "${id}": it is already used at ${first}.`,
  hint: () => 'Ids must be unique; rename one of them.',
});

/**
 * What a reference rule says besides the id: the closest id, by id or by name (`named` then gives
 * the name it was found by), and the ids that exist, listed when there are few.
 */
export interface ReferenceArgs {
  id: string;
  suggestion: string | undefined;
  named?: string;
  known?: readonly string[];
}

/** How many existing ids a reference problem lists; past that, a list helps less than a search. */
const listedIdsLimit = 8;

/** `Did you mean "sam" (named "Sam")? Existing personas: "sam", "alex".` */
function referenceAdvice(plural: string, { suggestion, named, known = [] }: ReferenceArgs): string {
  const guess = suggestion === undefined ? '' : ` Did you mean "${suggestion}"${named === undefined ? '' : ` (named "${named}")`}?`;
  if (known.length === 0) return `${guess} There are no ${plural} yet.`;
  return known.length > listedIdsLimit ? guess : `${guess} Existing ${plural}: ${list(known)}.`;
}

/**
 * Makes the rule for references to one kind of entity, so each has its own id. `scope` follows the
 * id in the message (" in that journey"); `plural` names what `known` lists.
 */
function referenceRule(kind: string, { scope = '', plural = `${kind}s${scope}`, hint = () => `Fix the id, or define the ${kind}.` }: { scope?: string; plural?: string; hint?: () => string } = {}) {
  return defineRule<ReferenceArgs>({
    id: `refs/${kind.replaceAll(' ', '-')}-exists`,
    severity: 'error',
    configurable: false,
    title: `A reference to a ${kind} that does not exist.`,
    message: (args) => `No ${kind} has the id "${args.id}"${scope}.${referenceAdvice(plural, args)}`,
    hint,
  });
}

export const personaExists = referenceRule('persona');
export const channelExists = referenceRule('channel', {
  scope: ' (neither a built-in channel nor one of the workspace)',
  plural: 'channels of the workspace',
  hint: () => `Use a built-in channel (${builtinChannelKinds.join(', ')}), or define the channel in channels/.`,
});
export const teamExists = referenceRule('team');
export const journeyExists = referenceRule('journey');
export const metricExists = referenceRule('metric');
export const termExists = referenceRule('glossary term');
export const painPointExists = referenceRule('pain point', { scope: ' in this journey' });
export const stageExists = referenceRule('stage', { scope: ' in that journey' });
export const stepExists = referenceRule('step', { scope: ' in that journey' });
export const touchpointExists = referenceRule('touchpoint', { scope: ' in that journey' });

export const emotionPersonaInJourney = defineRule<{ persona: string; personas: readonly string[]; suggestion: string | undefined }>({
  id: 'refs/emotion-persona',
  severity: 'error',
  configurable: false,
  title: 'An emotion for a persona the journey is not drawn for.',
  message: ({ persona, personas, suggestion }) =>
    personas.length === 0
      ? `The step has an emotion for the persona "${persona}", but the journey names no personas.`
      : `The step has an emotion for "${persona}", which is not one of the journey's personas (${list(personas)}).${didYouMean(suggestion)}`,
  hint: () => 'Key `emotions` by ids listed in the journey\'s `personas`, or add the persona to that list.',
});

export const changedPartExists = defineRule<{ kind: string; id: string; asIs: string; suggestion: string | undefined }>({
  id: 'refs/changed-part-exists',
  severity: 'error',
  configurable: false,
  title: 'A to-be journey changes a part its as-is journey does not have.',
  message: ({ kind, id, asIs, suggestion }) => `No ${kind} "${id}" in the as-is journey "${asIs}", nor among the parts this journey adds.${didYouMean(suggestion)}`,
  hint: ({ kind }) => `Changes name parts of the as-is journey, or parts added under \`changes.add\`, by id: fix the id, or add the ${kind}.`,
});

export const dataFileExists = defineRule<{ file: string }>({
  id: 'refs/file-exists',
  severity: 'error',
  configurable: false,
  title: 'A data file that does not exist.',
  message: ({ file }) => `The data file "${file}" does not exist in the workspace.`,
  hint: () => 'Paths are relative to the workspace root, like data/nps.csv.',
});

export const documentExists = defineRule<{ link: string }>({
  id: 'refs/document-exists',
  severity: 'error',
  configurable: false,
  title: 'A touchpoint\'s document links to a file that does not exist.',
  message: ({ link }) => `The document "${link}" does not exist in the workspace.`,
  hint: () => 'A link without a scheme is a file of the workspace, relative to its root, like docs/kickoff.pdf; or link to a web address, like https://….',
});

// The workspace and its config.

export const noConfig = defineRule<{ names: readonly string[] }>({
  id: 'workspace/no-config',
  severity: 'error',
  configurable: false,
  title: 'The folder is not a Journeykit workspace.',
  message: ({ names }) => `No workspace config found: expected one of ${list(names)}.`,
  hint: () => 'Run `journeykit init` to start a workspace, or point at the folder that holds the config.',
});

export const manyConfigs = defineRule<{ names: readonly string[] }>({
  id: 'workspace/many-configs',
  severity: 'error',
  configurable: false,
  title: 'The workspace has more than one config file.',
  message: ({ names }) => `The workspace has several config files: ${list(names)}. Only one can count.`,
  hint: () => 'Keep one and delete the others.',
});

export const noJourneys = defineRule({
  id: 'workspace/no-journeys',
  severity: 'warning',
  configurable: true,
  title: 'The workspace defines no journey.',
  message: () => 'The workspace defines no journey: the report would be empty.',
  hint: () => 'Add a journey under journeys/.',
});

export const unknownRule = defineRule<{ rule: string; suggestion: string | undefined }>({
  id: 'config/unknown-rule',
  severity: 'error',
  configurable: false,
  title: 'The config sets the severity of a rule that does not exist.',
  message: ({ rule, suggestion }) => `There is no rule "${rule}".${didYouMean(suggestion)}`,
  hint: () => 'Rule ids are listed in the rules reference and printed with each problem.',
});

export const ruleNotConfigurable = defineRule<{ rule: string }>({
  id: 'config/rule-not-configurable',
  severity: 'error',
  configurable: false,
  title: 'The config changes a rule that guards against broken input.',
  message: ({ rule }) => `The rule "${rule}" cannot be changed: it reports input Journeykit cannot read.`,
  hint: () => 'Fix the input instead, and remove the rule from the config.',
});

// Semantics: the workspace reads, but something about it is likely wrong. All configurable.

export const stageWithoutTouchpoints = defineRule<{ stage: string }>({
  id: 'stage/no-touchpoints',
  severity: 'warning',
  configurable: true,
  title: 'A stage where the customer meets the company nowhere.',
  message: ({ stage }) => `The stage "${stage}" has no touchpoint: the map cannot show where the customer meets you.`,
  hint: () => 'Add touchpoints to its steps, direct and indirect ones alike.',
});

export const painPointWithoutOwner = defineRule<{ painPoint: string }>({
  id: 'pain-point/no-owner',
  severity: 'warning',
  configurable: true,
  title: 'A pain point nobody owns.',
  message: ({ painPoint }) => `The pain point "${painPoint}" has no owner, so nobody is accountable for it.`,
  hint: () => 'Set `owner` to the id of the team that should remove it.',
});

export const metricWithoutTarget = defineRule<{ metric: string }>({
  id: 'metric/no-target',
  severity: 'warning',
  configurable: true,
  title: 'A metric without a target.',
  message: ({ metric }) => `The metric "${metric}" has no target, so the report cannot say whether it is on track.`,
  hint: () => 'Set `target`, like `target: 45`.',
});

export const tooManyPersonas = defineRule<{ count: number; limit: number }>({
  id: 'journey/too-many-personas',
  severity: 'warning',
  configurable: true,
  title: 'A journey drawn for more personas than a map can serve.',
  message: ({ count, limit }) => `The journey is drawn for ${count} personas: maps stay useful with ${limit} or fewer.`,
  hint: () => 'Split the journey per persona, or make the personas broader.',
});

export const variantOfItself = defineRule({
  id: 'journey/variant-of-itself',
  severity: 'error',
  configurable: true,
  title: 'A journey that is declared a variant of itself.',
  message: () => 'The journey is declared a variant of itself.',
  hint: () => 'Point `variantOf` at the as-is or to-be journey it varies.',
});

export const changesCycle = defineRule<{ journeys: readonly string[] }>({
  id: 'journey/changes-cycle',
  severity: 'error',
  configurable: false,
  title: 'To-be journeys that declare only their changes, each to another, in a loop.',
  message: ({ journeys }) => `The journeys ${journeys.map((id) => `"${id}"`).join(' → ')} each change the next, in a loop: none has a whole journey to start from.`,
  hint: () => 'Point `variantOf` of one of them at a journey that lists its stages.',
});

export const emotionOutOfScale = defineRule<{ value: number; min: number; max: number }>({
  id: 'emotion/out-of-scale',
  severity: 'error',
  configurable: true,
  title: 'An emotion score outside the journey\'s scale.',
  message: ({ value, min, max }) => `The emotion ${value} is outside the journey's scale of ${min} to ${max}.`,
  hint: () => 'Use a score on the scale, or declare another `emotionScale` on the journey.',
});

export const answerOutOfScale = defineRule<{ value: number; min: number; max: number }>({
  id: 'metric/answer-out-of-scale',
  severity: 'error',
  configurable: true,
  title: 'A positive answer of a survey metric outside its scale.',
  message: ({ value, min, max }) => `The answer ${value} is outside the metric's scale of ${min} to ${max}.`,
});

export const seriesOrder = defineRule<{ period: string; previous: string }>({
  id: 'metric/series-order',
  severity: 'warning',
  configurable: true,
  title: 'A metric series whose periods are repeated or out of order.',
  message: ({ period, previous }) => `The period ${period} comes after ${previous}: a series runs oldest first, each period once.`,
  hint: () => 'Sort the series by period and merge repeated periods.',
});

export const opportunityWithoutPainPoint = defineRule<{ opportunity: string }>({
  id: 'opportunity/no-pain-point',
  severity: 'info',
  configurable: true,
  title: 'An opportunity that answers no pain point.',
  message: ({ opportunity }) => `The opportunity "${opportunity}" does not say which pain point it answers.`,
  hint: () => 'List the pain points it addresses in `addresses`.',
});

// Data files: CSV exports a metric reads its values from.

export const sourceNeedsSurvey = defineRule<{ kind: string }>({
  id: 'metric/responses-need-survey',
  severity: 'error',
  configurable: false,
  title: 'Survey responses for a metric that is not a survey score.',
  message: ({ kind }) => `A ${kind} metric cannot be computed from survey responses: only NPS, CSAT and CES can.`,
  hint: () => 'Use `format: series` with one row per period, or change the metric\'s kind.',
});

export const sourceNeedsPeriod = defineRule({
  id: 'metric/responses-need-period',
  severity: 'error',
  configurable: false,
  title: 'Survey responses dated but not grouped.',
  message: () => 'The responses are mapped to a `date` column, but the source does not say which period they count in.',
  hint: () => 'Add `period: month` (or day, week, quarter, year) to the source, or map a `period` column instead.',
});

export const eventsNeedJourney = defineRule({
  id: 'metric/events-need-journey',
  severity: 'error',
  configurable: false,
  title: 'An event log for a metric scoped to no journey.',
  message: () => 'The metric reads an event log but names no journey in `scope`: the journey\'s stages make the funnel.',
  hint: () => 'Add `scope: { journey: <id> }`, and give the journey\'s touchpoints the `event` that shows they happened.',
});

export const eventsNeedSteps = defineRule<{ journey: string }>({
  id: 'metric/events-need-steps',
  severity: 'error',
  configurable: false,
  title: 'A funnel over a journey without analytics events.',
  message: ({ journey }) => `Fewer than two stages of the journey "${journey}" have touchpoints with an \`event\`: there is no funnel to count.`,
  hint: () => 'Set `event` on the touchpoints that show a customer reached each stage, like `event: checkout_started`.',
});

export const duplicateEvent = defineRule<{ line: number; first: number }>({
  id: 'data/duplicate-event',
  severity: 'warning',
  configurable: true,
  title: 'An event log with the same event twice.',
  message: ({ line, first }) => `Line ${line} repeats line ${first}: the same event of the same unit at the same time is counted once.`,
});

export const duplicateEvents = defineRule<{ count: number }>({
  id: 'data/duplicate-events',
  severity: 'warning',
  configurable: true,
  title: 'An event log with many repeated events.',
  message: ({ count }) => `${count} more events repeat an earlier line, besides those shown: each is counted once.`,
});

export const duplicateResponse = defineRule<{ line: number; first: number }>({
  id: 'data/duplicate-response',
  severity: 'warning',
  configurable: true,
  title: 'Survey responses with the same id twice.',
  message: ({ line, first }) => `Line ${line} has the response id of line ${first}: the response is counted once.`,
});

export const duplicateResponses = defineRule<{ count: number }>({
  id: 'data/duplicate-responses',
  severity: 'warning',
  configurable: true,
  title: 'Survey responses with many repeated ids.',
  message: ({ count }) => `${count} more responses repeat an earlier id, besides those shown: each is counted once.`,
});

export const nonResponsesCounted = defineRule<{ count: number; answers: number }>({
  id: 'data/non-responses',
  severity: 'info',
  configurable: true,
  title: 'Survey rows without an answer: blank or N/A.',
  message: ({ count, answers }) => `${count} of ${answers} rows have no answer (blank or N/A): they count as non-responses, not in the score or its n.`,
});

export const funnelStepNotInLog = defineRule<{ step: string; events: readonly string[]; file: string; suggestion: string | undefined; filter?: string | undefined }>({
  id: 'metric/funnel-step-not-in-log',
  severity: 'error',
  configurable: true,
  title: 'A funnel step whose events the event log never holds.',
  message: ({ step, events, file, suggestion, filter }) =>
    `No event of the funnel step "${step}" (${events.map((event) => `"${event}"`).join(', ')})${filter === undefined ? '' : ` where ${filter}`} appears in ${file}: the step, and every step after it, would count nobody.${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`,
  hint: ({ filter }) =>
    filter === undefined
      ? 'Correct the event name as the log writes it, or mark the step `optional: true` if the log does not track it yet.'
      : 'The log has the events, but none with these property values: correct the values as the log writes them (exact, case counts), or mark the step `optional: true`.',
});

export const funnelPropertyNotDeclared = defineRule<{ step: string; property: string; declared: readonly string[]; suggestion: string | undefined }>({
  id: 'metric/funnel-property-not-declared',
  severity: 'error',
  configurable: false,
  title: 'A funnel step filters on a property the source does not declare.',
  message: ({ step, property, declared, suggestion }) =>
    `The funnel step "${step}" filters on the property "${property}", which is not among the source's event properties${declared.length === 0 ? ' (it declares none)' : ` (${declared.map((name) => `"${name}"`).join(', ')})`}.${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`,
  hint: ({ property }) => `Name the column in the source: \`eventProperties: [${property}]\`, or correct the property's name.`,
});

export const eventsNotFound = defineRule<{ what: string; events: readonly string[]; suggestion: string | undefined }>({
  id: 'data/events-not-found',
  severity: 'warning',
  configurable: true,
  title: 'An event log without any of the events a metric counts on.',
  message: ({ what, events, suggestion }) => `No event of ${what} appears in the file: the metric looks for ${list(events)}.${didYouMean(suggestion)}`,
  hint: () => 'Event names must match the log\'s exactly, case included; fix the name in the definition or the export.',
});

export const eventsOutOfOrder = defineRule<{ line: number }>({
  id: 'data/events-out-of-order',
  severity: 'info',
  configurable: true,
  title: 'An event log not in time order.',
  message: ({ line }) => `The events are not in time order, first at line ${line}: they are sorted before counting.`,
});

export const csvSyntax = defineRule<{ reason: string }>({
  id: 'data/csv-syntax',
  severity: 'error',
  configurable: false,
  title: 'A data file is not valid CSV.',
  message: ({ reason }) => `The file cannot be read as CSV: ${reason}`,
});

export const csvEmpty = defineRule({
  id: 'data/empty',
  severity: 'error',
  configurable: false,
  title: 'A data file has no rows.',
  message: () => 'The file has no rows of data: a header line and at least one row are expected.',
});

export const missingColumn = defineRule<{ column: string; mapped: string | undefined; found: readonly string[]; suggestion: string | undefined }>({
  id: 'data/missing-column',
  severity: 'error',
  configurable: false,
  title: 'A data file lacks a column the metric needs.',
  message: ({ column, mapped, found, suggestion }) =>
    `The file has no column "${mapped ?? column}"${mapped === undefined ? '' : ` (for ${column})`}: its columns are ${found.map((c) => `"${c}"`).join(', ')}.${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`}`,
  hint: ({ column }) => `Rename the column, or map it in the metric: \`columns: { ${column}: <your column> }\`.`,
});

export const badRow = defineRule<{ reason: string }>({
  id: 'data/bad-row',
  severity: 'error',
  configurable: false,
  title: 'A row of a data file cannot be read.',
  message: ({ reason }) => `${reason}.`,
  hint: () => 'Fix the row, or set `badRows: skip` on the metric\'s source to leave such rows out with a warning.',
});

export const skippedRow = defineRule<{ reason: string }>({
  id: 'data/skipped-row',
  severity: 'warning',
  configurable: true,
  title: 'A row of a data file was left out.',
  message: ({ reason }) => `${reason}: the row is left out.`,
  hint: () => 'The metric\'s source says `badRows: skip`; fix the row to count it.',
});

// Importing a Mermaid user journey diagram (`journeykit import mermaid`). Not configurable: they
// are about the diagram read, not about a workspace.

export const mermaidNotJourney = defineRule<{ found: string; diagram: string | undefined }>({
  id: 'mermaid/not-journey',
  severity: 'error',
  configurable: false,
  title: 'A Mermaid diagram that is not a user journey.',
  message: ({ found, diagram }) =>
    diagram === undefined
      ? `Expected \`journey\`, the first word of a Mermaid user journey diagram, but found "${found}".`
      : `This is a Mermaid ${diagram}, not a user journey: expected \`journey\` as its first word.`,
  hint: () => 'Journeykit imports user journey diagrams: `journey`, then `title`, `section` and task lines like `Make tea: 5: Me`.',
});

export const mermaidSyntax = defineRule<{ problem: string; expected: string }>({
  id: 'mermaid/syntax',
  severity: 'error',
  configurable: false,
  title: 'A line of a Mermaid journey diagram that Mermaid cannot parse.',
  message: ({ problem, expected }) => `${problem}: expected ${expected}.`,
  hint: () => 'Inside names Mermaid reserves `#` (a comment), `;`, `:` and `%%`: write them as #35;, #59;, #58; and #37;#37;.',
});

export const mermaidScore = defineRule<{ score: string }>({
  id: 'mermaid/score',
  severity: 'error',
  configurable: false,
  title: 'A task score that is not a whole number from 0 to 5.',
  message: ({ score }) => `Invalid score "${score}": expected a whole number from 0 to 5, how the user feels at the task.`,
  hint: () => 'Write a task as `Name: score: actor, actor`, like `Make tea: 5: Me`.',
});

export const mermaidEmpty = defineRule({
  id: 'mermaid/empty',
  severity: 'error',
  configurable: false,
  title: 'A Mermaid journey diagram without sections or tasks.',
  message: () => 'The diagram has no section and no task: a journey needs at least one stage.',
  hint: () => 'Add a `section` line with the tasks of that stage under it.',
});

export const mermaidIgnored = defineRule<{ what: string; why: string }>({
  id: 'mermaid/ignored',
  severity: 'warning',
  configurable: false,
  title: 'Something in a Mermaid diagram that the import leaves out.',
  message: ({ what, why }) => `${what} is not imported: ${why}.`,
});

export const mermaidAssumed = defineRule<{ assumption: string }>({
  id: 'mermaid/assumed',
  severity: 'warning',
  configurable: false,
  title: 'Something the import assumed, since the Mermaid diagram does not say it.',
  message: ({ assumption }) => `${assumption}.`,
  hint: () => 'Check it in the files written, and change it where it is wrong.',
});

export const mermaidBadComment = defineRule<{ kind: string; reason: string }>({
  id: 'mermaid/bad-comment',
  severity: 'warning',
  configurable: false,
  title: 'A `%% journeykit:` comment that cannot be read back.',
  message: ({ kind, reason }) => `The journeykit:${kind} comment is ignored: ${reason}.`,
  hint: () => 'These comments are written by `journeykit export --format mermaid`; fix the comment or delete it.',
});

export const mermaidInvalidData = defineRule<{ what: string; reason: string }>({
  id: 'mermaid/invalid-data',
  severity: 'error',
  configurable: false,
  title: 'A Mermaid diagram whose `%% journeykit:` comments describe an invalid journey.',
  message: ({ what, reason }) => `The ${what} read from the diagram is not valid: ${reason}`,
  hint: () => 'Fix the journeykit comment on this line, or delete it to import what the diagram shows.',
});

export const importIdTaken = defineRule<{ kind: string; id: string; file: string }>({
  id: 'import/id-taken',
  severity: 'error',
  configurable: false,
  title: 'An import would give an entity an id the workspace already uses.',
  message: ({ kind, id, file }) => `The workspace already has a ${kind} with the id "${id}", in ${file}.`,
  hint: () => 'Give the imported journey another id with --id, or import into another workspace with --into.',
});

export const importFileExists = defineRule<{ file: string }>({
  id: 'import/file-exists',
  severity: 'error',
  configurable: false,
  title: 'An import would overwrite a file.',
  message: ({ file }) => `${file} already exists: an import never overwrites a file.`,
  hint: () => 'Give the imported journey another id with --id, or import into another workspace with --into.',
});
