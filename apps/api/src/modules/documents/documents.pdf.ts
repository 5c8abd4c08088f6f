import PDFDocument from 'pdfkit';
import { formatMoney } from '../../shared/money';
import type { PostalAddress } from '../carts/carts.tables';
import type { Order } from '../orders';
import {
  lineTitle,
  refundedLines,
  refundTaxShare,
  shippedQuantities,
  taxBreakdown,
} from './documents.render';
import type { SellerDetails } from './documents.tables';

/**
 * Invoice, credit-note and packing-slip PDFs (A4, pdfkit's built-in Helvetica). The built-in fonts encode
 * text as WinAnsi (Latin-1 plus €, typographic quotes and dashes): any other character is printed as '?'
 * rather than failing the whole document.
 */

export interface InvoiceInput {
  number: string;
  issuedAt: Date;
  seller: SellerDetails;
  timezone: string;
  order: Order;
}

export interface CreditNoteInput {
  number: string;
  invoiceNumber: string;
  issuedAt: Date;
  seller: SellerDetails;
  timezone: string;
  order: Order;
  refund: { amount: number; reason: string; lines: { orderLineId: string; quantity: number }[] };
}

export interface PackingSlipInput {
  storeName: string;
  timezone: string;
  order: Order;
}

const pageMargin = 50;
const pageWidth = 595.28; // A4 in points
const contentWidth = pageWidth - 2 * pageMargin;
const gray = '#555555';

// WinAnsi's characters in 0x80–0x9F (the rest of it is Latin-1, 0x20–0x7E and 0xA0–0xFF).
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the built-in fonts can print: unusual spaces become spaces, anything outside WinAnsi becomes '?'. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/[\u2000-\u200a\u202f\u205f\u3000]/g, ' ')) {
    const code = char.codePointAt(0) ?? 0;
    const printable =
      char === '\n' ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      winAnsiExtras.has(char);
    out += printable ? char : '?';
  }
  return out;
}

function formatDate(date: Date | string, timezone: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: timezone };
  try {
    return new Intl.DateTimeFormat('en-GB', options).format(new Date(date));
  } catch {
    // An unknown time zone in old settings: UTC rather than no document.
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(new Date(date));
  }
}

function formatRate(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  return rest === 0 ? `${whole} %` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')} %`;
}

function addressLines(address: PostalAddress | null | undefined): string[] {
  if (!address) return [];
  return [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.region,
    address.country,
    address.phone,
  ].filter((line): line is string => Boolean(line?.trim()));
}

