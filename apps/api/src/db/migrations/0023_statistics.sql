CREATE TABLE "purged_cart_stats" (
	"slot" timestamp with time zone PRIMARY KEY NOT NULL,
	"carts" integer NOT NULL,
	"ordered" integer NOT NULL,
	"abandoned" integer NOT NULL,
	"abandoned_value" bigint NOT NULL
);
--> statement-breakpoint
-- Existing orders get their units from their lines; the default only serves the backfill.
ALTER TABLE "orders" ADD COLUMN "item_count" integer NOT NULL DEFAULT 0;--> statement-breakpoint
UPDATE "orders" o SET "item_count" = l.units
  FROM (SELECT "order_id", sum("quantity")::integer AS units FROM "order_lines" GROUP BY "order_id") l
  WHERE l."order_id" = o."id";--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "item_count" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "ship_country" text GENERATED ALWAYS AS (shipping_address->>'country') STORED;--> statement-breakpoint
CREATE INDEX "carts_created_idx" ON "carts" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "order_lines_stats_idx" ON "order_lines" USING btree ("order_id","product_id","quantity","total","title");--> statement-breakpoint
CREATE INDEX "orders_stats_idx" ON "orders" USING btree ("placed_at","total","tax_total","shipping_total","item_count","ship_country","customer_id","email","id") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "orders_shopper_idx" ON "orders" USING btree (coalesce("customer_id", lower("email")),"placed_at") WHERE status <> 'cancelled';--> statement-breakpoint
CREATE INDEX "orders_discounted_idx" ON "orders" USING btree ("placed_at") WHERE discounts <> '[]'::jsonb;--> statement-breakpoint
CREATE INDEX "refunds_created_idx" ON "refunds" USING btree ("created_at","order_id","amount");