/**
 * A stylised side view of a car as SVG, drawn from shapes only (no text, no fonts): body by type,
 * glass, wheels, lights, a soft shadow, over a gradient backdrop, in the vehicle's own paint and finish.
 * Rendered to JPEG by sharp.
 */
import type { Vehicle } from '@/payload-types'
import type { Paint } from './paints'

export type Body = Vehicle['body']
type Point = [number, number]

type Profile = {
  /** The body's outline above the sills, rear bottom to front bottom (the car faces right). */
  outline: Point[]
  windows: Point[][]
  pillars: number[]
  wheels: [number, number]
  wheelRadius: number
  /** Extra strokes: the pick-up's bed, the van's sliding door, the convertible's folded roof. */
  details?: (colours: Shades) => string
}

export const WIDTH = 1600
export const HEIGHT = 1000
const SILL = 728

const PROFILES: Record<Body, Profile> = {
  sedan: {
    outline: [
      [245, SILL],
      [245, 600],
      [290, 566],
      [480, 552],
      [600, 448],
      [950, 436],
      [1030, 452],
      [1140, 548],
      [1320, 575],
      [1355, 640],
      [1355, SILL],
    ],
    windows: [
      [
        [598, 545],
        [640, 462],
        [945, 451],
        [1010, 466],
        [1098, 545],
      ],
    ],
    pillars: [812],
    wheels: [480, 1120],
    wheelRadius: 82,
  },
  hatchback: {
    outline: [
      [330, SILL],
      [326, 582],
      [388, 468],
      [472, 442],
      [880, 432],
      [960, 450],
      [1070, 545],
      [1250, 572],
      [1292, 630],
      [1292, SILL],
    ],
    windows: [
      [
        [404, 540],
        [428, 478],
        [484, 457],
        [872, 448],
        [942, 463],
        [1030, 542],
      ],
    ],
    pillars: [700],
    wheels: [495, 1105],
    wheelRadius: 80,
  },
  estate: {
    outline: [
      [245, SILL],
      [245, 585],
      [262, 475],
      [330, 442],
      [950, 436],
      [1030, 452],
      [1140, 548],
      [1320, 575],
      [1355, 640],
      [1355, SILL],
    ],
    windows: [
      [
        [292, 545],
        [306, 478],
        [348, 456],
        [945, 451],
        [1010, 466],
        [1098, 545],
      ],
    ],
    pillars: [545, 812],
    wheels: [480, 1120],
    wheelRadius: 82,
  },
  suv: {
    outline: [
      [258, SILL],
      [256, 520],
      [286, 406],
      [360, 384],
      [960, 380],
      [1040, 400],
      [1150, 505],
      [1320, 530],
      [1352, 600],
      [1352, SILL],
    ],
    windows: [
      [
        [304, 500],
        [322, 420],
        [372, 404],
        [950, 400],
        [1020, 418],
        [1110, 500],
      ],
    ],
    pillars: [560, 815],
    wheels: [485, 1125],
    wheelRadius: 94,
  },
  coupe: {
    outline: [
      [262, SILL],
      [262, 610],
      [300, 580],
      [470, 565],
      [640, 470],
      [880, 455],
      [960, 470],
      [1110, 560],
      [1320, 590],
      [1352, 650],
      [1352, SILL],
    ],
    windows: [
      [
        [520, 566],
        [662, 482],
        [872, 470],
        [942, 483],
        [1068, 562],
      ],
    ],
    pillars: [],
    wheels: [485, 1125],
    wheelRadius: 82,
  },
  convertible: {
    outline: [
      [262, SILL],
      [262, 615],
      [300, 585],
      [1080, 572],
      [1320, 592],
      [1352, 650],
      [1352, SILL],
    ],
    windows: [
      [
        [955, 578],
        [1000, 486],
        [1024, 486],
        [1066, 576],
      ],
    ],
    pillars: [],
    wheels: [485, 1125],
    wheelRadius: 82,
    details: ({ dark }) =>
      `<rect x="600" y="515" width="70" height="70" rx="22" fill="${dark}"/>` +
      `<rect x="780" y="515" width="70" height="70" rx="22" fill="${dark}"/>` +
      `<path d="M330 588 Q 420 548 520 580 Z" fill="${dark}" opacity="0.85"/>`,
  },
  mpv: {
    outline: [
      [250, SILL],
      [248, 500],
      [268, 402],
      [340, 372],
      [980, 368],
      [1060, 392],
      [1210, 520],
      [1335, 550],
      [1356, 610],
      [1356, SILL],
    ],
    windows: [
      [
        [290, 500],
        [300, 412],
        [352, 392],
        [970, 390],
        [1040, 410],
        [1160, 515],
      ],
    ],
    pillars: [520, 760, 985],
    wheels: [470, 1130],
    wheelRadius: 84,
    details: ({ dark }) =>
      `<path d="M560 520 L560 720 M790 520 L790 720" stroke="${dark}" stroke-width="4" opacity="0.5"/>`,
  },
  pickup: {
    outline: [
      [230, SILL],
      [230, 560],
      [700, 560],
      [706, 410],
      [742, 385],
      [960, 382],
      [1030, 400],
      [1120, 520],
      [1330, 540],
      [1362, 600],
      [1362, SILL],
    ],
    windows: [
      [
        [730, 520],
        [740, 420],
        [772, 402],
        [950, 400],
        [1010, 415],
        [1080, 520],
      ],
    ],
    pillars: [890],
    wheels: [455, 1135],
    wheelRadius: 92,
    details: ({ dark }) =>
      `<path d="M700 566 L700 722 M240 588 L690 588" stroke="${dark}" stroke-width="5" opacity="0.55"/>`,
  },
  van: {
    outline: [
      [228, SILL],
      [226, 360],
      [248, 302],
      [300, 290],
      [1060, 290],
      [1122, 322],
      [1252, 500],
      [1340, 540],
      [1366, 600],
      [1366, SILL],
    ],
    windows: [
      [
        [1000, 500],
        [1010, 322],
        [1080, 316],
        [1116, 336],
        [1215, 500],
      ],
    ],
    pillars: [],
    wheels: [430, 1150],
    wheelRadius: 86,
    details: ({ dark }) =>
      `<path d="M620 310 L620 722 M960 310 L960 722" stroke="${dark}" stroke-width="5" opacity="0.45"/>`,
  },
}

