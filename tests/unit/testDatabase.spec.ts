import { describe, expect, it } from 'vitest'

import { chooseTestDatabase } from '../../scripts/lib/testDatabase'

describe('the database the int tests may empty', () => {
  it('is a throwaway embedded one when nothing is set', () => {
    expect(chooseTestDatabase({})).toEqual({ kind: 'embedded' })
  })

  it('is the server handed over through TEST_DATABASE_URL, whatever DATABASE_URL says', () => {
    expect(
      chooseTestDatabase({
        TEST_DATABASE_URL: 'postgres://ci@127.0.0.1/autoport_ci_1',
        DATABASE_URL: 'postgres://prod/autoport',
      }),
    ).toEqual({ kind: 'server', url: 'postgres://ci@127.0.0.1/autoport_ci_1' })
  })

  it('takes a DATABASE_URL whose database is named as a test database', () => {
    expect(chooseTestDatabase({ DATABASE_URL: 'postgres://me@localhost:5432/autoport_test' })).toEqual({
      kind: 'server',
      url: 'postgres://me@localhost:5432/autoport_test',
    })
  })

  it('refuses a real DATABASE_URL in one line that says what to do', () => {
    const choice = chooseTestDatabase({ DATABASE_URL: 'postgres://me@db.example:5432/autoport' })
    expect(choice.kind).toBe('refused')
    if (choice.kind !== 'refused') return
    expect(choice.reason).toContain('database "autoport"')
    expect(choice.reason).toContain('TEST_DATABASE_URL')
    expect(choice.reason).not.toContain('\n')
  })

  it('refuses a server URL with no database name', () => {
    expect(chooseTestDatabase({ DATABASE_URL: 'postgres://me@db.example:5432' }).kind).toBe('refused')
  })
})
