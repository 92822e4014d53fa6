import type { Journey } from '@journeykit/core';

/** A step as a column of the map: its position among all the journey's steps. */
export interface StepColumn {
  /** Position among all steps of the journey, from 0. */
  index: number;
  id: string;
  name: string;
  stageId: string;
}

/** A stage as a header over the columns of its steps. */
export interface StageSpan {
  id: string;
  name: string;
  kind: string;
  /** Index of its first step's column. */
  start: number;
  /** How many step columns it spans: at least one, so a stage without steps still has a column. */
  span: number;
  /** Whether the stage has no step of its own, and its one column stands for the stage. */
  empty: boolean;
}

/** The columns of a journey map: one per step, grouped under their stages. */
export interface MapColumns {
  steps: StepColumn[];
  stages: StageSpan[];
}

/**
 * The columns of a journey's map: one per step in journey order, each stage spanning its steps.
 * A stage without steps gets one column of its own, so it is never missing from the map.
 */
export function mapColumns(journey: Pick<Journey, 'stages'>): MapColumns {
  const steps: StepColumn[] = [];
  const stages: StageSpan[] = [];
  for (const stage of journey.stages) {
    const start = steps.length;
    if (stage.steps.length === 0) steps.push({ index: start, id: `${stage.id}--stage`, name: stage.name, stageId: stage.id });
    for (const step of stage.steps) steps.push({ index: steps.length, id: step.id, name: step.name, stageId: stage.id });
    stages.push({ id: stage.id, name: stage.name, kind: stage.kind, start, span: steps.length - start, empty: stage.steps.length === 0 });
  }
  return { steps, stages };
}
