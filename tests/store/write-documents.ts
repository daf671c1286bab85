// A child process of the concurrency contract tests: at a common start time, opens the store and adds
// `count` documents to one timeline, each with two events of its own and one event ("shared") that every writer merges into.
import { openStore } from '../../lib/store/open-store';
import { mention, newDocument, newEvent, sleep } from './fixtures';

async function main() {
  const [url, timeline, writer, countText, startAtText] = process.argv.slice(2);
  await sleep(Math.max(0, Number(startAtText) - Date.now()));
  const store = await openStore(url);
  try {
    for (let i = 0; i < Number(countText); i++) {
      const id = `${writer}-${i}`;
      await store.addDocument(timeline, newDocument(id), [
        newEvent(`${id}-a`, '2024-01-29'),
        newEvent(`${id}-b`, '2024-02-01'),
        newEvent('shared', '2024-01-01', { people: [`Person ${id}`], mentions: [mention(id, `Said in ${id}.`)] }),
      ]);
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
