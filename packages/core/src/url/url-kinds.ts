/**
 * What a URL field of a definition may hold: the schemes it allows, and whether a path relative
 * to the workspace (or the site) does too. Anything else, `javascript:` and `data:` above all,
 * would run or show something of the author's choosing when a reader clicks the link.
 *
 * @example
 * const kind: UrlKind = urlKinds.web; // { schemes: ['http:', 'https:'], relative: false, … }
 */
export interface UrlKind {
  /** The schemes allowed, lower case with their colon. */
  schemes: readonly string[];
  /** Whether a path without a scheme is allowed: one relative to the workspace or the site. */
  relative: boolean;
  /** What is expected, in words, for messages. */
  expected: string;
}

/**
 * The kinds of URL field: `web` for addresses of a site or repository, `link` for links to
 * documents, sources and tools (a mail address or a path too), `image` for a logo.
 *
 * @example
 * urlKinds.link.schemes; // ['http:', 'https:', 'mailto:']
 */
export const urlKinds = {
  web: { schemes: ['http:', 'https:'], relative: false, expected: 'an http: or https: address' },
  link: { schemes: ['http:', 'https:', 'mailto:'], relative: true, expected: 'an http:, https: or mailto: address, or a path relative to the workspace' },
  image: { schemes: ['http:', 'https:'], relative: true, expected: 'an http: or https: address, or a path relative to the workspace' },
} as const satisfies Record<string, UrlKind>;

/**
 * The scheme a browser reads from a URL, lower case with its colon, or undefined when it has
 * none (a relative path). Reads as browsers do: spaces and control characters around it are
 * ignored, and tabs and newlines anywhere inside, so ` JaVa\tScript:` is `javascript:`.
 *
 * @example
 * schemeOf(' JAVA\nscript:alert(1)'); // 'javascript:'
 * schemeOf('docs/welcome.pdf'); // undefined
 */
export function schemeOf(url: string): string | undefined {
  const cleaned = browserView(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  return scheme === undefined ? undefined : `${scheme.toLowerCase()}:`;
}

/** The URL as a browser's parser sees it: C0 controls and spaces trimmed, tabs and newlines gone. */
function browserView(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/**
 * Whether a URL is of a kind: its scheme is one the kind allows, or it has none and the kind
 * takes paths. A path that starts with two slashes (or backslashes) leads to another host, so it
 * is not one; a `web` address must also parse as a whole.
 *
 * @example
 * isAllowedUrl('https://cx.example.com', urlKinds.web); // true
 * isAllowedUrl('javascript:alert(1)', urlKinds.link); // false
 * isAllowedUrl('docs/kickoff.pdf', urlKinds.link); // true
 */
export function isAllowedUrl(url: string, kind: UrlKind): boolean {
  const scheme = schemeOf(url);
  if (scheme === undefined) return kind.relative && url.trim() !== '' && !/^[/\\]{2}/.test(browserView(url));
  if (!kind.schemes.includes(scheme)) return false;
  return kind.relative || URL.canParse(url);
}

/**
 * The URL when it is of the kind, else undefined: what a page links to, so a refused address is
 * shown as plain text, never as a link, whatever checked it before.
 *
 * @example
 * const href = safeUrl(document.link, urlKinds.link); // undefined for 'javascript:alert(1)'
 */
export function safeUrl(url: string | undefined, kind: UrlKind): string | undefined {
  return url !== undefined && isAllowedUrl(url, kind) ? url : undefined;
}