function sellerLines(seller: SellerDetails): string[] {
  return [
    seller.legalName ?? seller.name,
    ...(seller.address ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    seller.vatNumber ? `VAT number: ${seller.vatNumber}` : null,
    seller.registrationNumber ? `Registration number: ${seller.registrationNumber}` : null,
    seller.email,
  ].filter((line): line is string => Boolean(line));
}

function paymentMethod(order: Order): string {
  const payment = order.payment;
  if (!payment) return 'None';
  if (payment.provider === 'manual') return 'Bank transfer';
  if (payment.cardLast4) {
    const brand = payment.cardBrand
      ? payment.cardBrand.charAt(0).toUpperCase() + payment.cardBrand.slice(1)
      : 'card';
    return `Card (${brand} ending ${payment.cardLast4})`;
  }
  return payment.provider;
}

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/** A small writer over pdfkit: blocks of text, tables that break across pages, totals. */
class Writer {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly label: string) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: pageMargin,
      bufferPages: true,
      info: { Title: toWinAnsi(label), Creator: 'Comptoir' },
    });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font('Helvetica').fontSize(10).fillColor('black');
  }

  get bottom(): number {
    return this.doc.page.height - pageMargin;
  }

  text(value: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
    this.doc.text(toWinAnsi(value), x, y, { lineBreak: true, ...options });
  }

  title(value: string): void {
    this.doc.font('Helvetica-Bold').fontSize(18);
    this.text(value, pageMargin, pageMargin);
    this.doc.font('Helvetica').fontSize(10);
    this.doc.moveDown(0.5);
  }

  /** Label: value lines under the title. */
  facts(rows: [string, string][]): void {
    for (const [label, value] of rows) {
      const y = this.doc.y;
      this.doc.font('Helvetica-Bold');
      this.text(label, pageMargin, y, { width: 120 });
      this.doc.font('Helvetica');
      this.text(value, pageMargin + 120, y, { width: contentWidth - 120 });
    }
    this.doc.moveDown(1);
  }

  /** Side-by-side blocks (seller, billing, shipping), each a heading and lines. */
  blocks(blocks: { heading: string; lines: string[] }[]): void {
    const top = this.doc.y;
    const width = contentWidth / blocks.length - 10;
    let lowest = top;
    blocks.forEach((block, index) => {
      const x = pageMargin + index * (width + 10);
      this.doc.font('Helvetica-Bold').fontSize(10);
      this.text(block.heading, x, top, { width });
      this.doc.font('Helvetica').fontSize(9);
      this.text(block.lines.join('\n') || '-', x, this.doc.y + 2, { width });
      lowest = Math.max(lowest, this.doc.y);
    });
    this.doc.fontSize(10);
    this.doc.y = lowest + 15;
  }

  heading(value: string): void {
    this.ensureRoom(40);
    this.doc.font('Helvetica-Bold').fontSize(11);
    this.text(value, pageMargin, this.doc.y);
    this.doc.font('Helvetica').fontSize(10);
    this.doc.moveDown(0.3);
  }

  table(columns: Column[], rows: string[][]): void {
    const drawHeader = () => {
      this.doc.font('Helvetica-Bold').fontSize(9);
      this.row(
        columns,
        columns.map((column) => column.header),
      );
      const y = this.doc.y;
      this.doc
        .moveTo(pageMargin, y)
        .lineTo(pageMargin + contentWidth, y)
        .lineWidth(0.5)
        .stroke();
      this.doc.y = y + 3;
      this.doc.font('Helvetica').fontSize(9);
    };
    drawHeader();
    for (const cells of rows) {
      const height = this.rowHeight(columns, cells);
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        drawHeader();
      }
      this.row(columns, cells);
    }
    this.doc.fontSize(10);
    this.doc.moveDown(0.8);
  }

  /** Right-aligned label/amount rows; the last one in bold when `strongLast`. */
  totals(rows: [string, string][], strongLast = true): void {
    this.ensureRoom(rows.length * 15 + 10);
    rows.forEach(([label, value], index) => {
      const strong = strongLast && index === rows.length - 1;
      this.doc.font(strong ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
      const y = this.doc.y;
      this.text(label, pageMargin + contentWidth - 300, y, { width: 190, align: 'right' });
      this.text(value, pageMargin + contentWidth - 100, y, { width: 100, align: 'right' });
    });
    this.doc.font('Helvetica');
    this.doc.moveDown(0.8);
  }

  note(value: string): void {
    this.ensureRoom(30);
    this.doc.fontSize(9).fillColor(gray);
    this.text(value, pageMargin, this.doc.y, { width: contentWidth });
    this.doc.fontSize(10).fillColor('black');
    this.doc.moveDown(0.5);
  }

  /** Adds "<document> - page N of M" at the foot of every page and ends the document. */
  finish(): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index += 1) {
      this.doc.switchToPage(index);
      const margin = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.doc.fontSize(8).fillColor(gray);
      this.text(
        `${this.label} - page ${index - start + 1} of ${count}`,
        pageMargin,
        this.doc.page.height - 35,
        {
          width: contentWidth,
          align: 'center',
          lineBreak: false,
        },
      );
      this.doc.page.margins.bottom = margin;
    }
    this.doc.end();
    return this.done;
  }

  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private rowHeight(columns: Column[], cells: string[]): number {
    return (
      Math.max(
        ...columns.map((column, index) =>
          this.doc.heightOfString(toWinAnsi(cells[index] ?? ''), { width: column.width - 6 }),
        ),
      ) + 4
    );
  }

  private row(columns: Column[], cells: string[]): void {
    const y = this.doc.y;
    const height = this.rowHeight(columns, cells);
    let x = pageMargin;
    columns.forEach((column, index) => {
      // 6 points between columns: after a left-aligned cell, before a right-aligned one.
      const left = column.align === 'right' ? x + 6 : x;
      this.text(cells[index] ?? '', left, y, { width: column.width - 6, align: column.align ?? 'left' });
      x += column.width;
    });
    this.doc.y = y + height;
  }
}

