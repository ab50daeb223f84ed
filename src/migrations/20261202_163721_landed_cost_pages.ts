import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Generated, then given the data moves the generator leaves out (marked "Data:"): a vehicle's colour
 * and equipment become localized and keep their values as the default locale's (fr); an agreement's
 * new French name is filled for the seeded agreements and copied from the English one otherwise,
 * before the column becomes NOT NULL.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_vehicles_collector" AS ENUM('age', 'attested', 'not_collector');
  CREATE TYPE "public"."enum_vehicles_type_approval" AS ENUM('unknown', 'eu', 'none');
  CREATE TYPE "public"."enum__vehicles_v_version_collector" AS ENUM('age', 'attested', 'not_collector');
  CREATE TYPE "public"."enum__vehicles_v_version_type_approval" AS ENUM('unknown', 'eu', 'none');
  CREATE TYPE "public"."enum_import_rules_settings_weight_band_edges" AS ENUM('bothEnds', 'aboveLowerEdge');
  CREATE TYPE "public"."enum_import_rules_exchange_currency" AS ENUM('JPY', 'USD', 'GBP', 'CHF', 'CNY');
  CREATE TYPE "public"."enum__import_rules_v_version_settings_weight_band_edges" AS ENUM('bothEnds', 'aboveLowerEdge');
  ALTER TYPE "public"."enum_vehicles_price_currency" ADD VALUE 'JPY';
  ALTER TYPE "public"."enum_vehicles_price_currency" ADD VALUE 'USD';
  ALTER TYPE "public"."enum_vehicles_price_currency" ADD VALUE 'GBP';
  ALTER TYPE "public"."enum_vehicles_price_currency" ADD VALUE 'CHF';
  ALTER TYPE "public"."enum_vehicles_price_currency" ADD VALUE 'CNY';
  ALTER TYPE "public"."enum__vehicles_v_version_price_currency" ADD VALUE 'JPY';
  ALTER TYPE "public"."enum__vehicles_v_version_price_currency" ADD VALUE 'USD';
  ALTER TYPE "public"."enum__vehicles_v_version_price_currency" ADD VALUE 'GBP';
  ALTER TYPE "public"."enum__vehicles_v_version_price_currency" ADD VALUE 'CHF';
  ALTER TYPE "public"."enum__vehicles_v_version_price_currency" ADD VALUE 'CNY';
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
  
  CREATE TABLE "import_rules_exchange_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"currency" "enum_import_rules_exchange_currency" NOT NULL,
  	"per_euro" varchar NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_exchange_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"currency" "enum_import_rules_exchange_currency" NOT NULL,
  	"per_euro" varchar NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "vehicles" ADD COLUMN "collector" "enum_vehicles_collector" DEFAULT 'age';
  ALTER TABLE "vehicles" ADD COLUMN "type_approval" "enum_vehicles_type_approval" DEFAULT 'unknown';
  ALTER TABLE "vehicles_locales" ADD COLUMN "colour" varchar;
  ALTER TABLE "vehicles_texts" ADD COLUMN "locale" "_locales";
  ALTER TABLE "_vehicles_v" ADD COLUMN "version_collector" "enum__vehicles_v_version_collector" DEFAULT 'age';
  ALTER TABLE "_vehicles_v" ADD COLUMN "version_type_approval" "enum__vehicles_v_version_type_approval" DEFAULT 'unknown';
  ALTER TABLE "_vehicles_v_locales" ADD COLUMN "version_colour" varchar;
  ALTER TABLE "_vehicles_v_texts" ADD COLUMN "locale" "_locales";
  ALTER TABLE "quotes_lines" ADD COLUMN "in_customs_value" boolean;
  ALTER TABLE "quotes_lines" ADD COLUMN "in_import_vat_base" boolean;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_clearance_date" timestamp(3) with time zone;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_expected_arrival" timestamp(3) with time zone;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_port_handling" numeric;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_exchange_rate_per_euro" varchar;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_exchange_rate_date" timestamp(3) with time zone;
  ALTER TABLE "site_settings_quote_defaults_transport" ADD COLUMN "port_handling" numeric;
  ALTER TABLE "site_settings_quote_defaults_transport" ADD COLUMN "insurance" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "quote_defaults_collector_attestation" numeric;
  ALTER TABLE "import_rules_settings" ADD COLUMN "weight_band_edges" "enum_import_rules_settings_weight_band_edges" DEFAULT 'bothEnds' NOT NULL;
  ALTER TABLE "import_rules_customs_duty_preferences" ADD COLUMN "label_fr" varchar;
  ALTER TABLE "_import_rules_v_version_settings" ADD COLUMN "weight_band_edges" "enum__import_rules_v_version_settings_weight_band_edges" DEFAULT 'bothEnds' NOT NULL;
  ALTER TABLE "_import_rules_v_version_customs_duty_preferences" ADD COLUMN "label_fr" varchar;

  -- Data: French names of the agreements, then the column may refuse an empty one.
  UPDATE "import_rules_customs_duty_preferences" SET "label_fr" = CASE "label"
    WHEN 'EU–Japan EPA' THEN 'Accord de partenariat économique UE–Japon'
    WHEN 'Reg. (EU) 2026/1455' THEN 'Règlement (UE) 2026/1455'
    WHEN 'EU–UK TCA' THEN 'Accord de commerce et de coopération UE–Royaume-Uni'
    WHEN 'EU–Switzerland FTA' THEN 'Accord de libre-échange UE–Suisse'
    ELSE "label" END;
  UPDATE "_import_rules_v_version_customs_duty_preferences" SET "label_fr" = CASE "label"
    WHEN 'EU–Japan EPA' THEN 'Accord de partenariat économique UE–Japon'
    WHEN 'Reg. (EU) 2026/1455' THEN 'Règlement (UE) 2026/1455'
    WHEN 'EU–UK TCA' THEN 'Accord de commerce et de coopération UE–Royaume-Uni'
    WHEN 'EU–Switzerland FTA' THEN 'Accord de libre-échange UE–Suisse'
    ELSE "label" END;
  ALTER TABLE "import_rules_customs_duty_preferences" ALTER COLUMN "label_fr" SET NOT NULL;
  ALTER TABLE "_import_rules_v_version_customs_duty_preferences" ALTER COLUMN "label_fr" SET NOT NULL;

  -- Data: the colour moves to the default locale's row, created when the vehicle has none.
  INSERT INTO "vehicles_locales" ("_locale", "_parent_id", "colour")
    SELECT 'fr', "id", "colour" FROM "vehicles" WHERE "colour" IS NOT NULL
    ON CONFLICT ("_locale", "_parent_id") DO UPDATE SET "colour" = EXCLUDED."colour";
  INSERT INTO "_vehicles_v_locales" ("_locale", "_parent_id", "version_colour")
    SELECT 'fr', "id", "version_colour" FROM "_vehicles_v" WHERE "version_colour" IS NOT NULL
    ON CONFLICT ("_locale", "_parent_id") DO UPDATE SET "version_colour" = EXCLUDED."version_colour";
  -- Data: the equipment (the only hasMany text of a vehicle) becomes the default locale's.
  UPDATE "vehicles_texts" SET "locale" = 'fr' WHERE "locale" IS NULL;
  UPDATE "_vehicles_v_texts" SET "locale" = 'fr' WHERE "locale" IS NULL;

  ALTER TABLE "quotes_pricing_inputs_other_services" ADD CONSTRAINT "quotes_pricing_inputs_other_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_exchange_rates" ADD CONSTRAINT "import_rules_exchange_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_exchange_rates" ADD CONSTRAINT "_import_rules_v_version_exchange_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "quotes_pricing_inputs_other_services_order_idx" ON "quotes_pricing_inputs_other_services" USING btree ("_order");
  CREATE INDEX "quotes_pricing_inputs_other_services_parent_id_idx" ON "quotes_pricing_inputs_other_services" USING btree ("_parent_id");
  CREATE INDEX "import_rules_exchange_rates_order_idx" ON "import_rules_exchange_rates" USING btree ("_order");
  CREATE INDEX "import_rules_exchange_rates_parent_id_idx" ON "import_rules_exchange_rates" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_exchange_rates_order_idx" ON "_import_rules_v_version_exchange_rates" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_exchange_rates_parent_id_idx" ON "_import_rules_v_version_exchange_rates" USING btree ("_parent_id");
  CREATE INDEX "vehicles_texts_locale_parent" ON "vehicles_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_vehicles_v_texts_locale_parent" ON "_vehicles_v_texts" USING btree ("locale","parent_id");
  ALTER TABLE "vehicles" DROP COLUMN "colour";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_colour";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quotes_pricing_inputs_other_services" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_exchange_rates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_exchange_rates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "quotes_pricing_inputs_other_services" CASCADE;
  DROP TABLE "import_rules_exchange_rates" CASCADE;
  DROP TABLE "_import_rules_v_version_exchange_rates" CASCADE;
  ALTER TABLE "vehicles" ALTER COLUMN "price_currency" SET DATA TYPE text;
  ALTER TABLE "vehicles" ALTER COLUMN "price_currency" SET DEFAULT 'EUR'::text;
  DROP TYPE "public"."enum_vehicles_price_currency";
  CREATE TYPE "public"."enum_vehicles_price_currency" AS ENUM('EUR');
  ALTER TABLE "vehicles" ALTER COLUMN "price_currency" SET DEFAULT 'EUR'::"public"."enum_vehicles_price_currency";
  ALTER TABLE "vehicles" ALTER COLUMN "price_currency" SET DATA TYPE "public"."enum_vehicles_price_currency" USING "price_currency"::"public"."enum_vehicles_price_currency";
  ALTER TABLE "_vehicles_v" ALTER COLUMN "version_price_currency" SET DATA TYPE text;
  ALTER TABLE "_vehicles_v" ALTER COLUMN "version_price_currency" SET DEFAULT 'EUR'::text;
  DROP TYPE "public"."enum__vehicles_v_version_price_currency";
  CREATE TYPE "public"."enum__vehicles_v_version_price_currency" AS ENUM('EUR');
  ALTER TABLE "_vehicles_v" ALTER COLUMN "version_price_currency" SET DEFAULT 'EUR'::"public"."enum__vehicles_v_version_price_currency";
  ALTER TABLE "_vehicles_v" ALTER COLUMN "version_price_currency" SET DATA TYPE "public"."enum__vehicles_v_version_price_currency" USING "version_price_currency"::"public"."enum__vehicles_v_version_price_currency";
  ALTER TABLE "quotes_lines" ALTER COLUMN "code" SET DATA TYPE text;
  -- Data: before port handling had its own code, it was an "other" line.
  UPDATE "quotes_lines" SET "code" = 'other' WHERE "code" = 'port_handling';
  DROP TYPE "public"."enum_quotes_lines_code";
  CREATE TYPE "public"."enum_quotes_lines_code" AS ENUM('vehicle', 'transport', 'insurance', 'inland_transport', 'customs_duty', 'countervailing_duty', 'import_vat', 'vat_new_vehicle', 'co2_malus', 'weight_malus', 'regional_tax', 'y4', 'y5', 'coc', 'rti', 'technical_inspection', 'broker', 'discount', 'other');
  ALTER TABLE "quotes_lines" ALTER COLUMN "code" SET DATA TYPE "public"."enum_quotes_lines_code" USING "code"::"public"."enum_quotes_lines_code";
  DROP INDEX "vehicles_texts_locale_parent";
  DROP INDEX "_vehicles_v_texts_locale_parent";
  ALTER TABLE "vehicles" ADD COLUMN "colour" varchar;
  ALTER TABLE "_vehicles_v" ADD COLUMN "version_colour" varchar;

  -- Data: the default locale's colour and equipment stay; the other languages' go.
  UPDATE "vehicles" SET "colour" = l."colour"
    FROM "vehicles_locales" l WHERE l."_parent_id" = "vehicles"."id" AND l."_locale" = 'fr';
  UPDATE "_vehicles_v" SET "version_colour" = l."version_colour"
    FROM "_vehicles_v_locales" l WHERE l."_parent_id" = "_vehicles_v"."id" AND l."_locale" = 'fr';
  DELETE FROM "vehicles_texts" WHERE "locale" IS DISTINCT FROM 'fr';
  DELETE FROM "_vehicles_v_texts" WHERE "locale" IS DISTINCT FROM 'fr';

  ALTER TABLE "vehicles" DROP COLUMN "collector";
  ALTER TABLE "vehicles" DROP COLUMN "type_approval";
  ALTER TABLE "vehicles_locales" DROP COLUMN "colour";
  ALTER TABLE "vehicles_texts" DROP COLUMN "locale";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_collector";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_type_approval";
  ALTER TABLE "_vehicles_v_locales" DROP COLUMN "version_colour";
  ALTER TABLE "_vehicles_v_texts" DROP COLUMN "locale";
  ALTER TABLE "quotes_lines" DROP COLUMN "in_customs_value";
  ALTER TABLE "quotes_lines" DROP COLUMN "in_import_vat_base";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_clearance_date";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_expected_arrival";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_port_handling";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_exchange_rate_per_euro";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_exchange_rate_date";
  ALTER TABLE "site_settings_quote_defaults_transport" DROP COLUMN "port_handling";
  ALTER TABLE "site_settings_quote_defaults_transport" DROP COLUMN "insurance";
  ALTER TABLE "site_settings" DROP COLUMN "quote_defaults_collector_attestation";
  ALTER TABLE "import_rules_settings" DROP COLUMN "weight_band_edges";
  ALTER TABLE "import_rules_customs_duty_preferences" DROP COLUMN "label_fr";
  ALTER TABLE "_import_rules_v_version_settings" DROP COLUMN "weight_band_edges";
  ALTER TABLE "_import_rules_v_version_customs_duty_preferences" DROP COLUMN "label_fr";
  DROP TYPE "public"."enum_vehicles_collector";
  DROP TYPE "public"."enum_vehicles_type_approval";
  DROP TYPE "public"."enum__vehicles_v_version_collector";
  DROP TYPE "public"."enum__vehicles_v_version_type_approval";
  DROP TYPE "public"."enum_import_rules_settings_weight_band_edges";
  DROP TYPE "public"."enum_import_rules_exchange_currency";
  DROP TYPE "public"."enum__import_rules_v_version_settings_weight_band_edges";`)
}
