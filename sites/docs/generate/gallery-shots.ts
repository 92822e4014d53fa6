// The pages of the example sites the gallery shows as screenshots; the screenshots script takes
// them, the gallery page shows them, and a test checks that each file is there.

/** A screenshot: the page's address in the docs, what to scroll to, and its file under src/assets/gallery/. */
export interface GalleryShot {
  example: string;
  path: string;
  /** A selector scrolled to the top of the window before the shot; the top of the page without it. */
  at?: string;
  file: string;
}

const pages: Record<string, Record<string, { path: string; at?: string }>> = {
  'b2b-saas': {
    portfolio: { path: '' },
    journey: { path: 'journeys/land-and-expand/', at: '#journey-map' },
    metric: { path: 'metrics/nps/', at: 'h2:text-is("Trend")' },
  },
  ecommerce: {
    portfolio: { path: '' },
    journey: { path: 'journeys/first-purchase/', at: '#journey-map' },
    attribution: { path: 'journeys/first-purchase/', at: '#attribution' },
  },
  'home-solar': {
    journey: { path: 'journeys/installation/', at: '#journey-map' },
    'to-be': { path: 'journeys/installation-to-be/', at: '#comparison-title' },
    teams: { path: 'teams/', at: '#pain-ownership-title' },
  },
};

/** Every screenshot of the gallery, example by example. */
export function galleryShots(): GalleryShot[] {
  return Object.entries(pages).flatMap(([example, shots]) =>
    Object.entries(shots).map(([name, { path, at }]) => ({ example, path: `/gallery/${example}/${path}`, ...(at === undefined ? {} : { at }), file: `${example}-${name}.png` })),
  );
}
