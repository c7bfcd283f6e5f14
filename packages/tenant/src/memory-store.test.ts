import { describeStoreConformance } from './conformance/store-conformance';
import { createMemoryStore } from './memory-store';

describeStoreConformance('memory', async () => ({ store: createMemoryStore(), close: async () => {} }));
