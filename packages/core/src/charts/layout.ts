/**
 * Turns a title into a url-safe id fragment: lower-case letters and digits joined by hyphens.
 *
 * @example
 * slug('Trial → paid (EU)'); // 'trial-paid-eu'
 */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return words === null ? 'chart' : words.join('-');
}

/**
 * Makes labels unique so an ordinal axis keeps one tick per item: a repeated label gets its
 * context ("Email (Onboarding)"), then a counter if it is still repeated.
 *
 * @example
 * uniqueLabels(['Email', 'Email'], ['Trial', 'Onboarding']); // ['Email (Trial)', 'Email (Onboarding)']
 */
export function uniqueLabels(labels: readonly string[], contexts: readonly string[]): string[] {
  const count = (list: readonly string[], label: string) => list.filter((other) => other === label).length;
  const withContext = labels.map((label, i) => (count(labels, label) > 1 ? `${label} (${contexts[i] ?? i + 1})` : label));
  const seen = new Map<string, number>();
  return withContext.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return count(withContext, label) > 1 ? `${label} #${n}` : label;
  });
}

/**
 * Computes the length in pixels of an axis holding `count` items, `perItem` pixels each, kept
 * between `min` and `max` so small charts stay readable and large ones fit a page.
 *
 * @example
 * axisSize(5, 40); // 320
 * axisSize(12, 40); // 480
 */
export function axisSize(count: number, perItem: number, min = 320, max = 900): number {
  return Math.min(max, Math.max(min, count * perItem));
}

/**
 * Chooses the angle for the labels of an ordinal axis: level when every label fits its slot,
 * slanted otherwise, so that labels never overlap. Widths are estimated for 11px text.
 *
 * @example
 * labelAngle(['Awareness', 'Purchase'], 90); // 0
 * labelAngle(['Create an account'], 40); // -40
 */
export function labelAngle(labels: readonly string[], slotWidth: number): number {
  const averageCharWidth = 6.5;
  return labels.every((label) => label.length * averageCharWidth <= slotWidth - 4) ? 0 : -40;
}
