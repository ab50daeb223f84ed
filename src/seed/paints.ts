/**
 * The paint a vehicle's pictures are drawn in, read from its colour as listed (French or English).
 * Every colour the demo inventory uses has its own paint, so a "Noir saphir métallisé" car is drawn
 * in a metallic black and a "Gris Nardo" one in a flat grey; a colour typed by staff that is not in
 * the list falls back on its words (noir/black, bleu nuit/midnight…) and its finish.
 */
import { COLOURS } from './data/catalog'

export type Finish = 'solid' | 'metallic' | 'pearl'
export type Paint = {
  /** Stable name used in file names: `noir-saphir-metallise`. */
  key: string
  hex: string
  finish: Finish
  fr: string
  en: string
}

/** The catalogue's colours (French name → hex); the finish is read from the name. */
const CATALOG_HEX: Record<string, string> = {
  'Gris anthracite métallisé': '#3b3f45',
  'Gris Nardo': '#8a8d8f',
  'Noir saphir métallisé': '#15171c',
  'Noir intense': '#0b0b0d',
  'Blanc alpin': '#f1f2f0',
  'Blanc nacré': '#f4f1ea',
  'Argent métallisé': '#b9bec5',
  'Bleu Portimao métallisé': '#1f4fa3',
  'Bleu nuit': '#1b2542',
  'Rouge carmin': '#9e1b24',
  'Vert anglais': '#1f4d3a',
  'Orange volcan': '#d9641c',
  'Jaune racing': '#e8bf1c',
}

/** When the colour is not one of the catalogue's: the first family whose word it contains. */
const FAMILIES: { words: RegExp; hex: string }[] = [
  { words: /bleu nuit|midnight|navy|marine/, hex: '#1b2542' },
  { words: /anthracite|graphite|gunmetal/, hex: '#3b3f45' },
  { words: /noir|black/, hex: '#15171c' },
  { words: /blanc|white|ivoire|ivory/, hex: '#f1f2f0' },
  { words: /argent|silver|aluminium/, hex: '#b9bec5' },
  { words: /gris|grey|gray/, hex: '#7f858e' },
  { words: /bleu|blue/, hex: '#2f5aa8' },
  { words: /bordeaux|burgundy|maroon/, hex: '#5c1a24' },
  { words: /rouge|red/, hex: '#b3262e' },
  { words: /vert|green/, hex: '#1f4d3a' },
  { words: /orange/, hex: '#e07a1f' },
  { words: /jaune|yellow/, hex: '#e3b92e' },
  { words: /marron|brun|brown|bronze/, hex: '#5a3d2b' },
  { words: /beige|sable|sand|champagne/, hex: '#cdbb9a' },
  { words: /violet|purple/, hex: '#4b2a63' },
]
const UNKNOWN_HEX = '#7f858e'

function normalise(colour: string): string {
  return colour
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
}

function slug(text: string): string {
  return normalise(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function finishOf(colour: string): Finish {
  const words = normalise(colour)
  if (/nacre|pearl/.test(words)) return 'pearl'
  if (/metallise|metallic|metal/.test(words)) return 'metallic'
  return 'solid'
}

export const CATALOG_PAINTS: Paint[] = COLOURS.map(([colour]) => ({
  key: slug(colour.fr),
  hex: CATALOG_HEX[colour.fr] ?? UNKNOWN_HEX,
  finish: finishOf(colour.fr),
  fr: colour.fr,
  en: colour.en,
}))

/** The paint for a colour as listed on the vehicle, in either language; null or empty → a neutral grey. */
export function paintFor(colour: string | null | undefined): Paint {
  const text = colour?.trim() ?? ''
  const words = normalise(text)
  const known = CATALOG_PAINTS.find((paint) => normalise(paint.fr) === words || normalise(paint.en) === words)
  if (known) return known
  const family = FAMILIES.find((candidate) => candidate.words.test(words))
  return {
    key: slug(text) || 'gris',
    hex: family?.hex ?? UNKNOWN_HEX,
    finish: finishOf(text),
    fr: text || 'gris',
    en: text || 'grey',
  }
}
