import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A local SMTP server for tests: plain text on 127.0.0.1 (no STARTTLS offered, so nodemailer sends
 * in clear without being told to), any AUTH accepted and none required. Every delivered message is
 * kept parsed, as a mail client would show it.
 */

export interface TestSmtp {
  url: string
  port: number
  /** Every accepted message, in delivery order. */
  messages: ParsedMail[]
  /** The first message, delivered already or within `timeoutMs`, that matches. */
  waitFor(predicate: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>
  /** The next `count` messages are refused after DATA with 451, as a server that is down would. */
  failNext(count?: number): void
  close(): Promise<void>
}

export async function startSmtpServer(options: { port: number }): Promise<TestSmtp> {
  const messages: ParsedMail[] = []
  const waiters = new Set<(mail: ParsedMail) => void>()
  let failures = 0

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    banner: 'Autoport test SMTP',
    closeTimeout: 1_000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' })
    },
    onData(stream, _session, callback) {
      if (failures > 0) {
        failures -= 1
        // The client only reads the reply once the whole message is in, so the stream is drained.
        stream.on('end', () =>
          callback(Object.assign(new Error('Temporary local problem, try again later'), { responseCode: 451 })),
        )
        stream.resume()
        return
      }
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          for (const waiter of waiters) waiter(mail)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  // A client dropping its connection must not crash the test run.
  server.on('error', () => {})

  return {
    url: `smtp://127.0.0.1:${options.port}`,
    port: options.port,
    messages,
    waitFor(predicate, timeoutMs = 10_000) {
      const already = messages.find(predicate)
      if (already) return Promise.resolve(already)
      return new Promise((resolve, reject) => {
        const waiter = (mail: ParsedMail) => {
          if (!predicate(mail)) return
          clearTimeout(timer)
          waiters.delete(waiter)
          resolve(mail)
        }
        const timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(new Error(`test SMTP: no matching message within ${timeoutMs} ms (${messages.length} received)`))
        }, timeoutMs)
        waiters.add(waiter)
      })
    },
    failNext(count = 1) {
      failures += count
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
