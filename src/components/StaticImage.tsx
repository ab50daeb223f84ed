import { getImageProps, type ImageProps } from 'next/image'
import { preload } from 'react-dom'

/**
 * An optimised image (the same srcset, sizes and lazy loading as next/image) rendered on the server
 * as a plain <img>. next/image is a client component: every page showing a picture shipped and
 * hydrated its code, for a blur placeholder and load callbacks the storefront never uses.
 *
 * `preload` is for the one image that is the page's largest paint: its srcset is announced in the
 * head (as next/image does) so the browser fetches it before it reaches the <img>.
 */
export function StaticImage({
  preload: isLcp = false,
  ...props
}: Omit<ImageProps, 'priority'> & { preload?: boolean }) {
  const { props: img } = getImageProps({ ...props, preload: isLcp, fetchPriority: isLcp ? 'high' : undefined })
  if (isLcp) {
    preload(img.src, {
      as: 'image',
      imageSrcSet: img.srcSet,
      imageSizes: img.sizes,
      fetchPriority: 'high',
    })
  }
  // getImageProps passes the required alt through.
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...img} />
}
