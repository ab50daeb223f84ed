import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_erasure_audits_requested_by" AS ENUM('customer', 'staff');
  CREATE TYPE "public"."enum_data_exports_status" AS ENUM('queued', 'ready', 'downloaded', 'expired');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'eraseCustomer';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'exportCustomerData';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeDataExports';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'flagInactiveCustomers';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteStoredFile';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'eraseCustomer';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'exportCustomerData';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeDataExports';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'flagInactiveCustomers';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteStoredFile';
  CREATE TABLE "erasure_audits" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"customer" varchar NOT NULL,
  	"requested_by" "enum_erasure_audits_requested_by" NOT NULL,
  	"staff_id" uuid,
  	"requested_at" timestamp(3) with time zone,
  	"completed_at" timestamp(3) with time zone,
  	"notified" boolean,
  	"legal_basis" varchar,
  	"retain_until" timestamp(3) with time zone,
  	"counts" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "data_exports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"customer_id" uuid NOT NULL,
  	"status" "enum_data_exports_status" DEFAULT 'queued' NOT NULL,
  	"token_hash" varchar,
  	"file" varchar,
  	"expires_at" timestamp(3) with time zone,
  	"downloaded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "customers" ADD COLUMN "pending_email" varchar;
  ALTER TABLE "customers" ADD COLUMN "email_change_token_hash" varchar;
  ALTER TABLE "customers" ADD COLUMN "email_change_expires_at" timestamp(3) with time zone;
  ALTER TABLE "customers" ADD COLUMN "last_login_at" timestamp(3) with time zone;
  ALTER TABLE "customers" ADD COLUMN "review_for_erasure" boolean;
  ALTER TABLE "customers" ADD COLUMN "inactive_since" timestamp(3) with time zone;
  ALTER TABLE "customers" ADD COLUMN "erasure_requested_by_id" uuid;
  ALTER TABLE "customers" ADD COLUMN "erasure_step" varchar;
  ALTER TABLE "customers" ADD COLUMN "erasure_counts" jsonb;
  ALTER TABLE "customers" ADD COLUMN "erasure_legal_basis" varchar;
  ALTER TABLE "customers" ADD COLUMN "erasure_retain_until" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "document_number" varchar;
  ALTER TABLE "documents" ADD COLUMN "duplicate_of_id" uuid;
  ALTER TABLE "documents" ADD COLUMN "encryption_key_id" varchar;
  ALTER TABLE "documents" ADD COLUMN "wrapped_key" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "erasure_audits_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "data_exports_id" uuid;
  ALTER TABLE "erasure_audits" ADD CONSTRAINT "erasure_audits_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "erasure_audits_customer_idx" ON "erasure_audits" USING btree ("customer");
  CREATE INDEX "erasure_audits_staff_idx" ON "erasure_audits" USING btree ("staff_id");
  CREATE INDEX "erasure_audits_updated_at_idx" ON "erasure_audits" USING btree ("updated_at");
  CREATE INDEX "erasure_audits_created_at_idx" ON "erasure_audits" USING btree ("created_at");
  CREATE INDEX "data_exports_customer_idx" ON "data_exports" USING btree ("customer_id");
  CREATE INDEX "data_exports_token_hash_idx" ON "data_exports" USING btree ("token_hash");
  CREATE INDEX "data_exports_expires_at_idx" ON "data_exports" USING btree ("expires_at");
  CREATE INDEX "data_exports_updated_at_idx" ON "data_exports" USING btree ("updated_at");
  CREATE INDEX "data_exports_created_at_idx" ON "data_exports" USING btree ("created_at");
  ALTER TABLE "customers" ADD CONSTRAINT "customers_erasure_requested_by_id_users_id_fk" FOREIGN KEY ("erasure_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_duplicate_of_id_documents_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_erasure_audits_fk" FOREIGN KEY ("erasure_audits_id") REFERENCES "public"."erasure_audits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_data_exports_fk" FOREIGN KEY ("data_exports_id") REFERENCES "public"."data_exports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "customers_email_change_token_hash_idx" ON "customers" USING btree ("email_change_token_hash");
  CREATE INDEX "customers_review_for_erasure_idx" ON "customers" USING btree ("review_for_erasure");
  CREATE INDEX "customers_erasure_erasure_requested_by_idx" ON "customers" USING btree ("erasure_requested_by_id");
  CREATE INDEX "documents_duplicate_of_idx" ON "documents" USING btree ("duplicate_of_id");
  CREATE INDEX "payload_locked_documents_rels_erasure_audits_id_idx" ON "payload_locked_documents_rels" USING btree ("erasure_audits_id");
  CREATE INDEX "payload_locked_documents_rels_data_exports_id_idx" ON "payload_locked_documents_rels" USING btree ("data_exports_id");
  ALTER TABLE "customers" DROP COLUMN "login_attempts";
  ALTER TABLE "customers" DROP COLUMN "lock_until";
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "erasure_audits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "data_exports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "erasure_audits" CASCADE;
  DROP TABLE "data_exports" CASCADE;
  ALTER TABLE "customers" DROP CONSTRAINT "customers_erasure_requested_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_duplicate_of_id_documents_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_erasure_audits_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_data_exports_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'sendNotification', 'notifyExpiringQuotes', 'sendSavedSearchDigests', 'reconcilePayments', 'releaseUnpaidOrders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'sendNotification', 'notifyExpiringQuotes', 'sendSavedSearchDigests', 'reconcilePayments', 'releaseUnpaidOrders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "customers_email_change_token_hash_idx";
  DROP INDEX "customers_review_for_erasure_idx";
  DROP INDEX "customers_erasure_erasure_requested_by_idx";
  DROP INDEX "documents_duplicate_of_idx";
  DROP INDEX "payload_locked_documents_rels_erasure_audits_id_idx";
  DROP INDEX "payload_locked_documents_rels_data_exports_id_idx";
  ALTER TABLE "customers" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "customers" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "customers" DROP COLUMN "pending_email";
  ALTER TABLE "customers" DROP COLUMN "email_change_token_hash";
  ALTER TABLE "customers" DROP COLUMN "email_change_expires_at";
  ALTER TABLE "customers" DROP COLUMN "last_login_at";
  ALTER TABLE "customers" DROP COLUMN "review_for_erasure";
  ALTER TABLE "customers" DROP COLUMN "inactive_since";
  ALTER TABLE "customers" DROP COLUMN "erasure_requested_by_id";
  ALTER TABLE "customers" DROP COLUMN "erasure_step";
  ALTER TABLE "customers" DROP COLUMN "erasure_counts";
  ALTER TABLE "customers" DROP COLUMN "erasure_legal_basis";
  ALTER TABLE "customers" DROP COLUMN "erasure_retain_until";
  ALTER TABLE "documents" DROP COLUMN "document_number";
  ALTER TABLE "documents" DROP COLUMN "duplicate_of_id";
  ALTER TABLE "documents" DROP COLUMN "encryption_key_id";
  ALTER TABLE "documents" DROP COLUMN "wrapped_key";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "erasure_audits_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "data_exports_id";
  DROP TYPE "public"."enum_erasure_audits_requested_by";
  DROP TYPE "public"."enum_data_exports_status";`)
}
