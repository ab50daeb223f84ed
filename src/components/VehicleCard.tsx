import { getTranslations } from 'next-intl/server'

import type { VehicleCard as Card } from '@/app/(frontend)/_data/vehicleSearch'
import { countryName } from '@/domain/countries'
import { modelIn, trimIn, vehicleName } from '@/domain/vehicleName'
import { Link } from '@/components/Link'
import { StaticImage } from '@/components/StaticImage'
import type { Locale } from '@/i18n/routing'
import { DEFAULT_REGION } from '@/domain/regions'
import { euros, km, price } from './format'
import styles from './VehicleCard.module.css'

export async function VehicleCard({
  vehicle,
  locale,
  priority = false,
}: {
  vehicle: Card
  locale: Locale
  priority?: boolean
}) {
  const t = await getTranslations({ locale })
  const landed = vehicle.landed
  // The car's page for the same region, so that the total there is the one on the card.
  const region = landed && landed.region !== DEFAULT_REGION ? `?region=${landed.region}` : ''
  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {vehicle.image?.url ? (
          <StaticImage
            src={vehicle.image.url}
            alt={vehicle.image.alt ?? vehicleName(vehicle, locale)}
            fill
            sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw"
            preload={priority}
            className={styles.image}
          />
        ) : null}
        <div className={styles.badges}>
          {vehicle.status === 'reserved' && <span className="badge badge--warn">{t('common.reserved')}</span>}
          {vehicle.hasCoc && <span className="badge badge--ok">{t('search.cocBadge')}</span>}
        </div>
      </div>
      <div className={styles.body}>
        <h3 className={styles.title}>
          <Link href={`/vehicles/${vehicle.slug}${region}`} className={styles.link}>
            {vehicle.make} {modelIn(vehicle)}
            {trimIn(vehicle, locale) ? <span className={styles.trim}> {trimIn(vehicle, locale)}</span> : null}
          </Link>
        </h3>
        <p className={styles.facts}>
          {vehicle.year} · {km(vehicle.mileageKm, locale)} · {t(`fuel.${vehicle.fuel}`)} ·{' '}
          {t(`transmission.${vehicle.transmission}`)}
        </p>
        <p className={styles.origin}>{countryName(vehicle.originCountry, locale)}</p>
        <div className={styles.prices}>
          {landed?.total != null ? (
            <p className={styles.landed}>
              <span className={styles.landedLabel}>
                {t('search.cardLanded', { region: t(`regions.${landed.region}`) })}
              </span>
              <span className={`money ${styles.price}`} data-testid="card-landed-price">
                {euros(landed.total, locale)}
              </span>
            </p>
          ) : (
            <p className={styles.notPriced} data-testid="card-not-priced">
              {landed ? t('search.cardNotPriced') : t('search.cardPricing')}
            </p>
          )}
          <p className={styles.seller}>
            {t('search.priceLabel')}{' '}
            <span className="money" data-testid="card-seller-price">
              {price(vehicle.price.amount, vehicle.price.currency, locale)}
            </span>
          </p>
        </div>
      </div>
    </article>
  )
}
