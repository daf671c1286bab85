import { median, megabytesPerSecond, timeAlternately } from '@/lib/eval/measure-throughput';

describe('timeAlternately', () => {
  it('warms up, then times every runner once a round, in reverse order every other round', async () => {
    const calls: string[] = [];
    const runner = (name: string) => ({ name, run: () => calls.push(name) });
    const times = await timeAlternately([runner('a'), runner('b')], 3, 1);
    expect(calls.join('')).toBe('ab' + 'ab' + 'ba' + 'ab');
    expect(times.get('a')).toHaveLength(3);
    expect(times.get('b')).toHaveLength(3);
  });

  it('waits for asynchronous runners, so their time is measured', async () => {
    const times = await timeAlternately([{ name: 'slow', run: () => new Promise((resolve) => setTimeout(resolve, 20)) }], 1, 0);
    expect(times.get('slow')![0]).toBeGreaterThanOrEqual(15);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('megabytesPerSecond', () => {
  it('counts megabytes as 10^6 bytes', () => {
    expect(megabytesPerSecond(2_000_000, 500)).toBe(4);
  });
});
