# a tokenizer with re and a recursive-descent expression evaluator
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(src):
    tokens = []
    for number, op in TOKEN.findall(src):
        if number:
            tokens.append(float(number) if "." in number else int(number))
        elif op.strip():
            tokens.append(op)
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return value
        if tok == "-":
            return -self.factor()
        if isinstance(tok, (int, float)):
            return tok
        raise SyntaxError(f"unexpected token {tok!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) - -1", "7 % 3 + 0.5", "1 +", "2 * )"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except SyntaxError as e:
        print(src, "->", type(e).__name__, e)
    except ZeroDivisionError as e:
        print(src, "->", e)
print(tokenize("12.5*(3+x)"))
