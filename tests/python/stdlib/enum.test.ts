import { describe, it } from "vitest";
import { expectSameAsCPython, py } from "./cpython";

describe("enum", () => {
  it("Enum members, aliases, lookup, iteration, auto, unique, functional API, IntEnum, StrEnum", () => {
    expectSameAsCPython(py`
      from enum import Enum, IntEnum, auto, unique, StrEnum
      class Color(Enum):
          RED = 1
          GREEN = 2
          CRIMSON = 1
          def describe(self):
              return self.name.lower()
      print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED.value, Color.RED.name)
      print(Color.__members__, Color, repr(Color), Color.RED in Color, isinstance(Color.RED, Color), f'{Color.RED}', format(Color.GREEN), Color.RED.describe())
      try:
          Color(5)
      except ValueError as e:
          print(e)
      try:
          Color['X']
      except KeyError as e:
          print(repr(e))
      class P(IntEnum):
          LOW = 1
          HIGH = 2
      print(P.LOW, repr(P.LOW), P.LOW == 1, P.HIGH > P.LOW, P.LOW + 1, str(P.HIGH), f'{P.HIGH}', sorted([P.HIGH, P.LOW]), P(2), 1 + P.HIGH)
      class A(Enum):
          X = auto()
          Y = auto()
      print(list(A), A.Y.value)
      try:
          @unique
          class D(Enum):
              A = 1
              B = 1
      except ValueError as e:
          print(e)
      S = Enum('S', 'ON OFF')
      print(list(S), S.ON.value, S(2))
      class St(StrEnum):
          A = 'a'
      print(St.A, repr(St.A), St.A == 'a', St.A.upper())
      print(hash(Color.RED) == hash('RED'), Color.RED == 1, {Color.RED: 1}, Color.RED == Color.RED, Color.RED != Color.GREEN)
      class Planet(Enum):
          MERCURY = (3.303e+23, 2.4397e6)
          EARTH = (5.976e+24, 6.37814e6)
          def __init__(self, mass, radius):
              self.mass = mass
              self.radius = radius
          @property
          def gravity(self):
              return 6.673e-11 * self.mass / (self.radius * self.radius)
      print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet.MERCURY.value)
      class Status(Enum):
          OK = "ok"
          FAIL = "fail"
          @classmethod
          def parse(cls, s):
              return cls(s.lower())
      print(Status.parse("OK"), [s.value for s in Status], Status("fail").name, type(Status.OK).__name__)
    `);
  });
});
