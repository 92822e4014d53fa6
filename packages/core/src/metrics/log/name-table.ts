import { ownCopy } from '../../text/own-copy.ts';

/**
 * Numbers names in the order they first come: `id(name)` gives the name's number, adding it to
 * `names` when it is new. An open-addressing table of 32-bit FNV-1a hashes in typed arrays: for
 * millions of lookups of freshly parsed strings it is faster and smaller than a Map, which keeps
 * an entry object per name and compares keys through pointers.
 *
 * @example
 * const names: string[] = [];
 * const table = nameTable(names);
 * [table.id('ann'), table.id('bob'), table.id('ann')]; // [0, 1, 0]
 */
export function nameTable(names: string[]): { id(name: string): number } {
  let mask = 1023;
  let hashes = new Int32Array(mask + 1);
  let ids = new Int32Array(mask + 1).fill(-1);
  const grow = () => {
    const oldHashes = hashes;
    const oldIds = ids;
    mask = mask * 2 + 1;
    hashes = new Int32Array(mask + 1);
    ids = new Int32Array(mask + 1).fill(-1);
    for (let slot = 0; slot < oldIds.length; slot++) {
      const id = oldIds[slot]!;
      if (id < 0) continue;
      let j = oldHashes[slot]! & mask;
      while (ids[j]! >= 0) j = (j + 1) & mask;
      ids[j] = id;
      hashes[j] = oldHashes[slot]!;
    }
  };
  return {
    id(name: string): number {
      let hash = 0x811c9dc5 | 0;
      for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16_777_619);
      let j = hash & mask;
      for (;;) {
        const id = ids[j]!;
        if (id < 0) break;
        if (hashes[j] === hash && names[id] === name) return id;
        j = (j + 1) & mask;
      }
      const id = names.length;
      // A name is kept for good: not the text of the file it was cut from.
      names.push(ownCopy(name));
      ids[j] = id;
      hashes[j] = hash;
      if (names.length * 2 > mask) grow();
      return id;
    },
  };
}
