// Journeykit keeps what a Mermaid journey diagram cannot show in `%%` comments, one JSON value per
// line, so that `journeykit import mermaid` can read a journey back whole:
//   %% journeykit:journey {…}   the journey's fields but its title, summary, personas and stages
//   %% journeykit:actors […]    which persona each actor name stands for
//   %% journeykit:stage {…}     after a section: the stage's fields but its name and steps
//   %% journeykit:step {…}      after a task: the step's fields but its name (and its emotion when the score says it)

/** The kinds of Journeykit comment, by what they describe. */
export const metadataKinds = ['journey', 'actors', 'stage', 'step'] as const;
export type MetadataKind = (typeof metadataKinds)[number];

const prefix = '%% journeykit:';

/**
 * The comment line that carries a value. `%` is written `\u0025` inside the JSON, so that no `%%{`
 * in the data can look like a Mermaid directive.
 *
 * @example
 * metadataComment('stage', { id: 'buy', kind: 'purchase' }); // '%% journeykit:stage {"id":"buy","kind":"purchase"}'
 */
export function metadataComment(kind: MetadataKind, value: unknown): string {
  return `${prefix}${kind} ${JSON.stringify(value).replaceAll('%', '\\u0025')}`;
}

/**
 * The kind and JSON text of a Journeykit comment, given the text of a comment line after its
 * indentation; undefined for any other comment. The JSON is not parsed here.
 *
 * @example
 * readMetadataComment('%% journeykit:step {"id":"pay"}'); // { kind: 'step', json: '{"id":"pay"}', offset: 20 }
 */
export function readMetadataComment(comment: string): { kind: MetadataKind; json: string; offset: number } | undefined {
  if (!comment.startsWith(prefix)) return undefined;
  const match = /^(\w+)(\s+)/.exec(comment.slice(prefix.length));
  const kind = metadataKinds.find((k) => k === match?.[1]);
  if (match === null || kind === undefined) return undefined;
  const offset = prefix.length + match[0].length;
  return { kind, json: comment.slice(offset), offset };
}
