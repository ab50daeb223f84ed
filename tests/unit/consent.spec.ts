import { describe, expect, it } from 'vitest'

import {
  allChoices,
  CONSENT_COOKIE,
  CONSENT_TEXT_VERSION,
  decodeConsent,
  encodeConsent,
  parseChoices,
  readConsentCookie,
  type StoredConsent,
} from '@/domain/consent'

const now = new Date('2026-12-02T10:00:00Z')
const consent: StoredConsent = {
  id: '0123456789abcdef0123456789abcdef',
  version: CONSENT_TEXT_VERSION,
  at: '2026-12-01T09:00:00.000Z',
  choices: { maps: true },
}

describe('consent cookie', () => {
  it('reads back what it wrote', () => {
    expect(decodeConsent(encodeConsent(consent), now)).toEqual(consent)
  })

  it('finds its cookie among others', () => {
    const header = `a=1; ${CONSENT_COOKIE}=${encodeConsent(consent)}; b=2`
    expect(decodeConsent(readConsentCookie(header), now)).toEqual(consent)
    expect(readConsentCookie('a=1')).toBeNull()
  })

  it('asks again after six months', () => {
    expect(decodeConsent(encodeConsent({ ...consent, at: '2026-06-01T09:00:00.000Z' }), now)).toBeNull()
    expect(decodeConsent(encodeConsent({ ...consent, at: '2026-06-10T09:00:00.000Z' }), now)).not.toBeNull()
  })

  it('asks again when the wording changed', () => {
    expect(decodeConsent(encodeConsent({ ...consent, version: '2020-01-01' }), now)).toBeNull()
  })

  it.each([
    '',
    'garbage',
    '%E0%A4%A',
    encodeURIComponent('null'),
    encodeURIComponent(JSON.stringify({ id: 'x', v: CONSENT_TEXT_VERSION, at: consent.at, c: { maps: true } })),
    encodeURIComponent(JSON.stringify({ id: consent.id, v: CONSENT_TEXT_VERSION, at: 'soon', c: { maps: true } })),
    encodeURIComponent(
      JSON.stringify({ id: consent.id, v: CONSENT_TEXT_VERSION, at: '2027-01-01T00:00:00Z', c: { maps: true } }),
    ),
    encodeURIComponent(JSON.stringify({ id: consent.id, v: CONSENT_TEXT_VERSION, at: consent.at, c: { maps: 'yes' } })),
  ])('treats %j as no choice', (raw) => {
    expect(decodeConsent(raw, now)).toBeNull()
  })
})

describe('parseChoices', () => {
  it('takes exactly the known categories as booleans', () => {
    expect(parseChoices({ maps: false })).toEqual({ maps: false })
    expect(parseChoices(allChoices(true))).toEqual({ maps: true })
  })

  it.each([null, [], {}, { maps: 1 }, { maps: true, ads: true }, { ads: true }])('refuses %j', (value) => {
    expect(parseChoices(value)).toBeNull()
  })
})
