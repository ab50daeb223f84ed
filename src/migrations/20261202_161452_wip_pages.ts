import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Generated, then given the data moves the generator leaves out (marked "Data:"): a vehicle's colour
 * and equipment become localized and keep their values as the default locale's (fr); an agreement's
 * new French name is filled for the seeded agreements and copied from the English one otherwise,
 * before the column becomes NOT NULL.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vehicles_locales" ADD COLUMN "colour" varchar;
  ALTER TABLE "vehicles_texts" ADD COLUMN "locale" "_locales";
  ALTER TABLE "_vehicles_v_locales" ADD COLUMN "version_colour" varchar;
  ALTER TABLE "_vehicles_v_texts" ADD COLUMN "locale" "_locales";
  ALTER TABLE "import_rules_customs_duty_preferences" ADD COLUMN "label_fr" varchar;
  ALTER TABLE "_import_rules_v_version_customs_duty_preferences" ADD COLUMN "label_fr" varchar;

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
  -- Data: French names of the agreements.
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

  CREATE INDEX "vehicles_texts_locale_parent" ON "vehicles_texts" USING btree ("locale","parent_id");
  CREATE INDEX "_vehicles_v_texts_locale_parent" ON "_vehicles_v_texts" USING btree ("locale","parent_id");
  ALTER TABLE "vehicles" DROP COLUMN "colour";
  ALTER TABLE "_vehicles_v" DROP COLUMN "version_colour";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
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

  ALTER TABLE "vehicles_locales" DROP COLUMN "colour";
  ALTER TABLE "vehicles_texts" DROP COLUMN "locale";
  ALTER TABLE "_vehicles_v_locales" DROP COLUMN "version_colour";
  ALTER TABLE "_vehicles_v_texts" DROP COLUMN "locale";
  ALTER TABLE "import_rules_customs_duty_preferences" DROP COLUMN "label_fr";
  ALTER TABLE "_import_rules_v_version_customs_duty_preferences" DROP COLUMN "label_fr";`)
}
