import * as migration_20261125_031042_initial from './20261125_031042_initial';
import * as migration_20261125_033728_backoffice from './20261125_033728_backoffice';
import * as migration_20261125_040520_seo_fields from './20261125_040520_seo_fields';
import * as migration_20261125_040634_rate_limits from './20261125_040634_rate_limits';
import * as migration_20261125_040917_quote_requests_and_jobs from './20261125_040917_quote_requests_and_jobs';
import * as migration_20261125_045653_documents_no_focal_point from './20261125_045653_documents_no_focal_point';
import * as migration_20261125_061815_vehicle_label from './20261125_061815_vehicle_label';
import * as migration_20261202_054252_site_settings_any_origin from './20261202_054252_site_settings_any_origin';
import * as migration_20261202_091507_payments from './20261202_091507_payments';
import * as migration_20261202_092640_payment_jobs from './20261202_092640_payment_jobs';
import * as migration_20261202_100255_notifications from './20261202_100255_notifications';
import * as migration_20261202_102432_notification_jobs from './20261202_102432_notification_jobs';
import * as migration_20261202_104331_saved_search_jobs from './20261202_104331_saved_search_jobs';
import * as migration_20261202_134812_privacy_security from './20261202_134812_privacy_security';
import * as migration_20261202_135315_consent_records from './20261202_135315_consent_records';
import * as migration_20261202_163721_landed_cost_pages from './20261202_163721_landed_cost_pages';
import * as migration_20261202_165408_euro_price from './20261202_165408_euro_price';
import * as migration_20261202_211517_storefront_staff_signin from './20261202_211517_storefront_staff_signin';
import * as migration_20261203_032807_vehicle_list_indexes from './20261203_032807_vehicle_list_indexes';
import * as migration_20261203_035600_search_visible_index from './20261203_035600_search_visible_index';

export const migrations = [
  {
    up: migration_20261125_031042_initial.up,
    down: migration_20261125_031042_initial.down,
    name: '20261125_031042_initial',
  },
  {
    up: migration_20261125_033728_backoffice.up,
    down: migration_20261125_033728_backoffice.down,
    name: '20261125_033728_backoffice',
  },
  {
    up: migration_20261125_040520_seo_fields.up,
    down: migration_20261125_040520_seo_fields.down,
    name: '20261125_040520_seo_fields',
  },
  {
    up: migration_20261125_040634_rate_limits.up,
    down: migration_20261125_040634_rate_limits.down,
    name: '20261125_040634_rate_limits',
  },
  {
    up: migration_20261125_040917_quote_requests_and_jobs.up,
    down: migration_20261125_040917_quote_requests_and_jobs.down,
    name: '20261125_040917_quote_requests_and_jobs',
  },
  {
    up: migration_20261125_045653_documents_no_focal_point.up,
    down: migration_20261125_045653_documents_no_focal_point.down,
    name: '20261125_045653_documents_no_focal_point',
  },
  {
    up: migration_20261125_061815_vehicle_label.up,
    down: migration_20261125_061815_vehicle_label.down,
    name: '20261125_061815_vehicle_label',
  },
  {
    up: migration_20261202_054252_site_settings_any_origin.up,
    down: migration_20261202_054252_site_settings_any_origin.down,
    name: '20261202_054252_site_settings_any_origin',
  },
  {
    up: migration_20261202_091507_payments.up,
    down: migration_20261202_091507_payments.down,
    name: '20261202_091507_payments',
  },
  {
    up: migration_20261202_092640_payment_jobs.up,
    down: migration_20261202_092640_payment_jobs.down,
    name: '20261202_092640_payment_jobs',
  },
  {
    up: migration_20261202_100255_notifications.up,
    down: migration_20261202_100255_notifications.down,
    name: '20261202_100255_notifications',
  },
  {
    up: migration_20261202_102432_notification_jobs.up,
    down: migration_20261202_102432_notification_jobs.down,
    name: '20261202_102432_notification_jobs',
  },
  {
    up: migration_20261202_104331_saved_search_jobs.up,
    down: migration_20261202_104331_saved_search_jobs.down,
    name: '20261202_104331_saved_search_jobs',
  },
  {
    up: migration_20261202_134812_privacy_security.up,
    down: migration_20261202_134812_privacy_security.down,
    name: '20261202_134812_privacy_security',
  },
  {
    up: migration_20261202_135315_consent_records.up,
    down: migration_20261202_135315_consent_records.down,
    name: '20261202_135315_consent_records',
  },
  {
    up: migration_20261202_163721_landed_cost_pages.up,
    down: migration_20261202_163721_landed_cost_pages.down,
    name: '20261202_163721_landed_cost_pages',
  },
  {
    up: migration_20261202_165408_euro_price.up,
    down: migration_20261202_165408_euro_price.down,
    name: '20261202_165408_euro_price',
  },
  {
    up: migration_20261202_211517_storefront_staff_signin.up,
    down: migration_20261202_211517_storefront_staff_signin.down,
    name: '20261202_211517_storefront_staff_signin',
  },
  {
    up: migration_20261203_032807_vehicle_list_indexes.up,
    down: migration_20261203_032807_vehicle_list_indexes.down,
    name: '20261203_032807_vehicle_list_indexes'
  },
  {
    up: migration_20261203_035600_search_visible_index.up,
    down: migration_20261203_035600_search_visible_index.down,
    name: '20261203_035600_search_visible_index',
  },
];
