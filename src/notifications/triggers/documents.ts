import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/domain/relationId'
import type { Document } from '@/payload-types'
import { recipientOf, siteLink } from '../links'
import { queueNotification } from '../queue'

/** The outcome of a document review, with the reason when it was rejected. */
export const notifyDocumentReview: CollectionAfterChangeHook<Document> = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.status === doc.status || (doc.status !== 'verified' && doc.status !== 'rejected')) return doc
  const customerId = idOf(doc.owner)
  if (!customerId) return doc
  const customer = await recipientOf(req, customerId)
  const { locale } = customer
  const documentsUrl = siteLink(locale, '/account/documents')
  const dedupeKey = `document:${doc.id}:${doc.status}:${doc.reviewedAt ?? doc.updatedAt}`
  if (doc.status === 'verified') {
    await queueNotification(req, {
      template: 'document_verified',
      customer: customerId,
      dedupeKey,
      variables: { firstName: customer.firstName, documentType: doc.type, documentsUrl },
    })
  } else {
    await queueNotification(req, {
      template: 'document_rejected',
      customer: customerId,
      dedupeKey,
      variables: {
        firstName: customer.firstName,
        documentType: doc.type,
        reason: doc.rejectionReason ?? '',
        documentsUrl,
      },
    })
  }
  return doc
}
