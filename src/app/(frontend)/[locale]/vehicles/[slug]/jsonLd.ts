import { isCurrency, MINOR_UNIT_DIGITS } from '@/domain/currencies'
import { modelIn, vehicleName, type NameLanguage } from '@/domain/vehicleName'
import type { Media, Vehicle } from '@/payload-types'

/** The seller's price in its currency's major units, as schema.org wants it: "3250000" yen, "12000.50" dollars. */
function offerPrice({ amount, currency }: Vehicle['price']): string {
  const digits = currency && isCurrency(currency) ? MINOR_UNIT_DIGITS[currency] : 2
  return (amount / 10 ** digits).toFixed(digits)
}

/** schema.org Car with its Offer, for search engines, named in the page's language. */
export function vehicleJsonLd(
  vehicle: Vehicle,
  language: NameLanguage,
  images: Media[],
  url: string,
  landedTotal: number | null,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Car',
    name: vehicleName(vehicle, language),
    brand: { '@type': 'Brand', name: vehicle.make },
    model: modelIn(vehicle),
    vehicleModelDate: String(vehicle.year),
    dateVehicleFirstRegistered: vehicle.firstRegistrationDate?.slice(0, 10),
    mileageFromOdometer: { '@type': 'QuantitativeValue', value: vehicle.mileageKm, unitCode: 'KMT' },
    fuelType: vehicle.fuel,
    vehicleTransmission: vehicle.transmission,
    bodyType: vehicle.body,
    color: vehicle.colour ?? undefined,
    vehicleIdentificationNumber: vehicle.vin,
    image: images.map((image) => new URL(image.url ?? '', url).toString()),
    url,
    offers: {
      '@type': 'Offer',
      url,
      price: offerPrice(vehicle.price),
      priceCurrency: vehicle.price.currency ?? 'EUR',
      availability:
        vehicle.status === 'available' ? 'https://schema.org/InStock' : 'https://schema.org/LimitedAvailability',
      itemCondition: vehicle.mileageKm < 100 ? 'https://schema.org/NewCondition' : 'https://schema.org/UsedCondition',
      ...(landedTotal !== null
        ? {
            priceSpecification: {
              '@type': 'PriceSpecification',
              name: 'Landed price in France',
              price: (landedTotal / 100).toFixed(2),
              priceCurrency: 'EUR',
            },
          }
        : {}),
    },
  }
}
