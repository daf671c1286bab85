import { BenchVisTimeline } from '@/components/timeline/bench-vis-timeline';
import { parseBenchParams } from '@/lib/timeline/bench-params';

export const metadata = { title: 'vis-timeline benchmark' };

export default async function BenchVisTimelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseBenchParams(await searchParams);
  if ('error' in parsed) return <p role="alert">Bad benchmark parameters: {parsed.error}</p>;
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">vis-timeline: {parsed.params.n.toLocaleString('en')} seeded events</h1>
      <BenchVisTimeline n={parsed.params.n} seed={parsed.params.seed} />
    </>
  );
}
