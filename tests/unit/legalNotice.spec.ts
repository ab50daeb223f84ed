import { describe, expect, it } from 'vitest'

import { legalNoticeFacts, sirenOf } from '@/domain/legalNotice'

describe('sirenOf', () => {
  it('takes the first nine digits of the SIRET, grouped by three', () => {
    expect(sirenOf('912 345 675 00017')).toBe('912 345 675')
    expect(sirenOf('91234567500017')).toBe('912 345 675')
  })
  it('gives nothing for a missing or short SIRET', () => {
    expect(sirenOf(null)).toBeNull()
    expect(sirenOf('1234')).toBeNull()
  })
})

describe('legalNoticeFacts', () => {
  it('states the publisher and host from the settings, in order, leaving out empty facts', () => {
    const facts = legalNoticeFacts({
      seller: {
        legalName: 'Autoport SAS',
        legalForm: 'SAS',
        siret: '912 345 675 00017',
        rcs: 'Lyon B 912 345 675',
        vatNumber: 'FR65912345675',
        address: '',
      },
      legal: {
        shareCapital: '50 000 €',
        publicationDirector: 'Alice Admin',
        host: { name: 'Host SAS', address: '1 rue X', phone: null },
      },
      showroom: { email: 'contact@autoport.test' },
    })
    expect(facts.publisher).toEqual([
      ['publisher', 'Autoport SAS'],
      ['legalForm', 'SAS'],
      ['shareCapital', '50 000 €'],
      ['siren', '912 345 675'],
      ['siret', '912 345 675 00017'],
      ['rcs', 'Lyon B 912 345 675'],
      ['vatNumber', 'FR65912345675'],
      ['director', 'Alice Admin'],
      ['email', 'contact@autoport.test'],
    ])
    expect(facts.host).toEqual([
      ['hostName', 'Host SAS'],
      ['hostAddress', '1 rue X'],
    ])
  })
  it('is empty when nothing is set', () => {
    expect(legalNoticeFacts({})).toEqual({ publisher: [], host: [] })
  })
})
