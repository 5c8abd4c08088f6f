// `pnpm reset`: deletes the data folder (embedded database, generated secrets, uploads) so the next
// `pnpm start` builds a fresh demo store. Refuses to touch anything outside the repository.
import { existsSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const inside = relative(repoRoot, dataDir);
if (inside === '' || inside.startsWith('..')) {
  console.error(`Refusing to delete ${dataDir}: it is not a folder inside ${repoRoot}.`);
  process.exit(1);
}
if (!existsSync(dataDir)) {
  console.log(`Nothing to reset: ${dataDir} does not exist.`);
} else {
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`Deleted ${dataDir}. The next \`pnpm start\` seeds a fresh demo store.`);
}
