// The kinds of channel, apart from the channel schema, so that the rule catalog can name the
// built-in channels in a hint without importing the schema, whose URL fields report its rules.

/**
 * Kinds of channel on which touchpoints happen.
 *
 * @example
 * channelKinds.includes('email'); // true
 */
export const channelKinds = [
  'web',
  'mobile-app',
  'email',
  'social',
  'paid-ads',
  'events',
  'phone',
  'chat',
  'in-person',
  'review-sites',
  'word-of-mouth',
  'partners',
  'custom',
] as const;

/**
 * A kind of channel, one of {@link channelKinds}.
 *
 * @example
 * const kind: ChannelKind = 'mobile-app';
 */
export type ChannelKind = (typeof channelKinds)[number];

/** The kinds a workspace has a channel of without defining it, whose id is the kind: all but `custom`. */
export const builtinChannelKinds = channelKinds.filter((kind): kind is Exclude<ChannelKind, 'custom'> => kind !== 'custom');
