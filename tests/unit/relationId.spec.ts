import { describe, expect, it } from 'vitest'

import { idOf } from '../../src/domain/relationId'

describe('idOf', () => {
  it('reads the id of a populated relationship', () => {
    expect(idOf({ id: 'a1b2' })).toBe('a1b2')
    expect(idOf({ id: 42 })).toBe('42')
  })

  it('keeps an id stored at depth 0', () => {
    expect(idOf('a1b2')).toBe('a1b2')
    expect(idOf(7)).toBe('7')
  })

  it('has no id for an empty relationship', () => {
    expect(idOf(null)).toBeUndefined()
    expect(idOf(undefined)).toBeUndefined()
    expect(idOf('')).toBeUndefined()
  })
})
