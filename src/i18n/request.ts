import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  // The customer portal keeps its strings in a file of its own.
  const [site, account, oidc] = await Promise.all([
    import(`./messages/${locale}.json`),
    import(`./messages/${locale}.account.json`),
    import(`./messages/${locale}.oidc.json`),
  ])
  return {
    locale,
    messages: { ...site.default, ...account.default, ...oidc.default },
    timeZone: 'Europe/Paris',
  }
})
