import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'

/**
 * The site layout gives client components no messages (pages stay light). A portal form gets only the
 * sections of `account` it uses.
 */
export async function PortalMessages({ sections, children }: { sections: string[]; children: ReactNode }) {
  const messages = await getMessages()
  const account = (messages.account ?? {}) as Record<string, unknown>
  const picked = Object.fromEntries(sections.map((section) => [section, account[section]]))
  return <NextIntlClientProvider messages={{ account: picked }}>{children}</NextIntlClientProvider>
}
