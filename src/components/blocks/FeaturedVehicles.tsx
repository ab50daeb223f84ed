import { getTranslations } from 'next-intl/server'

import { getFeaturedVehicles } from '@/app/(frontend)/_data/featuredVehicles'
import { toCard, withLandedPrices } from '@/app/(frontend)/_data/vehicleSearch'
import { VehicleCard } from '@/components/VehicleCard'
import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/routing'
import type { FeaturedVehiclesBlock, Vehicle } from '@/payload-types'
import styles from './blocks.module.css'

export async function FeaturedVehicles({ block, locale }: { block: FeaturedVehiclesBlock; locale: Locale }) {
  const chosen = (block.vehicles ?? []).filter(
    (vehicle): vehicle is Vehicle => typeof vehicle === 'object' && vehicle !== null,
  )
  const cards = await withLandedPrices(
    chosen.length ? chosen.map(toCard) : await getFeaturedVehicles(locale, block.limit ?? 6),
  )
  if (cards.length === 0) return null
  const t = await getTranslations({ locale, namespace: 'home' })
  return (
    <section className="section">
      <div className="container">
        <div className={styles.sectionHead}>
          <h2>{block.heading || t('featured')}</h2>
          <Link href="/vehicles">{t('allVehicles')}</Link>
        </div>
        <ul className={styles.cards}>
          {cards.map((card) => (
            <li key={card.id}>
              <VehicleCard vehicle={card} locale={locale} />
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}