/** The invoice of an order: seller, buyer, lines, totals and the tax per rate. */
export async function renderInvoicePdf(input: InvoiceInput): Promise<Buffer> {
  const { order, seller, timezone } = input;
  const m = (amount: number) => formatMoney(amount, order.currency);
  const writer = new Writer(`Invoice ${input.number}`);
  writer.title(`Invoice ${input.number}`);
  writer.facts([
    ['Issue date', formatDate(input.issuedAt, timezone)],
    ['Order', `#${order.number} of ${formatDate(order.placedAt, timezone)}`],
    ['Payment method', paymentMethod(order)],
  ]);
  writer.blocks([
    { heading: 'Seller', lines: sellerLines(seller) },
    { heading: 'Billed to', lines: [...addressLines(order.billingAddress), order.email] },
    { heading: 'Shipped to', lines: addressLines(order.shippingAddress) },
  ]);
  writer.heading('Items');
  writer.table(
    [
      { header: 'SKU', width: 70 },
      { header: 'Description', width: 145 },
      { header: 'Qty', width: 35, align: 'right' },
      { header: 'Unit price', width: 65, align: 'right' },
      { header: 'Discount', width: 60, align: 'right' },
      { header: 'Tax rate', width: 50, align: 'right' },
      { header: 'Total', width: contentWidth - 425, align: 'right' },
    ],
    order.items.map((item) => [
      item.sku,
      lineTitle(item),
      String(item.quantity),
      m(item.unitPrice.amount),
      item.discount.amount === 0 ? '-' : `-${m(item.discount.amount)}`,
      formatRate(item.taxRate),
      m(item.total.amount),
    ]),
  );
  const totals: [string, string][] = [['Subtotal', m(order.totals.subtotal.amount)]];
  if (order.totals.discount.amount !== 0)
    totals.push([
      order.discounts.length > 0
        ? `Discount (${order.discounts.map((discount) => discount.code ?? discount.name).join(', ')})`
        : 'Discount',
      `-${m(order.totals.discount.amount)}`,
    ]);
  totals.push([
    order.shippingMethod ? `Shipping (${order.shippingMethod.name})` : 'Shipping',
    m(order.totals.shipping.amount),
  ]);
  totals.push([order.taxIncluded ? 'Tax included' : 'Tax', m(order.totals.tax.amount)]);
  totals.push(['Total', m(order.totals.total.amount)]);
  writer.totals(totals);
  writer.note(
    order.taxIncluded
      ? 'Prices include tax: the total contains the tax shown.'
      : 'Prices exclude tax: the tax is added to the total.',
  );
  writer.heading('Tax breakdown');
  const breakdown = taxBreakdown(order);
  writer.table(
    [
      { header: 'Rate', width: 125 },
      { header: 'Taxable base', width: 185, align: 'right' },
      { header: 'Tax', width: contentWidth - 310, align: 'right' },
    ],
    [
      ...breakdown.map((row) => [formatRate(row.rate), m(row.base), m(row.tax)]),
      [
        'Total',
        m(breakdown.reduce((sum, row) => sum + row.base, 0)),
        m(breakdown.reduce((sum, row) => sum + row.tax, 0)),
      ],
    ],
  );
  return writer.finish();
}

/** A credit note for one refund: what was refunded, the tax it contains, why. */
export async function renderCreditNotePdf(input: CreditNoteInput): Promise<Buffer> {
  const { order, seller, timezone, refund } = input;
  const m = (amount: number) => formatMoney(amount, order.currency);
  const writer = new Writer(`Credit note ${input.number}`);
  writer.title(`Credit note ${input.number}`);
  writer.facts([
    ['Issue date', formatDate(input.issuedAt, timezone)],
    ['Invoice', input.invoiceNumber],
    ['Order', `#${order.number} of ${formatDate(order.placedAt, timezone)}`],
    ['Reason', refund.reason],
  ]);
  writer.blocks([
    { heading: 'Seller', lines: sellerLines(seller) },
    { heading: 'Customer', lines: [...addressLines(order.billingAddress), order.email] },
  ]);
  writer.heading('Refunded');
  const lines = refundedLines(order, refund.lines);
  writer.table(
    [
      { header: 'SKU', width: 90 },
      { header: 'Description', width: 235 },
      { header: 'Qty', width: 50, align: 'right' },
      { header: 'Amount', width: contentWidth - 375, align: 'right' },
    ],
    lines.length > 0
      ? lines.map((line) => [line.sku, line.title, String(line.quantity), m(line.amount)])
      : [['', `Amount refund on order #${order.number}`, '', m(refund.amount)]],
  );
  const linesValue = lines.reduce((sum, line) => sum + line.amount, 0);
  if (lines.length > 0 && linesValue !== refund.amount)
    writer.note(`The amount refunded (${m(refund.amount)}) differs from the value of the items.`);
  const tax = refundTaxShare(order, refund.amount);
  writer.totals([
    ['Amount without tax', m(refund.amount - tax)],
    ['Tax', m(tax)],
    ['Total refunded', m(refund.amount)],
  ]);
  writer.note(
    `The tax is the order's tax in proportion to the amount refunded. This credit note corrects invoice ${input.invoiceNumber}.`,
  );
  return writer.finish();
}

/** The packing slip of an order: where it goes and what goes in the parcel, without prices. */
export async function renderPackingSlipPdf(input: PackingSlipInput): Promise<Buffer> {
  const { order, timezone } = input;
  const writer = new Writer(`Packing slip #${order.number}`);
  writer.title(`Packing slip - Order #${order.number}`);
  writer.facts([
    ['Order date', formatDate(order.placedAt, timezone)],
    ['Shipping method', order.shippingMethod?.name ?? '-'],
    ['From', input.storeName],
  ]);
  writer.blocks([{ heading: 'Ship to', lines: addressLines(order.shippingAddress) }]);
  writer.heading('Items');
  const shipped = shippedQuantities(order);
  writer.table(
    [
      { header: 'SKU', width: 100 },
      { header: 'Item', width: 200 },
      { header: 'Ordered', width: 60, align: 'right' },
      { header: 'Shipped', width: 60, align: 'right' },
      { header: 'To ship', width: contentWidth - 420, align: 'right' },
    ],
    order.items.map((item) => {
      const sent = shipped.get(item.id) ?? 0;
      return [item.sku, lineTitle(item), String(item.quantity), String(sent), String(item.quantity - sent)];
    }),
  );
  return writer.finish();
}
