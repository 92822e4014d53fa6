import { escapeXml } from './escape-xml.ts';

/** Width of one step column in the lane's own units: point i sits at the middle of column i. */
export const columnUnits = 100;
/** Height of the lane in the same units; the SVG scales with its columns, so both keep their ratio. */
export const laneUnits = 150;
const top = 30;
const bottom = 18;

/** One line through the steps: a persona's emotions, the journey's, or an as-is map's. */
export interface EmotionCurve {
  /** Stable key, used in ids and, for a persona's curve, as the filter value. */
  key: string;
  label: string;
  /** One value per step column; `undefined` is a step without emotion, drawn as a gap. */
  values: readonly (number | undefined)[];
  /** Colour of the curve, 1 to 6, from the theme's chart colours. */
  colour: number;
  /** An as-is curve under a to-be one is dashed. */
  dashed?: boolean;
  /** The persona the curve belongs to, which the persona filter shows or hides. */
  persona?: string;
  /** Whether the lowest and highest points are labelled. */
  labelExtremes?: boolean;
  /** The journey's first persona: its extremes stay labelled while every persona's curve shows. */
  primary?: boolean;
}

/** A moment of truth, marked over its step column. */
export interface MomentMark {
  index: number;
  /** A short mark such as "FMOT", shown over the column. */
  short: string;
  /** The moment in words, for the tooltip and the accessible name. */
  label: string;
}

export interface EmotionLaneInput {
  columns: number;
  scale: { min: number; max: number };
  curves: readonly EmotionCurve[];
  moments?: readonly MomentMark[];
  /** Names of the step columns, for each point's tooltip. */
  stepNames: readonly string[];
}

/** A value of the scale, with its place from the lane's top (0) to its bottom (1), for labels beside the lane. */
export interface ScaleTick {
  value: number;
  /** The value as written beside the lane. */
  text: string;
  /** What the value means: positive, neutral or negative. */
  word: string;
  fraction: number;
}

/** The x of the middle of step column `index`, in the lane's units. */
export const pointX = (index: number) => (index + 0.5) * columnUnits;

const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** The y of an emotion value, in the lane's units: the scale's max at the top. */
export function pointY(value: number, scale: { min: number; max: number }): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  return top + ((scale.max - clamped) / (scale.max - scale.min)) * (laneUnits - top - bottom);
}

/** The labels of the scale beside the lane: most positive, neutral and most negative. */
export function scaleTicks(scale: { min: number; max: number }): ScaleTick[] {
  const neutral = (scale.min + scale.max) / 2;
  return [
    { value: scale.max, word: 'positive' },
    { value: neutral, word: 'neutral' },
    { value: scale.min, word: 'negative' },
  ].map((tick) => ({ ...tick, text: format(tick.value), fraction: pointY(tick.value, scale) / laneUnits }));
}

/** The runs of consecutive steps with a value: a step without one ends a run, so it draws as a gap. */
export function segments(values: readonly (number | undefined)[]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let run: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value === undefined) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ index, value });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The first lowest and first highest points of a curve, or none when it has no value. */
export function extremes(values: readonly (number | undefined)[]): { lowest: { index: number; value: number }; highest: { index: number; value: number } } | undefined {
  const points = values.flatMap((value, index) => (value === undefined ? [] : [{ index, value }]));
  if (points.length === 0) return undefined;
  const lowest = points.reduce((a, b) => (b.value < a.value ? b : a));
  const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
  return { lowest, highest };
}

