import type { RootContent } from 'mdast';
import { formatNumber, percent } from '../../charts/format.ts';
import type { JourneyReport } from '../model/journey-report-schema.ts';
import { journeySummary } from '../words/journey-summary.ts';
import { fact, heading, list, listFacts, paragraph, strong, table, type Inline } from './mdast.ts';
import type { Names } from './names.ts';

/** How many steps "where it hurts most" shows, as the journey page does. */
const frictionShown = 5;

/**
 * The summary of a journey in plain sentences, the steps with the most friction and why, and what
 * the map leaves without an owner, a metric, an event or data.
 */
export function summarySection(report: JourneyReport, names: Names): RootContent[] {
  const metrics = report.metrics.map((m) => ({ ...m.metric, series: m.series }));
  const blocks: RootContent[] = [heading(2, 'Summary'), paragraph(journeySummary(report.journey, metrics, names.channel).join(' '))];
  const friction = report.friction.slice(0, frictionShown);
  if (friction.length > 0) {
    blocks.push(
      paragraph(strong('Where it hurts most')),
      // Drop-off is known only from an event funnel.
      table(
        ['Step', 'Stage', 'Friction', 'Pain points', 'Low emotion', ...(report.funnel === undefined ? [] : ['Lost entering the stage'])],
        friction.map((rank) => [
          rank.stepName,
          rank.stage,
          formatNumber(rank.score),
          formatNumber(rank.pain),
          percent(rank.lowEmotion),
          ...(report.funnel === undefined ? [] : [percent(rank.dropOff)]),
        ]),
      ),
    );
  }
  const { coverage } = report;
  const gaps: Inline[] = listFacts([
    ['Stages without an owner', coverage.stagesWithoutOwner],
    ['Stages no metric measures', coverage.stagesWithoutMetrics],
    ['Touchpoints without an owner', coverage.touchpointsWithoutOwner],
    ['Touchpoints no analytics event shows', coverage.touchpointsWithoutEvent],
  ]);
  if (coverage.painPoints > 0) gaps.push(fact('Pain points backed by data or feedback', `${coverage.painPointsBackedByData} of ${coverage.painPoints}`));
  if (gaps.length > 0) blocks.push(paragraph(strong('Gaps in the map')), list(gaps));
  return blocks;
}
