import nodemailer from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSmtpServer, type TestSmtp } from '../../helpers/smtpServer'

describe('test SMTP server', () => {
  let smtp: TestSmtp

  beforeAll(async () => {
    smtp = await startSmtpServer({ port: Number(process.env.TEST_SMTP_PORT) })
  })

  afterAll(async () => {
    await smtp?.close()
  })

  // The same call the app makes (src/integrations/messaging/email) when SMTP_URL is set.
  const transport = () => nodemailer.createTransport(`smtp://user:secret@127.0.0.1:${process.env.TEST_SMTP_PORT}`)

  it('receives a mail with an attachment from nodemailer and hands it back parsed', async () => {
    await transport().sendMail({
      from: 'Autoport <no-reply@autoport.test>',
      to: 'client@example.test',
      subject: 'Votre devis Q-2026-0042',
      text: 'Bonjour, voici votre devis.',
      attachments: [
        { filename: 'devis-Q-2026-0042.pdf', content: Buffer.from('%PDF-1.7\n'), contentType: 'application/pdf' },
      ],
    })
    const mail = await smtp.waitFor((candidate) => candidate.subject === 'Votre devis Q-2026-0042')
    expect(mail.text?.trim()).toBe('Bonjour, voici votre devis.')
    expect(mail.from?.value[0]?.address).toBe('no-reply@autoport.test')
    const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
    expect(to?.value[0]?.address).toBe('client@example.test')
    expect(mail.attachments).toHaveLength(1)
    expect(mail.attachments[0]).toMatchObject({ filename: 'devis-Q-2026-0042.pdf', contentType: 'application/pdf' })
    expect(mail.attachments[0]!.content.toString()).toBe('%PDF-1.7\n')
  })

  it('refuses one delivery with a temporary 451 after failNext(), then accepts the next', async () => {
    smtp.failNext()
    const before = smtp.messages.length
    const mail = { from: 'no-reply@autoport.test', to: 'client@example.test', subject: 'Retry me', text: 'x' }
    const refused = await transport()
      .sendMail(mail)
      .then(
        () => undefined,
        (error: { responseCode?: number }) => error,
      )
    expect(refused?.responseCode).toBe(451)
    expect(smtp.messages).toHaveLength(before)

    await transport().sendMail(mail)
    await expect(smtp.waitFor((candidate) => candidate.subject === 'Retry me')).resolves.toMatchObject({
      subject: 'Retry me',
    })
    expect(smtp.messages).toHaveLength(before + 1)
  })

  it('gives up waiting with a clear message', async () => {
    await expect(smtp.waitFor(() => false, 50)).rejects.toThrow(/no matching message within 50 ms/)
  })
})
