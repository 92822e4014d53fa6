import { escapeXml } from './escape-xml.ts';

/**
 * Height of the lane in its own units, in which values are placed. The SVG draws in percentages
 * of its box, not in a viewBox: x is a share of the width, so point i sits over the middle of
 * column i whatever the columns' width, and the stylesheet sets the height, while text and
 * points keep their size on a wide screen, a phone and paper alike.
 */
// Room above the scale for a moment's mark and the highest point's label, and below it for the lowest's.
export const laneUnits = 160;
const top = 46;
const bottom = 28;

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
  /** Shown only while every persona shows: the as-is journey's default curve, say, under persona curves. */
  allOnly?: boolean;
  /**
   * Pixels the curve is moved down (up when negative) while every persona shows, so persona
   * curves that agree on a step run side by side instead of hiding each other.
   */
  dodge?: number;
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

/** The x of the middle of step column `index` of `columns`, as a percentage of the lane's width. */
export const pointX = (index: number, columns: number) => ((index + 0.5) / columns) * 100;

const percent = (value: number) => `${Number(value.toFixed(3))}%`;
/** The y of a value as a percentage of the lane's height. */
const yPercent = (value: number, scale: { min: number; max: number }) => percent((pointY(value, scale) / laneUnits) * 100);

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
  const { scale, stepNames, columns } = input;
  const x = (index: number) => percent(pointX(index, columns));
  const y = (value: number) => yPercent(value, scale);
  const lines = segments(curve.values).flatMap((run) =>
    run.slice(1).map((p, i) => `<line class="jk-curve-line" x1="${x(run[i]!.index)}" y1="${y(run[i]!.value)}" x2="${x(p.index)}" y2="${y(p.value)}"/>`),
  );
  const points = curve.values.flatMap((value, index) =>
    value === undefined
      ? []
      : [`<circle class="jk-curve-point" cx="${x(index)}" cy="${y(value)}" r="6" data-step="${index}"><title>${escapeXml(`${stepNames[index] ?? ''}: ${format(value)} of ${format(scale.max)} (${curve.label})`)}</title></circle>`],
  );
  const ends = curve.labelExtremes ? extremes(curve.values) : undefined;
  // Above the highest point and below the lowest, clear of the line: the lane keeps room for both.
  const labels =
    ends === undefined || ends.lowest.value === ends.highest.value
      ? []
      : [
          `<text class="jk-extreme" x="${x(ends.highest.index)}" y="${y(ends.highest.value)}" dy="-12" text-anchor="middle" data-end="highest">highest ${format(ends.highest.value)}</text>`,
          `<text class="jk-extreme" x="${x(ends.lowest.index)}" y="${y(ends.lowest.value)}" dy="21" text-anchor="middle" data-end="lowest">lowest ${format(ends.lowest.value)}</text>`,
        ];
  const filter =
    (curve.persona === undefined ? '' : ` data-filter-item data-persona="${escapeXml(curve.persona)}"${curve.primary ? ' data-primary' : ''}`) +
    (curve.allOnly ? ' data-all-only' : '');
  const dodge = curve.dodge ? ` transform="translate(0 ${curve.dodge})"` : '';
  return `<g class="jk-curve jk-curve-${curve.colour}${curve.dashed ? ' jk-curve-dashed' : ''}" data-curve="${escapeXml(curve.key)}"${filter}${dodge}>${lines.join('')}${points.join('')}${labels.join('')}</g>`;
}

/**
 * The lowest and highest points over every persona's curve, labelled in the colour of the curve
 * they are on: shown while every persona shows, where each curve's own labels would pile up or
 * name a low that another persona's curve goes under. None for fewer than two persona curves.
 */
export function sharedExtremesSvg(input: EmotionLaneInput): string {
  const curves = input.curves.filter((curve) => curve.persona !== undefined && !curve.dashed && curve.labelExtremes);
  if (curves.length < 2) return '';
  const all = curves.flatMap((curve) => curve.values.flatMap((value, index) => (value === undefined ? [] : [{ curve, index, value }])));
  if (all.length === 0) return '';
  // The first in step order, then in curve order, as a single curve's labels are.
  const first = (better: (a: number, b: number) => boolean) => all.reduce((a, b) => (better(b.value, a.value) || (b.value === a.value && b.index < a.index) ? b : a));
  const lowest = first((a, b) => a < b);
  const highest = first((a, b) => a > b);
  if (lowest.value === highest.value) return '';
  const x = (index: number) => percent(pointX(index, input.columns));
  const y = (value: number) => yPercent(value, input.scale);
  const label = (point: typeof lowest, word: string, dy: number) =>
    `<text class="jk-extreme jk-curve-${point.curve.colour}" x="${x(point.index)}" y="${y(point.value)}" dy="${dy + (point.curve.dodge ?? 0)}" text-anchor="middle" data-end="${word}">${word} ${format(point.value)}<title>${escapeXml(`${word} ${format(point.value)}: ${point.curve.label}`)}</title></text>`;
  return `<g class="jk-shared-extremes" data-all-only>${label(highest, 'highest', -12)}${label(lowest, 'lowest', 21)}</g>`;
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
 * points labelled. Laid over the step columns at their full width, it lines up with them at any
 * width. Colours, dashes and its height come from the stylesheet.
 */
export function emotionLaneSvg(input: EmotionLaneInput): string {
  const { columns } = input;
  const neutral = yPercent((input.scale.min + input.scale.max) / 2, input.scale);
  const guides = Array.from({ length: columns - 1 }, (_, i) => `<line class="jk-column-rule" x1="${percent(((i + 1) / columns) * 100)}" x2="${percent(((i + 1) / columns) * 100)}" y1="0" y2="100%"/>`);
  const moments = (input.moments ?? []).map((moment) => {
    const x = percent(pointX(moment.index, columns));
    return `<g class="jk-moment"><title>${escapeXml(moment.label)}</title><line x1="${x}" x2="${x}" y1="20" y2="97%"/><text x="${x}" y="14" text-anchor="middle">◆ ${escapeXml(moment.short)}</text></g>`;
  });
  return (
    `<svg class="jk-emotion-lane" width="100%" height="${laneUnits}" role="img" aria-label="${escapeXml(laneDescription(input))}">` +
    guides.join('') +
    `<line class="jk-neutral" x1="0" x2="100%" y1="${neutral}" y2="${neutral}"/>` +
    moments.join('') +
    // Dashed as-is curves first, so the to-be's points stay on top where the two agree.
    [...input.curves.filter((curve) => curve.dashed), ...input.curves.filter((curve) => !curve.dashed)].map((curve) => curveSvg(curve, input)).join('') +
    sharedExtremesSvg(input) +
    `</svg>`
  );
}
