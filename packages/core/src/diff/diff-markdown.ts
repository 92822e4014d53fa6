import { plural } from '../render/words/plural.ts';
import type { BlockContent, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { changeDetails, code, count, fieldWords, joined, kindWords, placeWords, strong, targetWords, text } from './describe-change.ts';
import type { DiffKind, EntityChange, FieldChange, WorkspaceDiff } from './diff-schema.ts';
import { diffKinds } from './diff-schema.ts';

/**
 * What the two sides of a diff are, as the reader knows them: a folder, a branch, a commit.
 *
 * @example
 * const labels: DiffLabels = { base: 'main (4f1c2ab)', head: 'HEAD (9e03d71)' };
 */
export interface DiffLabels {
  base?: string;
  head?: string;
}

// Tables longer than this fold into a <details> block, which GitHub renders closed.
const foldAfter = 15;

/**
 * Renders a workspace diff as GitHub-flavoured Markdown for a pull-request comment: a summary
 * line, the metrics that crossed their target, a table per journey (its own changes and its
 * parts', in map order), a table per other kind of entity, and the config settings that changed.
 * The parts of an added or removed stage or journey are counted on its row. Long tables fold.
 * Authors' text is escaped; the output has no emoji and ends with a newline.
 *
 * @example
 * diffMarkdown(diffWorkspaces(base, head), { base: 'main', head: 'my-branch' });
 * // ## Journey changes\n\nComparing `main` with `my-branch`.\n\n**1 added, 1 changed.**\n\n### Journey: Onboarding `onboarding`\n…
 */
export function diffMarkdown(diff: WorkspaceDiff, labels: DiffLabels = {}): string {
  const children: RootContent[] = [heading(2, [text('Journey changes')])];
  if (labels.base !== undefined && labels.head !== undefined) {
    children.push(paragraph([text('Comparing '), code(labels.base), text(' with '), code(labels.head), text('.')]));
  }
  children.push(paragraph([strong(summaryWords(diff))]));
  const crossed = diff.changes.filter((change) => change.target?.crossed === true);
  if (crossed.length > 0) {
    children.push(heading(3, [text('Targets crossed')]));
    children.push(list(crossed.map((change) => [strong(change.name), text(' '), code(change.id), text(` ${targetWords(change.target!)}.`)])));
  }
  for (const [journey, changes] of byJourney(diff.changes)) {
    children.push(heading(3, [text('Journey: '), text(journey.name), text(' '), code(journey.id)]), ...table(changes, true));
  }
  for (const kind of diffKinds) {
    const changes = diff.changes.filter((change) => change.kind === kind && change.place === undefined && kind !== 'journey');
    if (changes.length === 0) continue;
    const title = kindWords[kind].many;
    children.push(heading(3, [text(title[0]!.toUpperCase() + title.slice(1))]), ...table(changes, false));
  }
  if (diff.config.length > 0) {
    children.push(heading(3, [text('Workspace config')]), list(diff.config.map(configWords)));
  }
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { bullet: '-', extensions: [gfmToMarkdown({ tablePipeAlign: false })] });
}

/** The counts of a diff in a line: "2 added, 1 renamed, 1 metric crossed its target". */
function summaryWords({ summary }: WorkspaceDiff): string {
  const parts = [
    summary.added > 0 && `${summary.added} added`,
    summary.removed > 0 && `${summary.removed} removed`,
    summary.renamed > 0 && `${summary.renamed} renamed`,
    summary.moved > 0 && `${summary.moved} moved`,
    summary.changed > 0 && `${summary.changed} changed`,
    summary.targetsCrossed > 0 && `${summary.targetsCrossed} ${plural(summary.targetsCrossed, 'metric')} crossed ${plural(summary.targetsCrossed, 'its target', 'their targets')}`,
    summary.config > 0 && `${summary.config} config ${plural(summary.config, 'setting')} changed`,
  ].filter((part) => part !== false);
  return parts.length === 0 ? 'No changes.' : `${parts.join(', ')}.`;
}

/**
 * The changes of each journey, named as it is now. Parts removed from a journey whose id changed
 * name it by its old id: they go with it, under its new one.
 */
