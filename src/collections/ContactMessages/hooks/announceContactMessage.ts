import type { CollectionAfterChangeHook } from 'payload'

import { queueEmail } from '@/jobs/queueEmail'
import { adminLink } from '@/notifications/links'
import type { ContactMessage } from '@/payload-types'
import { contactEmail } from '../contactEmail'

/**
 * Mails each new message to the team through the jobs queue, in the save's transaction: the message
 * is kept whatever the mail server does, and a failed send is retried by the queue. Without a team
 * address the showroom's receives it.
 */
export const announceContactMessage: CollectionAfterChangeHook<ContactMessage> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    req,
    select: { notifications: true, showroom: true },
  })
  const to = settings.notifications?.staffEmail || settings.showroom?.email
  if (!to) {
    req.payload.logger.warn(`contact message ${doc.id} kept, but no staff or showroom e-mail is set to announce it`)
    return doc
  }
  await queueEmail(req, { to, ...contactEmail(doc, adminLink(`/collections/contact-messages/${doc.id}`)) })
  return doc
}
