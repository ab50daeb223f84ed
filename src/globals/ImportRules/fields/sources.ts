import type { Field } from 'payload'

import { dayField, uniqueIdField } from './shared'

const isUrl = (value: string | null | undefined) => typeof value === 'string' && /^https?:\/\/\S+$/.test(value)

export const sourcesFields: Field[] = [
  {
    name: 'sources',
    type: 'array',
    labels: { singular: 'Source', plural: 'Sources' },
    admin: { initCollapsed: true, description: 'Every figure above names its sources by the ids given here.' },
    fields: [
      {
        type: 'row',
        fields: [
          uniqueIdField('sourceId', 'Source id', (data) => data?.sources, 'e.g. S13; quoted in the other tabs.'),
          dayField('readOn', 'Read on', { required: true, width: '50%' }),
        ],
      },
      { name: 'title', type: 'text', required: true, maxLength: 300 },
      {
        name: 'url',
        label: 'URL',
        type: 'text',
        required: true,
        maxLength: 1000,
        validate: (value: string | null | undefined) => (isUrl(value) ? true : 'Enter an http(s) address.'),
      },
      {
        name: 'alsoAt',
        label: 'Also at (URLs)',
        type: 'text',
        hasMany: true,
        validate: (values: string[] | null | undefined) => {
          const bad = (values ?? []).find((value) => !isUrl(value))
          return bad === undefined ? true : `"${bad}" is not an http(s) address.`
        },
      },
    ],
  },
]
