'use client'

import { useParams } from 'next/navigation'
import { useEffect } from 'react'

import { ERROR_TEXT } from '@/components/errorText'

/**
 * Last resort when a storefront page or a form action fails unexpectedly: the header and footer
 * stay, the page says so in the visitor's language and offers a retry. Its strings travel with it
 * because the client has no message catalogue here.
 */
export default function StorefrontError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The segment's own parameter: reading it through next-intl would ship its runtime to every page.
  const locale = useParams<{ locale?: string }>().locale === 'en' ? 'en' : 'fr'
  const text = ERROR_TEXT[locale]
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="container section" lang={locale}>
      <div
        className="card"
        style={{ padding: 'clamp(1.25rem, 4vw, 2rem)', maxWidth: '36rem', marginInline: 'auto' }}
        role="alert"
      >
        <h1>{text.title}</h1>
        <p>{text.text}</p>
        {error.digest && (
          <p style={{ color: 'var(--ink-faint)', fontSize: '0.9rem' }}>{text.reference(error.digest)}</p>
        )}
        <p style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
          <button type="button" className="button" onClick={reset}>
            {text.retry}
          </button>
          <a className="button button--ghost" href={locale === 'fr' ? '/' : '/en'}>
            {text.home}
          </a>
        </p>
      </div>
    </div>
  )
}
