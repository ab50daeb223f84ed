import type { FaqBlock } from '@/payload-types'
import styles from './blocks.module.css'

/** Questions as native disclosure widgets: keyboard and screen-reader friendly without JavaScript. */
export function Faq({ block }: { block: FaqBlock }) {
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: (block.items ?? []).map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  }
  return (
    <section className="section">
      <div className="container">
        {block.heading && <h2>{block.heading}</h2>}
        <div className={styles.faq}>
          {(block.items ?? []).map((item) => (
            <details key={item.id ?? item.question} className={styles.faqItem}>
              <summary>{item.question}</summary>
              <p>{item.answer}</p>
            </details>
          ))}
        </div>
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(structured).replace(/</g, '\\u003c') }}
        />
      </div>
    </section>
  )
}
