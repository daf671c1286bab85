import { drawMarks, type MarksScene } from '@/components/timeline/draw-marks';
import { horizontalGeometry } from '@/components/timeline/plot-geometry';
import type { Palette } from '@/components/timeline/palette';
import type { TimelineData } from '@/lib/timeline/timeline-data';

/** A 2D context that records the text drawn and ignores the rest. */
function recordingContext(texts: Array<[string, number]>): CanvasRenderingContext2D {
  return new Proxy({} as CanvasRenderingContext2D, {
    get: (_target, name) => (name === 'fillText' ? (text: string, x: number) => texts.push([text, x]) : name === 'measureText' ? () => ({ width: 10 }) : () => undefined),
    set: () => true,
  });
}

const PALETTE = { bg: '', fg: '', muted: '', grid: '', lane: '', mark: '', range: '', cluster: '', clusterText: '', selected: '', font: '12px sans-serif' } satisfies Palette;

function sceneWithPointsAt(ts: number[], rooms: number[]): MarksScene {
  return {
    layout: {
      lanes: [{ key: '', label: '', collapsed: false, count: ts.length, offset: 0, size: 24 * ts.length }],
      marks: ts.map((t, i) => ({ event: i, lane: 0, row: i, t0: t, t1: t })),
      clusters: [],
      crossLength: 24 * ts.length,
    },
    data: { kind: new Uint8Array(ts.length), approximate: new Uint8Array(ts.length) } as unknown as TimelineData,
    geometry: horizontalGeometry(false),
    palette: PALETTE,
    width: 800,
    height: 400,
    timeLength: 800,
    minorTicks: [],
    majorTicks: [],
    label: (e, room) => {
      rooms.push(room ?? Infinity);
      return `event ${e}`;
    },
    selected: -1,
  };
}

describe('drawMarks', () => {
  test("asks for each horizontal label cut to the room left before the plot's right edge", () => {
    const texts: Array<[string, number]> = [];
    const rooms: number[] = [];
    drawMarks(recordingContext(texts), sceneWithPointsAt([100, 760], rooms));
    expect(texts.map(([text]) => text)).toEqual(['event 0', 'event 1']);
    // Points start their label 4 px before the mark, and 4 px are kept clear of the edge.
    expect(rooms).toEqual([800 - 96 - 4, 800 - 756 - 4]);
  });
});
