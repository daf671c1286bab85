import { formatDateRange } from '@/lib/format/date-range';

describe('formatDateRange', () => {
  it('shows one month once', () => {
    expect(formatDateRange('2024-02-11T00:00:00.000Z', '2024-02-11T23:59:59.999Z')).toBe('Feb 2024');
  });
  it('joins two months with an en dash', () => {
    expect(formatDateRange('2020-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z')).toBe('Jan 2020 – Dec 2025');
  });
  it('marks years before 1 AD as BC', () => {
    expect(formatDateRange('-000043-03-15T00:00:00.000Z', '2020-01-01T00:00:00.000Z')).toBe('Mar 44 BC – Jan 2020');
  });
});
