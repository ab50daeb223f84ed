import type { UIFieldServerComponent } from 'payload'

/** The receipt (or refund credit note) of a payment received, as a PDF download; a hint before that. */
export const ReceiptLink: UIFieldServerComponent = ({ data, payload }) => {
  const number = typeof data?.receiptNumber === 'string' ? data.receiptNumber : null
  if (!data?.id) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">Receipt</span>
      {number ? (
        <a href={`${payload.config.routes.api}/payments/${data.id}/receipt`} download={`${number}.pdf`}>
          {number} (PDF)
        </a>
      ) : (
        <p className="field-description">Issued once the payment is received.</p>
      )}
    </div>
  )
}
