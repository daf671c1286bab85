/** What a key does on a focused timeline. Arrows move in time order whichever way time runs on screen. */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'zoomIn' | 'zoomOut' | 'open' | 'close';

const ACTIONS: Record<string, KeyAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  _: 'zoomOut',
  Enter: 'open',
  ' ': 'open',
  Escape: 'close',
};

/** The action for a `KeyboardEvent.key`, or undefined when the timeline leaves that key to the browser. */
export function keyAction(key: string): KeyAction | undefined {
  return Object.hasOwn(ACTIONS, key) ? ACTIONS[key] : undefined;
}
