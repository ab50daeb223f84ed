import type { Metadata } from 'next'

import { NotFound } from '@/components/NotFound'
import '@/app/(frontend)/[locale]/globals.css'

export const metadata: Metadata = {
  title: 'Page introuvable · Page not found · Autoport',
  robots: { index: false },
}

/**
 * Addresses no route matches, outside any layout (an unknown locale, a file that is not there).
 * The language cannot be known, so the page speaks both.
 */
export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body>
        <main id="main">
          <NotFound locale="fr" />
          <NotFound locale="en" headingLevel={2} />
        </main>
      </body>
    </html>
  )
}
