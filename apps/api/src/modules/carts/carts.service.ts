import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../../db/client';
import { AppError } from '../../shared/app-error';
import { newId } from '../../shared/ids';
import { productImages, productOptions, products, productVariants } from '../catalog/catalog.tables';
import { toProductImage } from '../catalog/product-images.service';
import type { MediaStorage } from '../media/media-storage';
import type { Cart, CartUpdate } from './carts.schemas';
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

/** Creates a cart in the store currency, owned by the signed-in customer if there is one. */
export async function createCart(
  db: Database,
  media: MediaStorage,
  input: { customerId: string | null; email?: string | undefined; currency: string },
): Promise<Cart> {
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
  return getCart(db, media, cart.id, input.customerId);
}

/**
 * The cart with its lines priced from the current catalog (never from stored prices) and its totals in
 * integer minor units. Discounts, shipping and taxes are 0 until pricing rules exist.
 */
export async function getCart(
  db: DbOrTx,
  media: MediaStorage,
  id: string,
  customerId: string | null,
): Promise<Cart> {
  const cart = await findUsableCart(db, id, customerId);
  const lines = await db
    .select({
      id: cartItems.id,
      quantity: cartItems.quantity,
      variant: productVariants,
      product: { id: products.id, handle: products.handle, title: products.title, status: products.status },
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
  const money = (amount: number) => ({ amount, currency: cart.currency });
  const items = lines.map((line) => {
    const available = availableUnits(line.variant);
    return {
      id: line.id,
      variantId: line.variant.id,
      productId: line.product.id,
      productHandle: line.product.handle,
      title: line.product.title,
      variantTitle:
        line.options.length === 0
          ? 'Default'
          : line.options.map((name) => line.variant.optionValues[name] ?? '').join(' / '),
      sku: line.variant.sku,
      quantity: line.quantity,
      unitPrice: money(line.variant.price),
      lineTotal: money(line.variant.price * line.quantity),
      // A line can be bought when its product is on sale and the stock covers the quantity.
      purchasable: line.product.status === 'active' && (available === null || available >= line.quantity),
      availableQuantity: available,
      image: images.get(line.product.id) ?? null,
    };
  });
  const subtotal = items.reduce((sum, item) => sum + item.lineTotal.amount, 0);
  return {
    id: cart.id,
    email: cart.email,
    currency: cart.currency,
    shippingAddress: cart.shippingAddress,
    billingAddress: cart.billingAddress,
    items,
    discounts: [],
    totals: {
      subtotal: money(subtotal),
      discount: money(0),
      shipping: money(0),
      tax: money(0),
      total: money(subtotal),
    },
    createdAt: cart.createdAt.toISOString(),
    updatedAt: cart.updatedAt.toISOString(),
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
  media: MediaStorage,
  cartId: string,
  customerId: string | null,
  input: { variantId: string; quantity: number },
): Promise<Cart> {
  await db.transaction(async (tx) => {
    await findUsableCart(tx, cartId, customerId);
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
  return getCart(db, media, cartId, customerId);
}

/** Sets a line's quantity (checked against the stock). */
export async function updateCartItem(
  db: Database,
  media: MediaStorage,
  cartId: string,
  customerId: string | null,
  itemId: string,
  quantity: number,
): Promise<Cart> {
  await db.transaction(async (tx) => {
    await findUsableCart(tx, cartId, customerId);
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
  return getCart(db, media, cartId, customerId);
}

export async function removeCartItem(
  db: Database,
  media: MediaStorage,
  cartId: string,
  customerId: string | null,
  itemId: string,
): Promise<Cart> {
  await findUsableCart(db, cartId, customerId);
  const removed = await db
    .delete(cartItems)
    .where(and(eq(cartItems.id, itemId), eq(cartItems.cartId, cartId)))
    .returning({ id: cartItems.id });
  if (removed.length === 0) throw new AppError('not_found', 'No such item in this cart.');
  return getCart(db, media, cartId, customerId);
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

/** Changes the contact email and the shipping and billing addresses (each: absent keeps, null clears). */
export async function updateCart(
  db: Database,
  media: MediaStorage,
  cartId: string,
  customerId: string | null,
  input: CartUpdate,
): Promise<Cart> {
  await findUsableCart(db, cartId, customerId);
  const address = (value: CartUpdate['shippingAddress']) =>
    value === undefined ? undefined : value === null ? null : toPostalAddress(value);
  await db
    .update(carts)
    .set({
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.shippingAddress !== undefined ? { shippingAddress: address(input.shippingAddress) } : {}),
      ...(input.billingAddress !== undefined ? { billingAddress: address(input.billingAddress) } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(carts.id, cartId));
  return getCart(db, media, cartId, customerId);
}

/** The signed-in customer's most recently changed cart, or undefined. */
export async function findCustomerCart(
  db: DbOrTx,
  media: MediaStorage,
  customerId: string,
): Promise<Cart | undefined> {
  const [row] = await db
    .select({ id: carts.id })
    .from(carts)
    .where(eq(carts.customerId, customerId))
    .orderBy(desc(carts.updatedAt))
    .limit(1);
  return row ? getCart(db, media, row.id, customerId) : undefined;
}

/**
 * A signed-in customer takes a guest cart (after signing in): it merges into their latest cart (quantities
 * summed, capped at what the stock allows) and disappears, or becomes theirs when they have none. A cart
 * that is already theirs is returned as is; someone else's is 404.
 */
export async function claimCart(
  db: Database,
  media: MediaStorage,
  cartId: string,
  customerId: string,
): Promise<Cart> {
  const resultId = await db.transaction(async (tx) => {
    const [guest] = await tx.select().from(carts).where(eq(carts.id, cartId)).for('update');
    if (!guest || (guest.customerId !== null && guest.customerId !== customerId)) throw notFound();
    if (guest.customerId === customerId) return guest.id;
    const [own] = await tx
      .select()
      .from(carts)
      .where(eq(carts.customerId, customerId))
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
        updatedAt: sql`now()`,
      })
      .where(eq(carts.id, own.id));
    await tx.delete(carts).where(eq(carts.id, guest.id));
    return own.id;
  });
  return getCart(db, media, resultId, customerId);
}
