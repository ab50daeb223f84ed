import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_quotes_lines_code" ADD VALUE 'port_handling' BEFORE 'inland_transport';
  CREATE TABLE "quotes_pricing_inputs_other_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label_fr" varchar NOT NULL,
  	"label" varchar NOT NULL,
  	"amount" numeric NOT NULL,
  	"vat_included" boolean DEFAULT true,
  	"in_customs_value" boolean DEFAULT false,
  	"in_import_vat_base" boolean DEFAULT false
  );
  
  ALTER TABLE "quotes_lines" ADD COLUMN "in_customs_value" boolean;
  ALTER TABLE "quotes_lines" ADD COLUMN "in_import_vat_base" boolean;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_clearance_date" timestamp(3) with time zone;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_expected_arrival" timestamp(3) with time zone;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_port_handling" numeric;
  ALTER TABLE "site_settings_quote_defaults_transport" ADD COLUMN "port_handling" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "quote_defaults_collector_attestation" numeric;
  ALTER TABLE "quotes_pricing_inputs_other_services" ADD CONSTRAINT "quotes_pricing_inputs_other_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "quotes_pricing_inputs_other_services_order_idx" ON "quotes_pricing_inputs_other_services" USING btree ("_order");
  CREATE INDEX "quotes_pricing_inputs_other_services_parent_id_idx" ON "quotes_pricing_inputs_other_services" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "quotes_pricing_inputs_other_services" CASCADE;
  ALTER TABLE "quotes_lines" ALTER COLUMN "code" SET DATA TYPE text;
  DROP TYPE "public"."enum_quotes_lines_code";
  CREATE TYPE "public"."enum_quotes_lines_code" AS ENUM('vehicle', 'transport', 'insurance', 'inland_transport', 'customs_duty', 'countervailing_duty', 'import_vat', 'vat_new_vehicle', 'co2_malus', 'weight_malus', 'regional_tax', 'y4', 'y5', 'coc', 'rti', 'technical_inspection', 'broker', 'discount', 'other');
  ALTER TABLE "quotes_lines" ALTER COLUMN "code" SET DATA TYPE "public"."enum_quotes_lines_code" USING "code"::"public"."enum_quotes_lines_code";
  ALTER TABLE "quotes_lines" DROP COLUMN "in_customs_value";
  ALTER TABLE "quotes_lines" DROP COLUMN "in_import_vat_base";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_clearance_date";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_expected_arrival";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_port_handling";
  ALTER TABLE "site_settings_quote_defaults_transport" DROP COLUMN "port_handling";
  ALTER TABLE "site_settings" DROP COLUMN "quote_defaults_collector_attestation";`)
}
