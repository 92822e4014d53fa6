import { describe, expect, it } from 'vitest';
import { isAllowedUrl, safeUrl, schemeOf, urlKinds } from './url-kinds.ts';

const hostile = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  '  javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'jav\r\nascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example.com/x',
  '\\\\evil.example.com\\x',
  '/\\evil.example.com',
];

describe('URL kinds', () => {
  it('reads the scheme as a browser does', () => {
    expect(schemeOf(' \tJaVa\nScRiPt:alert(1)')).toBe('javascript:');
    expect(schemeOf('HTTPS://cx.example.com')).toBe('https:');
    expect(schemeOf('docs/kickoff.pdf')).toBeUndefined();
    expect(schemeOf('./a:b')).toBeUndefined();
  });

  it.each(hostile)('refuses %j as every kind', (url) => {
    for (const kind of Object.values(urlKinds)) expect(isAllowedUrl(url, kind)).toBe(false);
    expect(safeUrl(url, urlKinds.link)).toBeUndefined();
  });

  it('allows http: and https: everywhere, mailto: and paths where the kind takes them', () => {
    expect(['https://cx.example.com', 'HTTP://cx.example.com/a'].map((url) => isAllowedUrl(url, urlKinds.web))).toEqual([true, true]);
    expect(['mailto:cx@example.com', 'docs/kickoff.pdf', '/logo.svg', ''].map((url) => isAllowedUrl(url, urlKinds.web))).toEqual([false, false, false, false]);
    expect(['mailto:cx@example.com', 'docs/kickoff.pdf', '../shared/a.pdf', '#top'].map((url) => isAllowedUrl(url, urlKinds.link))).toEqual([true, true, true, true]);
    expect(['mailto:cx@example.com', 'img/logo.svg'].map((url) => isAllowedUrl(url, urlKinds.image))).toEqual([false, true]);
    expect(isAllowedUrl('https://', urlKinds.web)).toBe(false);
  });
});
