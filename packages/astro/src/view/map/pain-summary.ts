import { scaleValue, severityLabel, type PainPoint } from '@journeykit/core';

/** A pain point as the map shows it: severity on the 1–5 scale, with the words the author wrote. */
export interface MapPainPoint {
  id: string;
  title: string;
  /** 1 (least) to 5 (most severe), whether the author wrote a word or a number. */
  level: number;
  /** The severity as written: a word, or "4 of 5". */
  severity: string;
  evidence: PainPoint['evidence'];
}

/** The pain points of one column or stage: how many, and the worst, named. */
export interface PainSummary {
  count: number;
  /** The most severe; of equals, the best evidenced, then the first. */
  worst: MapPainPoint | undefined;
  items: MapPainPoint[];
}

const evidenceRank: Record<PainPoint['evidence'], number> = { observed: 3, reported: 2, inferred: 1, hypothesis: 0 };

/** A pain point on the map's terms. */
export function mapPainPoint(pain: PainPoint): MapPainPoint {
  const level = scaleValue('severity', pain.severity);
  return { id: pain.id, title: pain.title, level, severity: severityLabel(pain.severity), evidence: pain.evidence };
}

/** How many pain points there are and which one hurts most. */
export function painSummary(pains: readonly PainPoint[]): PainSummary {
  const items = pains.map(mapPainPoint);
  const worst = items.reduce<MapPainPoint | undefined>(
    (best, item) =>
      best === undefined || item.level > best.level || (item.level === best.level && evidenceRank[item.evidence] > evidenceRank[best.evidence]) ? item : best,
    undefined,
  );
  return { count: items.length, worst, items };
}
