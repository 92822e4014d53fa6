import { describe, expect, it } from 'vitest';
import { definitionLink, editUrl } from './links.ts';

describe('links a definition gives', () => {
  it('are kept when their scheme is allowed, and dropped otherwise, so the page shows plain text', () => {
    expect(['https://docs.example.com/a', 'mailto:cx@example.com', 'docs/kickoff.pdf'].map(definitionLink)).toEqual(['https://docs.example.com/a', 'mailto:cx@example.com', 'docs/kickoff.pdf']);
    expect(['javascript:alert(1)', ' JaVa\tScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example.com', undefined].map(definitionLink)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('give "edit this page" only for a repository with an http(s) address', () => {
    expect(editUrl({ editBase: 'https://github.com/acme/journeys/edit/main/' }, 'journeys/a.yaml')).toBe('https://github.com/acme/journeys/edit/main/journeys/a.yaml');
    expect(editUrl({ editBase: 'javascript:alert(1)///edit/main/' }, 'journeys/a.yaml')).toBeUndefined();
    expect(editUrl({ editBase: 'mailto:a@example.com/edit/main/' }, 'journeys/a.yaml')).toBeUndefined();
  });
});
