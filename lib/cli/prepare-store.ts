// Runs before the server starts: opens the store (which migrates it), loads the seed into an empty one,
// and prints a one-time editor sign-in link, as Jupyter does.
import { printSignInLink } from '../auth/sign-in-link';
import { ensureSeed } from '../seed/ensure-seed';
import { openStore } from '../store/open-store';

async function main() {
  const store = await openStore();
  try {
    const loaded = await ensureSeed(store);
    console.log(loaded.length ? `Seed loaded: ${loaded.join(', ')}` : `Store ready (${store.kind}); seed already present.`);
  } finally {
    await store.close();
  }
  printSignInLink(process.env.PORT ?? 3000);
}

main().catch((error: unknown) => {
  console.error(`Could not prepare the store: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
