import { Link } from '@/components/Link'
import { StaticImage } from '@/components/StaticImage'
import type { HeroBlock } from '@/payload-types'
import styles from './blocks.module.css'

export function Hero({ block, primary }: { block: HeroBlock; primary: boolean }) {
  const image = block.image && typeof block.image === 'object' ? block.image : null
  const Heading = primary ? 'h1' : 'h2'
  return (
    <section className={styles.hero}>
      <div className={`container ${styles.heroGrid}`}>
        <div className={styles.heroText}>
          {block.kicker && <p className={styles.kicker}>{block.kicker}</p>}
          <Heading className={styles.heroTitle}>{block.heading}</Heading>
          {block.text && <p className={styles.heroLead}>{block.text}</p>}
          {block.actions?.length ? (
            <div className={styles.actions}>
              {block.actions.map((action, index) => (
                <Link
                  key={action.href}
                  href={action.href}
                  className={`button ${index > 0 ? 'button--ghost' : 'button--brass'}`}
                >
                  {action.label}
                </Link>
              ))}
            </div>
          ) : null}
        </div>
        {image?.url && (
          <div className={styles.heroMedia}>
            <StaticImage
              src={image.url}
              alt={image.alt ?? ''}
              width={image.width ?? 1600}
              height={image.height ?? 1000}
              sizes="(min-width: 64rem) 36rem, 100vw"
              preload={primary}
              className={styles.heroImage}
            />
          </div>
        )}
      </div>
    </section>
  )
}
