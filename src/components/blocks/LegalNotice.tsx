import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '@/app/(frontend)/_data/siteSettings'
import { legalNoticeFacts } from '@/domain/legalNotice'
import type { Locale } from '@/i18n/routing'
import type { LegalNoticeBlock } from '@/payload-types'

/** The publisher and host, from Site settings (Seller and Legal): one place to change them. */
export async function LegalNotice({ block, locale }: { block: LegalNoticeBlock; locale: Locale }) {
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: 'trust.legalNotice' }),
  ])
  const { publisher, host } = legalNoticeFacts(settings)
  const list = (facts: typeof publisher, testId: string) => (
    <dl
      data-testid={testId}
      style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', gap: '0.4rem 1.5rem' }}
    >
      {facts.map(([fact, value]) => (
        <div key={fact} style={{ display: 'contents' }} data-fact={fact}>
          <dt style={{ fontWeight: 600 }}>{t(`facts.${fact}`)}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-line' }}>{value}</dd>
        </div>
      ))}
    </dl>
  )
  return (
    <section className="section">
      <div className="container">
        {block.heading && <h2>{block.heading}</h2>}
        {publisher.length > 0 && (
          <>
            <h3>{t('publisherTitle')}</h3>
            {list(publisher, 'legal-publisher')}
          </>
        )}
        {host.length > 0 && (
          <>
            <h3>{t('hostTitle')}</h3>
            {list(host, 'legal-host')}
          </>
        )}
      </div>
    </section>
  )
}
