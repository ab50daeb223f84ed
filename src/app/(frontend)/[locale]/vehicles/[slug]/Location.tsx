import { getTranslations } from 'next-intl/server'

import { countryName } from '@/domain/countries'
import type { Locale } from '@/i18n/routing'
import type { SiteSetting, Vehicle } from '@/payload-types'
import { VehicleMap } from './VehicleMap'
import styles from './vehicle.module.css'

/**
 * Where the car is (or our showroom when it is with us): a Google map when a key is configured,
 * always the address and coordinates in plain text, so nothing breaks without one.
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
  const place = vehicle.location?.city
    ? {
        name: null,
        address: vehicle.location.address,
        city: [vehicle.location.postcode, vehicle.location.city].filter(Boolean).join(' '),
        country: vehicle.location.country,
        lat: vehicle.location.lat,
        lng: vehicle.location.lng,
      }
    : settings.showroom?.city
      ? {
          name: settings.showroom.name,
          address: settings.showroom.address,
          city: [settings.showroom.postcode, settings.showroom.city].filter(Boolean).join(' '),
          country: settings.showroom.country,
          lat: settings.showroom.lat,
          lng: settings.showroom.lng,
        }
      : null
  if (!place) return null
  const hasCoordinates = typeof place.lat === 'number' && typeof place.lng === 'number'
  return (
    <section className={styles.section} aria-labelledby="location-title">
      <h2 id="location-title">{t('location')}</h2>
      <div className={styles.location}>
        <address className={styles.address}>
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
          {place.country ? `, ${countryName(place.country, locale)}` : ''}
          {hasCoordinates && (
            <>
              <br />
              <span className="muted">
                {place.lat!.toFixed(4)}, {place.lng!.toFixed(4)}
              </span>
            </>
          )}
        </address>
        {mapsKey && hasCoordinates ? (
          <VehicleMap
            apiKey={mapsKey}
            lat={place.lat!}
            lng={place.lng!}
            label={t('mapLabel', { city: place.city })}
            locale={locale}
            blockedText={consent('mapBlocked')}
            enableLabel={consent('mapEnable')}
          />
        ) : null}
      </div>
    </section>
  )
}
