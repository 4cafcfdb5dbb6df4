# sieve of Eratosthenes, factorisation, perfect numbers
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(is_prime[i * i::i])
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(200)
print(len(primes), primes[:10], primes[-3:])
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143]:
    f = factorize(n)
    print(n, f, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
def divisors_sum(n):
    return sum(d for d in range(1, n // 2 + 1) if n % d == 0)
print([n for n in range(2, 10000) if divisors_sum(n) == n] if False else [n for n in range(2, 500) if divisors_sum(n) == n])
twin = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twin[:6])
goldbach = {n: next((p, n - p) for p in primes if n - p in primes) for n in range(4, 30, 2)}
print(goldbach)
