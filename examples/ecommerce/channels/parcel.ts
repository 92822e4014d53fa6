import { defineChannel } from '@journeykit/core';

// The physical parcel is where the customer first holds the product, so it gets its own channel.
export default defineChannel({
  id: 'parcel',
  name: 'Parcel and packaging',
  kind: 'custom',
  description: 'The delivered box: packaging, packing slip, printed care card and returns slip.',
});
