import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { getEnv } from '@/config/env'
import { requestDb } from '@/db/requestDb'
import { vehicleSearchFrom, vehicleSearchWhere } from '@/db/vehicleSearchWhere'
import { savedSearchFilters } from '@/domain/savedSearch'
import { idOf } from '@/domain/relationId'
import { queueNotification, type NotificationRequest } from '@/notifications/queue'
import type { MessageLocale, TemplateVars } from '@/notifications/templates/types'
import type { SavedSearch } from '@/payload-types'
import { unsubscribeUrl } from './unsubscribeToken'
import { vehicleName } from '@/domain/vehicleName'

const DAY_MS = 24 * 60 * 60 * 1000
const MAX_VEHICLES = 10

type Digest = TemplateVars['saved_search_digest']

/**
 * The daily alert of every saved search: the vehicles first published since the search last looked
 * that match its filters (the storefront's own SQL, so an alert lists what /vehicles shows), at most
 * one message a day per search. Each search is handled in a transaction of its own: its message and
 * its bookkeeping commit together, and one failing search does not hold back the others.
 */
export async function sendSavedSearchDigests(
  payload: Payload,
  now = new Date(),
): Promise<{ searches: number; queued: number }> {
  const due = await payload.find({
    collection: 'saved-searches',
    where: {
      and: [
        { alerts: { equals: true } },
        {
          or: [
            { lastAlertAt: { exists: false } },
            { lastAlertAt: { less_than_equal: new Date(now.getTime() - DAY_MS).toISOString() } },
          ],
        },
      ],
    },
    depth: 0,
    pagination: false,
    select: { alerts: true },
    overrideAccess: true,
  })

  let searches = 0
  let queued = 0
  for (const { id } of due.docs) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const result = await digestOne(req, id, now)
      await commitTransaction(req)
      if (result !== null) searches += 1
      queued += result ?? 0
    } catch (error) {
      await killTransaction(req)
      payload.logger.error({ err: error, msg: `saved search digest failed for ${id}` })
    }
  }
  return { searches, queued }
}

/** The number of messages queued for one search, or null when it was no longer due. */
async function digestOne(req: PayloadRequest, id: string, now: Date): Promise<number | null> {
  const db = await requestDb(req)
  // A second run at the same moment (another worker) waits here, then finds the search done.
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`saved-search-digest:${id}`}, 0))`)
  const search = await req.payload.findByID({
    collection: 'saved-searches',
    id,
    depth: 0,
    req,
    disableErrors: true,
    overrideAccess: true,
  })
  if (!search || !search.alerts) return null
  if (search.lastAlertAt && now.getTime() - new Date(search.lastAlertAt).getTime() < DAY_MS) return null

  const ids = await newMatches(req, search, now)
  const vehicles = ids.length ? await vehicleLines(req, ids, search.locale === 'en' ? 'en' : 'fr') : []
  let queued = 0
  if (vehicles.length) {
    const customer = await req.payload.findByID({
      collection: 'customers',
      id: idOf(search.customer),
      depth: 0,
      req,
      disableErrors: true,
      overrideAccess: true,
      select: { firstName: true },
    })
    queued = (await queueNotification(req, digestMessage(search, customer?.firstName, vehicles, now))).length
  }
  await req.payload.update({
    collection: 'saved-searches',
    id,
    data: vehicles.length
      ? { lastAlertAt: now.toISOString(), checkedUntil: now.toISOString() }
      : { checkedUntil: now.toISOString() },
    depth: 0,
    req,
    overrideAccess: true,
  })
  return queued
}

/**
 * Vehicles has no publication date: a vehicle's first publication is its oldest published version
 * (a car drafted long ago and published today counts as new today; a later edit does not).
 */
async function newMatches(req: PayloadRequest, search: SavedSearch, now: Date): Promise<string[]> {
  const since = search.checkedUntil ?? search.createdAt
  const filters = savedSearchFilters(search.query)
  const { rows } = await (
    await requestDb(req)
  ).execute<{ id: string }>(sql`
    SELECT v.id FROM ${vehicleSearchFrom(filters)}
    CROSS JOIN LATERAL (
      SELECT min(pv.created_at) AS at FROM _vehicles_v pv
      WHERE pv.parent_id = v.id AND pv.version__status = 'published'
    ) first_published
    WHERE ${vehicleSearchWhere(filters)}
      AND coalesce(first_published.at, v.created_at) > ${since}::timestamptz
      AND coalesce(first_published.at, v.created_at) <= ${now.toISOString()}::timestamptz
    ORDER BY coalesce(first_published.at, v.created_at) DESC, v.id
    LIMIT ${MAX_VEHICLES}`)
  return rows.map((row) => row.id)
}

/** Read as a visitor would (published, public statuses only), in the search's language. */
async function vehicleLines(req: PayloadRequest, ids: string[], locale: 'fr' | 'en'): Promise<Digest['vehicles']> {
  const site = getEnv().SERVER_URL
  const { docs } = await req.payload.find({
    collection: 'vehicles',
    where: { id: { in: ids } },
    select: { make: true, model: true, trim: true, modelName: true, trimName: true, slug: true, price: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    locale,
    // The digest's request has no user: the collection's visitor rule applies.
    overrideAccess: false,
    req,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => {
    const vehicle = byId.get(id)
    if (!vehicle?.slug) return []
    return [
      {
        title: vehicleName(vehicle, locale),
        price: vehicle.price?.amount ?? 0,
        currency: vehicle.price?.currency ?? 'EUR',
        url: `${site}${locale === 'en' ? '/en' : ''}/vehicles/${vehicle.slug}`,
      },
    ]
  })
}

function digestMessage(
  search: SavedSearch,
  firstName: string | null | undefined,
  vehicles: Digest['vehicles'],
  now: Date,
): NotificationRequest<'saved_search_digest'> {
  const locale: MessageLocale = search.locale === 'en' ? 'en' : 'fr'
  const prefix = `${getEnv().SERVER_URL}${locale === 'en' ? '/en' : ''}`
  return {
    template: 'saved_search_digest',
    customer: idOf(search.customer),
    locale,
    dedupeKey: `saved-search:${search.id}:${now.toISOString().slice(0, 10)}`,
    variables: {
      firstName: firstName ?? null,
      searchName: search.name,
      searchUrl: `${prefix}/vehicles?${search.query}`,
      vehicles,
      unsubscribeUrl: unsubscribeUrl(search.id, locale),
    },
  }
}
