import { getTranslations } from 'next-intl/server'

import { date } from '@/components/format'
import type { Locale } from '@/i18n/routing'
import type { Document } from '@/payload-types'
import { DOCUMENT_TONE, badgeClass, documentTypeLabel } from '../_lib/labels'
import styles from '../account.module.css'
import { DeleteDocumentButton } from './DeleteDocumentButton'

type Row = Pick<Document, 'id' | 'type' | 'status' | 'rejectionReason' | 'filename' | 'url' | 'createdAt'>

/** Documents as a list of cards: type, date, review status, the reason of a refusal, the file itself. */
export async function DocumentTable({
  documents,
  locale,
  deletable = false,
}: {
  documents: Row[]
  locale: Locale
  deletable?: boolean
}) {
  const t = await getTranslations({ locale, namespace: 'account.documents' })
  return (
    <ul className={styles.documents}>
      {documents.map((document) => {
        const type = documentTypeLabel(document.type, locale)
        return (
          <li key={document.id} className={styles.document}>
            <div className={styles.documentMain}>
              <p className={styles.documentType}>{type}</p>
              <p className={styles.rowMeta}>
                {t('sentOn', { date: date(document.createdAt, locale) })}
                {document.filename && (
                  <>
                    {' · '}
                    {document.url ? (
                      <a href={document.url} className={styles.fileName}>
                        {document.filename}
                        <span className="visually-hidden"> ({t('download')})</span>
                      </a>
                    ) : (
                      <span className={styles.fileName}>{document.filename}</span>
                    )}
                  </>
                )}
              </p>
              {document.status === 'rejected' && document.rejectionReason && (
                <p className={styles.rejection}>
                  <strong>{t('rejectionReason')}</strong>{' '}
                  <span className={styles.preserve}>{document.rejectionReason}</span>
                </p>
              )}
            </div>
            <div className={styles.documentSide}>
              <span className={badgeClass(DOCUMENT_TONE[document.status])}>{t(`status.${document.status}`)}</span>
              {deletable && document.status === 'pending' && (
                <DeleteDocumentButton
                  id={document.id}
                  text={t('delete')}
                  detail={t('deleteDetail', { type, date: date(document.createdAt, locale) })}
                  pendingLabel={t('deleting')}
                />
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
