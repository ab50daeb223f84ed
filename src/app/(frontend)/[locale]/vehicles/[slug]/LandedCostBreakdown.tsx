import { getTranslations } from 'next-intl/server'

import { date, euros } from '@/components/format'
import { landedSections } from '@/domain/landedSections'
import { SECTION_WORDS } from '@/domain/priceSections'
import type { RegionCode } from '@/domain/regions'
import type { Locale } from '@/i18n/routing'
import type { LandedPrice } from './landedPrice'
import styles from './vehicle.module.css'

/**
 * Every line of the landed cost grouped and worded as the quote PDF prints it (VAT sections with
 * their subtotals, the carte grise as Y.6), each with the rule, table year and sources behind it.
 */
export async function LandedCostBreakdown({
  price,
  region,
  siteName,
  locale,
}: {
  price: LandedPrice
  region: RegionCode
  siteName: string
  locale: Locale
}) {
  const t = await getTranslations({ locale })
  const words = SECTION_WORDS[locale]
  const title = <h2 id="landed-title">{t('vehicle.landedTitle', { region: t(`regions.${region}`) })}</h2>
  if (!price.ok) {
    return (
      <section className={styles.section} id="landed-cost" aria-labelledby="landed-title">
        {title}
        <p className="form-error">
          {t('vehicle.noEstimate')} {locale === 'fr' ? price.reasonFr : price.reason}
        </p>
      </section>
    )
  }
  const breakdown = landedSections(price.result.lines, price.serviceFee, siteName, locale)
  return (
    <section className={styles.section} id="landed-cost" aria-labelledby="landed-title">
      {title}
      {breakdown.sections.map((section) => (
        <section
          key={section.key}
          className={styles.priceSection}
          aria-labelledby={`landed-${section.key}`}
          data-testid={`landed-section-${section.key}`}
        >
          <h3 id={`landed-${section.key}`} className={styles.sectionTitle}>
            {words[section.key].title}
          </h3>
          <ul className={styles.lines}>
            {section.lines.map((line, index) => {
              // Our fee has no rule of the State behind it: what it pays for stands in.
              const rule = line.code === 'service_fee' ? t('vehicle.serviceFeeRule') : line.rule
              return (
                <li key={`${line.code}-${index}`} data-testid="landed-line">
                  {rule ? (
                    <details className={styles.line}>
                      <summary>
                        <span>{line.label}</span>
                        <span className="money">{euros(line.amount, locale, { exact: true })}</span>
                      </summary>
                      <div className={styles.lineDetail}>
                        <p>{rule}</p>
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
                  ) : (
                    <div className={`${styles.line} ${styles.lineStatic}`}>
                      <span>{line.label}</span>
                      <span className="money">{euros(line.amount, locale, { exact: true })}</span>
                    </div>
                  )}
                </li>
              )
            })}
            <li className={styles.subtotal} data-testid={`landed-subtotal-${section.key}`}>
              <div className={`${styles.line} ${styles.lineStatic}`}>
                <span>{words[section.key].subtotal}</span>
                <span className="money">{euros(section.subtotal, locale, { exact: true })}</span>
              </div>
            </li>
          </ul>
        </section>
      ))}
      <p className={styles.totalRow} data-testid="landed-breakdown-total">
        <span>{t('vehicle.total')}</span>
        <span className="money">{euros(breakdown.total, locale, { exact: true })}</span>
      </p>
      {price.result.warnings.length > 0 && (
        <ul className={styles.notes}>
          {price.result.warnings.map((warning) => (
            <li key={warning.code}>{locale === 'fr' ? warning.fr : warning.en}</li>
          ))}
        </ul>
      )}
      <p className="muted">{t('vehicle.disclaimer')}</p>
    </section>
  )
}
