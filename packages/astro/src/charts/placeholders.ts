import { readFile, writeFile } from 'node:fs/promises';

/**
 * The placeholders of one renderer, `<!--journeykit-chart <token> <key>-->`, with the chart's
 * key as first group.
 *
 * @example
 * placeholderPattern('9f2c').exec('<!--journeykit-chart 9f2c ab12-->')?.[1]; // 'ab12'
 */
export function placeholderPattern(token: string): RegExp {
  return new RegExp(`<!--journeykit-chart ${token} ([0-9a-f]+)-->`, 'g');
}

/**
 * Replaces the placeholders of `pattern` in each HTML file with the SVG of their key, rewriting only
 * files that hold one. Resolves to how many files changed and which keys were placed.
 */
export async function fillPlaceholders(files: readonly string[], pattern: RegExp, svgs: ReadonlyMap<string, string>): Promise<{ pages: number; placed: Set<string> }> {
  const placed = new Set<string>();
  let pages = 0;
  const fillFile = async (file: string) => {
    const html = await readFile(file, 'utf8');
    let changed = false;
    const filled = html.replace(pattern, (placeholder, key: string) => {
      const svg = svgs.get(key);
      if (svg === undefined) return placeholder;
      placed.add(key);
      changed = true;
      return svg;
    });
    if (!changed) return;
    await writeFile(file, filled);
    pages += 1;
  };
  // A few files at a time: enough to keep the disk busy, few enough to hold little in memory.
  const queue = [...new Set(files)];
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => {
    while (next < queue.length) await fillFile(queue[next++]!);
  }));
  return { pages, placed };
}
