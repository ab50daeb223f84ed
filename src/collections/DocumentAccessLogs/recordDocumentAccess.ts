import type { PayloadRequest } from 'payload'

type LoggedDocument = { id: number | string; type: string; owner: unknown }

export type DocumentAccessAction = 'view' | 'download' | 'review'

/** Appends one line to the audit log; only our hooks write there (the collection refuses everyone). */
export async function recordDocumentAccess(
  req: PayloadRequest,
  document: LoggedDocument,
  action: DocumentAccessAction,
): Promise<void> {
  if (!req.user || req.user.collection !== 'users') return
  const owner = document.owner && typeof document.owner === 'object' ? (document.owner as { id: string }).id : document.owner
  await req.payload.create({
    collection: 'document-access-logs',
    data: {
      document: document.id as string,
      documentType: document.type,
      customer: owner as string,
      user: req.user.id as string,
      action,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
    depth: 0,
  })
}
