/**
 * The legal notice (mentions légales, LCEN art. 6 III) prints the company's SIREN: the first nine
 * digits of its SIRET, which the settings already hold for invoices, so it is never typed twice.
 */
export function sirenOf(siret: string | null | undefined): string | null {
  const digits = (siret ?? '').replace(/\D/g, '')
  if (digits.length < 9) return null
  const siren = digits.slice(0, 9)
  return `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`
}

type Settings = {
  seller?: {
    legalName?: string | null
    legalForm?: string | null
    address?: string | null
    siret?: string | null
    rcs?: string | null
    vatNumber?: string | null
  } | null
  legal?: {
    shareCapital?: string | null
    publicationDirector?: string | null
    privacyContact?: string | null
    host?: { name?: string | null; address?: string | null; phone?: string | null } | null
  } | null
  showroom?: { phone?: string | null; email?: string | null } | null
}

export type LegalNoticeFact =
  | 'publisher'
  | 'legalForm'
  | 'shareCapital'
  | 'address'
  | 'siren'
  | 'siret'
  | 'rcs'
  | 'vatNumber'
  | 'director'
  | 'phone'
  | 'email'
  | 'privacyContact'
  | 'hostName'
  | 'hostAddress'
  | 'hostPhone'

/** What the legal notice states, in order, from the settings; a fact left empty is left out. */
export function legalNoticeFacts(settings: Settings): {
  publisher: [LegalNoticeFact, string][]
  host: [LegalNoticeFact, string][]
} {
  const seller = settings.seller ?? {}
  const legal = settings.legal ?? {}
  const keep = (facts: [LegalNoticeFact, string | null | undefined][]) =>
    facts.flatMap(([fact, value]) => (value && value.trim() ? [[fact, value.trim()] as [LegalNoticeFact, string]] : []))
  return {
    publisher: keep([
      ['publisher', seller.legalName],
      ['legalForm', seller.legalForm],
      ['shareCapital', legal.shareCapital],
      ['address', seller.address],
      ['siren', sirenOf(seller.siret)],
      ['siret', seller.siret],
      ['rcs', seller.rcs],
      ['vatNumber', seller.vatNumber],
      ['director', legal.publicationDirector],
      ['phone', settings.showroom?.phone],
      ['email', settings.showroom?.email],
      ['privacyContact', legal.privacyContact],
    ]),
    host: keep([
      ['hostName', legal.host?.name],
      ['hostAddress', legal.host?.address],
      ['hostPhone', legal.host?.phone],
    ]),
  }
}
