/**
 * Which e-mail domains may open a staff account through the company's identity provider. Exact
 * domains only: `autoport.fr` admits `anne@autoport.fr`, not `anne@mail.autoport.fr` nor
 * `anne@autoport.fr.evil.com`; a subdomain must be listed itself.
 */

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/** `Autoport.FR, @garage.autoport.fr` → ['autoport.fr', 'garage.autoport.fr']; throws on a malformed one. */
export function normaliseDomains(list: string): string[] {
  const domains = list
    .split(',')
    .map((item) => item.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean)
  for (const domain of domains) {
    if (!DOMAIN.test(domain)) throw new Error(`"${domain}" is not a domain name`)
  }
  return [...new Set(domains)]
}

/** The domain of an address, lower-cased; null when it is not one address. */
export function emailDomain(email: string): string | null {
  const trimmed = email.trim().toLowerCase()
  const at = trimmed.lastIndexOf('@')
  if (at <= 0 || trimmed.indexOf('@') !== at) return null
  const domain = trimmed.slice(at + 1)
  return DOMAIN.test(domain) ? domain : null
}

export function isAllowedDomain(email: string, allowed: readonly string[]): boolean {
  const domain = emailDomain(email)
  return domain !== null && allowed.includes(domain)
}
