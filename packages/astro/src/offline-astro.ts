/**
 * Keeps the Astro runs of this package (build, dev and preview) off the network: Astro's telemetry
 * and the dev server's check for a newer Astro each make a request, and a report never needs
 * either. Set for the whole process, as Astro reads them from its environment.
 */
export function keepAstroOffline(): void {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  process.env['ASTRO_DISABLE_UPDATE_CHECK'] = 'true';
}
