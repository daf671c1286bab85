'use client';

import type { Event } from '@/lib/model';
import type { ViewState } from '@/lib/permalink/view-state';
import { Timeline } from '@/components/timeline/timeline';
import { EmbedCodeDialog } from './embed-code-dialog';
import { ShareButton } from './share-button';
import { useViewStateInUrl } from './use-view-state-in-url';

interface Props {
  slug: string;
  title: string;
  events: readonly Event[];
  /** The view the address named when the page was requested (parseViewState on the server). */
  initialView: ViewState;
}

/**
 * The timeline page's interactive part: the timeline with its view kept in the address bar, and the share
 * and embed buttons, which share exactly that view.
 */
export function TimelineWithViewInUrl({ slug, title, events, initialView }: Props) {
  const { view, timelineProps } = useViewStateInUrl(initialView);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <ShareButton title={title} />
        <EmbedCodeDialog slug={slug} title={title} view={view} />
      </div>
      <Timeline className="mt-4" events={events} label={title} {...timelineProps} />
    </>
  );
}
