/**
 * Writes the OpenAPI document to packages/sdk/openapi.json (`pnpm sdk:generate`), or with `--check` fails
 * when the committed document differs from what the routes produce (`pnpm sdk:check`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateOpenApiDocument, serializeOpenApiDocument } from './document';

const target = fileURLToPath(new URL('../../../../packages/sdk/openapi.json', import.meta.url));
const fresh = serializeOpenApiDocument(await generateOpenApiDocument());
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {}
  if (committed !== fresh) {
    process.stderr.write(
      'packages/sdk/openapi.json is stale: run `pnpm sdk:generate` and commit the result.\n',
    );
    process.exit(1);
  }
  process.stdout.write('packages/sdk/openapi.json matches the API\n');
} else {
  writeFileSync(target, fresh);
  process.stdout.write(`wrote ${target}\n`);
}
