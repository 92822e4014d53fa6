import { describe, expect, it } from 'vitest';
import { rules } from '../index.ts';
import { check, places, validFiles } from '../../test/workspace.ts';

/** The valid workspace with a URL in every URL field, each given as a YAML double-quoted string. */
function withUrls(urls: { site: string; repository: string; logo: string; metric: string; document: string; evidence: string; source: string }) {
  return {
    ...validFiles,
    'journeykit.config.yaml': `name: Test workspace\nsite:\n  url: ${urls.site}\nrepository:\n  url: ${urls.repository}\nlogo: ${urls.logo}\n`,
    'metrics/csat.yaml': `${validFiles['metrics/csat.yaml']}link: ${urls.metric}\n`,
    'journeys/onboarding.yaml': `${validFiles['journeys/onboarding.yaml']}            documents: [{ title: Kickoff slides, link: ${urls.document} }]\n        painPoints:\n          - id: slow\n            title: Slow\n            severity: low\n            evidence: reported\n            owner: cs\n            sources: [{ kind: survey, title: Q3 survey, link: ${urls.evidence} }]\n`,
    'glossary/kickoff.yaml': `id: kickoff\nterm: Kickoff\ndefinition: The first meeting.\nsource: { title: A book, url: ${urls.source} }\n`,
  };
}

describe('URL fields', () => {
  it('take http:, https:, mailto: where it makes sense and paths for documents', () => {
    const files = withUrls({
      site: 'https://cx.example.com',
      repository: 'HTTPS://github.com/acme/journeys',
      logo: 'img/logo.svg',
      metric: 'https://analytics.example.com/nps',
      document: 'docs/kickoff.pdf',
      evidence: '"mailto:research@example.com"',
      source: 'http://example.com/book',
    });
    expect(places(files)).toEqual([]);
  });

  it('report every other scheme at its place with url/scheme, however it is written', () => {
    const files = withUrls({
      site: '"mailto:cx@example.com"',
      repository: '"javascript:alert(1)//"',
      logo: '"data:image/svg+xml,<svg onload=alert(1)>"',
      metric: '"  JaVaScRiPt:alert(1)"',
      document: '"java\\tscript:alert(1)"',
      evidence: '"vbscript:msgbox(1)"',
      source: '"java\\nscript:alert(1)"',
    });
    const { diagnostics } = check(files);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`).sort()).toEqual([
      'glossary/kickoff.yaml:4:31 url/scheme',
      'journeykit.config.yaml:3:8 url/scheme',
      'journeykit.config.yaml:5:8 url/scheme',
      'journeykit.config.yaml:6:7 url/scheme',
      'journeys/onboarding.yaml:18:56 url/scheme',
      'journeys/onboarding.yaml:25:63 url/scheme',
      'metrics/csat.yaml:8:7 url/scheme',
    ]);
    const document = diagnostics.find((d) => d.file === 'journeys/onboarding.yaml' && d.line === 18);
    expect(document!.message).toBe(rules.urlScheme.message({ url: 'java\tscript:alert(1)', expected: 'an http:, https: or mailto: address, or a path relative to the workspace' }));
    expect(document!.message).toBe('The address "java\\tscript:alert(1)" is not allowed here: expected an http:, https: or mailto: address, or a path relative to the workspace.');
    expect(diagnostics.find((d) => d.line === 3)!.message).toBe('The address "mailto:cx@example.com" is not allowed here: expected an http: or https: address.');
  });
});
