import { describe, expect, it } from 'vitest'

import { and, hiddenUnless, or } from '../../src/access/compose'
import { creating, updating } from '../../src/access/operation'
import { ownCustomer, self } from '../../src/access/ownCustomer'
import {
  customerId,
  isAdmin,
  isCustomer,
  isMarketing,
  isSales,
  isStaff,
  isStaffUser,
  isVisitor,
  type Who,
} from '../../src/access/roles'

const admin = { collection: 'users', id: 'u1', role: 'admin' }
const sales = { collection: 'users', id: 'u2', role: 'sales' }
const marketing = { collection: 'users', id: 'u3', role: 'marketing' }
const customer = { collection: 'customers', id: 'c1' }
const as = (user: Who) => ({ req: { user } })

describe('role predicates', () => {
  it('name each kind of signed-in user', () => {
    const table = [admin, sales, marketing, customer, null].map((user) =>
      [isAdmin, isSales, isMarketing, isStaff, isCustomer, isVisitor].map((check) => check(as(user))),
    )
    expect(table).toEqual([
      [true, false, false, true, false, false],
      [false, true, false, true, false, false],
      [false, false, true, true, false, false],
      [false, false, false, false, true, false],
      [false, false, false, false, false, true],
    ])
  })

  it('a customer carrying a role field is still not staff', () => {
    expect(isAdmin(as({ collection: 'customers', id: 'c2', role: 'admin' }))).toBe(false)
    expect(isStaffUser({ collection: 'customers', id: 'c2' })).toBe(false)
    expect(customerId(customer)).toBe('c1')
    expect(customerId(admin)).toBeUndefined()
  })
})

describe('or', () => {
  it('allows as soon as one check allows', () => {
    expect(or(isAdmin, isSales)(as(sales))).toBe(true)
    expect(or(isAdmin, isSales)(as(marketing))).toBe(false)
    expect(or(isAdmin, ownCustomer('customer'))(as(admin))).toBe(true)
  })

  it('keeps a single where as it is and joins several with or', () => {
    expect(or(isAdmin, ownCustomer('customer'))(as(customer))).toEqual({ customer: { equals: 'c1' } })
    expect(or(ownCustomer('customer'), ownCustomer('owner'))(as(customer))).toEqual({
      or: [{ customer: { equals: 'c1' } }, { owner: { equals: 'c1' } }],
    })
    expect(or(isAdmin, ownCustomer('customer'))(as(null))).toBe(false)
  })
})

describe('and', () => {
  it('refuses as soon as one check refuses', () => {
    expect(and(isStaff, self)(as(customer))).toBe(false)
    expect(and(isCustomer, updating)({ ...as(customer), operation: 'create' })).toBe(false)
    expect(and(isCustomer, creating)({ ...as(customer), operation: 'create' })).toBe(true)
  })

  it('narrows to every where given', () => {
    expect(and(isStaff, self)(as(sales))).toEqual({ id: { equals: 'u2' } })
    expect(and(ownCustomer('owner'), () => ({ status: { equals: 'pending' } }))(as(customer))).toEqual({
      and: [{ owner: { equals: 'c1' } }, { status: { equals: 'pending' } }],
    })
  })
})

describe('hiddenUnless', () => {
  it('hides a collection from everyone the check refuses', () => {
    const hidden = hiddenUnless(or(isAdmin, isSales))
    expect([admin, sales, marketing, customer, null].map((user) => hidden({ user }))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ])
  })
})
