'use client'
import { Button, useAllFormFields, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useMemo, useState } from 'react'

import { formatMoney } from '@/domain/money'
import { isQuotePriced, isQuoteStatus } from '@/domain/quoteStatus'
import { computeQuoteTotals, type Deposit, type Margin } from '@/domain/quoteTotals'
import { readQuoteForm } from './readQuoteForm'
import styles from './QuoteBuilder.module.css'

const euro = (cents: number) => formatMoney(cents, 'EUR', 'fr-FR')

/**
 * The quote builder's cockpit: live totals while staff type amounts, and the actions that price
 * the quote from the landed cost, send it, or reopen it. Every action saves through the form, so
 * the server's rules (state machine, validation) decide.
 */
export const QuoteBuilder = () => {
  const [fields] = useAllFormFields()
  const { submit } = useForm()
  const { id } = useDocumentInfo()
  const [busy, setBusy] = useState(false)
  const form = useMemo(() => readQuoteForm(fields), [fields])

  const totals = useMemo(() => {
    const margin: Margin | null =
      form.margin.kind === 'percent'
        ? { kind: 'percent', percent: form.margin.percent ?? 0, onCodes: ['vehicle'] }
        : form.margin.amount
          ? { kind: 'fixed', amount: form.margin.amount }
          : null
    const deposit: Deposit =
      form.deposit.kind === 'fixed'
        ? { kind: 'fixed', amount: form.deposit.amount ?? 0 }
        : { kind: 'percent', percent: form.deposit.percent ?? 10 }
    try {
      return computeQuoteTotals({ lines: form.lines, margin, deposit })
    } catch {
      return null
    }
  }, [form])

  const act = async (overrides: Record<string, unknown>) => {
    setBusy(true)
    try {
      await submit({ overrides })
    } finally {
      setBusy(false)
    }
  }

  const canSend = isQuoteStatus(form.status) && !isQuotePriced(form.status) && form.lines.length > 0
  const canReopen = ['sent', 'expired'].includes(form.status)

  return (
    <section className={styles.builder} aria-label="Quote builder">
      <div className={styles.totals}>
        {totals ? (
          <dl>
            <div>
              <dt>Lines</dt>
              <dd>{euro(totals.subtotal)}</dd>
            </div>
            <div>
              <dt>Service fee (margin)</dt>
              <dd>{euro(totals.margin)}</dd>
            </div>
            <div className={styles.total}>
              <dt>Total</dt>
              <dd data-testid="quote-total">{euro(totals.total)}</dd>
            </div>
            <div>
              <dt>Deposit</dt>
              <dd>{euro(totals.depositDue)}</dd>
            </div>
          </dl>
        ) : (
          <p>Amounts must be whole cents.</p>
        )}
      </div>
      {form.dates && <p className={styles.hint}>{form.dates}</p>}
      {form.warnings.length > 0 && (
        <ul className={styles.warnings}>
          {form.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button buttonStyle="secondary" disabled={busy || !id} onClick={() => act({ reprice: true })}>
          Price from landed cost
        </Button>
        {canSend && (
          <Button disabled={busy} onClick={() => act({ status: 'sent' })}>
            Send to customer
          </Button>
        )}
        {canReopen && (
          <Button buttonStyle="secondary" disabled={busy} onClick={() => act({ status: 'in_progress' })}>
            Reopen for changes
          </Button>
        )}
      </div>
      {!id && <p className={styles.hint}>Save the quote once to price it.</p>}
    </section>
  )
}
