/** Amounts inside rule explanations, in a form that reads the same in English and French quotes. */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
}

export function eur(wholeEuros: number): string {
  return `${wholeEuros < 0 ? '−' : ''}€${group(String(Math.abs(wholeEuros)))}`
}

export function eurCents(cents: number): string {
  const abs = Math.abs(cents)
  return `${cents < 0 ? '−' : ''}€${group(String(Math.floor(abs / 100)))}.${String(abs % 100).padStart(2, '0')}`
}

export function pct(percent: number): string {
  return `${percent} %`
}
