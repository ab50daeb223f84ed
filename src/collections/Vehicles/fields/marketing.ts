import type { Field } from 'payload'

/** The part of a vehicle that marketing edits: words, pictures, and whether it is featured. */
export const marketingFields: Field[] = [
  {
    name: 'featured',
    type: 'checkbox',
    index: true,
    admin: { position: 'sidebar', description: 'Shown on the home page.' },
  },
  { name: 'headline', type: 'text', localized: true, maxLength: 140 },
  { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 40 },
  { name: 'description', type: 'richText', localized: true },
]
