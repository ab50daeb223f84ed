import { describe, expect, it } from 'vitest'

import { safeNextPath } from '@/app/(frontend)/[locale]/account/_lib/nextPath'

describe('safeNextPath', () => {
  it.each(['/%5Cevil.example', '/\\evil.example', '//evil.example', 'https://evil.example', '/%2F%2Fevil.example'])(
    'sends %j to the account home',
    (value) => {
      expect(safeNextPath(value)).toBe('/account')
    },
  )

  it('keeps a path of the site, without its locale prefix nor fragment', () => {
    expect(safeNextPath('/en/account/quotes?x=1#top')).toBe('/account/quotes?x=1')
    expect(safeNextPath('/fr')).toBe('/')
  })
})
