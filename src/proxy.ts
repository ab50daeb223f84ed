import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

/** Locale routing for the storefront only: the admin, the API and files are left alone. */
export default createMiddleware(routing)

export const config = {
  matcher: ['/((?!api|admin|next|_next|_vercel|.*\\..*).*)'],
}
