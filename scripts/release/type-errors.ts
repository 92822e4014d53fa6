/**
 * The errors in `tsc --pretty false` output that are ours to fix: in the project's own files or
 * in the declarations of a Journeykit package. Other packages' declarations have errors of their
 * own under `skipLibCheck: false` (missing optional peers, DOM types), which users skip.
 */
export function ownTypeErrors(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /^\S.*\(\d+,\d+\): error TS\d+/.test(line))
    .filter((line) => {
      const file = line.slice(0, line.indexOf('('));
      return !file.includes('node_modules/') || /\/node_modules\/(@journeykit\/[^/]+|journeykit)\//.test(file);
    });
}
