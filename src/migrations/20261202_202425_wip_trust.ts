import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contact_messages_language" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_contact_messages_status" AS ENUM('new', 'answered', 'closed');
  CREATE TABLE "contact_messages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"subject" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"consent_contact" boolean DEFAULT false NOT NULL,
  	"language" "enum_contact_messages_language" DEFAULT 'fr',
  	"status" "enum_contact_messages_status" DEFAULT 'new',
  	"staff_notes" varchar,
  	"customer_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pages_blocks_legal_notice" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_legal_notice_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_contact_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_contact_form_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_legal_notice" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_legal_notice_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_contact_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_contact_form_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  DROP INDEX "pages_slug_idx";
  DROP INDEX "_pages_v_version_version_slug_idx";
  ALTER TABLE "quotes" ADD COLUMN "accepted_terms_version" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "slug" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_messages_id" uuid;
  ALTER TABLE "site_settings" ADD COLUMN "legal_share_capital" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_publication_director" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_host_name" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_host_phone" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_host_address" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_privacy_contact" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_terms_version" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "legal_terms_page_id" uuid;
  ALTER TABLE "site_settings" ADD COLUMN "legal_privacy_page_id" uuid;
  ALTER TABLE "site_settings" ADD COLUMN "legal_cookie_page_id" uuid;
  ALTER TABLE "site_settings" ADD COLUMN "legal_legal_notice_page_id" uuid;
  ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_legal_notice" ADD CONSTRAINT "pages_blocks_legal_notice_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_legal_notice_locales" ADD CONSTRAINT "pages_blocks_legal_notice_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_legal_notice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_form" ADD CONSTRAINT "pages_blocks_contact_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_form_locales" ADD CONSTRAINT "pages_blocks_contact_form_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_contact_form"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_legal_notice" ADD CONSTRAINT "_pages_v_blocks_legal_notice_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_legal_notice_locales" ADD CONSTRAINT "_pages_v_blocks_legal_notice_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_legal_notice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_form" ADD CONSTRAINT "_pages_v_blocks_contact_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_form_locales" ADD CONSTRAINT "_pages_v_blocks_contact_form_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_contact_form"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "contact_messages_email_idx" ON "contact_messages" USING btree ("email");
  CREATE INDEX "contact_messages_status_idx" ON "contact_messages" USING btree ("status");
  CREATE INDEX "contact_messages_customer_idx" ON "contact_messages" USING btree ("customer_id");
  CREATE INDEX "contact_messages_updated_at_idx" ON "contact_messages" USING btree ("updated_at");
  CREATE INDEX "contact_messages_created_at_idx" ON "contact_messages" USING btree ("created_at");
  CREATE INDEX "pages_blocks_legal_notice_order_idx" ON "pages_blocks_legal_notice" USING btree ("_order");
  CREATE INDEX "pages_blocks_legal_notice_parent_id_idx" ON "pages_blocks_legal_notice" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_legal_notice_path_idx" ON "pages_blocks_legal_notice" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_legal_notice_locales_locale_parent_id_unique" ON "pages_blocks_legal_notice_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_contact_form_order_idx" ON "pages_blocks_contact_form" USING btree ("_order");
  CREATE INDEX "pages_blocks_contact_form_parent_id_idx" ON "pages_blocks_contact_form" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_contact_form_path_idx" ON "pages_blocks_contact_form" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_contact_form_locales_locale_parent_id_unique" ON "pages_blocks_contact_form_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_legal_notice_order_idx" ON "_pages_v_blocks_legal_notice" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_legal_notice_parent_id_idx" ON "_pages_v_blocks_legal_notice" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_legal_notice_path_idx" ON "_pages_v_blocks_legal_notice" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_legal_notice_locales_locale_parent_id_unique" ON "_pages_v_blocks_legal_notice_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_form_order_idx" ON "_pages_v_blocks_contact_form" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_contact_form_parent_id_idx" ON "_pages_v_blocks_contact_form" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_form_path_idx" ON "_pages_v_blocks_contact_form" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_contact_form_locales_locale_parent_id_unique" ON "_pages_v_blocks_contact_form_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_messages_fk" FOREIGN KEY ("contact_messages_id") REFERENCES "public"."contact_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_legal_terms_page_id_pages_id_fk" FOREIGN KEY ("legal_terms_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_legal_privacy_page_id_pages_id_fk" FOREIGN KEY ("legal_privacy_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_legal_cookie_page_id_pages_id_fk" FOREIGN KEY ("legal_cookie_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_legal_legal_notice_page_id_pages_id_fk" FOREIGN KEY ("legal_legal_notice_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
`)
  // Data: the slug becomes localized. Each page (and each saved version) keeps its address in both
  // languages: a language row that does not exist yet (a page never translated) is created with the
  // French title, which is what the fallback showed anyway. The seed then gives the demo pages English slugs.
  await db.execute(sql`
  INSERT INTO "pages_locales" ("title", "_locale", "_parent_id")
    SELECT fr."title", l."code"::"_locales", p."id"
    FROM "pages" p
    CROSS JOIN (VALUES ('fr'), ('en')) AS l("code")
    LEFT JOIN "pages_locales" fr ON fr."_parent_id" = p."id" AND fr."_locale" = 'fr'
    WHERE NOT EXISTS (
      SELECT 1 FROM "pages_locales" x WHERE x."_parent_id" = p."id" AND x."_locale" = l."code"::"_locales"
    );
  UPDATE "pages_locales" pl SET "slug" = p."slug" FROM "pages" p WHERE pl."_parent_id" = p."id";
  INSERT INTO "_pages_v_locales" ("version_title", "_locale", "_parent_id")
    SELECT fr."version_title", l."code"::"_locales", v."id"
    FROM "_pages_v" v
    CROSS JOIN (VALUES ('fr'), ('en')) AS l("code")
    LEFT JOIN "_pages_v_locales" fr ON fr."_parent_id" = v."id" AND fr."_locale" = 'fr'
    WHERE NOT EXISTS (
      SELECT 1 FROM "_pages_v_locales" x WHERE x."_parent_id" = v."id" AND x."_locale" = l."code"::"_locales"
    );
  UPDATE "_pages_v_locales" vl SET "version_slug" = v."version_slug" FROM "_pages_v" v WHERE vl."_parent_id" = v."id";
  `)
  await db.execute(sql`
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages_locales" USING btree ("slug","_locale");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "payload_locked_documents_rels_contact_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_messages_id");
  CREATE INDEX "site_settings_legal_legal_terms_page_idx" ON "site_settings" USING btree ("legal_terms_page_id");
  CREATE INDEX "site_settings_legal_legal_privacy_page_idx" ON "site_settings" USING btree ("legal_privacy_page_id");
  CREATE INDEX "site_settings_legal_legal_cookie_page_idx" ON "site_settings" USING btree ("legal_cookie_page_id");
  CREATE INDEX "site_settings_legal_legal_legal_notice_page_idx" ON "site_settings" USING btree ("legal_legal_notice_page_id");
  ALTER TABLE "pages" DROP COLUMN "slug";
  ALTER TABLE "_pages_v" DROP COLUMN "version_slug";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_legal_notice" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_legal_notice_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_contact_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_contact_form_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_legal_notice" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_legal_notice_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_contact_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_contact_form_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contact_messages" CASCADE;
  DROP TABLE "pages_blocks_legal_notice" CASCADE;
  DROP TABLE "pages_blocks_legal_notice_locales" CASCADE;
  DROP TABLE "pages_blocks_contact_form" CASCADE;
  DROP TABLE "pages_blocks_contact_form_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_legal_notice" CASCADE;
  DROP TABLE "_pages_v_blocks_legal_notice_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_form" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_form_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contact_messages_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_legal_terms_page_id_pages_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_legal_privacy_page_id_pages_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_legal_cookie_page_id_pages_id_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_legal_legal_notice_page_id_pages_id_fk";
  
  DROP INDEX "pages_slug_idx";
  DROP INDEX "_pages_v_version_version_slug_idx";
  DROP INDEX "payload_locked_documents_rels_contact_messages_id_idx";
  DROP INDEX "site_settings_legal_legal_terms_page_idx";
  DROP INDEX "site_settings_legal_legal_privacy_page_idx";
  DROP INDEX "site_settings_legal_legal_cookie_page_idx";
  DROP INDEX "site_settings_legal_legal_legal_notice_page_idx";
  ALTER TABLE "pages" ADD COLUMN "slug" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_slug" varchar;
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  ALTER TABLE "quotes" DROP COLUMN "accepted_terms_version";
`)
  // Data: back to one slug per page, the French one.
  await db.execute(sql`
  UPDATE "pages" p SET "slug" = pl."slug" FROM "pages_locales" pl WHERE pl."_parent_id" = p."id" AND pl."_locale" = 'fr';
  UPDATE "_pages_v" v SET "version_slug" = vl."version_slug" FROM "_pages_v_locales" vl WHERE vl."_parent_id" = v."id" AND vl."_locale" = 'fr';
  `)
  await db.execute(sql`
  ALTER TABLE "pages_locales" DROP COLUMN "slug";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_slug";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_messages_id";
  ALTER TABLE "site_settings" DROP COLUMN "legal_share_capital";
  ALTER TABLE "site_settings" DROP COLUMN "legal_publication_director";
  ALTER TABLE "site_settings" DROP COLUMN "legal_host_name";
  ALTER TABLE "site_settings" DROP COLUMN "legal_host_phone";
  ALTER TABLE "site_settings" DROP COLUMN "legal_host_address";
  ALTER TABLE "site_settings" DROP COLUMN "legal_privacy_contact";
  ALTER TABLE "site_settings" DROP COLUMN "legal_terms_version";
  ALTER TABLE "site_settings" DROP COLUMN "legal_terms_page_id";
  ALTER TABLE "site_settings" DROP COLUMN "legal_privacy_page_id";
  ALTER TABLE "site_settings" DROP COLUMN "legal_cookie_page_id";
  ALTER TABLE "site_settings" DROP COLUMN "legal_legal_notice_page_id";
  DROP TYPE "public"."enum_contact_messages_language";
  DROP TYPE "public"."enum_contact_messages_status";`)
}
