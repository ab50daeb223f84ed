import { ValidationError, type ArrayField, type FieldHook } from 'payload'

type IdentityRow = { id?: string | null; provider?: string | null; subject?: string | null }

const rows = (value: unknown): IdentityRow[] => (Array.isArray(value) ? (value as IdentityRow[]) : [])

/**
 * Links are made by the sign-in callback only (our code, overrideAccess): anyone else may remove a
 * link they can edit (the customer in their profile, staff in the admin) but never add or change one,
 * or they could sign in as whoever they named.
 */
const onlyRemovals: FieldHook = ({ value, originalDoc, overrideAccess, req, collection, path, operation }) => {
  if (overrideAccess || value === undefined) return value
  const before = operation === 'update' ? rows(originalDoc?.identities) : []
  const kept = rows(value).every((row) =>
    before.some((old) => old.id === row.id && old.provider === row.provider && old.subject === row.subject),
  )
  if (kept) return value
  throw new ValidationError(
    {
      collection: collection?.slug,
      errors: [{ path: path.join('.'), message: 'A sign-in provider is linked by signing in with it.' }],
    },
    req.t,
  )
}

/** The OpenID Connect identities (provider + subject) that sign in to this account. */
export const identitiesField: ArrayField = {
  name: 'identities',
  label: 'Sign-in providers',
  type: 'array',
  admin: {
    description: 'Linked by signing in with the provider; remove a row to unlink it.',
    initCollapsed: true,
  },
  hooks: { beforeValidate: [onlyRemovals] },
  fields: [
    { name: 'provider', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'subject', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'email', type: 'email', admin: { readOnly: true } },
    { name: 'linkedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
