import { describe, expect, it } from 'vitest';
import { journeyParts, numericScales, rules, scaleValue, severityLabel, stepEmotion, touchpointLane } from '../index.ts';
import { check, places, validFiles } from '../../test/workspace.ts';

const journey = validFiles['journeys/onboarding.yaml']!;
const withJourney = (text: string) => ({ ...validFiles, 'personas/sam.yaml': 'id: sam\nname: Sam\n', 'journeys/onboarding.yaml': text });

describe('per-persona emotion', () => {
  const twoPersonas = journey.replace('personas: [olivia]', 'personas: [olivia, sam]');

  it('gives each persona its own emotion, and the step\'s emotion to the personas left out', () => {
    const { value, diagnostics } = check(withJourney(twoPersonas.replace('        emotion: 4\n', '        emotion: 4\n        emotions: { sam: 2 }\n')));
    expect(diagnostics).toEqual([]);
    const step = value!.journeys[0]!.stages[0]!.steps[0]!;
    expect(step.emotions).toEqual({ sam: 2 });
    expect([stepEmotion(step, 'sam'), stepEmotion(step, 'olivia'), stepEmotion(step)]).toEqual([2, 4, 4]);
    expect(stepEmotion({ emotions: { sam: 2 } }, 'olivia')).toBeUndefined();
  });

  it('checks each persona\'s emotion against the journey\'s scale, at its value', () => {
    expect(places(withJourney(twoPersonas.replace('        emotion: 4\n', '        emotion: 4\n        emotions: { sam: 9 }\n')))).toEqual([
      'journeys/onboarding.yaml:13:26 emotion/out-of-scale',
    ]);
  });

  it('refuses an emotion for a persona the journey is not drawn for, at its key, with the persona meant', () => {
    const files = withJourney(twoPersonas.replace('        emotion: 4\n', '        emotion: 4\n        emotions:\n          smа: 3\n          olivai: 2\n'));
    const { diagnostics } = check(files);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['14:11 refs/emotion-persona', '15:11 refs/emotion-persona']);
    expect(diagnostics[1]!.message).toBe(rules.emotionPersonaInJourney.message({ persona: 'olivai', personas: ['olivia', 'sam'], suggestion: 'olivia' }));
    expect(diagnostics[1]!.message).toBe('The step has an emotion for "olivai", which is not one of the journey\'s personas ("olivia", "sam"). Did you mean "olivia"?');
  });
});

describe('blueprint lanes of touchpoints', () => {
  it('put a touchpoint in the lane it declares, else indirect ones with the customer and direct ones frontstage', () => {
    expect(touchpointLane({ type: 'direct', lane: 'support' })).toBe('support');
    expect(touchpointLane({ type: 'indirect' })).toBe('customer');
    expect(touchpointLane({ type: 'direct' })).toBe('frontstage');
  });

  it('keeps the lane a touchpoint declares, and suggests the lane meant for a typo', () => {
    const backstage = journey.replace('            owner: cs\n', '            owner: cs\n            lane: backstage\n');
    expect(check(withJourney(backstage)).value!.journeys[0]!.stages[0]!.steps[0]!.touchpoints![0]!.lane).toBe('backstage');
    const { diagnostics } = check(withJourney(backstage.replace('lane: backstage', 'lane: backstag')));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['18:19 schema/invalid-value']);
    expect(diagnostics[0]!.message).toContain('Did you mean "backstage"?');
  });
});

describe('numeric scales', () => {
  it('give the number for a word or a number, keeping the words in order on each scale', () => {
    expect(scaleValue('severity', 'low')).toBe(2);
    expect(scaleValue('severity', 'critical')).toBe(numericScales.severity.max);
    expect(scaleValue('severity', 1)).toBe(1);
    expect(['low', 'medium', 'high'].map((word) => scaleValue('customerValue', word as 'low'))).toEqual([25, 50, 75]);
    expect(scaleValue('businessValue', 90)).toBe(90);
    expect(['low', 'medium', 'high'].map((word) => scaleValue('effort', word as 'low'))).toEqual([2, 3, 4]);
  });

  it('label a severity by its word, or by its number and the top of the scale', () => {
    expect([severityLabel('critical'), severityLabel(4)]).toEqual(['critical', '4 of 5']);
  });

  const scored = (severity: string, value: string, effort: string) =>
    journey.concat(
      [
        '        painPoints:',
        '          - id: slow',
        '            title: Slow',
        `            severity: ${severity}`,
        '            evidence: observed',
        '            owner: cs',
        '        opportunities:',
        '          - id: faster',
        '            title: Faster',
        '            addresses: [slow]',
        `            customerValue: ${value}`,
        `            effort: ${effort}`,
        '',
      ].join('\n'),
    );

  it('accept words and whole numbers alike', () => {
    const { value, diagnostics } = check(withJourney(scored('5', '80', 'medium')));
    expect(diagnostics).toEqual([]);
    const { painPoints, opportunities } = journeyParts(value!.journeys[0]!);
    expect(painPoints[0]!.value.severity).toBe(5);
    expect(opportunities[0]!.value).toMatchObject({ customerValue: 80, effort: 'medium' });
  });

  it('refuse numbers off the scale or between its steps, saying what the scale is', () => {
    const { diagnostics } = check(withJourney(scored('7', '120', '2.5')));
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['21:23 schema/invalid-value', '28:28 schema/invalid-value', '29:21 schema/invalid-type']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Invalid value 7: expected one of "low", "medium", "high", "critical" or a whole number from 1 to 5.',
      'Invalid value 120: expected one of "low", "medium", "high" or a whole number from 0 to 100.',
      'Invalid value: expected one of "low", "medium", "high" or a whole number from 1 to 5, received the number 2.5.',
    ]);
  });

  it('suggest the word meant', () => {
    const { diagnostics } = check(withJourney(scored('hihg', '80', 'low')));
    expect(diagnostics.map((d) => d.message)).toEqual([rules.invalidValue.message({ reason: 'Invalid value "hihg": expected one of "low", "medium", "high", "critical"', suggestion: 'high' })]);
  });
});

describe('pain points and opportunities of a stage', () => {
  const onStage = journey.replace(
    '    steps:\n',
    [
      '    painPoints:',
      '      - { id: waiting, title: Long wait between calls, severity: 3, evidence: reported, owner: cs }',
      '    opportunities:',
      '      - { id: weekly-update, title: Weekly update, addresses: [waiting], owner: cs }',
      '    steps:',
      '',
    ].join('\n'),
  );

  it('belong to the stage, with no step, before the items of its steps', () => {
    const { value, diagnostics } = check(withJourney(onStage));
    expect(diagnostics).toEqual([]);
    const parts = journeyParts(value!.journeys[0]!);
    expect(parts.painPoints.map(({ value, stage, step, path }) => [value.id, stage.id, step?.id, path])).toEqual([['waiting', 'kickoff', undefined, ['stages', 0, 'painPoints', 0]]]);
    expect(parts.opportunities.map(({ value, step }) => [value.id, step?.id])).toEqual([['weekly-update', undefined]]);
  });

  it('are checked as the items of steps are: references, owners and duplicate ids', () => {
    const broken = onStage.replace('addresses: [waiting], owner: cs', 'addresses: [wating]').replace('owner: cs }', 'owner: sc }');
    expect(places(withJourney(broken))).toEqual([
      'journeys/onboarding.yaml:10:96 refs/team-exists',
      'journeys/onboarding.yaml:12:64 refs/pain-point-exists',
    ]);
  });
});
