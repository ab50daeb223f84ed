import { describe, expect, it } from 'vitest'

import { sameSitePath } from '@/domain/sameSitePath'

describe('sameSitePath', () => {
  it.each([
    '/%5Cevil.example',
    '/%5cevil.example',
    '/\\evil.example',
    '/\\\\evil.example',
    '//evil.example',
    '///evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%252F%252Fevil.example',
    '/%255Cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/%09/evil.example',
    '/a/..//evil.example',
    '/./%2E%2E//evil.example',
    'evil.example',
    '/%E0%A4%A',
    '',
  ])('refuses %j', (value) => {
    expect(sameSitePath(value)).toBeNull()
  })

  it('refuses what is not a string', () => {
    expect(sameSitePath(undefined)).toBeNull()
    expect(sameSitePath(['/ok'])).toBeNull()
  })

  it.each([
    ['/ok/path?x=1', '/ok/path?x=1'],
    ['/', '/'],
    ['/en/vehicles?make=Toyota&page=2', '/en/vehicles?make=Toyota&page=2'],
    ['/news/mon-article#suite', '/news/mon-article#suite'],
    ['/search?q=a%2Fb', '/search?q=a%2Fb'],
    ['/v%C3%A9hicules', '/v%C3%A9hicules'],
  ])('keeps %j', (value, expected) => {
    expect(sameSitePath(value)).toBe(expected)
  })
})
