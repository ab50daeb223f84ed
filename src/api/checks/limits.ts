/**
 * Bounds on what one API call may ask for. Past them a request is refused with a 400 instead of
 * reaching the database: a huge page or limit is a full scan, a huge depth a populate storm.
 */
export const API_LIMITS = {
  /** The admin's largest page size. */
  maxLimit: 100,
  maxPage: 100_000,
  /** Payload's own default maxDepth: deeper is clamped by Payload anyway, so asking for it is a mistake. */
  maxDepth: 10,
  /** and/or nesting in a where filter. */
  maxWhereNesting: 8,
  maxSortLength: 200,
  /** JSON bodies; uploads are multipart and bounded by the upload limit instead. */
  maxJsonBytes: 1024 * 1024,
} as const

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A reason when page, limit or depth (already numbers) are out of bounds, else null. */
export function checkPaging(args: { page?: unknown; limit?: unknown; depth?: unknown }): string | null {
  const { page, limit, depth } = args
  if (
    page !== undefined &&
    page !== null &&
    !(Number.isSafeInteger(page) && (page as number) >= 1 && (page as number) <= API_LIMITS.maxPage)
  ) {
    return `page must be a whole number from 1 to ${API_LIMITS.maxPage}.`
  }
  if (
    limit !== undefined &&
    limit !== null &&
    !(Number.isSafeInteger(limit) && (limit as number) >= 1 && (limit as number) <= API_LIMITS.maxLimit)
  ) {
    return `limit must be a whole number from 1 to ${API_LIMITS.maxLimit}.`
  }
  if (
    depth !== undefined &&
    depth !== null &&
    !(Number.isSafeInteger(depth) && (depth as number) >= 0 && (depth as number) <= API_LIMITS.maxDepth)
  ) {
    return `depth must be a whole number from 0 to ${API_LIMITS.maxDepth}.`
  }
  return null
}
