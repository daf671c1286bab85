/**
 * Public read bodies kept by the version of what they show, least recently used first out, up to a
 * total size. A key names the version (a timeline's `updatedAt`, which every write changes), so a kept
 * body is never stale: after a write, readers ask for a new key.
 */
export interface KeptBody {
  body: string;
  etag: string;
}

const sizeOf = (key: string, kept: KeptBody) => (key.length + kept.body.length + kept.etag.length) * 2;

export class KeptBodies {
  private readonly bodies = new Map<string, KeptBody>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  find(key: string): KeptBody | undefined {
    const found = this.bodies.get(key);
    if (found) {
      // Most recently used last, so the loop in `keep` drops the least recently used first.
      this.bodies.delete(key);
      this.bodies.set(key, found);
    }
    return found;
  }

  /** Keeps `body` under `key`, unless it alone is larger than the whole budget. */
  keep(key: string, body: KeptBody): KeptBody {
    const size = sizeOf(key, body);
    if (size > this.maxBytes || this.bodies.has(key)) return body;
    this.bodies.set(key, body);
    this.bytes += size;
    for (const [k, v] of this.bodies) {
      if (this.bytes <= this.maxBytes) break;
      this.bodies.delete(k);
      this.bytes -= sizeOf(k, v);
    }
    return body;
  }
}
