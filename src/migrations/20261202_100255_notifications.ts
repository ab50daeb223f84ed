import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_notifications_channel" AS ENUM('email', 'sms');
  CREATE TYPE "public"."enum_notifications_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_notifications_status" AS ENUM('queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_saved_searches_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_site_settings_notifications_sms_events" AS ENUM('awaiting_deposit', 'deposit_paid', 'vehicle_purchased', 'transport_booked', 'shipped', 'arrived', 'customs_cleared', 'homologated', 'registered', 'ready', 'delivered', 'cancelled', 'payment_received', 'payment_failed', 'payment_refunded');
  CREATE TABLE "notifications" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"channel" "enum_notifications_channel" NOT NULL,
  	"template" varchar NOT NULL,
  	"locale" "enum_notifications_locale" DEFAULT 'fr',
  	"to" varchar NOT NULL,
  	"subject" varchar,
  	"status" "enum_notifications_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"provider_id" varchar,
  	"last_error" varchar,
  	"customer_id" uuid,
  	"order_id" uuid,
  	"quote_id" uuid,
  	"dedupe_key" varchar,
  	"variables" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "saved_searches" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"name" varchar NOT NULL,
  	"query" varchar NOT NULL,
  	"alerts" boolean DEFAULT true,
  	"locale" "enum_saved_searches_locale" DEFAULT 'fr',
  	"last_alert_at" timestamp(3) with time zone,
  	"checked_until" timestamp(3) with time zone,
  	"unsubscribe_token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_notifications_sms_events" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_site_settings_notifications_sms_events",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "saved_searches_id" uuid;
  ALTER TABLE "site_settings" ADD COLUMN "notifications_staff_email" varchar;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_notifications_sms_events" ADD CONSTRAINT "site_settings_notifications_sms_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "notifications_template_idx" ON "notifications" USING btree ("template");
  CREATE INDEX "notifications_status_idx" ON "notifications" USING btree ("status");
  CREATE INDEX "notifications_customer_idx" ON "notifications" USING btree ("customer_id");
  CREATE INDEX "notifications_order_idx" ON "notifications" USING btree ("order_id");
  CREATE INDEX "notifications_quote_idx" ON "notifications" USING btree ("quote_id");
  CREATE UNIQUE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "saved_searches_customer_idx" ON "saved_searches" USING btree ("customer_id");
  CREATE INDEX "saved_searches_unsubscribe_token_hash_idx" ON "saved_searches" USING btree ("unsubscribe_token_hash");
  CREATE INDEX "saved_searches_updated_at_idx" ON "saved_searches" USING btree ("updated_at");
  CREATE INDEX "saved_searches_created_at_idx" ON "saved_searches" USING btree ("created_at");
  CREATE INDEX "site_settings_notifications_sms_events_order_idx" ON "site_settings_notifications_sms_events" USING btree ("order");
  CREATE INDEX "site_settings_notifications_sms_events_parent_idx" ON "site_settings_notifications_sms_events" USING btree ("parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_saved_searches_fk" FOREIGN KEY ("saved_searches_id") REFERENCES "public"."saved_searches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_saved_searches_id_idx" ON "payload_locked_documents_rels" USING btree ("saved_searches_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "saved_searches" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_notifications_sms_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "saved_searches" CASCADE;
  DROP TABLE "site_settings_notifications_sms_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_saved_searches_fk";
  
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  DROP INDEX "payload_locked_documents_rels_saved_searches_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "saved_searches_id";
  ALTER TABLE "site_settings" DROP COLUMN "notifications_staff_email";
  DROP TYPE "public"."enum_notifications_channel";
  DROP TYPE "public"."enum_notifications_locale";
  DROP TYPE "public"."enum_notifications_status";
  DROP TYPE "public"."enum_saved_searches_locale";
  DROP TYPE "public"."enum_site_settings_notifications_sms_events";`)
}
