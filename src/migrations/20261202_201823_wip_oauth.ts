import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "customers_identities" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"provider" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"email" varchar,
  	"linked_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_identities" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"provider" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"email" varchar,
  	"linked_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "customers_identities" ADD CONSTRAINT "customers_identities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_identities" ADD CONSTRAINT "users_identities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "customers_identities_order_idx" ON "customers_identities" USING btree ("_order");
  CREATE INDEX "customers_identities_parent_id_idx" ON "customers_identities" USING btree ("_parent_id");
  CREATE INDEX "customers_identities_subject_idx" ON "customers_identities" USING btree ("subject");
  CREATE INDEX "users_identities_order_idx" ON "users_identities" USING btree ("_order");
  CREATE INDEX "users_identities_parent_id_idx" ON "users_identities" USING btree ("_parent_id");
  CREATE INDEX "users_identities_subject_idx" ON "users_identities" USING btree ("subject");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "customers_identities" CASCADE;
  DROP TABLE "users_identities" CASCADE;`)
}
