/**
 * A customer is verified once an identity document (ID card, passport or driving licence) and a
 * proof of address are verified. The newest document of each kind speaks for it.
 */
export type KycStatus = 'not_started' | 'pending' | 'verified' | 'rejected'
type Reviewed = { type: string; status: 'pending' | 'verified' | 'rejected' }

const IDENTITY = ['identity', 'driving_licence']
const ADDRESS = ['proof_of_address']

export function kycStatusFrom(documentsOldestFirst: Reviewed[]): KycStatus {
  const latest = (types: string[]) => [...documentsOldestFirst].reverse().find((doc) => types.includes(doc.type))?.status
  const identity = latest(IDENTITY)
  const address = latest(ADDRESS)
  if (!identity && !address) return 'not_started'
  if (identity === 'verified' && address === 'verified') return 'verified'
  if (identity === 'rejected' || address === 'rejected') return 'rejected'
  return 'pending'
}
