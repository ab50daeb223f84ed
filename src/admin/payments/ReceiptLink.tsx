import type { UIFieldServerComponent } from 'payload'

import { adminWords } from '@/admin/i18n/words'

/** The receipt (or refund credit note) of a payment received, as a PDF download; a hint before that. */
export const ReceiptLink: UIFieldServerComponent = ({ data, payload, i18n }) => {
  const words = adminWords(i18n.language).receipt
  const number = typeof data?.receiptNumber === 'string' ? data.receiptNumber : null
  if (!data?.id) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">{words.label}</span>
      {number ? (
        <a href={`${payload.config.routes.api}/payments/${data.id}/receipt`} download={`${number}.pdf`}>
          {number} (PDF)
        </a>
      ) : (
        <p className="field-description">{words.pending}</p>
      )}
    </div>
  )
}
