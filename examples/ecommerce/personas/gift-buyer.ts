import { definePersona } from '@journeykit/core';

export default definePersona({
  id: 'gift-buyer',
  name: 'Tom, gift buyer',
  role: 'Project manager buying a birthday present',
  job: 'Find a good outdoor gift quickly and be able to swap it if it does not fit',
  ageBand: '45-54',
  familyStatus: 'Married, two teenage children who hike with scouts',
  description:
    'Does not hike much himself. Buys a fleece or jacket for his daughter once or twice a year and guesses her size, so an easy exchange matters more to him than the last detail of the fabric.',
  goals: [
    'Pick a well-reviewed gift in under twenty minutes',
    'Have it arrive before the birthday',
    'Let the recipient exchange the size without hassle',
  ],
  motivations: ['Wants the gift to be used, not left in a drawer', 'Trusts star ratings and bestseller badges'],
  frustrations: [
    'No gift receipt or gift wrapping option',
    'Return labels that need a printer',
    'Waiting weeks for a refund',
  ],
  preferredChannels: ['web', 'email', 'phone'],
  quote: 'If it does not fit, she should be able to swap it herself without calling me.',
  tags: ['occasional'],
});
