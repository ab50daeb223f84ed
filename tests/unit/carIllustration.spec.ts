import { describe, expect, it } from 'vitest'

import { carSvg, silhouette, VIEWS, type Body } from '@/seed/carIllustration'
import { COLOURS } from '@/seed/data/catalog'
import { imageSet, imagesFor, renderSvg } from '@/seed/images'
import { CATALOG_PAINTS, paintFor } from '@/seed/paints'

const BODIES: Body[] = ['sedan', 'hatchback', 'estate', 'suv', 'coupe', 'convertible', 'mpv', 'pickup', 'van']

/** What a picture shows, read back from its SVG: the root's records, the body's outline and its paint. */
function readSvg(svg: string) {
  const root = /<svg\b([^>]*)>/.exec(svg)![1]!
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]
  const bodyTag = /<path id="body"([^>]*)\/>/.exec(svg)![1]!
  const gradient = /<linearGradient id="paint"[^>]*>(.*?)<\/linearGradient>/.exec(svg)![1]!
  const stops = [...gradient.matchAll(/stop-color="(#[0-9a-f]{6})"/g)].map((match) => match[1]!)
  return {
    body: attribute(root, 'data-body'),
    paint: attribute(root, 'data-paint'),
    finish: attribute(root, 'data-finish'),
    viewBox: attribute(root, 'viewBox'),
    outline: attribute(bodyTag, 'd'),
    fill: attribute(bodyTag, 'fill'),
    stops,
  }
}

describe('car illustrations', () => {
  it('draws a black SUV in the black paint and the SUV silhouette', () => {
    const black = paintFor('Noir intense')
    const svg = readSvg(carSvg({ body: 'suv', paint: black, backdrop: ['#ffffff', '#eeeeee'] }))
    expect(black.hex).toBe('#0b0b0d')
    expect(svg.body).toBe('suv')
    expect(svg.paint).toBe(black.hex)
    expect(svg.outline).toBe(silhouette('suv'))
    expect(svg.fill).toBe('url(#paint)')
    expect(svg.stops).toContain(black.hex)
    // No stop of the body's gradient is a colour (hue) of its own: only the black, lightened or darkened.
    for (const stop of svg.stops) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(stop.slice(i, i + 2), 16))
      expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(12)
    }
  })

  it('gives every body type its own silhouette', () => {
    const outlines = new Set(BODIES.map(silhouette))
    expect(outlines.size).toBe(BODIES.length)
  })

  it('maps every colour of the catalogue to its own paint, in French and in English', () => {
    for (const [colour] of COLOURS) {
      const paint = paintFor(colour.fr)
      expect(paintFor(colour.en)).toEqual(paint)
      expect(paint.fr).toBe(colour.fr)
    }
    expect(new Set(CATALOG_PAINTS.map((paint) => paint.hex)).size).toBe(COLOURS.length)
    expect(new Set(CATALOG_PAINTS.map((paint) => paint.key)).size).toBe(COLOURS.length)
  })

  it('reads the finish from the name: metallic, pearl or solid, and draws it', () => {
    expect(paintFor('Noir saphir métallisé').finish).toBe('metallic')
    expect(paintFor('Metallic Portimao blue').finish).toBe('metallic')
    expect(paintFor('Blanc nacré').finish).toBe('pearl')
    expect(paintFor('Pearl white').finish).toBe('pearl')
    expect(paintFor('Rouge carmin').finish).toBe('solid')
    const stops = (name: string) =>
      readSvg(carSvg({ body: 'sedan', paint: paintFor(name), backdrop: ['#ffffff', '#eeeeee'] })).stops.length
    expect(stops('Argent métallisé')).toBeGreaterThan(stops('Gris Nardo'))
    expect(readSvg(carSvg({ body: 'sedan', paint: paintFor('Blanc nacré'), backdrop: ['#fff', '#eee'] })).finish).toBe(
      'pearl',
    )
  })

  it('falls back on the words of a colour the catalogue does not list', () => {
    expect(paintFor('Black').hex).toBe(paintFor('noir profond').hex)
    expect(paintFor('Bleu nuit nacré')).toMatchObject({ hex: paintFor('Bleu nuit').hex, finish: 'pearl' })
    expect(paintFor('Bordeaux métallisé')).toMatchObject({ finish: 'metallic' })
    expect(paintFor('Bordeaux métallisé').hex).not.toBe(paintFor('Gris Nardo').hex)
    expect(paintFor(null).hex).toMatch(/^#[0-9a-f]{6}$/)
  })

  it('draws every view of a car in the same paint and body; only the backdrop and framing change', () => {
    const images = imagesFor('pickup', 'Jaune racing')
    expect(images.map((image) => image.view)).toEqual(VIEWS)
    const drawn = images.map((image) => readSvg(renderSvg(image)))
    for (const svg of drawn) {
      expect(svg).toMatchObject({ body: 'pickup', paint: paintFor('Jaune racing').hex, outline: silhouette('pickup') })
      expect(svg.stops).toEqual(drawn[0]!.stops)
    }
    expect(new Set(drawn.map((svg) => svg.viewBox)).size).toBe(2)
    expect(images.every((image) => image.alt.includes('pick-up jaune racing'))).toBe(true)
  })

  it('needs each picture once for the vehicles that share a body and a colour', () => {
    const set = imageSet([
      { body: 'suv', colour: 'Noir intense' },
      { body: 'suv', colour: 'Noir intense' },
      { body: 'suv', colour: 'Blanc alpin' },
      { body: 'coupe', colour: 'Noir intense' },
    ])
    expect(set).toHaveLength(3 * VIEWS.length)
    expect(new Set(set.map((image) => image.filename)).size).toBe(set.length)
  })
})
