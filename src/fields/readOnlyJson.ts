import type { JSONField } from 'payload'

/**
 * A JSON field the admin shows as readable tables (src/admin/fields/JsonView) instead of Payload's
 * code editor, which fetches Monaco from a CDN: blocked by our CSP and unreachable offline. Every
 * `type: 'json'` field goes through here (tests/unit/jsonFields.spec.ts checks it).
 */
export function readOnlyJson(
  name: string,
  options: Omit<Partial<JSONField>, 'type' | 'name'> & { Field?: string } = {},
): JSONField {
  const { admin, Field = '@/admin/fields/JsonView#JsonView', ...rest } = options
  return {
    name,
    type: 'json',
    ...rest,
    admin: { ...admin, readOnly: true, components: { ...admin?.components, Field } },
  } as JSONField
}
