import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

/**
 * A4 pages written top to bottom with the standard Helvetica fonts, which only encode WinAnsi: text is
 * first brought into that set (typographic spaces become spaces, a character WinAnsi lacks falls back
 * to its compatibility form: an accent dropped, ₂ as 2; anything else becomes "?") so a customer's
 * name never makes a document fail.
 */
const A4: [number, number] = [595.28, 841.89]
const MARGIN = 50
const FOOTER_SPACE = 60
const INK = rgb(0.1, 0.1, 0.12)
const MUTED = rgb(0.4, 0.4, 0.45)
const RULE = rgb(0.8, 0.8, 0.82)

const SPACES = /[\u2000-\u200a\u202f\u205f\u3000]/g

export function toWinAnsi(text: string, supported: ReadonlySet<number>): string {
  let out = ''
  for (const char of text.replace(SPACES, ' ').replace(/[\r\t]/g, ' ')) {
    const code = char.codePointAt(0)!
    if (supported.has(code)) {
      out += char
      continue
    }
    const bare = char.normalize('NFKD').replace(/\p{M}/gu, '')
    out += bare && [...bare].every((c) => supported.has(c.codePointAt(0)!)) ? bare : '?'
  }
  return out
}

export type TextStyle = { size?: number; bold?: boolean; muted?: boolean }

export class Sheet {
  readonly width = A4[0]
  readonly left = MARGIN
  readonly right = A4[0] - MARGIN
  y = 0
  private page!: PDFPage
  private readonly supported: ReadonlySet<number>

  private constructor(
    readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.supported = new Set(regular.getCharacterSet())
    this.newPage()
  }

  static async create(title: string, author: string): Promise<Sheet> {
    const doc = await PDFDocument.create()
    const sheet = new Sheet(
      doc,
      await doc.embedFont(StandardFonts.Helvetica),
      await doc.embedFont(StandardFonts.HelveticaBold),
    )
    doc.setTitle(sheet.clean(title))
    doc.setAuthor(sheet.clean(author))
    doc.setProducer(sheet.clean(author))
    doc.setCreator(sheet.clean(author))
    return sheet
  }

  clean(text: string): string {
    return toWinAnsi(text, this.supported)
  }

  private font(style: TextStyle) {
    return style.bold ? this.bold : this.regular
  }

  widthOf(text: string, style: TextStyle = {}): number {
    return this.font(style).widthOfTextAtSize(this.clean(text), style.size ?? 10)
  }

  private newPage() {
    this.page = this.doc.addPage(A4)
    this.y = A4[1] - MARGIN
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number) {
    if (this.y - height < FOOTER_SPACE) this.newPage()
  }

  /** One line of text at `x` on the current baseline; `align: 'right'` ends it at `x`. */
  put(text: string, x: number, style: TextStyle & { align?: 'left' | 'right' } = {}) {
    const clean = this.clean(text)
    const size = style.size ?? 10
    const font = this.font(style)
    const at = style.align === 'right' ? x - font.widthOfTextAtSize(clean, size) : x
    this.page.drawText(clean, { x: at, y: this.y, size, font, color: style.muted ? MUTED : INK })
  }

  /** Words wrapped to `width`, one line per entry. */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const lines: string[] = []
    for (const paragraph of this.clean(text).split('\n')) {
      let line = ''
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word
        if (line && this.widthOf(candidate, style) > width) {
          lines.push(line)
          line = word
        } else {
          line = candidate
        }
      }
      lines.push(line)
    }
    return lines
  }

  /** A paragraph at `x`, moving down line by line (and over to a new page when full). */
  paragraph(text: string, x = this.left, width = this.right - x, style: TextStyle = {}) {
    const leading = (style.size ?? 10) * 1.35
    for (const line of this.wrap(text, width, style)) {
      this.ensure(leading)
      this.put(line, x, style)
      this.down(leading)
    }
  }

  down(points: number) {
    this.y -= points
  }

  rule(thickness = 0.6) {
    this.page.drawLine({
      start: { x: this.left, y: this.y },
      end: { x: this.right, y: this.y },
      thickness,
      color: RULE,
    })
  }

  /** A label on the left, an amount right-aligned: wraps a long label, keeps the amount on its first line. */
  row(label: string, amount: string, style: TextStyle & { indent?: number } = {}) {
    const size = style.size ?? 10
    const leading = size * 1.4
    const x = this.left + (style.indent ?? 0)
    const lines = this.wrap(label, this.right - x - 110, style)
    this.ensure(leading * lines.length)
    lines.forEach((line, index) => {
      this.put(line, x, style)
      // Written after the label so that text extraction reads "label amount".
      if (index === 0) this.put(amount, this.right, { ...style, align: 'right' })
      this.down(leading)
    })
  }

  /** Page numbers, only when the document runs over one page; and the seller's mentions at each foot. */
  async finish(footer: string, pageLabel: (n: number, of: number) => string): Promise<Uint8Array> {
    const pages = this.doc.getPages()
    const lines = this.wrap(footer, this.right - this.left, { size: 7 })
    pages.forEach((page, index) => {
      lines.forEach((line, row) => {
        page.drawText(line, { x: this.left, y: 34 - row * 9, size: 7, font: this.regular, color: MUTED })
      })
      if (pages.length > 1) {
        const label = this.clean(pageLabel(index + 1, pages.length))
        const width = this.regular.widthOfTextAtSize(label, 8)
        page.drawText(label, { x: this.right - width, y: A4[1] - 30, size: 8, font: this.regular, color: MUTED })
      }
    })
    return this.doc.save({ useObjectStreams: false })
  }
}
