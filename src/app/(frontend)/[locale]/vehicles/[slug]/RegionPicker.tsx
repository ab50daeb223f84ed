import { getTranslations } from 'next-intl/server'

import { FR_REGIONS, type RegionCode } from '@/domain/regions'
import type { Locale } from '@/i18n/routing'
import { SubmitOnChange } from './SubmitOnChange'
import styles from './vehicle.module.css'

/** Destination region: a GET form, so the choice is in the URL and works without JavaScript. */
export async function RegionPicker({ region, locale }: { region: RegionCode; locale: Locale }) {
  const t = await getTranslations({ locale })
  return (
    <form method="get" className={styles.regionForm} id="region-form">
      <label htmlFor="region">{t('vehicle.region')}</label>
      <div className={styles.regionRow}>
        <select id="region" name="region" defaultValue={region}>
          {FR_REGIONS.map(({ code }) => (
            <option key={code} value={code}>
              {t(`regions.${code}`)}
            </option>
          ))}
        </select>
        <noscript>
          <button type="submit" className="button button--small">
            {t('vehicle.update')}
          </button>
        </noscript>
      </div>
      <SubmitOnChange formId="region-form" />
    </form>
  )
}
