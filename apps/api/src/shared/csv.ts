import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';

export type CsvValue = string | number | null;

/**
 * One CSV record (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return first) gets a leading `'`:
 * customer-typed names must never execute in the merchant's spreadsheet. Numbers are written as they are.
 */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values
    .map((value) => {
      if (value === null) return '';
      if (typeof value === 'number') return String(value);
      const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
      return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',')}\r\n`;
}

/**
 * A CSV body streamed from batches of rows (each batch fetched only when the previous one has been sent), so an
 * export of any size uses the memory of one batch. Starts with a byte-order mark so spreadsheets read UTF-8.
 */
export function csvStream(
  header: readonly string[],
  batches: AsyncIterable<readonly CsvValue[][]>,
): Readable {
  async function* lines() {
    yield `\uFEFF${csvRecord(header)}`;
    for await (const batch of batches) yield batch.map(csvRecord).join('');
  }
  return Readable.from(lines(), { objectMode: false });
}

/** The OpenAPI shape of a CSV download. */
export const csvResponse = {
  description: 'A CSV file (UTF-8 with a byte-order mark, comma-separated, CRLF), as an attachment.',
  content: { 'text/csv': { schema: z.string().meta({ description: 'CSV text.' }) } },
};

/** Decimal text of an amount in minor units for a spreadsheet ("1234.50"), never through floats. */
export function decimalText(amount: number, fractionDigits = 2): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(fractionDigits + 1, '0');
  return fractionDigits === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -fractionDigits)}.${digits.slice(-fractionDigits)}`;
}

/** Sends a CSV stream as a download named `fileName` (never cached: exports hold customer data). */
export function sendCsv(reply: FastifyReply, fileName: string, body: Readable): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}

/** An amount as decimal text in its currency's minor-unit digits (EUR 2, JPY 0). */
export function moneyText(value: { amount: number; currency: string }): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: value.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return decimalText(value.amount, digits);
}
