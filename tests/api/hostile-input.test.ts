import { setUpTempApp } from './route-harness';
import { hostileInputBattery } from './hostile-battery';

setUpTempApp();

describe('hostile input against the SQLite store', () => {
  hostileInputBattery();
});
