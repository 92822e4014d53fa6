/**
 * An id made from a name: lower-case ASCII letters and digits, with hyphens between words and
 * accents dropped ("Go to work" → "go-to-work"); `fallback` when nothing of the name is left.
 */
export function idFromName(name: string, fallback: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? fallback : id;
}

/** `id`, or `id-2`, `id-3`… : the first that `taken` does not hold, which is then added to it. */
export function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}
