CREATE TABLE "stock_movements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stock_movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"variant_id" text NOT NULL,
	"delta" integer NOT NULL,
	"stock_after" integer NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"order_id" text,
	"actor_id" text,
	"actor_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_variants" ADD COLUMN "low_stock_threshold" integer;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_movements_variant_idx" ON "stock_movements" USING btree ("variant_id","id");--> statement-breakpoint
-- Every stock change becomes a ledger row (statement triggers with transition tables, like the listing
-- figures of 0009): why/who/which order come from transaction-local settings set by the service.
CREATE FUNCTION "stock_movement_context"(name text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('comptoir.stock_' || name, true), '')
$$;
--> statement-breakpoint
CREATE FUNCTION "product_variants_stock_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "stock_movements" ("variant_id", "delta", "stock_after", "reason", "note", "order_id", "actor_id", "actor_name")
  SELECT n."id", n."stock_on_hand", n."stock_on_hand", coalesce("stock_movement_context"('reason'), 'initial'),
    "stock_movement_context"('note'), "stock_movement_context"('order'), "stock_movement_context"('actor'),
    "stock_movement_context"('actor_name')
  FROM new_rows n WHERE n."stock_on_hand" <> 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "product_variants_stock_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "stock_movements" ("variant_id", "delta", "stock_after", "reason", "note", "order_id", "actor_id", "actor_name")
  SELECT n."id", n."stock_on_hand" - o."stock_on_hand", n."stock_on_hand",
    coalesce("stock_movement_context"('reason'), 'adjusted'), "stock_movement_context"('note'),
    "stock_movement_context"('order'), "stock_movement_context"('actor'), "stock_movement_context"('actor_name')
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE n."stock_on_hand" <> o."stock_on_hand";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "product_variants_stock_insert" AFTER INSERT ON "product_variants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_variants_stock_inserted"();
--> statement-breakpoint
CREATE TRIGGER "product_variants_stock_update" AFTER UPDATE ON "product_variants"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_variants_stock_updated"();
--> statement-breakpoint
-- The stock already there opens the ledger.
INSERT INTO "stock_movements" ("variant_id", "delta", "stock_after", "reason", "note")
SELECT "id", "stock_on_hand", "stock_on_hand", 'initial', 'Stock when the ledger started'
FROM "product_variants" WHERE "stock_on_hand" <> 0;
