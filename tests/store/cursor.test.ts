import { z } from 'zod';
import { decodeCursor, encodeCursor } from '@/lib/store/cursor';

describe('cursor', () => {
  test('decodeCursor(encodeCursor(c)) gives back c, BC starts included', () => {
    for (const cursor of [
      { startMs: 0, id: 'a' },
      { startMs: -63549360000000, id: '2024-01-29-king-charles' },
      { startMs: 8.64e15, id: 'x-1' },
    ]) {
      const text = encodeCursor(cursor);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(text)).toEqual(cursor);
    }
  });

  test('decodeCursor rejects what encodeCursor cannot have written, as a ZodError at "after"', () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const text of ['', '!!!', 'bm90IGpzb24', forged({ startMs: 1, id: 'a' }), forged([1.5, 'a']), forged([1, 'A B']), forged([9e15, 'a']), forged([1, 'a', 2])]) {
      const error = (() => {
        try {
          decodeCursor(text);
          return null;
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(z.ZodError);
      expect((error as z.ZodError).issues[0].path).toEqual(['after']);
    }
  });
});