function byJourney(changes: readonly EntityChange[]): Map<{ id: string; name: string }, EntityChange[]> {
  const newIds = new Map(changes.flatMap((c) => (c.kind === 'journey' && c.renamed?.id ? [[c.renamed.id.from, c.id] as const] : [])));
  const groups = new Map<string, { journey: { id: string; name: string }; changes: EntityChange[]; rank: number }>();
  for (const change of changes) {
    const ref = change.kind === 'journey' ? { id: change.id, name: change.name } : change.place?.journey;
    if (ref === undefined) continue;
    const id = newIds.get(ref.id) ?? ref.id;
    const group = groups.get(id) ?? { journey: { id, name: ref.name }, changes: [], rank: 0 };
    // The journey's own change knows its current name best, then a part on the head side; a removed part knows the old one.
    const rank = change.kind === 'journey' ? 2 : change.change === 'removed' ? 0 : 1;
    if (rank > group.rank) Object.assign(group, { journey: { id, name: ref.name }, rank });
    group.changes.push(change);
    groups.set(id, group);
  }
  return new Map([...groups.values()].map(({ journey, changes }) => [journey, changes]));
}

/** A table of changes, one row each; the parts of an added or removed parent are counted on its row. */
function table(changes: readonly EntityChange[], where: boolean): RootContent[] {
  const folded = foldParts(changes);
  const rows: TableRow[] = [];
  for (const change of changes) {
    const parts = folded.get(change);
    if (parts === undefined) continue;
    const details = changeDetails(change);
    if (parts.length > 0) details.unshift([text(`with ${partsWords(parts)}`)]);
    const cells = [
      [text(changeWords(change))],
      [text(`${kindWords[change.kind].one} `), strong(change.name), text(' '), code(change.id)],
      ...(where ? [[text(placeWords(change.place))]] : []),
      joined(details),
    ];
    rows.push(row(cells));
  }
  const header = row([[text('Change')], [text('What')], ...(where ? [[text('Where')]] : []), [text('Details')]]);
  const node: RootContent = { type: 'table', align: [], children: [header, ...rows] };
  if (rows.length <= foldAfter) return [node];
  return [{ type: 'html', value: `<details>\n<summary>${rows.length} changes</summary>` }, node, { type: 'html', value: '</details>' }];
}

/**
 * For each change that gets a row, the kinds of the added or removed parts it stands for; the
 * changes that go without a row (inside an added or removed parent) are left out.
 */
function foldParts(changes: readonly EntityChange[]): Map<EntityChange, DiffKind[]> {
  const whole = new Map<string, EntityChange>();
  const key = (change: EntityChange['change'], kind: DiffKind, journey: string, id: string) => `${change} ${kind} ${journey} ${id}`;
  for (const change of changes) {
    if (change.change === 'changed') continue;
    whole.set(key(change.change, change.kind, change.place?.journey.id ?? change.id, change.id), change);
  }
  const rows = new Map<EntityChange, DiffKind[]>();
  for (const change of changes) {
    const place = change.place;
    const ancestor =
      change.change === 'changed' || place === undefined
        ? undefined
        : [
            whole.get(key(change.change, 'journey', place.journey.id, place.journey.id)),
            place.stage && whole.get(key(change.change, 'stage', place.journey.id, place.stage.id)),
            place.step && whole.get(key(change.change, 'step', place.journey.id, place.step.id)),
          ].find((found) => found !== undefined);
    if (ancestor === undefined) rows.set(change, rows.get(change) ?? []);
    else rows.set(ancestor, [...(rows.get(ancestor) ?? []), change.kind]);
  }
  return rows;
}

function partsWords(kinds: readonly DiffKind[]): string {
  const counts = diffKinds.flatMap((kind) => {
    const n = kinds.filter((k) => k === kind).length;
    return n === 0 ? [] : [count(n, kind)];
  });
  return counts.length === 1 ? counts[0]! : `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}`;
}

/** What happened to an entity, in a word or three: "added", "renamed, moved". */
function changeWords(change: EntityChange): string {
  if (change.change !== 'changed') return change.change;
  const words = [change.renamed && 'renamed', change.moved && 'moved', (change.fields.length > 0 || change.target) && 'changed'];
  return words.filter(Boolean).join(', ');
}

function configWords(change: FieldChange): PhrasingContent[] {
  return fieldWords(change) ?? [text(`${change.field} changed`)];
}

const heading = (depth: 2 | 3, children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children });
const paragraph = (children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });

function list(items: PhrasingContent[][]): RootContent {
  return { type: 'list', ordered: false, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children: [paragraph(children) as BlockContent] })) };
}
