/** @jest-environment jsdom */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { EmbedCodeDialog } from '@/components/share/embed-code-dialog';

// React's act() needs to be told it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods; these do what the browser does that matters here.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<EmbedCodeDialog slug="royal-family" title="The royal family" />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name || b.getAttribute('aria-label') === name)!;

test('the embed preview is not loaded while the dialog is closed (Lighthouse: the timeline page loaded a hidden embed)', () => {
  expect(host.querySelector('iframe')).toBeNull();
});

test('opening the dialog loads the preview of the timeline embed, and closing it unloads it', () => {
  act(() => button('Embed').click());
  expect(host.querySelector('iframe')?.getAttribute('src')).toContain('/embed/royal-family');
  act(() => button('Close').click());
  expect(host.querySelector('iframe')).toBeNull();
});
