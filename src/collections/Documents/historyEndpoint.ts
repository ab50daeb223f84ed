import type { Endpoint, PayloadRequest } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isSales } from '@/access/roles'
import { idOf, isRecordId } from '@/domain/relationId'

export type DocumentEvent = { at: string; what: 'upload' | 'view' | 'download' | 'review'; who: string }
export type SameFile = { id: string; customer: string; at: string }
export type DocumentHistory = { events: DocumentEvent[]; sameFile: SameFile[] }

async function customerName(req: PayloadRequest, id: string | undefined): Promise<string> {
  if (!id) return 'unknown customer'
  const customer = await req.payload.findByID({
    collection: 'customers',
    id,
    depth: 0,
    disableErrors: true,
    select: { firstName: true, lastName: true, email: true },
    overrideAccess: true,
  })
  return customer
    ? `${customer.firstName ?? ''} ${customer.lastName ?? ''} <${customer.email}>`.trim()
    : 'deleted customer'
}

/**
 * GET /api/documents/:id/history (admin, sales): what the review panel shows beside the file — when
 * it was uploaded and by whom, who viewed, downloaded and reviewed it (the access log, which sales
 * cannot read directly), and the other customers' documents with the same file (anti-fraud).
 */
export const historyEndpoint: Endpoint = {
  path: '/:id/history',
  method: 'get',
  handler: async (req) => {
    const headers = { 'cache-control': 'private, no-store' }
    if (!req.user || !or(isAdmin, isSales)({ req })) {
      return Response.json(
        { errors: [{ message: 'Only staff can read a document history.' }] },
        { status: 403, headers },
      )
    }
    const id = String(req.routeParams?.id ?? '')
    const document = isRecordId(id)
      ? await req.payload.findByID({
          collection: 'documents',
          id,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
          context: { skipAccessLog: true },
        })
      : null
    if (!document) return Response.json({ errors: [{ message: 'No such document.' }] }, { status: 404, headers })

    const owner = idOf(document.owner)
    const [logs, same] = await Promise.all([
      req.payload.find({
        collection: 'document-access-logs',
        where: { document: { equals: id } },
        sort: '-at',
        limit: 200,
        depth: 1,
        overrideAccess: true,
      }),
      document.sha256
        ? req.payload.find({
            collection: 'documents',
            where: { and: [{ sha256: { equals: document.sha256 } }, { owner: { not_equals: owner } }] },
            sort: 'createdAt',
            limit: 20,
            depth: 0,
            select: { owner: true, createdAt: true },
            overrideAccess: true,
            context: { skipAccessLog: true },
          })
        : Promise.resolve({ docs: [] }),
    ])
    const events: DocumentEvent[] = [
      ...logs.docs.map((log) => ({
        at: log.at,
        what: log.action,
        who: typeof log.user === 'object' && log.user ? (log.user.name ?? log.user.email) : 'deleted user',
      })),
      { at: document.createdAt, what: 'upload' as const, who: await customerName(req, owner) },
    ]
    const sameFile = await Promise.all(
      same.docs.map(async (doc) => ({
        id: String(doc.id),
        customer: await customerName(req, idOf(doc.owner)),
        at: doc.createdAt,
      })),
    )
    const body: DocumentHistory = { events, sameFile }
    return Response.json(body, { headers })
  },
}
