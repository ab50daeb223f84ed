import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

let instance: Promise<Payload> | undefined

/** The one Payload instance of the int run (the int project shares its module graph). */
export function testPayload(): Promise<Payload> {
  instance ??= getPayload({ config })
  return instance
}
