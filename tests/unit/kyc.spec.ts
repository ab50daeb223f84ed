import { describe, expect, it } from 'vitest'

import {
  ADDRESS_DOCUMENT_TYPES,
  IDENTITY_DOCUMENT_TYPES,
  kycDocumentsOnFile,
  kycStatusFrom,
} from '../../src/domain/kyc'
import { CUSTOMER_DOCUMENT_TYPES } from '../../src/domain/vehicleOptions'

describe('KYC document kinds', () => {
  it('identity and address documents are the ones a customer uploads', () => {
    expect([...IDENTITY_DOCUMENT_TYPES, ...ADDRESS_DOCUMENT_TYPES].sort()).toEqual([...CUSTOMER_DOCUMENT_TYPES].sort())
  })
})

describe('kycDocumentsOnFile', () => {
  it('counts a pending or verified document, of either identity kind', () => {
    expect(kycDocumentsOnFile([{ type: 'driving_licence', status: 'pending' }])).toEqual({
      identity: true,
      address: false,
    })
    expect(
      kycDocumentsOnFile([
        { type: 'identity', status: 'verified' },
        { type: 'proof_of_address', status: 'pending' },
      ]),
    ).toEqual({
      identity: true,
      address: true,
    })
  })

  it('does not count a refused document, nor other kinds', () => {
    expect(
      kycDocumentsOnFile([
        { type: 'identity', status: 'rejected' },
        { type: 'invoice', status: 'verified' },
      ]),
    ).toEqual({
      identity: false,
      address: false,
    })
  })
})

describe('kycStatusFrom', () => {
  it('is verified once the newest identity and address documents are', () => {
    expect(kycStatusFrom([])).toBe('not_started')
    expect(
      kycStatusFrom([
        { type: 'identity', status: 'rejected' },
        { type: 'driving_licence', status: 'verified' },
        { type: 'proof_of_address', status: 'verified' },
      ]),
    ).toBe('verified')
    expect(
      kycStatusFrom([
        { type: 'identity', status: 'verified' },
        { type: 'proof_of_address', status: 'rejected' },
      ]),
    ).toBe('rejected')
    expect(kycStatusFrom([{ type: 'identity', status: 'verified' }])).toBe('pending')
  })
})
