/**
 * Which PostgreSQL the int tests may use. They empty every table between files, so a server
 * database is only taken when it was handed over for tests: through TEST_DATABASE_URL, or a
 * DATABASE_URL whose database name says it is a test database. Anything else is refused.
 */
export type TestDatabase = { kind: 'embedded' } | { kind: 'server'; url: string } | { kind: 'refused'; reason: string }

const TEST_NAME = /test/i

function databaseName(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || undefined
  } catch {
    return undefined
  }
}

export function chooseTestDatabase(env: Record<string, string | undefined>): TestDatabase {
  const testUrl = env.TEST_DATABASE_URL?.trim()
  if (testUrl) return { kind: 'server', url: testUrl }
  const url = env.DATABASE_URL?.trim()
  if (!url) return { kind: 'embedded' }
  const name = databaseName(url)
  if (name && TEST_NAME.test(name)) return { kind: 'server', url }
  return {
    kind: 'refused',
    reason:
      `The int tests empty every table, so they refuse DATABASE_URL (database "${name ?? '?'}" is not named as a test database): ` +
      'unset it to use a throwaway embedded PostgreSQL, or pass a database they may wipe as TEST_DATABASE_URL.',
  }
}
