import { describe, expect, it } from 'vitest'

import {
  hashEmailChangeToken,
  looksLikeEmailChangeToken,
  maskEmail,
  newEmailChangeToken,
} from '../../src/domain/emailChange'

describe('e-mail change tokens', () => {
  it('stores a hash the link cannot be rebuilt from, and recognises the link’s token', () => {
    const { token, hash } = newEmailChangeToken()
    expect(hash).toBe(hashEmailChangeToken(token))
    expect(hash).not.toContain(token)
    expect(looksLikeEmailChangeToken(token)).toBe(true)
    expect(newEmailChangeToken().token).not.toBe(token)
  })

  it.each(['', 'short', 'a'.repeat(101), 'abc def ghi jkl mno pqr', "x' OR 1=1 --aaaaaaaaaaaaaaa"])(
    'rejects %j before any lookup',
    (token) => expect(looksLikeEmailChangeToken(token)).toBe(false),
  )
})

describe('maskEmail', () => {
  it.each([
    ['nadia.martin@example.org', 'n***@example.org'],
    ['a@b.fr', 'a***@b.fr'],
    ['no-at-sign', '***'],
    ['@example.org', '***'],
  ])('%s → %s', (email, masked) => expect(maskEmail(email)).toBe(masked))
})
