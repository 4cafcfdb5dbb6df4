# classic sorting algorithms written out
def bubble(a):
    a = list(a)
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def quick(a):
    if len(a) <= 1:
        return list(a)
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100 - 50)
print(data)
results = [f(data) for f in (bubble, quick, merge_sort, insertion)]
print(results[0])
print(all(r == sorted(data) for r in results), [f.__name__ for f in (bubble, quick)])
print(quick("sorting"), merge_sort([3.5, -1, 2]), insertion([]))
