class Employee:
    raise_pct = 1.04
    num = 0
    def __init__(self, first, last, pay):
        self.first, self.last, self.pay = first, last, pay
        Employee.num += 1
    @property
    def email(self):
        return f"{self.first}.{self.last}@corp.com".lower()
    @property
    def fullname(self):
        return f"{self.first} {self.last}"
    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")
    def apply_raise(self):
        self.pay = int(self.pay * self.raise_pct)
    @classmethod
    def set_raise(cls, amt):
        cls.raise_pct = amt
    @classmethod
    def from_string(cls, s):
        return cls(*s.split("-"))
    def __repr__(self):
        return f"Employee('{self.first}', '{self.last}', {self.pay})"
    def __str__(self):
        return f"{self.fullname} - {self.email}"
    def __add__(self, other):
        return self.pay + other.pay
    def __len__(self):
        return len(self.fullname)
class Developer(Employee):
    raise_pct = 1.10
    def __init__(self, first, last, pay, lang):
        super().__init__(first, last, pay)
        self.lang = lang
class Manager(Employee):
    def __init__(self, first, last, pay, employees=None):
        super().__init__(first, last, pay)
        self.employees = [] if employees is None else employees
    def add(self, e):
        if e not in self.employees:
            self.employees.append(e)
    def print_emps(self):
        for e in self.employees:
            print("-->", e.fullname)
e1 = Employee("Corey", "Schafer", 50000)
d1 = Developer("Test", "User", 60000, "Python")
e2 = Employee.from_string("John-Doe-70000")
e1.apply_raise(); d1.apply_raise()
print(e1.pay, d1.pay, e2.pay, e2, repr(e2), e1 + d1, len(e1), Employee.num)
Employee.set_raise(1.05)
print(Employee.raise_pct, e1.raise_pct, Developer.raise_pct)
e1.fullname = "Jane Smith"
print(e1.email, e1.__dict__)
m = Manager("Sue", "Smith", 90000, [d1])
m.add(e2); m.add(d1)
m.print_emps()
print(isinstance(m, Employee), issubclass(Developer, Manager), d1.lang, Manager.__bases__[0].__name__)
print(Developer.__mro__[1], str(d1), m.__class__.__name__)
