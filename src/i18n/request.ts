import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  // The customer portal, provider sign-in and the trust pages (legal notice, contact form, terms) keep
  // their strings in files of their own.
  const [site, account, oidc, trust] = await Promise.all([
    import(`./messages/${locale}.json`),
    import(`./messages/${locale}.account.json`),
    import(`./messages/${locale}.oidc.json`),
    import(`./messages/${locale}.trust.json`),
  ])
  return {
    locale,
    messages: { ...site.default, ...account.default, ...oidc.default, ...trust.default },
    timeZone: 'Europe/Paris',
  }
})
