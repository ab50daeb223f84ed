import type { GroupField } from 'payload'

/** One consent: its state plus when, where and under which wording it was given. */
export function consentField(name: string, label: string): GroupField {
  return {
    name,
    label,
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'granted', type: 'checkbox', defaultValue: false },
          { name: 'at', type: 'date', admin: { readOnly: true } },
          { name: 'source', type: 'text', maxLength: 60, admin: { readOnly: true } },
          { name: 'textVersion', type: 'text', maxLength: 40, admin: { readOnly: true } },
        ],
      },
    ],
  }
}
