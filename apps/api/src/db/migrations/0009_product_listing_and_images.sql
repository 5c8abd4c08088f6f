CREATE TABLE "product_images" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL,
	"position" integer NOT NULL,
	"alt" text,
	"storage_key" text NOT NULL,
	"original_name" text,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "min_price" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "max_price" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "compare_at_price" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "in_stock" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "sold_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_images_product_idx" ON "product_images" USING btree ("product_id","position");--> statement-breakpoint
CREATE INDEX "product_images_storage_key_idx" ON "product_images" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "products_status_price_idx" ON "products" USING btree ("status","min_price","id");--> statement-breakpoint
CREATE INDEX "products_status_sold_idx" ON "products" USING btree ("status","sold_count","id");--> statement-breakpoint
CREATE INDEX "products_updated_idx" ON "products" USING btree ("updated_at","id");--> statement-breakpoint
-- Listing aggregates of products, recomputed from their variants after every statement that changes variants
-- (statement triggers with transition tables: a bulk insert of 100k variants recomputes each product once).
-- Rows are written only when a figure changes, so stock movements that keep a product buyable cost nothing.
CREATE FUNCTION "refresh_product_listing"(product_ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "products" p
  SET "min_price" = a.min_price, "max_price" = a.max_price, "compare_at_price" = a.compare_at_price,
      "in_stock" = a.in_stock
  FROM (
    SELECT v."product_id",
      min(v."price") AS min_price,
      max(v."price") AS max_price,
      (array_agg(v."compare_at_price" ORDER BY v."price", v."position", v."id"))[1] AS compare_at_price,
      bool_or(NOT v."track_inventory" OR v."allow_backorder" OR v."stock_on_hand" > 0) AS in_stock
    FROM "product_variants" v
    WHERE v."product_id" = ANY(product_ids)
    GROUP BY v."product_id"
  ) a
  WHERE p."id" = a."product_id"
    AND (p."min_price", p."max_price", p."compare_at_price", p."in_stock")
      IS DISTINCT FROM (a.min_price, a.max_price, a.compare_at_price, a.in_stock);
$$;
--> statement-breakpoint
CREATE FUNCTION "product_variants_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_product_listing"(ARRAY(SELECT DISTINCT "product_id" FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "product_variants_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_product_listing"(ARRAY(
    SELECT "product_id" FROM new_rows UNION SELECT "product_id" FROM old_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "product_variants_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_product_listing"(ARRAY(SELECT DISTINCT "product_id" FROM old_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "product_variants_listing_insert" AFTER INSERT ON "product_variants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_variants_inserted"();
--> statement-breakpoint
CREATE TRIGGER "product_variants_listing_update" AFTER UPDATE ON "product_variants"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_variants_updated"();
--> statement-breakpoint
CREATE TRIGGER "product_variants_listing_delete" AFTER DELETE ON "product_variants"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_variants_deleted"();
--> statement-breakpoint
SELECT "refresh_product_listing"(ARRAY(SELECT "id" FROM "products"));
