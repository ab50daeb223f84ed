import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { expect } from '@playwright/test'

// The app under test writes its mail here (DATA_DIR of playwright.config.ts).
const OUTBOX = path.resolve(process.env.E2E_DATA_DIR ?? '.data/e2e', 'outbox')

/** The raw text of a mail, with quoted-printable and base64 bodies decoded. */
function decodeMail(raw: string): string {
  const quotedPrintable = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  const base64 = [...raw.matchAll(/\r?\n\r?\n([A-Za-z0-9+/=\r\n]{40,})/g)].map((match) =>
    Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64').toString('utf8'),
  )
  return [quotedPrintable, ...base64].join('\n')
}

/** The newest mail sent to `email`, once it has been written. */
export async function newestMailTo(email: string): Promise<string> {
  let found: string | undefined
  await expect
    .poll(
      async () => {
        const files = (await readdir(OUTBOX).catch(() => [] as string[]))
          .filter((name) => name.endsWith('.eml'))
          .sort()
          .reverse()
        for (const file of files) {
          const raw = await readFile(path.join(OUTBOX, file), 'utf8')
          if (raw.toLowerCase().includes(email.toLowerCase())) {
            found = decodeMail(raw)
            return true
          }
        }
        return false
      },
      { timeout: 15_000, message: `no mail to ${email} in ${OUTBOX}` },
    )
    .toBe(true)
  return found!
}
