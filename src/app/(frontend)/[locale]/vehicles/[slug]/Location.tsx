import { getTranslations } from 'next-intl/server'

import { countryName } from '@/domain/countries'
import { shownPlace } from '@/domain/vehiclePlace'
import type { Locale } from '@/i18n/routing'
import type { SiteSetting, Vehicle } from '@/payload-types'
import { VehicleMap } from './VehicleMap'
import styles from './vehicle.module.css'

/**
 * Where the car is, as a place name: the town and country, or our showroom's name and address when
 * the car is with us (src/domain/vehiclePlace.ts). Never the coordinates: they only centre the Google
 * map, which needs a configured key and the visitor's consent (VehicleMap shows a placeholder until then).
 */
export async function Location({
  vehicle,
  settings,
  locale,
  mapsKey,
}: {
  vehicle: Vehicle
  settings: SiteSetting
  locale: Locale
  mapsKey?: string
}) {
  const [t, consent] = await Promise.all([
    getTranslations({ locale, namespace: 'vehicle' }),
    getTranslations({ locale, namespace: 'consent' }),
  ])
  const place = shownPlace(vehicle.location, settings.showroom)
  if (!place) return null
  const country = place.country ? countryName(place.country, locale) : null
  return (
    <section className={styles.section} aria-labelledby="location-title">
      <h2 id="location-title">{t('location')}</h2>
      <div className={styles.location}>
        <address className={styles.address} data-testid="vehicle-place">
          {place.name && (
            <>
              <strong>{place.name}</strong>
              <br />
            </>
          )}
          {place.address && (
            <>
              {place.address}
              <br />
            </>
          )}
          {place.city}
          {country ? `, ${country}` : ''}
        </address>
        {mapsKey && place.centre ? (
          <VehicleMap
            apiKey={mapsKey}
            lat={place.centre.lat}
            lng={place.centre.lng}
            label={t('mapLabel', { city: place.name ?? place.city })}
            locale={locale}
            blockedText={consent('mapBlocked')}
            enableLabel={consent('mapEnable')}
          />
        ) : null}
      </div>
    </section>
  )
}
