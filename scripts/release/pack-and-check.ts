import { basename } from 'node:path';
import { checkContents } from './contents-rules.ts';
import { packPackage, type Packed } from './pack.ts';
import { publishedPackages } from './published-packages.ts';

/**
 * Packs every published package into `dest` and checks what each tarball holds. Prints a line
 * per package, then every problem; throws when there is one.
 */
export async function packAndCheck(root: string, dest: string, log: (line: string) => void = console.log): Promise<Packed[]> {
  const packed: Packed[] = [];
  // One at a time: pnpm pack is quick, and parallel packs would only fight over two cores.
  for (const pkg of publishedPackages(root)) packed.push(await packPackage(pkg, dest));
  let count = 0;
  for (const pkg of packed) {
    const problems = checkContents(pkg);
    count += problems.length;
    log(`${basename(pkg.tarball)}: ${pkg.files.size} files, ${kilobytes(pkg.size.packed)} packed, ${kilobytes(pkg.size.unpacked)} unpacked${problems.length ? `, ${problems.length} problems:` : ''}`);
    for (const rule of new Set(problems.map((problem) => problem.rule))) {
      const messages = problems.filter((problem) => problem.rule === rule);
      // A missing folder can fail hundreds of files alike: the first few say what is wrong.
      for (const { message } of messages.slice(0, shown)) log(`  ${rule}: ${message}`);
      if (messages.length > shown) log(`  ${rule}: … and ${messages.length - shown} more.`);
    }
  }
  if (count > 0) throw new Error(`The packages' contents have ${count} problems (above).`);
  return packed;
}

/** Problems shown per rule and package. */
const shown = 5;

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
