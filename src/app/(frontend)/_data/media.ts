/**
 * What a page needs of a picture. Payload computes `url` from `filename` when reading, so the
 * filename must be selected too.
 */
export const MEDIA_CARD = { url: true, filename: true, alt: true, width: true, height: true, sizes: true } as const
