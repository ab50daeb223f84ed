import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/roles'
import { getEnv } from '@/config/env'
import { revalidateCollection } from '@/hooks/revalidate'
import { MEDIA_FILENAMES, MEDIA_SHOWN } from './shown'
import { relativeMediaUrls } from './relativeUrls'

// Pictures appear on vehicle cards and pages.
const revalidateMedia = revalidateCollection('vehicles', 'pages')

/** Public images (vehicle galleries, pages). Private files live in `documents`. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Content', useAsTitle: 'alt' },
  // What a vehicle card, a gallery or a page block shows of a picture it links to (it was every
  // column: focal point, MIME types and byte sizes of each size, prefix, object key).
  defaultPopulate: MEDIA_SHOWN,
  // Payload computes `url` from `filename` (and each size's from its own): a read that selects the
  // URL alone (GraphQL lists select what the query asks) would otherwise get null.
  forceSelect: MEDIA_FILENAMES,
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    afterRead: [relativeMediaUrls],
    afterChange: [revalidateMedia.afterChange],
    afterDelete: [revalidateMedia.afterDelete],
  },
  upload: {
    staticDir: path.resolve(getEnv().DATA_DIR, 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    pasteURL: false,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 600, position: 'centre' },
      { name: 'large', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [{ name: 'alt', type: 'text', required: true, maxLength: 200, localized: false }],
}
