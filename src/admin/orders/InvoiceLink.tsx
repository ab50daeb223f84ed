import type { UIFieldServerComponent } from 'payload'

import { adminWords } from '@/admin/i18n/words'

/** The order's final invoice as a PDF download, once it is paid in full. */
export const InvoiceLink: UIFieldServerComponent = ({ data, payload, i18n }) => {
  const number = typeof data?.invoiceNumber === 'string' ? data.invoiceNumber : null
  if (!data?.id || !number) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <a href={`${payload.config.routes.api}/orders/${data.id}/invoice`} download={`${number}.pdf`}>
        {adminWords(i18n.language).invoice(number)}
      </a>
    </div>
  )
}
