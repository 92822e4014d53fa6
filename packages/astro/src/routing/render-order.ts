import { fileURLToPath } from 'node:url';
import type { AstroPrerenderer, PathWithRoute } from 'astro';

/** Route files, each a path: those whose pages render before all others, and those after, each in this order. */
export interface RenderOrder {
  first: readonly string[];
  last: readonly string[];
}

/** Astro's prerenderer, with its pages in `order`. Astro renders a few at a time, in the order it is given. */
export function withRenderOrder(prerenderer: AstroPrerenderer, root: URL, order: RenderOrder): AstroPrerenderer {
  return { ...prerenderer, getStaticPaths: async () => inRenderOrder(await prerenderer.getStaticPaths(), root, order) };
}

/**
 * `paths` with those of the routes `order.first` first and of `order.last` last, in that order,
 * and the others between. Within a route, the paths keep their order.
 *
 * @example
 * inRenderOrder(await prerenderer.getStaticPaths(), config.root, renderOrder());
 */
export function inRenderOrder<T extends { route: Pick<PathWithRoute['route'], 'component'> }>(paths: readonly T[], root: URL, order: RenderOrder): T[] {
  const ranks = new Map<string, number>();
  const rankOf = (file: string) => {
    const first = order.first.indexOf(file);
    const last = order.last.indexOf(file);
    return first >= 0 ? first - order.first.length : last >= 0 ? last + 1 : 0;
  };
  // A route's component is its file, relative to the Astro root.
  const rank = ({ route }: T) => ranks.get(route.component) ?? ranks.set(route.component, rankOf(fileURLToPath(new URL(route.component, root)))).get(route.component)!;
  return paths.map((path) => ({ path, rank: rank(path) })).sort((a, b) => a.rank - b.rank).map(({ path }) => path);
}
