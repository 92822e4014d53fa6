import * as z from 'zod';
import { channelKinds } from './channel-kinds.ts';
import { common, entity, text } from './entity.ts';

/**
 * A medium through which the customer and the company meet.
 *
 * @example
 * channelSchema.parse({ id: 'store-app', name: 'Store app', kind: 'mobile-app' });
 * // { id: 'store-app', name: 'Store app', kind: 'mobile-app' }
 */
export const channelSchema = entity({
  ...common,
  name: text('Name of the channel.'),
  kind: z.enum(channelKinds).meta({ description: 'Kind of channel; `custom` for anything else.' }),
}).meta({ title: 'Channel', description: 'A medium on which touchpoints happen.' });

/**
 * A channel as authors write it, in `channels/`.
 *
 * @example
 * const channel: ChannelInput = { id: 'parcel-shops', name: 'Parcel shops', kind: 'in-person' };
 */
export type ChannelInput = z.input<typeof channelSchema>;
/**
 * A channel as code receives it, validated: the workspace's own channels and the built-in ones.
 *
 * @example
 * const names = workspace.channels.map((channel: Channel) => channel.name);
 */
export type Channel = z.output<typeof channelSchema>;
