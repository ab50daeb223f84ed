import type { CustomerParty, PaperLocale, SellerParty } from './types'

type SellerSettings = {
  siteName?: string | null
  seller?: Omit<SellerParty, 'siteName'> | null
}

export function sellerParty(settings: SellerSettings): SellerParty {
  const seller = settings.seller ?? {}
  return {
    siteName: settings.siteName || seller.legalName || 'Autoport',
    legalName: seller.legalName ?? null,
    legalForm: seller.legalForm ?? null,
    address: seller.address ?? null,
    siret: seller.siret ?? null,
    rcs: seller.rcs ?? null,
    vatNumber: seller.vatNumber ?? null,
    invoiceNote: seller.invoiceNote ?? null,
  }
}

type CustomerRecord = {
  email?: string | null
  firstName?: string | null
  lastName?: string | null
  address?: {
    line1?: string | null
    line2?: string | null
    postcode?: string | null
    city?: string | null
    country?: string | null
  } | null
}

export function countryName(code: string, locale: PaperLocale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** The customer as the paperwork addresses them: name (or e-mail), postal address when known. */
export function customerParty(customer: CustomerRecord | null, locale: PaperLocale): CustomerParty {
  const address = customer?.address ?? {}
  const town = [address.postcode, address.city].filter(Boolean).join(' ')
  const lines = [address.line1, address.line2, town].filter((line): line is string => Boolean(line?.trim()))
  if (lines.length > 0 && address.country) lines.push(countryName(address.country, locale))
  const name = [customer?.firstName, customer?.lastName].filter(Boolean).join(' ')
  return { name: name || customer?.email || '—', email: customer?.email ?? null, address: lines }
}
