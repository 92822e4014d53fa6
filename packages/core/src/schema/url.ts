import * as z from 'zod';
import { urlScheme } from '../diagnostics/rules.ts';
import { isAllowedUrl, type UrlKind } from '../url/url-kinds.ts';

/**
 * A URL field of a kind (see `urlKinds`): text whose scheme the kind allows, reported with the
 * rule `url/scheme` otherwise. Every URL field of the model is made here, so none takes any string.
 *
 * @example
 * const schema = urlField(urlKinds.web, 'Address of the site.');
 * schema.safeParse('javascript:alert(1)').success; // false
 */
export function urlField(kind: UrlKind, description: string) {
  return z
    .string()
    .min(1)
    .refine((value) => isAllowedUrl(value, kind), { message: `Expected ${kind.expected}`, params: { rule: urlScheme.id, expected: kind.expected } })
    .meta({ description });
}
