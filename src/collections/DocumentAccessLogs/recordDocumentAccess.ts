import type { PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { idOf } from '@/domain/relationId'
import type { Document } from '@/payload-types'

type LoggedDocument = Pick<Document, 'id' | 'type' | 'owner'>

export type DocumentAccessAction = 'view' | 'download' | 'review'

/** Appends one line to the audit log; only our hooks write there (the collection refuses everyone). */
export async function recordDocumentAccess(
  req: PayloadRequest,
  document: LoggedDocument,
  action: DocumentAccessAction,
): Promise<void> {
  if (!isStaffUser(req.user)) return
  await req.payload.create({
    collection: 'document-access-logs',
    data: {
      document: document.id,
      documentType: document.type,
      customer: idOf(document.owner),
      user: req.user.id,
      action,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
    depth: 0,
  })
}
