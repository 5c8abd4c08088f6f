/** Email templates: plain text and HTML from the same data, every interpolated value escaped. */
export interface RenderedMail {
  template: string;
  subject: string;
  text: string;
  html: string;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function layout(storeName: string, paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs
    .map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`)
    .join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>`
    : '';
  return `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#111827;line-height:1.5;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(storeName)}</h1>${body}${button}</body></html>`;
}

export function renderWelcomeMail(data: {
  storeName: string;
  firstName: string;
  accountUrl: string;
}): RenderedMail {
  const lines = [
    `Hello ${data.firstName},`,
    `Welcome to ${data.storeName}. Your account is ready: you can follow your orders and keep your addresses there.`,
  ];
  return {
    template: 'welcome',
    subject: `Welcome to ${data.storeName}`,
    text: `${lines.join('\n\n')}\n\nYour account: ${data.accountUrl}\n`,
    html: layout(data.storeName, lines, { label: 'Open my account', url: data.accountUrl }),
  };
}

export function renderPasswordResetMail(data: {
  storeName: string;
  firstName: string;
  resetUrl: string;
  validMinutes: number;
}): RenderedMail {
  const lines = [
    `Hello ${data.firstName},`,
    `Someone asked to reset the password of your ${data.storeName} account. The link works once, for ${data.validMinutes} minutes.`,
    'If it was not you, ignore this email: your password stays the same.',
  ];
  return {
    template: 'password_reset',
    subject: `Reset your ${data.storeName} password`,
    text: `${lines.join('\n\n')}\n\nReset your password: ${data.resetUrl}\n`,
    html: layout(data.storeName, lines, { label: 'Choose a new password', url: data.resetUrl }),
  };
}

export function renderOrderConfirmationMail(data: {
  storeName: string;
  firstName: string;
  orderNumber: number;
  lines: { title: string; quantity: number; total: string }[];
  total: string;
  paymentNote: string | null;
  orderUrl: string;
}): RenderedMail {
  const items = data.lines.map((line) => `${line.quantity} × ${line.title} — ${line.total}`);
  const lines = [
    `Hello ${data.firstName},`,
    `Thank you for your order #${data.orderNumber} at ${data.storeName}. Here is what you ordered:`,
    ...items,
    `Total: ${data.total}`,
    ...(data.paymentNote ? [data.paymentNote] : []),
    'We will email you again when it ships.',
  ];
  return {
    template: 'order_confirmation',
    subject: `Your order #${data.orderNumber} at ${data.storeName}`,
    text: `${lines.join('\n\n')}\n\nYour order: ${data.orderUrl}\n`,
    html: layout(data.storeName, lines, { label: 'View your order', url: data.orderUrl }),
  };
}

export function renderShipmentMail(data: {
  storeName: string;
  orderNumber: number;
  lines: { title: string; quantity: number }[];
  carrier: string;
  trackingNumber: string | null;
  trackingUrl: string | null;
  complete: boolean;
  orderUrl: string;
}): RenderedMail {
  const lines = [
    'Hello,',
    data.complete
      ? `Your order #${data.orderNumber} has shipped with ${data.carrier}.`
      : `Part of your order #${data.orderNumber} has shipped with ${data.carrier}; the rest follows.`,
    ...data.lines.map((line) => `${line.quantity} × ${line.title}`),
    ...(data.trackingNumber ? [`Tracking number: ${data.trackingNumber}`] : []),
    ...(data.trackingUrl ? [`Follow it: ${data.trackingUrl}`] : []),
  ];
  return {
    template: 'order_shipped',
    subject: `Your order #${data.orderNumber} has shipped`,
    text: `${lines.join('\n\n')}\n\nYour order: ${data.orderUrl}\n`,
    html: layout(data.storeName, lines, { label: 'View your order', url: data.orderUrl }),
  };
}

/**
 * A plain notice (paragraphs and an optional button) in the store's layout: for modules whose mails need no
 * more (customer-service replies, return updates). Every value is escaped in the HTML.
 */
export function renderNoticeMail(data: {
  template: string;
  storeName: string;
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}): RenderedMail {
  const action = data.action ? `\n\n${data.action.label}: ${data.action.url}` : '';
  return {
    template: data.template,
    subject: data.subject,
    text: `${data.paragraphs.join('\n\n')}${action}\n`,
    html: layout(data.storeName, data.paragraphs, data.action),
  };
}
