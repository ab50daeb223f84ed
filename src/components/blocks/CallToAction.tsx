import { Link } from '@/components/Link'
import type { CallToActionBlock } from '@/payload-types'
import styles from './blocks.module.css'

export function CallToAction({ block }: { block: CallToActionBlock }) {
  return (
    <section className="section">
      <div className={`container`}>
        <div className={styles.cta}>
          <div>
            <h2 className={styles.ctaTitle}>{block.heading}</h2>
            {block.text && <p className={styles.ctaText}>{block.text}</p>}
          </div>
          <Link href={block.href} className="button button--brass">
            {block.label}
          </Link>
        </div>
      </div>
    </section>
  )
}
