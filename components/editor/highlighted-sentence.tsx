import type { Mention } from '@/lib/model';

/** The sentence an event came from, with its date words marked. Text only: never parsed as HTML. */
export function HighlightedSentence({ mention }: { mention: Mention }) {
  const from = mention.timexStart - mention.start;
  const to = mention.timexEnd - mention.start;
  const s = mention.sentence;
  if (from < 0 || to > s.length || from > to) return <span>{s}</span>;
  return (
    <span>
      {s.slice(0, from)}
      <mark className="rounded bg-yellow-200 px-0.5 text-ink dark:bg-yellow-700 dark:text-yellow-50">{s.slice(from, to)}</mark>
      {s.slice(to)}
    </span>
  );
}
