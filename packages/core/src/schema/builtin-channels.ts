import type { Channel } from './channel.ts';
import type { builtinChannelKinds } from './channel-kinds.ts';

const names: Record<(typeof builtinChannelKinds)[number], string> = {
  web: 'Website',
  'mobile-app': 'Mobile app',
  email: 'Email',
  social: 'Social media',
  'paid-ads': 'Paid ads',
  events: 'Events',
  phone: 'Phone',
  chat: 'Chat',
  'in-person': 'In person',
  'review-sites': 'Review sites',
  'word-of-mouth': 'Word of mouth',
  partners: 'Partners',
};

/**
 * One channel per built-in kind, with the kind as its id, so touchpoints can say `channel: email`.
 *
 * @example
 * builtinChannels.find((channel) => channel.id === 'email'); // { id: 'email', name: 'Email', kind: 'email' }
 */
export const builtinChannels: readonly Channel[] = Object.entries(names).map(([kind, name]) => ({
  id: kind,
  name,
  kind: kind as Channel['kind'],
}));
