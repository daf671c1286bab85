/** @jest-environment-options {"customExportConditions": ["umd", "node", "require", "default"]} */
// d3 modules ship ESM only; their "umd" export lets plain jest load them without transforming node_modules.

import { axisLevels, baseScale, withoutOverlaps } from '@/lib/timeline';

const measure = (label: string) => label.length * 7;
const utc = (...a: [number, number?, number?]) => Date.UTC(a[0], a[1] ?? 0, a[2] ?? 1);
/** Date.UTC reads years 0-99 as 1900-1999; this does not. */
const yearStart = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);
function scaleOver(from: number, to: number, width = 1000) {
  return baseScale([from, to], width);
}

describe('axisLevels', () => {
  test('axisLevels(scale) shows years over centuries across a century', () => {
    const axis = axisLevels(scaleOver(utc(1900), utc(2000)), measure);
    expect(axis.unit).toBe('year');
    expect(axis.minor.map((t) => t.label)).toContain('1950');
    expect(axis.major.map((t) => t.label)).toContain('1900s');
  });

  test('axisLevels(scale) shows months over years across two years', () => {
    const axis = axisLevels(scaleOver(utc(2020), utc(2022)), measure);
    expect(axis.unit).toBe('month');
    expect(axis.minor.map((t) => t.label).slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(axis.major.map((t) => t.label)).toEqual(['2020', '2021']);
  });

  test('axisLevels(scale) shows days over months across a month', () => {
    const axis = axisLevels(scaleOver(utc(2024, 1, 1), utc(2024, 2, 1)), measure);
    expect(axis.unit).toBe('day');
    expect(axis.minor[0].label).toBe('1');
    expect(axis.major[0].label).toBe('Feb 2024');
  });

  test('axisLevels(scale) shows hours over days across six hours', () => {
    const axis = axisLevels(scaleOver(utc(2024, 1, 5), utc(2024, 1, 5) + 6 * 3_600_000), measure);
    expect(axis.unit).toBe('hour');
    expect(axis.minor.map((t) => t.label)).toContain('03:00');
    expect(axis.major[0].label).toBe('5 Feb 2024');
  });

  test('axisLevels(scale) writes BCE years and years before 1000 without padding', () => {
    const bce = axisLevels(scaleOver(yearStart(-100), yearStart(50)), measure);
    const labels = bce.minor.map((t) => t.label);
    expect(labels).toContain('50 BCE');
    expect(labels).toContain('10');
    expect(labels.some((l) => /^0/.test(l))).toBe(false);
    expect(labels).not.toContain('0');
    const early = axisLevels(scaleOver(yearStart(800), yearStart(900)), measure);
    expect(early.minor.map((t) => t.label)).toContain('850');
  });

  test('axisLevels(scale) never lets minor or major labels overlap, at any zoom', () => {
    for (let span = 6 * 3_600_000; span < 3000 * 365 * 86_400_000; span *= 1.7) {
      const from = utc(1990, 3, 17) - span / 2;
      const axis = axisLevels(scaleOver(from, from + span, 640), measure);
      for (const ticks of [axis.minor, axis.major]) {
        for (let i = 1; i < ticks.length; i++) expect(ticks[i].pos).toBeGreaterThanOrEqual(ticks[i - 1].pos + measure(ticks[i - 1].label));
      }
      expect(axis.minor.length).toBeGreaterThan(1);
    }
  });

  test('axisLevels(scale) keeps the period in view named at the start', () => {
    const axis = axisLevels(scaleOver(utc(2021, 5, 10), utc(2021, 7, 1)), measure);
    expect(axis.major[0]).toMatchObject({ pos: 0, label: 'Jun 2021' });
  });
});

test('withoutOverlaps(ticks) drops a label that would touch the one before it', () => {
  const ticks = [0, 10, 40].map((pos) => ({ ms: pos, pos, label: 'abc' }));
  expect(withoutOverlaps(ticks, measure, 4).map((t) => t.pos)).toEqual([0, 40]);
});
