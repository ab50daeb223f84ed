import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/routing'
import type { LandedPrice } from './landedPrice'
import styles from './vehicle.module.css'

/** What registering this car in France will take: COC or RTI, collector status, the "new vehicle" VAT rule. */
export async function RegistrationCheck({ price, locale }: { price: LandedPrice; locale: Locale }) {
  if (!price.ok) return null
  const t = await getTranslations({ locale, namespace: 'vehicle.check' })
  const check = price.result.registrationCheck
  const flags = [
    check.cocAvailable ? { tone: 'ok', text: t('coc') } : null,
    check.rtiRequired ? { tone: check.rtiRisk ? 'bad' : 'warn', text: check.rtiRisk ? t('rtiRisk') : t('rti') } : null,
    check.collectorEligible ? { tone: 'ok', text: t('collector') } : null,
    check.newVehicleVat ? { tone: 'warn', text: t('newVehicleVat') } : null,
  ].filter((flag): flag is { tone: string; text: string } => Boolean(flag))
  return (
    <section className={styles.section} aria-labelledby="check-title">
      <h2 id="check-title">{t('title')}</h2>
      <ul className={styles.flags}>
        {flags.map((flag) => (
          <li key={flag.text}>
            <span className={`badge badge--${flag.tone}`}>{flag.text}</span>
          </li>
        ))}
      </ul>
      {check.notes.length > 0 && (
        <ul className={styles.notes}>
          {check.notes.map((note) => (
            <li key={note.code}>{locale === 'fr' ? note.fr : note.en}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
