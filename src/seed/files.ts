/** Small, valid files for the demo documents, made in memory: scanned-looking PNGs and one-page PDFs. */
import sharp from 'sharp'

export type SeedFile = { data: Buffer; mimetype: string; name: string; size: number }

const file = (data: Buffer, mimetype: string, name: string): SeedFile => ({ data, mimetype, name, size: data.length })

/** An identity card or a utility bill drawn with shapes only (grey "text" bars, a photo box). */
export async function scanPng(
  kind: 'identity' | 'proof_of_address' | 'driving_licence',
  name: string,
  tint: number,
): Promise<SeedFile> {
  const card = kind !== 'proof_of_address'
  const [width, height] = card ? [640, 404] : [496, 700]
  const hue = (tint * 47) % 360
  const bars = Array.from({ length: card ? 6 : 14 }, (_, i) => {
    const x = card ? 230 : 48
    const y = card ? 120 + i * 36 : 170 + i * 34
    const w = (card ? 300 : 380) - ((i * 53 + tint * 17) % 120)
    return `<rect x="${x}" y="${y}" width="${w}" height="12" rx="6" fill="#6b7280" opacity="0.7"/>`
  }).join('')
  const svg = card
    ? `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#e5e7eb"/>
<rect x="14" y="14" width="${width - 28}" height="${height - 28}" rx="22" fill="hsl(${hue},45%,88%)" stroke="hsl(${hue},35%,60%)" stroke-width="3"/>
<rect x="14" y="14" width="${width - 28}" height="70" rx="22" fill="hsl(${hue},40%,70%)"/>
<rect x="44" y="110" width="160" height="200" rx="10" fill="#cbd5e1"/>
<circle cx="124" cy="180" r="42" fill="#94a3b8"/><rect x="72" y="232" width="104" height="70" rx="36" fill="#94a3b8"/>
${bars}
<rect x="44" y="330" width="${width - 88}" height="14" fill="#475569" opacity="0.6"/><rect x="44" y="352" width="${width - 88}" height="14" fill="#475569" opacity="0.6"/>
</svg>`
    : `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#fbfbf8"/>
<rect x="40" y="40" width="120" height="50" rx="8" fill="hsl(${hue},55%,45%)"/>
<rect x="300" y="48" width="150" height="12" rx="6" fill="#6b7280"/><rect x="300" y="70" width="110" height="12" rx="6" fill="#6b7280"/>
${bars}
<rect x="48" y="${height - 120}" width="${width - 96}" height="60" fill="hsl(${hue},30%,92%)" stroke="#9ca3af"/>
</svg>`
  const data = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer()
  return file(data, 'image/png', name)
}

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '-')
    .replace(/([()\\])/g, '\\$1')

/** A one-page PDF with a few lines of Helvetica (a standard font: nothing to embed). */
export function simplePdf(lines: string[], name: string): SeedFile {
  const content = [
    'BT /F1 20 Tf 56 780 Td (' + ascii(lines[0] ?? '') + ') Tj ET',
    ...lines.slice(1).map((line, i) => `BT /F1 11 Tf 56 ${740 - i * 18} Td (${ascii(line)}) Tj ET`),
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return file(Buffer.from(pdf, 'latin1'), 'application/pdf', name)
}
