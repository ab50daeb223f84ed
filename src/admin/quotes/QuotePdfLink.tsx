import type { UIFieldServerComponent } from 'payload'

import { adminWords } from '@/admin/i18n/words'
import { isQuotePriced, isQuoteStatus } from '@/domain/quoteStatus'

/** The quote as the customer receives it (PDF), once it is priced and out of the staff's hands. */
export const QuotePdfLink: UIFieldServerComponent = ({ data, payload, i18n }) => {
  const number = typeof data?.number === 'string' ? data.number : null
  const priced =
    isQuoteStatus(data?.status) &&
    isQuotePriced(data.status) &&
    Array.isArray(data?.lines) &&
    data.lines.length > 0 &&
    typeof data?.totals?.total === 'number'
  if (!data?.id || !number || !priced) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <a href={`${payload.config.routes.api}/quotes/${data.id}/pdf`} download={`${number}.pdf`}>
        {adminWords(i18n.language).quoteBuilder.pdf(number)}
      </a>
    </div>
  )
}
