import { EmbeddedStore } from '../../server/store/embedded-store.js';
import { defineStoreContract } from './contract.js';

defineStoreContract('embedded (LadybugDB, in memory)', async () => {
  const s = new EmbeddedStore(':memory:');
  await s.init();
  return s;
});
