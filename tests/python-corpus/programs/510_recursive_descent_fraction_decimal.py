import re
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, getcontext
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
class Parser:
    def __init__(self, text):
        self.tokens = [(n, op) for n, op in TOKEN.findall(text)]
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs
        return v
    def factor(self):
        num, op = self.take()
        if num:
            return Fraction(num)
        if op == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise SyntaxError("expected )")
            return v
        if op == "-":
            return -self.factor()
        raise SyntaxError(f"unexpected {op!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) - -1", "1/3 + 1/6", "0.1 + 0.2", "7 / (2 - 2)", "3 + * 4"]:
    try:
        r = Parser(src).expr()
        print(f"{src:<18} = {r!s:>6}  ({float(r):.4f})")
    except ZeroDivisionError as e:
        print(f"{src:<18} ! ZeroDivisionError: {e}")
    except SyntaxError as e:
        print(f"{src:<18} ! SyntaxError: {e}")
getcontext().prec = 10
price = Decimal("19.99")
qty = Decimal(3)
tax = (price * qty * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(price * qty, tax, price * qty + tax, Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.20"))
print(Fraction(3, 4) + Fraction(1, 4), Fraction("0.125"), Fraction(1, 3) ** 2, Fraction(5, 10).limit_denominator(3), float(Fraction(22, 7)))
