// The reference of rules, generated from the catalog every diagnostic comes from.
import { allRules } from '@journeykit/core';
import { code, generatedNote, inlineCode, page, table } from './markdown.ts';

/** The rules page: each rule's id, default severity, whether a config may change it, and what it checks. */
export function rulesPage(): string {
  const quiet = 'metric/no-target';
  const strict = 'pain-point/no-owner';
  for (const id of [quiet, strict]) {
    if (allRules.get(id)?.configurable !== true) throw new Error(`The rules page shows how to configure "${id}", which is not a configurable rule any more: pick another in sites/docs/generate/rules-reference.ts.`);
  }
  const groups = new Map<string, string[][]>();
  // By id, so the groups (file/, schema/, refs/, …) and the rules in them read alphabetically.
  for (const rule of [...allRules.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const group = rule.id.split('/')[0]!;
    const rows = groups.get(group) ?? [];
    rows.push([inlineCode(rule.id), rule.severity, rule.configurable ? 'yes' : 'no', rule.title]);
    groups.set(group, rows);
  }
  const sections = [...groups].map(([group, rows]) => `## ${group}/\n\n${table(['Rule', 'Default', 'Configurable', 'What it reports'], rows)}`);
  return page(
    { title: 'Rules', description: 'Every problem journeykit check reports, with its id and default severity.', editUrl: false, sidebar: { order: 20 } },
    [
      generatedNote('the rule catalog of @journeykit/core'),
      `Every problem ${inlineCode('journeykit check')} reports comes from one of these ${allRules.size} rules. A rule's id never changes meaning, so it is safe to use in configs and scripts. The workspace config sets the severity of configurable rules (${inlineCode('error')}, ${inlineCode('warning')}, ${inlineCode('info')} or ${inlineCode('off')}); rules about input that cannot be read at all are always errors.`,
      code('yaml', `rules:\n  ${quiet}: off\n  ${strict}: error`, 'title="journeykit.config.yaml"'),
      ...sections,
    ].join('\n\n'),
  );
}
