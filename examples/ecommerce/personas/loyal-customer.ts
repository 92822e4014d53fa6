import { definePersona } from '@journeykit/core';

export default definePersona({
  id: 'loyal-customer',
  name: 'Ingrid, loyal trekker',
  role: 'Secondary school teacher and Trail Club member',
  job: 'Keep her kit up to date for multi-day treks and get member perks',
  ageBand: '55-64',
  familyStatus: 'Grown-up children, hikes with a walking group',
  description:
    'Has ordered from Northwind for six years and owns most of the range. Uses the store app, reads the newsletter, and is the person her walking group asks for gear advice.',
  goals: [
    'Replace worn kit before the summer trek season',
    'Use her Trail Club points and early access to sales',
    'Return items that do not suit her without friction',
  ],
  motivations: [
    'Loyalty to a brand that has treated her well',
    'Recommending good gear to her walking group',
  ],
  frustrations: [
    'Being asked for a review before she has worn an item',
    'Points that expire without warning',
    'Having to explain a problem again when she contacts support twice',
  ],
  preferredChannels: ['store-app-push', 'email', 'word-of-mouth'],
  quote: 'I have told half my walking group about Northwind, so I expect them to get it right.',
  tags: ['returning-customer', 'trail-club'],
});
