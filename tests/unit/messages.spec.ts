import { describe, expect, it } from 'vitest'

import enAccount from '@/i18n/messages/en.account.json'
import en from '@/i18n/messages/en.json'
import frAccount from '@/i18n/messages/fr.account.json'
import fr from '@/i18n/messages/fr.json'
import enOidc from '@/i18n/messages/en.oidc.json'
import frOidc from '@/i18n/messages/fr.oidc.json'
import enTrust from '@/i18n/messages/en.trust.json'
import frTrust from '@/i18n/messages/fr.trust.json'

function keys(value: unknown, prefix = ''): string[] {
  if (!value || typeof value !== 'object') return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

const pick = (source: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], source)

describe.each([
  ['site', fr, en],
  ['account', frAccount, enAccount],
  ['oidc', frOidc, enOidc],
  ['trust', frTrust, enTrust],
])('storefront messages (%s)', (_name, french, english) => {
  it('has every French string in English and the other way round', () => {
    expect(keys(english).sort()).toEqual(keys(french).sort())
  })

  it('has no empty string', () => {
    const empty = keys(french).filter((key) => pick(french, key) === '' || pick(english, key) === '')
    expect(empty).toEqual([])
  })
})

it('keeps the portal strings out of the site file', () => {
  expect(Object.keys(frAccount).filter((key) => key in fr)).toEqual([])
})

it('keeps the trust pages’ strings in their own namespace', () => {
  expect(Object.keys(frTrust).filter((key) => key in fr || key in frAccount)).toEqual([])
})
