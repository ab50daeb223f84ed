import type { NextRequest } from 'next/server'

import { downloadDataExport } from '@/privacy/dataExport'
import { getCustomer } from '../../../../../_auth/session'
import { getPayloadClient } from '../../../../../_data/payload'

const CONTINUE = {
  fr: { title: 'Votre archive', link: 'Télécharger mon archive' },
  en: { title: 'Your archive', link: 'Download my archive' },
} as const

function page(locale: 'fr' | 'en', target: string): Response {
  const text = CONTINUE[locale]
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="refresh" content="0;url=${target}"><title>${text.title}</title></head><body><p><a href="${target}">${text.link}</a></p></body></html>`
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  })
}

/**
 * GET /{locale}/account/privacy/export/{token}: the data-export archive, once, to the signed-in
 * customer it was prepared for (downloadDataExport checks the session and the token together).
 *
 * The link is opened from a mailbox: on that cross-site navigation the session cookie does not count,
 * so the first answer hands over to the same address with a same-site navigation. Still no session
 * then: the visitor signs in and comes back here.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale: rawLocale, token } = await params
  const locale = rawLocale === 'en' ? 'en' : 'fr'
  const prefix = locale === 'en' ? '/en' : ''
  const here = `${prefix}/account/privacy/export/${encodeURIComponent(token)}`
  const customer = await getCustomer()
  const payload = await getPayloadClient()
  const result = await downloadDataExport(payload, customer?.id, token)
  if (result.ok) {
    return new Response(new Uint8Array(result.archive), {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${result.filename}"`,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
      },
    })
  }
  if (result.status === 401) {
    if (!request.nextUrl.searchParams.has('again')) return page(locale, `${here}?again=1`)
    return page(locale, `${prefix}/account?next=${encodeURIComponent(`/account/privacy/export/${token}`)}`)
  }
  return page(locale, `${prefix}/account/privacy?link=invalid`)
}
