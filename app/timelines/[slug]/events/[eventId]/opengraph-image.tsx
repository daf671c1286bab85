import { ImageResponse } from 'next/og';
import { getStore } from '@/lib/store';
import { focusWindow } from '@/lib/permalink/event-context';
import { resolveEventAddress } from '@/lib/permalink/event-page';
import { SHARE_IMAGE } from '@/lib/permalink/oembed';
import { cardTimeline } from '@/lib/permalink/share-card-layout';
import { dateInWords } from '@/lib/timeline/date-in-words';

export const alt = 'The event on its timeline';
export const size = SHARE_IMAGE;
export const contentType = 'image/png';
// Drawn from the store on request: a renamed event must not keep its old card.
export const dynamic = 'force-dynamic';

const INK = '#16191f';
const MUTED = '#525a66';
const ACCENT = '#1d4ed8';
const SELECTED = '#be185d';
const LINE = '#c5cad3';
const AXIS = 1072;

/** The share card: the event's title and date over a small timeline with the event picked out. */
export default async function Image({ params }: { params: Promise<{ slug: string; eventId: string }> }) {
  const { slug, eventId } = await params;
  const address = await resolveEventAddress(await getStore(), slug, eventId);
  if (address.kind !== 'live') return new Response('No such event.', { status: 404 });
  const { event, published } = address.page;
  const { marks, ticks } = cardTimeline(published.events, event.id, focusWindow(event), AXIS);
  const words = dateInWords(event.date);
  const titleSize = event.title.length > 80 ? 50 : 62;

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', padding: '56px 64px', color: INK }}>
        <div style={{ display: 'flex', fontSize: 28, color: MUTED }}>{published.timeline.title}</div>
        <div style={{ display: 'flex', marginTop: 28, fontSize: 34, fontWeight: 700, color: ACCENT }}>{words.charAt(0).toUpperCase() + words.slice(1)}</div>
        <div style={{ display: 'flex', marginTop: 10, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, maxHeight: titleSize * 1.15 * 3, overflow: 'hidden' }}>
          {event.title}
        </div>
        <div style={{ display: 'flex', flexGrow: 1 }} />
        <div style={{ display: 'flex', position: 'relative', width: AXIS, height: 96 }}>
          <div style={{ position: 'absolute', left: 0, top: 40, width: AXIS, height: 3, background: LINE }} />
          {marks.map((m, i) =>
            m.length > 0 ? (
              <div
                key={i}
                style={{ position: 'absolute', left: m.x, top: m.selected ? 33 : 36, width: m.length, height: m.selected ? 16 : 10, borderRadius: 5, background: m.selected ? SELECTED : ACCENT, opacity: m.selected ? 1 : 0.6 }}
              />
            ) : (
              <div
                key={i}
                style={{
                  position: 'absolute',
                  left: m.x - (m.selected ? 16 : 8),
                  top: m.selected ? 25 : 33,
                  width: m.selected ? 32 : 16,
                  height: m.selected ? 32 : 16,
                  borderRadius: 999,
                  background: m.selected ? SELECTED : ACCENT,
                  border: m.selected ? '5px solid #fbcfe8' : 'none',
                  opacity: m.selected ? 1 : 0.6,
                }}
              />
            ),
          )}
          {ticks.map((t) => (
            <div key={t.x} style={{ position: 'absolute', left: t.x - 60, top: 62, width: 120, display: 'flex', justifyContent: 'center', fontSize: 22, color: MUTED }}>
              {t.label}
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 8, fontSize: 24, fontWeight: 700, color: MUTED }}>Timeline</div>
      </div>
    ),
    size,
  );
}
