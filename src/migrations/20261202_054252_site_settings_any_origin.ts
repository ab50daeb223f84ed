import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_quote_defaults_transport" ALTER COLUMN "origin" SET DATA TYPE text;
  UPDATE "site_settings_quote_defaults_transport" SET "origin" = 'any' WHERE "origin" = '*';
  DROP TYPE "public"."enum_site_settings_quote_defaults_transport_origin";
  CREATE TYPE "public"."enum_site_settings_quote_defaults_transport_origin" AS ENUM('any', 'FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  ALTER TABLE "site_settings_quote_defaults_transport" ALTER COLUMN "origin" SET DATA TYPE "public"."enum_site_settings_quote_defaults_transport_origin" USING "origin"::"public"."enum_site_settings_quote_defaults_transport_origin";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_quote_defaults_transport" ALTER COLUMN "origin" SET DATA TYPE text;
  UPDATE "site_settings_quote_defaults_transport" SET "origin" = '*' WHERE "origin" = 'any';
  DROP TYPE "public"."enum_site_settings_quote_defaults_transport_origin";
  CREATE TYPE "public"."enum_site_settings_quote_defaults_transport_origin" AS ENUM('*', 'FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  ALTER TABLE "site_settings_quote_defaults_transport" ALTER COLUMN "origin" SET DATA TYPE "public"."enum_site_settings_quote_defaults_transport_origin" USING "origin"::"public"."enum_site_settings_quote_defaults_transport_origin";`)
}