type Shades = { base: string; light: string; dark: string }

function clamp(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)))
}

/** The colour mixed toward white (amount > 0) or black (amount < 0). */
export function shade(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  const target = amount > 0 ? 255 : 0
  const mixed = channels.map((c) => clamp(c + (target - c) * Math.abs(amount)))
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

/** A closed path through the points with rounded corners (quadratic curves of `radius`). */
function roundedPath(points: Point[], radius: number): string {
  const n = points.length
  const parts: string[] = []
  for (let i = 0; i < n; i++) {
    const [px, py] = points[(i - 1 + n) % n]!
    const [x, y] = points[i]!
    const [nx, ny] = points[(i + 1) % n]!
    const inLength = Math.hypot(x - px, y - py)
    const outLength = Math.hypot(nx - x, ny - y)
    const r = Math.min(radius, inLength / 2, outLength / 2)
    const start: Point = [x - ((x - px) / inLength) * r, y - ((y - py) / inLength) * r]
    const end: Point = [x + ((nx - x) / outLength) * r, y + ((ny - y) / outLength) * r]
    parts.push(`${i === 0 ? 'M' : 'L'}${start[0].toFixed(1)} ${start[1].toFixed(1)}`)
    parts.push(`Q${x} ${y} ${end[0].toFixed(1)} ${end[1].toFixed(1)}`)
  }
  return `${parts.join(' ')} Z`
}

/** Outline over the top, then the sills cut by the two wheel arches. */
function bodyPath(profile: Profile): string {
  const top = roundedPath(profile.outline, 34).replace(/ Z$/, '')
  const [rear, front] = profile.wheels
  const arch = profile.wheelRadius + 13
  const last = profile.outline[profile.outline.length - 1]!
  const first = profile.outline[0]!
  return (
    `${top} L${last[0]} ${SILL} ` +
    `L${front + arch} ${SILL} A${arch} ${arch} 0 0 0 ${front - arch} ${SILL} ` +
    `L${rear + arch} ${SILL} A${arch} ${arch} 0 0 0 ${rear - arch} ${SILL} ` +
    `L${first[0]} ${SILL} Z`
  )
}

function wheel(cx: number, radius: number, spokes: number, rim: string): string {
  const cy = SILL
  const rimRadius = radius * 0.62
  const spokeLines = Array.from({ length: spokes }, (_, i) => {
    const angle = (i / spokes) * Math.PI * 2
    const x = cx + Math.cos(angle) * rimRadius * 0.92
    const y = cy + Math.sin(angle) * rimRadius * 0.92
    return `<line x1="${cx}" y1="${cy}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${shade(rim, -0.35)}" stroke-width="9" stroke-linecap="round"/>`
  }).join('')
  return (
    `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="#1b1d22"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${radius - 7}" fill="none" stroke="#2c2f36" stroke-width="4"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${rimRadius}" fill="url(#rim)"/>` +
    spokeLines +
    `<circle cx="${cx}" cy="${cy}" r="${radius * 0.16}" fill="${shade(rim, -0.5)}"/>`
  )
}

export type View = 'side' | 'side-left' | 'front'
/** Every picture of a car: the side facing right, the side facing left, a close-up of the front. */
export const VIEWS: View[] = ['side', 'side-left', 'front']

export type IllustrationSpec = {
  body: Body
  paint: Pick<Paint, 'hex' | 'finish'>
  /** Two backdrop colours, top and bottom. */
  backdrop: [string, string]
  view?: View
  spokes?: number
}

/** A colour mixed with another by `amount` (0 → the first, 1 → the second). */
function mix(hex: string, other: string, amount: number): string {
  const channels = (value: string) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16))
  const [a, b] = [channels(hex), channels(other)]
  return `#${a
    .map((c, i) =>
      clamp(c + (b[i]! - c) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/**
 * The body's gradient. Solid paint shades evenly from the roof down; metallic paint is brighter on
 * top with a sharp reflection along the waist; pearl shimmers with a pale violet-to-gold sheen.
 */
function paintStops({ hex, finish }: IllustrationSpec['paint'], shades: Shades): string {
  const stop = (offset: number, colour: string) => `<stop offset="${offset}" stop-color="${colour}"/>`
  if (finish === 'metallic')
    return [
      stop(0, shade(hex, 0.55)),
      stop(0.3, hex),
      stop(0.55, shade(hex, -0.25)),
      stop(0.66, shade(hex, 0.3)),
      stop(0.74, hex),
      stop(1, shades.dark),
    ].join('')
  if (finish === 'pearl')
    return [
      stop(0, mix(hex, '#efe6ff', 0.55)),
      stop(0.45, hex),
      stop(0.7, mix(hex, '#f5e7c8', 0.35)),
      stop(1, shades.dark),
    ].join('')
  return [stop(0, shades.light), stop(0.45, hex), stop(1, shades.dark)].join('')
}

/** The silhouette of a body type as an SVG path, the car facing right. */
export function silhouette(body: Body): string {
  return bodyPath(PROFILES[body])
}

export function carSvg({ body, paint, backdrop, view = 'side', spokes = 5 }: IllustrationSpec): string {
  const profile = PROFILES[body]
  const colour = paint.hex
  const shades: Shades = { base: colour, light: shade(colour, 0.35), dark: shade(colour, -0.45) }
  const outline = profile.outline
  const front = outline[outline.length - 1]![0]
  const rear = outline[0]![0]
  const mirrored = view === 'side-left'
  const lampY = body === 'van' ? 560 : body === 'suv' || body === 'mpv' || body === 'pickup' ? 560 : 612
  const glass = profile.windows.map((points) => `<path d="${roundedPath(points, 14)}" fill="url(#glass)"/>`).join('')
  const windowYs = profile.windows.flat().map(([, y]) => y)
  const [glassTop, glassBottom] = [Math.min(...windowYs) - 4, Math.max(...windowYs) + 4]
  const pillars = profile.pillars
    .map(
      (x) => `<rect x="${x - 9}" y="${glassTop}" width="18" height="${glassBottom - glassTop}" fill="${shades.base}"/>`,
    )
    .join('')
  const arch = profile.wheelRadius + 13
  const wells = profile.wheels
    .map((x) => `<path d="M${x - arch} ${SILL} A${arch} ${arch} 0 0 1 ${x + arch} ${SILL} Z" fill="#15171b"/>`)
    .join('')
  const car =
    `<ellipse cx="${(rear + front) / 2}" cy="${SILL + profile.wheelRadius + 6}" rx="${(front - rear) / 2 + 40}" ry="26" fill="url(#shadow)"/>` +
    wells +
    `<path id="body" d="${bodyPath(profile)}" fill="url(#paint)" stroke="${shades.dark}" stroke-width="3"/>` +
    glass +
    pillars +
    `<path d="M${rear + 30} ${SILL - 70} L${front - 30} ${SILL - 70}" stroke="${shades.light}" stroke-width="4" opacity="0.5"/>` +
    (profile.details?.(shades) ?? '') +
    `<rect x="${front - 46}" y="${lampY}" width="40" height="22" rx="10" fill="#fff6d8" stroke="${shades.dark}" stroke-width="2"/>` +
    `<rect x="${rear + 4}" y="${lampY + 4}" width="26" height="20" rx="8" fill="#c81d25"/>` +
    wheel(profile.wheels[0], profile.wheelRadius, spokes, '#c9ced6') +
    wheel(profile.wheels[1], profile.wheelRadius, spokes, '#c9ced6')

  // The close-up frames the front half at the picture's proportions (the car faces right).
  const frame =
    view === 'front'
      ? `${front + 70 - WIDTH * 0.55} ${SILL + 150 - HEIGHT * 0.55} ${WIDTH * 0.55} ${HEIGHT * 0.55}`
      : `0 0 ${WIDTH} ${HEIGHT}`
  // The paint, finish and body are written on the picture so a test (or a curious reader) can check them.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="${frame}" data-body="${body}" data-paint="${colour}" data-finish="${paint.finish}">
<defs>
  <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${backdrop[0]}"/><stop offset="1" stop-color="${backdrop[1]}"/></linearGradient>
  <linearGradient id="floor" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${shade(backdrop[1], -0.08)}"/><stop offset="1" stop-color="${shade(backdrop[1], -0.2)}"/></linearGradient>
  <linearGradient id="paint" x1="0" y1="0" x2="0" y2="1">${paintStops(paint, shades)}</linearGradient>
  <linearGradient id="glass" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#9fb4c8"/><stop offset="0.6" stop-color="#3d4a5a"/><stop offset="1" stop-color="#222a35"/></linearGradient>
  <radialGradient id="rim"><stop offset="0" stop-color="#eef1f5"/><stop offset="1" stop-color="#9aa1ab"/></radialGradient>
  <radialGradient id="shadow"><stop offset="0.55" stop-color="#000" stop-opacity="0.32"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>
</defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
<rect y="${SILL + 70}" width="${WIDTH}" height="${HEIGHT - SILL - 70}" fill="url(#floor)"/>
<g transform="${mirrored ? `translate(${WIDTH} 0) scale(-1 1)` : ''}">${car}</g>
</svg>`
}
