import { describe, expect, it } from 'vitest'

import { AnswerCache, bearerCandidates, judgeIntrospection, unverifiedIssuer } from '@/domain/bearerToken'

const NOW = 1_800_000_000_000
const expected = { issuer: 'https://idp.example/realms/staff', clients: ['autoport', 'mobile'], now: NOW }
const good = { active: true, sub: 'u-1', exp: NOW / 1000 + 300, iss: expected.issuer, client_id: 'autoport' }

const jwt = (claims: object) =>
  `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`

describe('judging an introspection answer', () => {
  it('accepts an active access token of an accepted client, with its subject and expiry', () => {
    expect(judgeIntrospection(good, expected)).toEqual({ ok: true, subject: 'u-1', expiresAt: NOW + 300_000 })
    // The client may be named by the audience instead, and the issuer with a trailing slash.
    expect(
      judgeIntrospection(
        { ...good, client_id: 'partner', aud: ['api', 'mobile'], iss: `${expected.issuer}/` },
        expected,
      ),
    ).toMatchObject({ ok: true })
    expect(
      judgeIntrospection({ active: true, sub: 'u-1', client_id: 'autoport', token_type: 'Bearer' }, expected),
    ).toEqual({ ok: true, subject: 'u-1', expiresAt: null })
  })

  it.each([
    [{ ...good, active: false }, 'inactive'],
    [{ ...good, active: 'true' }, 'inactive'],
    [{ ...good, sub: undefined }, 'noSubject'],
    [{ ...good, exp: NOW / 1000 }, 'expired'],
    [{ ...good, iss: 'https://other.example' }, 'otherIssuer'],
    [{ ...good, token_type: 'refresh_token' }, 'notAccessToken'],
    [{ ...good, client_id: 'partner' }, 'otherClient'],
    [{ ...good, client_id: undefined, aud: 'partner' }, 'otherClient'],
  ] as const)('refuses %o: %s', (answer, reason) => {
    expect(judgeIntrospection(answer, expected)).toEqual({ ok: false, reason })
  })
})

describe('which provider sees a token', () => {
  const staff = { id: 'staff-idp', issuer: 'https://idp.example/realms/staff' }
  const google = { id: 'google', issuer: 'https://accounts.google.com' }

  it('a JWT goes to its issuer only; Payload’s own JWT (no issuer) and garbage to none', () => {
    expect(bearerCandidates(jwt({ iss: 'https://accounts.google.com/' }), [staff, google], null)).toEqual([google])
    expect(bearerCandidates(jwt({ iss: 'https://evil.example' }), [staff, google], null)).toEqual([])
    expect(bearerCandidates(jwt({ id: 'x', collection: 'users' }), [staff], null)).toEqual([])
    expect(bearerCandidates('a.b.c', [staff], null)).toEqual([])
    expect(unverifiedIssuer('opaque-token')).toBeNull()
  })

  it('an opaque token goes to the provider named, or to the only one there is', () => {
    expect(bearerCandidates('opaque-token-value', [staff], null)).toEqual([staff])
    expect(bearerCandidates('opaque-token-value', [staff, google], null)).toEqual([])
    expect(bearerCandidates('opaque-token-value', [staff, google], ' Google ')).toEqual([google])
    expect(bearerCandidates('opaque-token-value', [staff, google], 'nobody')).toEqual([])
  })
})

describe('the short memory of answers', () => {
  it('forgets an entry at its end, or at the end set by limit', async () => {
    let now = 0
    const cache = new AnswerCache<string>({ maxEntries: 10, now: () => now })
    const answer = Promise.resolve('yes')
    cache.set('a', answer, 1000)
    expect(await cache.get('a')).toBe('yes')
    now = 999
    expect(cache.get('a')).toBe(answer)
    now = 1000
    expect(cache.get('a')).toBeUndefined()

    now = 0
    cache.set('b', answer, 60_000)
    cache.limit('b', answer, 500)
    now = 500
    expect(cache.get('b')).toBeUndefined()
    cache.set('c', answer, 0)
    expect(cache.get('c')).toBeUndefined()
  })

  it('holds at most maxEntries, dropping the oldest', () => {
    const cache = new AnswerCache<number>({ maxEntries: 2, now: () => 0 })
    for (const key of ['a', 'b', 'c']) cache.set(key, Promise.resolve(1), 100)
    expect(cache.size).toBe(2)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('c')).toBeDefined()
  })

  it('forgetIf leaves a newer answer in place', () => {
    const cache = new AnswerCache<number>({ maxEntries: 5, now: () => 0 })
    const first = Promise.resolve(1)
    const second = Promise.resolve(2)
    cache.set('k', first, 100)
    cache.set('k', second, 100)
    cache.forgetIf('k', first)
    expect(cache.get('k')).toBe(second)
  })
})
