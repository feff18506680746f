/**
 * An inverted index from 30-bit sequence keys to the templates that hold them, in flat typed arrays (open
 * addressing, then one array of template numbers per key laid end to end): built once without creating
 * an object per key, and looked up without allocation.
 */
export interface ShingleIndex {
  /** Slot → key, or -1 when the slot is free. */
  slots: Int32Array;
  /** Slot → where its template numbers start in `templates`. */
  starts: Int32Array;
  /** Slot → how many template numbers it has. */
  counts: Int32Array;
  /** Template numbers of all keys, one run per key. */
  templates: Int32Array;
  mask: number;
}

function slotOf(slots: Int32Array, mask: number, key: number): number {
  let slot = Math.imul(key, 0x27d4eb2d) & mask;
  while (slots[slot] !== -1 && slots[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/** Builds the index from each template's distinct keys (template number = position in the list). */
export function buildShingleIndex(keysByTemplate: readonly Int32Array[]): ShingleIndex {
  const total = keysByTemplate.reduce((sum, keys) => sum + keys.length, 0);
  let capacity = 1024;
  while (capacity < total * 1.3) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const counts = new Int32Array(capacity);
  for (const keys of keysByTemplate) {
    for (const key of keys) {
      const slot = slotOf(slots, mask, key);
      slots[slot] = key;
      counts[slot]!++;
    }
  }
  const starts = new Int32Array(capacity);
  let offset = 0;
  for (let slot = 0; slot < capacity; slot++) {
    starts[slot] = offset;
    offset += counts[slot]!;
  }
  const filled = new Int32Array(capacity);
  const templates = new Int32Array(total);
  keysByTemplate.forEach((keys, template) => {
    for (const key of keys) {
      const slot = slotOf(slots, mask, key);
      templates[starts[slot]! + filled[slot]!] = template;
      filled[slot]!++;
    }
  });
  return { slots, starts, counts, templates, mask };
}

/** The slot of a key, or -1 when no template holds it. */
export function findShingle(index: ShingleIndex, key: number): number {
  const slot = slotOf(index.slots, index.mask, key);
  return index.slots[slot] === key ? slot : -1;
}
