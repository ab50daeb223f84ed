import type { Payload } from 'payload'

import { createWorld, type World } from './fixtures'
import { testPayload } from './payload'
import { resetDatabase } from './resetDatabase'

/** A fresh database with the standard cast for one test file. */
export async function freshWorld(): Promise<{ payload: Payload; world: World }> {
  const payload = await testPayload()
  await resetDatabase(payload)
  return { payload, world: await createWorld(payload) }
}

export type Actor = 'anonymous' | 'customer' | 'admin' | 'sales' | 'marketing'

/** The token an actor calls the API with (customer = customer A). */
export function tokenOf(world: World, actor: Actor): string | undefined {
  if (actor === 'anonymous') return undefined
  if (actor === 'customer') return world.a.token
  return world.staff[actor].token
}
