'use client'
import { Button, useAllFormFields, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui'
import { useMemo, useState } from 'react'

import { adminWords } from '@/admin/i18n/words'
import { displayLanguage, formatAmount } from '@/domain/displayFormat'
import { isQuotePriced, isQuoteStatus } from '@/domain/quoteStatus'
import { computeQuoteTotals, type Deposit, type Margin } from '@/domain/quoteTotals'
import { readQuoteForm } from './readQuoteForm'
import styles from './QuoteBuilder.module.css'

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
  const { i18n } = useTranslation()
  const form = useMemo(() => readQuoteForm(fields, displayLanguage(i18n.language)), [fields, i18n.language])
  const words = adminWords(i18n.language).quoteBuilder
  const euro = (cents: number) => formatAmount(cents, 'EUR', i18n.language)

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
    <section className={styles.builder} aria-label={words.label}>
      <div className={styles.totals}>
        {totals ? (
          <dl>
            <div>
              <dt>{words.lines}</dt>
              <dd>{euro(totals.subtotal)}</dd>
            </div>
            <div>
              <dt>{words.serviceFee}</dt>
              <dd>{euro(totals.margin)}</dd>
            </div>
            <div className={styles.total}>
              <dt>{words.total}</dt>
              <dd data-testid="quote-total">{euro(totals.total)}</dd>
            </div>
            <div>
              <dt>{words.deposit}</dt>
              <dd>{euro(totals.depositDue)}</dd>
            </div>
          </dl>
        ) : (
          <p>{words.wholeCents}</p>
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
          {words.priceFromLandedCost}
        </Button>
        {canSend && (
          <Button disabled={busy} onClick={() => act({ status: 'sent' })}>
            {words.send}
          </Button>
        )}
        {canReopen && (
          <Button buttonStyle="secondary" disabled={busy} onClick={() => act({ status: 'in_progress' })}>
            {words.reopen}
          </Button>
        )}
      </div>
      {!id && <p className={styles.hint}>{words.saveFirst}</p>}
    </section>
  )
}
