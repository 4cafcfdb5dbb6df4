/**
 * A binary min-heap on a plain array, with Python's `<` as the order and heapq's sift
 * steps, so a PriorityQueue holds (and shows) its items in CPython's layout.
 */
import type { PyValue } from "../../python/objects/core";
import type { Interpreter } from "../../python";

function siftDown(rt: Interpreter, heap: PyValue[], start: number, pos: number): void {
  const item = heap[pos]!;
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos]!;
    if (!rt.lt(item, parent)) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

function siftUp(rt: Interpreter, heap: PyValue[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos]!;
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !rt.lt(heap[child]!, heap[right]!)) child = right;
    heap[pos] = heap[child]!;
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(rt, heap, start, pos);
}

/** heapq.heappush. */
export function heapPush(rt: Interpreter, heap: PyValue[], item: PyValue): void {
  heap.push(item);
  siftDown(rt, heap, 0, heap.length - 1);
}

/** heapq.heappop (the heap is not empty). */
export function heapPop(rt: Interpreter, heap: PyValue[]): PyValue {
  const last = heap.pop()!;
  if (!heap.length) return last;
  const top = heap[0]!;
  heap[0] = last;
  siftUp(rt, heap, 0);
  return top;
}
