import type { Database } from '../src/db/client';
import { ownerHeaders } from './orders';

export interface StatsFigures {
  name: string;
  route: string;
  median: number;
  slowest: number;
}

const runs = 5;
const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * The statistics routes on the bench's store (the bulk orders of the order-list bench): a report is one
 * request an employee waits for, so each is timed alone (after one warming request), `runs` times, and the
 * median and slowest kept — latency, not throughput.
 */
export async function benchStats(options: { appUrl: string; db: Database }): Promise<StatsFigures[]> {
  const headers = await ownerHeaders(options.appUrl, options.db);
  const figures: StatsFigures[] = [];
  const ranges: [string, string][] = [
    ['30 days', `from=${isoDay(29)}&to=${isoDay(0)}`],
    ['365 days', `from=${isoDay(364)}&to=${isoDay(0)}`],
  ];
  const cases: [string, string][] = ranges.flatMap(([label, range]) => [
    [`summary (with previous period), ${label}`, `/admin/stats/summary?${range}`],
    [
      `sales by ${label === '30 days' ? 'day' : 'week'}, ${label}`,
      `/admin/stats/sales?${range}&interval=${label === '30 days' ? 'day' : 'week'}`,
    ],
    [`best sellers, ${label}`, `/admin/stats/best-sellers?${range}`],
    [`categories, ${label}`, `/admin/stats/categories?${range}`],
    [`countries, ${label}`, `/admin/stats/countries?${range}`],
    [`discount codes, ${label}`, `/admin/stats/discounts?${range}`],
  ]);
  cases.push(['top customers by value (lifetime)', '/admin/stats/top-customers?by=value']);
  cases.push(['sales CSV, 365 days by day', `/admin/stats/sales.csv?${ranges[1]?.[1]}&interval=day`]);
  for (const [name, route] of cases) {
    const timings: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      const response = await fetch(`${options.appUrl}${route}`, { headers });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`GET ${route} answered ${response.status}`);
      if (run > 0) timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    figures.push({
      name,
      route,
      median: Math.round(timings[Math.floor(timings.length / 2)] ?? 0),
      slowest: Math.round(timings.at(-1) ?? 0),
    });
  }
  return figures;
}
