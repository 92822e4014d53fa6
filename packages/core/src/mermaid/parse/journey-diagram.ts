import type { MetadataKind } from '../metadata.ts';

// What a Mermaid user journey diagram says, as read by parseJourneyDiagram, with where each part is.

/** A piece of text of the diagram, read back (entity codes decoded, trimmed), and where it is. */
export interface DiagramText {
  text: string;
  line: number;
  column: number;
  endColumn: number;
}

/** A `%% journeykit:` comment: its kind, its JSON text (not parsed yet) and where that starts. */
export interface DiagramComment {
  kind: MetadataKind;
  json: string;
  line: number;
  column: number;
}

/** A task line: `name: score: actor, actor`. */
export interface DiagramTask {
  name: DiagramText;
  score: number;
  actors: DiagramText[];
  line: number;
  metadata: DiagramComment | undefined;
}

/** A `section` and its tasks; tasks before the first section belong to one without a name. */
export interface DiagramSection {
  name: DiagramText | undefined;
  line: number;
  tasks: DiagramTask[];
  metadata: DiagramComment | undefined;
}

/** A parsed Mermaid user journey diagram. */
export interface JourneyDiagram {
  title: DiagramText | undefined;
  accTitle: DiagramText | undefined;
  accDescr: DiagramText | undefined;
  sections: DiagramSection[];
  /** The `%% journeykit:journey` and `%% journeykit:actors` comments before the first section. */
  metadata: Partial<Record<'journey' | 'actors', DiagramComment>>;
}
