import { describe, expect, it } from 'vitest';
import { csvRecord, csvStream, decimalText } from './csv';

describe('csv', () => {
  it('quotes what needs it and defuses spreadsheet formulas', () => {
    expect(csvRecord(['plain', 'a,b', 'say "hi"', 'two\nlines', null, 12, -3])).toBe(
      'plain,"a,b","say ""hi""","two\nlines",,12,-3\r\n'.replace('"two\nlines"', '"two\nlines"'),
    );
    expect(csvRecord(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'a=b'])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),a=b\r\n`,
    );
  });

  it('writes amounts in decimal units without floats', () => {
    expect([
      decimalText(0),
      decimalText(5),
      decimalText(1234),
      decimalText(-1050),
      decimalText(500, 0),
    ]).toEqual(['0.00', '0.05', '12.34', '-10.50', '500']);
  });

  it('streams batch after batch behind a byte-order mark and the header', async () => {
    let fetched = 0;
    async function* batches() {
      for (let batch = 0; batch < 3; batch++) {
        fetched++;
        yield [[`row ${batch}`, batch]];
      }
    }
    const stream = csvStream(['name', 'n'], batches());
    const chunks: string[] = [];
    for await (const chunk of stream) chunks.push(String(chunk));
    expect(fetched).toBe(3);
    expect(chunks.join('')).toBe('\uFEFFname,n\r\nrow 0,0\r\nrow 1,1\r\nrow 2,2\r\n');
  });
});
