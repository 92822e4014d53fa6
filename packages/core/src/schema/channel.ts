import * as z from 'zod';
import { common, entity, text } from './entity.ts';

/** Kinds of channel on which touchpoints happen. */
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

export type ChannelKind = (typeof channelKinds)[number];

/** A medium through which the customer and the company meet. */
export const channelSchema = entity({
  ...common,
  name: text('Name of the channel.'),
  kind: z.enum(channelKinds).meta({ description: 'Kind of channel; `custom` for anything else.' }),
}).meta({ title: 'Channel', description: 'A medium on which touchpoints happen.' });

export type ChannelInput = z.input<typeof channelSchema>;
export type Channel = z.output<typeof channelSchema>;
