import { describe, expect, it } from 'vitest'

import { createLogSender } from '@/integrations/messaging/sms/log'

describe('log SMS sender', () => {
  it('logs the number and the first 60 characters on one line, and returns a log id', async () => {
    const lines: string[] = []
    const sender = createLogSender((line) => lines.push(line))
    const body = `Votre véhicule est arrivé.\nRendez-vous au port du Havre pour la remise des clés et des papiers.`
    const first = await sender.send('+33612345678', body)
    const second = await sender.send('+33612345678', 'Court')

    expect(sender.id).toBe('log')
    expect(lines[0]).toBe(`[sms] to +33612345678 : ${body.replace(/\s+/g, ' ').slice(0, 60)}…`)
    expect(lines[1]).toBe('[sms] to +33612345678 : Court')
    expect(first.id).toMatch(/^log-[0-9a-f]+$/)
    expect(second.id).not.toBe(first.id)
  })
})
