import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_vehicles_collector" AS ENUM('age', 'attested', 'not_collector');
  CREATE TYPE "public"."enum_vehicles_type_approval" AS ENUM('unknown', 'eu', 'none');
  CREATE TYPE "public"."enum__vehicles_v_version_collector" AS ENUM('age', 'attested', 'not_collector');
  CREATE TYPE "public"."enum__vehicles_v_version_type_approval" AS ENUM('unknown', 'eu', 'none');
  CREATE TYPE "public"."enum_import_rules_exchange_currency" AS ENUM('JPY', 'USD', 'GBP', 'CHF', 'CNY');
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
  ALTER TABLE "_vehicles_v" ADD COLUMN "version_collector" "enum__vehicles_v_version_collector" DEFAULT 'age';
  ALTER TABLE "_vehicles_v" ADD COLUMN "version_type_approval" "enum__vehicles_v_version_type_approval" DEFAULT 'unknown';
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_exchange_rate_per_euro" varchar;
  ALTER TABLE "quotes" ADD COLUMN "pricing_inputs_exchange_rate_date" timestamp(3) with time zone;
  ALTER TABLE "import_rules_exchange_rates" ADD CONSTRAINT "import_rules_exchange_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_exchange_rates" ADD CONSTRAINT "_import_rules_v_version_exchange_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "import_rules_exchange_rates_order_idx" ON "import_rules_exchange_rates" USING btree ("_order");
  CREATE INDEX "import_rules_exchange_rates_parent_id_idx" ON "import_rules_exchange_rates" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_exchange_rates_order_idx" ON "_import_rules_v_version_exchange_rates" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_exchange_rates_parent_id_idx" ON "_import_rules_v_version_exchange_rates" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
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
  ALTER TABLE "vehicles" DROP COLUMN "collector";
  ALTER TABLE "vehicles" DROP COLUMN "type_approval";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_collector";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_type_approval";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_exchange_rate_per_euro";
  ALTER TABLE "quotes" DROP COLUMN "pricing_inputs_exchange_rate_date";
  DROP TYPE "public"."enum_vehicles_collector";
  DROP TYPE "public"."enum_vehicles_type_approval";
  DROP TYPE "public"."enum__vehicles_v_version_collector";
  DROP TYPE "public"."enum__vehicles_v_version_type_approval";
  DROP TYPE "public"."enum_import_rules_exchange_currency";`)
}
