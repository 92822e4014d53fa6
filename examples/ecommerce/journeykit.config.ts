import { defineConfig } from '@journeykit/core';

export default defineConfig({
  name: 'Northwind Outfitters',
  description:
    'Customer journeys of Northwind Outfitters, an online shop for outdoor clothing: from the first rain jacket to returns, reviews and referrals.',
  repository: {
    url: 'https://github.com/journeykit/journeykit',
    path: 'examples/ecommerce',
  },
});
