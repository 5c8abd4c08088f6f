import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { productImages, productOptions, products, productVariants } from '../catalog/catalog.tables';
import { toProductImage } from '../catalog/product-images.service';
import type { MediaStorage } from '../media/media-storage';
import type { CartUpdate } from './carts.schemas';
import { cartItems, carts, type PostalAddress } from './carts.tables';

/** Most units of one variant a cart may hold. */
export const maxLineQuantity = 999;

/** A cart id: `cart_` and 192 random bits, so ids cannot be guessed or enumerated. */
function newCartId(): string {
  return `cart_${randomBytes(24).toString('base64url')}`;
}

const notFound = () => new AppError('not_found', 'No such cart.');

/** The cart if `customerId` may use it: guests' carts by id alone, a customer's only by that customer. */
async function findUsableCart(db: DbOrTx, id: string, customerId: string | null) {
  const [cart] = await db.select().from(carts).where(eq(carts.id, id));
  if (!cart || (cart.customerId !== null && cart.customerId !== customerId)) throw notFound();
  return cart;
}

/** The cart if `customerId` may change it: also refuses a cart that already became an order. */
export async function findOpenCart(db: DbOrTx, id: string, customerId: string | null) {
  const cart = await findUsableCart(db, id, customerId);
  if (cart.completedAt)
    throw new AppError('cart_completed', 'This cart has already been ordered; start a new one.');
  return cart;
}

/** Creates a cart in the store currency, owned by the signed-in customer if there is one. */
export async function createCart(
  db: Database,
  input: { customerId: string | null; email?: string | undefined; currency: string },
): Promise<string> {
  const [cart] = await db
    .insert(carts)
    .values({
      id: newCartId(),
      customerId: input.customerId,
      email: input.email ?? null,
      currency: input.currency,
    })
    .returning();
  if (!cart) throw new Error('cart insert returned nothing');
  return cart.id;
}

export type CartRow = typeof carts.$inferSelect;

/** A cart line with what pricing needs from the catalog (current price, tax class, weight, categories). */
export interface CartLine {
  id: string;
  quantity: number;
  variant: typeof productVariants.$inferSelect;
  product: { id: string; handle: string; title: string; status: string; categoryPaths: string[] };
  variantTitle: string;
  image: ReturnType<typeof toProductImage> | null;
  /** Units that can be sold now; null when unlimited. */
  availableQuantity: number | null;
  /** On sale and covered by the stock. */
  purchasable: boolean;
}

export interface CartContents {
  cart: CartRow;
  lines: CartLine[];
}

/** The cart and its lines joined to the current catalog (prices are never stored in the cart). */
export async function loadCart(
  db: DbOrTx,
  media: MediaStorage,
  id: string,
  customerId: string | null,
): Promise<CartContents> {
  const cart = await findUsableCart(db, id, customerId);
  const lines = await db
    .select({
      id: cartItems.id,
      quantity: cartItems.quantity,
      variant: productVariants,
      product: {
        id: products.id,
        handle: products.handle,
        title: products.title,
        status: products.status,
        categoryPaths: products.categoryPaths,
      },
      options: sql<string[]>`coalesce((select array_agg(o.name order by o.position) from ${productOptions} o
        where o.product_id = ${products.id}), '{}')`,
    })
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(cartItems.cartId, cart.id))
    .orderBy(asc(cartItems.createdAt), asc(cartItems.id));
  const images = new Map<string, ReturnType<typeof toProductImage>>();
  if (lines.length > 0) {
    const rows = await db
      .selectDistinctOn([productImages.productId])
      .from(productImages)
      .where(sql`${productImages.productId} in ${lines.map((line) => line.product.id)}`)
      .orderBy(asc(productImages.productId), asc(productImages.position));
    for (const row of rows) images.set(row.productId, toProductImage(media, row));
  }
  return {
    cart,
    lines: lines.map((line) => {
      const available = availableUnits(line.variant);
      return {
        id: line.id,
        quantity: line.quantity,
        variant: line.variant,
        product: line.product,
        variantTitle:
          line.options.length === 0
            ? 'Default'
            : line.options.map((name) => line.variant.optionValues[name] ?? '').join(' / '),
        image: images.get(line.product.id) ?? null,
        availableQuantity: available,
        purchasable: line.product.status === 'active' && (available === null || available >= line.quantity),
      };
    }),
  };
}

