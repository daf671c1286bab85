import { keyAction } from '@/lib/timeline/key-actions';

describe('keyAction', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['+', 'zoomIn'],
    ['=', 'zoomIn'],
    ['-', 'zoomOut'],
    ['Enter', 'open'],
    ['Escape', 'close'],
  ])('keyAction(%s) is %s', (key, action) => expect(keyAction(key)).toBe(action));

  test.each(['Tab', 'a', 'PageDown', 'toString', 'constructor'])('keyAction(%s) leaves the key to the browser', (key) => {
    expect(keyAction(key)).toBeUndefined();
  });
});
