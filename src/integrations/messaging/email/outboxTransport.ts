import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SentMessageInfo, Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

type Log = (line: string) => void

/**
 * A nodemailer transport that writes each message as an RFC 822 `.eml` file instead of sending it,
 * so the demo and the tests get real, openable mails without an SMTP server.
 */
export function outboxTransport(outboxDir: string, log: Log): Transport<SentMessageInfo> {
  return {
    name: 'autoport-outbox',
    version: '1',
    send(mail: MailMessage, done: (err: Error | null, info: SentMessageInfo) => void) {
      const messageId = mail.message.messageId()
      const envelope = mail.message.getEnvelope()
      const subject = String(mail.data.subject ?? '')
      mail.message.build((buildError, raw) => {
        if (buildError) return done(buildError, undefined)
        const file = path.join(outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`)
        mkdir(outboxDir, { recursive: true })
          .then(() => writeFile(file, raw))
          .then(() => {
            log(`mail to ${envelope.to.join(', ')}: "${subject}" written to ${file}`)
            done(null, { envelope, messageId, file })
          })
          .catch((error: Error) => done(error, undefined))
      })
    },
  }
}
