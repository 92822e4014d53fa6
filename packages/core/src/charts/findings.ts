/**
 * Names the items at one extreme of a list of values, like "Pay (Purchase) and Wait (Delivery)",
 * naming at most three and counting the rest.
 *
 * @example
 * namesAt([{ name: 'Pay', value: 2 }, { name: 'Wait', value: 2 }], 2); // 'Pay and Wait'
 */
export function namesAt(items: readonly { name: string; value: number }[], value: number): string {
  const names = items.filter((item) => item.value === value).map((item) => item.name);
  const shown = names.slice(0, 3);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}` : (shown[0] ?? '');
}
