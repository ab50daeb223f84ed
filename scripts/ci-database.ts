/** CI helper: `create|drop <admin url> <name>` for a throwaway database on a PostgreSQL server. */
import pg from 'pg'

const [action, adminUrl, name] = process.argv.slice(2)
if (!action || !adminUrl || !name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: tsx scripts/ci-database.ts <create|drop> <admin url> <name>')
  process.exit(2)
}
const client = new pg.Client({ connectionString: adminUrl })
await client.connect()
try {
  await client.query(action === 'create' ? `CREATE DATABASE ${name}` : `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
} finally {
  await client.end()
}
