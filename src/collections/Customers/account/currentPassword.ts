import { AuthenticationError, LockedAuth, type Payload } from 'payload'

export type PasswordCheck = 'ok' | 'wrong' | 'locked'

/** The session id (`sid`) a token of ours names, read without checking it: Payload just signed it. */
function sessionIdOf(token: string | undefined): string | undefined {
  const body = token?.split('.')[1]
  if (!body) return undefined
  try {
    const { sid } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { sid?: unknown }
    return typeof sid === 'string' ? sid : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether `password` is the customer's current one, asked through Payload's own login: it knows the
 * hash formats, counts wrong answers and locks the account after too many, as at the sign-in form.
 * The session that login opens is withdrawn at once: checking a password signs nobody in.
 */
export async function checkCurrentPassword(
  payload: Payload,
  customer: { id: string; email: string },
  password: string,
): Promise<PasswordCheck> {
  if (!password) return 'wrong'
  try {
    const { token } = await payload.login({
      collection: 'customers',
      data: { email: customer.email, password },
      depth: 0,
    })
    const sid = sessionIdOf(token)
    if (sid) {
      await payload.db.pool.query(`DELETE FROM "customers_sessions" WHERE "_parent_id" = $1 AND "id" = $2`, [
        customer.id,
        sid,
      ])
    }
    return 'ok'
  } catch (error) {
    if (error instanceof LockedAuth) return 'locked'
    if (error instanceof AuthenticationError) return 'wrong'
    throw error
  }
}
