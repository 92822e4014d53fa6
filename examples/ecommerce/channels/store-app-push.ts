import { defineChannel } from '@journeykit/core';

export default defineChannel({
  id: 'store-app-push',
  name: 'Store app push notifications',
  kind: 'mobile-app',
  description: 'Push notifications of the Northwind store app: order, delivery and return updates.',
});
