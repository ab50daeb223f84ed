import { getTranslations } from 'next-intl/server'

import { euros } from '@/components/format'
import { quoteLines } from '@/documents/pricedLines'
import { SECTION_WORDS, priceSections } from '@/domain/priceSections'
import type { Locale } from '@/i18n/routing'
import type { Quote } from '@/payload-types'
import styles from '../../account.module.css'

type Lines = NonNullable<Quote['lines']>

/**
 * The quote's lines as its PDF prints them: grouped by how VAT applies to them with a subtotal each
 * (the carte grise as Y.6), a staff amount in place of the computed one, our fee under the same
 * label, then the totals.
 */
export async function PriceTable({
  lines,
  totals,
  siteName,
  locale,
}: {
  lines: Lines
  totals: NonNullable<Quote['totals']>
  siteName: string
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'account.quote' })
  const words = SECTION_WORDS[locale]
  const sections = priceSections(quoteLines(lines, totals.serviceFee ?? 0, siteName, locale))
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
      {sections.map((section) => (
        <tbody key={section.key} data-testid={`quote-section-${section.key}`}>
          <tr>
            <th scope="colgroup" colSpan={2} className={styles.sectionHead}>
              {words[section.key].title}
            </th>
          </tr>
          {section.lines.map((line, index) => (
            <tr key={`${line.label}-${index}`}>
              <th scope="row">{line.label}</th>
              <td className={`money ${styles.amountCell}`}>{euros(line.amount, locale, { exact: true })}</td>
            </tr>
          ))}
          <tr className={styles.subtotalRow}>
            <th scope="row">{words[section.key].subtotal}</th>
            <td className={`money ${styles.amountCell}`}>{euros(section.subtotal, locale, { exact: true })}</td>
          </tr>
        </tbody>
      ))}
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
