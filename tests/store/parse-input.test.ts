import { z } from 'zod';
import { EventPatch, TimelinePatch } from '@/lib/model';
import { parseInput, parsePatch } from '@/lib/store/parse-input';

describe('parseInput', () => {
  test('parseInput returns the parsed value and refuses NUL anywhere in it, with its path', () => {
    const schema = z.object({ a: z.array(z.object({ b: z.string() })) });
    expect(parseInput(schema, { a: [{ b: 'x' }] })).toEqual({ a: [{ b: 'x' }] });
    const error = (() => {
      try {
        parseInput(schema, { a: [{ b: 'x' }, { b: 'y\0' }] });
      } catch (e) {
        return e as z.ZodError;
      }
    })();
    expect(error).toBeInstanceOf(z.ZodError);
    expect(error!.issues[0].path).toEqual(['a', 1, 'b']);
  });
});

describe('parsePatch', () => {
  test('parsePatch keeps only the fields given, not the defaults the model schemas would add', () => {
    expect(parsePatch(TimelinePatch, { title: 'x' })).toEqual({ title: 'x' });
    expect(parsePatch(EventPatch, { people: ['A'], title: undefined })).toEqual({ people: ['A'] });
    expect(parsePatch(EventPatch, {})).toEqual({});
  });

  test('parsePatch still validates and normalises the given fields', () => {
    expect(parsePatch(EventPatch, { title: '  Trimmed  ' })).toEqual({ title: 'Trimmed' });
    expect(() => parsePatch(EventPatch, { confidence: 2 })).toThrow(z.ZodError);
  });
});
