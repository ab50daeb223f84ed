import { getTranslations } from 'next-intl/server'

import { euros } from '@/components/format'
import { LINE_LABELS } from '@/domain/landedCost/labels'
import type { Locale } from '@/i18n/routing'
import type { Quote } from '@/payload-types'
import styles from '../../account.module.css'

type Lines = NonNullable<Quote['lines']>

/** A line's label in the reader's language when it is one of ours; staff wording is kept as written. */
function lineLabel(line: Lines[number], locale: Locale): string {
  const known = LINE_LABELS[line.code as keyof typeof LINE_LABELS]
  if (known && (line.label === known.fr || line.label === known.en)) return known[locale]
  return line.label
}

/** The quote's lines with their amounts (a staff amount replaces the computed one), then the totals. */
export async function PriceTable({
  lines,
  totals,
  locale,
}: {
  lines: Lines
  totals: NonNullable<Quote['totals']>
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'account.quote' })
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{t('linesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('item')}</th>
          <th scope="col" className={styles.amountCell}>
            {t('amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => (
          <tr key={line.id ?? index}>
            <th scope="row">{lineLabel(line, locale)}</th>
            <td className={`money ${styles.amountCell}`}>
              {euros(line.override ?? line.amount, locale, { exact: true })}
            </td>
          </tr>
        ))}
        {totals.serviceFee ? (
          <tr>
            <th scope="row">{t('serviceFee')}</th>
            <td className={`money ${styles.amountCell}`}>{euros(totals.serviceFee, locale, { exact: true })}</td>
          </tr>
        ) : null}
      </tbody>
      <tfoot>
        <tr className={styles.totalRow}>
          <th scope="row">{t('total')}</th>
          <td className={`money ${styles.amountCell}`}>{euros(totals.total ?? 0, locale, { exact: true })}</td>
        </tr>
        {totals.depositDue ? (
          <tr>
            <th scope="row">{t('deposit')}</th>
            <td className={`money ${styles.amountCell}`}>{euros(totals.depositDue, locale, { exact: true })}</td>
          </tr>
        ) : null}
        {totals.balance != null && totals.depositDue ? (
          <tr>
            <th scope="row">{t('balance')}</th>
            <td className={`money ${styles.amountCell}`}>{euros(totals.balance, locale, { exact: true })}</td>
          </tr>
        ) : null}
      </tfoot>
    </table>
  )
}
