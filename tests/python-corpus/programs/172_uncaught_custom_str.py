# the final line uses the exception's __str__
# raises: ValidationError
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
def validate(form):
    for field in ("name", "email"):
        if not form.get(field):
            raise ValidationError(field, "is required")
    print("valid:", form)
validate({"name": "ann", "email": "a@x"})
validate({"name": "bob", "email": ""})
