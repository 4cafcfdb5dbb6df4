# String building: 200,000 appends of str(i), joined, plus some f-string concatenation.
def run():
    parts = []
    for i in range(200_000):
        parts.append(str(i))
    text = ",".join(parts)
    line = ""
    for i in range(20_000):
        line += f"{i % 10}"
    return len(text), len(line), text[-12:]
