import type { PayloadRequest } from 'payload'

import { getEnv } from '@/config/env'
import { loadBrand } from '@/notifications/brand'
import { renderEmail } from '@/notifications/templates'
import type { MessageLocale } from '@/notifications/templates/types'

/**
 * Payload's own account mails (address confirmation, password reset), in the customer's language and
 * with the look of every other Autoport message. Their link carries a one-time token, so they are
 * sent directly by Payload and never recorded.
 */
type Recipient = { firstName?: string | null; language?: string | null } | undefined
type AuthMailArgs = { req?: PayloadRequest; token?: string; user?: Recipient }

const localeOf = (user: Recipient): MessageLocale => (user?.language === 'en' ? 'en' : 'fr')
const base = (user: Recipient) => `${getEnv().SERVER_URL}${localeOf(user) === 'en' ? '/en' : ''}`

async function confirmation({ req, token, user }: AuthMailArgs) {
  const brand = req ? await loadBrand(req.payload, req) : { siteName: 'Autoport', siteUrl: getEnv().SERVER_URL }
  return renderEmail(
    'account_confirmation',
    localeOf(user),
    { firstName: user?.firstName, confirmUrl: `${base(user)}/account/verify?token=${encodeURIComponent(token ?? '')}` },
    brand,
  )
}

async function reset({ req, token, user }: AuthMailArgs) {
  const brand = req ? await loadBrand(req.payload, req) : { siteName: 'Autoport', siteUrl: getEnv().SERVER_URL }
  return renderEmail(
    'password_reset',
    localeOf(user),
    {
      firstName: user?.firstName,
      resetUrl: `${base(user)}/account/reset-password?token=${encodeURIComponent(token ?? '')}`,
    },
    brand,
  )
}

/** The customer confirms their e-mail address on the storefront (not in the admin). */
export const verifyEmail = {
  generateEmailSubject: async (args: AuthMailArgs) => (await confirmation(args)).subject,
  generateEmailHTML: async (args: AuthMailArgs) => (await confirmation(args)).html,
}

export const resetPassword = {
  generateEmailSubject: async (args?: AuthMailArgs) => (await reset(args ?? {})).subject,
  generateEmailHTML: async (args?: AuthMailArgs) => (await reset(args ?? {})).html,
}
