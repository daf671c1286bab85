import { BenchTimeline } from '@/components/timeline/bench-timeline';
import { ThemeSwitch } from '@/components/timeline/theme-switch';
import { parseBenchParams } from '@/lib/timeline/bench-params';

export const metadata = { title: 'Timeline benchmark' };

export default async function BenchTimelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = parseBenchParams(await searchParams);
  if ('error' in parsed) return <p role="alert">Bad benchmark parameters: {parsed.error}</p>;
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Timeline: {parsed.params.n.toLocaleString('en')} seeded events</h1>
      <ThemeSwitch />
      <BenchTimeline {...parsed.params} />
    </>
  );
}
