import { getTranslations } from 'next-intl/server'

import { StaticImage } from '@/components/StaticImage'
import type { Locale } from '@/i18n/routing'
import type { Media } from '@/payload-types'
import styles from './vehicle.module.css'

/** A swipeable strip of photos (CSS scroll snap, no script); thumbnails jump to each one. */
export async function Gallery({ images, title, locale }: { images: Media[]; title: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'vehicle' })
  if (images.length === 0) return <div className={styles.galleryEmpty} aria-hidden="true" />
  return (
    <section aria-label={t('gallery')} className={styles.gallery}>
      <ul className={styles.slides}>
        {images.map((image, index) => (
          <li key={image.id} id={`photo-${index + 1}`} className={styles.slide}>
            <StaticImage
              src={image.url!}
              alt={image.alt || `${title} (${index + 1}/${images.length})`}
              fill
              sizes="(min-width: 64rem) 46rem, 100vw"
              preload={index === 0}
              className={styles.slideImage}
            />
          </li>
        ))}
      </ul>
      {images.length > 1 && (
        <ol className={styles.thumbs}>
          {images.map((image, index) => (
            <li key={image.id}>
              <a href={`#photo-${index + 1}`} aria-label={t('photo', { index: index + 1, count: images.length })}>
                <StaticImage src={image.url!} alt="" width={96} height={72} sizes="96px" className={styles.thumb} />
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
