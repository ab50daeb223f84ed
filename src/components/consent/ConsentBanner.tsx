'use client'
import { useEffect, useId, useRef, useState } from 'react'

import { allChoices, CONSENT_CATEGORIES, type ConsentChoices } from '@/domain/consent'
import { onOpenCookieSettings, saveConsent, useConsent } from './consentStore'
import type { ConsentLabels } from './labels'
import styles from './ConsentBanner.module.css'

/**
 * The cookie banner: shown until the visitor answers (and again after six months or a new wording),
 * reopened by the footer's "Cookie settings". A bar at the bottom that takes its own room at the end
 * of the page, not a modal: the page stays readable and usable, and nothing optional loads until an
 * answer says so.
 */
export function ConsentBanner({ labels, locale }: { labels: ConsentLabels; locale: string }) {
  const consent = useConsent()
  const [reopened, setReopened] = useState(false)
  const [choosing, setChoosing] = useState(false)
  // The toggles start from the current answer (none: everything off) until the visitor changes one.
  const [edited, setEdited] = useState<ConsentChoices | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const titleId = useId()

  useEffect(
    () =>
      onOpenCookieSettings(() => {
        setReopened(true)
        setChoosing(true)
      }),
    [],
  )

  const open = reopened || consent === null
  // Reopened on purpose: take the keyboard there. On a first visit the banner waits its turn.
  useEffect(() => {
    if (reopened) heading.current?.focus()
  }, [reopened])

  if (!open) return null

  const draft = edited ?? consent?.choices ?? allChoices(false)
  const answer = (choices: ConsentChoices) => {
    saveConsent(choices, locale)
    setEdited(null)
    setReopened(false)
    setChoosing(false)
  }

  return (
    <section
      className={styles.banner}
      aria-labelledby={titleId}
      data-testid="consent-banner"
      onKeyDown={(event) => {
        // Escape closes only a banner reopened over an existing answer; a first answer is still owed.
        if (event.key === 'Escape' && consent) setReopened(false)
      }}
    >
      <div className={`container ${styles.inner}`}>
        <div className={styles.text}>
          <h2 id={titleId} ref={heading} tabIndex={-1} className={styles.title}>
            {labels.title}
          </h2>
          <p>{labels.text}</p>
        </div>
        {choosing && (
          <fieldset className={styles.categories}>
            <legend className="visually-hidden">{labels.choose}</legend>
            <label className={styles.category}>
              <input type="checkbox" checked disabled />
              <span>
                <strong>{labels.essential}</strong>
                <small>{labels.essentialHelp}</small>
              </span>
            </label>
            {CONSENT_CATEGORIES.map((category) => (
              <label key={category} className={styles.category}>
                <input
                  type="checkbox"
                  name={category}
                  checked={draft[category]}
                  onChange={(event) => setEdited({ ...draft, [category]: event.target.checked })}
                />
                <span>
                  <strong>{labels[category]}</strong>
                  <small>{labels[`${category}Help`]}</small>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <div className={styles.actions}>
          {/* Refusing is as easy as accepting (CNIL): same size, same place, one click. */}
          <button type="button" className="button button--small" onClick={() => answer(allChoices(true))}>
            {labels.acceptAll}
          </button>
          <button type="button" className="button button--small" onClick={() => answer(allChoices(false))}>
            {labels.essentialOnly}
          </button>
          {choosing ? (
            <button type="button" className="button button--ghost button--small" onClick={() => answer(draft)}>
              {labels.save}
            </button>
          ) : (
            <button
              type="button"
              className="button button--ghost button--small"
              aria-expanded={false}
              onClick={() => setChoosing(true)}
            >
              {labels.choose}
            </button>
          )}
          {consent && (
            <button
              type="button"
              className={styles.close}
              onClick={() => {
                setReopened(false)
                setEdited(null)
              }}
            >
              {labels.close}
            </button>
          )}
        </div>
      </div>
    </section>
  )
}
