import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteStoredFile';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteStoredFile';
  ALTER TABLE "documents" ADD COLUMN "document_number" varchar;
  ALTER TABLE "documents" ADD COLUMN "duplicate_of_id" uuid;
  ALTER TABLE "documents" ADD COLUMN "encryption_key_id" varchar;
  ALTER TABLE "documents" ADD COLUMN "wrapped_key" varchar;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_duplicate_of_id_documents_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_duplicate_of_idx" ON "documents" USING btree ("duplicate_of_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DROP CONSTRAINT "documents_duplicate_of_id_documents_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'sendNotification', 'notifyExpiringQuotes', 'sendSavedSearchDigests', 'reconcilePayments', 'releaseUnpaidOrders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'sendNotification', 'notifyExpiringQuotes', 'sendSavedSearchDigests', 'reconcilePayments', 'releaseUnpaidOrders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "documents_duplicate_of_idx";
  ALTER TABLE "documents" DROP COLUMN "document_number";
  ALTER TABLE "documents" DROP COLUMN "duplicate_of_id";
  ALTER TABLE "documents" DROP COLUMN "encryption_key_id";
  ALTER TABLE "documents" DROP COLUMN "wrapped_key";`)
}
