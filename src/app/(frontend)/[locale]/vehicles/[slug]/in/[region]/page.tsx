import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isRegionCode } from '@/domain/regions'
import { vehicleMetadata } from '../../vehicleMetadata'
import { VehicleView } from '../../VehicleView'

export const revalidate = 3600
export const dynamicParams = true

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: string; slug: string; region: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return vehicleMetadata(locale, slug)
}

export default async function VehicleInRegion({ params }: Props) {
  const { locale, slug, region } = await params
  if (!isRegionCode(region)) notFound()
  return <VehicleView locale={locale} slug={slug} region={region} />
}
