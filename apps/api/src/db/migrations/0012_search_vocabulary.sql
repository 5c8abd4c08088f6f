CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- Edit distances for typo correction (catalog/products.search.ts).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
-- Words of titles: split on spaces, punctuation and digits; 4 letters or more.
CREATE FUNCTION "title_words"(title text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(title), '[[:space:][:punct:][:digit:]°«»’]+') AS w
  WHERE char_length(w) >= 4;
$$;
--> statement-breakpoint
CREATE FUNCTION "products_title_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "search_words" ("word")
      SELECT DISTINCT w FROM new_rows n CROSS JOIN LATERAL "title_words"(n."title") AS w
      ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO "search_words" ("word")
      SELECT DISTINCT w FROM new_rows n JOIN old_rows o ON o."id" = n."id"
        CROSS JOIN LATERAL "title_words"(n."title") AS w
      WHERE n."title" IS DISTINCT FROM o."title"
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "products_title_words_insert" AFTER INSERT ON "products"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "products_title_words"();
--> statement-breakpoint
CREATE TRIGGER "products_title_words_update" AFTER UPDATE ON "products"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "products_title_words"();
--> statement-breakpoint
INSERT INTO "search_words" ("word")
  SELECT DISTINCT w FROM "products" p CROSS JOIN LATERAL "title_words"(p."title") AS w
  ON CONFLICT DO NOTHING;
