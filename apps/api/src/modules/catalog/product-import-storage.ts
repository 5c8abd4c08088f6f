import { createReadStream } from 'node:fs';
import type { Database, DbOrTx } from '../../db/client';
import { newId } from '../../shared/ids';
import { enqueueJob } from '../jobs';
import * as repository from './product-imports.repository';

/** The graphile-worker task that validates and applies an uploaded file. */
export const importProductsTask = 'import_products';

/** Pieces the upload is stored in. */
const chunkBytes = 1024 * 1024;

/**
 * Stores an uploaded file (read from `filePath` in 1 MB pieces into the database, so any API process's worker
 * can read it) and queues its import, in one transaction. The caller removes the file afterwards.
 */
export async function storeProductImport(
  db: Database,
  input: {
    filePath: string;
    byteSize: number;
    dryRun: boolean;
    fileName: string | null;
    actor: { id: string; name: string } | null;
  },
): Promise<string> {
  const id = newId('productImport');
  await db.transaction(async (tx) => {
    await repository.insertImport(tx, {
      id,
      dryRun: input.dryRun,
      fileName: input.fileName,
      byteSize: input.byteSize,
      createdBy: input.actor?.id ?? null,
      createdByName: input.actor?.name ?? null,
    });
    let position = 0;
    for await (const chunk of createReadStream(input.filePath, { highWaterMark: chunkBytes })) {
      await repository.insertChunk(tx, id, position, chunk as Buffer);
      position += 1;
    }
    await enqueueJob(tx, importProductsTask, { importId: id }, { maxAttempts: 3 });
  });
  return id;
}

/** The stored pieces of an import's file, in order. */
export async function* fileChunks(db: DbOrTx, importId: string): AsyncGenerator<Buffer> {
  let position = 0;
  for (;;) {
    const chunks = await repository.readChunks(db, importId, position, 4);
    if (chunks.length === 0) return;
    for (const chunk of chunks) {
      yield chunk.data;
      position = chunk.position + 1;
    }
  }
}
