import { EmbeddedStore } from '../../server/store/embedded-store.js';
import { defineStoreContract } from './contract.js';

defineStoreContract('embedded (LadybugDB, in memory)', async () => {
  const s = new EmbeddedStore(':memory:');
  await s.init();
  return s;
});

// The same contract with every create going through the bulk COPY path, which large loads use.
defineStoreContract('embedded, bulk COPY path', async () => {
  const s = new EmbeddedStore(':memory:', 1);
  await s.init();
  return s;
});
