import { KeptBodies } from '@/lib/api/kept-bodies';

const body = (text: string) => ({ body: text, etag: '"e"' });

describe('KeptBodies', () => {
  test('keeps a body and finds it by its key', () => {
    const kept = new KeptBodies(1024);
    expect(kept.find('a')).toBeUndefined();
    kept.keep('a', body('x'.repeat(10)));
    expect(kept.find('a')?.body).toBe('x'.repeat(10));
  });

  test('drops the least recently used bodies past its budget', () => {
    const kept = new KeptBodies(3 * 2 * 110);
    for (const key of ['a', 'b', 'c']) kept.keep(key, body('x'.repeat(100)));
    kept.find('a');
    kept.keep('d', body('x'.repeat(100)));
    expect(kept.find('b')).toBeUndefined();
    expect(kept.find('a')).toBeDefined();
    expect(kept.find('d')).toBeDefined();
  });

  test('serves but does not keep a body larger than the whole budget', () => {
    const kept = new KeptBodies(100);
    expect(kept.keep('big', body('x'.repeat(1000))).body).toHaveLength(1000);
    expect(kept.find('big')).toBeUndefined();
  });
});
