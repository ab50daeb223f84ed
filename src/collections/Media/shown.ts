import type { SelectType } from 'payload'

/**
 * What a page shows of a picture. Payload computes `url` (and each size's) from `filename` when
 * reading (each size's from its own), so the filenames must be selected too. A card and a
 * gallery thumbnail use the two smaller sizes; the page's large picture is the original.
 */
export const MEDIA_SHOWN = {
  url: true,
  filename: true,
  alt: true,
  width: true,
  height: true,
  sizes: {
    thumbnail: { url: true, filename: true, width: true, height: true },
    card: { url: true, filename: true, width: true, height: true },
  },
} as const satisfies SelectType

/** What every read of a picture selects, whatever it asks for: the names its URLs are made of. */
export const MEDIA_FILENAMES = {
  filename: true,
  sizes: { thumbnail: { filename: true }, card: { filename: true }, large: { filename: true } },
} as const satisfies SelectType
