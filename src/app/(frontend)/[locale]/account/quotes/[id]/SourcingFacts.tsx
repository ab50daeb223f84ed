import { getTranslations } from 'next-intl/server'

import { euros, km } from '@/components/format'
import { FUELS, TRANSMISSIONS } from '@/domain/vehicleOptions'
import type { Locale } from '@/i18n/routing'
import type { Quote } from '@/payload-types'
import styles from '../../account.module.css'

/** What the customer asked us to find, as pairs of a definition list. */
export async function SourcingFacts({ sourcing, locale }: { sourcing: Quote['sourcing']; locale: Locale }) {
  if (!sourcing) return null
  const t = await getTranslations({ locale, namespace: 'account.quote' })
  const fuel = FUELS.find((entry) => entry.value === sourcing.fuel)?.[locale]
  const gearbox = TRANSMISSIONS.find((entry) => entry.value === sourcing.transmission)?.[locale]
  const years = [sourcing.yearFrom, sourcing.yearTo].filter(Boolean).join('–')
  const facts: [string, string | null | undefined][] = [
    [t('wanted'), [sourcing.make, sourcing.model].filter(Boolean).join(' ')],
    [t('years'), years],
    [t('budget'), sourcing.budget ? euros(sourcing.budget, locale) : null],
    [t('fuel'), fuel],
    [t('gearbox'), gearbox],
    [t('mileage'), sourcing.maxMileageKm ? t('mileageMax', { distance: km(sourcing.maxMileageKm, locale) }) : null],
    [t('mustHaves'), sourcing.mustHaves],
  ]
  return (
    <>
      {facts
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className={styles.factPair}>
            <dt>{label}</dt>
            <dd className={styles.preserve}>{value}</dd>
          </div>
        ))}
    </>
  )
}
