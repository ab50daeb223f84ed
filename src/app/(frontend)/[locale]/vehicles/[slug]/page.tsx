import type { Metadata } from 'next'

import { vehicleMetadata } from './vehicleMetadata'
import { DEFAULT_REGION, VehicleView } from './VehicleView'

// Rendered once per vehicle and region, kept until a vehicle or a rule changes or an hour passes
// (the landed price follows the day's rules).
export const revalidate = 3600
export const dynamicParams = true

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return vehicleMetadata(locale, slug)
}

export default async function VehiclePage({ params }: Props) {
  const { locale, slug } = await params
  return <VehicleView locale={locale} slug={slug} region={DEFAULT_REGION} />
}
