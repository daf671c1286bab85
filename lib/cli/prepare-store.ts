// Runs before the server starts: opens the store (which migrates it) and loads the seed into an empty one.
import { openStore } from '../store/open-store';
import { ensureSeed } from '../seed/ensure-seed';

async function main() {
  const store = await openStore();
  try {
    const loaded = await ensureSeed(store);
    console.log(loaded.length ? `Seed loaded: ${loaded.join(', ')}` : `Store ready (${store.kind}); seed already present.`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Could not prepare the store: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
