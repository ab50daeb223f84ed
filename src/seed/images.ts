import type { Payload, RequestContext } from 'payload'
import sharp from 'sharp'

import { inBatches } from './batches'
import { carSvg, VIEWS, type Body, type View } from './carIllustration'
import { paintFor, type Paint } from './paints'

type Gender = 'm' | 'f'
const BODY_NAMES: Record<Body, { noun: string; gender: Gender }> = {
  sedan: { noun: 'berline', gender: 'f' },
  hatchback: { noun: 'compacte', gender: 'f' },
  estate: { noun: 'break', gender: 'm' },
  suv: { noun: 'SUV', gender: 'm' },
  coupe: { noun: 'coupé', gender: 'm' },
  convertible: { noun: 'cabriolet', gender: 'm' },
  mpv: { noun: 'monospace', gender: 'm' },
  pickup: { noun: 'pick-up', gender: 'm' },
  van: { noun: 'utilitaire', gender: 'm' },
}

const VIEW_NAMES: Record<View, string> = {
  side: 'vue de profil',
  'side-left': 'vue de profil côté gauche',
  front: 'vue de l’avant en gros plan',
}

/** One backdrop per view: the pictures of a car differ in their background and framing, never in paint or body. */
const BACKDROPS: Record<View, [string, string]> = {
  side: ['#dfe9f3', '#f7f9fc'],
  'side-left': ['#f3e6da', '#fbf7f2'],
  front: ['#e8e4f3', '#f9f8fc'],
}

export type SeedImage = { key: string; body: Body; paint: Paint; view: View; filename: string; alt: string }

/**
 * The pictures of a car of this body in this colour (as listed, in French or English): one per view,
 * shared by every vehicle of the same body and colour. The alt text names the body and the paint.
 */
export function imagesFor(body: Body, colour: string | null | undefined): SeedImage[] {
  const paint = paintFor(colour)
  const { noun, gender } = BODY_NAMES[body]
  const article = gender === 'f' ? 'une' : 'un'
  return VIEWS.map((view) => ({
    key: `${body}-${paint.key}-${view}`,
    body,
    paint,
    view,
    filename: `autoport-car-${body}-${paint.key}-${view}.jpg`,
    alt: `Illustration d’${article} ${noun} ${lowerFirst(paint.fr)}, ${VIEW_NAMES[view]}`,
  }))
}

/** "Gris Nardo" → "gris Nardo": the colour after the noun, its proper names kept. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/** Every picture the vehicles need, each once. */
export function imageSet(vehicles: { body: Body; colour?: string | null }[]): SeedImage[] {
  const byKey = new Map<string, SeedImage>()
  for (const vehicle of vehicles)
    for (const image of imagesFor(vehicle.body, vehicle.colour)) byKey.set(image.key, image)
  return [...byKey.values()]
}

export function renderSvg(image: SeedImage): string {
  return carSvg({ body: image.body, paint: image.paint, backdrop: BACKDROPS[image.view], view: image.view })
}

export async function renderImage(image: SeedImage): Promise<Buffer> {
  return sharp(Buffer.from(renderSvg(image)))
    .jpeg({ quality: 82 })
    .toBuffer()
}

/** Renders and uploads each illustration once; returns the media id of every image key. */
export async function seedImages(
  payload: Payload,
  context: RequestContext,
  images: SeedImage[],
): Promise<{ ids: Map<string, string>; line: string }> {
  const existing = await payload.find({
    collection: 'media',
    where: { filename: { in: images.map((image) => image.filename) } },
    select: { filename: true },
    pagination: false,
    depth: 0,
  })
  const ids = new Map<string, string>()
  for (const doc of existing.docs) {
    const image = images.find((candidate) => candidate.filename === doc.filename)
    if (image) ids.set(image.key, doc.id)
  }
  const missing = images.filter((image) => !ids.has(image.key))
  // Rendering and the three sizes of each upload run on sharp's thread pool: two uploads at a time.
  await inBatches(missing, 2, async (image) => {
    const data = await renderImage(image)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: image.alt },
      file: { data, mimetype: 'image/jpeg', name: image.filename, size: data.length },
      context,
    })
    ids.set(image.key, doc.id)
  })
  return { ids, line: `Seeded ${missing.length} images (${images.length - missing.length} already there)` }
}
