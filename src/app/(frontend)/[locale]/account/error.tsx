'use client'

import { useLocale } from 'next-intl'
import { useEffect } from 'react'

const TEXT = {
  fr: {
    title: 'Une erreur est survenue',
    text: 'Votre demande n’a pas pu aboutir. Veuillez réessayer ; si le problème persiste, contactez-nous.',
    retry: 'Réessayer',
  },
  en: {
    title: 'Something went wrong',
    text: 'Your request could not be completed. Please try again; if it keeps happening, contact us.',
    retry: 'Try again',
  },
}

/** Last resort when a page or a form action fails unexpectedly (the client has no portal messages here). */
export default function AccountError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = TEXT[useLocale() === 'en' ? 'en' : 'fr']
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <div className="container section">
      <div className="card" style={{ padding: 'clamp(1.25rem, 4vw, 2rem)', maxWidth: '36rem', marginInline: 'auto' }} role="alert">
        <h1>{text.title}</h1>
        <p>{text.text}</p>
        <button type="button" className="button" onClick={reset}>
          {text.retry}
        </button>
      </div>
    </div>
  )
}
