import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CUSTOMER_DOCUMENT_TYPES } from '@/domain/vehicleOptions'
import { isLocale, type Locale } from '@/i18n/routing'
import { getDocuments } from '../../../_data/account'
import { DocumentTable } from '../_components/DocumentTable'
import { PortalMessages } from '../_components/PortalMessages'
import { requireCustomer } from '../_lib/customer'
import { documentTypeLabel } from '../_lib/labels'
import styles from '../account.module.css'
import { UploadForm } from './UploadForm'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale: locale as Locale, namespace: 'account.documents' })
  return { title: t('title') }
}

export default async function DocumentsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  setRequestLocale(locale)
  const customer = await requireCustomer(locale, '/account/documents')
  const [documents, t, query] = await Promise.all([
    getDocuments(customer),
    getTranslations({ locale, namespace: 'account.documents' }),
    searchParams,
  ])
  const flag = (name: string) => [query[name]].flat()[0] === '1'

  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.head}>
        <h1>{t('title')}</h1>
        <p className={styles.lead}>{t('lead')}</p>
      </header>
      <div role="status" className={styles.statusArea}>
        {flag('uploaded') && <p className="form-success">{t('uploaded')}</p>}
        {flag('deleted') && <p className="form-success">{t('deleted')}</p>}
      </div>
      <div className={styles.detailGrid}>
        <section aria-labelledby="my-documents" className={`card ${styles.panel}`}>
          <h2 id="my-documents" className={styles.panelTitle}>
            {t('listTitle')}
          </h2>
          {documents.length ? (
            <DocumentTable documents={documents} locale={locale} deletable />
          ) : (
            <p className="muted">{t('empty')}</p>
          )}
        </section>
        <section aria-labelledby="upload" className={`card ${styles.panel}`}>
          <h2 id="upload" className={styles.panelTitle}>
            {t('uploadTitle')}
          </h2>
          <p className={styles.note}>{t('uploadLead')}</p>
          <PortalMessages sections={['upload']}>
            <UploadForm
              types={CUSTOMER_DOCUMENT_TYPES.map((value) => ({ value, label: documentTypeLabel(value, locale) }))}
            />
          </PortalMessages>
          <p className={styles.privacy}>{t('privacy')}</p>
        </section>
      </div>
    </div>
  )
}
