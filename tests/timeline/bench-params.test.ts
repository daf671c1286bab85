/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.
import { parseBenchParams } from '@/lib/timeline';

describe('parseBenchParams', () => {
  test('parseBenchParams({}) gives the defaults', () => {
    expect(parseBenchParams({})).toEqual({ params: { n: 1000, seed: 1, orientation: 'auto', lanes: 'none' } });
  });
  test('parseBenchParams reads n, seed, orientation and lanes', () => {
    expect(parseBenchParams({ n: '100000', seed: '7', orientation: 'vertical', lanes: 'person' })).toEqual({ params: { n: 100000, seed: 7, orientation: 'vertical', lanes: 'person' } });
  });
  test('parseBenchParams takes the first of repeated values', () => {
    expect(parseBenchParams({ n: ['5', '6'] })).toMatchObject({ params: { n: 5 } });
  });
  test.each([
    [{ n: 'abc' }, /n must be a whole number/],
    [{ n: '0' }, /n must be/],
    [{ n: '200001' }, /n must be/],
    [{ n: '1e3' }, /n must be/],
    [{ seed: '-1' }, /seed must be/],
    [{ orientation: 'diagonal' }, /orientation must be/],
    [{ lanes: 'colour' }, /lanes must be one of/],
  ])('parseBenchParams(%o) says what is wrong', (query, message) => {
    const result = parseBenchParams(query);
    expect('error' in result && result.error).toMatch(message);
  });
});
