import type { FieldHook, TextField, TypeWithID } from 'payload'

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}

/**
 * A unique, URL-safe slug; filled from `source(data)` when left empty. Localized, each language has
 * its own address (/a-propos, /en/about), generated from that language's title.
 */
export function slugField<T extends TypeWithID>(
  source: (data: Partial<T>) => string,
  reserved: string[] = [],
  options: { localized?: boolean } = {},
): TextField {
  const fill: FieldHook<T> = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const merged: Partial<T> = Object.assign({}, originalDoc, data)
    const generated = slugify(source(merged))
    return generated || undefined
  }
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    localized: options.localized,
    maxLength: 120,
    hooks: { beforeValidate: [fill] },
    validate: (value: string | null | undefined) =>
      value && reserved.includes(value) ? 'This address is used by the site itself.' : true,
    admin: { position: 'sidebar', description: 'Address of the page; generated when left empty.' },
  }
}
