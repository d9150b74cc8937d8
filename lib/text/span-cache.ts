/**
 * A memo from the characters of a span of some text to a non-negative integer, looked up without
 * copying the span out: the caller hashes the span's code units as it reads them (`hashUnit`).
 * Everything lives in typed arrays (a lookup reads one slot record and the remembered characters,
 * not a chain of objects). Open addressing, linear probing; the caller clears it when `full`.
 */
export class SpanCache {
  /** Per slot: [hash, value, offset of the span's units in `units`, length (0 = empty slot)]. */
  private slots: Int32Array;
  private mask: number;
  private units: Uint16Array;
  private unitsUsed = 0;
  private size = 0;

  constructor(private readonly maxEntries: number, initialSlots = 1024) {
    this.slots = new Int32Array(initialSlots * SLOT);
    this.mask = initialSlots - 1;
    this.units = new Uint16Array(initialSlots * 8);
  }

  get full(): boolean {
    return this.size >= this.maxEntries;
  }

  /** The value remembered for text[start, end) (whose units hash to `hash`), or -1. */
  get(text: string, start: number, end: number, hash: number): number {
    const { slots, units, mask } = this;
    const len = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const r = slot * SLOT;
      const l = slots[r + LENGTH]!;
      if (l === 0) return -1;
      if (slots[r] === hash && l === len && sameUnits(text, start, units, slots[r + OFFSET]!, len)) return slots[r + VALUE]!;
    }
  }

  /** Remember `value` (≥ 0) for text[start, end), a non-empty span not yet in the cache, with the same `hash`. */
  set(text: string, start: number, end: number, hash: number, value: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.growSlots();
    const len = end - start;
    if (this.unitsUsed + len > this.units.length) this.growUnits(len);
    const offset = this.unitsUsed;
    for (let k = 0; k < len; k++) this.units[offset + k] = text.charCodeAt(start + k);
    this.unitsUsed += len;
    this.insert(hash, value, offset, len);
    this.size++;
  }

  clear(): void {
    this.slots.fill(0);
    this.unitsUsed = 0;
    this.size = 0;
  }

  private insert(hash: number, value: number, offset: number, len: number): void {
    const { slots, mask } = this;
    let slot = hash & mask;
    while (slots[slot * SLOT + LENGTH] !== 0) slot = (slot + 1) & mask;
    const r = slot * SLOT;
    slots[r] = hash;
    slots[r + VALUE] = value;
    slots[r + OFFSET] = offset;
    slots[r + LENGTH] = len;
  }

  private growSlots(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = 2 * this.mask + 1;
    for (let r = 0; r < old.length; r += SLOT) {
      if (old[r + LENGTH] !== 0) this.insert(old[r]!, old[r + VALUE]!, old[r + OFFSET]!, old[r + LENGTH]!);
    }
  }

  private growUnits(atLeast: number): void {
    const next = new Uint16Array(Math.max(this.units.length * 2, this.unitsUsed + atLeast));
    next.set(this.units.subarray(0, this.unitsUsed));
    this.units = next;
  }
}

const SLOT = 4;
const VALUE = 1;
const OFFSET = 2;
const LENGTH = 3;

/** text[start, start + len) equals units[offset, offset + len). */
function sameUnits(text: string, start: number, units: Uint16Array, offset: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(start + k) !== units[offset + k]) return false;
  return true;
}

/** FNV-1a step over one UTF-16 code unit, kept to 30 bits so the hash stays a small integer (no heap number per word). */
export function hashUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193) & 0x3fffffff;
}

export const HASH_SEED = 0x811c9dc5 & 0x3fffffff;
