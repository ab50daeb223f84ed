import { checkedConsentAnswer } from '@/collections/ConsentRecords'
import { CONSENT_TEXT_VERSION, isVisitorId, parseChoices } from '@/domain/consent'
import { clientIp, consume } from '@/security/rateLimit'

import { getCustomer } from '../../_auth/session'
import { getPayloadClient } from '../../_data/payload'

const refuse = (status: number, field: string, message: string) =>
  Response.json({ errors: [{ message, data: { errors: [{ path: field, message }] } }] }, { status })

/**
 * Records one answer to the cookie banner as evidence (docs/privacy.md, Cookies and consent). The
 * browser has already stored the choice in its cookie; this line proves what was chosen, when, and to
 * which wording. JSON only: a cross-site form cannot post it, and a cross-site script needs a preflight
 * that is never granted.
 */
export async function POST(request: Request): Promise<Response> {
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return refuse(415, 'body', 'Send the choice as JSON.')
  }
  const payload = await getPayloadClient()
  const limited = await consume(payload, 'consent', clientIp(request.headers))
  if (!limited.ok) {
    return Response.json(
      { errors: [{ message: 'Too many requests.' }] },
      { status: 429, headers: { 'Retry-After': String(limited.retryAfter) } },
    )
  }
  const body = (await request.json().catch(() => null)) as Record<string, unknown> | null
  if (!body || typeof body !== 'object') return refuse(400, 'body', 'Send the choice as a JSON object.')
  if (!isVisitorId(body.visitorId)) return refuse(400, 'visitorId', 'The visitor id must be 32 hexadecimal digits.')
  if (body.textVersion !== CONSENT_TEXT_VERSION) {
    return refuse(400, 'textVersion', `The banner's wording has changed (current version ${CONSENT_TEXT_VERSION}).`)
  }
  const choices = parseChoices(body.choices)
  if (!choices) return refuse(400, 'choices', 'Choices must give each category (maps) as true or false.')
  const locale = body.locale === 'en' ? 'en' : 'fr'
  const customer = await getCustomer()

  // The collection refuses every API call (evidence nobody may forge or edit): this route, after its
  // own checks, is its only writer, on the visitor's behalf. The customer comes from the session.
  await payload.create({
    collection: 'consent-records',
    data: {
      at: new Date().toISOString(),
      visitorId: body.visitorId,
      textVersion: CONSENT_TEXT_VERSION,
      choices,
      locale,
      customer: customer?.id ?? null,
    },
    overrideAccess: false,
    user: customer,
    context: checkedConsentAnswer(),
    depth: 0,
  })
  return new Response(null, { status: 204 })
}
