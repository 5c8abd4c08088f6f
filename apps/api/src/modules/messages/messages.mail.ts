import { createHmac, timingSafeEqual } from 'node:crypto';
import { type RenderedMail, renderNoticeMail } from '../mail';

/** Where thread links point and the key their guest tokens are signed with. */
export interface ThreadLinks {
  storefrontUrl: string;
  threadLinkSecret: string;
}

/** The token of a guest link to a thread: an HMAC of its id, so it cannot be forged or guessed. */
export function threadGuestToken(secret: string, threadId: string): string {
  return createHmac('sha256', secret).update(`thread:${threadId}`).digest('base64url');
}

/** Whether `token` is the guest token of the thread (compared in constant time). */
export function isThreadGuestToken(secret: string, threadId: string, token: string): boolean {
  const expected = Buffer.from(threadGuestToken(secret, threadId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * The storefront page of a thread: the account page for a customer's thread, else the guest link carrying
 * the token.
 */
export function threadUrl(links: ThreadLinks, thread: { id: string; customerId: string | null }): string {
  const base = links.storefrontUrl.replace(/\/$/, '');
  return thread.customerId
    ? `${base}/account/messages/${thread.id}`
    : `${base}/messages/${thread.id}?token=${threadGuestToken(links.threadLinkSecret, thread.id)}`;
}

/** "We received your message", sent when a thread is opened. */
export function renderThreadReceivedMail(data: {
  storeName: string;
  supportEmail: string | null;
  name: string;
  subject: string;
  url: string;
}): RenderedMail {
  return renderNoticeMail({
    template: 'thread_received',
    storeName: data.storeName,
    subject: `We received your message: ${data.subject}`,
    paragraphs: [
      `Hello ${data.name},`,
      `Thank you for contacting ${data.storeName}. We received your message "${data.subject}" and will answer as soon as we can.`,
      'You can follow the conversation and add to it from the link below.',
      ...(data.supportEmail ? [`You can also reach us at ${data.supportEmail}.`] : []),
    ],
    action: { label: 'View the conversation', url: data.url },
  });
}

/** The store's reply to a thread, with the link to answer. */
export function renderThreadReplyMail(data: {
  storeName: string;
  name: string;
  authorName: string;
  subject: string;
  body: string;
  closed: boolean;
  url: string;
}): RenderedMail {
  return renderNoticeMail({
    template: 'thread_reply',
    storeName: data.storeName,
    subject: `Re: ${data.subject}`,
    paragraphs: [
      `Hello ${data.name},`,
      `${data.authorName} answered your message "${data.subject}":`,
      data.body,
      data.closed
        ? 'We consider this conversation settled. Answer from the link below if you need anything else.'
        : 'Answer from the link below.',
    ],
    action: { label: 'View the conversation', url: data.url },
  });
}
