import type { ChannelKind } from '@journeykit/core';

// Each icon is drawn on a 16 × 16 grid with strokes in currentColor, so it takes the text colour
// of its theme and prints in black.
const shapes: Record<ChannelKind, string> = {
  web: '<rect x="1.5" y="2.5" width="13" height="11" rx="1.5"/><path d="M1.5 5.5h13M4 4h.01M6 4h.01"/>',
  'mobile-app': '<rect x="4.5" y="1.5" width="7" height="13" rx="1.5"/><path d="M7 12h2"/>',
  email: '<rect x="1.5" y="3.5" width="13" height="9" rx="1"/><path d="m2 4 6 5 6-5"/>',
  social: '<circle cx="4" cy="8" r="2"/><circle cx="12" cy="4" r="2"/><circle cx="12" cy="12" r="2"/><path d="m5.8 7 4.4-2M5.8 9l4.4 2"/>',
  'paid-ads': '<path d="M2 6.5v3l8 3.5v-10zM10 5.5h2.5a1.5 1.5 0 0 1 0 5H10M4.5 10l1 4h2l-1-3"/>',
  events: '<rect x="1.5" y="3" width="13" height="11" rx="1"/><path d="M1.5 6.5h13M5 1.5v3M11 1.5v3"/>',
  phone: '<path d="M3 1.5h3l1.2 3.5-1.8 1.2a8 8 0 0 0 4.4 4.4L11 8.8l3.5 1.2v3a1.5 1.5 0 0 1-1.5 1.5A11.5 11.5 0 0 1 1.5 3 1.5 1.5 0 0 1 3 1.5z"/>',
  chat: '<path d="M2 3.5a1.5 1.5 0 0 1 1.5-1.5h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3.5 3v-3A1.5 1.5 0 0 1 2 9.5z"/>',
  'in-person': '<circle cx="8" cy="4.5" r="2.5"/><path d="M3 14.5a5 5 0 0 1 10 0"/>',
  'review-sites': '<path d="m8 1.8 1.9 3.9 4.3.6-3.1 3 .7 4.2L8 11.5l-3.8 2 .7-4.2-3.1-3 4.3-.6z"/>',
  'word-of-mouth': '<path d="M1.5 3.5h8v5h-4l-2.5 2v-2H1.5zM11.5 6h3v5h-1.5v2l-2.5-2H7.5V10.5"/>',
  partners: '<path d="M1.5 6 5 3l3 2 3-2 3.5 3M2.5 7l4.5 4.5a1 1 0 0 0 1.5 0l5-4.5M6 9l1.5-1.5M8 11l1.5-1.5"/>',
  custom: '<circle cx="8" cy="8" r="6"/><circle cx="8" cy="8" r="1.5"/>',
};

/** The id of the symbol drawn for a channel kind; custom channels share a neutral one. */
export const channelIconId = (kind: ChannelKind | undefined) => `jk-channel-${kind ?? 'custom'}`;

/**
 * The symbols of every channel icon, once per page in a hidden SVG: each icon of the map then
 * refers to its symbol (`<use href="#jk-channel-email">`), which works in the single-file report too.
 */
export function channelIconSymbols(): string {
  const symbols = Object.entries(shapes).map(
    ([kind, shape]) => `<symbol id="${channelIconId(kind as ChannelKind)}" viewBox="0 0 16 16">${shape}</symbol>`,
  );
  return `<svg class="jk-icon-symbols" aria-hidden="true" focusable="false" width="0" height="0">${symbols.join('')}</svg>`;
}

/** One channel icon, decorative: the channel's name is written beside it or in its accessible label. */
export function channelIcon(kind: ChannelKind | undefined): string {
  return `<svg class="jk-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16"><use href="#${channelIconId(kind)}"/></svg>`;
}
