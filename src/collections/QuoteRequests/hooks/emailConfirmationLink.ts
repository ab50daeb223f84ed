import type { CollectionAfterChangeHook } from 'payload'

import { getEnv } from '@/config/env'
import { queueEmail } from '@/jobs/queueEmail'
import type { QuoteRequest } from '@/payload-types'
import { confirmationEmail } from '../confirmationEmail'

/** Sends the link that confirms the e-mail address (through the jobs queue: retried if mail fails). */
export const emailConfirmationLink: CollectionAfterChangeHook<QuoteRequest> = async ({
  doc,
  operation,
  context,
  req,
}) => {
  const token = context.confirmationToken
  if (operation !== 'create' || typeof token !== 'string') return doc
  const en = doc.language === 'en'
  const link = `${getEnv().SERVER_URL}${en ? '/en' : ''}/quote/confirm?token=${encodeURIComponent(token)}`
  await queueEmail(req, { to: doc.email, ...confirmationEmail({ firstName: doc.firstName, en, link }) })
  return doc
}
