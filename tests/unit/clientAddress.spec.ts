import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginDelaySeconds, MAX_LOGIN_DELAY_SECONDS } from '@/domain/loginDelay'
import { budgetKey, normalizeAddress, parseTrustedProxies, resolveClientAddress } from '@/security/clientAddress'
import { createClientAddressServer, withClientAddress } from '@/server/clientAddressServer'

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['203.0.113.7:51234', '203.0.113.7'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::1', '::1'],
    ['::', '::'],
    ['2001:db8:0:1:0:0:0:0', '2001:db8:0:1::'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected)
  })

  it.each([
    '',
    'unknown',
    '256.1.1.1',
    '1.2.3',
    '01.2.3.4',
    '1::2::3',
    '2001:db8::g',
    '1:2:3:4:5:6:7:8:9',
    'evil.example',
  ])('refuses %j', (raw) => expect(normalizeAddress(raw)).toBeNull())
})

describe('parseTrustedProxies', () => {
  it('reads addresses and CIDR ranges, IPv4 and IPv6', () => {
    expect(parseTrustedProxies(undefined)).toEqual([])
    expect(parseTrustedProxies(' , ')).toEqual([])
    const ranges = parseTrustedProxies('10.0.0.0/8, 127.0.0.1, fd00::/8')
    expect(ranges.map((range) => range.prefix)).toEqual([104, 128, 8])
  })

  it.each(['10.0.0.0/33', '10.0.0.0/x', 'fd00::/129', 'proxy.internal', '10.0.0.0/8/1', '10.0.0.0/'])(
    'refuses %j with the entry in the message',
    (value) => expect(() => parseTrustedProxies(value)).toThrow(value),
  )
})

describe('resolveClientAddress', () => {
  const none = parseTrustedProxies('')
  const proxies = parseTrustedProxies('10.0.0.0/8, 2001:db8:ff::/48')

  it('without a trusted proxy, believes the socket and ignores X-Forwarded-For', () => {
    expect(resolveClientAddress('198.51.100.7', '6.6.6.6', none)).toBe('198.51.100.7')
    expect(resolveClientAddress('10.0.0.5', '6.6.6.6', none)).toBe('10.0.0.5')
    expect(resolveClientAddress('::ffff:198.51.100.7', undefined, none)).toBe('198.51.100.7')
  })

  it('behind a trusted proxy, takes the hop that proxy added', () => {
    expect(resolveClientAddress('10.0.0.5', '198.51.100.7', proxies)).toBe('198.51.100.7')
    expect(resolveClientAddress('::ffff:10.0.0.5', '6.6.6.6, 198.51.100.7', proxies)).toBe('198.51.100.7')
  })

  it('walks a chain of trusted proxies from the right, stopping at the first stranger', () => {
    expect(resolveClientAddress('10.0.0.5', '6.6.6.6, 198.51.100.7, 10.1.2.3, 10.9.9.9', proxies)).toBe('198.51.100.7')
    expect(resolveClientAddress('10.0.0.5', ['6.6.6.6, 198.51.100.7', '10.1.2.3'], proxies)).toBe('198.51.100.7')
  })

  it('a client claiming to be a proxy gains nothing: the first untrusted hop from the right wins', () => {
    // The client sent "10.1.1.1" itself; the proxy appended the client's real address.
    expect(resolveClientAddress('10.0.0.5', '10.1.1.1, 198.51.100.7', proxies)).toBe('198.51.100.7')
  })

  it('handles IPv6 clients and proxies', () => {
    expect(resolveClientAddress('2001:db8:ff::2', '2001:db8:1::abcd', proxies)).toBe('2001:db8:1::abcd')
    expect(resolveClientAddress('2001:db8:1::2', '198.51.100.7', proxies)).toBe('2001:db8:1::2')
  })

  it('stops at a hop that is no address, on the proxy that passed it on', () => {
    expect(resolveClientAddress('10.0.0.5', 'garbage', proxies)).toBe('10.0.0.5')
    expect(resolveClientAddress('10.0.0.5', '198.51.100.7, unknown, 10.2.2.2', proxies)).toBe('10.2.2.2')
  })

  it('every hop trusted: the furthest one', () => {
    expect(resolveClientAddress('10.0.0.5', '10.3.3.3, 10.2.2.2', proxies)).toBe('10.3.3.3')
    expect(resolveClientAddress('10.0.0.5', '', proxies)).toBe('10.0.0.5')
  })

  it('no socket address: none', () => {
    expect(resolveClientAddress(undefined, '198.51.100.7', proxies)).toBeNull()
  })
})

describe('budgetKey', () => {
  it('counts an IPv6 /64 as one subscriber, IPv4 addresses one by one', () => {
    expect(budgetKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(budgetKey('2001:db8:1:2:bbbb::9')).toBe('2001:db8:1:2::/64')
    expect(budgetKey('::ffff:198.51.100.7')).toBe('198.51.100.7')
    expect(budgetKey('local')).toBe('local')
  })
})

describe('loginDelaySeconds', () => {
  it('lets a few mistakes pass, then doubles from one second up to a cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(loginDelaySeconds)).toEqual([0, 0, 0, 1, 2, 4, 8])
    expect(loginDelaySeconds(40)).toBe(MAX_LOGIN_DELAY_SECONDS)
    expect(loginDelaySeconds(10_000)).toBe(MAX_LOGIN_DELAY_SECONDS)
  })
})

describe('the HTTP server in front of Next.js', () => {
  let seen: IncomingHttpHeaders[] = []
  let port = 0
  const server = createClientAddressServer((request, response) => {
    seen.push({ ...request.headers })
    response.end('ok')
  }, parseTrustedProxies(''))

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const get = (headers: Record<string, string>) =>
    new Promise<void>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, path: '/', headers }, (response) => {
        response.resume()
        response.on('end', resolve)
      })
      request.on('error', reject)
      request.end()
    })

  it('replaces a forged X-Forwarded-For and drops X-Real-IP', async () => {
    seen = []
    await get({ 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' })
    await get({})
    expect(seen.map((headers) => headers['x-forwarded-for'])).toEqual(['127.0.0.1', '127.0.0.1'])
    expect(seen[0]!['x-real-ip']).toBeUndefined()
  })
})

describe('withClientAddress', () => {
  const seen = (remoteAddress: string, headers: Record<string, string>, trusted: string) => {
    let result: IncomingHttpHeaders = {}
    const handler = withClientAddress((request) => {
      result = request.headers
    }, parseTrustedProxies(trusted))
    handler({ socket: { remoteAddress }, headers: { ...headers } } as never, {} as never)
    return result
  }

  it('behind a trusted proxy, keeps only the client the proxy named', () => {
    expect(
      seen('::ffff:10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }, '10.0.0.0/8')['x-forwarded-for'],
    ).toBe('198.51.100.7')
  })

  it('from a stranger, replaces the header with the socket address', () => {
    const headers = seen('198.51.100.9', { 'x-forwarded-for': '10.0.0.2', 'x-real-ip': '6.6.6.6' }, '10.0.0.0/8')
    expect(headers['x-forwarded-for']).toBe('198.51.100.9')
    expect(headers['x-real-ip']).toBeUndefined()
  })
})
