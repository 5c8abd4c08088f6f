import { vi } from 'vitest';

export interface SavedFile {
  download: string;
  blob: Blob | undefined;
}

/**
 * Records the files `saveFile` would hand to the browser's downloads (jsdom has no object URLs and does not
 * download). Call in `beforeEach`; `vi.restoreAllMocks()` undoes the link spy.
 */
export function recordSavedFiles(): SavedFile[] {
  const saved: SavedFile[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ download: this.download, blob: blobs.get(this.href) });
  });
  return saved;
}

/** A CSV answer as the API sends it (UTF-8 with a byte-order mark). */
export function csvReply(text: string): Response {
  return new Response(`\uFEFF${text}`, {
    status: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
