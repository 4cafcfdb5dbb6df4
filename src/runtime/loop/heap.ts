/** A binary min-heap ordered by (time, seq): timers and network events. */
export interface Timed {
  readonly time: number;
  readonly seq: number;
}

export class TimeHeap<T extends Timed> {
  // Each item's key is copied into two number arrays beside it, so that sifting
  // compares numbers stored together instead of reading every item it passes (a
  // client's heap holds two entries per request: 20,000 at 10,000 requests).
  private readonly items: T[] = [];
  private readonly times: number[] = [];
  private readonly seqs: number[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  /** The time of the first item, or Infinity when empty. */
  nextTime(): number {
    return this.times.length === 0 ? Infinity : this.times[0]!;
  }

  push(item: T): void {
    const { items, times, seqs } = this;
    const time = item.time;
    const seq = item.seq;
    let i = items.length;
    items.push(item);
    times.push(time);
    seqs.push(seq);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p]!;
      if (!(time < pt || (time === pt && seq < seqs[p]!))) break;
      items[i] = items[p]!;
      times[i] = pt;
      seqs[i] = seqs[p]!;
      i = p;
    }
    items[i] = item;
    times[i] = time;
    seqs[i] = seq;
  }

  pop(): T | undefined {
    const { items, times, seqs } = this;
    if (items.length === 0) return undefined;
    const top = items[0]!;
    const last = items.pop()!;
    const time = times.pop()!;
    const seq = seqs.pop()!;
    const n = items.length;
    if (n === 0) return top;
    // Sift the last item down from the root.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let m = l;
      if (r < n && (times[r]! < times[l]! || (times[r] === times[l] && seqs[r]! < seqs[l]!))) m = r;
      const mt = times[m]!;
      if (!(mt < time || (mt === time && seqs[m]! < seq))) break;
      items[i] = items[m]!;
      times[i] = mt;
      seqs[i] = seqs[m]!;
      i = m;
    }
    items[i] = last;
    times[i] = time;
    seqs[i] = seq;
    return top;
  }
}