function curveSvg(curve: EmotionCurve, input: EmotionLaneInput): string {
  const { scale, stepNames } = input;
  const y = (value: number) => pointY(value, scale).toFixed(1);
  const paths = segments(curve.values)
    .filter((run) => run.length > 1)
    .map((run) => `<polyline class="jk-curve-line" points="${run.map((p) => `${pointX(p.index)},${y(p.value)}`).join(' ')}"/>`);
  const points = curve.values.flatMap((value, index) =>
    value === undefined
      ? []
      : [`<circle class="jk-curve-point" cx="${pointX(index)}" cy="${y(value)}" r="6" data-step="${index}"><title>${escapeXml(`${stepNames[index] ?? ''}: ${format(value)} of ${format(scale.max)} (${curve.label})`)}</title></circle>`],
  );
  const ends = curve.labelExtremes ? extremes(curve.values) : undefined;
  const labels =
    ends === undefined || ends.lowest.value === ends.highest.value
      ? []
      : [
          `<text class="jk-extreme" x="${pointX(ends.highest.index)}" y="${(pointY(ends.highest.value, scale) - 11).toFixed(1)}" text-anchor="middle">highest ${format(ends.highest.value)}</text>`,
          `<text class="jk-extreme" x="${pointX(ends.lowest.index)}" y="${(pointY(ends.lowest.value, scale) + 20).toFixed(1)}" text-anchor="middle">lowest ${format(ends.lowest.value)}</text>`,
        ];
  const filter = curve.persona === undefined ? '' : ` data-filter-item data-persona="${escapeXml(curve.persona)}"${curve.primary ? ' data-primary' : ''}`;
  return `<g class="jk-curve jk-curve-${curve.colour}${curve.dashed ? ' jk-curve-dashed' : ''}" data-curve="${escapeXml(curve.key)}"${filter}>${paths.join('')}${points.join('')}${labels.join('')}</g>`;
}

/** A sentence that says what the lane shows, for readers who cannot see it. */
export function laneDescription(input: EmotionLaneInput): string {
  const { scale, stepNames } = input;
  const sentences = input.curves.map((curve) => {
    const ends = extremes(curve.values);
    if (ends === undefined) return `${curve.label}: no emotion recorded.`;
    const known = curve.values.filter((value) => value !== undefined).length;
    return `${curve.label}: ${known} of ${curve.values.length} steps rated, lowest ${format(ends.lowest.value)} at "${stepNames[ends.lowest.index] ?? ''}", highest ${format(ends.highest.value)} at "${stepNames[ends.highest.index] ?? ''}".`;
  });
  return `Emotion on a scale of ${format(scale.min)} (very negative) to ${format(scale.max)} (very positive). ${sentences.join(' ')}`;
}

/**
 * The emotion lane of a journey map as an SVG, drawn at build time: one curve per persona (or one
 * for the journey), each point over the middle of its step column, gaps where a step has no
 * emotion, a neutral line, moments of truth marked over their columns and the lowest and highest
 * points labelled. Its width is `columns × columnUnits`, so laid over the step columns at 100% it
 * lines up with them whatever their rendered width. Colours and dashes come from the stylesheet.
 */
export function emotionLaneSvg(input: EmotionLaneInput): string {
  const width = input.columns * columnUnits;
  const neutral = pointY((input.scale.min + input.scale.max) / 2, input.scale).toFixed(1);
  const guides = Array.from({ length: input.columns - 1 }, (_, i) => `<line class="jk-column-rule" x1="${(i + 1) * columnUnits}" x2="${(i + 1) * columnUnits}" y1="0" y2="${laneUnits}"/>`);
  const moments = (input.moments ?? []).map(
    (moment) =>
      `<g class="jk-moment"><title>${escapeXml(moment.label)}</title><line x1="${pointX(moment.index)}" x2="${pointX(moment.index)}" y1="22" y2="${laneUnits - 4}"/><text x="${pointX(moment.index)}" y="15" text-anchor="middle">◆ ${escapeXml(moment.short)}</text></g>`,
  );
  return (
    `<svg class="jk-emotion-lane" viewBox="0 0 ${width} ${laneUnits}" preserveAspectRatio="xMinYMin meet" role="img" aria-label="${escapeXml(laneDescription(input))}">` +
    guides.join('') +
    `<line class="jk-neutral" x1="0" x2="${width}" y1="${neutral}" y2="${neutral}"/>` +
    moments.join('') +
    input.curves.map((curve) => curveSvg(curve, input)).join('') +
    `</svg>`
  );
}
