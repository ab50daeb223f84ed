import type { PayloadHandler, PayloadRequest } from 'payload'

import type { PaperLocale } from '@/documents/types'
import { isRecordId } from '@/domain/relationId'

/**
 * What a paperwork loader finds: nothing (no such record, or not the caller's: both answer 404 so a
 * stranger cannot tell them apart), or the record with its document data, null while there is no
 * document to issue yet.
 */
export type Paperwork<T> = { found: false } | { found: true; data: T | null }

function notFound(message: string): Response {
  return Response.json({ errors: [{ message }] }, { status: 404 })
}

/**
 * A GET endpoint answering one record's PDF as a download named after its number, never cached.
 * `?locale=fr|en` picks the language; otherwise the customer's.
 */
export function paperworkEndpoint<T extends { number: string }>(
  load: (req: PayloadRequest, id: string, locale?: PaperLocale) => Promise<Paperwork<T>>,
  render: (data: T) => Promise<Uint8Array>,
  missing: string,
): PayloadHandler {
  return async (req) => {
    const id = String(req.routeParams?.id ?? '')
    if (!isRecordId(id)) return notFound('Not Found')
    const asked = req.searchParams.get('locale')
    const locale = asked === 'fr' || asked === 'en' ? asked : undefined
    const found = await load(req, id, locale)
    if (!found.found) return notFound('Not Found')
    if (!found.data) return notFound(missing)
    const bytes = await render(found.data)
    return new Response(Buffer.from(bytes), {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${found.data.number}.pdf"`,
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }
}
