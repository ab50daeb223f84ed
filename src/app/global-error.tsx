'use client'

import { ERROR_TEXT } from '@/components/errorText'

/**
 * When a root layout itself fails, nothing of the site's frame is left: this page replaces it, in
 * both languages since the locale may be what failed, with inline styles since the stylesheet may
 * not have loaded.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: 'system-ui, sans-serif', color: '#14212b', background: '#f6f4ef', margin: 0 }}>
        <main style={{ maxWidth: '36rem', margin: '0 auto', padding: '3rem 1.25rem' }} role="alert">
          {(['fr', 'en'] as const).map((locale) => (
            <section key={locale} lang={locale} style={{ marginBottom: '2rem' }}>
              {locale === 'fr' ? <h1>{ERROR_TEXT.fr.title}</h1> : <h2>{ERROR_TEXT.en.title}</h2>}
              <p>{ERROR_TEXT[locale].text}</p>
              {error.digest && <p style={{ color: '#6b7883' }}>{ERROR_TEXT[locale].reference(error.digest)}</p>}
            </section>
          ))}
          <p style={{ display: 'flex', gap: '1rem' }}>
            <button type="button" onClick={reset}>
              {ERROR_TEXT.fr.retry} · {ERROR_TEXT.en.retry}
            </button>
            <a href="/">{ERROR_TEXT.fr.home}</a>
            <a href="/en">{ERROR_TEXT.en.home}</a>
          </p>
        </main>
      </body>
    </html>
  )
}
