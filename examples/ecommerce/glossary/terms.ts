import { defineTerm } from '@journeykit/core';

export default [
  defineTerm({
    id: 'basket',
    term: 'Basket',
    definition:
      'The items a shopper has chosen but not yet paid for. A basket counts as abandoned when it is not checked out within 24 hours.',
    aliases: ['Cart', 'Shopping cart'],
    related: ['drop-off', 'conversion-rate'],
  }),
  defineTerm({
    id: 'size-guide',
    term: 'Size guide',
    definition:
      'The page and printed card that map body measurements to Northwind sizes, with notes on fit for each product line.',
    aliases: ['Size chart'],
    related: ['zero-moment-of-truth'],
  }),
  defineTerm({
    id: 'trail-club',
    term: 'Trail Club',
    definition:
      'The Northwind loyalty programme: free to join, one point per euro spent, free returns and early access to sales for members.',
    aliases: ['Loyalty programme'],
    related: ['retention', 'basket'],
  }),
];
