import { getTranslations } from 'next-intl/server'

import { date, euros } from '@/components/format'
import type { RegionCode } from '@/domain/regions'
import type { Locale } from '@/i18n/routing'
import type { LandedPrice } from './landedPrice'
import styles from './vehicle.module.css'

/** Every line of the landed cost with the rule, table year and sources behind it. */
export async function LandedCostBreakdown({
  price,
  region,
  locale,
}: {
  price: LandedPrice
  region: RegionCode
  locale: Locale
}) {
  const t = await getTranslations({ locale })
  return (
    <section className={styles.section} id="landed-cost" aria-labelledby="landed-title">
      <h2 id="landed-title">{t('vehicle.landedTitle', { region: t(`regions.${region}`) })}</h2>
      {!price.ok ? (
        <p className="form-error">
          {t('vehicle.noEstimate')} {locale === 'fr' ? price.reasonFr : price.reason}
        </p>
      ) : (
        <>
          <ul className={styles.lines}>
            {price.result.lines.map((line, index) => (
              <li key={`${line.code}-${index}`}>
                <details className={styles.line}>
                  <summary>
                    <span>{locale === 'fr' ? line.labelFr : line.label}</span>
                    <span className="money">{euros(line.amount, locale, { exact: true })}</span>
                  </summary>
                  <div className={styles.lineDetail}>
                    <p>{locale === 'fr' ? line.ruleFr : line.rule}</p>
                    {(line.tableYear || line.validFrom) && (
                      <p className="muted">
                        {line.tableYear ? t('vehicle.tableYear', { year: line.tableYear }) : ''}
                        {line.validFrom
                          ? ` ${t('vehicle.validFrom', { date: date(line.validFrom, locale, 'medium') })}`
                          : ''}
                      </p>
                    )}
                    {line.sourceIds.length > 0 && (
                      <p className="muted">{t('vehicle.sources', { ids: line.sourceIds.join(', ') })}</p>
                    )}
                  </div>
                </details>
              </li>
            ))}
            {price.serviceFee > 0 && (
              <li>
                <div className={`${styles.line} ${styles.lineStatic}`}>
                  <span>{t('vehicle.serviceFee')}</span>
                  <span className="money">{euros(price.serviceFee, locale, { exact: true })}</span>
                </div>
              </li>
            )}
          </ul>
          <p className={styles.totalRow}>
            <span>{t('vehicle.total')}</span>
            <span className="money">{euros(price.total, locale, { exact: true })}</span>
          </p>
          {price.result.warnings.length > 0 && (
            <ul className={styles.notes}>
              {price.result.warnings.map((warning) => (
                <li key={warning.code}>{locale === 'fr' ? warning.fr : warning.en}</li>
              ))}
            </ul>
          )}
          <p className="muted">{t('vehicle.disclaimer')}</p>
        </>
      )}
    </section>
  )
}
