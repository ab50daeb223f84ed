import type { CollectionConfig } from 'payload'

import { or } from '@/access/compose'
import { isAdmin, isMarketing, isStaff } from '@/access/roles'
import { PAGE_BLOCKS } from '@/blocks'
import { slugField } from '@/fields/slug'
import { previewUrl, storefrontPath } from '@/fields/previewUrl'
import type { Page } from '@/payload-types'
import { revalidateCollection } from '@/hooks/revalidate'

const revalidatePages = revalidateCollection('pages')

/** Top-level addresses the storefront itself answers. */
const RESERVED_PATHS = ['vehicles', 'quote', 'account', 'admin', 'api', 'en', 'fr', 'sitemap.xml', 'robots.txt']

const marketingOrAdmin = or(isAdmin, isMarketing)

/** Marketing pages built from blocks, French first with an English version, drafts before publishing. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: {
    group: 'Content',
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    // The slug is localized: `data` holds the edited language's, so the preview opens that address.
    livePreview: { url: ({ data, locale }) => previewUrl(storefrontPath(data?.slug, locale?.code)) },
    preview: (data, { locale }) => previewUrl(storefrontPath(data?.slug as string | undefined, locale)),
  },
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 50 },
  access: {
    read: or(isStaff, () => ({ _status: { equals: 'published' } })),
    readVersions: isStaff,
    create: marketingOrAdmin,
    update: marketingOrAdmin,
    delete: marketingOrAdmin,
  },
  hooks: {
    afterChange: [revalidatePages.afterChange],
    afterDelete: [revalidatePages.afterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 140 },
    slugField<Page>((data) => (typeof data.title === 'string' ? data.title : ''), RESERVED_PATHS, { localized: true }),
    { name: 'layout', type: 'blocks', blocks: PAGE_BLOCKS, required: true, minRows: 1 },
  ],
}
