ALTER TABLE "products" ADD COLUMN "facet_values" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "category_paths" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "products_facet_values_idx" ON "products" USING gin ("facet_values");--> statement-breakpoint
CREATE INDEX "products_category_paths_idx" ON "products" USING gin ("category_paths");--> statement-breakpoint
-- Facet tokens and category paths of products (see catalog.tables.ts), recomputed after every statement that
-- changes a product's options, features or categories, or moves a category.
CREATE FUNCTION "refresh_product_facets"(product_ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "products" p
  SET "facet_values" = coalesce(tokens.list, '{}'), "category_paths" = coalesce(paths.list, '{}')
  FROM unnest(product_ids) AS ids(id)
  LEFT JOIN LATERAL (
    SELECT array_agg(DISTINCT t.token ORDER BY t.token) AS list FROM (
      SELECT 'o:' || o."name" || chr(31) || v.value AS token
        FROM "product_options" o CROSS JOIN unnest(o."values") AS v(value) WHERE o."product_id" = ids.id
      UNION ALL
      SELECT 'f:' || f."name" || chr(31) || f."value" FROM "product_features" f WHERE f."product_id" = ids.id
    ) t
  ) tokens ON true
  LEFT JOIN LATERAL (
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT c."id", c."parent_id" FROM "product_categories" pc JOIN "categories" c ON c."id" = pc."category_id"
        WHERE pc."product_id" = ids.id
      UNION
      SELECT c."id", c."parent_id" FROM "categories" c JOIN up ON c."id" = up.parent_id
    )
    SELECT array_agg(DISTINCT up.id ORDER BY up.id) AS list FROM up
  ) paths ON true
  WHERE p."id" = ids.id
    AND (p."facet_values", p."category_paths") IS DISTINCT FROM (coalesce(tokens.list, '{}'), coalesce(paths.list, '{}'));
$$;
--> statement-breakpoint
CREATE FUNCTION "product_facets_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_product_facets"(ARRAY(SELECT DISTINCT "product_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_product_facets"(ARRAY(SELECT DISTINCT "product_id" FROM old_rows));
  ELSE
    PERFORM "refresh_product_facets"(ARRAY(SELECT "product_id" FROM new_rows UNION SELECT "product_id" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "product_options_facets_insert" AFTER INSERT ON "product_options"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
CREATE TRIGGER "product_options_facets_update" AFTER UPDATE ON "product_options"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
CREATE TRIGGER "product_options_facets_delete" AFTER DELETE ON "product_options"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
CREATE TRIGGER "product_features_facets_insert" AFTER INSERT ON "product_features"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
CREATE TRIGGER "product_features_facets_update" AFTER UPDATE ON "product_features"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
CREATE TRIGGER "product_features_facets_delete" AFTER DELETE ON "product_features"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
CREATE TRIGGER "product_categories_facets_insert" AFTER INSERT ON "product_categories"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
CREATE TRIGGER "product_categories_facets_update" AFTER UPDATE ON "product_categories"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
CREATE TRIGGER "product_categories_facets_delete" AFTER DELETE ON "product_categories"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "product_facets_changed"();
--> statement-breakpoint
-- A category moved: the products of its whole branch get new ancestor lists.
CREATE FUNCTION "categories_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_product_facets"(ARRAY(
    WITH RECURSIVE branch(id) AS (
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        WHERE n."parent_id" IS DISTINCT FROM o."parent_id"
      UNION
      SELECT c."id" FROM "categories" c JOIN branch ON c."parent_id" = branch.id
    )
    SELECT DISTINCT pc."product_id" FROM "product_categories" pc JOIN branch ON pc."category_id" = branch.id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "categories_moved" AFTER UPDATE ON "categories"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "categories_moved"();
--> statement-breakpoint
SELECT "refresh_product_facets"(ARRAY(SELECT "id" FROM "products"));
