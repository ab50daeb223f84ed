import { describe, expect, it } from 'vitest'

import { hasControlCharacters, hasMarkup } from '@/domain/plainText'

describe('hasMarkup', () => {
  it.each([
    '<script>alert(1)</script>',
    'Golf <b>GTI</b>',
    '</textarea>',
    '<!-- note -->',
    '< img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
  ])('refuses %s', (value) => expect(hasMarkup(value)).toBe(true))

  it.each(['Budget < 30 000 €', 'moins de <3 ans', 'Range Rover 5.0 V8 > 400 ch', 'O’Brien', 'Clio 1.2 16V'])(
    'accepts %s',
    (value) => expect(hasMarkup(value)).toBe(false),
  )
})

describe('hasControlCharacters', () => {
  it('refuses line breaks, tabs and NUL in one-line fields', () => {
    expect(['a\nb', 'a\tb', 'a\u0000b', 'a\u007fb'].map(hasControlCharacters)).toEqual([true, true, true, true])
  })

  it('accepts accents and punctuation', () => {
    expect(hasControlCharacters('Éloïse-Marie d’Artagnan, 3e étage')).toBe(false)
  })
})
