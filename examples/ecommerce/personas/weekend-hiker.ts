import { definePersona } from '@journeykit/core';

export default definePersona({
  id: 'weekend-hiker',
  name: 'Maya, weekend hiker',
  role: 'Physiotherapist who hikes most weekends',
  job: 'Buy a first proper rain jacket that fits and keeps her dry on day hikes',
  ageBand: '25-34',
  familyStatus: 'Lives with her partner, no children',
  description:
    'Took up hiking two years ago and has been getting by with a cheap windbreaker. After a soaked walk in the hills she wants a real waterproof jacket, but she is new to membranes, ratings and outdoor sizing.',
  goals: [
    'Stay dry and warm on four to six hour hikes',
    'Buy once, in the right size, without a return',
    'Understand what she is paying for',
  ],
  motivations: [
    'A friend swears by her Northwind jacket',
    'Wants gear that lasts several seasons',
    'Likes brands that repair rather than replace',
  ],
  frustrations: [
    'Sizes differ from brand to brand',
    'Technical jargon such as hydrostatic head and breathability ratings',
    'Delivery costs that only show up at the end',
  ],
  preferredChannels: ['social', 'web', 'word-of-mouth', 'store-app-push'],
  quote: 'I just want to know it will fit and keep the rain out before I spend two hundred euros.',
  tags: ['new-customer', 'primary'],
});