/** Units that can be sold of a variant: null when unlimited (not tracked, or backorders allowed). */
function availableUnits(variant: { trackInventory: boolean; allowBackorder: boolean; stockOnHand: number }) {
  return !variant.trackInventory || variant.allowBackorder ? null : Math.max(0, variant.stockOnHand);
}

/** 409 `insufficient_stock` naming the variant and what is left, when `quantity` is more than can be sold. */
function checkStock(
  variant: { sku: string; trackInventory: boolean; allowBackorder: boolean; stockOnHand: number },
  quantity: number,
): void {
  const available = availableUnits(variant);
  if (available !== null && quantity > available) {
    throw new AppError(
      'insufficient_stock',
      available === 0 ? `${variant.sku} is out of stock.` : `Only ${available} of ${variant.sku} left.`,
      [{ path: 'quantity', message: available === 0 ? 'Out of stock.' : `Only ${available} left.` }],
    );
  }
  if (quantity > maxLineQuantity) {
    throw new AppError('validation_failed', `At most ${maxLineQuantity} of one item per cart.`, [
      { path: 'quantity', message: `At most ${maxLineQuantity}.` },
    ]);
  }
}

async function purchasableVariant(db: DbOrTx, variantId: string) {
  const [row] = await db
    .select({ variant: productVariants, status: products.status })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.id, variantId));
  if (row?.status !== 'active') {
    throw new AppError('validation_failed', 'This item is not for sale.', [
      { path: 'variantId', message: 'Choose a variant of a product on sale.' },
    ]);
  }
  return row.variant;
}

/**
 * Adds `quantity` of a variant (to its line if the cart has one). The cart row is locked meanwhile, so two
 * concurrent adds of one variant sum up instead of racing; the total is checked against the stock.
 */
export async function addCartItem(
  db: Database,
  cartId: string,
  customerId: string | null,
  input: { variantId: string; quantity: number },
): Promise<string> {
  await db.transaction(async (tx) => {
    await findOpenCart(tx, cartId, customerId);
    await tx.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId)).for('update');
    const variant = await purchasableVariant(tx, input.variantId);
    const [line] = await tx
      .select()
      .from(cartItems)
      .where(and(eq(cartItems.cartId, cartId), eq(cartItems.variantId, variant.id)));
    const quantity = (line?.quantity ?? 0) + input.quantity;
    checkStock(variant, quantity);
    if (line) await tx.update(cartItems).set({ quantity }).where(eq(cartItems.id, line.id));
    else
      await tx.insert(cartItems).values({ id: newId('cartItem'), cartId, variantId: variant.id, quantity });
    await tx.update(carts).set({ updatedAt: sql`now()` }).where(eq(carts.id, cartId));
  });
  return cartId;
}

/** Sets a line's quantity (checked against the stock). */
export async function updateCartItem(
  db: Database,
  cartId: string,
  customerId: string | null,
  itemId: string,
  quantity: number,
): Promise<string> {
  await db.transaction(async (tx) => {
    await findOpenCart(tx, cartId, customerId);
    const [line] = await tx
      .select({ id: cartItems.id, variant: productVariants })
      .from(cartItems)
      .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
      .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cartId)));
    if (!line) throw new AppError('not_found', 'No such item in this cart.');
    checkStock(line.variant, quantity);
    await tx.update(cartItems).set({ quantity }).where(eq(cartItems.id, itemId));
    await tx.update(carts).set({ updatedAt: sql`now()` }).where(eq(carts.id, cartId));
  });
  return cartId;
}

