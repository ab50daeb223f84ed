import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClientMessages } from '@/components/ClientMessages'
import { price } from '@/components/format'
import { isRegionCode } from '@/domain/regions'
import { vehicleName } from '@/domain/vehicleName'
import { isLocale, type Locale } from '@/i18n/routing'
import { getCustomer } from '../../_auth/session'
import { getVehicle } from '../../_data/vehicles'
import { QuoteForm } from './QuoteForm'
import styles from './quote.module.css'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) => [value].flat()[0]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'quote' })
  return {
    title: t('title'),
    description: t('lead'),
    alternates: { canonical: locale === 'fr' ? '/quote' : '/en/quote', languages: { fr: '/quote', en: '/en/quote' } },
  }
}

export default async function QuotePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const query = await searchParams
  const [t, customer] = await Promise.all([getTranslations({ locale, namespace: 'quote' }), getCustomer()])
  const slug = first(query.vehicle)
  const vehicle = slug ? await getVehicle(slug.slice(0, 120), locale) : null
  const region = first(query.region)
  const defaults = {
    make: first(query.make)?.slice(0, 60) ?? '',
    model: first(query.model)?.slice(0, 80) ?? '',
    region: region && isRegionCode(region) ? region : (customer?.address?.region ?? 'IDF'),
  }

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <h1>{vehicle ? t('titleVehicle') : t('title')}</h1>
        <p className={styles.lead}>{vehicle ? t('leadVehicle') : t('lead')}</p>
      </header>
      {vehicle && (
        <div className={`card ${styles.vehicle}`}>
          <p className={styles.vehicleName}>
            {vehicleName(vehicle, locale)} · {vehicle.year}
          </p>
          <p className="money">{price(vehicle.price.amount, vehicle.price.currency, locale)}</p>
        </div>
      )}
      {slug && !vehicle && <p className="form-error">{t('errors.vehicleGone')}</p>}
      <ClientMessages namespaces={['quote', 'fuel', 'transmission']}>
        <QuoteForm
          kind={vehicle ? 'stock' : 'sourcing'}
          vehicleSlug={vehicle?.slug ?? undefined}
          signedInAs={customer ? customer.email : undefined}
          defaults={defaults}
        />
      </ClientMessages>
    </div>
  )
}
