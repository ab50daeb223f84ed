'use client'
import { Button, Pill, useAllFormFields, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { adminWords } from '@/admin/i18n/words'
import type { DocumentHistory } from '@/collections/Documents/historyEndpoint'
import { formatParisDateTime } from '@/domain/displayFormat'

/**
 * Review of a customer document: the file itself (served through the access-checked file route,
 * so the view is logged), and the verify / reject decision, a reason being required to reject.
 */
export const DocumentReview = () => {
  const [fields] = useAllFormFields()
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const { i18n } = useTranslation()
  const words = adminWords(i18n.language).documentReview
  const when = (iso: string) => formatParisDateTime(iso, i18n.language)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const filename = fields.filename?.value as string | undefined
  const mimeType = fields.mimeType?.value as string | undefined
  const status = (fields.status?.value as string | undefined) ?? 'pending'
  const [history, setHistory] = useState<DocumentHistory | null>(null)
  useEffect(() => {
    if (!id) return
    let live = true
    fetch(`/api/documents/${id}/history`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<DocumentHistory>) : null))
      .then((body) => live && setHistory(body))
      .catch(() => live && setHistory(null))
    return () => {
      live = false
    }
  }, [id, status])
  if (!id || !filename) return null

  const src = `/api/documents/file/${encodeURIComponent(filename)}`
  const decide = async (decision: 'verified' | 'rejected' | 'pending') => {
    setBusy(true)
    try {
      await submit({ overrides: { status: decision, rejectionReason: decision === 'rejected' ? reason : null } })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-label={words.label} style={{ marginBottom: '2rem' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', marginBottom: '0.75rem' }}>
        <strong>{words.review}</strong>
        <Pill pillStyle={status === 'verified' ? 'success' : status === 'rejected' ? 'error' : 'warning'}>
          <span data-testid="document-status">{words.statuses[status] ?? status}</span>
        </Pill>
        <a href={src} target="_blank" rel="noreferrer">
          {words.openFile}
        </a>
      </div>
      {history?.sameFile.length ? (
        <div
          role="alert"
          data-testid="document-duplicate"
          style={{
            border: '1px solid var(--theme-error-500)',
            background: 'var(--theme-error-50)',
            borderRadius: 8,
            padding: '0.75rem 1rem',
            marginBottom: '0.75rem',
            maxWidth: 900,
          }}
        >
          <strong>{words.possibleFraud}</strong>
          <ul style={{ margin: '0.5rem 0 0' }}>
            {history.sameFile.map((other) => (
              <li key={other.id}>
                <a href={`/admin/collections/documents/${other.id}`}>{other.customer}</a> {words.on} {when(other.at)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div
        style={{
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 8,
          overflow: 'hidden',
          background: 'var(--theme-elevation-50)',
          maxWidth: 900,
        }}
      >
        {mimeType === 'application/pdf' ? (
          <iframe title={words.preview(filename)} src={src} style={{ width: '100%', height: 560, border: 0 }} />
        ) : (
          // eslint-disable-next-line @next/next/no-img-element
          <img
            src={src}
            alt={words.preview(filename)}
            style={{ display: 'block', maxWidth: '100%', maxHeight: 560, margin: '0 auto' }}
          />
        )}
      </div>
      {history ? (
        <details style={{ marginTop: '1rem', maxWidth: 900 }} data-testid="document-history">
          <summary>{words.history(history.events.length)}</summary>
          <ol style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>
            {history.events.map((event, index) => (
              <li key={`${event.at}-${index}`}>
                {when(event.at)} — {words.what[event.what]} {event.who}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {status === 'pending' ? (
        <div style={{ marginTop: '1rem', display: 'grid', gap: '0.5rem', maxWidth: 600 }}>
          <Button disabled={busy} onClick={() => decide('verified')} margin={false}>
            {words.verify}
          </Button>
          <label htmlFor="rejection-reason" style={{ fontSize: '0.85rem' }}>
            {words.rejectionReason}
          </label>
          <textarea
            id="rejection-reason"
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button
            buttonStyle="error"
            disabled={busy || reason.trim() === ''}
            onClick={() => decide('rejected')}
            margin={false}
          >
            {words.reject}
          </Button>
        </div>
      ) : (
        <div style={{ marginTop: '1rem' }}>
          <Button buttonStyle="secondary" disabled={busy} onClick={() => decide('pending')} margin={false}>
            {words.reopen}
          </Button>
        </div>
      )}
    </section>
  )
}
