/**
 * Values kept by key within a byte budget, the least recently used dropped first. The server's
 * in-memory caches (compressedPages.ts, optimizedImages.ts) keep their entries here.
 */
export class SizeBoundedCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  /** The value, now the most recently used. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  /** Keeps (or keeps again, with its new size) a value; one larger than the whole budget is not kept. */
  set(key: string, value: V, size: number): void {
    this.delete(key)
    if (size > this.maxBytes) return
    this.entries.set(key, { value, size })
    this.bytes += size
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
  }
}
