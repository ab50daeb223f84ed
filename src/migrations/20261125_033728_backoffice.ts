import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_vehicles_fuel" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum_vehicles_transmission" AS ENUM('manual', 'automatic');
  CREATE TYPE "public"."enum_vehicles_body" AS ENUM('sedan', 'hatchback', 'estate', 'suv', 'coupe', 'convertible', 'mpv', 'pickup', 'van');
  CREATE TYPE "public"."enum_vehicles_euro_norm" AS ENUM('euro1', 'euro2', 'euro3', 'euro4', 'euro5', 'euro6', 'euro6d', 'euro7', 'none');
  CREATE TYPE "public"."enum_vehicles_stock_status" AS ENUM('draft', 'available', 'reserved', 'sold', 'in_transit', 'delivered');
  CREATE TYPE "public"."enum_vehicles_price_currency" AS ENUM('EUR');
  CREATE TYPE "public"."enum_vehicles_origin_country" AS ENUM('FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  CREATE TYPE "public"."enum_vehicles_seller_type" AS ENUM('dealer', 'private');
  CREATE TYPE "public"."enum_vehicles_location_country" AS ENUM('FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  CREATE TYPE "public"."enum_vehicles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__vehicles_v_version_fuel" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum__vehicles_v_version_transmission" AS ENUM('manual', 'automatic');
  CREATE TYPE "public"."enum__vehicles_v_version_body" AS ENUM('sedan', 'hatchback', 'estate', 'suv', 'coupe', 'convertible', 'mpv', 'pickup', 'van');
  CREATE TYPE "public"."enum__vehicles_v_version_euro_norm" AS ENUM('euro1', 'euro2', 'euro3', 'euro4', 'euro5', 'euro6', 'euro6d', 'euro7', 'none');
  CREATE TYPE "public"."enum__vehicles_v_version_price_currency" AS ENUM('EUR');
  CREATE TYPE "public"."enum__vehicles_v_version_origin_country" AS ENUM('FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  CREATE TYPE "public"."enum__vehicles_v_version_seller_type" AS ENUM('dealer', 'private');
  CREATE TYPE "public"."enum__vehicles_v_version_location_country" AS ENUM('FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  CREATE TYPE "public"."enum__vehicles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__vehicles_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_quotes_lines_code" AS ENUM('vehicle', 'transport', 'insurance', 'inland_transport', 'customs_duty', 'countervailing_duty', 'import_vat', 'vat_new_vehicle', 'co2_malus', 'weight_malus', 'regional_tax', 'y4', 'y5', 'coc', 'rti', 'technical_inspection', 'broker', 'discount', 'other');
  CREATE TYPE "public"."enum_quotes_status" AS ENUM('requested', 'in_progress', 'sent', 'accepted', 'declined', 'expired', 'converted');
  CREATE TYPE "public"."enum_quotes_kind" AS ENUM('stock', 'sourcing');
  CREATE TYPE "public"."enum_quotes_sourcing_fuel" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum_quotes_sourcing_transmission" AS ENUM('manual', 'automatic');
  CREATE TYPE "public"."enum_quotes_destination_country" AS ENUM('FR');
  CREATE TYPE "public"."enum_quotes_destination_region" AS ENUM('ARA', 'BFC', 'BRE', 'CVL', 'COR', 'GES', 'HDF', 'IDF', 'NOR', 'NAQ', 'OCC', 'PDL', 'PAC');
  CREATE TYPE "public"."enum_quotes_deposit_kind" AS ENUM('percent', 'fixed');
  CREATE TYPE "public"."enum_quotes_margin_kind" AS ENUM('fixed', 'percent');
  CREATE TYPE "public"."enum_orders_timeline_status" AS ENUM('awaiting_deposit', 'deposit_paid', 'vehicle_purchased', 'transport_booked', 'shipped', 'arrived', 'customs_cleared', 'homologated', 'registered', 'ready', 'delivered', 'cancelled');
  CREATE TYPE "public"."enum_orders_timeline_from" AS ENUM('awaiting_deposit', 'deposit_paid', 'vehicle_purchased', 'transport_booked', 'shipped', 'arrived', 'customs_cleared', 'homologated', 'registered', 'ready', 'delivered', 'cancelled');
  CREATE TYPE "public"."enum_orders_status" AS ENUM('awaiting_deposit', 'deposit_paid', 'vehicle_purchased', 'transport_booked', 'shipped', 'arrived', 'customs_cleared', 'homologated', 'registered', 'ready', 'delivered', 'cancelled');
  CREATE TYPE "public"."enum_payments_provider" AS ENUM('bank_transfer', 'stripe', 'paypal');
  CREATE TYPE "public"."enum_payments_kind" AS ENUM('deposit', 'balance', 'refund');
  CREATE TYPE "public"."enum_payments_status" AS ENUM('pending', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_payments_currency" AS ENUM('EUR');
  CREATE TYPE "public"."enum_customers_consent_history_channel" AS ENUM('marketingEmail', 'sms');
  CREATE TYPE "public"."enum_customers_address_region" AS ENUM('ARA', 'BFC', 'BRE', 'CVL', 'COR', 'GES', 'HDF', 'IDF', 'NOR', 'NAQ', 'OCC', 'PDL', 'PAC');
  CREATE TYPE "public"."enum_customers_country" AS ENUM('FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  CREATE TYPE "public"."enum_customers_language" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_customers_kyc_status" AS ENUM('not_started', 'pending', 'verified', 'rejected');
  CREATE TYPE "public"."enum_customers_erasure_status" AS ENUM('none', 'requested', 'erased');
  CREATE TYPE "public"."enum_documents_type" AS ENUM('identity', 'driving_licence', 'proof_of_address', 'coc', 'invoice', 'bill_of_lading', 'customs_846a', 'registration', 'other');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('pending', 'verified', 'rejected');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_document_access_logs_action" AS ENUM('view', 'download', 'review');
  CREATE TYPE "public"."enum_site_settings_quote_defaults_transport_origin" AS ENUM('*', 'FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  CREATE TYPE "public"."enum_site_settings_showroom_country" AS ENUM('FR', 'DE', 'BE', 'NL', 'LU', 'IT', 'ES', 'PT', 'AT', 'SE', 'DK', 'PL', 'CZ', 'IE', 'GB', 'CH', 'NO', 'JP', 'US', 'CA', 'KR', 'CN', 'AE');
  CREATE TYPE "public"."enum_import_rules_settings_grid_year_reading" AS ENUM('firstRegistration', 'currentYear');
  CREATE TYPE "public"."enum_import_rules_settings_idf_majoration_reading" AS ENUM('perCv', 'flat');
  CREATE TYPE "public"."enum_import_rules_settings_regional_tax_rounding" AS ENUM('keepCents', 'R-Y6');
  CREATE TYPE "public"."enum_import_rules_co2_grids_kind" AS ENUM('WLTP', 'NEDC');
  CREATE TYPE "public"."enum_import_rules_co2_exemptions_energies" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum_import_rules_age_reduction_kind" AS ENUM('months', 'perStartedYear');
  CREATE TYPE "public"."enum_import_rules_weight_malus_allowances_energy" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum_import_rules_weight_malus_allowances_kind" AS ENUM('exempt', 'allowance');
  CREATE TYPE "public"."enum_import_rules_regional_tax_rates_region" AS ENUM('ARA', 'BFC', 'BRE', 'CVL', 'COR', 'GES', 'HDF', 'IDF', 'NOR', 'NAQ', 'OCC', 'PDL', 'PAC');
  CREATE TYPE "public"."enum_import_rules_regional_tax_ev_policies_region" AS ENUM('ARA', 'BFC', 'BRE', 'CVL', 'COR', 'GES', 'HDF', 'IDF', 'NOR', 'NAQ', 'OCC', 'PDL', 'PAC');
  CREATE TYPE "public"."enum_import_rules_regional_tax_ev_policies_policy" AS ENUM('full', 'half', 'zero');
  CREATE TYPE "public"."enum_import_rules_ev_energies" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum_import_rules_cvd_energies" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum_import_rules_fixed_taxes_code" AS ENUM('y4', 'y5');
  CREATE TYPE "public"."enum_import_rules_currency" AS ENUM('EUR');
  CREATE TYPE "public"."enum__import_rules_v_version_settings_grid_year_reading" AS ENUM('firstRegistration', 'currentYear');
  CREATE TYPE "public"."enum__import_rules_v_version_settings_idf_majoration_reading" AS ENUM('perCv', 'flat');
  CREATE TYPE "public"."enum__import_rules_v_version_settings_regional_tax_rounding" AS ENUM('keepCents', 'R-Y6');
  CREATE TYPE "public"."enum__import_rules_v_version_co2_grids_kind" AS ENUM('WLTP', 'NEDC');
  CREATE TYPE "public"."enum__import_rules_v_version_co2_exemptions_energies" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum__import_rules_v_version_age_reduction_kind" AS ENUM('months', 'perStartedYear');
  CREATE TYPE "public"."enum__import_rules_v_version_weight_malus_allowances_energy" AS ENUM('petrol', 'diesel', 'hybrid', 'plugin_hybrid', 'electric', 'hydrogen', 'lpg', 'other');
  CREATE TYPE "public"."enum__import_rules_v_version_weight_malus_allowances_kind" AS ENUM('exempt', 'allowance');
  CREATE TYPE "public"."enum__import_rules_v_version_regional_tax_rates_region" AS ENUM('ARA', 'BFC', 'BRE', 'CVL', 'COR', 'GES', 'HDF', 'IDF', 'NOR', 'NAQ', 'OCC', 'PDL', 'PAC');
  CREATE TYPE "public"."enum__import_rules_v_version_regional_tax_ev_policies_region" AS ENUM('ARA', 'BFC', 'BRE', 'CVL', 'COR', 'GES', 'HDF', 'IDF', 'NOR', 'NAQ', 'OCC', 'PDL', 'PAC');
  CREATE TYPE "public"."enum__import_rules_v_version_regional_tax_ev_policies_policy" AS ENUM('full', 'half', 'zero');
  CREATE TYPE "public"."enum__import_rules_v_version_fixed_taxes_code" AS ENUM('y4', 'y5');
  CREATE TYPE "public"."enum__import_rules_v_version_currency" AS ENUM('EUR');
  CREATE TABLE "vehicles" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"vin" varchar,
  	"make" varchar,
  	"model" varchar,
  	"trim" varchar,
  	"year" numeric,
  	"first_registration_date" timestamp(3) with time zone,
  	"mileage_km" numeric,
  	"fuel" "enum_vehicles_fuel",
  	"transmission" "enum_vehicles_transmission",
  	"body" "enum_vehicles_body",
  	"power_kw" numeric,
  	"power_hp" numeric,
  	"fiscal_hp" numeric,
  	"co2_wltp_g_km" numeric,
  	"co2_nedc_g_km" numeric,
  	"euro_norm" "enum_vehicles_euro_norm",
  	"mass_kg" numeric,
  	"electric_range_km" numeric,
  	"colour" varchar,
  	"doors" numeric,
  	"seats" numeric,
  	"status" "enum_vehicles_stock_status" DEFAULT 'available',
  	"price_amount" numeric,
  	"price_currency" "enum_vehicles_price_currency" DEFAULT 'EUR',
  	"origin_country" "enum_vehicles_origin_country",
  	"seller_type" "enum_vehicles_seller_type" DEFAULT 'dealer',
  	"in_eu_free_circulation" boolean,
  	"has_coc" boolean,
  	"origin_statement" boolean,
  	"location_address" varchar,
  	"location_postcode" varchar,
  	"location_city" varchar,
  	"location_country" "enum_vehicles_location_country",
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"featured" boolean,
  	"internal_supplier" varchar,
  	"internal_purchase_cost" numeric,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_vehicles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "vehicles_locales" (
  	"headline" varchar,
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "vehicles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "vehicles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "_vehicles_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_vin" varchar,
  	"version_make" varchar,
  	"version_model" varchar,
  	"version_trim" varchar,
  	"version_year" numeric,
  	"version_first_registration_date" timestamp(3) with time zone,
  	"version_mileage_km" numeric,
  	"version_fuel" "enum__vehicles_v_version_fuel",
  	"version_transmission" "enum__vehicles_v_version_transmission",
  	"version_body" "enum__vehicles_v_version_body",
  	"version_power_kw" numeric,
  	"version_power_hp" numeric,
  	"version_fiscal_hp" numeric,
  	"version_co2_wltp_g_km" numeric,
  	"version_co2_nedc_g_km" numeric,
  	"version_euro_norm" "enum__vehicles_v_version_euro_norm",
  	"version_mass_kg" numeric,
  	"version_electric_range_km" numeric,
  	"version_colour" varchar,
  	"version_doors" numeric,
  	"version_seats" numeric,
  	"version_status" "enum_vehicles_stock_status" DEFAULT 'available',
  	"version_price_amount" numeric,
  	"version_price_currency" "enum__vehicles_v_version_price_currency" DEFAULT 'EUR',
  	"version_origin_country" "enum__vehicles_v_version_origin_country",
  	"version_seller_type" "enum__vehicles_v_version_seller_type" DEFAULT 'dealer',
  	"version_in_eu_free_circulation" boolean,
  	"version_has_coc" boolean,
  	"version_origin_statement" boolean,
  	"version_location_address" varchar,
  	"version_location_postcode" varchar,
  	"version_location_city" varchar,
  	"version_location_country" "enum__vehicles_v_version_location_country",
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_featured" boolean,
  	"version_internal_supplier" varchar,
  	"version_internal_purchase_cost" numeric,
  	"version_internal_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__vehicles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__vehicles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_vehicles_v_locales" (
  	"version_headline" varchar,
  	"version_description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_vehicles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_vehicles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "quotes_lines" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" "enum_quotes_lines_code" NOT NULL,
  	"label" varchar NOT NULL,
  	"amount" numeric NOT NULL,
  	"override" numeric,
  	"vat_included" boolean DEFAULT true,
  	"rule" varchar
  );
  
  CREATE TABLE "quotes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"number" varchar,
  	"status" "enum_quotes_status" DEFAULT 'requested' NOT NULL,
  	"decline_reason" varchar,
  	"customer_id" uuid NOT NULL,
  	"kind" "enum_quotes_kind" DEFAULT 'stock' NOT NULL,
  	"vehicle_id" uuid,
  	"sourcing_make" varchar,
  	"sourcing_model" varchar,
  	"sourcing_year_from" numeric,
  	"sourcing_year_to" numeric,
  	"sourcing_budget" numeric,
  	"sourcing_fuel" "enum_quotes_sourcing_fuel",
  	"sourcing_transmission" "enum_quotes_sourcing_transmission",
  	"sourcing_max_mileage_km" numeric,
  	"sourcing_must_haves" varchar,
  	"destination_country" "enum_quotes_destination_country" DEFAULT 'FR' NOT NULL,
  	"destination_region" "enum_quotes_destination_region" DEFAULT 'IDF' NOT NULL,
  	"customer_message" varchar,
  	"deposit_kind" "enum_quotes_deposit_kind" DEFAULT 'percent',
  	"deposit_percent" numeric DEFAULT 10,
  	"deposit_amount" numeric,
  	"valid_until" timestamp(3) with time zone,
  	"pricing_inputs_registration_date" timestamp(3) with time zone,
  	"pricing_inputs_transport" numeric,
  	"pricing_inputs_insurance" numeric,
  	"pricing_inputs_inland_transport" numeric,
  	"pricing_inputs_coc" numeric,
  	"pricing_inputs_rti" numeric,
  	"pricing_inputs_broker" numeric,
  	"pricing_inputs_technical_inspection" numeric,
  	"margin_kind" "enum_quotes_margin_kind" DEFAULT 'fixed',
  	"margin_amount" numeric,
  	"margin_percent" numeric,
  	"landed_cost" jsonb,
  	"totals_subtotal" numeric,
  	"totals_service_fee" numeric,
  	"totals_total" numeric,
  	"totals_deposit_due" numeric,
  	"totals_balance" numeric,
  	"totals_currency" varchar DEFAULT 'EUR',
  	"sent_at" timestamp(3) with time zone,
  	"answered_at" timestamp(3) with time zone,
  	"order_id" uuid,
  	"assigned_to_id" uuid,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "orders_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" "enum_orders_timeline_status" NOT NULL,
  	"from" "enum_orders_timeline_from",
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" uuid,
  	"note" varchar
  );
  
  CREATE TABLE "orders" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"number" varchar,
  	"status" "enum_orders_status" DEFAULT 'awaiting_deposit' NOT NULL,
  	"quote_id" uuid,
  	"customer_id" uuid NOT NULL,
  	"vehicle_id" uuid,
  	"shipping_carrier" varchar,
  	"shipping_vessel" varchar,
  	"shipping_container_number" varchar,
  	"shipping_booking_reference" varchar,
  	"shipping_port_of_loading" varchar,
  	"shipping_port_of_discharge" varchar,
  	"shipping_etd" timestamp(3) with time zone,
  	"shipping_eta" timestamp(3) with time zone,
  	"shipping_tracking_url" varchar,
  	"registration_plate" varchar,
  	"registration_registered_at" timestamp(3) with time zone,
  	"totals_total" numeric NOT NULL,
  	"totals_deposit_due" numeric,
  	"totals_currency" varchar DEFAULT 'EUR',
  	"amount_paid" numeric,
  	"amount_due" numeric,
  	"assigned_to_id" uuid,
  	"internal_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payments" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"order_id" uuid NOT NULL,
  	"customer_id" uuid,
  	"provider" "enum_payments_provider" DEFAULT 'bank_transfer' NOT NULL,
  	"kind" "enum_payments_kind" DEFAULT 'deposit' NOT NULL,
  	"status" "enum_payments_status" DEFAULT 'succeeded' NOT NULL,
  	"amount" numeric NOT NULL,
  	"currency" "enum_payments_currency" DEFAULT 'EUR' NOT NULL,
  	"received_at" timestamp(3) with time zone,
  	"provider_reference" varchar,
  	"recorded_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "customers_consent_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"channel" "enum_customers_consent_history_channel" NOT NULL,
  	"granted" boolean,
  	"at" timestamp(3) with time zone NOT NULL,
  	"source" varchar,
  	"text_version" varchar
  );
  
  CREATE TABLE "customers_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "customers" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"first_name" varchar,
  	"last_name" varchar,
  	"phone" varchar,
  	"address_line1" varchar,
  	"address_line2" varchar,
  	"address_postcode" varchar,
  	"address_city" varchar,
  	"address_region" "enum_customers_address_region",
  	"country" "enum_customers_country" DEFAULT 'FR',
  	"language" "enum_customers_language" DEFAULT 'fr',
  	"consents_marketing_email_granted" boolean DEFAULT false,
  	"consents_marketing_email_at" timestamp(3) with time zone,
  	"consents_marketing_email_source" varchar,
  	"consents_marketing_email_text_version" varchar,
  	"consents_sms_granted" boolean DEFAULT false,
  	"consents_sms_at" timestamp(3) with time zone,
  	"consents_sms_source" varchar,
  	"consents_sms_text_version" varchar,
  	"kyc_status" "enum_customers_kyc_status" DEFAULT 'not_started',
  	"assigned_to_id" uuid,
  	"internal_notes" varchar,
  	"erasure_status" "enum_customers_erasure_status" DEFAULT 'none',
  	"erasure_requested_at" timestamp(3) with time zone,
  	"erasure_completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"owner_id" uuid NOT NULL,
  	"order_id" uuid,
  	"type" "enum_documents_type" NOT NULL,
  	"status" "enum_documents_status" DEFAULT 'pending' NOT NULL,
  	"rejection_reason" varchar,
  	"reviewed_by_id" uuid,
  	"reviewed_at" timestamp(3) with time zone,
  	"internal_notes" varchar,
  	"sha256" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "pages_blocks_hero_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar
  );
  
  CREATE TABLE "pages_blocks_hero_actions_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" uuid,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_hero_locales" (
  	"kicker" varchar,
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_featured_vehicles" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"limit" numeric DEFAULT 6,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_featured_vehicles_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq_items_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_faq_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_import_steps_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_blocks_import_steps_steps_locales" (
  	"title" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_import_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_import_steps_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"vehicles_id" uuid
  );
  
  CREATE TABLE "_pages_v_blocks_hero_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"href" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero_actions_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"image_id" uuid,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_hero_locales" (
  	"kicker" varchar,
  	"heading" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text_locales" (
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_featured_vehicles" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"limit" numeric DEFAULT 6,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_featured_vehicles_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"href" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action_locales" (
  	"heading" varchar,
  	"text" varchar,
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_faq_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_items_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_faq_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_import_steps_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_import_steps_steps_locales" (
  	"title" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_import_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"_path" text NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_import_steps_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"vehicles_id" uuid
  );
  
  CREATE TABLE "document_access_logs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" uuid NOT NULL,
  	"action" "enum_document_access_logs_action" NOT NULL,
  	"document" varchar NOT NULL,
  	"document_type" varchar,
  	"customer" varchar
  );
  
  CREATE TABLE "counters" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_footer_links_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_quote_defaults_transport" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin" "enum_site_settings_quote_defaults_transport_origin" NOT NULL,
  	"amount" numeric NOT NULL,
  	"inland" numeric
  );
  
  CREATE TABLE "site_settings" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"site_name" varchar DEFAULT 'Autoport' NOT NULL,
  	"showroom_name" varchar,
  	"showroom_address" varchar,
  	"showroom_postcode" varchar,
  	"showroom_city" varchar,
  	"showroom_country" "enum_site_settings_showroom_country" DEFAULT 'FR',
  	"showroom_lat" numeric,
  	"showroom_lng" numeric,
  	"showroom_phone" varchar,
  	"showroom_email" varchar,
  	"quote_defaults_validity_days" numeric DEFAULT 14,
  	"quote_defaults_deposit_percent" numeric DEFAULT 10,
  	"quote_defaults_insurance_percent" numeric DEFAULT 0.5,
  	"quote_defaults_coc_cost" numeric,
  	"quote_defaults_rti_budget" numeric,
  	"quote_defaults_broker_fee" numeric,
  	"quote_defaults_technical_inspection" numeric,
  	"quote_defaults_service_fee" numeric,
  	"bank_details_holder" varchar,
  	"bank_details_iban" varchar,
  	"bank_details_bic" varchar,
  	"bank_details_bank" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"tagline" varchar,
  	"footer_text" varchar,
  	"showroom_opening_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "import_rules_settings" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"grid_year_reading" "enum_import_rules_settings_grid_year_reading" NOT NULL,
  	"idf_majoration_reading" "enum_import_rules_settings_idf_majoration_reading" NOT NULL,
  	"regional_tax_rounding" "enum_import_rules_settings_regional_tax_rounding" NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_co2_grids" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"grid_id" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"kind" "enum_import_rules_co2_grids_kind" NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"steps" varchar NOT NULL,
  	"cap_eur" numeric NOT NULL,
  	"cap_from_g" numeric NOT NULL,
  	"cap_half_price_ttc" boolean DEFAULT false,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_co2_exemptions_energies" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_import_rules_co2_exemptions_energies",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "import_rules_co2_exemptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_age_reduction_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from_month" numeric,
  	"to_month" numeric,
  	"percent" numeric
  );
  
  CREATE TABLE "import_rules_age_reduction" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_import_rules_age_reduction_kind" NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"percent_per_year" numeric,
  	"max_percent" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_weight_malus_grids_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from_kg" numeric NOT NULL,
  	"to_kg" numeric,
  	"eur_per_kg" numeric NOT NULL
  );
  
  CREATE TABLE "import_rules_weight_malus_grids" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"grid_id" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_weight_malus_allowances" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"energy" "enum_import_rules_weight_malus_allowances_energy" NOT NULL,
  	"kind" "enum_import_rules_weight_malus_allowances_kind" NOT NULL,
  	"allowance_kg" numeric,
  	"max_percent_of_mass" numeric,
  	"min_electric_range_km" numeric,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_regional_tax_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"region" "enum_import_rules_regional_tax_rates_region" NOT NULL,
  	"rate_per_cv_cents" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_regional_tax_ev_policies" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"region" "enum_import_rules_regional_tax_ev_policies_region" NOT NULL,
  	"policy" "enum_import_rules_regional_tax_ev_policies_policy" NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_ev_energies" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_import_rules_ev_energies",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "import_rules_idf" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"per_cv_cents" numeric NOT NULL,
  	"flat_cents" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_duty_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rate_percent" numeric NOT NULL,
  	"tariff_heading" varchar NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_customs_duty_preferences" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin_country" varchar NOT NULL,
  	"rate_percent" numeric NOT NULL,
  	"label" varchar NOT NULL,
  	"requires_origin_statement" boolean DEFAULT true,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_cvd_energies" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_import_rules_cvd_energies",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "import_rules_cvd_makers" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"rate_percent" numeric NOT NULL
  );
  
  CREATE TABLE "import_rules_cvd" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"origin_country" varchar NOT NULL,
  	"new_vehicles_only" boolean DEFAULT true,
  	"other_cooperating_rate_percent" numeric NOT NULL,
  	"all_others_rate_percent" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_collector" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"min_age_years" numeric NOT NULL,
  	"tariff_heading" varchar NOT NULL,
  	"duty_percent" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_vat" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"standard_percent" numeric NOT NULL,
  	"collector_percent" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_new_vehicle" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"max_months" numeric NOT NULL,
  	"max_km" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_fixed_taxes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" "enum_import_rules_fixed_taxes_code" NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "import_rules_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source_id" varchar NOT NULL,
  	"read_on" timestamp(3) with time zone NOT NULL,
  	"title" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "import_rules" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"version" varchar NOT NULL,
  	"currency" "enum_import_rules_currency" DEFAULT 'EUR' NOT NULL,
  	"weight_malus_not_before_first_registration" timestamp(3) with time zone NOT NULL,
  	"regional_tax_old_vehicle_above_years" numeric NOT NULL,
  	"regional_tax_old_vehicle_percent_due" numeric NOT NULL,
  	"regional_tax_old_vehicle_note" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "import_rules_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_settings" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"grid_year_reading" "enum__import_rules_v_version_settings_grid_year_reading" NOT NULL,
  	"idf_majoration_reading" "enum__import_rules_v_version_settings_idf_majoration_reading" NOT NULL,
  	"regional_tax_rounding" "enum__import_rules_v_version_settings_regional_tax_rounding" NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_co2_grids" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"grid_id" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"kind" "enum__import_rules_v_version_co2_grids_kind" NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"steps" varchar NOT NULL,
  	"cap_eur" numeric NOT NULL,
  	"cap_from_g" numeric NOT NULL,
  	"cap_half_price_ttc" boolean DEFAULT false,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_co2_exemptions_energies" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum__import_rules_v_version_co2_exemptions_energies",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_import_rules_v_version_co2_exemptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_age_reduction_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"from_month" numeric,
  	"to_month" numeric,
  	"percent" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_age_reduction" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"kind" "enum__import_rules_v_version_age_reduction_kind" NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"percent_per_year" numeric,
  	"max_percent" numeric,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_weight_malus_grids_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"from_kg" numeric NOT NULL,
  	"to_kg" numeric,
  	"eur_per_kg" numeric NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_weight_malus_grids" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"grid_id" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_weight_malus_allowances" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"energy" "enum__import_rules_v_version_weight_malus_allowances_energy" NOT NULL,
  	"kind" "enum__import_rules_v_version_weight_malus_allowances_kind" NOT NULL,
  	"allowance_kg" numeric,
  	"max_percent_of_mass" numeric,
  	"min_electric_range_km" numeric,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_regional_tax_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"region" "enum__import_rules_v_version_regional_tax_rates_region" NOT NULL,
  	"rate_per_cv_cents" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_regional_tax_ev_policies" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"region" "enum__import_rules_v_version_regional_tax_ev_policies_region" NOT NULL,
  	"policy" "enum__import_rules_v_version_regional_tax_ev_policies_policy" NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_ev_energies_v" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_import_rules_ev_energies",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_import_rules_idf_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"per_cv_cents" numeric NOT NULL,
  	"flat_cents" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_duty_rates_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"rate_percent" numeric NOT NULL,
  	"tariff_heading" varchar NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_customs_duty_preferences" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"origin_country" varchar NOT NULL,
  	"rate_percent" numeric NOT NULL,
  	"label" varchar NOT NULL,
  	"requires_origin_statement" boolean DEFAULT true,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_cvd_energies_v" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_import_rules_cvd_energies",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "_import_rules_cvd_makers_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"rate_percent" numeric NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_cvd_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"origin_country" varchar NOT NULL,
  	"new_vehicles_only" boolean DEFAULT true,
  	"other_cooperating_rate_percent" numeric NOT NULL,
  	"all_others_rate_percent" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_collector" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"min_age_years" numeric NOT NULL,
  	"tariff_heading" varchar NOT NULL,
  	"duty_percent" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_vat" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"standard_percent" numeric NOT NULL,
  	"collector_percent" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_new_vehicle" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"max_months" numeric NOT NULL,
  	"max_km" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_fixed_taxes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"code" "enum__import_rules_v_version_fixed_taxes_code" NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"source_id" varchar NOT NULL,
  	"read_on" timestamp(3) with time zone NOT NULL,
  	"title" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_import_rules_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"version_version" varchar NOT NULL,
  	"version_currency" "enum__import_rules_v_version_currency" DEFAULT 'EUR' NOT NULL,
  	"version_weight_malus_not_before_first_registration" timestamp(3) with time zone NOT NULL,
  	"version_regional_tax_old_vehicle_above_years" numeric NOT NULL,
  	"version_regional_tax_old_vehicle_percent_due" numeric NOT NULL,
  	"version_regional_tax_old_vehicle_note" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_import_rules_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "vehicles_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quotes_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "orders_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payments_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "customers_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_access_logs_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "counters_id" uuid;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "customers_id" uuid;
  ALTER TABLE "vehicles_locales" ADD CONSTRAINT "vehicles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."vehicles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vehicles_texts" ADD CONSTRAINT "vehicles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."vehicles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vehicles_rels" ADD CONSTRAINT "vehicles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."vehicles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "vehicles_rels" ADD CONSTRAINT "vehicles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vehicles_v" ADD CONSTRAINT "_vehicles_v_parent_id_vehicles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."vehicles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_vehicles_v_locales" ADD CONSTRAINT "_vehicles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_vehicles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vehicles_v_texts" ADD CONSTRAINT "_vehicles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_vehicles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vehicles_v_rels" ADD CONSTRAINT "_vehicles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_vehicles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_vehicles_v_rels" ADD CONSTRAINT "_vehicles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes_lines" ADD CONSTRAINT "quotes_lines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders_timeline" ADD CONSTRAINT "orders_timeline_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders_timeline" ADD CONSTRAINT "orders_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "customers_consent_history" ADD CONSTRAINT "customers_consent_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "customers_sessions" ADD CONSTRAINT "customers_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "customers" ADD CONSTRAINT "customers_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_customers_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero_actions" ADD CONSTRAINT "pages_blocks_hero_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero_actions_locales" ADD CONSTRAINT "pages_blocks_hero_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero" ADD CONSTRAINT "pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_hero_locales" ADD CONSTRAINT "pages_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text" ADD CONSTRAINT "pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text_locales" ADD CONSTRAINT "pages_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_vehicles" ADD CONSTRAINT "pages_blocks_featured_vehicles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_vehicles_locales" ADD CONSTRAINT "pages_blocks_featured_vehicles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_featured_vehicles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action_locales" ADD CONSTRAINT "pages_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_items" ADD CONSTRAINT "pages_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_items_locales" ADD CONSTRAINT "pages_blocks_faq_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq" ADD CONSTRAINT "pages_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_faq_locales" ADD CONSTRAINT "pages_blocks_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_import_steps_steps" ADD CONSTRAINT "pages_blocks_import_steps_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_import_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_import_steps_steps_locales" ADD CONSTRAINT "pages_blocks_import_steps_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_import_steps_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_import_steps" ADD CONSTRAINT "pages_blocks_import_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_import_steps_locales" ADD CONSTRAINT "pages_blocks_import_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_import_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_vehicles_fk" FOREIGN KEY ("vehicles_id") REFERENCES "public"."vehicles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_actions" ADD CONSTRAINT "_pages_v_blocks_hero_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_actions_locales" ADD CONSTRAINT "_pages_v_blocks_hero_actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero_actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero" ADD CONSTRAINT "_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_hero_locales" ADD CONSTRAINT "_pages_v_blocks_hero_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_hero"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD CONSTRAINT "_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" ADD CONSTRAINT "_pages_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_vehicles" ADD CONSTRAINT "_pages_v_blocks_featured_vehicles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_vehicles_locales" ADD CONSTRAINT "_pages_v_blocks_featured_vehicles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_featured_vehicles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action_locales" ADD CONSTRAINT "_pages_v_blocks_call_to_action_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_items" ADD CONSTRAINT "_pages_v_blocks_faq_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_items_locales" ADD CONSTRAINT "_pages_v_blocks_faq_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq" ADD CONSTRAINT "_pages_v_blocks_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_faq_locales" ADD CONSTRAINT "_pages_v_blocks_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_import_steps_steps" ADD CONSTRAINT "_pages_v_blocks_import_steps_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_import_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_import_steps_steps_locales" ADD CONSTRAINT "_pages_v_blocks_import_steps_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_import_steps_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_import_steps" ADD CONSTRAINT "_pages_v_blocks_import_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_import_steps_locales" ADD CONSTRAINT "_pages_v_blocks_import_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_import_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_vehicles_fk" FOREIGN KEY ("vehicles_id") REFERENCES "public"."vehicles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_access_logs" ADD CONSTRAINT "document_access_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_navigation" ADD CONSTRAINT "site_settings_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation_locales" ADD CONSTRAINT "site_settings_navigation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links" ADD CONSTRAINT "site_settings_footer_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_footer_links_locales" ADD CONSTRAINT "site_settings_footer_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_footer_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_quote_defaults_transport" ADD CONSTRAINT "site_settings_quote_defaults_transport_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_settings" ADD CONSTRAINT "import_rules_settings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_co2_grids" ADD CONSTRAINT "import_rules_co2_grids_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_co2_exemptions_energies" ADD CONSTRAINT "import_rules_co2_exemptions_energies_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."import_rules_co2_exemptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_co2_exemptions" ADD CONSTRAINT "import_rules_co2_exemptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_age_reduction_bands" ADD CONSTRAINT "import_rules_age_reduction_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules_age_reduction"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_age_reduction" ADD CONSTRAINT "import_rules_age_reduction_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_weight_malus_grids_bands" ADD CONSTRAINT "import_rules_weight_malus_grids_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules_weight_malus_grids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_weight_malus_grids" ADD CONSTRAINT "import_rules_weight_malus_grids_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_weight_malus_allowances" ADD CONSTRAINT "import_rules_weight_malus_allowances_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_regional_tax_rates" ADD CONSTRAINT "import_rules_regional_tax_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_regional_tax_ev_policies" ADD CONSTRAINT "import_rules_regional_tax_ev_policies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_ev_energies" ADD CONSTRAINT "import_rules_ev_energies_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_idf" ADD CONSTRAINT "import_rules_idf_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_duty_rates" ADD CONSTRAINT "import_rules_duty_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_customs_duty_preferences" ADD CONSTRAINT "import_rules_customs_duty_preferences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_cvd_energies" ADD CONSTRAINT "import_rules_cvd_energies_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."import_rules_cvd"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_cvd_makers" ADD CONSTRAINT "import_rules_cvd_makers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules_cvd"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_cvd" ADD CONSTRAINT "import_rules_cvd_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_collector" ADD CONSTRAINT "import_rules_collector_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_vat" ADD CONSTRAINT "import_rules_vat_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_new_vehicle" ADD CONSTRAINT "import_rules_new_vehicle_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_fixed_taxes" ADD CONSTRAINT "import_rules_fixed_taxes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_sources" ADD CONSTRAINT "import_rules_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "import_rules_texts" ADD CONSTRAINT "import_rules_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."import_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_settings" ADD CONSTRAINT "_import_rules_v_version_settings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_co2_grids" ADD CONSTRAINT "_import_rules_v_version_co2_grids_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_co2_exemptions_energies" ADD CONSTRAINT "_import_rules_v_version_co2_exemptions_energies_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_import_rules_v_version_co2_exemptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_co2_exemptions" ADD CONSTRAINT "_import_rules_v_version_co2_exemptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_age_reduction_bands" ADD CONSTRAINT "_import_rules_v_version_age_reduction_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v_version_age_reduction"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_age_reduction" ADD CONSTRAINT "_import_rules_v_version_age_reduction_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_weight_malus_grids_bands" ADD CONSTRAINT "_import_rules_v_version_weight_malus_grids_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v_version_weight_malus_grids"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_weight_malus_grids" ADD CONSTRAINT "_import_rules_v_version_weight_malus_grids_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_weight_malus_allowances" ADD CONSTRAINT "_import_rules_v_version_weight_malus_allowances_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_regional_tax_rates" ADD CONSTRAINT "_import_rules_v_version_regional_tax_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_regional_tax_ev_policies" ADD CONSTRAINT "_import_rules_v_version_regional_tax_ev_policies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_ev_energies_v" ADD CONSTRAINT "_import_rules_ev_energies_v_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_idf_v" ADD CONSTRAINT "_import_rules_idf_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_duty_rates_v" ADD CONSTRAINT "_import_rules_duty_rates_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_customs_duty_preferences" ADD CONSTRAINT "_import_rules_v_version_customs_duty_preferences_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_cvd_energies_v" ADD CONSTRAINT "_import_rules_cvd_energies_v_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_import_rules_cvd_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_cvd_makers_v" ADD CONSTRAINT "_import_rules_cvd_makers_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_cvd_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_cvd_v" ADD CONSTRAINT "_import_rules_cvd_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_collector" ADD CONSTRAINT "_import_rules_v_version_collector_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_vat" ADD CONSTRAINT "_import_rules_v_version_vat_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_new_vehicle" ADD CONSTRAINT "_import_rules_v_version_new_vehicle_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_fixed_taxes" ADD CONSTRAINT "_import_rules_v_version_fixed_taxes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_version_sources" ADD CONSTRAINT "_import_rules_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_import_rules_v_texts" ADD CONSTRAINT "_import_rules_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_import_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "vehicles_title_idx" ON "vehicles" USING btree ("title");
  CREATE UNIQUE INDEX "vehicles_slug_idx" ON "vehicles" USING btree ("slug");
  CREATE UNIQUE INDEX "vehicles_vin_idx" ON "vehicles" USING btree ("vin");
  CREATE INDEX "vehicles_make_idx" ON "vehicles" USING btree ("make");
  CREATE INDEX "vehicles_model_idx" ON "vehicles" USING btree ("model");
  CREATE INDEX "vehicles_year_idx" ON "vehicles" USING btree ("year");
  CREATE INDEX "vehicles_first_registration_date_idx" ON "vehicles" USING btree ("first_registration_date");
  CREATE INDEX "vehicles_mileage_km_idx" ON "vehicles" USING btree ("mileage_km");
  CREATE INDEX "vehicles_fuel_idx" ON "vehicles" USING btree ("fuel");
  CREATE INDEX "vehicles_transmission_idx" ON "vehicles" USING btree ("transmission");
  CREATE INDEX "vehicles_body_idx" ON "vehicles" USING btree ("body");
  CREATE INDEX "vehicles_status_idx" ON "vehicles" USING btree ("status");
  CREATE INDEX "vehicles_price_price_amount_idx" ON "vehicles" USING btree ("price_amount");
  CREATE INDEX "vehicles_origin_country_idx" ON "vehicles" USING btree ("origin_country");
  CREATE INDEX "vehicles_has_coc_idx" ON "vehicles" USING btree ("has_coc");
  CREATE INDEX "vehicles_location_location_city_idx" ON "vehicles" USING btree ("location_city");
  CREATE INDEX "vehicles_featured_idx" ON "vehicles" USING btree ("featured");
  CREATE INDEX "vehicles_updated_at_idx" ON "vehicles" USING btree ("updated_at");
  CREATE INDEX "vehicles_created_at_idx" ON "vehicles" USING btree ("created_at");
  CREATE INDEX "vehicles__status_idx" ON "vehicles" USING btree ("_status");
  CREATE UNIQUE INDEX "vehicles_locales_locale_parent_id_unique" ON "vehicles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "vehicles_texts_order_parent" ON "vehicles_texts" USING btree ("order","parent_id");
  CREATE INDEX "vehicles_rels_order_idx" ON "vehicles_rels" USING btree ("order");
  CREATE INDEX "vehicles_rels_parent_idx" ON "vehicles_rels" USING btree ("parent_id");
  CREATE INDEX "vehicles_rels_path_idx" ON "vehicles_rels" USING btree ("path");
  CREATE INDEX "vehicles_rels_media_id_idx" ON "vehicles_rels" USING btree ("media_id");
  CREATE INDEX "_vehicles_v_parent_idx" ON "_vehicles_v" USING btree ("parent_id");
  CREATE INDEX "_vehicles_v_version_version_title_idx" ON "_vehicles_v" USING btree ("version_title");
  CREATE INDEX "_vehicles_v_version_version_slug_idx" ON "_vehicles_v" USING btree ("version_slug");
  CREATE INDEX "_vehicles_v_version_version_vin_idx" ON "_vehicles_v" USING btree ("version_vin");
  CREATE INDEX "_vehicles_v_version_version_make_idx" ON "_vehicles_v" USING btree ("version_make");
  CREATE INDEX "_vehicles_v_version_version_model_idx" ON "_vehicles_v" USING btree ("version_model");
  CREATE INDEX "_vehicles_v_version_version_year_idx" ON "_vehicles_v" USING btree ("version_year");
  CREATE INDEX "_vehicles_v_version_version_first_registration_date_idx" ON "_vehicles_v" USING btree ("version_first_registration_date");
  CREATE INDEX "_vehicles_v_version_version_mileage_km_idx" ON "_vehicles_v" USING btree ("version_mileage_km");
  CREATE INDEX "_vehicles_v_version_version_fuel_idx" ON "_vehicles_v" USING btree ("version_fuel");
  CREATE INDEX "_vehicles_v_version_version_transmission_idx" ON "_vehicles_v" USING btree ("version_transmission");
  CREATE INDEX "_vehicles_v_version_version_body_idx" ON "_vehicles_v" USING btree ("version_body");
  CREATE INDEX "_vehicles_v_version_version_status_idx" ON "_vehicles_v" USING btree ("version_status");
  CREATE INDEX "_vehicles_v_version_price_version_price_amount_idx" ON "_vehicles_v" USING btree ("version_price_amount");
  CREATE INDEX "_vehicles_v_version_version_origin_country_idx" ON "_vehicles_v" USING btree ("version_origin_country");
  CREATE INDEX "_vehicles_v_version_version_has_coc_idx" ON "_vehicles_v" USING btree ("version_has_coc");
  CREATE INDEX "_vehicles_v_version_location_version_location_city_idx" ON "_vehicles_v" USING btree ("version_location_city");
  CREATE INDEX "_vehicles_v_version_version_featured_idx" ON "_vehicles_v" USING btree ("version_featured");
  CREATE INDEX "_vehicles_v_version_version_updated_at_idx" ON "_vehicles_v" USING btree ("version_updated_at");
  CREATE INDEX "_vehicles_v_version_version_created_at_idx" ON "_vehicles_v" USING btree ("version_created_at");
  CREATE INDEX "_vehicles_v_version_version__status_idx" ON "_vehicles_v" USING btree ("version__status");
  CREATE INDEX "_vehicles_v_created_at_idx" ON "_vehicles_v" USING btree ("created_at");
  CREATE INDEX "_vehicles_v_updated_at_idx" ON "_vehicles_v" USING btree ("updated_at");
  CREATE INDEX "_vehicles_v_snapshot_idx" ON "_vehicles_v" USING btree ("snapshot");
  CREATE INDEX "_vehicles_v_published_locale_idx" ON "_vehicles_v" USING btree ("published_locale");
  CREATE INDEX "_vehicles_v_latest_idx" ON "_vehicles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_vehicles_v_locales_locale_parent_id_unique" ON "_vehicles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_vehicles_v_texts_order_parent" ON "_vehicles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_vehicles_v_rels_order_idx" ON "_vehicles_v_rels" USING btree ("order");
  CREATE INDEX "_vehicles_v_rels_parent_idx" ON "_vehicles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_vehicles_v_rels_path_idx" ON "_vehicles_v_rels" USING btree ("path");
  CREATE INDEX "_vehicles_v_rels_media_id_idx" ON "_vehicles_v_rels" USING btree ("media_id");
  CREATE INDEX "quotes_lines_order_idx" ON "quotes_lines" USING btree ("_order");
  CREATE INDEX "quotes_lines_parent_id_idx" ON "quotes_lines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "quotes_number_idx" ON "quotes" USING btree ("number");
  CREATE INDEX "quotes_status_idx" ON "quotes" USING btree ("status");
  CREATE INDEX "quotes_customer_idx" ON "quotes" USING btree ("customer_id");
  CREATE INDEX "quotes_vehicle_idx" ON "quotes" USING btree ("vehicle_id");
  CREATE INDEX "quotes_valid_until_idx" ON "quotes" USING btree ("valid_until");
  CREATE INDEX "quotes_order_idx" ON "quotes" USING btree ("order_id");
  CREATE INDEX "quotes_assigned_to_idx" ON "quotes" USING btree ("assigned_to_id");
  CREATE INDEX "quotes_updated_at_idx" ON "quotes" USING btree ("updated_at");
  CREATE INDEX "quotes_created_at_idx" ON "quotes" USING btree ("created_at");
  CREATE INDEX "orders_timeline_order_idx" ON "orders_timeline" USING btree ("_order");
  CREATE INDEX "orders_timeline_parent_id_idx" ON "orders_timeline" USING btree ("_parent_id");
  CREATE INDEX "orders_timeline_by_idx" ON "orders_timeline" USING btree ("by_id");
  CREATE UNIQUE INDEX "orders_number_idx" ON "orders" USING btree ("number");
  CREATE INDEX "orders_status_idx" ON "orders" USING btree ("status");
  CREATE UNIQUE INDEX "orders_quote_idx" ON "orders" USING btree ("quote_id");
  CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("customer_id");
  CREATE INDEX "orders_vehicle_idx" ON "orders" USING btree ("vehicle_id");
  CREATE INDEX "orders_shipping_shipping_eta_idx" ON "orders" USING btree ("shipping_eta");
  CREATE INDEX "orders_assigned_to_idx" ON "orders" USING btree ("assigned_to_id");
  CREATE INDEX "orders_updated_at_idx" ON "orders" USING btree ("updated_at");
  CREATE INDEX "orders_created_at_idx" ON "orders" USING btree ("created_at");
  CREATE INDEX "payments_order_idx" ON "payments" USING btree ("order_id");
  CREATE INDEX "payments_customer_idx" ON "payments" USING btree ("customer_id");
  CREATE INDEX "payments_status_idx" ON "payments" USING btree ("status");
  CREATE UNIQUE INDEX "payments_provider_reference_idx" ON "payments" USING btree ("provider_reference");
  CREATE INDEX "payments_recorded_by_idx" ON "payments" USING btree ("recorded_by_id");
  CREATE INDEX "payments_updated_at_idx" ON "payments" USING btree ("updated_at");
  CREATE INDEX "payments_created_at_idx" ON "payments" USING btree ("created_at");
  CREATE INDEX "customers_consent_history_order_idx" ON "customers_consent_history" USING btree ("_order");
  CREATE INDEX "customers_consent_history_parent_id_idx" ON "customers_consent_history" USING btree ("_parent_id");
  CREATE INDEX "customers_sessions_order_idx" ON "customers_sessions" USING btree ("_order");
  CREATE INDEX "customers_sessions_parent_id_idx" ON "customers_sessions" USING btree ("_parent_id");
  CREATE INDEX "customers_last_name_idx" ON "customers" USING btree ("last_name");
  CREATE INDEX "customers_kyc_status_idx" ON "customers" USING btree ("kyc_status");
  CREATE INDEX "customers_assigned_to_idx" ON "customers" USING btree ("assigned_to_id");
  CREATE INDEX "customers_updated_at_idx" ON "customers" USING btree ("updated_at");
  CREATE INDEX "customers_created_at_idx" ON "customers" USING btree ("created_at");
  CREATE UNIQUE INDEX "customers_email_idx" ON "customers" USING btree ("email");
  CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_id");
  CREATE INDEX "documents_order_idx" ON "documents" USING btree ("order_id");
  CREATE INDEX "documents_type_idx" ON "documents" USING btree ("type");
  CREATE INDEX "documents_status_idx" ON "documents" USING btree ("status");
  CREATE INDEX "documents_reviewed_by_idx" ON "documents" USING btree ("reviewed_by_id");
  CREATE INDEX "documents_sha256_idx" ON "documents" USING btree ("sha256");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "documents_filename_idx" ON "documents" USING btree ("filename");
  CREATE INDEX "pages_blocks_hero_actions_order_idx" ON "pages_blocks_hero_actions" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_actions_parent_id_idx" ON "pages_blocks_hero_actions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_hero_actions_locales_locale_parent_id_unique" ON "pages_blocks_hero_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_hero_order_idx" ON "pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "pages_blocks_hero_parent_id_idx" ON "pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_hero_path_idx" ON "pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "pages_blocks_hero_image_idx" ON "pages_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "pages_blocks_hero_locales_locale_parent_id_unique" ON "pages_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_rich_text_order_idx" ON "pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "pages_blocks_rich_text_parent_id_idx" ON "pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_path_idx" ON "pages_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_rich_text_locales_locale_parent_id_unique" ON "pages_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_featured_vehicles_order_idx" ON "pages_blocks_featured_vehicles" USING btree ("_order");
  CREATE INDEX "pages_blocks_featured_vehicles_parent_id_idx" ON "pages_blocks_featured_vehicles" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_featured_vehicles_path_idx" ON "pages_blocks_featured_vehicles" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_featured_vehicles_locales_locale_parent_id_uniq" ON "pages_blocks_featured_vehicles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_call_to_action_locales_locale_parent_id_unique" ON "pages_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_faq_items_order_idx" ON "pages_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_items_parent_id_idx" ON "pages_blocks_faq_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_faq_items_locales_locale_parent_id_unique" ON "pages_blocks_faq_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_faq_order_idx" ON "pages_blocks_faq" USING btree ("_order");
  CREATE INDEX "pages_blocks_faq_parent_id_idx" ON "pages_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_faq_path_idx" ON "pages_blocks_faq" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_faq_locales_locale_parent_id_unique" ON "pages_blocks_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_import_steps_steps_order_idx" ON "pages_blocks_import_steps_steps" USING btree ("_order");
  CREATE INDEX "pages_blocks_import_steps_steps_parent_id_idx" ON "pages_blocks_import_steps_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_import_steps_steps_locales_locale_parent_id_uni" ON "pages_blocks_import_steps_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_import_steps_order_idx" ON "pages_blocks_import_steps" USING btree ("_order");
  CREATE INDEX "pages_blocks_import_steps_parent_id_idx" ON "pages_blocks_import_steps" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_import_steps_path_idx" ON "pages_blocks_import_steps" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_import_steps_locales_locale_parent_id_unique" ON "pages_blocks_import_steps_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_vehicles_id_idx" ON "pages_rels" USING btree ("vehicles_id");
  CREATE INDEX "_pages_v_blocks_hero_actions_order_idx" ON "_pages_v_blocks_hero_actions" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_actions_parent_id_idx" ON "_pages_v_blocks_hero_actions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_hero_actions_locales_locale_parent_id_unique" ON "_pages_v_blocks_hero_actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_order_idx" ON "_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_hero_parent_id_idx" ON "_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_hero_path_idx" ON "_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_hero_image_idx" ON "_pages_v_blocks_hero" USING btree ("image_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_hero_locales_locale_parent_id_unique" ON "_pages_v_blocks_hero_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_order_idx" ON "_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_rich_text_parent_id_idx" ON "_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_path_idx" ON "_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_rich_text_locales_locale_parent_id_unique" ON "_pages_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_vehicles_order_idx" ON "_pages_v_blocks_featured_vehicles" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_featured_vehicles_parent_id_idx" ON "_pages_v_blocks_featured_vehicles" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_vehicles_path_idx" ON "_pages_v_blocks_featured_vehicles" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_featured_vehicles_locales_locale_parent_id_u" ON "_pages_v_blocks_featured_vehicles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_call_to_action_locales_locale_parent_id_uniq" ON "_pages_v_blocks_call_to_action_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_items_order_idx" ON "_pages_v_blocks_faq_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_items_parent_id_idx" ON "_pages_v_blocks_faq_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_faq_items_locales_locale_parent_id_unique" ON "_pages_v_blocks_faq_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_order_idx" ON "_pages_v_blocks_faq" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_faq_parent_id_idx" ON "_pages_v_blocks_faq" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_faq_path_idx" ON "_pages_v_blocks_faq" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_faq_locales_locale_parent_id_unique" ON "_pages_v_blocks_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_import_steps_steps_order_idx" ON "_pages_v_blocks_import_steps_steps" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_import_steps_steps_parent_id_idx" ON "_pages_v_blocks_import_steps_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_import_steps_steps_locales_locale_parent_id_" ON "_pages_v_blocks_import_steps_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_import_steps_order_idx" ON "_pages_v_blocks_import_steps" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_import_steps_parent_id_idx" ON "_pages_v_blocks_import_steps" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_import_steps_path_idx" ON "_pages_v_blocks_import_steps" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_import_steps_locales_locale_parent_id_unique" ON "_pages_v_blocks_import_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_vehicles_id_idx" ON "_pages_v_rels" USING btree ("vehicles_id");
  CREATE INDEX "document_access_logs_at_idx" ON "document_access_logs" USING btree ("at");
  CREATE INDEX "document_access_logs_user_idx" ON "document_access_logs" USING btree ("user_id");
  CREATE INDEX "document_access_logs_document_idx" ON "document_access_logs" USING btree ("document");
  CREATE INDEX "document_access_logs_customer_idx" ON "document_access_logs" USING btree ("customer");
  CREATE UNIQUE INDEX "counters_key_idx" ON "counters" USING btree ("key");
  CREATE INDEX "counters_updated_at_idx" ON "counters" USING btree ("updated_at");
  CREATE INDEX "counters_created_at_idx" ON "counters" USING btree ("created_at");
  CREATE INDEX "site_settings_navigation_order_idx" ON "site_settings_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_navigation_parent_id_idx" ON "site_settings_navigation" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_navigation_locales_locale_parent_id_unique" ON "site_settings_navigation_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_footer_links_order_idx" ON "site_settings_footer_links" USING btree ("_order");
  CREATE INDEX "site_settings_footer_links_parent_id_idx" ON "site_settings_footer_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_footer_links_locales_locale_parent_id_unique" ON "site_settings_footer_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_quote_defaults_transport_order_idx" ON "site_settings_quote_defaults_transport" USING btree ("_order");
  CREATE INDEX "site_settings_quote_defaults_transport_parent_id_idx" ON "site_settings_quote_defaults_transport" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "import_rules_settings_order_idx" ON "import_rules_settings" USING btree ("_order");
  CREATE INDEX "import_rules_settings_parent_id_idx" ON "import_rules_settings" USING btree ("_parent_id");
  CREATE INDEX "import_rules_co2_grids_order_idx" ON "import_rules_co2_grids" USING btree ("_order");
  CREATE INDEX "import_rules_co2_grids_parent_id_idx" ON "import_rules_co2_grids" USING btree ("_parent_id");
  CREATE INDEX "import_rules_co2_exemptions_energies_order_idx" ON "import_rules_co2_exemptions_energies" USING btree ("order");
  CREATE INDEX "import_rules_co2_exemptions_energies_parent_idx" ON "import_rules_co2_exemptions_energies" USING btree ("parent_id");
  CREATE INDEX "import_rules_co2_exemptions_order_idx" ON "import_rules_co2_exemptions" USING btree ("_order");
  CREATE INDEX "import_rules_co2_exemptions_parent_id_idx" ON "import_rules_co2_exemptions" USING btree ("_parent_id");
  CREATE INDEX "import_rules_age_reduction_bands_order_idx" ON "import_rules_age_reduction_bands" USING btree ("_order");
  CREATE INDEX "import_rules_age_reduction_bands_parent_id_idx" ON "import_rules_age_reduction_bands" USING btree ("_parent_id");
  CREATE INDEX "import_rules_age_reduction_order_idx" ON "import_rules_age_reduction" USING btree ("_order");
  CREATE INDEX "import_rules_age_reduction_parent_id_idx" ON "import_rules_age_reduction" USING btree ("_parent_id");
  CREATE INDEX "import_rules_weight_malus_grids_bands_order_idx" ON "import_rules_weight_malus_grids_bands" USING btree ("_order");
  CREATE INDEX "import_rules_weight_malus_grids_bands_parent_id_idx" ON "import_rules_weight_malus_grids_bands" USING btree ("_parent_id");
  CREATE INDEX "import_rules_weight_malus_grids_order_idx" ON "import_rules_weight_malus_grids" USING btree ("_order");
  CREATE INDEX "import_rules_weight_malus_grids_parent_id_idx" ON "import_rules_weight_malus_grids" USING btree ("_parent_id");
  CREATE INDEX "import_rules_weight_malus_allowances_order_idx" ON "import_rules_weight_malus_allowances" USING btree ("_order");
  CREATE INDEX "import_rules_weight_malus_allowances_parent_id_idx" ON "import_rules_weight_malus_allowances" USING btree ("_parent_id");
  CREATE INDEX "import_rules_regional_tax_rates_order_idx" ON "import_rules_regional_tax_rates" USING btree ("_order");
  CREATE INDEX "import_rules_regional_tax_rates_parent_id_idx" ON "import_rules_regional_tax_rates" USING btree ("_parent_id");
  CREATE INDEX "import_rules_regional_tax_ev_policies_order_idx" ON "import_rules_regional_tax_ev_policies" USING btree ("_order");
  CREATE INDEX "import_rules_regional_tax_ev_policies_parent_id_idx" ON "import_rules_regional_tax_ev_policies" USING btree ("_parent_id");
  CREATE INDEX "import_rules_ev_energies_order_idx" ON "import_rules_ev_energies" USING btree ("order");
  CREATE INDEX "import_rules_ev_energies_parent_idx" ON "import_rules_ev_energies" USING btree ("parent_id");
  CREATE INDEX "import_rules_idf_order_idx" ON "import_rules_idf" USING btree ("_order");
  CREATE INDEX "import_rules_idf_parent_id_idx" ON "import_rules_idf" USING btree ("_parent_id");
  CREATE INDEX "import_rules_duty_rates_order_idx" ON "import_rules_duty_rates" USING btree ("_order");
  CREATE INDEX "import_rules_duty_rates_parent_id_idx" ON "import_rules_duty_rates" USING btree ("_parent_id");
  CREATE INDEX "import_rules_customs_duty_preferences_order_idx" ON "import_rules_customs_duty_preferences" USING btree ("_order");
  CREATE INDEX "import_rules_customs_duty_preferences_parent_id_idx" ON "import_rules_customs_duty_preferences" USING btree ("_parent_id");
  CREATE INDEX "import_rules_cvd_energies_order_idx" ON "import_rules_cvd_energies" USING btree ("order");
  CREATE INDEX "import_rules_cvd_energies_parent_idx" ON "import_rules_cvd_energies" USING btree ("parent_id");
  CREATE INDEX "import_rules_cvd_makers_order_idx" ON "import_rules_cvd_makers" USING btree ("_order");
  CREATE INDEX "import_rules_cvd_makers_parent_id_idx" ON "import_rules_cvd_makers" USING btree ("_parent_id");
  CREATE INDEX "import_rules_cvd_order_idx" ON "import_rules_cvd" USING btree ("_order");
  CREATE INDEX "import_rules_cvd_parent_id_idx" ON "import_rules_cvd" USING btree ("_parent_id");
  CREATE INDEX "import_rules_collector_order_idx" ON "import_rules_collector" USING btree ("_order");
  CREATE INDEX "import_rules_collector_parent_id_idx" ON "import_rules_collector" USING btree ("_parent_id");
  CREATE INDEX "import_rules_vat_order_idx" ON "import_rules_vat" USING btree ("_order");
  CREATE INDEX "import_rules_vat_parent_id_idx" ON "import_rules_vat" USING btree ("_parent_id");
  CREATE INDEX "import_rules_new_vehicle_order_idx" ON "import_rules_new_vehicle" USING btree ("_order");
  CREATE INDEX "import_rules_new_vehicle_parent_id_idx" ON "import_rules_new_vehicle" USING btree ("_parent_id");
  CREATE INDEX "import_rules_fixed_taxes_order_idx" ON "import_rules_fixed_taxes" USING btree ("_order");
  CREATE INDEX "import_rules_fixed_taxes_parent_id_idx" ON "import_rules_fixed_taxes" USING btree ("_parent_id");
  CREATE INDEX "import_rules_sources_order_idx" ON "import_rules_sources" USING btree ("_order");
  CREATE INDEX "import_rules_sources_parent_id_idx" ON "import_rules_sources" USING btree ("_parent_id");
  CREATE INDEX "import_rules_texts_order_parent" ON "import_rules_texts" USING btree ("order","parent_id");
  CREATE INDEX "_import_rules_v_version_settings_order_idx" ON "_import_rules_v_version_settings" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_settings_parent_id_idx" ON "_import_rules_v_version_settings" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_co2_grids_order_idx" ON "_import_rules_v_version_co2_grids" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_co2_grids_parent_id_idx" ON "_import_rules_v_version_co2_grids" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_co2_exemptions_energies_order_idx" ON "_import_rules_v_version_co2_exemptions_energies" USING btree ("order");
  CREATE INDEX "_import_rules_v_version_co2_exemptions_energies_parent_idx" ON "_import_rules_v_version_co2_exemptions_energies" USING btree ("parent_id");
  CREATE INDEX "_import_rules_v_version_co2_exemptions_order_idx" ON "_import_rules_v_version_co2_exemptions" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_co2_exemptions_parent_id_idx" ON "_import_rules_v_version_co2_exemptions" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_age_reduction_bands_order_idx" ON "_import_rules_v_version_age_reduction_bands" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_age_reduction_bands_parent_id_idx" ON "_import_rules_v_version_age_reduction_bands" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_age_reduction_order_idx" ON "_import_rules_v_version_age_reduction" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_age_reduction_parent_id_idx" ON "_import_rules_v_version_age_reduction" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_weight_malus_grids_bands_order_idx" ON "_import_rules_v_version_weight_malus_grids_bands" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_weight_malus_grids_bands_parent_id_idx" ON "_import_rules_v_version_weight_malus_grids_bands" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_weight_malus_grids_order_idx" ON "_import_rules_v_version_weight_malus_grids" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_weight_malus_grids_parent_id_idx" ON "_import_rules_v_version_weight_malus_grids" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_weight_malus_allowances_order_idx" ON "_import_rules_v_version_weight_malus_allowances" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_weight_malus_allowances_parent_id_idx" ON "_import_rules_v_version_weight_malus_allowances" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_regional_tax_rates_order_idx" ON "_import_rules_v_version_regional_tax_rates" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_regional_tax_rates_parent_id_idx" ON "_import_rules_v_version_regional_tax_rates" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_regional_tax_ev_policies_order_idx" ON "_import_rules_v_version_regional_tax_ev_policies" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_regional_tax_ev_policies_parent_id_idx" ON "_import_rules_v_version_regional_tax_ev_policies" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_ev_energies_v_order_idx" ON "_import_rules_ev_energies_v" USING btree ("order");
  CREATE INDEX "_import_rules_ev_energies_v_parent_idx" ON "_import_rules_ev_energies_v" USING btree ("parent_id");
  CREATE INDEX "_import_rules_idf_v_order_idx" ON "_import_rules_idf_v" USING btree ("_order");
  CREATE INDEX "_import_rules_idf_v_parent_id_idx" ON "_import_rules_idf_v" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_duty_rates_v_order_idx" ON "_import_rules_duty_rates_v" USING btree ("_order");
  CREATE INDEX "_import_rules_duty_rates_v_parent_id_idx" ON "_import_rules_duty_rates_v" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_customs_duty_preferences_order_idx" ON "_import_rules_v_version_customs_duty_preferences" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_customs_duty_preferences_parent_id_idx" ON "_import_rules_v_version_customs_duty_preferences" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_cvd_energies_v_order_idx" ON "_import_rules_cvd_energies_v" USING btree ("order");
  CREATE INDEX "_import_rules_cvd_energies_v_parent_idx" ON "_import_rules_cvd_energies_v" USING btree ("parent_id");
  CREATE INDEX "_import_rules_cvd_makers_v_order_idx" ON "_import_rules_cvd_makers_v" USING btree ("_order");
  CREATE INDEX "_import_rules_cvd_makers_v_parent_id_idx" ON "_import_rules_cvd_makers_v" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_cvd_v_order_idx" ON "_import_rules_cvd_v" USING btree ("_order");
  CREATE INDEX "_import_rules_cvd_v_parent_id_idx" ON "_import_rules_cvd_v" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_collector_order_idx" ON "_import_rules_v_version_collector" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_collector_parent_id_idx" ON "_import_rules_v_version_collector" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_vat_order_idx" ON "_import_rules_v_version_vat" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_vat_parent_id_idx" ON "_import_rules_v_version_vat" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_new_vehicle_order_idx" ON "_import_rules_v_version_new_vehicle" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_new_vehicle_parent_id_idx" ON "_import_rules_v_version_new_vehicle" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_fixed_taxes_order_idx" ON "_import_rules_v_version_fixed_taxes" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_fixed_taxes_parent_id_idx" ON "_import_rules_v_version_fixed_taxes" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_version_sources_order_idx" ON "_import_rules_v_version_sources" USING btree ("_order");
  CREATE INDEX "_import_rules_v_version_sources_parent_id_idx" ON "_import_rules_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_import_rules_v_created_at_idx" ON "_import_rules_v" USING btree ("created_at");
  CREATE INDEX "_import_rules_v_updated_at_idx" ON "_import_rules_v" USING btree ("updated_at");
  CREATE INDEX "_import_rules_v_texts_order_parent" ON "_import_rules_v_texts" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_vehicles_fk" FOREIGN KEY ("vehicles_id") REFERENCES "public"."vehicles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_orders_fk" FOREIGN KEY ("orders_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payments_fk" FOREIGN KEY ("payments_id") REFERENCES "public"."payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_access_logs_fk" FOREIGN KEY ("document_access_logs_id") REFERENCES "public"."document_access_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counters_fk" FOREIGN KEY ("counters_id") REFERENCES "public"."counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_vehicles_id_idx" ON "payload_locked_documents_rels" USING btree ("vehicles_id");
  CREATE INDEX "payload_locked_documents_rels_quotes_id_idx" ON "payload_locked_documents_rels" USING btree ("quotes_id");
  CREATE INDEX "payload_locked_documents_rels_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("orders_id");
  CREATE INDEX "payload_locked_documents_rels_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("payments_id");
  CREATE INDEX "payload_locked_documents_rels_customers_id_idx" ON "payload_locked_documents_rels" USING btree ("customers_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_document_access_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("document_access_logs_id");
  CREATE INDEX "payload_locked_documents_rels_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("counters_id");
  CREATE INDEX "payload_preferences_rels_customers_id_idx" ON "payload_preferences_rels" USING btree ("customers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "vehicles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "vehicles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "vehicles_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "vehicles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_vehicles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_vehicles_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_vehicles_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_vehicles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quotes_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quotes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orders_timeline" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "customers_consent_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "customers_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "customers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_hero_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_hero_actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_hero_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_featured_vehicles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_featured_vehicles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_call_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_faq_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_import_steps_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_import_steps_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_import_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_import_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero_actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero_actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_hero_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_featured_vehicles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_featured_vehicles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_call_to_action_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_faq_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_import_steps_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_import_steps_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_import_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_import_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_access_logs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_navigation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_navigation_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_footer_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_footer_links_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_quote_defaults_transport" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_co2_grids" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_co2_exemptions_energies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_co2_exemptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_age_reduction_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_age_reduction" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_weight_malus_grids_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_weight_malus_grids" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_weight_malus_allowances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_regional_tax_rates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_regional_tax_ev_policies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_ev_energies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_idf" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_duty_rates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_customs_duty_preferences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_cvd_energies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_cvd_makers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_cvd" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_collector" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_vat" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_new_vehicle" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_fixed_taxes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "import_rules_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_co2_grids" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_co2_exemptions_energies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_co2_exemptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_age_reduction_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_age_reduction" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_weight_malus_grids_bands" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_weight_malus_grids" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_weight_malus_allowances" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_regional_tax_rates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_regional_tax_ev_policies" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_ev_energies_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_idf_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_duty_rates_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_customs_duty_preferences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_cvd_energies_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_cvd_makers_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_cvd_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_collector" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_vat" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_new_vehicle" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_fixed_taxes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_import_rules_v_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "vehicles" CASCADE;
  DROP TABLE "vehicles_locales" CASCADE;
  DROP TABLE "vehicles_texts" CASCADE;
  DROP TABLE "vehicles_rels" CASCADE;
  DROP TABLE "_vehicles_v" CASCADE;
  DROP TABLE "_vehicles_v_locales" CASCADE;
  DROP TABLE "_vehicles_v_texts" CASCADE;
  DROP TABLE "_vehicles_v_rels" CASCADE;
  DROP TABLE "quotes_lines" CASCADE;
  DROP TABLE "quotes" CASCADE;
  DROP TABLE "orders_timeline" CASCADE;
  DROP TABLE "orders" CASCADE;
  DROP TABLE "payments" CASCADE;
  DROP TABLE "customers_consent_history" CASCADE;
  DROP TABLE "customers_sessions" CASCADE;
  DROP TABLE "customers" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "pages_blocks_hero_actions" CASCADE;
  DROP TABLE "pages_blocks_hero_actions_locales" CASCADE;
  DROP TABLE "pages_blocks_hero" CASCADE;
  DROP TABLE "pages_blocks_hero_locales" CASCADE;
  DROP TABLE "pages_blocks_rich_text" CASCADE;
  DROP TABLE "pages_blocks_rich_text_locales" CASCADE;
  DROP TABLE "pages_blocks_featured_vehicles" CASCADE;
  DROP TABLE "pages_blocks_featured_vehicles_locales" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "pages_blocks_faq_items" CASCADE;
  DROP TABLE "pages_blocks_faq_items_locales" CASCADE;
  DROP TABLE "pages_blocks_faq" CASCADE;
  DROP TABLE "pages_blocks_faq_locales" CASCADE;
  DROP TABLE "pages_blocks_import_steps_steps" CASCADE;
  DROP TABLE "pages_blocks_import_steps_steps_locales" CASCADE;
  DROP TABLE "pages_blocks_import_steps" CASCADE;
  DROP TABLE "pages_blocks_import_steps_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_actions" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_actions_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_pages_v_blocks_hero_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_vehicles" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_vehicles_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_items" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_items_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_faq" CASCADE;
  DROP TABLE "_pages_v_blocks_faq_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_import_steps_steps" CASCADE;
  DROP TABLE "_pages_v_blocks_import_steps_steps_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_import_steps" CASCADE;
  DROP TABLE "_pages_v_blocks_import_steps_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TABLE "document_access_logs" CASCADE;
  DROP TABLE "counters" CASCADE;
  DROP TABLE "site_settings_navigation" CASCADE;
  DROP TABLE "site_settings_navigation_locales" CASCADE;
  DROP TABLE "site_settings_footer_links" CASCADE;
  DROP TABLE "site_settings_footer_links_locales" CASCADE;
  DROP TABLE "site_settings_quote_defaults_transport" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "import_rules_settings" CASCADE;
  DROP TABLE "import_rules_co2_grids" CASCADE;
  DROP TABLE "import_rules_co2_exemptions_energies" CASCADE;
  DROP TABLE "import_rules_co2_exemptions" CASCADE;
  DROP TABLE "import_rules_age_reduction_bands" CASCADE;
  DROP TABLE "import_rules_age_reduction" CASCADE;
  DROP TABLE "import_rules_weight_malus_grids_bands" CASCADE;
  DROP TABLE "import_rules_weight_malus_grids" CASCADE;
  DROP TABLE "import_rules_weight_malus_allowances" CASCADE;
  DROP TABLE "import_rules_regional_tax_rates" CASCADE;
  DROP TABLE "import_rules_regional_tax_ev_policies" CASCADE;
  DROP TABLE "import_rules_ev_energies" CASCADE;
  DROP TABLE "import_rules_idf" CASCADE;
  DROP TABLE "import_rules_duty_rates" CASCADE;
  DROP TABLE "import_rules_customs_duty_preferences" CASCADE;
  DROP TABLE "import_rules_cvd_energies" CASCADE;
  DROP TABLE "import_rules_cvd_makers" CASCADE;
  DROP TABLE "import_rules_cvd" CASCADE;
  DROP TABLE "import_rules_collector" CASCADE;
  DROP TABLE "import_rules_vat" CASCADE;
  DROP TABLE "import_rules_new_vehicle" CASCADE;
  DROP TABLE "import_rules_fixed_taxes" CASCADE;
  DROP TABLE "import_rules_sources" CASCADE;
  DROP TABLE "import_rules" CASCADE;
  DROP TABLE "import_rules_texts" CASCADE;
  DROP TABLE "_import_rules_v_version_settings" CASCADE;
  DROP TABLE "_import_rules_v_version_co2_grids" CASCADE;
  DROP TABLE "_import_rules_v_version_co2_exemptions_energies" CASCADE;
  DROP TABLE "_import_rules_v_version_co2_exemptions" CASCADE;
  DROP TABLE "_import_rules_v_version_age_reduction_bands" CASCADE;
  DROP TABLE "_import_rules_v_version_age_reduction" CASCADE;
  DROP TABLE "_import_rules_v_version_weight_malus_grids_bands" CASCADE;
  DROP TABLE "_import_rules_v_version_weight_malus_grids" CASCADE;
  DROP TABLE "_import_rules_v_version_weight_malus_allowances" CASCADE;
  DROP TABLE "_import_rules_v_version_regional_tax_rates" CASCADE;
  DROP TABLE "_import_rules_v_version_regional_tax_ev_policies" CASCADE;
  DROP TABLE "_import_rules_ev_energies_v" CASCADE;
  DROP TABLE "_import_rules_idf_v" CASCADE;
  DROP TABLE "_import_rules_duty_rates_v" CASCADE;
  DROP TABLE "_import_rules_v_version_customs_duty_preferences" CASCADE;
  DROP TABLE "_import_rules_cvd_energies_v" CASCADE;
  DROP TABLE "_import_rules_cvd_makers_v" CASCADE;
  DROP TABLE "_import_rules_cvd_v" CASCADE;
  DROP TABLE "_import_rules_v_version_collector" CASCADE;
  DROP TABLE "_import_rules_v_version_vat" CASCADE;
  DROP TABLE "_import_rules_v_version_new_vehicle" CASCADE;
  DROP TABLE "_import_rules_v_version_fixed_taxes" CASCADE;
  DROP TABLE "_import_rules_v_version_sources" CASCADE;
  DROP TABLE "_import_rules_v" CASCADE;
  DROP TABLE "_import_rules_v_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_vehicles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quotes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_orders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_customers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_access_logs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_counters_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_customers_fk";
  
  DROP INDEX "payload_locked_documents_rels_vehicles_id_idx";
  DROP INDEX "payload_locked_documents_rels_quotes_id_idx";
  DROP INDEX "payload_locked_documents_rels_orders_id_idx";
  DROP INDEX "payload_locked_documents_rels_payments_id_idx";
  DROP INDEX "payload_locked_documents_rels_customers_id_idx";
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_access_logs_id_idx";
  DROP INDEX "payload_locked_documents_rels_counters_id_idx";
  DROP INDEX "payload_preferences_rels_customers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "vehicles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quotes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "orders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "customers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_access_logs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "counters_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "customers_id";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_vehicles_fuel";
  DROP TYPE "public"."enum_vehicles_transmission";
  DROP TYPE "public"."enum_vehicles_body";
  DROP TYPE "public"."enum_vehicles_euro_norm";
  DROP TYPE "public"."enum_vehicles_stock_status";
  DROP TYPE "public"."enum_vehicles_price_currency";
  DROP TYPE "public"."enum_vehicles_origin_country";
  DROP TYPE "public"."enum_vehicles_seller_type";
  DROP TYPE "public"."enum_vehicles_location_country";
  DROP TYPE "public"."enum_vehicles_status";
  DROP TYPE "public"."enum__vehicles_v_version_fuel";
  DROP TYPE "public"."enum__vehicles_v_version_transmission";
  DROP TYPE "public"."enum__vehicles_v_version_body";
  DROP TYPE "public"."enum__vehicles_v_version_euro_norm";
  DROP TYPE "public"."enum__vehicles_v_version_price_currency";
  DROP TYPE "public"."enum__vehicles_v_version_origin_country";
  DROP TYPE "public"."enum__vehicles_v_version_seller_type";
  DROP TYPE "public"."enum__vehicles_v_version_location_country";
  DROP TYPE "public"."enum__vehicles_v_version_status";
  DROP TYPE "public"."enum__vehicles_v_published_locale";
  DROP TYPE "public"."enum_quotes_lines_code";
  DROP TYPE "public"."enum_quotes_status";
  DROP TYPE "public"."enum_quotes_kind";
  DROP TYPE "public"."enum_quotes_sourcing_fuel";
  DROP TYPE "public"."enum_quotes_sourcing_transmission";
  DROP TYPE "public"."enum_quotes_destination_country";
  DROP TYPE "public"."enum_quotes_destination_region";
  DROP TYPE "public"."enum_quotes_deposit_kind";
  DROP TYPE "public"."enum_quotes_margin_kind";
  DROP TYPE "public"."enum_orders_timeline_status";
  DROP TYPE "public"."enum_orders_timeline_from";
  DROP TYPE "public"."enum_orders_status";
  DROP TYPE "public"."enum_payments_provider";
  DROP TYPE "public"."enum_payments_kind";
  DROP TYPE "public"."enum_payments_status";
  DROP TYPE "public"."enum_payments_currency";
  DROP TYPE "public"."enum_customers_consent_history_channel";
  DROP TYPE "public"."enum_customers_address_region";
  DROP TYPE "public"."enum_customers_country";
  DROP TYPE "public"."enum_customers_language";
  DROP TYPE "public"."enum_customers_kyc_status";
  DROP TYPE "public"."enum_customers_erasure_status";
  DROP TYPE "public"."enum_documents_type";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_document_access_logs_action";
  DROP TYPE "public"."enum_site_settings_quote_defaults_transport_origin";
  DROP TYPE "public"."enum_site_settings_showroom_country";
  DROP TYPE "public"."enum_import_rules_settings_grid_year_reading";
  DROP TYPE "public"."enum_import_rules_settings_idf_majoration_reading";
  DROP TYPE "public"."enum_import_rules_settings_regional_tax_rounding";
  DROP TYPE "public"."enum_import_rules_co2_grids_kind";
  DROP TYPE "public"."enum_import_rules_co2_exemptions_energies";
  DROP TYPE "public"."enum_import_rules_age_reduction_kind";
  DROP TYPE "public"."enum_import_rules_weight_malus_allowances_energy";
  DROP TYPE "public"."enum_import_rules_weight_malus_allowances_kind";
  DROP TYPE "public"."enum_import_rules_regional_tax_rates_region";
  DROP TYPE "public"."enum_import_rules_regional_tax_ev_policies_region";
  DROP TYPE "public"."enum_import_rules_regional_tax_ev_policies_policy";
  DROP TYPE "public"."enum_import_rules_ev_energies";
  DROP TYPE "public"."enum_import_rules_cvd_energies";
  DROP TYPE "public"."enum_import_rules_fixed_taxes_code";
  DROP TYPE "public"."enum_import_rules_currency";
  DROP TYPE "public"."enum__import_rules_v_version_settings_grid_year_reading";
  DROP TYPE "public"."enum__import_rules_v_version_settings_idf_majoration_reading";
  DROP TYPE "public"."enum__import_rules_v_version_settings_regional_tax_rounding";
  DROP TYPE "public"."enum__import_rules_v_version_co2_grids_kind";
  DROP TYPE "public"."enum__import_rules_v_version_co2_exemptions_energies";
  DROP TYPE "public"."enum__import_rules_v_version_age_reduction_kind";
  DROP TYPE "public"."enum__import_rules_v_version_weight_malus_allowances_energy";
  DROP TYPE "public"."enum__import_rules_v_version_weight_malus_allowances_kind";
  DROP TYPE "public"."enum__import_rules_v_version_regional_tax_rates_region";
  DROP TYPE "public"."enum__import_rules_v_version_regional_tax_ev_policies_region";
  DROP TYPE "public"."enum__import_rules_v_version_regional_tax_ev_policies_policy";
  DROP TYPE "public"."enum__import_rules_v_version_fixed_taxes_code";
  DROP TYPE "public"."enum__import_rules_v_version_currency";`)
}
