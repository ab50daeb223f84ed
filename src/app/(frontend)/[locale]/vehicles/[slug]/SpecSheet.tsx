import { getTranslations } from 'next-intl/server'

import { date, kg, km, power } from '@/components/format'
import { countryName } from '@/domain/countries'
import type { Locale } from '@/i18n/routing'
import type { Vehicle } from '@/payload-types'
import styles from './vehicle.module.css'

export async function SpecSheet({ vehicle, locale }: { vehicle: Vehicle; locale: Locale }) {
  const t = await getTranslations({ locale })
  const rows: [string, string | null | undefined][] = [
    [t('vehicle.spec.year'), String(vehicle.year)],
    [
      t('vehicle.spec.firstRegistration'),
      vehicle.firstRegistrationDate ? date(vehicle.firstRegistrationDate, locale, 'medium') : t('vehicle.spec.new'),
    ],
    [t('vehicle.spec.mileage'), km(vehicle.mileageKm, locale)],
    [t('vehicle.spec.fuel'), t(`fuel.${vehicle.fuel}`)],
    [t('vehicle.spec.transmission'), t(`transmission.${vehicle.transmission}`)],
    [t('vehicle.spec.body'), t(`body.${vehicle.body}`)],
    [
      t('vehicle.spec.power'),
      vehicle.powerKw ? power(vehicle.powerKw, vehicle.powerHp ?? Math.round(vehicle.powerKw * 1.35962), locale) : null,
    ],
    [t('vehicle.spec.fiscalHp'), vehicle.fiscalHp ? `${vehicle.fiscalHp} CV` : null],
    [
      t('vehicle.spec.co2'),
      vehicle.co2WltpGKm != null
        ? `${vehicle.co2WltpGKm} g/km (WLTP)`
        : vehicle.co2NedcGKm != null
          ? `${vehicle.co2NedcGKm} g/km (NEDC)`
          : null,
    ],
    [
      t('vehicle.spec.euroNorm'),
      vehicle.euroNorm && vehicle.euroNorm !== 'none' ? vehicle.euroNorm.replace('euro', 'Euro ') : null,
    ],
    [t('vehicle.spec.mass'), vehicle.massKg ? kg(vehicle.massKg, locale) : null],
    [t('vehicle.spec.range'), vehicle.electricRangeKm ? km(vehicle.electricRangeKm, locale) : null],
    [t('vehicle.spec.colour'), vehicle.colour],
    [t('vehicle.spec.doorsSeats'), vehicle.doors && vehicle.seats ? `${vehicle.doors} / ${vehicle.seats}` : null],
    [t('vehicle.spec.origin'), countryName(vehicle.originCountry, locale)],
    [t('vehicle.spec.seller'), t(`vehicle.seller.${vehicle.sellerType ?? 'dealer'}`)],
    // Only what staff have established: "decided by age" and "unknown" tell the customer nothing.
    [t('vehicle.spec.collector'), vehicle.collector === 'attested' ? t('vehicle.spec.collectorAttested') : null],
    [
      t('vehicle.spec.typeApproval'),
      vehicle.typeApproval === 'eu'
        ? t('vehicle.spec.typeApprovalEu')
        : vehicle.typeApproval === 'none'
          ? t('vehicle.spec.typeApprovalNone')
          : null,
    ],
    [t('vehicle.spec.vin'), vehicle.vin],
  ]
  return (
    <section className={styles.section} aria-labelledby="specs-title">
      <h2 id="specs-title">{t('vehicle.specs')}</h2>
      <dl className={styles.specs}>
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {vehicle.options?.length ? (
        <>
          <h3>{t('vehicle.options')}</h3>
          <ul className={styles.options}>
            {vehicle.options.map((option) => (
              <li key={option}>{option}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
