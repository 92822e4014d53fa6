import { expect, it } from 'vitest';
import { channelExists } from '../diagnostics/rules.ts';
import { builtinChannels } from './builtin-channels.ts';
import { builtinChannelKinds } from './channel-kinds.ts';

it('has one channel per kind but custom, with the kind as its id, in the order of the kinds', () => {
  expect(builtinChannels.map((channel) => channel.id)).toEqual(builtinChannelKinds);
  expect(builtinChannels.map((channel) => channel.kind)).toEqual(builtinChannelKinds);
});

it('names every built-in channel in the hint of a reference to a channel that does not exist', () => {
  expect(channelExists.hint?.({ id: 'emial', suggestion: 'email' })).toBe(
    'Use a built-in channel (web, mobile-app, email, social, paid-ads, events, phone, chat, in-person, review-sites, word-of-mouth, partners), or define the channel in channels/.',
  );
});
