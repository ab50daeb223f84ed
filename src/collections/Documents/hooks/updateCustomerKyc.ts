import type { CollectionAfterChangeHook } from 'payload'

import { kycStatusFrom } from '@/domain/kyc'
import { idOf } from '@/domain/relationId'
import type { Document } from '@/payload-types'

/** The customer's KYC status follows the review of their identity documents. */
export const updateCustomerKyc: CollectionAfterChangeHook<Document> = async ({ doc, previousDoc, req }) => {
  // A caller's `select` can leave the owner out of `doc`; the stored row still has it.
  const stored =
    doc.owner ??
    previousDoc?.owner ??
    (
      await req.payload.findByID({
        collection: 'documents',
        id: doc.id,
        depth: 0,
        req,
        select: { owner: true },
        context: { skipAccessLog: true },
      })
    ).owner
  const owner = idOf(stored)
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { owner: { equals: owner } },
    select: { type: true, status: true, createdAt: true },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    req,
    context: { skipAccessLog: true },
  })
  const kycStatus = kycStatusFrom(docs.map(({ type, status }) => ({ type, status })))
  await req.payload.update({
    collection: 'customers',
    id: owner,
    data: { kycStatus },
    req,
    depth: 0,
    context: { ...req.context, skipAccessLog: true },
  })
  return doc
}