export async function removeCartItem(
  db: Database,
  cartId: string,
  customerId: string | null,
  itemId: string,
): Promise<string> {
  await findOpenCart(db, cartId, customerId);
  const removed = await db
    .delete(cartItems)
    .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cartId)))
    .returning({ id: cartItems.id });
  if (removed.length === 0) throw new AppError('not_found', 'No such item in this cart.');
  return cartId;
}

/** A validated address input as stored: every optional field present (null when empty). */
function toPostalAddress(input: NonNullable<CartUpdate['shippingAddress']>): PostalAddress {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    company: input.company ?? null,
    line1: input.line1,
    line2: input.line2 ?? null,
    city: input.city,
    postalCode: input.postalCode,
    region: input.region ?? null,
    country: input.country,
    phone: input.phone ?? null,
  };
}

/**
 * Changes the contact email, the shipping and billing addresses and the shipping method (each: absent keeps,
 * null clears). The caller checks that the method serves the address.
 */
export async function updateCart(
  db: DbOrTx,
  cartId: string,
  customerId: string | null,
  input: CartUpdate,
): Promise<string> {
  await findOpenCart(db, cartId, customerId);
  const address = (value: CartUpdate['shippingAddress']) =>
    value === undefined ? undefined : value === null ? null : toPostalAddress(value);
  await db
    .update(carts)
    .set({
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.shippingAddress !== undefined ? { shippingAddress: address(input.shippingAddress) } : {}),
      ...(input.billingAddress !== undefined ? { billingAddress: address(input.billingAddress) } : {}),
      ...(input.shippingMethodId !== undefined ? { shippingMethodId: input.shippingMethodId } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(carts.id, cartId));
  return cartId;
}

/** The id of the signed-in customer's most recently changed open cart, or undefined. */
export async function findCustomerCartId(db: DbOrTx, customerId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: carts.id })
    .from(carts)
    .where(and(eq(carts.customerId, customerId), isNull(carts.completedAt)))
    .orderBy(desc(carts.updatedAt))
    .limit(1);
  return row?.id;
}

/**
 * A signed-in customer takes a guest cart (after signing in): it merges into their latest cart (quantities
 * summed, capped at what the stock allows) and disappears, or becomes theirs when they have none. A cart
 * that is already theirs is returned as is; someone else's is 404.
 */
export async function claimCart(db: Database, cartId: string, customerId: string): Promise<string> {
  const resultId = await db.transaction(async (tx) => {
    const [guest] = await tx.select().from(carts).where(eq(carts.id, cartId)).for('update');
    if (!guest || (guest.customerId !== null && guest.customerId !== customerId)) throw notFound();
    if (guest.completedAt) throw new AppError('cart_completed', 'This cart has already been ordered.');
    if (guest.customerId === customerId) return guest.id;
    const [own] = await tx
      .select()
      .from(carts)
      .where(and(eq(carts.customerId, customerId), isNull(carts.completedAt)))
      .orderBy(desc(carts.updatedAt))
      .limit(1)
      .for('update');
    if (!own) {
      await tx.update(carts).set({ customerId, updatedAt: sql`now()` }).where(eq(carts.id, guest.id));
      return guest.id;
    }
    const lines = await tx
      .select({ variantId: cartItems.variantId, quantity: cartItems.quantity, variant: productVariants })
      .from(cartItems)
      .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
      .where(eq(cartItems.cartId, guest.id));
    for (const line of lines) {
      const [existing] = await tx
        .select()
        .from(cartItems)
        .where(and(eq(cartItems.cartId, own.id), eq(cartItems.variantId, line.variantId)));
      const available = availableUnits(line.variant) ?? maxLineQuantity;
      const quantity = Math.min((existing?.quantity ?? 0) + line.quantity, available, maxLineQuantity);
      if (quantity <= 0) continue;
      if (existing) await tx.update(cartItems).set({ quantity }).where(eq(cartItems.id, existing.id));
      else
        await tx
          .insert(cartItems)
          .values({ id: newId('cartItem'), cartId: own.id, variantId: line.variantId, quantity });
    }
    await tx
      .update(carts)
      .set({
        email: own.email ?? guest.email,
        shippingAddress: own.shippingAddress ?? guest.shippingAddress,
        billingAddress: own.billingAddress ?? guest.billingAddress,
        shippingMethodId: own.shippingMethodId ?? guest.shippingMethodId,
        discountCodes: [...new Set([...own.discountCodes, ...guest.discountCodes])],
        updatedAt: sql`now()`,
      })
      .where(eq(carts.id, own.id));
    await tx.delete(carts).where(eq(carts.id, guest.id));
    return own.id;
  });
  return resultId;
}

