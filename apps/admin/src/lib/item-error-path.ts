import { ApiError } from '@comptoir/sdk';

/**
 * The index and field of an API error on a list item, e.g. `items.2.quantity`, `/items/2/quantity` or
 * `body.items.2.delta` → `{ index: 2, field: 'quantity' }`; null for any other path.
 */
export function itemErrorPath(path: string): { index: number; field: string } | null {
  const match = /^(?:\/?body[./])?\/?items[./[](\d+)\]?[./]?(\w*)/.exec(path);
  if (!match) return null;
  return { index: Number(match[1]), field: match[2] ?? '' };
}

/**
 * The API's field errors on the items of a list body (`items.N.…`), by item index: the first message of each.
 */
export function itemErrorsByIndex(error: unknown): Map<number, string> {
  const found = new Map<number, string>();
  if (!(error instanceof ApiError)) return found;
  for (const { path, message } of error.errors) {
    const at = itemErrorPath(path);
    if (at && !found.has(at.index)) found.set(at.index, message);
  }
  return found;
}
