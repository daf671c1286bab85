import { eventNeighbours, sentenceParts } from '@/lib/permalink/event-context';
import { iframeSnippet, scriptSnippet } from '@/lib/permalink/snippets';
import { makeEvent } from './fixtures';

describe('event context', () => {
  test('sentenceParts picks out the date words of the source sentence', () => {
    expect(sentenceParts(makeEvent().mentions[0])).toEqual({
      before: 'King Charles III leaves The London Clinic with Queen Camilla by his side on ',
      date: 'January 29',
      after: '',
    });
  });

  test('sentenceParts gives null when the offsets fall outside the sentence', () => {
    const mention = { ...makeEvent().mentions[0], timexEnd: 2000 };
    expect(sentenceParts(mention)).toBeNull();
  });

  test('eventNeighbours gives the events either side, and nothing past the ends', () => {
    const events = ['a', 'b', 'c'].map((id) => makeEvent({ id }));
    expect(eventNeighbours(events, 'b')).toEqual({ previous: events[0], next: events[2] });
    expect(eventNeighbours(events, 'a')).toEqual({ previous: null, next: events[1] });
    expect(eventNeighbours(events, 'zzz')).toEqual({ previous: null, next: null });
  });
});

describe('snippets', () => {
  const input = { src: 'https://t.example/embed/royal-family?theme=dark&lang=fr', title: 'Royals "2024"', height: 400 };

  test('iframeSnippet escapes the src and the title', () => {
    expect(iframeSnippet(input)).toBe(
      '<iframe src="https://t.example/embed/royal-family?theme=dark&amp;lang=fr" height="400" title="Royals &quot;2024&quot;" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>',
    );
  });

  test('scriptSnippet gives a placeholder linking to the page, and the loader', () => {
    expect(scriptSnippet(input, { loaderSrc: 'https://t.example/embed.js', pageUrl: 'https://t.example/timelines/royal-family' })).toBe(
      '<div data-timeline-embed data-src="https://t.example/embed/royal-family?theme=dark&amp;lang=fr" data-height="400">' +
        '<a href="https://t.example/timelines/royal-family">Royals &quot;2024&quot;</a></div>\n' +
        '<script async src="https://t.example/embed.js"></script>',
    );
  });
});
