import { z } from 'zod';
import { listQueryFields } from '../../shared/pagination';
import { threadStatuses } from './messages.tables';

// ——— Request bodies (module-level constants: their `meta({ id })` names the OpenAPI components) ———

const body = z.string().trim().min(1, 'Write your message.').max(5000, 'Use 5000 characters or fewer.');
const subject = z.string().trim().min(1, 'Enter a subject.').max(200, 'Use 200 characters or fewer.');

export const contactRequestSchema = z
  .strictObject({
    email: z
      .email('Enter an email address such as name@example.com.')
      .max(254)
      .optional()
      .meta({ description: 'Required for guests; a signed-in customer’s account email is used instead.' }),
    name: z
      .string()
      .trim()
      .min(1, 'Enter your name.')
      .max(120, 'Use 120 characters or fewer.')
      .optional()
      .meta({ description: 'Required for guests; a signed-in customer’s account name is used instead.' }),
    subject,
    message: body,
    orderNumber: z
      .number()
      .int()
      .min(1)
      .max(2_000_000_000)
      .optional()
      .meta({ description: 'Signed-in customers only: one of their own orders.' }),
  })
  .meta({
    id: 'ContactRequest',
    examples: [
      {
        email: 'lea.dubois@example.com',
        name: 'Léa Dubois',
        subject: 'Délai de livraison',
        message: 'Bonjour, ma commande n’est pas encore arrivée. Pouvez-vous me dire où elle en est ?',
        orderNumber: 1042,
      },
    ],
  });
export type ContactRequest = z.infer<typeof contactRequestSchema>;

export const orderThreadRequestSchema = z.strictObject({ subject, message: body }).meta({
  id: 'OrderThreadRequest',
  examples: [
    {
      subject: 'Article manquant',
      message: 'Bonjour, le torchon en lin n’était pas dans le colis. Merci de vérifier.',
    },
  ],
});

export const threadReplySchema = z
  .strictObject({ body })
  .meta({ id: 'ThreadReply', examples: [{ body: 'Merci, j’ai bien reçu le colis de remplacement.' }] });

export const adminThreadReplySchema = z
  .strictObject({
    body,
    status: z
      .enum(['pending', 'closed'])
      .default('pending')
      .meta({ description: 'The thread’s status after the reply: `pending` (default) or `closed`.' }),
  })
  .meta({
    id: 'AdminThreadReply',
    examples: [
      {
        body: 'Bonjour, votre colis est reparti ce matin avec Colissimo. Bonne journée !',
        status: 'pending',
      },
    ],
  });
export type AdminThreadReply = z.infer<typeof adminThreadReplySchema>;

export const threadUpdateSchema = z
  .strictObject({
    status: z.enum(threadStatuses).optional(),
    assigneeId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .optional()
      .meta({ description: 'An active employee’s id; null unassigns.' }),
  })
  .refine((value) => value.status !== undefined || value.assigneeId !== undefined, {
    message: 'Change the status or the assignee.',
  })
  .meta({
    id: 'ThreadUpdate',
    examples: [{ status: 'pending', assigneeId: 'emp_01JD7ZQ3K8M2V9X4T6B1N5C0HF' }],
  });
export type ThreadUpdate = z.infer<typeof threadUpdateSchema>;

export const adminThreadListQuerySchema = z.object({
  status: z.enum(threadStatuses).optional(),
  assignee: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .meta({ description: '`me`, `unassigned` or an employee id.' }),
  q: z.string().trim().max(200).optional().meta({ description: 'Subject, email or name (contains).' }),
  ...listQueryFields,
});
export type AdminThreadListQuery = z.infer<typeof adminThreadListQuerySchema>;

// ——— Responses ———

export const storeThreadMessageSchema = z
  .object({
    id: z.string(),
    author: z
      .enum(['customer', 'store'])
      .meta({ description: '`customer`: the customer (or guest); `store`: the store’s team.' }),
    authorName: z.string().meta({
      description:
        'The customer’s name, or for the store "<employee first name> from <store name>" (the store name alone for integrations).',
    }),
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'StoreThreadMessage' });

const storeThreadFields = {
  id: z.string(),
  subject: z.string(),
  status: z.enum(threadStatuses).meta({
    description: '`open`: waiting for the store; `pending`: the store answered; `closed`.',
  }),
  orderNumber: z.number().int().nullable().meta({ description: 'The order the thread is about, if any.' }),
  createdAt: z.iso.datetime(),
  lastMessageAt: z.iso.datetime(),
};

export const storeThreadSummarySchema = z
  .object({ ...storeThreadFields, messageCount: z.number().int() })
  .meta({ id: 'StoreThreadSummary' });

export const storeThreadSchema = z
  .object({
    ...storeThreadFields,
    messages: z.array(storeThreadMessageSchema).meta({ description: 'Oldest first.' }),
  })
  .meta({ id: 'StoreThread' });

const personSchema = z.object({ id: z.string(), name: z.string() });

export const adminThreadSummarySchema = z
  .object({
    id: z.string(),
    subject: z.string(),
    status: z.enum(threadStatuses),
    email: z.string(),
    name: z.string(),
    customerId: z.string().nullable().meta({ description: 'Null: a guest.' }),
    order: z
      .object({ id: z.string(), number: z.number().int() })
      .nullable()
      .meta({ description: 'The order the thread is about, if any.' }),
    assignee: personSchema.nullable(),
    messageCount: z.number().int(),
    lastMessage: z
      .object({
        authorType: z.enum(['customer', 'employee']),
        excerpt: z.string().meta({ description: 'The first 160 characters.' }),
      })
      .nullable(),
    createdAt: z.iso.datetime(),
    lastMessageAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminThreadSummary' });

export const adminThreadMessageSchema = z
  .object({
    id: z.string(),
    authorType: z.enum(['customer', 'employee']),
    authorId: z
      .string()
      .nullable()
      .meta({ description: '`cus_…`, `emp_…` or `key_…` (an integration); null for a guest.' }),
    authorName: z.string().meta({ description: 'As it was when the message was written.' }),
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminThreadMessage' });

export const adminThreadSchema = adminThreadSummarySchema
  .extend({ messages: z.array(adminThreadMessageSchema).meta({ description: 'Oldest first.' }) })
  .meta({ id: 'AdminThread' });

export const threadCountsSchema = z
  .object({ open: z.number().int(), pending: z.number().int(), closed: z.number().int() })
  .meta({
    id: 'ThreadCounts',
    description: 'Threads per status matching the other filters (assignee, q), for the inbox tabs.',
  });

export const adminThreadListSchema = z
  .object({
    items: z.array(adminThreadSummarySchema),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    counts: threadCountsSchema,
  })
  .meta({ id: 'AdminThreadList' });

export const orderThreadListSchema = z
  .object({ items: z.array(adminThreadSummarySchema) })
  .meta({ id: 'OrderThreadList' });

export type StoreThread = z.infer<typeof storeThreadSchema>;
export type StoreThreadSummary = z.infer<typeof storeThreadSummarySchema>;
export type AdminThread = z.infer<typeof adminThreadSchema>;
export type AdminThreadSummary = z.infer<typeof adminThreadSummarySchema>;
export type AdminThreadList = z.infer<typeof adminThreadListSchema>;
