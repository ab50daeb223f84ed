import { describe, expect, it } from 'vitest'

import { SizeBoundedCache } from '@/server/sizeBoundedCache'

describe('a cache bounded by the size of what it keeps', () => {
  it('drops the least recently used first, a read counting as a use', () => {
    const cache = new SizeBoundedCache<string>(10)
    cache.set('a', 'A', 4)
    cache.set('b', 'B', 4)
    expect(cache.get('a')).toBe('A')
    cache.set('c', 'C', 4)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe('A')
    expect(cache.get('c')).toBe('C')
  })

  it('counts a value again at its new size, and never keeps one larger than the budget', () => {
    const cache = new SizeBoundedCache<string>(10)
    cache.set('a', 'A', 4)
    cache.set('b', 'B', 4)
    cache.set('b', 'B+', 6)
    expect(cache.get('a')).toBe('A')
    expect(cache.get('b')).toBe('B+')
    cache.set('huge', 'H', 11)
    expect(cache.get('huge')).toBeUndefined()
    expect(cache.get('a')).toBe('A')
    cache.delete('a')
    cache.set('c', 'C', 4)
    expect(cache.get('b')).toBe('B+')
    expect(cache.get('c')).toBe('C')
  })
})
