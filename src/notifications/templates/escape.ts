const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Every variable goes through this before it reaches the HTML: names, notes and reasons are typed by people. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char])
}

/**
 * Only http(s) links leave in a message: a `javascript:` or `data:` URL (or anything unreadable) becomes
 * the site's address. A path is read against the site, so `/account` still works.
 */
export function safeUrl(url: string | null | undefined, siteUrl: string): string {
  if (url) {
    try {
      const parsed = new URL(url.trim(), `${siteUrl}/`)
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return parsed.href
    } catch {
      // Falls through to the site's address.
    }
  }
  return siteUrl
}
