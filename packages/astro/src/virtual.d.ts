// The data module the integration serves to pages (see vite-plugin.ts).
declare module 'virtual:journeykit/data' {
  export const sites: import('./site-data.ts').SiteData[];
}
