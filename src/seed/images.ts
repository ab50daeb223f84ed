import type { Payload, RequestContext } from 'payload'
import sharp from 'sharp'

import { inBatches } from './batches'
import type { ColourFamily } from './data/catalog'
import { carSvg, type Body } from './carIllustration'

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

const PAINT: Record<ColourFamily, { hex: string; m: string; f: string }> = {
  gris: { hex: '#7f858e', m: 'gris', f: 'grise' },
  noir: { hex: '#24262b', m: 'noir', f: 'noire' },
  blanc: { hex: '#eceef1', m: 'blanc', f: 'blanche' },
  bleu: { hex: '#2f5aa8', m: 'bleu', f: 'bleue' },
  'bleu-nuit': { hex: '#1e2a4a', m: 'bleu nuit', f: 'bleu nuit' },
  rouge: { hex: '#b3262e', m: 'rouge', f: 'rouge' },
  vert: { hex: '#1f4d3a', m: 'vert anglais', f: 'vert anglais' },
  argent: { hex: '#c3c8cf', m: 'argent', f: 'argent' },
  orange: { hex: '#e07a1f', m: 'orange', f: 'orange' },
  jaune: { hex: '#e3b92e', m: 'jaune', f: 'jaune' },
}

const BACKDROPS: [string, string][] = [
  ['#dfe9f3', '#f7f9fc'],
  ['#f3e6da', '#fbf7f2'],
  ['#e1f0e8', '#f6fbf8'],
  ['#e8e4f3', '#f9f8fc'],
  ['#eceff1', '#fafafa'],
  ['#f6ecd9', '#fdfaf3'],
]

export type SeedImage = { key: string; body: Body; colour: ColourFamily; filename: string; alt: string }

/** 24 illustrations: every body type, in the paints the inventory uses most. */
const IMAGE_SET: [Body, ColourFamily][] = [
  ['sedan', 'gris'],
  ['sedan', 'noir'],
  ['sedan', 'bleu-nuit'],
  ['hatchback', 'rouge'],
  ['hatchback', 'blanc'],
  ['hatchback', 'bleu'],
  ['estate', 'argent'],
  ['estate', 'vert'],
  ['suv', 'gris'],
  ['suv', 'blanc'],
  ['suv', 'noir'],
  ['suv', 'bleu'],
  ['coupe', 'rouge'],
  ['coupe', 'jaune'],
  ['coupe', 'argent'],
  ['convertible', 'rouge'],
  ['convertible', 'bleu'],
  ['mpv', 'argent'],
  ['mpv', 'bleu-nuit'],
  ['pickup', 'blanc'],
  ['pickup', 'noir'],
  ['pickup', 'orange'],
  ['van', 'blanc'],
  ['van', 'gris'],
]

export const SEED_IMAGES: SeedImage[] = IMAGE_SET.map(([body, colour]) => {
  const { noun, gender } = BODY_NAMES[body]
  const article = gender === 'f' ? 'une' : 'un'
  return {
    key: `${body}-${colour}`,
    body,
    colour,
    filename: `autoport-illustration-${body}-${colour}.jpg`,
    alt: `Illustration d'${article} ${noun} ${PAINT[colour][gender]}`,
  }
})

export async function renderImage(image: SeedImage, index: number): Promise<Buffer> {
  const svg = carSvg({
    body: image.body,
    colour: PAINT[image.colour].hex,
    backdrop: BACKDROPS[index % BACKDROPS.length]!,
    mirrored: index % 3 === 2,
    spokes: index % 2 === 0 ? 5 : 6,
  })
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

/** Renders and uploads each illustration once; returns the media id of every image key. */
export async function seedImages(
  payload: Payload,
  context: RequestContext,
): Promise<{ ids: Map<string, string>; line: string }> {
  const existing = await payload.find({
    collection: 'media',
    where: { filename: { in: SEED_IMAGES.map((image) => image.filename) } },
    select: { filename: true },
    pagination: false,
    depth: 0,
  })
  const ids = new Map<string, string>()
  for (const doc of existing.docs) {
    const image = SEED_IMAGES.find((candidate) => candidate.filename === doc.filename)
    if (image) ids.set(image.key, doc.id)
  }
  const missing = SEED_IMAGES.map((image, index) => ({ image, index })).filter(({ image }) => !ids.has(image.key))
  // Rendering and the three sizes of each upload run on sharp's thread pool: two uploads at a time.
  await inBatches(missing, 2, async ({ image, index }) => {
    const data = await renderImage(image, index)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: image.alt },
      file: { data, mimetype: 'image/jpeg', name: image.filename, size: data.length },
      context,
    })
    ids.set(image.key, doc.id)
  })
  return { ids, line: `Seeded ${missing.length} images (${SEED_IMAGES.length - missing.length} already there)` }
}
