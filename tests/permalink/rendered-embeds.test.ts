import { renderedEmbed } from '@/lib/permalink/rendered-embeds';

describe('renderedEmbed', () => {
  test('renders once per ETag and serves the same document after that', () => {
    const render = jest.fn(() => '<!doctype html><p>v1</p>');
    expect(renderedEmbed('W/"a"', render)).toBe('<!doctype html><p>v1</p>');
    expect(renderedEmbed('W/"a"', render)).toBe('<!doctype html><p>v1</p>');
    expect(render).toHaveBeenCalledTimes(1);
  });

  test('a new ETag (the timeline changed) renders afresh', () => {
    expect(renderedEmbed('W/"b"', () => 'old')).toBe('old');
    expect(renderedEmbed('W/"c"', () => 'new')).toBe('new');
  });

  test('keeps memory bounded by dropping the least recently used documents', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    for (let i = 0; i < 8; i++) renderedEmbed(`W/"big-${i}"`, () => big + i);
    const again = jest.fn(() => 'rendered again');
    expect(renderedEmbed('W/"big-0"', again)).toBe('rendered again');
    expect(again).toHaveBeenCalledTimes(1);
  });
});
