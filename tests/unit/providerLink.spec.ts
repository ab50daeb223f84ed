import { describe, expect, it } from 'vitest'

import { decideProviderLink } from '@/domain/providerLink'

const base = {
  flow: { customer: 'c1', sid: 's1' },
  current: { id: 'c1', sid: 's1' },
  linkedTo: null,
  accountEmail: 'ana@customer.test',
  claims: { email: 'ana.other@gmail.test', emailVerified: true },
}

describe('linking a provider from the profile', () => {
  it('links a verified address, whichever it is', () => {
    expect(decideProviderLink(base)).toEqual({ kind: 'link' })
  })

  it('links an unverified address only when it is the account’s own', () => {
    expect(decideProviderLink({ ...base, claims: { email: 'ana.other@gmail.test', emailVerified: false } })).toEqual({
      kind: 'refuse',
      reason: 'linkUnverified',
    })
    expect(decideProviderLink({ ...base, claims: { email: ' ANA@customer.test', emailVerified: false } })).toEqual({
      kind: 'link',
    })
    expect(decideProviderLink({ ...base, claims: { email: null, emailVerified: true } })).toEqual({
      kind: 'refuse',
      reason: 'linkUnverified',
    })
  })

  it.each([
    ['nobody signed in', null],
    ['another customer', { id: 'c2', sid: 's9' }],
    ['the same customer in another session', { id: 'c1', sid: 's2' }],
  ])('refuses when %s finishes the link', (_who, current) => {
    expect(decideProviderLink({ ...base, current })).toEqual({ kind: 'refuse', reason: 'signedOut' })
  })

  it('refuses an identity linked to another account; one already linked here is no change', () => {
    expect(decideProviderLink({ ...base, linkedTo: 'c2' })).toEqual({ kind: 'refuse', reason: 'linkedElsewhere' })
    expect(decideProviderLink({ ...base, linkedTo: 'c1' })).toEqual({ kind: 'alreadyLinked' })
  })
})
