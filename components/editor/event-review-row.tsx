'use client';

import { useState } from 'react';
import { redate, retitle, type ReviewedEvent } from '@/lib/editor/review-event';
import { dateInWords } from '@/lib/timeline/date-in-words';
import { HighlightedSentence } from './highlighted-sentence';

interface EventReviewRowProps {
  reviewed: ReviewedEvent;
  onChange: (next: ReviewedEvent) => void;
}

/** One extracted event in the preview: keep it or not, fix its title or date, see where it came from. */
export function EventReviewRow({ reviewed, onChange }: EventReviewRowProps) {
  const { event, accepted } = reviewed;
  const [dateText, setDateText] = useState(event.date.value);
  const [dateError, setDateError] = useState('');
  const mention = event.mentions?.[0];

  const commitDate = () => {
    if (dateText.trim() === event.date.value) return setDateError('');
    const next = redate(reviewed, dateText);
    if (!next) return setDateError('Use a date like 2024-01-29, 2024-02, 2020, 2024-W06 or 202 (the 2020s).');
    setDateError('');
    onChange(next);
  };

  return (
    <li className={`rounded-md border border-line p-3 ${accepted ? 'bg-paper' : 'bg-panel opacity-70'}`} data-testid="review-event">
      <div className="flex flex-wrap items-start gap-3">
        <label className="mt-1.5 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={accepted} onChange={(e) => onChange({ ...reviewed, accepted: e.target.checked })} />
          <span className="sr-only">Keep “{event.title}”</span>
        </label>
        <div className="min-w-0 flex-1 space-y-2">
          <label className="block text-xs font-medium text-muted">
            Title
            <input
              className="mt-0.5 block w-full rounded-md border border-line bg-paper px-2 py-1 text-base font-medium text-ink"
              value={event.title}
              maxLength={200}
              onChange={(e) => onChange(retitle(reviewed, e.target.value))}
            />
          </label>
          <div className="flex flex-wrap items-end gap-3 text-sm">
            <label className="text-xs font-medium text-muted">
              Date (TIMEX3)
              <input
                className="mt-0.5 block w-40 rounded-md border border-line bg-paper px-2 py-1 font-mono text-sm text-ink"
                value={dateText}
                aria-invalid={dateError ? true : undefined}
                onChange={(e) => setDateText(e.target.value)}
                onBlur={commitDate}
                onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commitDate())}
              />
            </label>
            <span className="pb-1 text-muted">{dateInWords(event.date)}</span>
            <span className="pb-1 text-muted">confidence {Math.round(event.confidence * 100)}%</span>
          </div>
          {dateError && (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {dateError}
            </p>
          )}
          {mention && (
            <p className="text-sm text-muted">
              <HighlightedSentence mention={mention} />
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
