import type { DocumentType } from './vehicleOptions'

/**
 * A customer is verified once an identity document (ID card, passport or driving licence) and a
 * proof of address are verified. The newest document of each kind speaks for it.
 */
export type KycStatus = 'not_started' | 'pending' | 'verified' | 'rejected'
type Reviewed = { type: string; status: 'pending' | 'verified' | 'rejected' }

export const IDENTITY_DOCUMENT_TYPES: readonly DocumentType[] = ['identity', 'driving_licence']
export const ADDRESS_DOCUMENT_TYPES: readonly DocumentType[] = ['proof_of_address']

const isOneOf = (types: readonly string[]) => (doc: Reviewed) => types.includes(doc.type)

export function kycStatusFrom(documentsOldestFirst: Reviewed[]): KycStatus {
  const latest = (types: readonly string[]) => [...documentsOldestFirst].reverse().find(isOneOf(types))?.status
  const identity = latest(IDENTITY_DOCUMENT_TYPES)
  const address = latest(ADDRESS_DOCUMENT_TYPES)
  if (!identity && !address) return 'not_started'
  if (identity === 'verified' && address === 'verified') return 'verified'
  if (identity === 'rejected' || address === 'rejected') return 'rejected'
  return 'pending'
}

/** Which kinds the customer has sent and we have not refused (still pending counts): what is left to upload. */
export function kycDocumentsOnFile(documents: Reviewed[]): { identity: boolean; address: boolean } {
  const onFile = (types: readonly string[]) => documents.some((doc) => isOneOf(types)(doc) && doc.status !== 'rejected')
  return { identity: onFile(IDENTITY_DOCUMENT_TYPES), address: onFile(ADDRESS_DOCUMENT_TYPES) }
}
