import Image from 'next/image'
import { getTranslations } from 'next-intl/server'

import type { VehicleCard as Card } from '@/app/(frontend)/_data/vehicleSearch'
import { countryName } from '@/domain/countries'
import { modelIn, trimIn, vehicleName } from '@/domain/vehicleName'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/routing'
import { km, price } from './format'
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
  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {vehicle.image?.url ? (
          <Image
            src={vehicle.image.url}
            alt={vehicle.image.alt ?? vehicleName(vehicle, locale)}
            fill
            sizes="(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw"
            priority={priority}
            fetchPriority={priority ? 'high' : undefined}
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
          <Link href={`/vehicles/${vehicle.slug}`} className={styles.link}>
            {vehicle.make} {modelIn(vehicle)}
            {trimIn(vehicle, locale) ? <span className={styles.trim}> {trimIn(vehicle, locale)}</span> : null}
          </Link>
        </h3>
        <p className={styles.facts}>
          {vehicle.year} · {km(vehicle.mileageKm, locale)} · {t(`fuel.${vehicle.fuel}`)} ·{' '}
          {t(`transmission.${vehicle.transmission}`)}
        </p>
        <p className={styles.origin}>{countryName(vehicle.originCountry, locale)}</p>
        <p className={styles.price}>
          <span className="visually-hidden">{t('search.priceLabel')} </span>
          <span className="money">{price(vehicle.price.amount, vehicle.price.currency, locale)}</span>
        </p>
      </div>
    </article>
  )
}