/** Adds a discount code to the cart (once; the caller checked it applies). */
export async function addDiscountCode(db: DbOrTx, cartId: string, code: string): Promise<void> {
  await db
    .update(carts)
    .set({ discountCodes: sql`array_append(${carts.discountCodes}, ${code})`, updatedAt: sql`now()` })
    .where(and(eq(carts.id, cartId), sql`not (${code} = any(${carts.discountCodes}))`));
}

/** Removes a discount code from the cart; 404 when the cart does not have it. */
export async function removeDiscountCode(
  db: DbOrTx,
  cartId: string,
  customerId: string | null,
  code: string,
): Promise<void> {
  await findOpenCart(db, cartId, customerId);
  const updated = await db
    .update(carts)
    .set({ discountCodes: sql`array_remove(${carts.discountCodes}, ${code})`, updatedAt: sql`now()` })
    .where(and(eq(carts.id, cartId), sql`${code} = any(${carts.discountCodes})`))
    .returning({ id: carts.id });
  if (updated.length === 0) throw new AppError('not_found', `The code ${code} is not in this cart.`);
}

/** Marks the cart as ordered, inside the order's transaction; false when it already was (a concurrent checkout). */
export async function completeCart(tx: DbOrTx, cartId: string): Promise<boolean> {
  const updated = await tx
    .update(carts)
    .set({ completedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(carts.id, cartId), isNull(carts.completedAt)))
    .returning({ id: carts.id });
  return updated.length > 0;
}

/**
 * Deletes abandoned carts: guests' carts untouched for `guestDays`, customers' for `customerDays`, and carts
 * that became orders a day after. What goes is first summed into `purged_cart_stats` by the quarter hour it
 * was created in (carts, ordered, abandoned with their value), in the same statement, so the statistics of
 * past periods keep counting them. Returns how many went.
 */
export async function purgeStaleCarts(
  db: DbOrTx,
  options: { guestDays: number; customerDays: number },
): Promise<number> {
  // One statement: the sub-queries read the carts and items as they were before the delete (its snapshot),
  // and a concurrent purge cannot count a cart twice (a row is only returned by the delete that removed it).
  const result = await db.execute<{ deleted: string }>(sql`
    with gone as (
      delete from carts
      where completed_at < now() - interval '1 day'
         or (customer_id is null and updated_at < now() - make_interval(days => ${options.guestDays}))
         or updated_at < now() - make_interval(days => ${options.customerDays})
      returning id, created_at, completed_at),
    valued as (
      select date_bin('15 minutes', g.created_at, timestamptz '2000-01-01 00:00:00+00') as slot, g.completed_at,
             (select sum(i.quantity::bigint * v.price) from cart_items i
                join product_variants v on v.id = i.variant_id where i.cart_id = g.id) as value
      from gone g),
    summed as (
      insert into purged_cart_stats (slot, carts, ordered, abandoned, abandoned_value)
      select slot, count(*), count(completed_at), count(*) filter (where completed_at is null and value > 0),
             coalesce(sum(value) filter (where completed_at is null), 0)
      from valued group by slot
      on conflict (slot) do update set
        carts = purged_cart_stats.carts + excluded.carts,
        ordered = purged_cart_stats.ordered + excluded.ordered,
        abandoned = purged_cart_stats.abandoned + excluded.abandoned,
        abandoned_value = purged_cart_stats.abandoned_value + excluded.abandoned_value)
    select count(*) as deleted from gone`);
  return Number(result.rows[0]?.deleted ?? 0);
}
