import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';

/**
 * A word of this many letters or more tolerates one typo (as dedicated search engines do). A missing
 * letter makes the typed word one shorter, so typed words from one letter less are looked up.
 */
export const typoMinLength = 5;

/**
 * Whether `a` and `b` differ by exactly one edit: a letter replaced, inserted, removed, or two neighbours
 * swapped (optimal string alignment distance 1).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length - 1;
  let endY = y.length - 1;
  while (endX >= start && endY >= start && x[endX] === y[endY]) {
    endX--;
    endY--;
  }
  const restX = endX - start + 1;
  const restY = endY - start + 1;
  // One replaced, inserted or removed letter leaves at most one letter on each side.
  if (restX <= 1 && restY <= 1) return true;
  // Two neighbours swapped.
  return restX === 2 && restY === 2 && x[start] === y[endY] && x[endX] === y[start];
}

/** The words of a query as the corrector sees them: lower case, split on spaces and punctuation. */
export function queryWords(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * For each typed word that no product title uses, the title words of 5+ letters one typo away from it
 * (`{ "lnien": ["linen"] }`). The vocabulary (`search_words`, kept by a trigger) is small next to the
 * catalog; candidates are pre-filtered by length and Levenshtein distance in SQL, then checked exactly here
 * (Levenshtein counts a swap as two edits; a swap is one typo).
 */
export async function findTypoCorrections(db: DbOrTx, q: string): Promise<Record<string, string[]>> {
  const words = [...new Set(queryWords(q))].filter(
    (word) => [...word].length >= typoMinLength - 1 && !/\d/.test(word),
  );
  if (words.length === 0) return {};
  const result = await db.execute<{ query: string; word: string; known: boolean }>(sql`
    select q.w as query, s.word, s.word = q.w as known
    from unnest(${sql.param(words)}::text[]) as q(w)
    join search_words s on char_length(s.word) between char_length(q.w) - 1 and char_length(q.w) + 1
      and (s.word = q.w or levenshtein_less_equal(s.word, q.w, 2) <= 2)`);
  const known = new Set(result.rows.filter((row) => row.known).map((row) => row.query));
  const corrections: Record<string, string[]> = {};
  for (const row of result.rows) {
    if (known.has(row.query) || [...row.word].length < typoMinLength || !withinOneEdit(row.query, row.word)) {
      continue;
    }
    corrections[row.query] = [...(corrections[row.query] ?? []), row.word].sort();
  }
  return corrections;
}
