// Writes a bare Astro project, the floor the report site is compared with: `pages` pages from one
// `[...slug].astro` route with getStaticPaths, a layout with a bundled stylesheet, a header and a
// nav like the report's, and a table of rows rendered from data, padded to about `htmlBytes` of
// HTML per page. No integration, no charts, no search index.
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bytes of HTML a page has without rows, and per row (measured on builds of this template; the
 * page number appears three times in a row). */
const pageBytes = 1330;
const rowBytes = (pages: number) => 217 + 3 * String(pages - 1).length;

export function writeBareProject(root: string, pages: number, htmlBytes: number): { rowsPerPage: number } {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const rowsPerPage = Math.max(0, Math.round((htmlBytes - pageBytes) / rowBytes(pages)));
  write('package.json', `${JSON.stringify({ name: 'bare-astro-floor', private: true, type: 'module' }, null, 2)}\n`);
  // The project resolves Astro from this package's dependencies, as the report site does.
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  symlinkSync(realpathSync(join(import.meta.dirname, '../node_modules/astro')), join(root, 'node_modules/astro'), 'dir');

  const rules = Array.from({ length: 60 }, (_, i) => `.bare-c${i} { margin: ${i % 4}px ${i % 7}px; padding: 0.${i % 9}rem; color: oklch(40% 0.1 ${i * 6}); border-radius: ${i % 5}px; }`);
  write('src/styles/site.css', `:root { font-family: system-ui, sans-serif; line-height: 1.5; }\nbody { margin: 0; }\n.bare-header { display: flex; gap: 1rem; padding: 1rem; border-bottom: 1px solid #ccc; }\n.bare-nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }\n.bare-main { max-width: 72rem; margin: 0 auto; padding: 1rem; }\ntable { border-collapse: collapse; width: 100%; }\ntd, th { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; }\n.badge { border-radius: 1rem; padding: 0 0.5rem; background: #eee; }\n${rules.join('\n')}\n`);

  write(
    'src/layouts/Layout.astro',
    `---
import '../styles/site.css';
interface Props { title: string; current: string }
const { title, current } = Astro.props;
const nav = [['home', 'Journeys', '/'], ['personas', 'Personas', '/p/1/'], ['touchpoints', 'Touchpoints', '/p/2/'], ['teams', 'Teams', '/p/3/'], ['metrics', 'Metrics', '/p/4/'], ['glossary', 'Glossary', '/p/5/']];
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title} · Bare Astro floor</title>
    <meta name="description" content="A page of the bare Astro floor benchmark." />
    <script is:inline>
      try { const t = localStorage.getItem('bare-theme'); if (t) document.documentElement.dataset.theme = t; } catch {}
    </script>
  </head>
  <body>
    <a class="bare-skip" href="#content">Skip to content</a>
    <header class="bare-header">
      <a class="bare-brand" href="/">Bare Astro floor</a>
      <nav class="bare-nav" aria-label="Sections"><ul>{nav.map(([id, name, href]) => <li><a href={href} aria-current={id === current ? 'page' : undefined}>{name}</a></li>)}</ul></nav>
    </header>
    <main id="content" class="bare-main"><slot /></main>
    <footer class="bare-footer"><p>Built with Astro, for a benchmark.</p></footer>
  </body>
</html>
`,
  );

  write(
    'src/pages/[...slug].astro',
    `---
import type { GetStaticPaths } from 'astro';
import Layout from '../layouts/Layout.astro';

const pages = ${pages};
const rowsPerPage = ${rowsPerPage};
const levels = ['low', 'medium', 'high'];
const sections = ['home', 'personas', 'touchpoints', 'teams', 'metrics', 'glossary'];

export const getStaticPaths = (() =>
  Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: i === 0 ? undefined : \`p/\${i}\` }, props: { i } }))) satisfies GetStaticPaths;

const { i } = Astro.props;
const href = (j: number) => (j % pages === 0 ? '/' : \`/p/\${j % pages}/\`);
const rows = Array.from({ length: rowsPerPage }, (_, k) => ({
  id: \`item-\${i}-\${k}\`,
  name: \`Item \${k + 1} of page \${i}\`,
  text: 'The customer does something that matters here, and we answer quickly & clearly.',
  level: levels[(i + k) % levels.length],
  href: href(i + k + 1),
}));
---
<Layout title={\`Page \${i}\`} current={sections[i % sections.length]}>
  <p class="bare-breadcrumbs"><a href="/">Home</a> ›</p>
  <h1>Page {i}</h1>
  <dl class="bare-meta"><div><dt>Rows</dt><dd>{rows.length}</dd></div><div><dt>Next</dt><dd><a href={href(i + 1)}>Page {(i + 1) % pages}</a></dd></div></dl>
  <table>
    <thead><tr><th>Item</th><th>What happens</th><th>Level</th></tr></thead>
    <tbody>{rows.map((row) => <tr id={row.id}><td><a href={row.href}>{row.name}</a></td><td>{row.text}</td><td><span class="badge" data-level={row.level}>{row.level}</span></td></tr>)}</tbody>
  </table>
</Layout>
`,
  );
  return { rowsPerPage };
}
