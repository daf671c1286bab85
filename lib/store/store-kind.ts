import type { Store } from './store';

export type StoreKind = Store['kind'];
