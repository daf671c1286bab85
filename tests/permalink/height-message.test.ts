import { acceptHeightMessage, heightMessage, readHeightMessage } from '@/lib/permalink/height-message';

const frameWindow = { name: 'the iframe' };
const frame = { origin: 'https://timeline.example', window: frameWindow };

describe('height messages', () => {
  test('readHeightMessage reads what heightMessage writes, rounded up', () => {
    expect(readHeightMessage(heightMessage(412.2))).toBe(413);
  });

  test.each([
    [null],
    ['timeline-embed:height'],
    [{ type: 'timeline-embed:height' }],
    [{ type: 'timeline-embed:height', height: '400' }],
    [{ type: 'timeline-embed:height', height: -5 }],
    [{ type: 'timeline-embed:height', height: Infinity }],
    [{ type: 'timeline-embed:height', height: 1e9 }],
    [{ type: 'timeline-embed:height', height: 400, href: 'https://evil.example' }],
    [{ type: 'something-else', height: 400 }],
    [[400]],
  ])('readHeightMessage refuses %j', (data) => {
    expect(readHeightMessage(data)).toBeNull();
  });

  test('acceptHeightMessage takes a height only from the frame window at the frame origin', () => {
    const data = heightMessage(300);
    expect(acceptHeightMessage({ origin: frame.origin, source: frameWindow, data }, frame)).toBe(300);
    expect(acceptHeightMessage({ origin: 'https://evil.example', source: frameWindow, data }, frame)).toBeNull();
    expect(acceptHeightMessage({ origin: frame.origin, source: { name: 'another frame' }, data }, frame)).toBeNull();
    expect(acceptHeightMessage({ origin: frame.origin, source: null, data }, { origin: frame.origin, window: null })).toBeNull();
  });
});
