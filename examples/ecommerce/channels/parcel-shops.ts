import { defineChannel } from '@journeykit/core';

export default defineChannel({
  id: 'parcel-shops',
  name: 'Carrier parcel shops',
  kind: 'partners',
  description: 'Drop-off points and lockers of our carrier partners, where customers hand in returns.',
});
