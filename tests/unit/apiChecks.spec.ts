import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkDataShapes, unknownKeys } from '@/api/checks/dataShapes'
import { checkPaging } from '@/api/checks/limits'
import { checkSearchParams } from '@/api/checks/searchParams'
import { checkSort } from '@/api/checks/sort'
import { checkWhere } from '@/api/checks/where'

const ID = '0b5e4c8e-2f0a-4d8e-9a57-3d1f4b6c7e21'
const fields = [
  { name: 'vin', type: 'text' },
  { name: 'year', type: 'number' },
  { name: 'status', type: 'select', options: [{ label: 'Available', value: 'available' }, 'sold'] },
  { name: 'customer', type: 'relationship', relationTo: 'customers' },
  { name: 'tags', type: 'text', hasMany: true },
  { name: 'location', type: 'point' },
  { name: 'firstRegistrationDate', type: 'date' },
  { name: 'price', type: 'group', flattenedFields: [{ name: 'amount', type: 'number' }] },
  {
    name: 'lines',
    type: 'array',
    flattenedFields: [
      { name: 'label', type: 'text' },
      { name: 'id', type: 'text' },
    ],
  },
  { name: 'title', type: 'text', localized: true },
] as unknown as FlattenedField[]

const problem = (query: string) => {
  const result = checkSearchParams(new URLSearchParams(query))
  return 'problem' in result ? result.problem : null
}

describe('checkSearchParams', () => {
  it.each([
    'page=-5',
    'page=abc',
    'page=1.5',
    'page=',
    'page=1&page=2',
    'page[a]=1',
    'limit=1e9',
    'limit=0x10',
    'depth[]=1',
    'sort=,',
    'sort=--id',
    'where=string',
    'select=x',
    'draft=maybe',
    'where[a',
  ])('refuses %s', (query) => expect(problem(query)).toEqual(expect.any(String)))

  it('accepts what Payload and the admin send, and returns the where filter as an object', () => {
    const result = checkSearchParams(
      new URLSearchParams(
        'page=2&limit=10&depth=1&sort=-price.amount,createdAt&draft=true&where[or][0][vin][like]=VF&where[id][in][]=a',
      ),
    )
    expect(result).toEqual({
      query: {
        page: 2,
        limit: 10,
        depth: 1,
        sort: '-price.amount,createdAt',
        where: { or: { 0: { vin: { like: 'VF' } } }, id: { in: { 0: 'a' } } },
      },
    })
  })
})

describe('checkPaging', () => {
  it('bounds page, limit and depth', () => {
    expect(checkPaging({ page: 1, limit: 100, depth: 10 })).toBeNull()
    expect(checkPaging({})).toBeNull()
    expect(checkPaging({ page: -5 })).toMatch(/page/)
    expect(checkPaging({ page: Infinity })).toMatch(/page/)
    expect(checkPaging({ limit: 101 })).toMatch(/limit/)
    expect(checkPaging({ limit: 0 })).toMatch(/limit/)
    expect(checkPaging({ depth: 11 })).toMatch(/depth/)
  })
})

describe('checkWhere', () => {
  it('accepts well-formed filters', () => {
    expect(
      checkWhere(
        { vin: { like: 'VF' }, or: [{ id: { in: [ID] } }, { customer: { equals: ID } }], location: { near: '1,2' } },
        fields,
      ),
    ).toBeNull()
    expect(checkWhere({ and: { 0: { 'price.amount': { greater_than: '1' } } } }, fields)).toBeNull()
    expect(checkWhere({ 'customer.email': { equals: 'a@b.c' } }, fields)).toBeNull()
  })

  it.each([
    ['a string', 'x', /object/],
    ['an unknown operator', { vin: { nope: 1 } }, /unknown operator/],
    ['a condition without operator', { vin: 'x' }, /operators/],
    ['a non-list or', { or: 'x' }, /list/],
    ['a malformed id', { id: { in: 'a,b' } }, /UUID/],
    ['a malformed relation id', { customer: { equals: 'x' } }, /UUID/],
    ['near on a non-point field', { id: { near: '1,2' } }, /point/],
    ['a non-boolean exists', { vin: { exists: 'maybe' } }, /true or false/],
  ])('refuses %s', (_, where, message) => expect(checkWhere(where, fields)).toMatch(message))

  it('refuses nesting past the limit', () => {
    let where: unknown = { vin: { equals: 'x' } }
    for (let i = 0; i < 20; i++) where = { and: [where] }
    expect(checkWhere(where, fields)).toMatch(/deeper/)
  })
})

describe('checkDataShapes', () => {
  it('accepts well-shaped data, localized values included', () => {
    const data = {
      vin: 'VF1',
      year: 2022,
      status: 'sold',
      customer: ID,
      tags: ['a'],
      location: [2.3, 48.8],
      firstRegistrationDate: '2022-03-15',
      price: { amount: '12' },
      lines: [{ label: 'x', id: 'r1' }],
      title: { fr: 'Titre', en: 'Title' },
    }
    expect(checkDataShapes(fields, data, ['fr', 'en'])).toEqual([])
    expect(checkDataShapes(fields, { customer: { id: ID }, year: null, status: null }, ['fr'])).toEqual([])
  })

  it('names each malformed field', () => {
    const data = {
      vin: ['x'],
      year: 'abc',
      status: { equals: 1 },
      customer: 'not-an-id',
      tags: 5,
      location: [1],
      firstRegistrationDate: 'soon',
      price: 3,
      lines: { label: 'x' },
    }
    expect(checkDataShapes(fields, data, []).map((problem) => problem.path)).toEqual([
      'vin',
      'year',
      'status',
      'customer',
      'tags',
      'location',
      'firstRegistrationDate',
      'price',
      'lines',
    ])
    expect(checkDataShapes(fields, { status: 'nope' }, [])[0]!.message).toMatch(/available, sold/)
    expect(checkDataShapes(fields, { lines: [{ label: 1 }] }, [])).toEqual([
      { path: 'lines.0.label', message: 'must be text.' },
    ])
    // What the admin's form sends for an array with no rows (seen saving a new quote), and a count that is not.
    expect(checkDataShapes(fields, { lines: 0 }, [])).toEqual([])
    expect(checkDataShapes(fields, { lines: 2 }, []).map((problem) => problem.path)).toEqual(['lines'])
    expect(checkDataShapes(fields, [1], [])).toEqual([{ path: '(body)', message: 'must be an object.' }])
  })

  it('lists unknown top-level keys', () => {
    expect(unknownKeys(fields, { vin: 'x', nope: 1, password: 'p' }, ['password'])).toEqual(['nope'])
  })
})

describe('checkSort', () => {
  it('accepts known fields, nested paths and id, descending or not', () => {
    expect(checkSort('-year,price.amount,id', fields)).toBeNull()
    expect(checkSort(['customer.email'], fields)).toBeNull()
    expect(checkSort(undefined, fields)).toBeNull()
  })

  it('refuses unknown fields and non-text sorts', () => {
    expect(checkSort('-nope', fields)).toBe('sort: unknown field "nope".')
    expect(checkSort('price.nope', fields)).toMatch(/price.nope/)
    expect(checkSort({ a: 1 }, fields)).toMatch(/field paths/)
  })
})
