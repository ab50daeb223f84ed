import { timingSafeEqual } from 'node:crypto'

/**
 * Who may read GET /api/metrics (docs/operations.md, Metrics). The figures are not secret data, but
 * they tell an outsider the traffic, the error rate and the payment volume: production keeps them
 * closed unless a token is set (the scraper sends it as a bearer) or the operator opens them on
 * purpose (the instances' port is reachable by the scraper only). Outside production they are open.
 */
export type MetricsAccess = 'allowed' | 'unauthorized' | 'closed'

export function metricsAccess(options: {
  token: string | undefined
  open: boolean
  production: boolean
  authorization: string | null
}): MetricsAccess {
  if (options.token) {
    const match = /^Bearer\s+(\S+)$/i.exec(options.authorization ?? '')
    return match && sameSecret(match[1]!, options.token) ? 'allowed' : 'unauthorized'
  }
  if (options.open || !options.production) return 'allowed'
  return 'closed'
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
