import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { RichText } from '@/components/RichText'
import { euros, month, perEuro, price as sellerPrice } from '@/components/format'
import { getEnv } from '@/config/env'
import { parisDayOf } from '@/domain/calendarDate'
import { sellerParty } from '@/documents/parties'
import type { RegionCode } from '@/domain/regions'
import { modelIn, trimIn, vehicleName } from '@/domain/vehicleName'
import { Link } from '@/components/Link'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { isLocale } from '@/i18n/routing'
import type { Media } from '@/payload-types'
import { getImportRules } from '../../../_data/importRules'
import { previewUser } from '../../../_data/preview'
import { getSiteSettings } from '../../../_data/siteSettings'
import { getVehicle } from '../../../_data/vehicles'
import { Gallery } from './Gallery'
import { LandedCostBreakdown } from './LandedCostBreakdown'
import { landedPrice } from '@/domain/landedPrice'
import { Location } from './Location'
import { RegionPicker } from './RegionPicker'
import { RegistrationCheck } from './RegistrationCheck'
import { ShareLink } from './ShareLink'
import { SpecSheet } from './SpecSheet'
import { vehicleJsonLd } from './jsonLd'
import styles from './vehicle.module.css'

export { DEFAULT_REGION } from '@/domain/regions'

/** One vehicle for one destination region (/vehicles/<slug>?region=X is rewritten to ./in/[region]). */
export async function VehicleView({ locale, slug, region }: { locale: string; slug: string; region: RegionCode }) {
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const { isEnabled: preview } = await draftMode()
  const vehicle = await getVehicle(slug, locale, preview ? { user: await previewUser() } : undefined)
  if (!vehicle) notFound()
  const [rules, settings, t] = await Promise.all([
    getImportRules(),
    getSiteSettings(locale),
    getTranslations({ locale }),
  ])
  const today = parisDayOf(new Date())
  const price = landedPrice(vehicle, region, rules, settings.quoteDefaults, today)
  const exchange = price.ok ? price.result.basis.exchange : undefined
  const images = (vehicle.gallery ?? []).filter((item): item is Media => typeof item === 'object' && Boolean(item.url))
  const statusBadge =
    vehicle.status === 'reserved' ? 'badge--warn' : vehicle.status === 'available' ? 'badge--ok' : 'badge--muted'
  const requestable = vehicle.status === 'available' || vehicle.status === 'reserved'
  const requestHref = `/quote?vehicle=${vehicle.slug}&region=${region}`
  const name = vehicleName(vehicle, locale)
  const trim = trimIn(vehicle, locale)
  const url = `${getEnv().SERVER_URL}${locale === 'en' ? '/en' : ''}/vehicles/${vehicle.slug}`

  return (
    <article className={`container ${styles.page}`}>
      {preview && <RefreshOnSave />}
      <nav aria-label={t('vehicle.breadcrumb')} className={styles.breadcrumb}>
        <Link href="/vehicles">{t('layout.vehicles')}</Link>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{vehicle.make}</span>
      </nav>
      <header className={styles.head}>
        <div>
          <h1 className={styles.title}>
            {vehicle.make} {modelIn(vehicle)} {trim && <span className={styles.trim}>{trim}</span>}
          </h1>
          {vehicle.headline && <p className={styles.headline}>{vehicle.headline}</p>}
        </div>
        <span className={`badge ${statusBadge}`}>{t(`common.${vehicle.status}`)}</span>
      </header>

      <div className={styles.layout}>
        {/* Phones read top to bottom: the price box comes right after the photos, before the long detail. */}
        <div className={styles.lead}>
          <Gallery images={images} title={name} locale={locale} />
        </div>
        <aside className={styles.aside} aria-label={t('vehicle.priceBox')}>
          <div className={`card ${styles.priceBox}`}>
            <p className={styles.sellerPrice}>
              {t('vehicle.sellerPrice')}{' '}
              <span className="money" data-testid="seller-price">
                {sellerPrice(vehicle.price.amount, vehicle.price.currency, locale)}
              </span>
            </p>
            {exchange ? (
              <p className={styles.sellerPrice} data-testid="seller-price-eur">
                {t('vehicle.inEuros', {
                  amount: euros(exchange.euroCents, locale, { exact: true }),
                  rate: perEuro(exchange.perEuro, exchange.currency, locale),
                  month: month(exchange.date, locale),
                })}
              </p>
            ) : null}
            <RegionPicker region={region} locale={locale} />
            {price.ok ? (
              <p className={styles.landed}>
                <span className={styles.landedLabel}>{t('vehicle.landedIn', { region: t(`regions.${region}`) })}</span>
                <span className={`money ${styles.landedAmount}`} data-testid="landed-total">
                  {euros(price.total, locale)}
                </span>
                <a href="#landed-cost" className={styles.detailLink}>
                  {t('vehicle.seeDetail')}
                </a>
              </p>
            ) : (
              <p className="form-error">{t('vehicle.noEstimate')}</p>
            )}
            {requestable ? (
              <Link href={requestHref} className="button button--brass" style={{ width: '100%' }}>
                {t('vehicle.request')}
              </Link>
            ) : null}
            <ShareLink url={url} title={name} label={t('vehicle.share')} copied={t('vehicle.copied')} />
          </div>
        </aside>
        <div className={styles.main}>
          <SpecSheet vehicle={vehicle} locale={locale} />
          {vehicle.description ? (
            <section className={styles.section} aria-labelledby="description-title">
              <h2 id="description-title">{t('vehicle.description')}</h2>
              <RichText data={vehicle.description} />
            </section>
          ) : null}
          <RegistrationCheck price={price} locale={locale} />
          <LandedCostBreakdown
            price={price}
            region={region}
            siteName={sellerParty(settings).siteName}
            locale={locale}
          />
          <Location
            vehicle={vehicle}
            settings={settings}
            locale={locale}
            mapsKey={getEnv().NEXT_PUBLIC_GOOGLE_MAPS_API_KEY}
          />
        </div>
      </div>
      {price.ok || requestable ? (
        // Phones only (hidden from 64rem, where the price box stays in view): the total and the request
        // at hand wherever the visitor is on the page.
        <div className={styles.priceBar} data-testid="price-bar">
          {price.ok ? (
            <p className={styles.priceBarTotal}>
              <span className={styles.priceBarLabel}>{t('vehicle.barLanded', { region: t(`regions.${region}`) })}</span>
              <span className="money" data-testid="price-bar-total">
                {euros(price.total, locale)}
              </span>
            </p>
          ) : null}
          {requestable ? (
            <Link href={requestHref} className="button button--brass button--small">
              {t('vehicle.request')}
            </Link>
          ) : null}
        </div>
      ) : null}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: JSON.stringify(vehicleJsonLd(vehicle, locale, images, url, price.ok ? price.total : null)).replace(
            /</g,
            '\\u003c',
          ),
        }}
      />
    </article>
  )
}
