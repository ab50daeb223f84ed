import { describe, expect, it } from 'vitest'

import {
  decideCustomerSignIn,
  decideStaffSignIn,
  emailVerifiedClaim,
  roleFromClaims,
  type ProviderClaims,
} from '@/domain/providerSignIn'
import { emailDomain, isAllowedDomain, normaliseDomains } from '@/domain/signInDomains'

const claims = (over: Partial<ProviderClaims> = {}): ProviderClaims => ({
  sub: 'sub-1',
  email: 'anne@autoport.fr',
  emailVerified: true,
  ...over,
})

describe('allowed domains', () => {
  it('normalises a list and refuses what is not a domain', () => {
    expect(normaliseDomains(' Autoport.FR, @garage.autoport.fr,autoport.fr ')).toEqual([
      'autoport.fr',
      'garage.autoport.fr',
    ])
    expect(normaliseDomains('')).toEqual([])
    expect(() => normaliseDomains('autoport')).toThrow('"autoport" is not a domain name')
    expect(() => normaliseDomains('*.autoport.fr')).toThrow()
  })

  it.each([
    ['anne@autoport.fr', true],
    ['ANNE@Autoport.FR', true],
    ['anne@mail.autoport.fr', false],
    ['anne@autoport.fr.evil.com', false],
    ['anne@evilautoport.fr', false],
    ['anne@x@autoport.fr', false],
    ['autoport.fr', false],
  ])('%s → %s', (email, allowed) => {
    expect(isAllowedDomain(email, ['autoport.fr'])).toBe(allowed)
  })

  it('reads the domain of one address only', () => {
    expect(emailDomain(' Bob@Example.COM ')).toBe('example.com')
    expect(emailDomain('@example.com')).toBeNull()
  })
})

describe('claims', () => {
  it('reads email_verified as providers send it', () => {
    expect(emailVerifiedClaim(true)).toBe(true)
    expect(emailVerifiedClaim('true')).toBe(true)
    expect(emailVerifiedClaim('false')).toBe(false)
    expect(emailVerifiedClaim(undefined)).toBe(false)
    expect(emailVerifiedClaim(1)).toBe(false)
  })

  it('maps a claim to the widest role it grants, and nothing without a mapping', () => {
    const map = { 'autoport-admins': 'admin', 'autoport-sales': 'sales', marketing: 'marketing' }
    expect(roleFromClaims({ groups: ['autoport-sales', 'autoport-admins'] }, 'groups', map)).toBe('admin')
    expect(roleFromClaims({ groups: 'marketing' }, 'groups', map)).toBe('marketing')
    expect(roleFromClaims({ groups: ['other'] }, 'groups', map)).toBeNull()
    expect(roleFromClaims({ groups: ['autoport-admins'] }, undefined, map)).toBeNull()
    expect(roleFromClaims({ groups: [{ admin: true }] }, 'groups', map)).toBeNull()
  })
})

describe('staff sign-in', () => {
  const base = { linked: null, byEmail: null, allowedDomains: ['autoport.fr'], roleMap: {} }

  it('signs in a linked account, even when its address changed', () => {
    expect(decideStaffSignIn({ ...base, claims: claims({ email: null }), linked: { id: 'u1' } })).toEqual({
      kind: 'signIn',
      userId: 'u1',
      link: false,
      role: null,
    })
  })

  it('links an invited account by its verified address, whatever its domain', () => {
    const decision = decideStaffSignIn({
      ...base,
      claims: claims({ email: 'Consultant@Elsewhere.com' }),
      byEmail: { id: 'u2' },
    })
    expect(decision).toEqual({ kind: 'signIn', userId: 'u2', link: true, role: null })
  })

  it('refuses an unverified address, even of an invited account', () => {
    expect(decideStaffSignIn({ ...base, claims: claims({ emailVerified: false }), byEmail: { id: 'u2' } })).toEqual({
      kind: 'refuse',
      reason: 'unverifiedEmail',
    })
  })

  it('opens an account for an allowed domain with the least role, or the mapped one', () => {
    expect(decideStaffSignIn({ ...base, claims: claims({ groups: ['admins'] }) })).toEqual({
      kind: 'create',
      email: 'anne@autoport.fr',
      role: 'marketing',
    })
    expect(
      decideStaffSignIn({
        ...base,
        claims: claims({ groups: ['admins'] }),
        roleClaim: 'groups',
        roleMap: { admins: 'admin' },
      }),
    ).toMatchObject({ kind: 'create', role: 'admin' })
    expect(
      decideStaffSignIn({ ...base, claims: claims({ groups: [] }), roleClaim: 'groups', roleMap: { admins: 'admin' } }),
    ).toEqual({ kind: 'refuse', reason: 'noRole' })
  })

  it('refuses other domains and tokens without an address', () => {
    expect(decideStaffSignIn({ ...base, claims: claims({ email: 'x@gmail.com' }) })).toEqual({
      kind: 'refuse',
      reason: 'notInvited',
    })
    expect(decideStaffSignIn({ ...base, claims: claims({ email: '' }) })).toEqual({ kind: 'refuse', reason: 'noEmail' })
  })
})

describe('customer sign-in', () => {
  it('signs in a linked account, refuses an erased one', () => {
    expect(decideCustomerSignIn({ claims: claims(), linked: { id: 'c1' }, byEmail: null })).toEqual({
      kind: 'signIn',
      customerId: 'c1',
      link: false,
    })
    expect(decideCustomerSignIn({ claims: claims(), linked: { id: 'c1', erased: true }, byEmail: null })).toEqual({
      kind: 'refuse',
      reason: 'erased',
    })
    expect(decideCustomerSignIn({ claims: claims(), linked: null, byEmail: { id: 'c1', erased: true } })).toEqual({
      kind: 'refuse',
      reason: 'erased',
    })
  })

  it('joins an existing account only on a verified address', () => {
    expect(decideCustomerSignIn({ claims: claims(), linked: null, byEmail: { id: 'c2' } })).toEqual({
      kind: 'signIn',
      customerId: 'c2',
      link: true,
    })
    expect(
      decideCustomerSignIn({ claims: claims({ emailVerified: false }), linked: null, byEmail: { id: 'c2' } }),
    ).toEqual({
      kind: 'refuse',
      reason: 'accountExists',
    })
  })

  it('opens an account for a new verified address only', () => {
    expect(decideCustomerSignIn({ claims: claims({ email: ' New@Mail.test ' }), linked: null, byEmail: null })).toEqual(
      {
        kind: 'create',
        email: 'new@mail.test',
      },
    )
    expect(decideCustomerSignIn({ claims: claims({ emailVerified: false }), linked: null, byEmail: null })).toEqual({
      kind: 'refuse',
      reason: 'unverifiedEmail',
    })
    expect(decideCustomerSignIn({ claims: claims({ email: null }), linked: null, byEmail: null })).toEqual({
      kind: 'refuse',
      reason: 'noEmail',
    })
  })
})
