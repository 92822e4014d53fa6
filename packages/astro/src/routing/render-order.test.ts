import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inRenderOrder, withRenderOrder } from './render-order.ts';

const root = pathToFileURL('/project/');
const order = { first: ['/routes/index.astro'], last: ['/routes/journey.astro', '/routes/metric.astro'] };
const page = (pathname: string, component: string) => ({ pathname, route: { component } });

describe('inRenderOrder', () => {
  const paths = [
    page('/journeys/a', '../routes/journey.astro'),
    page('/metrics/m', '../routes/metric.astro'),
    page('/touchpoints/a/t', '../routes/touchpoint.astro'),
    page('/journeys/b', '../routes/journey.astro'),
    page('/glossary', '../routes/glossary.astro'),
    page('/', '../routes/index.astro'),
    page('/touchpoints/a/u', '../routes/touchpoint.astro'),
  ];

  it('puts the first routes first, the last routes last, each in their order, and the others between in theirs', () => {
    expect(inRenderOrder(paths, root, order).map((path) => path.pathname)).toEqual([
      '/',
      '/touchpoints/a/t',
      '/glossary',
      '/touchpoints/a/u',
      '/journeys/a',
      '/journeys/b',
      '/metrics/m',
    ]);
  });

  it('tells routes by their file, resolved from the root, not by their name', () => {
    const elsewhere = [page('/journeys/a', 'src/pages/journey.astro'), page('/x', '../routes/touchpoint.astro')];
    expect(inRenderOrder(elsewhere, root, order).map((path) => path.pathname)).toEqual(['/journeys/a', '/x']);
  });
});

describe('withRenderOrder', () => {
  it("keeps Astro's prerenderer but for the order of its paths", async () => {
    const render = async () => new Response('');
    const prerenderer = { name: 'astro:default', getStaticPaths: async () => [page('/glossary', '../routes/glossary.astro'), page('/', '../routes/index.astro')], render };
    const ordered = withRenderOrder(prerenderer as never, root, order);
    expect(ordered.render).toBe(render);
    expect(ordered.name).toBe('astro:default');
    expect((await ordered.getStaticPaths()).map((path) => path.pathname)).toEqual(['/', '/glossary']);
  });
});
