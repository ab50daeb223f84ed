import type { Metadata } from 'next'

import { vehicleName } from '@/domain/vehicleName'
import { isLocale } from '@/i18n/routing'
import type { Media } from '@/payload-types'
import { getVehicle } from '../../../_data/vehicles'

export async function vehicleMetadata(locale: string, slug: string): Promise<Metadata> {
  if (!isLocale(locale)) return {}
  const vehicle = await getVehicle(slug, locale)
  if (!vehicle) return {}
  const image = vehicle.gallery?.find((item): item is Media => typeof item === 'object')
  const path = `/vehicles/${vehicle.slug}`
  const title = vehicle.meta?.title || `${vehicleName(vehicle, locale)} ${vehicle.year}`
  const description = vehicle.meta?.description || vehicle.headline || undefined
  return {
    title,
    description,
    alternates: {
      canonical: locale === 'fr' ? path : `/en${path}`,
      languages: { fr: path, en: `/en${path}`, 'x-default': path },
    },
    openGraph: { title, description, images: image?.url ? [{ url: image.url, alt: image.alt ?? '' }] : undefined },
  }
}
