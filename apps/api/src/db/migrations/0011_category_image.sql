ALTER TABLE "categories" ADD COLUMN "image_storage_key" text;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "image_content_type" text;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "image_width" integer;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "image_height" integer;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "image_alt" text;