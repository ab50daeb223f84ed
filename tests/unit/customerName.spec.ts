import { describe, expect, it } from 'vitest'

import { customerFullName } from '@/domain/customerName'

describe('the name the admin gives a customer', () => {
  it('is the first and last name', () => {
    expect(customerFullName({ firstName: 'Camille', lastName: 'Martin', email: 'client@autoport.test' })).toBe(
      'Camille Martin',
    )
    expect(customerFullName({ firstName: '  Jean   Pierre ', lastName: null })).toBe('Jean Pierre')
    expect(customerFullName({ firstName: '', lastName: 'Martin' })).toBe('Martin')
  })

  it('falls back to the e-mail address, then to nothing', () => {
    expect(customerFullName({ firstName: ' ', lastName: null, email: 'anon@example.com' })).toBe('anon@example.com')
    expect(customerFullName({})).toBeNull()
  })
})
