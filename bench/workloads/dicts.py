# A dict-heavy loop: 500,000 get/set pairs, half with str keys, half with int keys.
def run():
    keys = ["key%d" % i for i in range(1000)]
    counts = {}
    by_id = {}
    for i in range(250_000):
        k = keys[i % 1000]
        counts[k] = counts.get(k, 0) + i
        slot = i % 5000
        by_id[slot] = by_id.get(slot, 0) + 1
    return len(counts), len(by_id), counts["key7"], by_id[42]
