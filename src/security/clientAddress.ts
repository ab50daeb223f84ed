/**
 * Who is on the other end of a request. The socket's peer is the only address a client cannot
 * choose; X-Forwarded-For is believed only as far as it was written by proxies we trust
 * (TRUSTED_PROXIES), read from the right: each trusted hop vouches for the address on its left.
 *
 * Addresses are handled as 16 bytes (IPv4 as IPv4-mapped IPv6), so "::ffff:10.0.0.1" and
 * "10.0.0.1" are the same host, and printed back in one canonical form.
 */

/**
 * Set in the process by our HTTP server (src/server/clientAddressServer.ts): X-Forwarded-For then
 * holds the one address it resolved, and may be believed.
 */
export const CLIENT_ADDRESS_MARK = 'AUTOPORT_CLIENT_ADDRESS_RESOLVED'

export type AddressRange = { bytes: Uint8Array; prefix: number }

function parseIpv4(text: string): number[] | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN))
  return bytes.every((byte) => byte <= 255) ? bytes : null
}

function parseIpv6(text: string): number[] | null {
  let body = text
  let tail: number[] = []
  const lastColon = body.lastIndexOf(':')
  if (body.includes('.', lastColon)) {
    const v4 = parseIpv4(body.slice(lastColon + 1))
    if (!v4) return null
    tail = v4
    body = `${body.slice(0, lastColon + 1)}0:0`
  }
  const halves = body.split('::')
  if (halves.length > 2) return null
  const groups = (half: string) => (half === '' ? [] : half.split(':'))
  const head = groups(halves[0]!)
  const rest = halves.length === 2 ? groups(halves[1]!) : []
  const missing = 8 - head.length - rest.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest]
  if (!all.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null
  const bytes = all.flatMap((group) => {
    const value = parseInt(group, 16)
    return [value >> 8, value & 0xff]
  })
  if (tail.length) bytes.splice(12, 4, ...tail)
  return bytes
}

/** 16 bytes for an address as proxies write it (brackets, a port or a zone allowed), or null. */
export function parseAddress(raw: string): Uint8Array | null {
  let text = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text)
  if (bracketed) text = bracketed[1]!
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  text = text.replace(/%[\w.-]+$/, '')
  if (text.length === 0 || text.length > 45) return null
  const v4 = parseIpv4(text)
  if (v4) return Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4])
  const v6 = text.includes(':') ? parseIpv6(text) : null
  return v6 ? Uint8Array.from(v6) : null
}

const isMappedIpv4 = (bytes: Uint8Array) =>
  bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff

/** Dotted IPv4 for IPv4 (mapped or not), lowercase IPv6 with its longest run of zeros as "::". */
export function formatAddress(bytes: Uint8Array): string {
  if (isMappedIpv4(bytes)) return Array.from(bytes.slice(12)).join('.')
  const groups = Array.from({ length: 8 }, (_, index) =>
    ((bytes[index * 2]! << 8) | bytes[index * 2 + 1]!).toString(16),
  )
  let best = { start: -1, length: 1 }
  for (let start = 0; start < 8; start++) {
    let length = 0
    while (start + length < 8 && groups[start + length] === '0') length++
    if (length > best.length) best = { start, length }
  }
  if (best.start < 0) return groups.join(':')
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.length).join(':')}`
}

/** The canonical form of an address, or null when it is none. */
export function normalizeAddress(raw: string): string | null {
  const bytes = parseAddress(raw)
  return bytes ? formatAddress(bytes) : null
}

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges ("10.0.0.0/8, fd00::/8, 127.0.0.1").
 * Throws with the offending entry, so a typo stops the start instead of silently trusting nobody.
 */
export function parseTrustedProxies(value: string | undefined): AddressRange[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.map((entry) => {
    const [address, prefixText, extra] = entry.split('/')
    const bytes = parseAddress(address!)
    if (!bytes || extra !== undefined) throw new Error(`"${entry}" is not an IP address or CIDR range`)
    const v4 = isMappedIpv4(bytes) && !address!.includes(':')
    const max = v4 ? 32 : 128
    if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText))
      throw new Error(`"${entry}" has no valid prefix length`)
    const prefix = prefixText === undefined ? max : Number(prefixText)
    if (prefix > max) throw new Error(`"${entry}": the prefix length is at most ${max}`)
    return { bytes, prefix: v4 ? prefix + 96 : prefix }
  })
}

export function inRange(bytes: Uint8Array, range: AddressRange): boolean {
  for (let bit = 0; bit < range.prefix; bit += 8) {
    const bits = Math.min(8, range.prefix - bit)
    const mask = (0xff << (8 - bits)) & 0xff
    if ((bytes[bit / 8]! & mask) !== (range.bytes[bit / 8]! & mask)) return false
  }
  return true
}

const trusted = (bytes: Uint8Array, ranges: AddressRange[]) => ranges.some((range) => inRange(bytes, range))

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * X-Forwarded-For hops from the right, skipping trusted ones. A hop that is no address stops the
 * walk at the proxy that passed it on: only a client could have written it.
 */
export function resolveClientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  ranges: AddressRange[],
): string | null {
  let current = remoteAddress ? parseAddress(remoteAddress) : null
  if (!current) return null
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  while (trusted(current, ranges) && hops.length > 0) {
    const next = parseAddress(hops.pop()!)
    if (!next) break
    current = next
  }
  return formatAddress(current)
}

/**
 * The key a per-address budget is counted under. One IPv6 subscriber usually holds a whole /64:
 * counting each of its addresses apart would hand out 2^64 budgets.
 */
export function budgetKey(address: string): string {
  const bytes = parseAddress(address)
  if (!bytes) return address
  if (isMappedIpv4(bytes)) return formatAddress(bytes)
  const prefix = new Uint8Array(16)
  prefix.set(bytes.slice(0, 8))
  return `${formatAddress(prefix)}/64`
}
