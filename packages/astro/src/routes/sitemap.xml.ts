import type { APIRoute } from 'astro';
import { sites } from 'virtual:journeykit/data';
import { siteFor } from '../routing/routes.ts';
import { sitemapUrls } from '../view/sitemap.ts';

/** The report's sitemap: absolute URLs when the site address is known, root-relative otherwise. */
export const GET: APIRoute = ({ routePattern }) => {
  const urls = sitemapUrls(siteFor(sites, routePattern));
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((url) => `  <url><loc>${url}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
