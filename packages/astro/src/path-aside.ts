/**
 * A path beside `path` to write to before renaming it into place, so no reader ever sees half of
 * it: unique to this process and call, so builds running side by side never share one.
 */
export function pathAside(path: string): string {
  return `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
}
